package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaJsonTest {

    @Test
    void readsObjectsArraysAndScalars() {
        Object v = MetaJson.parse("{\"a\": [1, \"x\", true, null], \"b\": {\"c\": \"\\u00e9\\n\\\"q\\\"\"}}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(java.util.Arrays.asList(1.0, "x", true, null), m.get("a"));
        assertEquals("\u00e9\n\"q\"", ((Map<?, ?>) m.get("b")).get("c"));
    }

    @Test
    void toleratesCommentWrapperTrailingCommasRawNewlinesAndSemicolon() {
        Object v = MetaJson.parse("<!--\n{\"headline\": \"two\nlines\", \"k\": [1,2,],};\n-->");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("two\nlines", m.get("headline"));
        assertEquals(List.of(1.0, 2.0), m.get("k"));
    }

    @Test
    void rejectsBrokenJson() {
        assertThrows(IllegalArgumentException.class, () -> MetaJson.parse("{\"a\": 1"));
        assertThrows(IllegalArgumentException.class, () -> MetaJson.parse("{\"a\": 1} trailing"));
        assertThrows(IllegalArgumentException.class, () -> MetaJson.parse("{a: 1}"));
    }

    @Test
    void nullLiteralIsJavaNull() {
        assertNull(MetaJson.parse("null"));
    }
}
