package org.pressmark.xml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who converted a page and when: written to the TEI header as the publisher, the application and the
 * conversion date. Pass a fixed instant (for example from {@code SOURCE_DATE_EPOCH}) for reproducible output.
 *
 * @param application the application's identifier, an XML name such as {@code Pressmark}
 * @param version     the application's version, such as {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param convertedAt when the conversion took place
 */
public record ConversionStamp(String application, String version, Instant convertedAt) {

    /** An XML name, as the application's name must be (compiled once: a stamp is made for every document). */
    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}._-]*");

    /**
     * Creates a stamp.
     *
     * @throws IllegalArgumentException if the application is not an XML name, the version is blank, or
     *                                  the instant falls outside the years 1 to 9999
     */
    public ConversionStamp {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(convertedAt, "convertedAt");
        if (!XML_NAME.matcher(application).matches()) {
            throw new IllegalArgumentException("application must be an XML name: " + application);
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("version is blank");
        }
        int year = convertedAt.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("conversion instant out of range: " + convertedAt);
        }
    }
}
