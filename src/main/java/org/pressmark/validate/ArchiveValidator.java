package org.pressmark.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.validation.Schema;

/**
 * Checks archived files: each XML file against the built-in profile chosen by its root element (or
 * against a schema of the user's), and optionally the fixity manifests of folders and the access copies
 * beside TEI documents. Nothing is fetched from the network and no DTD or external entity is ever read.
 *
 * <pre>{@code
 * ValidationReport report = ArchiveValidator.builder().fixity(true).build().validate(Path.of("archive"));
 * report.assertValid();   // in a JUnit test: fails with every finding, one per line
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; its schema is compiled once, when it is built (the
 * built-in profiles once per process). Files are checked in parallel by a small fixed number of threads,
 * each with its own parser and validator, with a bounded number of files in flight.
 */
public final class ArchiveValidator {

    /** The default of {@link Builder#include}: XML files. */
    public static final String DEFAULT_INCLUDE = "*.xml";

    private final Schema schema;
    private final boolean fixity;
    private final boolean derivatives;
    private final List<PathMatcher> matchers;
    private final Set<Path> exempt;
    private final int threads;

    private ArchiveValidator(Builder b, Schema schema) {
        this.schema = schema;
        this.fixity = b.fixity;
        this.derivatives = b.derivatives;
        this.matchers = b.include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                .collect(Collectors.toUnmodifiableList());
        this.exempt = Set.copyOf(b.exempt);
        this.threads = b.threads;
    }

    /** Returns a validator with the default settings: built-in profiles, XML files, no fixity or derivatives. */
    public static ArchiveValidator create() {
        return new ArchiveValidator(new Builder(), null);
    }

    /** Returns a builder for a validator with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks files and folders. A file given is checked as XML whatever its name; a folder is searched
     * recursively for files matching the {@link Builder#include include} globs, and (with
     * {@link Builder#fixity fixity}) for fixity manifests. An input that does not exist gives a result
     * with an {@link Finding#UNREADABLE} finding.
     *
     * @param inputs files and folders
     * @return the report, one result per file in a stable order
     */
    public ValidationReport validate(Path... inputs) {
        return validate(Arrays.asList(inputs));
    }

    /** Checks files and folders; see {@link #validate(Path...)}. */
    public ValidationReport validate(List<Path> inputs) {
        List<Item> items = new ArrayList<>();
        List<FileResult> early = new ArrayList<>();
        List<Integer> earlyAt = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path input : inputs) {
            Objects.requireNonNull(input, "input");
            collect(input, items, seen, early, earlyAt);
        }
        List<List<FileResult>> results = run(items);
        List<FileResult> all = new ArrayList<>();
        int e = 0;
        for (int i = 0; i <= items.size(); i++) {
            while (e < earlyAt.size() && earlyAt.get(e) == i) {
                all.add(early.get(e++));
            }
            if (i < items.size()) {
                all.addAll(results.get(i));
            }
        }
        return new ValidationReport(all);
    }

    /** One file to check: an XML document or a manifest. */
    private record Item(Path path, String name, boolean manifest, String folderName) {
    }

    private void collect(Path input, List<Item> items, Set<Path> seen, List<FileResult> early, List<Integer> earlyAt) {
        String given = input.toString();
        if (Files.isRegularFile(input)) {
            if (seen.add(input.toAbsolutePath().normalize())) {
                items.add(new Item(input, given, false, null));
            }
            return;
        }
        if (!Files.isDirectory(input)) {
            early.add(new FileResult(given, "none", List.of(new Finding(given, -1, -1, Severity.ERROR,
                    Finding.UNREADABLE, Files.exists(input) ? "not a file or folder that can be read"
                            : "no such file or folder"))));
            earlyAt.add(items.size());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException | UncheckedIOException ex) {
            early.add(new FileResult(given, "none", List.of(new Finding(given, -1, -1, Severity.ERROR,
                    Finding.UNREADABLE, "the folder cannot be read: " + ex.getClass().getSimpleName()))));
            earlyAt.add(items.size());
            return;
        }
        for (Path f : files) {
            Path absolute = f.toAbsolutePath().normalize();
            if (exempt.contains(absolute)) {
                continue;
            }
            Path relative = input.relativize(f);
            String name = f.toString();
            if (fixity && f.getFileName().toString().equals(FixityCheck.MANIFEST)) {
                Path parent = f.getParent();
                items.add(new Item(f, name, true, parent == null ? "." : parent.toString()));
            } else if (included(relative) && seen.add(absolute)) {
                items.add(new Item(f, name, false, null));
            }
        }
    }

    private boolean included(Path relative) {
        Path fileName = relative.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(fileName) || m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private List<List<FileResult>> run(List<Item> items) {
        ThreadLocal<DocumentCheck> checks = ThreadLocal.withInitial(() -> new DocumentCheck(schema, "schema"));
        List<List<FileResult>> results = new ArrayList<>(items.size());
        if (items.size() <= 1 || threads == 1) {
            for (Item item : items) {
                results.add(check(item, checks.get()));
            }
            return results;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "pressmark-validate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // at most two files per thread in flight, so memory stays bounded however many files there are
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<List<FileResult>>> futures = new ArrayList<>(items.size());
        try {
            for (Item item : items) {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        return check(item, checks.get());
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<List<FileResult>> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private List<FileResult> check(Item item, DocumentCheck documents) {
        if (item.manifest()) {
            return List.of(FixityCheck.verify(item.path(), item.name(), item.folderName(), exempt));
        }
        DocumentCheck.Outcome outcome = documents.check(item.path(), item.name());
        FileResult result = new FileResult(item.name(), outcome.profile() == null ? "none" : outcome.profile(),
                outcome.findings());
        if (!derivatives || !item.name().endsWith(DerivativeCheck.TEI_SUFFIX)
                || outcome.findings().stream().anyMatch(f -> !f.code().equals(Finding.SCHEMA_VIOLATION))) {
            return List.of(result);
        }
        List<FileResult> all = new ArrayList<>();
        all.add(result);
        all.addAll(DerivativeCheck.check(item.path(), item.name()));
        return all;
    }

    /**
     * Settings of an {@link ArchiveValidator}.
     *
     * <ul>
     *   <li>{@link #schema(Path)}: validate every XML file against this schema instead of the built-in
     *       profile chosen by its root element; {@link #catalog(Path)} maps its imports to local files.</li>
     *   <li>{@link #fixity(boolean)}: verify {@code manifest-sha256.txt} in the folders searched.</li>
     *   <li>{@link #derivatives(boolean)}: compare {@code NAME.html} and {@code NAME.txt} beside
     *       {@code NAME.tei.xml} with what the TEI document renders to today.</li>
     *   <li>{@link #include(List)}: which files of a folder are checked as XML (default {@code *.xml}).</li>
     *   <li>{@link #exempt(Path)}: files to leave alone, such as the report being written.</li>
     *   <li>{@link #threads(int)}: how many files are checked at once (default: up to 4).</li>
     * </ul>
     */
    public static final class Builder {
        private Path schema;
        private Path catalog;
        private boolean fixity;
        private boolean derivatives;
        private List<String> include = List.of(DEFAULT_INCLUDE);
        private final Set<Path> exempt = new LinkedHashSet<>();
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        private Builder() {
        }

        /** Validates every XML file against this W3C XML Schema file; null for the built-in profiles. */
        public Builder schema(Path xsd) {
            this.schema = xsd;
            return this;
        }

        /** Resolves the schema's imports and includes through this OASIS XML catalog; null for none. */
        public Builder catalog(Path catalogFile) {
            this.catalog = catalogFile;
            return this;
        }

        /** Sets whether fixity manifests ({@code manifest-sha256.txt}) in the folders are verified. */
        public Builder fixity(boolean verify) {
            this.fixity = verify;
            return this;
        }

        /** Sets whether HTML and text access copies beside TEI documents are compared with a fresh rendering. */
        public Builder derivatives(boolean check) {
            this.derivatives = check;
            return this;
        }

        /**
         * Sets which files of a folder are checked as XML: globs matched against the file's name or its
         * path beneath the folder, such as {@code *.tei.xml} or {@code 2024/**.xml}.
         *
         * @throws IllegalArgumentException if the list is empty or a glob is not valid
         */
        public Builder include(List<String> globs) {
            if (globs.isEmpty()) {
                throw new IllegalArgumentException("at least one glob is needed");
            }
            for (String g : globs) {
                FileSystems.getDefault().getPathMatcher("glob:" + g);
            }
            this.include = List.copyOf(globs);
            return this;
        }

        /** Leaves a file alone: not checked, and not reported as missing from a fixity manifest. */
        public Builder exempt(Path file) {
            exempt.add(file.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Sets how many files are checked at once.
         *
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * Returns the validator, compiling the schema when one was given.
         *
         * @throws SchemaException if the schema or catalog cannot be used: missing, not compiling, with a
         *                         DOCTYPE, or importing a location that is not a local file
         */
        public ArchiveValidator build() throws SchemaException {
            if (catalog != null && schema == null) {
                throw new IllegalArgumentException("a catalog only applies to a schema given with schema(...)");
            }
            Schema compiled = schema == null ? null : UserSchema.compile(schema, catalog);
            return new ArchiveValidator(this, compiled);
        }
    }
}
