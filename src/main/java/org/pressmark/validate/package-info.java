/**
 * Validation of written XML against Pressmark's schemas: schemas compiled once per process
 * ({@link org.pressmark.validate.XmlSchemas}), secure parser settings in one place
 * ({@link org.pressmark.validate.SecureXml}), and problems returned as data
 * ({@link org.pressmark.validate.Finding}) with stable codes. Nothing here prints or logs findings.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package org.pressmark.validate;
