package org.pressmark.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pressmark.batch.Batch;
import org.pressmark.source.Sha256;

/**
 * Verifies a BagIt payload manifest, {@value #MANIFEST}: one {@code <sha256 hex>  <path>} line per file,
 * the path relative to the manifest's folder (what {@code sha256sum -c} reads; BagIt's {@code %0A},
 * {@code %0D} and {@code %25} escapes are decoded). Every listed file must exist and match; every file in
 * the folder and beneath it must be listed, except manifests, BagIt tag files and the given report files.
 * A path that leads outside the folder is refused without being read.
 */
final class FixityCheck {

    /** The manifest's file name. */
    static final String MANIFEST = "manifest-sha256.txt";

    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64})[ \\t]+\\*?(.+)");
    private static final Set<String> TAG_FILES = Set.of("bagit.txt", "bag-info.txt", "fetch.txt");

    private FixityCheck() {
    }

    /**
     * The journal and reports of a Pressmark batch ({@link Batch#RECORD_FILES}), when the folder is a
     * batch's output folder (it holds the journal); otherwise none. A batch lists them in no manifest, as
     * BagIt lists its tag files in none. Elsewhere a file named {@code report.csv} is an ordinary file
     * that must be listed.
     */
    static Set<Path> batchRecords(Path folder) {
        if (!Files.isRegularFile(folder.resolve(Batch.JOURNAL_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<Path> records = new HashSet<>();
        Batch.RECORD_FILES.forEach(r -> records.add(folder.resolve(r)));
        return records;
    }

    /** Whether a file of a folder under a manifest is exempt from being listed. */
    static boolean isTagFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return TAG_FILES.contains(n) || (n.startsWith("manifest-") || n.startsWith("tagmanifest-")) && n.endsWith(".txt");
    }

    /**
     * Verifies the manifest of one folder.
     *
     * @param manifest     the manifest file
     * @param name         how findings name the manifest
     * @param folderName   how findings name the manifest's folder (joined with relative paths)
     * @param exempt       further files that need not be listed (report files), absolute and normalised
     */
    static FileResult verify(Path manifest, String name, String folderName, Set<Path> exempt) {
        List<Finding> findings = new ArrayList<>();
        Path folder = manifest.toAbsolutePath().normalize().getParent();
        Path realFolder;
        List<String> lines;
        try {
            realFolder = folder.toRealPath();
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.UNREADABLE,
                    "manifest cannot be read: " + e.getClass().getSimpleName()));
            return new FileResult(name, "fixity", findings);
        }
        Set<Path> listed = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String stripped = line.strip();
            Matcher m = LINE.matcher(stripped);
            if (!m.matches()) {
                findings.add(new Finding(name, lineNo, 1, Severity.ERROR, Finding.FIXITY_MALFORMED,
                        "not a manifest line: expected a SHA-256 in hex, white space and a relative path"));
                continue;
            }
            int pathColumn = line.indexOf(stripped) + m.start(2) + 1;
            String expected = m.group(1).toLowerCase(Locale.ROOT);
            String relative = decode(m.group(2));
            Path target;
            try {
                target = folder.resolve(relative).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                findings.add(new Finding(name, lineNo, pathColumn, Severity.ERROR, Finding.FIXITY_MALFORMED,
                        "not a valid path: " + relative));
                continue;
            }
            if (Path.of(relative).isAbsolute() || !target.startsWith(folder)) {
                findings.add(new Finding(name, lineNo, pathColumn, Severity.ERROR, Finding.FIXITY_OUTSIDE,
                        relative + " leads outside the manifest's folder; it was not read"));
                continue;
            }
            listed.add(target);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                findings.add(new Finding(name, lineNo, pathColumn, Severity.ERROR, Finding.FIXITY_MISSING,
                        relative + " is listed in the manifest but missing"));
                continue;
            }
            try {
                if (!target.toRealPath().startsWith(realFolder)) {
                    findings.add(new Finding(name, lineNo, pathColumn, Severity.ERROR, Finding.FIXITY_OUTSIDE,
                            relative + " is a link to outside the manifest's folder; it was not read"));
                    continue;
                }
                String actual = sha256(target);
                if (!actual.equals(expected)) {
                    findings.add(new Finding(name, lineNo, 1, Severity.ERROR, Finding.FIXITY_CHANGED,
                            relative + " has changed: its SHA-256 is " + actual + ", the manifest says " + expected));
                }
            } catch (IOException e) {
                findings.add(new Finding(name, lineNo, pathColumn, Severity.ERROR, Finding.UNREADABLE,
                        relative + " cannot be read: " + e.getClass().getSimpleName()));
            }
        }
        Set<Path> batchRecords = batchRecords(folder);
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> present = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(Path::normalize).sorted().collect(Collectors.toList());
            for (Path p : present) {
                if (listed.contains(p) || isTagFile(p.getFileName().toString()) || exempt.contains(p)
                        || batchRecords.contains(p)) {
                    continue;
                }
                String relative = folder.relativize(p).toString();
                findings.add(new Finding(join(folderName, relative), -1, -1, Severity.ERROR, Finding.FIXITY_UNLISTED,
                        "not listed in " + name));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            findings.add(new Finding(name, -1, -1, Severity.ERROR, Finding.UNREADABLE,
                    "the manifest's folder cannot be listed: " + e.getClass().getSimpleName()));
        }
        return new FileResult(name, "fixity", findings);
    }

    static String join(String folderName, String relative) {
        return Path.of(folderName).resolve(relative).toString();
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }

    /** Returns the SHA-256 of a file's bytes, in lower-case hex ({@link Sha256#hex(Path)}). */
    static String sha256(Path file) throws IOException {
        return Sha256.hex(file);
    }
}
