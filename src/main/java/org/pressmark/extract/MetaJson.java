package org.pressmark.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks. Objects become {@code Map<String, Object>} in
 * document order, arrays {@code List<Object>}, strings {@code String}, numbers {@code Double},
 * {@code true}/{@code false} {@code Boolean}, {@code null} Java {@code null}.
 *
 * <p>It tolerates what pages commonly get wrong — raw line breaks inside strings, trailing commas, an
 * HTML comment or CDATA wrapper, a trailing semicolon — and rejects anything else with
 * {@link IllegalArgumentException}, so that the caller can skip the block.
 */
final class MetaJson {

    private final String s;
    private int pos;

    private MetaJson(String s) {
        this.s = s;
    }

    /**
     * Parses one JSON text.
     *
     * @throws IllegalArgumentException if the text is not (leniently) valid JSON
     */
    static Object parse(String text) {
        String t = unwrap(text);
        MetaJson p = new MetaJson(t);
        p.skipSpace();
        Object value = p.value(0);
        p.skipSpace();
        while (p.pos < t.length() && t.charAt(p.pos) == ';') {
            p.pos++;
            p.skipSpace();
        }
        if (p.pos != t.length()) {
            throw p.error("unexpected text after the value");
        }
        return value;
    }

    private static String unwrap(String text) {
        String t = text.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String start : new String[] {"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["}) {
                if (t.startsWith(start)) {
                    t = t.substring(start.length()).strip();
                    changed = true;
                }
            }
            for (String end : new String[] {"-->", "//]]>", "/*]]>*/", "]]>"}) {
                if (t.endsWith(end)) {
                    t = t.substring(0, t.length() - end.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }

    private Object value(int depth) {
        if (depth > 200) {
            throw error("nested too deeply");
        }
        if (pos >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(pos);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (s.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
        }
        throw error("unexpected character '" + c + "'");
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        while (true) {
            if (peek() == '}') {
                pos++;
                return map;
            }
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object v = value(depth + 1);
            map.put(key, v);
            skipSpace();
            if (peek() == ',') {
                pos++;
                skipSpace();
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        while (true) {
            if (peek() == ']') {
                pos++;
                return list;
            }
            list.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
                skipSpace();
            } else if (peek() != ']') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        int start = ++pos;
        // most strings hold no escape: up to the closing quote they are a piece of the text as it stands
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return s.substring(start, pos - 1);
            }
            if (c == '\\') {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(pos - start + 16);
        sb.append(s, start, pos);
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw error("unterminated escape");
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    if (pos + 4 > s.length()) {
                        throw error("short unicode escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad unicode escape");
                    }
                    pos += 4;
                    break;
                default:
                    // \" \\ \/ and, leniently, any other escaped character stand for themselves
                    sb.append(e);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.valueOf(s.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid JSON at " + pos + ": " + what);
    }
}
