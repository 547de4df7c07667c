package org.pressmark.output;

import java.nio.file.Path;

/**
 * Output file names. An input {@code NAME.ext} gives {@code NAME.tei.xml}, {@code NAME.newsml.xml},
 * {@code NAME.html} and {@code NAME.txt}; an input that is itself one of our XML documents,
 * {@code NAME.tei.xml} or {@code NAME.newsml.xml}, gives the same {@code NAME}.
 */
public final class OutputNames {

    /** Suffix of TEI documents. */
    public static final String TEI = ".tei.xml";
    /** Suffix of NewsML-G2 documents. */
    public static final String NEWSML = ".newsml.xml";
    /** Suffix of HTML access copies. */
    public static final String HTML = ".html";
    /** Suffix of plain-text access copies. */
    public static final String TEXT = ".txt";

    private OutputNames() {
    }

    /**
     * Returns the base name of the outputs of an input: its file name without {@code .tei.xml} or
     * {@code .newsml.xml} as a whole (any case), or else without its last extension ({@code post.html}
     * and {@code post.newsml.xml} give {@code post}; {@code .profile} and {@code README} stay as they are).
     */
    public static String baseName(Path input) {
        Path fileName = input.getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("not a file path: " + input);
        }
        String name = fileName.toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : new String[] {TEI, NEWSML}) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
