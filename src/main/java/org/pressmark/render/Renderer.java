package org.pressmark.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.event.Builder;
import net.sf.saxon.event.NamespaceReducer;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.ReceivingContentHandler;
import net.sf.saxon.event.Stripper;
import net.sf.saxon.lib.Logger;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.SpaceStrippingRule;
import net.sf.saxon.om.TreeModel;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Renders a TEI document of the Pressmark mapping as an HTML page or as plain text, with the stylesheets
 * {@code tei-to-html.xsl} and {@code tei-to-text.xsl} shipped in the jar.
 *
 * <p>There is one renderer per process, {@link #shared()}: it holds the one Saxon {@code Processor} and
 * the compiled stylesheets, each compiled on first use. The renderer is thread-safe; every call runs its
 * own transformer. A document to be rendered in both formats is best parsed once with
 * {@link #parse(byte[], String)}. The input is parsed with DOCTYPE declarations refused, so no
 * DTD or external entity is ever read. Nothing is printed: messages from the parser and the XSLT
 * processor are collected and returned in a {@link RenderException}.
 */
public final class Renderer {

    private static final String XSLT_FOLDER = "/org/pressmark/xslt/";
    private static final String SAXON_DOCTYPE = "<!DOCTYPE HTML>";
    private static final String HTML5_DOCTYPE = "<!DOCTYPE html>";

    private final Processor processor;
    private final Stylesheet html;
    private final Stylesheet text;
    private final SAXParserFactory parsers;
    /** Each thread's parser, kept between calls: setting one up costs about as much as parsing a page. */
    private final ThreadLocal<XMLReader> readers = ThreadLocal.withInitial(this::newReader);

    private Renderer() {
        processor = new Processor(false);
        // Saxon's own logger writes to System.err; the library never prints.
        processor.getUnderlyingConfiguration().setLogger(new SilentLogger());
        processor.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        html = new Stylesheet("tei-to-html.xsl");
        text = new Stylesheet("tei-to-text.xsl");
        parsers = secureParserFactory();
    }

    /** Holds the one renderer, created on first use. */
    private static final class Holder {
        static final Renderer INSTANCE = new Renderer();
    }

    /**
     * Returns the renderer of this process. It is created on first use; its stylesheets are compiled
     * the first time each is needed.
     *
     * @return the shared renderer
     */
    public static Renderer shared() {
        return Holder.INSTANCE;
    }

    /**
     * Compiles the HTML stylesheet now rather than on first use. Calling it again does nothing.
     *
     * @throws IllegalStateException if the stylesheet shipped in the jar is missing or does not compile
     */
    public void prepareHtml() {
        html.executable();
    }

    /**
     * Compiles the text stylesheet now rather than on first use. Calling it again does nothing.
     *
     * @throws IllegalStateException if the stylesheet shipped in the jar is missing or does not compile
     */
    public void prepareText() {
        text.executable();
    }

    /**
     * Renders a TEI document as a standalone HTML5 page.
     *
     * @param teiXml   the TEI document, as bytes of XML
     * @param systemId the document's URI or name, used in messages and to resolve relative references;
     *                 may be {@code null}
     * @return the page, starting with its {@code <!DOCTYPE html>}
     * @throws RenderException if the document is not well-formed XML, has a DOCTYPE, or cannot be rendered
     * @throws IllegalStateException if the stylesheet shipped in the jar is missing or does not compile
     */
    public String toHtml(byte[] teiXml, String systemId) throws RenderException {
        return toHtml(parse(teiXml, systemId));
    }

    /**
     * Renders a parsed TEI document as a standalone HTML5 page.
     *
     * @param tei the document, from {@link #parse(byte[], String)}
     * @return the page, starting with its {@code <!DOCTYPE html>}
     * @throws RenderException if the document cannot be rendered
     */
    public String toHtml(ParsedTei tei) throws RenderException {
        String page = render(html, tei);
        // Saxon writes the HTML5 doctype in capitals; the lower-case form is the one people expect to see.
        if (page.startsWith(SAXON_DOCTYPE)) {
            page = HTML5_DOCTYPE + page.substring(SAXON_DOCTYPE.length());
        }
        return page;
    }

    /**
     * Renders a TEI document as UTF-8 plain text (the caller encodes the returned string).
     *
     * @param teiXml   the TEI document, as bytes of XML
     * @param systemId the document's URI or name, used in messages; may be {@code null}
     * @return the text, ending with a single newline
     * @throws RenderException if the document is not well-formed XML, has a DOCTYPE, or cannot be rendered
     * @throws IllegalStateException if the stylesheet shipped in the jar is missing or does not compile
     */
    public String toText(byte[] teiXml, String systemId) throws RenderException {
        return toText(parse(teiXml, systemId));
    }

    /**
     * Renders a parsed TEI document as UTF-8 plain text (the caller encodes the returned string).
     *
     * @param tei the document, from {@link #parse(byte[], String)}
     * @return the text, ending with a single newline
     * @throws RenderException if the document cannot be rendered
     */
    public String toText(ParsedTei tei) throws RenderException {
        return render(text, tei);
    }

    /**
     * Parses a TEI document once, for rendering it in several formats.
     *
     * @param teiXml   the TEI document, as bytes of XML
     * @param systemId the document's URI or name, used in messages; may be {@code null}
     * @return the parsed document, immutable and usable from any thread
     * @throws RenderException if the document is not well-formed XML or has a DOCTYPE
     * @throws IllegalStateException if the stylesheets shipped in the jar are missing or do not compile
     */
    public ParsedTei parse(byte[] teiXml, String systemId) throws RenderException {
        Objects.requireNonNull(teiXml, "teiXml");
        String item = systemId == null ? "TEI document" : systemId;
        List<String> messages = new ArrayList<>();
        try {
            return new ParsedTei(item, parse(teiXml, systemId, messages));
        } catch (SaxonApiException e) {
            throw new RenderException(item, "cannot read the TEI document: " + firstMessage(messages, e),
                    messages, e);
        }
    }

    /**
     * Returns a builder that makes a parsed TEI document out of the SAX events of a parse done elsewhere,
     * so that a caller that already reads the document (to validate it) does not parse it twice. The tree
     * is stripped of the stylesheets' layout white space as it is built, as {@link #parse(byte[], String)}
     * strips it.
     *
     * @param systemId the document's URI or name, used in messages; may be {@code null}
     * @throws IllegalStateException if the stylesheets shipped in the jar are missing or do not compile
     */
    public TreeBuilder treeBuilder(String systemId) {
        // s9api's building content handler applies no stripping: the pipeline is put together here as it
        // does, with Saxon's stripper before the tree builder
        PipelineConfiguration pipe = processor.getUnderlyingConfiguration().makePipelineConfiguration();
        Builder builder = TreeModel.TINY_TREE.makeBuilder(pipe);
        ReceivingContentHandler handler = new ReceivingContentHandler();
        handler.setPipelineConfiguration(pipe);
        handler.setReceiver(new NamespaceReducer(new Stripper(strippingRule(), builder)));
        return new TreeBuilder(systemId == null ? "TEI document" : systemId, handler, builder);
    }

    /** Builds a {@link ParsedTei} from SAX events: hand {@link #handler()} to a parser, then take {@link #result()}. */
    public static final class TreeBuilder {
        private final String item;
        private final ReceivingContentHandler handler;
        private final Builder builder;

        private TreeBuilder(String item, ReceivingContentHandler handler, Builder builder) {
            this.item = item;
            this.handler = handler;
            this.builder = builder;
        }

        /** Returns the handler that receives the document's events. */
        public ContentHandler handler() {
            return handler;
        }

        /**
         * Returns the document built.
         *
         * @throws RenderException if the events did not make a whole document
         */
        public ParsedTei result() throws RenderException {
            NodeInfo root = builder.getCurrentRoot();
            if (root == null) {
                throw new RenderException(item, "cannot read the TEI document: no document was built", List.of(), null);
            }
            try {
                return new ParsedTei(item, new XdmNode(root));
            } catch (RuntimeException e) {
                throw new RenderException(item, "cannot read the TEI document: " + e.getMessage(), List.of(), e);
            }
        }
    }

    /**
     * A TEI document parsed by {@link #parse(byte[], String)} or built by a {@link TreeBuilder}, ready to be
     * rendered in any format.
     */
    public static final class ParsedTei {
        private final String item;
        /** The document, stripped of the stylesheets' layout white space ({@link #strippingRule()}). */
        private final XdmNode document;

        private ParsedTei(String item, XdmNode document) {
            this.item = item;
            this.document = document;
        }

        /** The document's tree, for tests. */
        XdmNode document() {
            return document;
        }
    }

    private String render(Stylesheet stylesheet, ParsedTei tei) throws RenderException {
        String item = tei.item;
        XdmNode document = tei.document;
        XsltExecutable executable = stylesheet.executable();
        List<String> messages = new ArrayList<>();

        Xslt30Transformer transformer = executable.load30();
        transformer.setErrorReporter(error -> messages.add(describe(error)));
        transformer.setMessageHandler(message -> messages.add(message.getStringValue()));
        StringWriter out = new StringWriter();
        Serializer serializer = processor.newSerializer(out);
        try {
            // the tree was stripped as it was built: told so, Saxon does not wrap it in a stripping view, through
            // which the stylesheets read it a tenth slower
            transformer.setGlobalContextItem(document, true);
            transformer.applyTemplates(document, serializer);
        } catch (SaxonApiException e) {
            throw new RenderException(item, "cannot render with " + stylesheet.name + ": "
                    + firstMessage(messages, e), messages, e);
        }
        return out.toString();
    }

    /**
     * The layout white space the stylesheets strip: the xsl:strip-space of tei-common.xsl, which both
     * include and which is the only one either declares (RendererTest checks it). The trees they read are
     * stripped by it as they are built, and Saxon is told so.
     */
    private SpaceStrippingRule strippingRule() {
        return html.executable().getUnderlyingCompiledStylesheet().getTopLevelPackage().getSpaceStrippingRule();
    }

    /** A builder of the trees the stylesheets read, applying their xsl:strip-space while building. */
    private DocumentBuilder documentBuilder() {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setWhitespaceStrippingPolicy(html.executable().getWhitespaceStrippingPolicy());
        return builder;
    }

    private XdmNode parse(byte[] teiXml, String systemId, List<String> messages) throws SaxonApiException {
        XMLReader reader = readers.get();
        reader.setErrorHandler(new CollectingErrorHandler(messages));
        InputSource input = new InputSource(new ByteArrayInputStream(teiXml));
        input.setSystemId(systemId);

        DocumentBuilder builder = documentBuilder();
        builder.setLineNumbering(true);
        SAXSource source = new SAXSource(reader, input);
        source.setSystemId(systemId);
        boolean clean = false;
        try {
            XdmNode node = builder.build(source);
            clean = true;
            return node;
        } finally {
            if (!clean) {
                readers.remove(); // a parse cut short may leave state behind: the next one starts afresh
            }
        }
    }

    private XMLReader newReader() {
        XMLReader reader;
        try {
            synchronized (parsers) {
                reader = parsers.newSAXParser().getXMLReader();
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
        // The DOCTYPE is refused by the factory; this resolver is a second lock on external entities.
        reader.setEntityResolver((publicId, uri) -> {
            throw new SAXException("external entity refused: " + uri);
        });
        return reader;
    }

    private static SAXParserFactory secureParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser " + factory.getClass().getName()
                    + " cannot refuse DOCTYPE declarations", e);
        }
        return factory;
    }

    private static String firstMessage(List<String> messages, SaxonApiException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return messages.isEmpty() ? e.getClass().getSimpleName() : messages.get(0);
        }
        return message;
    }

    private static String describe(XmlProcessingError error) {
        StringBuilder sb = new StringBuilder();
        sb.append(error.isWarning() ? "warning: " : "error: ");
        if (error.getErrorCode() != null) {
            sb.append(error.getErrorCode().getLocalName()).append(' ');
        }
        sb.append(error.getMessage());
        Location location = error.getLocation();
        if (location != null && location.getLineNumber() > 0) {
            if (location.getSystemId() != null) {
                sb.append(" in ").append(location.getSystemId());
            }
            sb.append(" at line ").append(location.getLineNumber());
        }
        return sb.toString();
    }

    /** One stylesheet of the jar, compiled on first use. */
    private final class Stylesheet {

        private final String name;
        private volatile XsltExecutable executable;

        Stylesheet(String name) {
            this.name = name;
        }

        XsltExecutable executable() {
            XsltExecutable result = executable;
            if (result == null) {
                synchronized (this) {
                    result = executable;
                    if (result == null) {
                        result = compile();
                        executable = result;
                    }
                }
            }
            return result;
        }

        private XsltExecutable compile() {
            URL url = Renderer.class.getResource(XSLT_FOLDER + name);
            if (url == null) {
                throw new IllegalStateException("stylesheet " + XSLT_FOLDER + name + " is not on the class path");
            }
            List<String> messages = new ArrayList<>();
            XsltCompiler compiler = processor.newXsltCompiler();
            compiler.setErrorReporter(error -> messages.add(describe(error)));
            try (InputStream in = url.openStream()) {
                // The resource URL as system id, so that xsl:include and xsl:import resolve beside it.
                return compiler.compile(new StreamSource(in, url.toExternalForm()));
            } catch (SaxonApiException | IOException e) {
                throw new IllegalStateException("stylesheet " + name + " does not compile: "
                        + String.join("; ", messages.isEmpty() ? List.of(String.valueOf(e.getMessage())) : messages), e);
            }
        }
    }

    /** Keeps SAX warnings and errors as messages; errors stop the parse. */
    private static final class CollectingErrorHandler implements ErrorHandler {

        private final List<String> messages;

        CollectingErrorHandler(List<String> messages) {
            this.messages = messages;
        }

        @Override
        public void warning(SAXParseException e) {
            messages.add(describe("warning", e));
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            messages.add(describe("error", e));
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            messages.add(describe("fatal error", e));
            throw e;
        }

        private static String describe(String kind, SAXParseException e) {
            return kind + ": " + e.getMessage() + " at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        }
    }

    /** Saxon's logger, silenced: the library never prints. */
    private static final class SilentLogger extends Logger {
        @Override
        public void println(String message, int severity) {
            // dropped on purpose; errors reach the caller through RenderException
        }
    }
}
