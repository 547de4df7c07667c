package org.pressmark.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Descriptive metadata of an article.
 *
 * @param title       the article title without the site-name suffix, or {@code null}
 * @param authors     author names, each cleaned of "By" and roles; empty when unknown
 * @param published   when the article was first published, or {@code null}
 * @param modified    when it was last modified, or {@code null}
 * @param site        the name of the site or blog, or {@code null}
 * @param language    a BCP 47 language tag such as {@code en} or {@code pt-BR}, or {@code null}
 * @param direction   the text direction of the body
 * @param url         the original (canonical) URL of the page, or {@code null}
 * @param description a short summary given by the page, or {@code null}
 * @param tags        keywords and categories given by the page; empty when none
 * @param rights      the rights or licence statement of the page, or {@code null}
 * @param origins     for each field that has a value, where in the page it was found
 */
public record Metadata(
        String title,
        List<String> authors,
        PageDate published,
        PageDate modified,
        String site,
        String language,
        Direction direction,
        String url,
        String description,
        List<String> tags,
        String rights,
        Map<Field, Origin> origins) {

    /** Creates metadata; the lists and the map are copied. */
    public Metadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        Objects.requireNonNull(direction, "direction");
        origins = origins.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(origins));
    }

    /** Returns metadata with no value at all, left-to-right. */
    public static Metadata empty() {
        return builder().build();
    }

    /** Returns a new builder with no value set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from the values of this metadata. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.authors = authors;
        b.published = published;
        b.modified = modified;
        b.site = site;
        b.language = language;
        b.direction = direction;
        b.url = url;
        b.description = description;
        b.tags = tags;
        b.rights = rights;
        b.origins.putAll(origins);
        return b;
    }

    /** The metadata fields whose origin is recorded. */
    public enum Field { TITLE, AUTHORS, PUBLISHED, MODIFIED, SITE, LANGUAGE, DIRECTION, URL, DESCRIPTION, TAGS, RIGHTS }

    /** Where in a page a metadata value was found, from the most to the least trusted. */
    public enum Origin {
        /** A schema.org object in a {@code <script type="application/ld+json">}. */
        JSON_LD("json-ld"),
        /** {@code itemprop} microdata or RDFa. */
        MICRODATA("microdata"),
        /** Microformats such as hAtom and h-entry. */
        MICROFORMATS("microformats"),
        /** Open Graph {@code og:} and {@code article:} properties. */
        OPENGRAPH("opengraph"),
        /** Other {@code <meta>} tags: Dublin Core, citation, name=author and the like. */
        META("meta"),
        /** Template markup: {@code <title>}, {@code <time>}, bylines, {@code <html lang>}. */
        MARKUP("markup"),
        /** Heuristics over the visible text. */
        TEXT("text");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        /** Returns the lower-case label used in reports and in the TEI header, such as {@code json-ld}. */
        public String label() {
            return label;
        }

        /** Returns the origin with the given label. @throws IllegalArgumentException if there is none */
        public static Origin fromLabel(String label) {
            for (Origin o : values()) {
                if (o.label.equals(label)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown metadata origin: " + label);
        }
    }

    /** Builds {@link Metadata}; fields not set stay unknown. */
    public static final class Builder {
        private String title;
        private List<String> authors = List.of();
        private PageDate published;
        private PageDate modified;
        private String site;
        private String language;
        private Direction direction = Direction.LTR;
        private String url;
        private String description;
        private List<String> tags = List.of();
        private String rights;
        private final Map<Field, Origin> origins = new EnumMap<>(Field.class);

        private Builder() {
        }

        private Builder origin(Field field, Origin origin) {
            if (origin == null) {
                origins.remove(field);
            } else {
                origins.put(field, origin);
            }
            return this;
        }

        /** Sets the title and where it was found ({@code origin} may be null). */
        public Builder title(String value, Origin origin) {
            title = value;
            return origin(Field.TITLE, value == null ? null : origin);
        }

        /** Sets the authors and where they were found. */
        public Builder authors(List<String> value, Origin origin) {
            authors = List.copyOf(value);
            return origin(Field.AUTHORS, value.isEmpty() ? null : origin);
        }

        /** Sets the published date and where it was found. */
        public Builder published(PageDate value, Origin origin) {
            published = value;
            return origin(Field.PUBLISHED, value == null ? null : origin);
        }

        /** Sets the modified date and where it was found. */
        public Builder modified(PageDate value, Origin origin) {
            modified = value;
            return origin(Field.MODIFIED, value == null ? null : origin);
        }

        /** Sets the site name and where it was found. */
        public Builder site(String value, Origin origin) {
            site = value;
            return origin(Field.SITE, value == null ? null : origin);
        }

        /** Sets the language tag and where it was found. */
        public Builder language(String value, Origin origin) {
            language = value;
            return origin(Field.LANGUAGE, value == null ? null : origin);
        }

        /** Sets the text direction and where it was found. */
        public Builder direction(Direction value, Origin origin) {
            direction = Objects.requireNonNull(value, "direction");
            return origin(Field.DIRECTION, origin);
        }

        /** Sets the original URL and where it was found. */
        public Builder url(String value, Origin origin) {
            url = value;
            return origin(Field.URL, value == null ? null : origin);
        }

        /** Sets the description and where it was found. */
        public Builder description(String value, Origin origin) {
            description = value;
            return origin(Field.DESCRIPTION, value == null ? null : origin);
        }

        /** Sets the tags and where they were found. */
        public Builder tags(List<String> value, Origin origin) {
            tags = List.copyOf(value);
            return origin(Field.TAGS, value.isEmpty() ? null : origin);
        }

        /** Sets the rights statement and where it was found. */
        public Builder rights(String value, Origin origin) {
            rights = value;
            return origin(Field.RIGHTS, value == null ? null : origin);
        }

        /** Returns the metadata built so far. */
        public Metadata build() {
            return new Metadata(title, authors, published, modified, site, language, direction, url,
                    description, tags, rights, origins);
        }
    }
}
