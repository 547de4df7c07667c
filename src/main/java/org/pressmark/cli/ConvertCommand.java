package org.pressmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pressmark.Conversion;
import org.pressmark.Format;
import org.pressmark.Pressmark;
import org.pressmark.batch.Batch;
import org.pressmark.batch.BatchResult;
import org.pressmark.batch.ItemResult;
import org.pressmark.batch.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressmark convert}: converts pages, folders and WARC files; a thin caller of {@link Batch}. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts each INPUT to the formats of --format in the output folder: NAME.tei.xml, NAME.newsml.xml, "
                + "NAME.html, NAME.txt.",
            "An INPUT may be a saved HTML page or a plain-text scrape (NAME is its file name without the "
                + "extension), a folder (searched recursively; the outputs mirror its tree), or a WARC file "
                + "(.warc, .warc.gz; every HTML response record is converted, into a folder named after the WARC "
                + "file, by host and path with a short hash). A TEI or NewsML-G2 document written by Pressmark is "
                + "read back into its article and written in the formats asked for.",
            "Each XML document is validated before anything is written; an item that fails leaves no file "
                + "behind and the others are still converted. The output folder keeps a journal, so running the "
                + "same command again skips what is complete and finishes the rest; it also receives "
                + "manifest-sha256.txt (every output with its SHA-256; sha256sum -c reads it), report.csv and "
                + "report.json (one row per item)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every item converted (or already complete)",
            "1:some item failed (the others were converted)",
            "2:usage error, or an input that does not exist or cannot be read"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
            description = "Output folder, created when missing (default: the current folder).")
    private Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "LIST", split = ",", defaultValue = "tei,html,txt",
            converter = FormatConverter.class,
            description = "Comma-separated formats to write: tei, newsml, html, txt (default: ${DEFAULT-VALUE}).")
    private List<Format> formats;

    @Option(names = "--no-comments", description = "Leave reader comments out of the documents.")
    private boolean noComments;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Items converted at once (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit of one item; an item that overruns fails alone (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files to take from input folders (repeatable; default: *.html *.htm *.xhtml *.txt "
                    + "*.warc *.warc.gz). A glob without / matches the file name.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files to leave out of input folders (repeatable).")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE",
            description = "Also convert the inputs listed in FILE, one path per line (- for standard input).")
    private String list;

    @Option(names = "--force", description = "Convert everything again, even what the journal says is complete.")
    private boolean force;

    @Option(names = "--sync", description = "Force every output file to disk before its item counts as done: "
            + "slower; without it a run after a machine crash finds lost files by their checksums and redoes them.")
    private boolean sync;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress, no summary.")
    private boolean quiet;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Pages, folders and WARC files to convert.")
    private List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> all = new ArrayList<>(inputs);
        if (list != null) {
            all.addAll(readList(list));
        }
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no INPUT given (give paths or --list FILE)");
        }
        if (threads < 1 || timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --timeout must be at least 1");
        }
        Pressmark pressmark = Pressmark.builder().keepComments(!noComments).build();
        Set<Format> wanted = EnumSet.copyOf(formats);
        // the schemas and stylesheets compile side by side while the batch starts reading; a failure here
        // is a broken installation, which the first conversion reports as its error
        Thread prepare = new Thread(() -> {
            try {
                pressmark.prepare(wanted);
            } catch (RuntimeException e) {
                // reported by the conversions
            }
        }, "pressmark-prepare");
        prepare.setDaemon(true);
        prepare.start();
        Batch.Converter converter = source -> {
            Conversion c = pressmark.convert(source, wanted);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Format f : c.formats()) {
                files.put(f.suffix(), c.expect(f));
            }
            return files;
        };
        Progress.Mode mode = quiet ? Progress.Mode.NONE
                : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES;
        BatchResult r = Batch.builder(out, converter)
                .threads(threads)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .force(force)
                .sync(sync)
                .include(includes)
                .exclude(excludes)
                .progress(mode, stderr)
                .build()
                .run(all);

        for (String missing : r.unreadableInputs()) {
            stderr.println("error: " + missing + ": " + (Files.exists(Path.of(missing))
                    ? "is not readable" : "no such file or folder"));
        }
        for (ItemResult item : r.items()) {
            if (item.status() == ItemResult.Status.FAILED) {
                stderr.println("error: " + item.error());
            }
        }
        if (!quiet) {
            long converted = r.count(ItemResult.Status.CONVERTED);
            long skipped = r.count(ItemResult.Status.SKIPPED);
            long failed = r.count(ItemResult.Status.FAILED);
            stdout.printf("converted %d, already complete %d, failed %d of %d item%s in %.1f s; reports in %s%n",
                    converted, skipped, failed, r.items().size(), r.items().size() == 1 ? "" : "s", r.seconds(), out);
            if (!r.skippedRecords().isEmpty()) {
                stdout.println("WARC records not converted: " + r.skippedRecords().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
            }
        }
        if (!r.unreadableInputs().isEmpty()) {
            return Main.USAGE;
        }
        return r.count(ItemResult.Status.FAILED) > 0 ? Main.ITEM_FAILED : Main.OK;
    }

    private List<Path> readList(String file) throws IOException {
        List<String> lines = file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        List<Path> paths = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                paths.add(Path.of(line.strip()));
            }
        }
        return paths;
    }

    /** Turns one name of the --format list into a format; an unknown name is a usage error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
