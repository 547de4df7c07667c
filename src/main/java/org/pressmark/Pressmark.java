package org.pressmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.pressmark.extract.ArticleExtractor;
import org.pressmark.model.Article;
import org.pressmark.render.Renderer;
import org.pressmark.source.Intake;
import org.pressmark.source.Source;
import org.pressmark.validate.Finding;
import org.pressmark.validate.XmlValidator;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.xml.ConversionStamp;
import org.pressmark.xml.TeiWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point to Pressmark: read a scraped page, extract its article, write it as TEI P5 and make
 * HTML and plain-text access copies.
 *
 * <pre>{@code
 * Pressmark pressmark = Pressmark.create();
 * Conversion c = pressmark.convert(Path.of("post.html"));
 * String title = c.article().metadata().title();
 * byte[] tei = c.tei();           // validated TEI P5, UTF-8
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
        byte[] tei = teiWriter.write(article, new ConversionStamp("Pressmark", VERSION, conversionTime()));
        String item = article.provenance().sourcePath() != null
                ? article.provenance().sourcePath() : article.provenance().sourceName();
        List<Finding> findings = XmlValidator.validate(XmlSchemas.TEI, tei, item + " (TEI)");
        if (!findings.isEmpty()) {
            throw new ItemException(item, "the TEI document is not valid against the Pressmark profile: "
                    + summarize(findings));
        }
        return tei;
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
     * Converts a source in memory: extraction, validated TEI, HTML and text.
     *
     * @throws ItemException if any stage fails; the message names the item
     */
    public Conversion convert(Source source) throws ItemException {
        long start = System.nanoTime();
        Article article = extract(source);
        byte[] tei = toTei(article);
        Conversion c = new Conversion(article, tei, toHtml(tei, source.name()), toText(tei, source.name()));
        LOG.debug("{}: converted ({}, {}) in {} ms", source.name(), source.mediaType(), source.charset(),
                (System.nanoTime() - start) / 1_000_000);
        return c;
    }

    /** Reads and converts a file in memory. @throws ItemException if any stage fails */
    public Conversion convert(Path file) throws ItemException {
        return convert(read(file));
    }

    private Instant conversionTime() {
        return fixedConversionTime != null ? fixedConversionTime
                : clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String summarize(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Finding f : findings) {
            if (shown == 3) {
                sb.append("; and ").append(findings.size() - shown).append(" more");
                break;
            }
            if (shown > 0) {
                sb.append("; ");
            }
            sb.append("line ").append(f.line()).append(':').append(f.column()).append(' ').append(f.message());
            shown++;
        }
        return sb.toString();
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
