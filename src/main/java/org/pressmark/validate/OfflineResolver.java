package org.pressmark.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Resolves the imports and includes of a user's schema without the network: a location is looked up in
 * the user's XML catalog first (when one is given), then in Pressmark's own mappings (the W3C
 * {@code xml.xsd}), and is otherwise taken relative to the importing schema. Only {@code file:} locations
 * and Pressmark's own class-path schemas are opened, by this resolver itself; anything else ({@code http:},
 * {@code https:}, {@code ftp:}, a jar elsewhere) is refused and recorded. Every schema document opened is
 * first read with {@link SecureXml#newXmlReader()}, so one with a DOCTYPE is refused too.
 *
 * <p>Used while one schema compiles, by one thread.
 */
final class OfflineResolver implements LSResourceResolver {

    /**
     * A location that was not opened: where it pointed, as written and resolved, and where it was asked
     * for (schema, line and column; -1 when not found).
     */
    record Refusal(String location, String written, String base, int line, int column) {
    }

    /** Where the W3C schema for the xml: namespace is commonly imported from. */
    private static final List<String> XML_XSD_LOCATIONS = List.of(
            "http://www.w3.org/2001/xml.xsd", "https://www.w3.org/2001/xml.xsd",
            "http://www.w3.org/2009/01/xml.xsd", "https://www.w3.org/2009/01/xml.xsd");

    private final CatalogLookup catalog;
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private final java.util.Map<String, byte[]> opened = new java.util.HashMap<>();

    /** @param catalog the user's catalog, or null for none */
    OfflineResolver(CatalogLookup catalog) {
        this.catalog = catalog;
    }

    List<Refusal> refusals() {
        return refusals;
    }

    /** Schema documents that were found but refused (a DOCTYPE, unreadable). */
    List<Finding> problems() {
        return problems;
    }

    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String base) {
        String target = catalog == null ? null : catalog.lookup(namespace, publicId, systemId, base);
        if (target == null && systemId == null) {
            return null; // an import by namespace only: nothing to fetch
        }
        if (target == null) {
            String absolute = absolute(systemId, base);
            if (XML_XSD_LOCATIONS.contains(absolute)) {
                URL own = OfflineResolver.class.getResource("/org/pressmark/xsd/xml.xsd");
                target = own == null ? absolute : own.toExternalForm();
            } else {
                target = absolute;
            }
        }
        if (!isLocal(target)) {
            int[] at = locate(base, systemId);
            refusals.add(new Refusal(target, systemId, base, at[0], at[1]));
            return input(new byte[0], publicId, target, base);
        }
        byte[] bytes = read(target);
        return input(bytes, publicId, target, base);
    }

    /** Reads a local schema document and checks it has no DOCTYPE; empty when refused. */
    byte[] read(String uri) {
        byte[] bytes;
        try (InputStream in = new URL(uri).openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Finding(displayName(uri), -1, -1, Severity.ERROR, Finding.UNREADABLE,
                    "schema document cannot be read: " + e.getClass().getSimpleName()));
            return new byte[0];
        }
        XMLReader reader = SecureXml.newXmlReader();
        reader.setContentHandler(new DefaultHandler());
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(uri);
        try {
            reader.parse(source);
        } catch (SecureXml.RefusedException e) {
            problems.add(new Finding(displayName(uri), -1, -1, Severity.ERROR, Finding.DTD_REFUSED,
                    "schema document: " + e.getMessage()));
            return new byte[0];
        } catch (SAXException | IOException e) {
            // not well-formed: the schema compiler reports it with its position
        }
        opened.put(uri, bytes);
        return bytes;
    }

    /** Finds where a schema document names a location (line, column of the attribute value), or -1s. */
    private int[] locate(String base, String written) {
        byte[] bytes = base == null ? null : opened.get(base);
        if (bytes == null || written == null) {
            return new int[] {-1, -1};
        }
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (char quote : new char[] {'"', '\''}) {
                int at = lines[i].indexOf(quote + written + quote);
                if (at >= 0) {
                    return new int[] {i + 1, at + 2};
                }
            }
        }
        return new int[] {-1, -1};
    }

    /** Whether Pressmark may open a location: a local file, or a schema inside Pressmark's own jar. */
    static boolean isLocal(String uri) {
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("file:")) {
            return true;
        }
        URL own = OfflineResolver.class.getResource("/org/pressmark/xsd/xml.xsd");
        return own != null && uri.equals(own.toExternalForm());
    }

    static String absolute(String systemId, String base) {
        try {
            URI s = new URI(systemId);
            if (s.isAbsolute() || base == null) {
                return s.toString();
            }
            return new URI(base).resolve(s).toString();
        } catch (URISyntaxException e) {
            return systemId;
        }
    }

    /** A file URI as a path, relative to the working folder when beneath it; other URIs as they are. */
    static String displayName(String uri) {
        if (uri == null) {
            return "";
        }
        if (uri.startsWith("file:")) {
            try {
                Path p = Path.of(new URI(uri));
                Path cwd = Path.of("").toAbsolutePath();
                return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return uri;
            }
        }
        return uri;
    }

    private static LSInput input(byte[] bytes, String publicId, String systemId, String base) {
        return new BytesInput(bytes, publicId, systemId, base);
    }

    /** An {@link LSInput} over bytes already read. */
    private static final class BytesInput implements LSInput {
        private final byte[] bytes;
        private String publicId;
        private String systemId;
        private String base;

        BytesInput(byte[] bytes, String publicId, String systemId, String base) {
            this.bytes = bytes;
            this.publicId = publicId;
            this.systemId = systemId;
            this.base = base;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            // fixed content
        }

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            // fixed content
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            // fixed content
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            this.systemId = systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            this.publicId = publicId;
        }

        @Override
        public String getBaseURI() {
            return base;
        }

        @Override
        public void setBaseURI(String baseURI) {
            this.base = baseURI;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            // detected from the bytes
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            // not used
        }
    }
}
