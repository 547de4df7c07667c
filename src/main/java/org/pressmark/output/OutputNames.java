package org.pressmark.output;

import java.nio.file.Path;

/**
 * Output file names. An input {@code NAME.ext} gives {@code NAME.tei.xml}, {@code NAME.html} and
 * {@code NAME.txt}.
 */
public final class OutputNames {

    /** Suffix of TEI documents. */
    public static final String TEI = ".tei.xml";
    /** Suffix of HTML access copies. */
    public static final String HTML = ".html";
    /** Suffix of plain-text access copies. */
    public static final String TEXT = ".txt";

    private OutputNames() {
    }

    /**
     * Returns the base name of the outputs of an input: its file name without its last extension
     * ({@code post.html} gives {@code post}; {@code .profile} and {@code README} stay as they are).
     */
    public static String baseName(Path input) {
        Path fileName = input.getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("not a file path: " + input);
        }
        String name = fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
