package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap tests that let cleanAuthors skip a pattern must let through every text the pattern changes. */
class CleanAuthorsPreTestTest {

    @Test
    void labelsAndPrepositionsAtTheEndGoInAnyCase() {
        assertEquals(List.of("Eva Lind"), MetaExtractor.cleanAuthors("Eva Lind UPDATED:"));
        assertEquals(List.of("Eva Lind"), MetaExtractor.cleanAuthors("Eva Lind publi\u00c9 le"));
        assertEquals(List.of("Eva Lind"), MetaExtractor.cleanAuthors("Eva Lind\tON \r\n"));
    }

    @Test
    void leadingAndPostedByGoInAnyCase() {
        assertEquals(List.of("Eva Lind"), MetaExtractor.cleanAuthors("  VON Eva Lind"));
        assertEquals(List.of("Eva Lind"), MetaExtractor.cleanAuthors("Text BY Eva Lind"));
        assertEquals(List.of("Staff Writer"), MetaExtractor.cleanAuthors("Staff Writer", true));
        assertEquals(List.of(), MetaExtractor.cleanAuthors("unknown author", true), "names no writer");
    }
}
