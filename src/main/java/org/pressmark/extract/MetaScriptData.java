package org.pressmark.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the publication date from the data that script-driven templates embed in their pages: the state
 * objects of shop and single-page-application templates ({@code <script type="application/json">},
 * {@code __NEXT_DATA__}, inline {@code window.__STATE__ = {…}}) carry the post's record with a key such as
 * {@code "published_at"} or {@code "publishedDate"}, where no markup or metadata shows the date.
 *
 * <p>A page's scripts may also hold the records of other posts (related, most read). The date is
 * therefore taken only when every publication key in the scripts names the same calendar day; a page
 * whose scripts name several days gives none. JSON-LD is read elsewhere and left out here.
 */
final class MetaScriptData {

    /** A publication-date key with an ISO 8601 value, as JSON writes it. */
    private static final Pattern PUBLISHED = Pattern.compile(
            "\"(?:datePublished|date_published|publishedDate|published_date|publishedAt|published_at"
            + "|publishDate|publish_date|firstPublished|first_published_at|firstPublishedAt)\""
            + "\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}[^\"]{0,30})\"");

    private MetaScriptData() {
    }

    /**
     * The publication date the page's script data agree on, as written there (an ISO 8601 date or
     * date-time), or {@code null} when they name none or more than one day.
     *
     * @param doc the page
     * @return the value of the first publication key, or {@code null}
     */
    static String published(Document doc) {
        String first = null;
        for (Element script : doc.getElementsByTag("script")) {
            if (script.hasAttr("src") || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String data = DomQuery.data(script);
            if (data.indexOf("ublish") < 0) {
                continue;
            }
            Matcher m = PUBLISHED.matcher(data);
            while (m.find()) {
                String value = m.group(1);
                if (first == null) {
                    first = value;
                } else if (!first.regionMatches(0, value, 0, 10)) {
                    return null;
                }
            }
        }
        return first;
    }
}
