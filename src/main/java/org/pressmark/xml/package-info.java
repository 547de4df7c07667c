/**
 * XML writers and readers. {@link org.pressmark.xml.TeiWriter} and {@link org.pressmark.xml.NewsMlWriter}
 * build TEI P5 and IPTC NewsML-G2 2.35 documents through the JAXB classes generated at build time from
 * {@code xsd/pressmark-tei.xsd} (package {@code org.pressmark.xml.tei}) and {@code xsd/pressmark-newsml.xsd}
 * with its XHTML body subset {@code xsd/pressmark-xhtml.xsd} (packages {@code org.pressmark.xml.newsml} and
 * {@code org.pressmark.xml.xhtml}). {@link org.pressmark.xml.TeiReader} and
 * {@link org.pressmark.xml.NewsMlReader} read those documents back into an equal article;
 * {@link org.pressmark.xml.DocumentKind} tells them apart by their root element.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package org.pressmark.xml;
