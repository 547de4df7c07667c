package org.pressmark.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.txt.BOMDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.pressmark.ItemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an item's bytes once and finds out what they are: SHA-256, media type and character set
 * (byte-order mark, then the charset the page declares when it fits the bytes, then statistical
 * detection), then decodes the text. This class is the one seam over Apache Tika. Thread-safe.
 */
public final class Intake {

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes the detectors look at; enough for a declaration and a fair statistical sample. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Bytes Tika's type detection looks at: the magic patterns of text formats sit at the start. */
    private static final int TYPE_SNIFF_BYTES = 8 * 1024;

    /** Bytes Tika's HTML pre-scan reads (its default mark limit). */
    private static final int HTML_PRESCAN_BYTES = new StandardHtmlEncodingDetector().getMarkLimit();
    /** The control characters text uses for layout, as bits: tab, line feed, form feed, carriage return. */
    private static final long LAYOUT_CONTROLS = 1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r';

    /**
     * Tika's media-type database, read when first needed: reading it takes about a tenth of a second at start-up,
     * and an item whose transport says HTML (a WARC record) and whose markup agrees never needs it.
     */
    private static final class TypeDatabase {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    /** Creates an intake. */
    public Intake() {
    }

    /**
     * Reads a file.
     *
     * @param file the file to read
     * @param name the item's name to use in messages and provenance, usually the path as given
     * @return the source
     * @throws ItemException if the file cannot be read, is empty, or is not text
     */
    public Source read(Path file, String name) throws ItemException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ItemException(name, "no such file");
        } catch (IOException e) {
            throw new ItemException(name, "cannot be read: " + e.getMessage(), e);
        }
        return of(name, name, bytes, null, null);
    }

    /**
     * Makes a source of bytes already in memory.
     *
     * @param name            the item's name to use in messages and provenance
     * @param path            the item's path relative to its input root, or {@code null}
     * @param bytes           the item's bytes; not copied, so do not change them afterwards
     * @param declaredType    a media type declared by the transport (an HTTP Content-Type value with
     *                        its charset parameter), or {@code null}
     * @param capture         capture information, or {@code null}
     * @return the source
     * @throws ItemException if the bytes are empty or are not text
     */
    public Source of(String name, String path, byte[] bytes, String declaredType, Capture capture)
            throws ItemException {
        return of(name, path, bytes, null, declaredType, capture);
    }

    /**
     * Makes a source of bytes already in memory whose SHA-256 the caller has computed already (a batch
     * hashes each item's bytes to find out whether an earlier run converted them), so that they are not
     * hashed twice.
     *
     * @param name            the item's name to use in messages and provenance
     * @param path            the item's path relative to its input root, or {@code null}
     * @param bytes           the item's bytes; not copied, so do not change them afterwards
     * @param sha256          {@link #sha256(byte[])} of exactly these bytes, or {@code null} to compute it
     * @param declaredType    a media type declared by the transport, or {@code null}
     * @param capture         capture information, or {@code null}
     * @return the source
     * @throws ItemException if the bytes are empty or are not text
     */
    public Source of(String name, String path, byte[] bytes, String sha256, String declaredType, Capture capture)
            throws ItemException {
        if (bytes.length == 0) {
            throw new ItemException(name, "the file is empty");
        }
        if (sha256 == null) {
            sha256 = sha256(bytes);
        }
        String mediaType = detectMediaType(name, bytes, declaredType);
        Decoded decoded = decodeText(name, bytes, mediaType, declaredType);
        Charset charset = decoded.charset();
        String text = decoded.text(); // null for well-formed UTF-8: read from the bytes, decoded when asked for
        if (!(decoded.wellFormedUtf8() ? looksLikeUtf8Text(bytes) : looksLikeText(text))) {
            throw new ItemException(name, "binary data, not a text or HTML page (detected " + mediaType + ")");
        }
        if (text == null ? isBlankUtf8(bytes) : text.isBlank()) {
            throw new ItemException(name, "holds only white space");
        }
        return new Source(name, path, bytes, sha256, mediaType, charset, text, capture);
    }

    /** Returns the SHA-256 of the bytes as 64 lower-case hex digits ({@link Sha256#hex}). */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private String detectMediaType(String name, byte[] bytes, String declaredType) {
        // fast path for the common case: the name or the transport says HTML and the markup agrees, so
        // Tika's magic and text statistics, which cost as much as parsing a small page, are not needed
        String hinted = declaredType != null ? baseType(declaredType) : TypeDatabase.TYPES.getMimeType(name).getName();
        if ((hinted.equals("text/html") || hinted.equals("application/xhtml+xml")) && startsLikeHtml(bytes)) {
            return "text/html";
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (declaredType != null) {
            metadata.set(Metadata.CONTENT_TYPE, declaredType);
        }
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, TYPE_SNIFF_BYTES))) {
            type = TypeDatabase.TYPES.detect(in, metadata);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/xhtml+xml") || base.equals("text/html")) {
            return base;
        }
        // Tika calls a page without doctype or <html> plain text or XML; the markup still tells.
        if (startsLikeHtml(bytes)) {
            return "text/html";
        }
        return base;
    }

    private static String baseType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the first 2 KB hold, in any case, {@code <html}, {@code <!doctype html}, {@code <body} or
     * {@code <head}, or both {@code <p>} and {@code </p>}. Read in one pass over the bytes, from one
     * {@code <} to the next.
     */
    static boolean startsLikeHtml(byte[] bytes) {
        int end = Math.min(bytes.length, 2048);
        boolean paragraph = false;
        boolean paragraphEnd = false;
        for (int i = 0; i < end; i++) {
            if (bytes[i] != '<') {
                continue;
            }
            if (hasAt(bytes, end, i, "<html") || hasAt(bytes, end, i, "<!doctype html")
                    || hasAt(bytes, end, i, "<body") || hasAt(bytes, end, i, "<head")) {
                return true;
            }
            paragraph |= hasAt(bytes, end, i, "<p>");
            paragraphEnd |= hasAt(bytes, end, i, "</p>");
            if (paragraph && paragraphEnd) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes before {@code end} hold {@code word}, lower-case ASCII, at {@code at} in any case. */
    private static boolean hasAt(byte[] bytes, int end, int at, String word) {
        if (end - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char w = word.charAt(k);
            byte b = bytes[at + k];
            if (b != w && !(w >= 'a' && w <= 'z' && b == w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text and the charset it was decoded with.
     *
     * @param text           the text; null when the bytes are well-formed UTF-8 without a byte-order mark,
     *                       which are read as they are and decoded only when the text is asked for
     * @param wellFormedUtf8 whether the bytes are well-formed UTF-8 and the text is all of them decoded, a
     *                       leading byte-order mark left out
     */
    private record Decoded(Charset charset, String text, boolean wellFormedUtf8) {
        Decoded(Charset charset, String text) {
            this(charset, text, false);
        }

        /** Bytes found well-formed UTF-8: their text is left to be decoded on first use, unless a mark leads. */
        static Decoded utf8(byte[] bytes) {
            return hasUtf8Mark(bytes) ? new Decoded(StandardCharsets.UTF_8, decode(bytes, StandardCharsets.UTF_8), true)
                    : new Decoded(StandardCharsets.UTF_8, null, true);
        }
    }

    /**
     * Finds the charset and decodes the bytes with it, decoding only once on the common paths: a
     * byte-order mark wins; then the charset declared by the transport or the page, when the bytes fit
     * it; then UTF-8, when they fit or nearly all of them do; then statistical detection.
     */
    private static Decoded decodeText(String name, byte[] bytes, String mediaType, String declaredType) {
        Charset bom = detect(new BOMDetector(), bytes);
        if (bom != null) {
            return new Decoded(bom, decode(bytes, bom));
        }
        Charset declared = null;
        if (declaredType != null) {
            declared = charsetParameter(declaredType);
        }
        if (declared == null && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml"))) {
            CharsetWords words = charsetWords(bytes);
            if (words == CharsetWords.ALL_UTF_8 && isWellFormedUtf8(bytes)) {
                // the pre-scan could answer UTF-8 or nothing, and for well-formed UTF-8 both answers lead here
                return Decoded.utf8(bytes);
            }
            if (words != CharsetWords.NONE) {
                declared = detect(new StandardHtmlEncodingDetector(), bytes);
            }
        }
        if (declared != null) {
            declared = webAlias(declared);
            if (declared.equals(StandardCharsets.UTF_8)) {
                if (isWellFormedUtf8(bytes)) {
                    return Decoded.utf8(bytes);
                }
            } else {
                String text = decodeStrictly(bytes, declared);
                if (text != null) {
                    return new Decoded(declared, text);
                }
            }
            LOG.info("{}: the declared charset {} does not fit the bytes; detecting it instead", name, declared);
        }
        if (!StandardCharsets.UTF_8.equals(declared) && isWellFormedUtf8(bytes)) {
            return Decoded.utf8(bytes);
        }
        String damaged = mostlyUtf8(bytes);
        if (damaged != null) {
            LOG.info("{}: UTF-8 with a few malformed bytes; they are read as U+FFFD", name);
            return new Decoded(StandardCharsets.UTF_8, damaged);
        }
        Charset guessed = detect(new Icu4jEncodingDetector(), bytes);
        Charset charset = guessed == null || guessed.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : webAlias(guessed);
        return new Decoded(charset, decode(bytes, charset));
    }

    /** What the words "charset" in the bytes that the HTML pre-scan reads are followed by. */
    enum CharsetWords {
        /** No such word: the pre-scan can only come back empty. */
        NONE,
        /** Each is followed by the value UTF-8 ({@link #namesUtf8}): the pre-scan answers UTF-8 or nothing. */
        ALL_UTF_8,
        /** At least one is followed by something else: only the pre-scan can tell. */
        OTHER
    }

    /**
     * Reads the words "charset", in any case, in the bytes the HTML pre-scan reads. A page declares its
     * charset only with that word (in {@code <meta charset>} or in the {@code content} of a
     * {@code <meta http-equiv>}), so the pre-scan's answer can only be a charset that follows one. Tika's
     * pre-scan reads a byte at a time through a synchronized stream, 40-130 microseconds a page (measured),
     * while nearly every page declares UTF-8 and is it.
     */
    static CharsetWords charsetWords(byte[] bytes) {
        int end = Math.min(bytes.length, HTML_PRESCAN_BYTES);
        CharsetWords found = CharsetWords.NONE;
        for (int i = 0; i < end; i++) {
            if ((bytes[i] | 0x20) == 'c' && hasAt(bytes, end, i, "charset")) {
                if (!namesUtf8(bytes, end, i + "charset".length())) {
                    return CharsetWords.OTHER;
                }
                found = CharsetWords.ALL_UTF_8;
            }
        }
        return found;
    }

    /**
     * Whether the bytes after a word "charset", from {@code at}, give it the value UTF-8 as an attribute or a
     * {@code content} parameter: white space, {@code =}, white space, perhaps a quote, then "utf-8" or
     * "utf8" in any case and a byte that ends the value (a quote, {@code ;}, {@code >}, {@code /} or white
     * space). Anything else, even a cut at the end of the bytes read, is not.
     */
    private static boolean namesUtf8(byte[] bytes, int end, int at) {
        int i = skipSpace(bytes, end, at);
        if (i == end || bytes[i] != '=') {
            return false;
        }
        i = skipSpace(bytes, end, i + 1);
        if (i < end && (bytes[i] == '"' || bytes[i] == '\'')) {
            i++;
        }
        int after = hasAt(bytes, end, i, "utf-8") ? i + 5 : hasAt(bytes, end, i, "utf8") ? i + 4 : end;
        if (after == end) {
            return false;
        }
        byte b = bytes[after];
        return b == '"' || b == '\'' || b == ';' || b == '>' || b == '/' || isSpace(b);
    }

    private static int skipSpace(byte[] bytes, int end, int at) {
        int i = at;
        while (i < end && isSpace(bytes[i])) {
            i++;
        }
        return i;
    }

    /** ASCII white space as HTML counts it: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r';
    }

    /**
     * Runs a detector on the first {@link #SNIFF_BYTES} bytes. The stream reads them in place: to a
     * detector it is the same as a stream over a copy of them.
     */
    private static Charset detect(org.apache.tika.detect.EncodingDetector detector, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, SNIFF_BYTES))) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            return null;
        }
    }

    private static Charset charsetParameter(String contentType) {
        try {
            MediaType type = MediaType.parse(contentType);
            String cs = type == null ? null : type.getParameters().get("charset");
            return cs == null ? null : Charset.forName(cs.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Browsers read ISO-8859-1 and US-ASCII labels as windows-1252 (WHATWG Encoding); so do we. */
    private static Charset webAlias(Charset charset) {
        String n = charset.name();
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
            return WINDOWS_1252;
        }
        return charset;
    }

    /**
     * Decodes the bytes, or returns null when they hold a sequence that is malformed or unmappable in
     * the charset. (UTF-8 is told by {@link #isWellFormedUtf8}, without decoding.)
     */
    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes bytes that are UTF-8 but for a few malformed sequences (a tool that cut a character in two,
     * a stray byte), or returns null. Text in another charset read as UTF-8 breaks at nearly every
     * non-ASCII byte; here at least 50 characters decode well for each one that does not.
     */
    private static String mostlyUtf8(byte[] bytes) {
        String text = decode(bytes, StandardCharsets.UTF_8);
        int bad = 0;
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c > 0x7F) {
                good++;
            }
        }
        return bad > 0 && good >= 50 * bad ? text : null;
    }

    private static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * Text has few control characters and few undecodable bytes; random or binary data has many: more than
     * one in a hundred of the first {@link #SNIFF_BYTES} characters marks the bytes as binary.
     */
    static boolean looksLikeText(String text) {
        int n = Math.min(text.length(), SNIFF_BYTES);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // printable ASCII, the bulk of any page, is passed by the first test
            if ((c < 0x20 || c >= 0x7F) && isSuspect(c) && ++bad * 100 > n) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes start with the UTF-8 byte-order mark, EF BB BF. */
    private static boolean hasUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629; the Unicode Standard's table of well-formed byte
     * sequences): what the JDK's decoder reads without a malformed sequence. No overlong forms, no
     * surrogates, nothing above U+10FFFF, no sequence cut short. Read without decoding: for a page that is
     * the usual case, and the decoding is then left to whoever reads the text.
     */
    static boolean isWellFormedUtf8(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            while (i <= n - 8 && EightBytes.isAscii(EightBytes.at(bytes, i))) {
                i += 8;
            }
            if (i == n) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            if (lead < 0xC2 || lead > 0xF4) {
                return false; // a continuation byte alone, an overlong two-byte lead, or beyond U+10FFFF
            }
            int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            // the second byte's range narrows after E0 (overlong), ED (surrogates), F0 (overlong), F4 (> U+10FFFF)
            int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /**
     * {@link String#isBlank()} of the text that well-formed UTF-8 bytes decode to: read from the bytes while
     * they are ASCII, which is all a page needs before its first character that is not white space.
     */
    static boolean isBlankUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i];
            if (b < 0) {
                return decode(bytes, StandardCharsets.UTF_8).isBlank(); // white space beyond ASCII: decode and ask
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #looksLikeText(String)} of the text that well-formed UTF-8 bytes decode to (a leading byte-order
     * mark left out), read from the bytes: the quick JIT reads a byte array several times faster than the
     * characters of a string, most of all of a string that holds a character beyond Latin-1. Characters
     * are counted as the string counts them, a character beyond U+FFFF as two. The suspect characters are
     * the bytes 0x00 to 0x1F but layout and 0x7F, the two-byte sequences C2 80 to C2 9F (U+0080 to U+009F),
     * and EF BF BD (U+FFFD).
     *
     * @param bytes well-formed UTF-8; other bytes give a meaningless answer
     */
    static boolean looksLikeUtf8Text(byte[] bytes) {
        int end = bytes.length;
        int i = hasUtf8Mark(bytes) ? 3 : 0;
        int chars = 0;
        int bad = 0;
        while (i < end && chars < SNIFF_BYTES) {
            if (i <= end - 8) {
                long eight = EightBytes.at(bytes, i);
                // eight characters, none suspect: most blocks hold no control at all, and one that holds a line
                // break or a tab is cleared by one more test on the eight together, not a byte at a time
                if (EightBytes.isAscii(eight)
                        && !(EightBytes.holdsControl(eight) && EightBytes.holdsSuspectControl(eight))) {
                    chars += 8;
                    i += 8;
                    continue;
                }
            }
            int b = bytes[i];
            if (b >= 0) { // ASCII: one character
                if (b < 0x20 ? (LAYOUT_CONTROLS >>> b & 1) == 0 : b == 0x7F) {
                    bad++;
                }
                chars++;
                i++;
            } else if (b < (byte) 0xE0) { // a two-byte sequence
                if (b == (byte) 0xC2 && bytes[i + 1] < (byte) 0xA0) {
                    bad++;
                }
                chars++;
                i += 2;
            } else if (b < (byte) 0xF0) { // three bytes
                if (b == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
                    bad++;
                }
                chars++;
                i += 3;
            } else { // four bytes: a surrogate pair
                chars += 2;
                i += 4;
            }
        }
        return bad * 100 <= Math.min(chars, SNIFF_BYTES);
    }

    /** A control character other than tab, line feed, form feed and carriage return, or an undecodable byte. */
    private static boolean isSuspect(char c) {
        return c < 0x20 ? (LAYOUT_CONTROLS >>> c & 1) == 0 : c < 0xA0 || c == '\uFFFD';
    }
}
