package org.pressmark.extract;

import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.source.Source;

/**
 * Chooses the extractor for a source by its media type: HTML pages go to the HTML extractor, plain-text
 * scrapes to the text extractor. Thread-safe.
 */
public final class ArticleExtractor implements Extractor {

    private final HtmlExtractor html = new HtmlExtractor();
    private final TextScrapeExtractor text = new TextScrapeExtractor();
    private final boolean keepComments;

    /**
     * Creates an extractor.
     *
     * @param keepComments whether reader comments are kept in the article, apart from the body
     */
    public ArticleExtractor(boolean keepComments) {
        this.keepComments = keepComments;
    }

    /**
     * Extracts the article of a source.
     *
     * @throws ItemException if the source is neither HTML nor text, or holds no article text
     */
    @Override
    public Article extract(Source source) throws ItemException {
        Article article;
        if (source.isHtml()) {
            article = html.extract(source);
        } else if (source.mediaType().startsWith("text/")) {
            article = text.extract(source);
        } else {
            throw new ItemException(source.name(), "not an HTML page or a text scrape (detected "
                    + source.mediaType() + ")");
        }
        if (!keepComments && !article.comments().isEmpty()) {
            article = new Article(article.metadata(), article.body(), java.util.List.of(), article.provenance());
        }
        return article;
    }
}
