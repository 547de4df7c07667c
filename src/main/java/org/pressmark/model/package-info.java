/**
 * The article model: the one immutable representation of an extracted page that every later stage
 * (XML writers, validation, rendering) reads.
 *
 * <p>Null policy: record components documented as "or {@code null}" may be null and mean "not known";
 * every other component is non-null, and lists are never null (empty when there is nothing). Lists are
 * copied on construction and unmodifiable.
 */
package org.pressmark.model;
