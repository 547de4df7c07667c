package org.pressmark.extract;

import org.pressmark.model.Direction;

/** Tells the writing direction of a text from the scripts of its letters. */
final class DomScript {

    private DomScript() {
    }

    /** How often, in characters less one, {@link #direction} asks whether the rest can still change its answer. */
    private static final int SETTLED_CHECK = 255;

    /** Right-to-left when most letters are Hebrew, Arabic, Syriac, Thaana or N'Ko; else left-to-right. */
    static Direction direction(CharSequence text) {
        int letters = 0;
        int rtl = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            // settled once the other letters outnumber the right-to-left ones by the characters still to come
            if ((i & SETTLED_CHECK) == 0 && letters - 2 * rtl >= n - i) {
                return Direction.LTR;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII letters are the only letters below U+0080; no Unicode table look-up for them
                char lower = (char) (c | 0x20);
                if (lower >= 'a' && lower <= 'z') {
                    letters++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
                rtl++;
            }
        }
        return letters > 0 && rtl * 2 > letters ? Direction.RTL : Direction.LTR;
    }
}
