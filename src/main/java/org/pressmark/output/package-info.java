/**
 * Output: output names for an input, and files written all or nothing.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.pressmark.output;
