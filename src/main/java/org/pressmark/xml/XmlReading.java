package org.pressmark.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.transform.sax.SAXSource;
import org.pressmark.ItemException;
import org.pressmark.model.Inline;
import org.pressmark.validate.Finding;
import org.pressmark.validate.SecureXml;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.validate.XmlValidator;
import org.xml.sax.InputSource;

/**
 * What the TEI and NewsML-G2 readers share: a document is validated against its Pressmark profile, then
 * unmarshalled with a parser from {@link SecureXml} (no DOCTYPE, no entities, no network), and its
 * mixed content is turned back into model values.
 */
final class XmlReading {

    private XmlReading() {
    }

    /**
     * Validates a document against a profile and unmarshals it.
     *
     * @throws ItemException if the document is not well-formed or not valid against the profile
     */
    static <T> T unmarshal(JAXBContext context, Class<T> type, XmlSchemas schema, byte[] xml, String name,
                           String what) throws ItemException {
        List<Finding> findings = XmlValidator.validate(schema, xml, name);
        if (!findings.isEmpty()) {
            throw new ItemException(name, "not a " + what + " document of the Pressmark profile: "
                    + Finding.summarize(findings));
        }
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        in.setSystemId(name);
        try {
            Object result = context.createUnmarshaller().unmarshal(new SAXSource(SecureXml.newXmlReader(), in));
            return type.cast(result);
        } catch (JAXBException | ClassCastException e) {
            throw new ItemException(name, "cannot read the " + what + " document: " + e, e);
        }
    }

    /**
     * Turns mixed content back into inlines: runs of text become one {@link Inline.Text} each, and every
     * other item becomes the inline that {@code inline} makes of it.
     */
    static List<Inline> inlines(List<Object> content, Function<Object, Inline> inline) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object o : content) {
            if (o instanceof String s) {
                text.append(s);
                continue;
            }
            if (text.length() > 0) {
                out.add(new Inline.Text(text.toString()));
                text.setLength(0);
            }
            out.add(inline.apply(o));
        }
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
        }
        return out;
    }
}
