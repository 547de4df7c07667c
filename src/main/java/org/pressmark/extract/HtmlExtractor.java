package org.pressmark.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
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
    private static final Evaluator BASE_HREF = QueryParser.parse("base[href]");

    /** Creates an extractor. */
    HtmlExtractor() {
    }

    @Override
    public Article extract(Source source) throws ItemException {
        String text = source.text();
        if (!TAG.matcher(text).find()) {
            throw new ItemException(source.name(), "not an HTML page: it holds no markup");
        }
        String captured = source.capture() == null ? null : source.capture().targetUri();
        Document doc = Jsoup.parse(text, captured == null ? "" : captured);
        Element body = doc.body();
        if (body == null) {
            throw new ItemException(source.name(), "not an HTML page: it has no body");
        }
        Instant reference = source.capture() != null && source.capture().captureDate() != null
                ? source.capture().captureDate() : Instant.now();
        Metadata metadata = MetaExtractor.extract(doc, reference);
        if (metadata.url() != null && DomQuery.first(doc, BASE_HREF) == null) {
            doc.setBaseUri(metadata.url());
        }

        HtmlArticleBody stated = HtmlArticleBody.of(doc); // before the scripts go
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
        if (stated != null && stated.standsInFor(HtmlPlainText.of(blocks))) {
            // the page's scripts draw the article, which its JSON-LD states whole
            blocks = HtmlBlockCleanup.clean(converter.convert(stated.asElement()));
        }
        Element root = roots.get(0);
        if (blocks.isEmpty() || blocks.stream().noneMatch(HtmlExtractor::hasText)) {
            throw new ItemException(source.name(), "no article text found");
        }
        return new Article(withDirection(metadata, doc, root, blocks), blocks, comments, source.provenance());
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

    /** The dir attribute of the html, body or content element, else the script of most body letters. */
    private static Metadata withDirection(Metadata metadata, Document doc, Element root, List<Block> blocks) {
        for (Element e = root; e != null; e = e.parent()) {
            String dir = e.attr("dir").strip().toLowerCase(java.util.Locale.ROOT);
            if (dir.equals("rtl") || dir.equals("ltr")) {
                return metadata.toBuilder()
                        .direction(dir.equals("rtl") ? Direction.RTL : Direction.LTR, Metadata.Origin.MARKUP)
                        .build();
            }
        }
        return metadata.toBuilder().direction(DomScript.direction(HtmlPlainText.of(blocks)), Metadata.Origin.TEXT)
                .build();
    }
}
