package org.pressmark.validate;

import java.net.URI;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.Resolver;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * Looks locations up in a user's OASIS XML catalog with xmlresolver's catalog manager. It only maps
 * names to URIs and never opens what they point to: {@link OfflineResolver} decides what may be read.
 * (xmlresolver's own {@code Resolver} would open a mapped location itself, whatever its scheme.)
 *
 * <p>Only this class refers to xmlresolver, so the library is loaded only when a catalog is given.
 */
final class CatalogLookup {

    private final CatalogManager manager;

    /** @param catalog the catalog file's URI */
    CatalogLookup(URI catalog) {
        XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), List.of());
        config.setFeature(ResolverFeature.CATALOG_FILES, List.of(catalog.toString()));
        config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
        config.setFeature(ResolverFeature.PREFER_PROPERTY_FILE, false);
        config.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
        config.setFeature(ResolverFeature.ALWAYS_RESOLVE, false);
        config.setFeature(ResolverFeature.PARSE_RDDL, false);
        config.setFeature(ResolverFeature.CACHE_UNDER_HOME, false);
        config.setFeature(ResolverFeature.CACHE_ENABLED, false);
        config.setFeature(ResolverFeature.ARCHIVED_CATALOGS, false);
        config.setFeature(ResolverFeature.ACCESS_EXTERNAL_ENTITY, "");
        config.setFeature(ResolverFeature.ACCESS_EXTERNAL_DOCUMENT, "file");
        config.setFeature(ResolverFeature.XMLREADER_SUPPLIER, CatalogLookup::catalogReader);
        manager = config.getFeature(ResolverFeature.CATALOG_MANAGER);
    }

    /**
     * Returns where the catalog maps a schema location (by URI, system id, public id or namespace), or
     * null when it does not.
     */
    String lookup(String namespace, String publicId, String systemId, String base) {
        URI found = null;
        if (systemId != null) {
            String absolute = OfflineResolver.absolute(systemId, base);
            found = manager.lookupURI(absolute);
            if (found == null) {
                found = manager.lookupSystem(absolute);
            }
            if (found == null && !absolute.equals(systemId)) {
                found = manager.lookupURI(systemId);
            }
        }
        if (found == null && publicId != null) {
            found = manager.lookupPublic(systemId, publicId);
        }
        if (found == null && namespace != null && systemId == null) {
            found = manager.lookupNamespaceURI(namespace, Resolver.NATURE_XML_SCHEMA, Resolver.PURPOSE_SCHEMA_VALIDATION);
        }
        return found == null ? null : found.toString();
    }

    /**
     * The parser for catalog files: catalogs often carry a DOCTYPE naming the OASIS DTD; it is never
     * loaded (no external DTD, no external entities, every entity resolved to nothing).
     */
    private static XMLReader catalogReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a secure XML parser: " + e, e);
        }
    }
}
