package org.pressmark.extract;

import java.util.Map;

/**
 * A fixed table of lower-case ASCII words, each with a set of flags, looked up by a range of a longer
 * string in any ASCII case without cutting the range out: the header scan reads every class name of the
 * page, and almost none is in its vocabulary, so looking each up without making a string saves most of
 * the scan's garbage.
 */
final class WordFlags {

    private final String[] words;
    private final int[] flags;
    private final int mask;
    private final int longest;

    /**
     * Builds the table.
     *
     * @param table the words (lower-case ASCII, no white space) and their flags, none zero
     */
    WordFlags(Map<String, Integer> table) {
        int size = Integer.highestOneBit(Math.max(4, table.size() * 4 - 1)) << 1;
        words = new String[size];
        flags = new int[size];
        mask = size - 1;
        int max = 0;
        for (Map.Entry<String, Integer> e : table.entrySet()) {
            String w = e.getKey();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c >= 'A' && c <= 'Z' || c > 127 || Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
                }
            }
            int slot = hash(w, 0, w.length()) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = w;
            flags[slot] = e.getValue();
            max = Math.max(max, w.length());
        }
        longest = max;
    }

    /**
     * The flags of the word that {@code s} holds from {@code from} (inclusive) to {@code to} (exclusive), the
     * range read in lower case; 0 when the word is not in the table. A String, not any CharSequence: the
     * quick JIT (C1) reads a CharSequence's characters through an interface call each.
     */
    int of(String s, int from, int to) {
        int len = to - from;
        if (len > longest || len == 0) {
            return 0;
        }
        for (int slot = hash(s, from, to) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String w = words[slot];
            if (w.length() == len && same(w, s, from)) {
                return flags[slot];
            }
        }
        return 0;
    }

    private static boolean same(String word, String s, int from) {
        for (int i = 0; i < word.length(); i++) {
            if (lower(s.charAt(from + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
