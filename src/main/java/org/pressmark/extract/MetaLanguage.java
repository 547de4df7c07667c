package org.pressmark.extract;

import java.util.HashMap;
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

    /** The languages, in the order of the bits of {@link #WORDS}. */
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt"};
    private static final List<Set<String>> STOP_WORDS = List.of(
            Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "this", "are", "have", "it"),
            Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "auf", "den", "ein", "eine", "sich", "auch"),
            Set.of("le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui", "pas", "sur", "du"),
            Set.of("el", "los", "las", "y", "que", "del", "una", "por", "para", "con", "es", "se", "como"),
            Set.of("il", "che", "di", "della", "per", "una", "sono", "con", "non", "gli", "anche", "nel", "le"),
            Set.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "voor", "met", "op", "ook", "is"),
            Set.of("o", "os", "que", "do", "da", "em", "uma", "para", "com", "não", "dos", "se", "as"));
    /** Each stop word with one bit per language that has it ("le" is French and Italian): one look-up a word. */
    private static final Map<String, Integer> WORDS = words();
    /** No stop word is longer: longer words need no look-up. */
    private static final int LONGEST = 5;
    private static final int MIN_HITS = 6;
    private static final int MAX_WORDS = 600;

    private MetaLanguage() {
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> out = new HashMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String w : STOP_WORDS.get(l)) {
                out.merge(w, 1 << l, (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Returns the language the texts are most likely in, or null when unclear.
     *
     * @param texts texts from the page (lines near the headline, the description); nulls are skipped
     */
    static String guess(List<String> texts) {
        int[] hits = new int[LANGUAGES.length];
        int words = 0;
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            // the words are the runs of letters of the lower-cased text; only the first ones count
            String lower = t.toLowerCase(Locale.ROOT);
            int n = lower.length();
            int i = 0;
            while (i < n && words < MAX_WORDS) {
                int c = lower.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetter(c = lower.codePointAt(i))) {
                    i += Character.charCount(c);
                }
                words++;
                if (i - start <= LONGEST) {
                    Integer langs = WORDS.get(lower.substring(start, i));
                    if (langs != null) {
                        for (int l = 0; l < LANGUAGES.length; l++) {
                            if ((langs & 1 << l) != 0) {
                                hits[l]++;
                            }
                        }
                    }
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (int l = 0; l < LANGUAGES.length; l++) {
            int n = hits[l];
            if (n > first) {
                second = first;
                first = n;
                best = LANGUAGES[l];
            } else if (n > second) {
                second = n;
            }
        }
        return first >= MIN_HITS && first >= 2 * second ? best : null;
    }
}
