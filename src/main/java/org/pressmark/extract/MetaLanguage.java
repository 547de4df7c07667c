package org.pressmark.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from its commonest short words, for pages that declare none. Knows
 * English, German, French, Spanish, Italian, Dutch and Portuguese; answers only when the evidence is
 * clear (enough hits, and twice as many as for any other language).
 */
final class MetaLanguage {

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "this", "are", "have", "it"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "auf", "den", "ein", "eine", "sich", "auch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui", "pas", "sur", "du"),
            "es", Set.of("el", "los", "las", "y", "que", "del", "una", "por", "para", "con", "es", "se", "como"),
            "it", Set.of("il", "che", "di", "della", "per", "una", "sono", "con", "non", "gli", "anche", "nel", "le"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "voor", "met", "op", "ook", "is"),
            "pt", Set.of("o", "os", "que", "do", "da", "em", "uma", "para", "com", "não", "dos", "se", "as"));
    private static final int MIN_HITS = 6;

    private MetaLanguage() {
    }

    /**
     * Returns the language the texts are most likely in, or null when unclear.
     *
     * @param texts texts from the page (lines near the headline, the description); nulls are skipped
     */
    static String guess(List<String> texts) {
        Map<String, int[]> hits = new java.util.HashMap<>();
        for (String lang : STOP_WORDS.keySet()) {
            hits.put(lang, new int[1]);
        }
        int words = 0;
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty() || ++words > 600) {
                    continue;
                }
                for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
                    if (e.getValue().contains(w)) {
                        hits.get(e.getKey())[0]++;
                    }
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, int[]> e : hits.entrySet()) {
            int n = e.getValue()[0];
            if (n > first) {
                second = first;
                first = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return first >= MIN_HITS && first >= 2 * second ? best : null;
    }
}
