package org.pressmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pressmark.Format;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.output.AtomicOutput;
import org.pressmark.output.OutputNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressmark render}: access copies from TEI or NewsML-G2 documents. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Makes the HTML or plain-text access copy of each FILE, a TEI or NewsML-G2 document that follows the "
                + "Pressmark profiles (written in this run or long ago): NAME.tei.xml or NAME.newsml.xml gives "
                + "NAME.html or NAME.txt in the output folder.",
            "TEI is rendered by xslt/tei-to-html.xsl or xslt/tei-to-text.xsl as it is; NewsML-G2 is read back into "
                + "its article and written as TEI first, so both formats share one set of stylesheets."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file rendered",
            "1:some file failed (the others were rendered)",
            "2:usage error, or a file that does not exist or cannot be read"})
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "html|text", required = true,
            description = "The access copy to make: html or text.")
    private String to;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
            description = "Output folder, created when missing (default: the current folder).")
    private Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "TEI or NewsML-G2 documents.")
    private List<Path> files;

    @Override
    public Integer call() {
        Format format = switch (to) {
            case "html" -> Format.HTML;
            case "text", "txt" -> Format.TEXT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to takes html or text, not " + to);
        };
        PrintWriter err = spec.commandLine().getErr();
        Pressmark pressmark = Pressmark.create();
        boolean failed = false;
        boolean unreadable = false;
        for (Path file : files) {
            String name = file.toString();
            byte[] xml;
            try {
                xml = Files.readAllBytes(file);
            } catch (IOException e) {
                err.println("error: " + name + ": " + (Files.exists(file) ? "cannot be read: " + e.getMessage()
                        : "no such file"));
                unreadable = true;
                continue;
            }
            try {
                byte[] copy = pressmark.render(xml, name, format);
                AtomicOutput.writeAll(Map.of(out.resolve(OutputNames.baseName(file) + format.suffix()), copy));
            } catch (ItemException e) {
                err.println("error: " + e.getMessage());
                failed = true;
            } catch (IOException e) {
                err.println("error: " + name + ": cannot write to " + out + ": " + e.getMessage());
                failed = true;
            }
        }
        return unreadable ? Main.USAGE : failed ? Main.ITEM_FAILED : Main.OK;
    }
}
