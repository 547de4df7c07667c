/**
 * Rendering: from a TEI document of the Pressmark mapping to the HTML and plain-text access copies, with
 * the XSLT stylesheets shipped at {@code /org/pressmark/xslt/} and Saxon-HE.
 * {@link org.pressmark.render.Renderer} is the entry point.
 *
 * <p>Null policy: arguments are never null unless a parameter says so; results are never null.
 */
package org.pressmark.render;
