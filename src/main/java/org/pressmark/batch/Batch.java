package org.pressmark.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.pressmark.ItemException;
import org.pressmark.output.AtomicOutput;
import org.pressmark.source.Intake;
import org.pressmark.source.Source;

/**
 * Converts many items — files, folders, WARC files — into an output folder, in parallel, with bounded
 * memory and a time limit per item. A journal in the output folder makes a run that was stopped (even
 * killed) resumable: items complete with the same source checksum are skipped, the others converted.
 * At the end the folder holds {@code manifest-sha256.txt}, {@code report.csv} and {@code report.json}.
 *
 * <pre>{@code
 * Pressmark pm = Pressmark.create();
 * BatchResult r = Batch.builder(Path.of("out"), source -> Map.of(".tei.xml", pm.toTei(pm.extract(source))))
 *         .threads(4).build().run(List.of(Path.of("crawl.warc.gz")));
 * }</pre>
 */
public final class Batch {

    /** The journal a batch keeps in its output folder, which makes a run resumable. */
    public static final String JOURNAL_FILE = Journal.FILE_NAME;

    /**
     * The files a batch writes about its run at the top of its output folder besides its outputs: the
     * journal and the reports. They are listed in no manifest: they record the run rather than belong
     * to the archive, and the reports' timings change from run to run.
     */
    public static final List<String> RECORD_FILES = List.of(Journal.FILE_NAME, Reports.CSV, Reports.JSON);

    /** Converts one source into output files, keyed by suffix such as {@code .tei.xml}. Thread-safe. */
    @FunctionalInterface
    public interface Converter {
        /**
         * Converts a source.
         *
         * @return the outputs by suffix, in the order they should be written
         * @throws ItemException if the item cannot be converted
         */
        Map<String, byte[]> convert(Source source) throws ItemException;
    }

    /** The folder, under the output folder, where files are written before they are renamed into place. */
    static final String STAGING = ".pressmark-staging";
    static final List<String> DEFAULT_INCLUDES = List.of("*.html", "*.htm", "*.xhtml", "*.txt", "*.warc", "*.warc.gz");

    private final Path out;
    private final Converter converter;
    private final int threads;
    private final Duration timeout;
    private final boolean force;
    private final boolean sync;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Progress.Mode progressMode;
    private final PrintWriter progressOut;
    private final Intake intake = new Intake();

    private Batch(Builder b) {
        this.out = b.out.toAbsolutePath().normalize();
        this.converter = b.converter;
        this.threads = b.threads;
        this.timeout = b.timeout;
        this.force = b.force;
        this.sync = b.sync;
        this.includes = matchers(b.includes.isEmpty() ? DEFAULT_INCLUDES : b.includes);
        this.excludes = matchers(b.excludes);
        this.progressMode = b.progressMode;
        this.progressOut = b.progressOut;
    }

    /** Returns a builder for a batch writing into {@code out} with the given converter. */
    public static Builder builder(Path out, Converter converter) {
        return new Builder(out, converter);
    }

    /**
     * Runs the batch over the inputs: files (each converted to the output folder's top level), folders
     * (searched recursively; outputs mirror the tree) and WARC files ({@code .warc}, {@code .warc.gz};
     * outputs in a folder named after the WARC file, by host and path).
     *
     * @return what became of every item
     * @throws IOException if the output folder or its journal and reports cannot be written
     */
    public BatchResult run(List<Path> inputs) throws IOException {
        long startNanos = System.nanoTime();
        Files.createDirectories(out);
        Path staging = out.resolve(STAGING);
        clearStaging(staging);
        List<String> unreadable = new ArrayList<>();
        long totalBytes = 0;
        // each folder is walked once: its files give the total for the progress and then the items
        Map<Path, List<Path>> folderFiles = new HashMap<>();
        for (Path p : inputs) {
            if (!Files.exists(p) || !Files.isReadable(p)) {
                unreadable.add(p.toString());
            } else if (Files.isDirectory(p)) {
                try {
                    List<Path> files = selectedFiles(p);
                    folderFiles.put(p, files);
                    for (Path f : files) {
                        totalBytes += sizeOf(f);
                    }
                } catch (IOException | RuntimeException e) {
                    // walked again when its turn comes, which reports what is wrong
                }
            } else {
                totalBytes += sizeOf(p);
            }
        }
        Progress progress = new Progress(progressMode, progressOut, totalBytes);
        Map<Long, ItemResult> results = new TreeMap<>();
        Map<String, Integer> skippedRecords = new TreeMap<>();
        try (Journal journal = Journal.open(out, force, sync)) {
            // at most 2 items per thread wait in memory besides those being converted
            int itemsInFlight = threads * 3;
            Semaphore inFlight = new Semaphore(itemsInFlight);
            Workers workers = new Workers(threads, timeout);
            Producer producer = new Producer(journal, staging, workers, inFlight, results, skippedRecords, progress,
                    folderFiles);
            try {
                for (Path input : inputs) {
                    if (unreadable.contains(input.toString())) {
                        continue;
                    }
                    producer.input(input);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                // every item has its result once all permits are back; a conversion abandoned for
                // overrunning the time limit is not waited for
                try {
                    inFlight.acquire(itemsInFlight);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                workers.close();
            }
            progress.finish();
            List<ItemResult> rows = new ArrayList<>(results.values());
            Reports.write(out, staging, rows, journal);
            return new BatchResult(rows, skippedRecords, unreadable, (System.nanoTime() - startNanos) / 1e9);
        } finally {
            clearStaging(staging);
            Files.deleteIfExists(staging);
        }
    }

    /** Walks the inputs in order, hands items to the workers and keeps the results in input order. */
    private final class Producer {
        private final Journal journal;
        private final Path staging;
        private final Workers workers;
        private final Semaphore inFlight;
        private final Map<Long, ItemResult> results;
        private final Map<String, Integer> skippedRecords;
        private final Progress progress;
        /** The files of the input folders, as the batch selected them when it began. */
        private final Map<Path, List<Path>> folderFiles;
        private final Map<String, String> usedBases = new HashMap<>();
        private long sequence;

        Producer(Journal journal, Path staging, Workers workers, Semaphore inFlight, Map<Long, ItemResult> results,
                 Map<String, Integer> skippedRecords, Progress progress, Map<Path, List<Path>> folderFiles) {
            this.journal = journal;
            this.staging = staging;
            this.workers = workers;
            this.inFlight = inFlight;
            this.results = results;
            this.skippedRecords = skippedRecords;
            this.progress = progress;
            this.folderFiles = folderFiles;
        }

        void input(Path input) throws InterruptedException, IOException {
            String source = input.toString();
            if (Files.isDirectory(input)) {
                Path root = input.toAbsolutePath().normalize();
                List<Path> files = folderFiles.get(input);
                for (Path f : files != null ? files : selectedFiles(input)) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    String shown = input.resolve(rel).toString();
                    if (isWarc(f)) {
                        warc(f, shown, parentOf(SafeNames.forRelativeFile(rel)) + warcFolder(f));
                    } else {
                        file(f, shown, SafeNames.forRelativeFile(rel));
                    }
                }
            } else if (isWarc(input)) {
                warc(input, source, warcFolder(input));
            } else {
                file(input, source, SafeNames.forRelativeFile(input.getFileName().toString()));
            }
        }

        private void file(Path f, String shown, String base) throws InterruptedException {
            submit(shown, new Item(shown, shown, shown, base, () -> Files.readAllBytes(f), null, null, sizeOf(f)));
        }

        private void warc(Path warc, String shown, String folder) throws InterruptedException {
            WarcItems.read(warc, shown, folder, new WarcItems.Sink() {
                @Override
                public void item(Item item) throws InterruptedException {
                    submit(shown, item);
                }

                @Override
                public void problem(String id, String name, String message) {
                    record(new ItemResult(shown, id, ItemResult.Status.FAILED, name + ": " + message, List.of(),
                            null, 0));
                    progress.done(false, 0);
                }

                @Override
                public void skipped(String kind) {
                    synchronized (results) {
                        skippedRecords.merge(kind, 1, Integer::sum);
                    }
                }

                @Override
                public void read(long bytes) {
                    progress.read(bytes);
                }
            });
        }

        private void record(ItemResult r) {
            synchronized (results) {
                results.put(sequence++, r);
            }
        }

        private void submit(String source, Item item) throws InterruptedException {
            long seq;
            synchronized (results) {
                seq = sequence++;
            }
            String earlier = usedBases.putIfAbsent(item.outputBase().toLowerCase(Locale.ROOT), item.id());
            if (earlier != null) {
                put(seq, new ItemResult(source, item.id(), ItemResult.Status.FAILED, item.name()
                        + ": its outputs would be named " + item.outputBase() + ".* like those of " + earlier
                        + "; convert it into another output folder", List.of(), null, 0));
                progress.done(false, item.inputBytes());
                return;
            }
            inFlight.acquire();
            workers.execute(() -> {
                ItemResult r = null;
                boolean abandoned = false;
                try {
                    r = process(source, item, seq);
                    abandoned = r == null;
                } catch (RuntimeException | Error e) {
                    r = new ItemResult(source, item.id(), ItemResult.Status.FAILED,
                            item.name() + ": failed unexpectedly: " + e, List.of(), null, 0);
                    progress.done(false, item.inputBytes());
                } finally {
                    // every item ends with a result, or the end of the batch would wait for it forever
                    if (!abandoned) {
                        finish(seq, r != null ? r : new ItemResult(source, item.id(), ItemResult.Status.FAILED,
                                item.name() + ": failed unexpectedly", List.of(), null, 0));
                    }
                }
            });
        }

        /** Records an item's result and lets another item in. Called exactly once per item submitted. */
        private void finish(long seq, ItemResult r) {
            try {
                put(seq, r);
            } finally {
                inFlight.release();
            }
        }

        private void put(long seq, ItemResult r) {
            synchronized (results) {
                results.put(seq, r);
            }
        }

        /**
         * Reads, converts and writes an item on this thread. Returns its result, or null when its
         * conversion overran the time limit, whose failure the watchdog recorded.
         */
        private ItemResult process(String source, Item item, long seq) {
            long start = System.nanoTime();
            byte[] bytes;
            try {
                bytes = item.loader().load();
            } catch (IOException e) {
                progress.done(false, item.inputBytes());
                return new ItemResult(source, item.id(), ItemResult.Status.FAILED,
                        item.name() + ": cannot be read: " + e.getMessage(), List.of(), null, 0);
            }
            String sha = Intake.sha256(bytes);
            Journal.Entry done = journal.find(item.id());
            if (done != null && done.sourceSha256().equals(sha) && outputsIntact(done)) {
                progress.done(true, item.inputBytes());
                return new ItemResult(source, item.id(), ItemResult.Status.SKIPPED, null,
                        List.copyOf(done.outputs().keySet()), sha, millis(start));
            }
            try {
                Map<String, byte[]> outputs = workers.within(() -> convert(item, bytes, sha), () -> {
                    finish(seq, new ItemResult(source, item.id(), ItemResult.Status.FAILED, item.name()
                            + ": took longer than the time limit of " + timeout.toSeconds() + " s and was abandoned",
                            List.of(), sha, millis(start)));
                    progress.done(false, item.inputBytes());
                });
                if (outputs == null) {
                    return null;
                }
                Map<Path, byte[]> files = new LinkedHashMap<>();
                Map<String, String> hashes = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> o : outputs.entrySet()) {
                    String rel = item.outputBase() + o.getKey();
                    files.put(out.resolve(rel), o.getValue());
                    hashes.put(rel, Intake.sha256(o.getValue()));
                }
                AtomicOutput.writeAll(files, staging, sync);
                journal.completed(new Journal.Entry(item.id(), sha, hashes));
                progress.done(true, item.inputBytes());
                return new ItemResult(source, item.id(), ItemResult.Status.CONVERTED, null,
                        List.copyOf(hashes.keySet()), sha, millis(start));
            } catch (ItemException e) {
                progress.done(false, item.inputBytes());
                return new ItemResult(source, item.id(), ItemResult.Status.FAILED, e.getMessage(), List.of(), sha,
                        millis(start));
            } catch (IOException e) {
                progress.done(false, item.inputBytes());
                return new ItemResult(source, item.id(), ItemResult.Status.FAILED,
                        item.name() + ": cannot write the outputs: " + e.getMessage(), List.of(), sha, millis(start));
            }
        }

        private Map<String, byte[]> convert(Item item, byte[] bytes, String sha) throws ItemException {
            try {
                Source s = intake.of(item.name(), item.path(), bytes, sha, item.declaredType(), item.capture());
                return converter.convert(s);
            } catch (RuntimeException | StackOverflowError e) {
                throw new ItemException(item.name(), "failed unexpectedly: " + e, e);
            }
        }
    }

    /**
     * Whether every output the journal recorded for an item is in place with the checksum recorded, so
     * that a file lost or cut short by a crash (outputs are not forced to disk one by one unless
     * {@link Builder#sync(boolean)} asks for it) makes the item convert again.
     */
    private boolean outputsIntact(Journal.Entry e) {
        for (Map.Entry<String, String> o : e.outputs().entrySet()) {
            Path file = out.resolve(o.getKey());
            try {
                if (!Files.isRegularFile(file) || !Intake.sha256(Files.readAllBytes(file)).equals(o.getValue())) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
    }

    /**
     * The files of an input folder that the batch converts, in order: those the include and exclude
     * patterns select, outside the output folder.
     */
    private List<Path> selectedFiles(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(out))
                    .filter(p -> selected(root.relativize(p)))
                    .sorted().toList();
        }
    }

    private boolean selected(Path relative) {
        return matches(includes, relative) && !matches(excludes, relative);
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        Path name = relative.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || (name != null && m.matches(name))) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> list = new ArrayList<>();
        for (String g : globs) {
            list.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return list;
    }

    static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    private static String warcFolder(Path warc) {
        String n = warc.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        n = n.substring(0, n.length() - (lower.endsWith(".warc.gz") ? 8 : 5));
        return SafeNames.segment(n);
    }

    private static String parentOf(String base) {
        int slash = base.lastIndexOf('/');
        return slash < 0 ? "" : base.substring(0, slash + 1);
    }

    /** The size of a file, or 0 when it cannot be read; its item then says why. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void clearStaging(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> s = Files.list(staging)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Settings of a {@link Batch}. */
    public static final class Builder {
        private final Path out;
        private final Converter converter;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeout = Duration.ofSeconds(120);
        private boolean force;
        private boolean sync;
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private Progress.Mode progressMode = Progress.Mode.NONE;
        private PrintWriter progressOut = new PrintWriter(java.io.OutputStream.nullOutputStream());

        private Builder(Path out, Converter converter) {
            this.out = Objects.requireNonNull(out, "out");
            this.converter = Objects.requireNonNull(converter, "converter");
        }

        /** Sets how many items are converted at once (default: the number of cores). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            }
            threads = n;
            return this;
        }

        /** Sets the time limit of one item (default 120 s); an item that overruns fails alone. */
        public Builder timeout(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the time limit must be positive: " + limit);
            }
            timeout = limit;
            return this;
        }

        /** Converts every item again, ignoring what the journal says is complete. */
        public Builder force(boolean f) {
            force = f;
            return this;
        }

        /**
         * Forces every output file and journal line to disk before the item counts as done (default: off).
         * Without it, files are still written atomically and survive the process being killed; a machine
         * crash may lose the last items written, and a run started again finds them by their checksums
         * and converts them again. Forcing costs a disk flush per file, which on many disks is slower
         * than the conversion itself.
         */
        public Builder sync(boolean s) {
            sync = s;
            return this;
        }

        /**
         * Sets the globs that select files inside input folders (default: {@code *.html *.htm *.xhtml
         * *.txt *.warc *.warc.gz}); a glob without {@code /} matches the file name, one with {@code /}
         * the path relative to the input folder.
         */
        public Builder include(List<String> globs) {
            includes = List.copyOf(globs);
            return this;
        }

        /** Sets the globs that leave files inside input folders out. */
        public Builder exclude(List<String> globs) {
            excludes = List.copyOf(globs);
            return this;
        }

        /** Sets how progress is shown, and where. */
        public Builder progress(Progress.Mode mode, PrintWriter to) {
            progressMode = Objects.requireNonNull(mode, "mode");
            progressOut = Objects.requireNonNull(to, "to");
            return this;
        }

        /** Returns the batch. */
        public Batch build() {
            return new Batch(this);
        }
    }
}
