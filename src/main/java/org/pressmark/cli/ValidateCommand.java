package org.pressmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pressmark.output.AtomicOutput;
import org.pressmark.validate.ArchiveValidator;
import org.pressmark.validate.FileResult;
import org.pressmark.validate.Finding;
import org.pressmark.validate.SchemaException;
import org.pressmark.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressmark validate}: a schema and fixity gate for archived files, built for CI pipelines. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates each XML file in PATH (files, and folders searched recursively) against the built-in "
                + "profile chosen by its root element (TEI; NewsML-G2 newsItem), or against --schema.",
            "No DTD, external entity or network location is ever read. Prints one line per finding, "
                + "path:line:column: error: message [CODE], then a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file passed",
            "1:some file is invalid, changed or stale (see the findings)",
            "2:usage error, or an input, schema or catalog that cannot be read or used"})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Which files of a folder to validate, by name or path beneath the folder "
                    + "(repeatable; default: " + ArchiveValidator.DEFAULT_INCLUDE + ").")
    private List<String> include;

    @Option(names = "--schema", paramLabel = "FILE.xsd",
            description = "Validate against this W3C XML Schema instead of the built-in profiles; its imports "
                    + "and includes are read from local files only.")
    private Path schema;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "An OASIS XML catalog mapping the schema's imports to local files.")
    private Path catalog;

    @Option(names = "--fixity",
            description = "Verify manifest-sha256.txt in each folder: listed files exist and match, "
                    + "and every other file is listed.")
    private boolean fixity;

    @Option(names = "--derivatives",
            description = "Check NAME.html and NAME.txt beside NAME.tei.xml against what the TEI renders to today.")
    private boolean derivatives;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
    private Path report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON object with every file and finding.")
    private Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Files validated at once (default: up to 4).")
    private Integer threads;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to validate.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (catalog != null && schema == null) {
            err.println("error: --catalog applies to the imports of a --schema; give one");
            return Main.USAGE;
        }
        ArchiveValidator.Builder builder = ArchiveValidator.builder().schema(schema).catalog(catalog)
                .fixity(fixity).derivatives(derivatives);
        try {
            if (include != null && !include.isEmpty()) {
                builder.include(include);
            }
            if (threads != null) {
                builder.threads(threads);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        if (report != null) {
            builder.exempt(report);
        }
        ArchiveValidator validator;
        try {
            validator = builder.build();
        } catch (SchemaException e) {
            for (Finding f : e.findings()) {
                err.println(f.toCompilerStyle());
            }
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }

        ValidationReport result = validator.validate(paths);
        if (format == Format.json) {
            out.println(result.toJson());
        } else {
            for (FileResult file : result.files()) {
                for (Finding f : file.findings()) {
                    out.println(f.toCompilerStyle());
                }
            }
            out.println(result.summary());
        }
        if (report != null) {
            try {
                AtomicOutput.writeAll(Map.of(report, result.toJUnitXml()));
            } catch (IOException e) {
                err.println("error: cannot write the report " + report + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        out.flush();
        if (result.unreadable()) {
            return Main.USAGE;
        }
        return result.valid() ? Main.OK : Main.ITEM_FAILED;
    }
}
