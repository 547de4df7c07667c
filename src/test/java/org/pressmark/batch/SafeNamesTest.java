package org.pressmark.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void pathTraversalIsImpossible() {
        String base = SafeNames.forCapture("https://evil.example/../../etc/passwd", "urn:uuid:1");
        assertFalse(base.contains(".."), base);
        assertTrue(base.startsWith("evil.example/"), base);
        assertEquals("etc/passwd", SafeNames.forRelativeFile("../../etc/passwd.html"));
        assertEquals("_", SafeNames.segment(".."));
    }

    @Test
    void reservedDeviceNamesArePrefixed() {
        assertEquals("_CON", SafeNames.segment("CON"));
        assertEquals("_nul.backup", SafeNames.segment("nul.backup"));
        assertEquals("console", SafeNames.segment("console"));
    }

    @Test
    void unsafeCharactersAreReplacedAndLettersOfAnyScriptKept() {
        assertEquals("a_b_c", SafeNames.segment("a:b*?c"));
        assertEquals("Über uns", SafeNames.segment("Über uns"));
        assertEquals("hidden", SafeNames.segment(".hidden"));
    }

    @Test
    void longNamesAreCutWithAHashSoThatTheyStayDistinct() {
        String a = SafeNames.segment("x".repeat(300) + "a");
        String b = SafeNames.segment("x".repeat(300) + "b");
        assertTrue(a.length() <= SafeNames.MAX_SEGMENT);
        assertFalse(a.equals(b));
    }

    @Test
    void capturesGetHostPathAndAStableHash() {
        String one = SafeNames.forCapture("https://News.Example/2021/08/ferry.html?x=1", "urn:uuid:1");
        assertTrue(one.matches("news\\.example/2021/08/ferry-[0-9a-f]{10}"), one);
        assertEquals(one, SafeNames.forCapture("https://News.Example/2021/08/ferry.html?x=1", "urn:uuid:1"));
        assertFalse(one.equals(SafeNames.forCapture("https://News.Example/2021/08/ferry.html?x=1", "urn:uuid:2")));
        assertTrue(SafeNames.forCapture("https://news.example/", "r").matches("news\\.example/index-[0-9a-f]{10}"));
        String deep = SafeNames.forCapture("https://h.example/a/b/c/d/e/f/g/h/i/page", "r");
        assertTrue(deep.split("/").length <= SafeNames.MAX_DEPTH + 1, deep);
    }
}
