package org.pressmark.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.model.Block;
import org.pressmark.model.Comment;
import org.pressmark.model.Direction;
import org.pressmark.model.Metadata;
import org.pressmark.source.Source;

/**
 * Extracts the article of an HTML page: its metadata with their origins ({@link MetaExtractor}), its
 * reader comments ({@link HtmlComments}), the element holding the article text ({@link HtmlContent})
 * and that element's blocks ({@link HtmlBlocks}). Stateless and thread-safe.
 */
final class HtmlExtractor implements Extractor {

    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z!/?][^>]*>");

    /** Creates an extractor. */
    HtmlExtractor() {
    }

    @Override
    public Article extract(Source source) throws ItemException {
        if (!(source.isWellFormedUtf8() ? holdsTag(source.byteStream()) : TAG.matcher(source.text()).find())) {
            throw new ItemException(source.name(), "not an HTML page: it holds no markup");
        }
        String captured = source.capture() == null ? null : source.capture().targetUri();
        Document doc = parse(source, captured == null ? "" : captured);
        Element body = doc.body();
        if (body == null) {
            throw new ItemException(source.name(), "not an HTML page: it has no body");
        }
        Instant reference = source.capture() != null && source.capture().captureDate() != null
                ? source.capture().captureDate() : Instant.now();
        // the walk that reads the metadata meets every script and base element of the page too
        MetaExtractor.Reading reading = MetaExtractor.reading(doc, reference);
        Metadata metadata = reading.metadata();
        if (metadata.url() != null && !reading.hasBaseHref()) {
            doc.setBaseUri(metadata.url());
        }

        HtmlArticleBody stated = HtmlArticleBody.of(reading.scripts()); // before the scripts go
        // one measure of the body's text serves every step; the steps that remove elements keep it up to date
        DomStats stats = DomStats.of(body);
        HtmlContent.removeNonContent(body, stats);
        List<Comment> comments = HtmlComments.extractAndRemove(body, stats);
        List<Element> roots = HtmlContent.findRoots(body, stats, stated, metadata.description());
        // each root's furniture goes before its blocks are read; roots apart from each other keep the body's
        // figures valid, while a root inside another one, already cleaned, is measured again
        boolean apart = apart(roots);
        List<Block> blocks = new ArrayList<>();
        HtmlBlocks converter = new HtmlBlocks(metadata.title());
        for (Element root : roots) {
            HtmlContent.removeFurniture(root, apart ? stats : DomStats.of(root));
            blocks.addAll(converter.convert(root));
        }
        blocks = HtmlBlockCleanup.clean(blocks);
        // the plain text of the blocks, when read, serves the direction too; null until then
        String plain = null;
        if (stated != null) {
            plain = HtmlPlainText.of(blocks);
            if (stated.standsInFor(plain)) {
                // the page's scripts draw the article, which its JSON-LD states whole
                blocks = HtmlBlockCleanup.clean(converter.convert(stated.asElement()));
                plain = null;
            }
        }
        Element root = roots.get(0);
        if (blocks.isEmpty() || blocks.stream().noneMatch(HtmlExtractor::hasText)) {
            throw new ItemException(source.name(), "no article text found");
        }
        return new Article(withDirection(metadata, root, blocks, plain), blocks, comments, source.provenance());
    }

    /**
     * Parses the page from its text reader, which for well-formed UTF-8 decodes the bytes as the parser reads
     * them, so that no string of the whole page is made (the same document as from the text: the bytes are
     * exactly it). Not from jsoup's stream input: that one stops reading, and so cuts the page short, when the
     * thread has been interrupted.
     */
    private static Document parse(Source source, String baseUri) {
        return Parser.htmlParser().parseInput(source.textReader(), baseUri);
    }

    /**
     * Whether UTF-8 bytes hold what {@link #TAG} finds in their text: a {@code <}, perhaps white space, a
     * letter, {@code !}, {@code /} or {@code ?}, and a {@code >} somewhere after it. Every character of the
     * pattern is ASCII, and the bytes of a character beyond ASCII are never ASCII, so the bytes tell. Read
     * in pieces, from the start; a page shows its first tag within its first bytes.
     */
    static boolean holdsTag(InputStream in) {
        byte[] buffer = new byte[8192];
        // 0: looking for '<'; 1: after '<' and any white space; 2: a tag started, looking for '>'
        int state = 0;
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i];
                    if (state == 2) {
                        if (b == '>') {
                            return true;
                        }
                    } else if (b == '<') {
                        state = 1;
                    } else if (state == 1) {
                        if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '!' || b == '/' || b == '?') {
                            state = 2;
                        } else if (!(b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r')) {
                            state = 0;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    /** Whether no root holds another one. */
    private static boolean apart(List<Element> roots) {
        for (int i = 0; i < roots.size(); i++) {
            for (int j = i + 1; j < roots.size(); j++) {
                if (DomQuery.within(roots.get(i), roots.get(j)) || DomQuery.within(roots.get(j), roots.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasText(Block b) {
        return !(b instanceof Block.Figure) || !((Block.Figure) b).caption().isEmpty();
    }

    /**
     * The dir attribute of the html, body or content element, else the script of most body letters.
     *
     * @param plain the plain text of the blocks, or null when not yet read
     */
    private static Metadata withDirection(Metadata metadata, Element root, List<Block> blocks, String plain) {
        for (Element e = root; e != null; e = e.parent()) {
            String dir = e.attr("dir").strip().toLowerCase(java.util.Locale.ROOT);
            if (dir.equals("rtl") || dir.equals("ltr")) {
                return metadata.toBuilder()
                        .direction(dir.equals("rtl") ? Direction.RTL : Direction.LTR, Metadata.Origin.MARKUP)
                        .build();
            }
        }
        String text = plain != null ? plain : HtmlPlainText.of(blocks);
        return metadata.toBuilder().direction(DomScript.direction(text), Metadata.Origin.TEXT)
                .build();
    }
}
