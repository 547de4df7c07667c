package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntPredicate;

/** Checks a character test against its definition for every {@code char}, as the per-character tests do. */
final class EveryChar {

    private EveryChar() {
    }

    /**
     * Asserts that {@code tested} answers as {@code definition} for every char from {@code from} up.
     *
     * @param name the test's name, for the message of a failure
     */
    static void agree(String name, char from, IntPredicate definition, IntPredicate tested) {
        for (int i = from; i <= Character.MAX_VALUE; i++) {
            int c = i;
            assertEquals(definition.test(c), tested.test(c), () -> name + " U+" + Integer.toHexString(c));
        }
    }

    /** {@link #agree(String, char, IntPredicate, IntPredicate)} from U+0000. */
    static void agree(String name, IntPredicate definition, IntPredicate tested) {
        agree(name, Character.MIN_VALUE, definition, tested);
    }
}
