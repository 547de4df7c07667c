package org.pressmark.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressmark.testing.NewsMlConformance;
import org.pressmark.validate.XmlSchemas;
import org.pressmark.validate.XmlValidator;

class NewsMlWriterTest {

    private final NewsMlWriter writer = new NewsMlWriter();

    @Test
    void fullArticleIsValidAgainstProfileAndOfficialSchema() {
        byte[] xml = writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP);
        assertEquals(List.of(), XmlValidator.validate(XmlSchemas.NEWSML, xml, "full.newsml.xml"),
                () -> new String(xml, StandardCharsets.UTF_8));
        NewsMlConformance.assertValid(xml, "full.newsml.xml");
    }

    @Test
    void sameInputGivesSameBytes() {
        assertArrayEquals(writer.write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP),
                new NewsMlWriter().write(TeiWriterTest.fullArticle(), TeiWriterTest.STAMP));
    }
}
