/**
 * Intake: the bytes of one item, where they came from, their SHA-256, media type and character set.
 * Detection goes through one seam over Apache Tika ({@link org.pressmark.source.Intake}).
 *
 * <p>Null policy: as in {@link org.pressmark.model}: "or {@code null}" is said where a value may be
 * absent; nothing else is null.
 */
package org.pressmark.source;
