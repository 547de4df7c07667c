package org.pressmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pressmark.ItemException;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.model.Metadata;
import org.pressmark.output.ArticleJson;
import org.pressmark.output.BodyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressmark extract}: prints the article found in each input. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the article found in each INPUT: its metadata and its main text, without writing files.",
            "With --jsonl, one JSON object per input and line: source, title, authors, published, modified, "
                + "site, language, direction, url, description, tags, text and sources (where each metadata "
                + "value was found); an input that fails gives {\"source\": ..., \"error\": ...}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:an article was found in every input",
            "1:some input failed (the others were printed)",
            "2:usage error, or an input that does not exist or cannot be read"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jsonl", description = "Print JSON Lines instead of readable text.")
    private boolean jsonl;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Pages to read.")
    private List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pressmark pressmark = Pressmark.create();
        boolean failed = false;
        boolean unreadable = false;
        for (Path input : inputs) {
            String name = input.toString();
            if (!Files.isRegularFile(input)) {
                report(out, err, name, Files.exists(input) ? "is not a readable file" : "no such file", name);
                unreadable = true;
                continue;
            }
            try {
                Article article = pressmark.extract(input);
                if (jsonl) {
                    out.println(ArticleJson.of(name, article));
                } else {
                    printReadable(out, name, article);
                }
            } catch (ItemException e) {
                report(out, err, name, e.problem(), e.item());
                failed = true;
            }
        }
        out.flush();
        return unreadable ? Main.USAGE : failed ? Main.ITEM_FAILED : Main.OK;
    }

    private void report(PrintWriter out, PrintWriter err, String source, String problem, String item) {
        err.println("error: " + item + ": " + problem);
        if (jsonl) {
            out.println(ArticleJson.error(source, problem));
        }
    }

    private static void printReadable(PrintWriter out, String name, Article a) {
        Metadata m = a.metadata();
        out.println("== " + name);
        line(out, "Title", m.title());
        line(out, "Authors", m.authors().isEmpty() ? null : String.join("; ", m.authors()));
        line(out, "Published", m.published() == null ? null : m.published().iso());
        line(out, "Modified", m.modified() == null ? null : m.modified().iso());
        line(out, "Site", m.site());
        line(out, "Language", m.language());
        line(out, "URL", m.url());
        line(out, "Tags", m.tags().isEmpty() ? null : String.join(", ", m.tags()));
        out.println();
        out.println(BodyText.of(a.body()));
        out.println();
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println(label + ": " + value);
        }
    }
}
