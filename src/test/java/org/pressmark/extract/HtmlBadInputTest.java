package org.pressmark.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pressmark.ItemException;
import org.pressmark.source.Intake;

/** The inputs in testdata/bad must fail with a message that names the item and the problem. */
class HtmlBadInputTest {

    private static ItemException failure(String file) {
        return assertThrows(ItemException.class, () -> new HtmlExtractor().extract(
                new Intake().read(Path.of("testdata/bad", file), file)));
    }

    @Test
    void pageWithOnlyFurnitureHasNoArticleText() {
        ItemException e = failure("furniture-only.html");
        assertTrue(e.getMessage().equals("furniture-only.html: no article text found"), e.getMessage());
    }

    @Test
    void textWithoutMarkupIsNotAnHtmlPage() {
        ItemException e = failure("not-html.html");
        assertTrue(e.getMessage().contains("not an HTML page"), e.getMessage());
    }

    @Test
    void randomBytesFailClearly() {
        ItemException e = failure("random-bytes.html");
        assertTrue(e.getMessage().startsWith("random-bytes.html: "), e.getMessage());
    }

    @Test
    void pageWithAnEmptyBodyHasNoArticleText() throws Exception {
        byte[] html = "<html><head><title>Nothing here</title></head><body>  </body></html>"
                .getBytes(StandardCharsets.UTF_8);
        ItemException e = assertThrows(ItemException.class,
                () -> new HtmlExtractor().extract(new Intake().of("empty.html", null, html, "text/html", null)));
        assertTrue(e.getMessage().endsWith("no article text found"), e.getMessage());
    }
}
