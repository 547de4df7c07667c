/**
 * Extraction: from a {@link org.pressmark.source.Source} to an {@link org.pressmark.model.Article}.
 * HTML pages and plain-text scrapes have one extractor each behind {@link org.pressmark.extract.Extractor};
 * metadata extraction records where each value was found.
 *
 * <p>Null policy: as in {@link org.pressmark.model}.
 */
package org.pressmark.extract;
