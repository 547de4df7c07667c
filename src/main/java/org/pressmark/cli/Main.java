package org.pressmark.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.pressmark.Pressmark;
import org.pressmark.source.Sha256;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pressmark}: the command-line tool. Each subcommand parses its options and calls the library.
 */
@Command(name = "pressmark",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns scraped blog and news pages into preservation-grade TEI P5, with HTML and "
                + "plain-text access copies.",
        subcommands = {ConvertCommand.class, ExtractCommand.class, ValidateCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:some input failed or was invalid (the others were still done)",
            "2:usage error, or an input that cannot be read"})
public final class Main implements Runnable {

    /** Exit code: every item succeeded. */
    public static final int OK = 0;
    /** Exit code: some item failed; the others were done. */
    public static final int ITEM_FAILED = 1;
    /** Exit code: usage error or unreadable input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the tool and exits with its exit code. */
    public static void main(String[] args) {
        // the bundled SLF4J provider prints warnings and errors only, to standard error
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the tool without exiting.
     *
     * @param out  where results and summaries go
     * @param err  where errors go
     * @param args the command-line arguments
     * @return the exit code: 0, 1 or 2
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // the launcher runs the quick JIT alone, under which the JDK's SHA-256 is ten times slower than NSS's
        Sha256.useNss();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex);
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, extract, validate or render");
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Pressmark " + Pressmark.version(), "SHA-256 by " + Sha256.implementation()};
        }
    }
}
