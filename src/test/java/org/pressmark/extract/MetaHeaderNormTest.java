package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetaHeaderNormTest {

    @Test
    void punctuationAndAsciiSpaceAreTrimmedAtTheEndsOnly() {
        assertEquals("a \"quoted\" title", MetaHeader.norm(" \u00AB|A \u201CQuoted\u201D Title!\u00BB~ "));
        assertEquals("x-y", MetaHeader.norm("--x\u2013y--"));
        assertEquals("", MetaHeader.norm("...!?"));
        assertEquals("\u00A9 2024", MetaHeader.norm("\u00A9 2024."), "a symbol is no punctuation");
    }

    @Test
    void aFinalNextLineKeepsThePunctuationBeforeItTrimmed() {
        assertEquals("title\u0085", MetaHeader.norm("Title.\u0085"));
    }

    @Test
    void compatibilityFormsAreNormalisedOutsideAscii() {
        assertEquals("fi 2", MetaHeader.norm("\uFB01 \u00B2"));
        assertEquals("plain ascii", MetaHeader.norm("Plain   ASCII"));
    }
}
