package org.pressmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.pressmark.extract.ArticleExtractor;
import org.pressmark.model.Article;
import org.pressmark.render.Renderer;
import org.pressmark.source.Intake;
import org.pressmark.source.Source;
import org.pressmark.validate.Finding;
import org.pressmark.validate.XmlValidator;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.xml.ConversionStamp;
import org.pressmark.xml.DocumentKind;
import org.pressmark.xml.NewsMlReader;
import org.pressmark.xml.NewsMlWriter;
import org.pressmark.xml.TeiReader;
import org.pressmark.xml.TeiWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;

/**
 * The entry point to Pressmark: read a scraped page, extract its article, write it as TEI P5 and
 * NewsML-G2 and make HTML and plain-text access copies; or read a TEI or NewsML-G2 document that
 * Pressmark wrote back into the same article, and write it again in another format.
 *
 * <pre>{@code
 * Pressmark pressmark = Pressmark.create();
 * Conversion c = pressmark.convert(Path.of("post.html"));              // TEI, HTML and text
 * String title = c.article().metadata().title();
 * byte[] tei = c.tei();                                                // validated TEI P5, UTF-8
 * byte[] news = pressmark.convert(Path.of("post.tei.xml"), Set.of(Format.NEWSML)).newsMl();
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; schemas and stylesheets are compiled once per process
 * and shared. The library never prints and never exits; it logs through SLF4J.
 */
public final class Pressmark {

    private static final Logger LOG = LoggerFactory.getLogger(Pressmark.class);
    private static final String VERSION = loadVersion();

    private final Intake intake = new Intake();
    private final ArticleExtractor extractor;
    private final TeiWriter teiWriter = new TeiWriter();
    private final NewsMlWriter newsMlWriter = new NewsMlWriter();
    private final TeiReader teiReader = new TeiReader();
    private final NewsMlReader newsMlReader = new NewsMlReader();
    private final Clock clock;
    private final Instant fixedConversionTime;

    private Pressmark(Builder b) {
        this.extractor = new ArticleExtractor(b.keepComments);
        this.clock = b.clock;
        this.fixedConversionTime = b.conversionTime;
    }

    /** Returns an instance with the default settings (see {@link Builder}). */
    public static Pressmark create() {
        return builder().build();
    }

    /** Returns a builder for an instance with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns Pressmark's version, such as {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /**
     * Reads a file and detects its media type and character set.
     *
     * @param file the file
     * @return the source
     * @throws ItemException if it cannot be read, is empty or is not text
     */
    public Source read(Path file) throws ItemException {
        return intake.read(file, file.toString());
    }

    /**
     * Makes a source of bytes in memory.
     *
     * @param name  the item's name, used in messages and in the provenance record
     * @param bytes the bytes; not copied, so do not change them afterwards
     * @return the source
     * @throws ItemException if the bytes are empty or not text
     */
    public Source read(String name, byte[] bytes) throws ItemException {
        return intake.of(name, name, bytes, null, null);
    }

    /**
     * Finds the article in a source: metadata, body blocks and comments.
     *
     * @throws ItemException if the source holds no article text
     */
    public Article extract(Source source) throws ItemException {
        return extractor.extract(source);
    }

    /** Reads a file and extracts its article. @throws ItemException as {@link #read(Path)} and {@link #extract(Source)} */
    public Article extract(Path file) throws ItemException {
        return extract(read(file));
    }

    /**
     * Writes an article as TEI P5 and validates it against the Pressmark TEI profile.
     *
     * @return the TEI document, UTF-8
     * @throws ItemException if the document is not valid; the message names the item and the first
     *                       schema errors
     */
    public byte[] toTei(Article article) throws ItemException {
        return validated(teiWriter.write(article, stamp()), XmlSchemas.TEI, article, "TEI", null);
    }

    /**
     * Writes an article as an IPTC NewsML-G2 2.35 news item, its body as XHTML, and validates it against
     * the Pressmark NewsML-G2 profile (a strict subset of NewsML-G2 2.35).
     *
     * @return the NewsML-G2 document, UTF-8
     * @throws ItemException if the document is not valid; the message names the item and the first
     *                       schema errors
     */
    public byte[] toNewsMl(Article article) throws ItemException {
        return validated(newsMlWriter.write(article, stamp()), XmlSchemas.NEWSML, article, "NewsML-G2", null);
    }

    /**
     * Reads a TEI or NewsML-G2 document that Pressmark wrote back into its article, recognising which by
     * its root element. The document is validated against its Pressmark profile first and parsed without
     * DTDs, entities or network access.
     *
     * @param xml  the document's bytes
     * @param name the document's name, used in messages
     * @return the article, equal to the one that was written
     * @throws ItemException if the document is neither, or not valid against its profile
     */
    public Article readBack(byte[] xml, String name) throws ItemException {
        Optional<DocumentKind> kind = DocumentKind.detect(xml);
        if (kind.isEmpty()) {
            throw new ItemException(name, "not a TEI or NewsML-G2 document (root element TEI or newsItem)");
        }
        return kind.get() == DocumentKind.TEI ? teiReader.read(xml, name) : newsMlReader.read(xml, name);
    }

    private byte[] validated(byte[] xml, XmlSchemas schema, Article article, String what, ContentHandler also)
            throws ItemException {
        String item = article.provenance().sourcePath() != null
                ? article.provenance().sourcePath() : article.provenance().sourceName();
        List<Finding> findings = XmlValidator.validate(schema, xml, item + " (" + what + ")", also);
        if (!findings.isEmpty()) {
            throw new ItemException(item, "the " + what + " document is not valid against the Pressmark profile: "
                    + Finding.summarize(findings));
        }
        return xml;
    }

    private ConversionStamp stamp() {
        return new ConversionStamp("Pressmark", VERSION, conversionTime());
    }

    /**
     * Renders a TEI document as a standalone HTML5 page.
     *
     * @param tei  the TEI document
     * @param name the document's name, used in messages
     * @throws ItemException if the document cannot be rendered
     */
    public String toHtml(byte[] tei, String name) throws ItemException {
        return Renderer.shared().toHtml(tei, name);
    }

    /**
     * Renders a TEI document as plain text.
     *
     * @param tei  the TEI document
     * @param name the document's name, used in messages
     * @throws ItemException if the document cannot be rendered
     */
    public String toText(byte[] tei, String name) throws ItemException {
        return Renderer.shared().toText(tei, name);
    }

    /**
     * Makes an access copy of a TEI or NewsML-G2 document that follows the Pressmark profiles, written
     * in this run or long ago. A TEI document is checked against the TEI profile and rendered as it is;
     * a NewsML-G2 document is read back into its article, written as TEI and rendered from that, so both
     * go through the same stylesheets.
     *
     * @param xml    the document
     * @param name   the document's name, used in messages
     * @param format {@link Format#HTML} or {@link Format#TEXT}
     * @return the access copy, UTF-8
     * @throws ItemException if the document is neither TEI nor NewsML-G2, or not valid against its profile
     * @throws IllegalArgumentException if the format is not an access copy
     */
    public byte[] render(byte[] xml, String name, Format format) throws ItemException {
        if (format != Format.HTML && format != Format.TEXT) {
            throw new IllegalArgumentException("render makes html or txt, not " + format.label());
        }
        Optional<DocumentKind> kind = DocumentKind.detect(xml);
        if (kind.isEmpty()) {
            throw new ItemException(name, "not a TEI or NewsML-G2 document (root element TEI or newsItem)");
        }
        // one parse both validates the TEI and builds the tree the stylesheet reads
        Renderer.TreeBuilder tree = Renderer.shared().treeBuilder(name);
        if (kind.get() == DocumentKind.TEI) {
            List<Finding> findings = XmlValidator.validate(XmlSchemas.TEI, xml, name, tree.handler());
            if (!findings.isEmpty()) {
                throw new ItemException(name, "not valid against the Pressmark TEI profile: " + Finding.summarize(findings));
            }
        } else {
            Article article = readBack(xml, name);
            validated(teiWriter.write(article, stamp()), XmlSchemas.TEI, article, "TEI", tree.handler());
        }
        Renderer.ParsedTei parsed = tree.result();
        String copy = format == Format.HTML ? Renderer.shared().toHtml(parsed) : Renderer.shared().toText(parsed);
        return copy.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Compiles now what converting to the formats needs — the JAXB contexts, the schemas, the stylesheets
     * — each on a thread of its own, and returns when all are ready. Without it each is compiled on first
     * use, one after the other, by the first conversion while other threads wait for it; a batch calls this
     * as it starts reading its inputs. Optional; calling it again does nothing.
     *
     * @param formats the formats that will be asked for
     * @throws IllegalStateException if a schema or stylesheet shipped in the jar does not compile, which
     *                               the first conversion would report too
     */
    public void prepare(Set<Format> formats) {
        boolean copies = formats.contains(Format.HTML) || formats.contains(Format.TEXT);
        List<Runnable> tasks = new ArrayList<>();
        if (formats.contains(Format.TEI) || copies) {
            tasks.add(TeiWriter::prepare);
            tasks.add(XmlSchemas.TEI::schema);
        }
        // the renderer is made on a preparing thread too, not on the caller's before the others start
        if (formats.contains(Format.HTML)) {
            tasks.add(() -> Renderer.shared().prepareHtml());
        }
        if (formats.contains(Format.TEXT)) {
            tasks.add(() -> Renderer.shared().prepareText());
        }
        if (formats.contains(Format.NEWSML)) {
            tasks.add(NewsMlWriter::prepare);
            tasks.add(XmlSchemas.NEWSML::schema);
        }
        Executor ownThread = task -> {
            Thread t = new Thread(task, "pressmark-prepare");
            t.setDaemon(true);
            t.start();
        };
        try {
            CompletableFuture.allOf(tasks.stream()
                    .map(task -> CompletableFuture.runAsync(task, ownThread))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Converts a source in memory to TEI, HTML and text ({@link Format#DEFAULT}).
     *
     * @throws ItemException if any stage fails; the message names the item
     * @see #convert(Source, Set)
     */
    public Conversion convert(Source source) throws ItemException {
        return convert(source, Format.DEFAULT);
    }

    /**
     * Converts a source in memory to the formats asked for. A page is extracted; a TEI or NewsML-G2
     * document that Pressmark wrote (recognised by its root element) is read back into its article
     * instead, so that it can be written in another format. XML documents are validated against their
     * profiles; the HTML and text copies are rendered from the TEI document.
     *
     * @param source  the source
     * @param formats the documents to make; not empty
     * @throws ItemException if any stage fails; the message names the item
     * @throws IllegalArgumentException if no format is asked for
     */
    public Conversion convert(Source source, Set<Format> formats) throws ItemException {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format asked for");
        }
        long start = System.nanoTime();
        Article article = isXml(source) && DocumentKind.detect(source.bytes()).isPresent()
                ? readBack(source.bytes(), source.name()) : extract(source);
        Map<Format, byte[]> documents = new EnumMap<>(Format.class);
        boolean copies = formats.contains(Format.HTML) || formats.contains(Format.TEXT);
        if (formats.contains(Format.TEI) || copies) {
            byte[] tei = teiWriter.write(article, stamp());
            // one parse both validates the TEI and builds the tree the stylesheets read
            Renderer.TreeBuilder tree = copies ? Renderer.shared().treeBuilder(source.name()) : null;
            validated(tei, XmlSchemas.TEI, article, "TEI", tree == null ? null : tree.handler());
            if (formats.contains(Format.TEI)) {
                documents.put(Format.TEI, tei);
            }
            if (copies) {
                Renderer.ParsedTei parsed = tree.result();
                if (formats.contains(Format.HTML)) {
                    documents.put(Format.HTML, Renderer.shared().toHtml(parsed).getBytes(StandardCharsets.UTF_8));
                }
                if (formats.contains(Format.TEXT)) {
                    documents.put(Format.TEXT, Renderer.shared().toText(parsed).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        if (formats.contains(Format.NEWSML)) {
            documents.put(Format.NEWSML, toNewsMl(article));
        }
        LOG.debug("{}: converted ({}, {}) to {} in {} ms", source.name(), source.mediaType(), source.charset(),
                formats, (System.nanoTime() - start) / 1_000_000);
        return new Conversion(article, documents);
    }

    /** Reads and converts a file in memory to TEI, HTML and text. @throws ItemException if any stage fails */
    public Conversion convert(Path file) throws ItemException {
        return convert(read(file));
    }

    /** Reads and converts a file in memory to the formats asked for. @throws ItemException if any stage fails */
    public Conversion convert(Path file, Set<Format> formats) throws ItemException {
        return convert(read(file), formats);
    }

    /** Whether a source may be one of our XML documents: detected as XML, or starting like XML. */
    private static boolean isXml(Source source) {
        if (source.mediaType().contains("xml") && !source.mediaType().contains("html")) {
            return true;
        }
        byte[] b = source.head(8); // a byte-order mark and "<?xml"
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return b.length >= i + 5 && new String(b, i, 5, StandardCharsets.US_ASCII).equals("<?xml");
    }

    private Instant conversionTime() {
        return fixedConversionTime != null ? fixedConversionTime
                : clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String loadVersion() {
        Properties p = new Properties();
        try (InputStream in = Pressmark.class.getResourceAsStream("pressmark.properties")) {
            if (in == null) {
                throw new IllegalStateException("pressmark.properties is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /**
     * Settings of a {@link Pressmark} instance.
     *
     * <ul>
     *   <li>{@link #conversionTime(Instant)}: the conversion date written into each document; by default
     *       the value of the {@code SOURCE_DATE_EPOCH} environment variable when it is set (so that the
     *       same input gives the same bytes), else the time of each conversion.</li>
     *   <li>{@link #keepComments(boolean)}: whether reader comments are kept, apart from the body;
     *       default true.</li>
     * </ul>
     */
    public static final class Builder {
        private Instant conversionTime = sourceDateEpoch();
        private Clock clock = Clock.systemUTC();
        private boolean keepComments = true;

        private Builder() {
        }

        /** Fixes the conversion date written into each document. */
        public Builder conversionTime(Instant time) {
            this.conversionTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /** Takes conversion dates from a clock (the system clock by default), unless one is fixed. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets whether reader comments are kept, apart from the body. */
        public Builder keepComments(boolean keep) {
            this.keepComments = keep;
            return this;
        }

        /** Returns the instance. */
        public Pressmark build() {
            return new Pressmark(this);
        }

        private static Instant sourceDateEpoch() {
            String value = System.getenv("SOURCE_DATE_EPOCH");
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.ofEpochSecond(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds: " + value, e);
            }
        }
    }
}
