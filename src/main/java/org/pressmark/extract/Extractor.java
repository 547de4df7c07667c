package org.pressmark.extract;

import org.pressmark.ItemException;
import org.pressmark.model.Article;
import org.pressmark.source.Source;

/** Finds the article in one source. Implementations are thread-safe and keep no state between calls. */
public interface Extractor {

    /**
     * Extracts the article of a source.
     *
     * @param source the source, already decoded
     * @return the article, whose body holds at least one block
     * @throws ItemException if the source holds no article text
     */
    Article extract(Source source) throws ItemException;
}
