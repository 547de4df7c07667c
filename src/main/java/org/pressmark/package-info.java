/**
 * Pressmark turns scraped blog and news pages into preservation-grade TEI P5 with HTML and plain-text
 * access copies. {@link org.pressmark.Pressmark} is the entry point.
 *
 * <p>Null policy: no public method of this package accepts or returns {@code null}.
 */
package org.pressmark;
