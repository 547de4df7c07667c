package org.pressmark.batch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pressmark.output.OutputNames;
import org.pressmark.source.Intake;

/**
 * Output names that are safe on every file system: no path traversal, no reserved names, only
 * portable characters, bounded length, and deterministic — the same input always gets the same name.
 */
public final class SafeNames {

    /** The longest name of one path segment, leaving room for the longest suffix ({@code .newsml.xml}). */
    static final int MAX_SEGMENT = 80;
    /** The most folder levels taken from a URL path. */
    static final int MAX_DEPTH = 6;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {
    }

    /**
     * Returns a portable form of one path segment: letters and digits of any script, spaces and
     * {@code . _ -} kept (other characters, among them {@code / \\ : * ? " < > |} and controls, become
     * {@code _}), no leading dot, no trailing dot or space, not {@code .} or {@code ..}, not a reserved device name, at most
     * {@value #MAX_SEGMENT} characters (a longer one is cut and given a short hash of the whole).
     */
    public static String segment(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == ' ';
            if (!ok) {
                c = '_';
            }
            if (c == '_' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
                continue;
            }
            sb.append(c);
        }
        while (sb.length() > 0 && (sb.charAt(0) == '.' || sb.charAt(0) == '_' || sb.charAt(0) == ' ')) {
            sb.deleteCharAt(0);
        }
        while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == '.' || sb.charAt(sb.length() - 1) == '_'
                || sb.charAt(sb.length() - 1) == ' ')) {
            sb.setLength(sb.length() - 1);
        }
        String s = sb.toString();
        if (s.isEmpty()) {
            s = "_";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        if (s.length() > MAX_SEGMENT) {
            s = s.substring(0, MAX_SEGMENT - 11) + "-" + shortHash(raw, 10);
        }
        return s;
    }

    /**
     * Returns the output base of a captured page: host, then the URL path's segments, the last one
     * given a short hash of the URI and record id so that several captures never share a name —
     * {@code example.com/2021/08/post-1a2b3c4d5e}.
     *
     * @param targetUri the captured URI as the WARC gives it
     * @param recordId  the WARC record id
     */
    public static String forCapture(String targetUri, String recordId) {
        String host = "unknown-host";
        String path = "";
        try {
            URI uri = URI.create(targetUri.strip());
            if (uri.getHost() != null) {
                host = uri.getHost().toLowerCase(Locale.ROOT);
            }
            if (uri.getRawPath() != null) {
                path = uri.getRawPath();
            }
        } catch (IllegalArgumentException e) {
            path = targetUri;
        }
        List<String> parts = new ArrayList<>();
        parts.add(segment(host));
        List<String> segs = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segs.add(decode(s));
            }
        }
        String last = segs.isEmpty() ? "index" : segs.remove(segs.size() - 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            last = last.substring(0, dot);
        }
        for (int i = 0; i < segs.size() && i < MAX_DEPTH - 1; i++) {
            parts.add(segment(segs.get(i)));
        }
        String hash = shortHash(targetUri + " " + recordId, 10);
        String lastSeg = segment(last);
        if (lastSeg.length() > MAX_SEGMENT - 11) {
            lastSeg = lastSeg.substring(0, MAX_SEGMENT - 11);
        }
        parts.add(lastSeg + "-" + hash);
        return String.join("/", parts);
    }

    /**
     * Returns the safe form of a relative path of a file found in an input folder, without its extension
     * (as {@link OutputNames#baseName}: {@code .tei.xml} and {@code .newsml.xml} go as a whole).
     */
    public static String forRelativeFile(String relativePath) {
        String[] segs = relativePath.replace('\\', '/').split("/");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                continue;
            }
            if (i == segs.length - 1) {
                s = OutputNames.baseName(java.nio.file.Path.of(s));
            }
            parts.add(segment(s));
        }
        return parts.isEmpty() ? "_" : String.join("/", parts);
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static String shortHash(String s, int hexDigits) {
        return Intake.sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, hexDigits);
    }
}
