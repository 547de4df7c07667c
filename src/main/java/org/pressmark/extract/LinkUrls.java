package org.pressmark.extract;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * The absolute URLs of a page's links and images, the same as jsoup's {@link Element#absUrl(String)} for
 * every value, but cheaper: jsoup parses the base URL again for each value it resolves, while here the base
 * is parsed once and kept for as long as the values asked for share it (in practice, a whole page). Values
 * that resolution leaves as they are skip resolving altogether (see {@link #isResolved}).
 *
 * <p>Not thread-safe: one instance serves one extraction.
 */
final class LinkUrls {

    /** The base last asked for, as jsoup finds it for the element; null before the first value. */
    private String baseText;
    /** {@link #baseText} parsed as jsoup parses it, or null when it is no URL. */
    private URL base;

    /**
     * The value of the element's attribute, made absolute against the element's base as
     * {@link Element#absUrl(String)} makes it: "" when the attribute is missing, or when there is no base to
     * resolve a relative value against and the value is not absolute itself.
     */
    String absolute(Element e, String key) {
        String raw = e.attr(key);
        if (isResolved(raw)) {
            return raw;
        }
        if (raw.isEmpty()) {
            return e.absUrl(key); // a missing attribute, or an empty one that stands for the base itself
        }
        String baseUri = e.baseUri();
        if (!baseUri.equals(baseText)) {
            baseText = baseUri;
            base = parse(baseUri);
        }
        if (base == null) {
            // jsoup then takes the value as absolute, or as a URI of another scheme; a value that starts with
            // one of these characters has no scheme, so it resolves to nothing (without the two failed parses)
            char c = raw.charAt(0);
            return c == '/' || c == '#' || c == '?' || c == '.' ? "" : StringUtil.resolve(baseUri, raw);
        }
        try {
            return resolve(base, raw).toExternalForm();
        } catch (MalformedURLException ex) {
            return StringUtil.resolve(baseUri, raw); // jsoup's own way on from a value it cannot resolve
        }
    }

    /**
     * jsoup's {@link StringUtil#resolve(URL, String)} step by step, the URL work left to the same JDK calls,
     * but its removal of control characters done without a regular expression: jsoup's pattern matches the
     * empty string, so it stops at every character of the value and copies the value one character at a time,
     * which cost more than all the rest of resolving.
     */
    private static URL resolve(URL base, String raw) throws MalformedURLException {
        String rel = withoutControlCharacters(raw);
        if (rel.startsWith("?")) {
            rel = base.getPath() + rel; // a query alone keeps the base's path
        }
        URL url = new URL(base, rel);
        String file = withoutLeadingDotSegments(url.getFile());
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        URL fixed = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
        if (StringUtil.isHttpScheme(fixed.getProtocol()) && fixed.getHost().isEmpty()) {
            throw new MalformedURLException("Invalid URL: host is missing");
        }
        return fixed;
    }

    /**
     * The path without the {@code ./} and {@code ../} segments that resolution leaves at its start, which
     * climb above the root ({@code /../../a} is {@code /a}).
     */
    private static String withoutLeadingDotSegments(String file) {
        if (!file.startsWith("/")) {
            return file;
        }
        int i = 1;
        while (true) {
            if (file.startsWith("../", i)) {
                i += 3;
            } else if (file.startsWith("./", i)) {
                i += 2;
            } else {
                break;
            }
        }
        return i == 1 ? file : "/" + file.substring(i);
    }

    /** The base as jsoup parses it before resolving against it: without control characters; null if no URL. */
    private static URL parse(String baseUri) {
        try {
            return new URL(withoutControlCharacters(baseUri));
        } catch (MalformedURLException ex) {
            return null;
        }
    }

    private static String withoutControlCharacters(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= ' ') {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether resolving the value against any base gives the value itself: an http(s) URL, scheme in lower
     * case, a plain host name (lower-case letters, digits, dots, hyphens; no user, no port) followed by a path,
     * and only printable ASCII that URL parsing keeps (no white space, control characters, backslashes, quotes
     * or angle brackets) and no dot segment ({@code /./}, {@code /../}) that resolution would remove.
     */
    static boolean isResolved(String url) {
        int i;
        if (url.startsWith("https://")) {
            i = 8;
        } else if (url.startsWith("http://")) {
            i = 7;
        } else {
            return false;
        }
        int n = url.length();
        int hostStart = i;
        while (i < n) {
            char c = url.charAt(i);
            if (c == '/') {
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
            i++;
        }
        if (i == hostStart || i == n) {
            return false; // no host, or no path
        }
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '\\' || c == '"' || c == '<' || c == '>' || c == '`'
                    || c == '{' || c == '}' || c == '|' || c == '^') {
                return false;
            }
            if (c == '.' && url.charAt(i - 1) == '/') {
                return false; // a dot segment, or a name starting with a dot: left to jsoup either way
            }
        }
        return true;
    }
}
