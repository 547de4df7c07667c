package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlValuesTest {

    @Test
    void cleanKeepsTextThatXmlAllowsAsItIs() {
        String text = "Tab\there, line\nand return\r; caf\u00e9 \u201cquoted\u201d \ud83d\ude00 \ue000\ufffd";
        assertSame(text, XmlValues.clean(text));
    }

    @Test
    void cleanRemovesWhatXmlForbidsWhereverItStands() {
        assertEquals("ab", XmlValues.clean("\u0000a\u0001b\u001f"));
        assertEquals("a\ud83d\ude00b", XmlValues.clean("a\ud83d\ude00\u0007b"));
        assertEquals("ab", XmlValues.clean("a\ud83db"), "a lone high surrogate");
        assertEquals("ab", XmlValues.clean("a\ude00b"), "a lone low surrogate");
        assertEquals("a\ufffdb", XmlValues.clean("a\ufffe\ufffdb\uffff"));
        assertEquals("", XmlValues.clean("\u0008"));
        assertEquals("", XmlValues.clean(""));
    }
}
