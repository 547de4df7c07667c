package org.pressmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pressmark.Conversion;
import org.pressmark.Format;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.output.AtomicOutput;
import org.pressmark.output.OutputNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pressmark convert}: converts pages to TEI, NewsML-G2, HTML and text, and between TEI and NewsML-G2. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts each INPUT (a saved HTML page or a plain-text scrape) to the formats of --format in the "
                + "output folder: NAME.tei.xml, NAME.newsml.xml, NAME.html, NAME.txt, where NAME is the input's "
                + "file name without its extension.",
            "An INPUT that is a TEI or NewsML-G2 document written by Pressmark (NAME.tei.xml, NAME.newsml.xml) is "
                + "read back into its article and written in the formats asked for, so TEI becomes NewsML-G2 and "
                + "back without a new extraction.",
            "Each XML document is validated before anything is written; an input that fails leaves no file "
                + "behind, and the other inputs are still converted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input converted",
            "1:some input failed (the others were converted)",
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

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, no summary.")
    private boolean quiet;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Pages to convert.")
    private List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Pressmark pressmark = Pressmark.builder().keepComments(!noComments).build();
        Map<String, Path> usedNames = new HashMap<>();
        int converted = 0;
        int failed = 0;
        boolean unreadable = false;
        for (Path input : inputs) {
            String name = input.toString();
            if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
                stderr.println("error: " + name + ": " + (Files.exists(input)
                        ? "is not a readable file" : "no such file"));
                unreadable = true;
                continue;
            }
            String base = OutputNames.baseName(input);
            Path earlier = usedNames.putIfAbsent(base, input);
            if (earlier != null) {
                stderr.println("error: " + name + ": its outputs would be named " + base
                        + ".* like those of " + earlier + "; convert it into another --out folder");
                failed++;
                continue;
            }
            try {
                Conversion c = pressmark.convert(input, EnumSet.copyOf(formats));
                Map<Path, byte[]> files = new LinkedHashMap<>();
                for (Format f : c.formats()) {
                    files.put(out.resolve(base + f.suffix()), c.expect(f));
                }
                AtomicOutput.writeAll(files);
                converted++;
            } catch (ItemException e) {
                stderr.println("error: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                stderr.println("error: " + name + ": cannot write the outputs to " + out + ": " + e.getMessage());
                failed++;
            }
        }
        if (!quiet) {
            stdout.printf("converted %d of %d input%s%s into %s%n", converted, inputs.size(),
                    inputs.size() == 1 ? "" : "s", failed + (unreadable ? 1 : 0) > 0 ? "; see the errors above" : "",
                    out);
        }
        if (unreadable) {
            return Main.USAGE;
        }
        return failed > 0 ? Main.ITEM_FAILED : Main.OK;
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
