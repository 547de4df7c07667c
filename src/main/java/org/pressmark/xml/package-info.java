/**
 * XML writers: the TEI P5 writer ({@link org.pressmark.xml.TeiWriter}) builds documents through the JAXB
 * classes generated at build time from {@code xsd/pressmark-tei.xsd} (package {@code org.pressmark.xml.tei}).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package org.pressmark.xml;
