package org.pressmark;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.pressmark.output.OutputNames;

/** The documents a conversion can make, each with its name on the command line and its file suffix. */
public enum Format {

    /** TEI P5, validated against the Pressmark TEI profile: {@code NAME.tei.xml}. */
    TEI("tei", OutputNames.TEI),
    /** IPTC NewsML-G2 2.35, validated against the Pressmark NewsML-G2 profile: {@code NAME.newsml.xml}. */
    NEWSML("newsml", OutputNames.NEWSML),
    /** The standalone HTML5 access copy: {@code NAME.html}. */
    HTML("html", OutputNames.HTML),
    /** The plain-text access copy: {@code NAME.txt}. */
    TEXT("txt", OutputNames.TEXT);

    /** The formats made when none are named: TEI, HTML and text. */
    public static final Set<Format> DEFAULT = Collections.unmodifiableSet(EnumSet.of(TEI, HTML, TEXT));

    private final String label;
    private final String suffix;

    Format(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    /** Returns the name used on the command line: {@code tei}, {@code newsml}, {@code html} or {@code txt}. */
    public String label() {
        return label;
    }

    /** Returns the suffix of the output file, such as {@code .tei.xml}. */
    public String suffix() {
        return suffix;
    }

    /**
     * Returns the format with a label, ignoring case and surrounding white space.
     *
     * @throws IllegalArgumentException if no format has that label; the message lists the labels
     */
    public static Format fromLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.label.equals(l)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label.strip() + "'; expected tei, newsml, html or txt");
    }

    /**
     * Returns the formats of a comma-separated list such as {@code tei,newsml}, in their fixed order.
     *
     * @throws IllegalArgumentException if a label is unknown or the list names none
     */
    public static Set<Format> parseList(String list) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",", -1)) {
            if (!part.isBlank()) {
                formats.add(fromLabel(part));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format named; expected tei, newsml, html or txt");
        }
        return Collections.unmodifiableSet(formats);
    }
}
