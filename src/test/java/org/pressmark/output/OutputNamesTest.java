package org.pressmark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputNamesTest {

    @Test
    void ourXmlSuffixesAreStrippedAsAWhole() {
        assertEquals("post", OutputNames.baseName(Path.of("out/post.newsml.xml")));
        assertEquals("post", OutputNames.baseName(Path.of("post.tei.xml")));
        assertEquals("Post", OutputNames.baseName(Path.of("Post.TEI.XML")));
    }

    @Test
    void otherNamesLoseTheirLastExtensionOnly() {
        assertEquals("post", OutputNames.baseName(Path.of("post.html")));
        assertEquals("feed.rss", OutputNames.baseName(Path.of("feed.rss.xml")));
        assertEquals(".tei", OutputNames.baseName(Path.of(".tei.xml")));
        assertEquals(".profile", OutputNames.baseName(Path.of(".profile")));
        assertEquals("README", OutputNames.baseName(Path.of("README")));
    }
}
