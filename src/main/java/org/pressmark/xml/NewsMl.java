package org.pressmark.xml;

import org.pressmark.model.Article;
import org.pressmark.model.Provenance;

/**
 * The fixed values of the Pressmark NewsML-G2 profile ({@code xsd/pressmark-newsml.xsd}): the catalog
 * and scheme aliases, the QCodes of the extension properties, and the guid rule. Shared by the writer
 * and the reader so that both use the same names.
 */
final class NewsMl {

    /** The NewsML-G2 namespace. */
    static final String NS = "http://iptc.org/std/nar/2006-10-01/";
    /** The XHTML namespace of the body. */
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String STANDARD_VERSION = "2.35";
    /** The IPTC catalog that declares ninat:, stat: and drol:. */
    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml";
    /** Who provides the items: Pressmark itself (the archive that runs it is not known to it). */
    static final String PROVIDER_URI = "urn:pressmark:provider";

    /** Pressmark's own scheme aliases and their URIs, declared in each item's catalog. */
    static final String[][] SCHEMES = {
        {"pmhow", "urn:pressmark:cv:how:"},
        {"pmmeta", "urn:pressmark:cv:meta:"},
        {"pmprov", "urn:pressmark:cv:provenance:"},
    };

    static final String HOW_PREFIX = "pmhow:";
    static final String DIRECTION = "pmmeta:direction";
    static final String CHARSET = "pmprov:charset";
    static final String SOURCE_PATH = "pmprov:source-path";
    static final String CAPTURED = "pmprov:captured";
    static final String WARC_FILE = "pmprov:warc-file";
    static final String WARC_OFFSET = "pmprov:warc-offset";
    static final String WARC_PAYLOAD_DIGEST = "pmprov:warc-payload-digest";

    private NewsMl() {
    }

    /**
     * Returns the item's guid: {@code urn:pressmark:sha256:} and the SHA-256 of the page's original URL,
     * else of the URI it was captured from, else of its source path, else of its source name. The same
     * page therefore always gets the same guid, whenever and wherever it is converted.
     */
    static String guid(Article article) {
        Provenance pv = article.provenance();
        String key = firstNonBlank(article.metadata().url(), pv.targetUri(), pv.sourcePath(), pv.sourceName());
        return "urn:pressmark:sha256:" + XmlValues.sha256(key);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
