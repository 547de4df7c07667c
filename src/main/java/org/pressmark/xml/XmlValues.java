package org.pressmark.xml;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressmark.model.PageDate;
import org.pressmark.source.Sha256;

/**
 * Turns model values into values that XML and the Pressmark profiles (TEI, NewsML-G2) accept: text without characters
 * XML 1.0 forbids, valid URI references, W3C dates, language tags, TEI version numbers and words.
 */
final class XmlValues {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private static final Pattern TEI_VERSION = Pattern.compile("\\d+[a-z]*\\d*(\\.\\d+[a-z]*\\d*){0,3}");
    private static final Pattern TEI_WORD_BREAKS = Pattern.compile("[\\p{C}\\p{Z}\\s]+");
    /** The ASCII characters a URI reference may hold as they are; any other is percent-encoded. */
    private static final boolean[] URI_KEPT = asciiSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#@!$&'()*+,;=%");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private XmlValues() {
    }

    /** Returns the text with every character that XML 1.0 does not allow removed. */
    static String clean(String text) {
        int n = text.length();
        int i = firstNotPlain(text);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isXmlChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isXmlChar(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Returns the cleaned and stripped text, or empty when that leaves nothing. */
    static Optional<String> nonBlank(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = clean(text).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * Returns the text cleaned as {@link #clean(String)} and on one line, as NewsML-G2's
     * {@code g2normalizedString} requires: each tab, carriage return and line feed becomes a space.
     */
    static String oneLine(String text) {
        return clean(text).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Returns the SHA-256 of the UTF-8 bytes of a text, as 64 lower-case hex digits ({@link Sha256#hex}). */
    static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the index of the first character that is not a tab, line feed, carriage return, or a
     * character from U+0020 to U+D7FF, or the text's length. Such characters are always allowed and are
     * nearly all a text holds; looking at them in a copy of the characters is much cheaper under the
     * quick JIT than reading code points out of the string one by one.
     */
    private static int firstNotPlain(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800) {
                return i;
            }
        }
        return chars.length;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * Makes a URL as found in a page into a valid {@code xs:anyURI} without white space: characters that
     * may not stand in a URI (spaces, quotes, braces, non-ASCII letters and the like) are percent-encoded
     * as UTF-8, a stray {@code %} becomes {@code %25}, a second {@code #} becomes {@code %23}, and square
     * brackets outside the host are encoded.
     *
     * @return the URI reference, or empty when the URL is blank or cannot be made valid
     */
    static Optional<String> anyUri(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = clean(url).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (isPlainWebUri(s.toCharArray())) {
            return Optional.of(s);
        }
        String result = encoded(s);
        try {
            new URI(result);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /**
     * Whether a URL is already a valid URI reference that {@link #encoded} leaves as it is, so that neither
     * encoding nor parsing it can change or refuse it. It starts with {@code http://} or {@code https://} and
     * a host name of ASCII letters, digits, dots and hyphens (no user, no port, no brackets), or with a path
     * from the root ({@code /}, but not {@code //}); then come only characters kept as they are, each
     * {@code %} starting an escape, and at most one {@code #}. Nearly every link of a page is such a URL
     * (a page without an address of its own keeps its links from the root as they are); anything else is
     * encoded and parsed.
     */
    static boolean isPlainWebUri(char[] chars) {
        int n = chars.length;
        int i;
        if (startsWith(chars, "https://")) {
            i = 8;
        } else if (startsWith(chars, "http://")) {
            i = 7;
        } else if (n > 0 && chars[0] == '/' && (n == 1 || chars[1] != '/')) {
            i = 0; // no scheme and no authority: all of it is path, query and fragment
        } else {
            return false;
        }
        if (i > 0) {
            int hostStart = i;
            for (; i < n; i++) {
                char c = chars[i];
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                        || c == '-')) {
                    return false;
                }
            }
            if (i == hostStart) {
                return false;
            }
        }
        boolean fragment = false;
        for (; i < n; i++) {
            char c = chars[i];
            if (c >= 0x80 || !URI_KEPT[c]) {
                return false;
            }
            if (c == '%' && !(i + 2 < n && isHex(chars[i + 1]) && isHex(chars[i + 2]))) {
                return false;
            }
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] chars, String prefix) {
        if (chars.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The URL with the characters that may not stand in a URI percent-encoded, as {@link #anyUri} describes;
     * the result may still not be a valid URI reference.
     */
    static String encoded(String s) {
        int authorityEnd = authorityEnd(s);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        boolean fragment = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp == '%') {
                if (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                    sb.append('%');
                } else {
                    sb.append("%25");
                }
            } else if (cp == '#') {
                sb.append(fragment ? "%23" : "#");
                fragment = true;
            } else if (cp == '[' || cp == ']') {
                if (i < authorityEnd) {
                    sb.append((char) cp);
                } else {
                    percentEncode(cp, sb);
                }
            } else if (cp < 0x80 && URI_KEPT[cp]) {
                sb.append((char) cp);
            } else {
                percentEncode(cp, sb);
            }
            i += len;
        }
        return sb.toString();
    }

    /** The prefix of a link target that stands for a link the page gave but that is not a URI reference. */
    static final String UNUSABLE_LINK = "urn:pressmark:unusable-link:";
    private static final boolean[] UNRESERVED = asciiSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /**
     * Returns the target to write for a link as the page gave it: {@link #anyUri(String)} when the link can
     * be made a URI reference; otherwise (a blank link, {@code mailto:} with nothing after it, a broken
     * host) {@value #UNUSABLE_LINK} followed by the link with every character but the unreserved ones
     * percent-encoded as UTF-8, so that a reader gets the link back exactly ({@link #linkHref(String)}).
     */
    static String linkTarget(String href) {
        Optional<String> uri = anyUri(href);
        if (uri.isPresent() && !uri.get().startsWith(UNUSABLE_LINK)) {
            return uri.get();
        }
        StringBuilder sb = new StringBuilder(UNUSABLE_LINK);
        for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && UNRESERVED[c]) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    /** Returns the link that {@link #linkTarget(String)} wrote as {@code target}. */
    static String linkHref(String target) {
        if (!target.startsWith(UNUSABLE_LINK)) {
            return target;
        }
        String encoded = target.substring(UNUSABLE_LINK.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Returns the index just after the authority of a hierarchical URL ({@code scheme://host}), or 0. */
    private static int authorityEnd(String s) {
        int colon = s.indexOf("://");
        if (colon <= 0) {
            return 0;
        }
        for (int k = 0; k < colon; k++) {
            char c = s.charAt(k);
            boolean ok = Character.isLetter(c) && c < 0x80
                    || k > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return 0;
            }
        }
        int start = colon + 3;
        int end = start;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A table of the ASCII characters given, indexed by character: a lookup per character of a URI. */
    private static boolean[] asciiSet(String chars) {
        boolean[] set = new boolean[0x80];
        for (int i = 0; i < chars.length(); i++) {
            set[chars.charAt(i)] = true;
        }
        return set;
    }

    private static void percentEncode(int cp, StringBuilder sb) {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /**
     * Returns a page date as an {@code xs:date} or {@code xs:dateTime} (with seconds, which
     * {@link PageDate#iso()} leaves out when they are zero), or empty when the year is outside 1 to 9999.
     */
    static Optional<String> when(PageDate date) {
        if (date == null || date.date().getYear() < 1 || date.date().getYear() > 9999) {
            return Optional.empty();
        }
        OffsetDateTime dt = date.dateTime();
        if (dt == null) {
            return Optional.of(date.date().toString());
        }
        if (dt.getOffset().getTotalSeconds() % 60 != 0) {
            // XML Schema offsets have no seconds: state the same instant in UTC
            dt = dt.withOffsetSameInstant(ZoneOffset.UTC);
            if (dt.getYear() < 1 || dt.getYear() > 9999) {
                return Optional.empty();
            }
        }
        return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt));
    }

    /** Returns an instant as an {@code xs:dateTime} in UTC, or empty when the year is outside 1 to 9999. */
    static Optional<String> when(Instant instant) {
        if (instant == null) {
            return Optional.empty();
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            return Optional.empty();
        }
        return Optional.of(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    /** Returns a BCP 47 tag as an {@code xs:language} ({@code pt_BR} becomes {@code pt-BR}), or empty. */
    static Optional<String> language(String tag) {
        return nonBlank(tag).map(t -> t.replace('_', '-')).filter(t -> LANGUAGE.matcher(t).matches());
    }

    /** Returns the leading part of a version that TEI accepts as a version number, or {@code 0}. */
    static String teiVersion(String version) {
        Matcher m = TEI_VERSION.matcher(version.strip());
        return m.lookingAt() ? m.group() : "0";
    }

    /**
     * Returns a value as a TEI word (no control or separator characters): runs of white space become
     * {@code -}; empty when nothing is left.
     */
    static Optional<String> word(String value) {
        return nonBlank(value).map(v -> TEI_WORD_BREAKS.matcher(v).replaceAll("-"))
                .map(v -> v.replaceAll("^-+|-+$", "")).filter(v -> !v.isEmpty());
    }
}
