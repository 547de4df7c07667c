package org.pressmark.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void allFilesAppearWithTheirContent() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.tei.xml"), "<a/>".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("a.txt"), "text".getBytes(StandardCharsets.UTF_8));
        AtomicOutput.writeAll(files);
        assertEquals(List.of("a.tei.xml", "a.txt"), names(dir));
        assertArrayEquals("text".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("a.txt")));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(dir.resolve("a.txt"))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    "outputs are readable like other files, not private like JDK temporary files");
        }
    }

    @Test
    void aFailingFileLeavesNoneOfTheOthersAndNoTemporaryFile() throws IOException {
        Files.createDirectories(dir.resolve("blocked"));
        Files.writeString(dir.resolve("blocked/x"), "keeps the folder non-empty");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("b.tei.xml"), "<b/>".getBytes(StandardCharsets.UTF_8));
        // a non-empty folder cannot be replaced by a file: the second rename fails
        files.put(dir.resolve("blocked"), "x".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicOutput.writeAll(files));
        assertEquals(List.of("blocked"), names(dir));
        assertEquals(List.of("x"), names(dir.resolve("blocked")));
    }

    @Test
    void baseNameDropsTheLastExtensionOnly() {
        assertEquals("000_786deff45408cb8e", OutputNames.baseName(Path.of("x/000_786deff45408cb8e.txt")));
        assertEquals("post.backup", OutputNames.baseName(Path.of("post.backup.html")));
        assertEquals("README", OutputNames.baseName(Path.of("README")));
        assertEquals(".profile", OutputNames.baseName(Path.of(".profile")));
    }
}
