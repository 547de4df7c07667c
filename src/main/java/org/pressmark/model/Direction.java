package org.pressmark.model;

/** The writing direction of a text. */
public enum Direction {
    /** Left to right, as Latin, Cyrillic or CJK text. */
    LTR,
    /** Right to left, as Arabic, Hebrew or Persian text. */
    RTL;

    /** Returns the value of the HTML {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
