package org.pressmark.output;

import java.util.List;
import java.util.Map;
import org.pressmark.model.Article;
import org.pressmark.model.Metadata;
import org.pressmark.model.PageDate;

/**
 * An article as one line of JSON, the record that {@code pressmark extract} prints: {@code source},
 * {@code title}, {@code authors}, {@code published}, {@code modified}, {@code site}, {@code language},
 * {@code direction}, {@code url}, {@code description}, {@code tags}, {@code text} and {@code sources}
 * (for each metadata value, where it was found). Unknown values are {@code null}; keys always appear,
 * in this order.
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    /**
     * Returns the article as a single line of JSON.
     *
     * @param source  the input as the user gave it
     * @param article the article
     */
    public static String of(String source, Article article) {
        Metadata m = article.metadata();
        StringBuilder sb = new StringBuilder(512);
        sb.append('{');
        field(sb, "source", source);
        field(sb, "title", m.title());
        sb.append(",\"authors\":");
        array(sb, m.authors());
        field(sb, "published", iso(m.published()));
        field(sb, "modified", iso(m.modified()));
        field(sb, "site", m.site());
        field(sb, "language", m.language());
        field(sb, "direction", m.direction().attribute());
        field(sb, "url", m.url());
        field(sb, "description", m.description());
        sb.append(",\"tags\":");
        array(sb, m.tags());
        field(sb, "text", BodyText.of(article.body()));
        sb.append(",\"sources\":{");
        boolean first = true;
        for (Map.Entry<Metadata.Field, Metadata.Origin> e : m.origins().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey().name().toLowerCase(java.util.Locale.ROOT));
            sb.append(':');
            string(sb, e.getValue().label());
        }
        sb.append("}}");
        return sb.toString();
    }

    /**
     * Returns the JSON line for an input that failed: {@code {"source": ..., "error": ...}}.
     *
     * @param source  the input as the user gave it
     * @param problem what is wrong with it
     */
    public static String error(String source, String problem) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "source", source);
        field(sb, "error", problem);
        return sb.append('}').toString();
    }

    private static String iso(PageDate d) {
        return d == null ? null : d.iso();
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (sb.length() > 1) {
            sb.append(',');
        }
        string(sb, key);
        sb.append(':');
        if (value == null) {
            sb.append("null");
        } else {
            string(sb, value);
        }
    }

    private static void array(StringBuilder sb, List<String> values) {
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, values.get(i));
        }
        sb.append(']');
    }

    private static void string(StringBuilder sb, String s) {
        Json.quote(sb, s);
    }
}
