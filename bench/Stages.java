import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pressmark.Pressmark;
import org.pressmark.model.Article;
import org.pressmark.render.Renderer;
import org.pressmark.source.Source;

/**
 * Where the time of the full pipeline goes, single-threaded: CPU milliseconds per page for each stage
 * (intake, extraction, TEI with its validation, NewsML-G2 with its validation, parsing the TEI for
 * the stylesheets, HTML, text), after a
 * warm-up, over the pages of one or more folders. The thread's CPU time is counted rather than the wall
 * clock, so that the breakdown holds on a machine busy with other work. ({@code convert} validates the
 * TEI and builds the stylesheets' tree in one parse; here they are timed apart, as tei and parse.)
 * With {@code --slowest N} it also lists, for each stage, the N pages that took longest in it (mean CPU time of
 * a conversion): a page that costs far more than its size explains shows a step that grows faster than its
 * input (it found a regular expression in the text stylesheet that took 30 ms on one page).
 * Run: java -cp target/pressmark-VERSION-cli.jar bench/Stages.java [--slowest N] SECONDS FOLDER...
 */
public class Stages {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final String[] NAMES = {"intake", "extract", "tei", "newsml", "parse", "html", "text"};

    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>(List.of(argv));
        int slowest = 0;
        int at = args.indexOf("--slowest");
        if (at >= 0) {
            slowest = Integer.parseInt(args.get(at + 1));
            args.subList(at, at + 2).clear();
        }
        double seconds = Double.parseDouble(args.get(0));
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String folder : args.subList(1, args.size())) {
            Path root = Path.of(folder);
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    pages.add(Files.readAllBytes(p));
                    names.add(root.relativize(p).toString()); // several corpora name every page source.html
                }
            }
        }
        Pressmark pm = Pressmark.create();
        long[] warm = new long[NAMES.length];
        for (int i = 0; i < pages.size() * 2; i++) {
            once(pm, names.get(i % pages.size()), pages.get(i % pages.size()), warm);
        }
        long[] nanos = new long[NAMES.length];
        long[][] byPage = new long[pages.size()][NAMES.length];
        int[] runs = new int[pages.size()];
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            int i = (int) (count % pages.size());
            long[] page = new long[NAMES.length];
            if (once(pm, names.get(i), pages.get(i), page)) {
                runs[i]++;
                for (int s = 0; s < NAMES.length; s++) {
                    nanos[s] += page[s];
                    byPage[i][s] += page[s];
                }
            }
            count++;
        }
        double total = 0;
        System.out.printf("pages %d, %d conversions%n", pages.size(), count);
        for (int s = 0; s < NAMES.length; s++) {
            double ms = nanos[s] / 1e6 / count;
            total += ms;
            System.out.printf("%-8s %6.2f ms/page%n", NAMES[s], ms);
        }
        System.out.printf("%-8s %6.2f ms/page = %.0f pages/s on one thread's CPU%n", "total", total, 1000 / total);
        for (int s = 0; s < NAMES.length && slowest > 0; s++) {
            final int stage = s;
            System.out.printf("-- slowest in %s%n", NAMES[s]);
            java.util.stream.IntStream.range(0, pages.size()).filter(i -> runs[i] > 0).boxed()
                    .sorted((x, y) -> Double.compare(mean(byPage[y][stage], runs[y]), mean(byPage[x][stage], runs[x])))
                    .limit(slowest)
                    .forEach(i -> System.out.printf("%8.2f ms  %6d KB  %s%n", mean(byPage[i][stage], runs[i]),
                            pages.get(i).length / 1024, names.get(i)));
        }
    }

    static double mean(long nanos, int runs) {
        return nanos / 1e6 / runs;
    }

    /** Converts a page, adding each stage's CPU time to nanos; false for a page without article text. */
    static boolean once(Pressmark pm, String name, byte[] bytes, long[] nanos) {
        try {
            long t0 = CPU.getCurrentThreadCpuTime();
            Source source = pm.read(name, bytes);
            long t1 = CPU.getCurrentThreadCpuTime();
            Article article = pm.extract(source);
            long t2 = CPU.getCurrentThreadCpuTime();
            byte[] tei = pm.toTei(article);
            long t3 = CPU.getCurrentThreadCpuTime();
            pm.toNewsMl(article);
            long t4 = CPU.getCurrentThreadCpuTime();
            Renderer.ParsedTei parsed = Renderer.shared().parse(tei, name);
            long t5 = CPU.getCurrentThreadCpuTime();
            Renderer.shared().toHtml(parsed);
            long t6 = CPU.getCurrentThreadCpuTime();
            Renderer.shared().toText(parsed);
            long t7 = CPU.getCurrentThreadCpuTime();
            long[] t = {t0, t1, t2, t3, t4, t5, t6, t7};
            for (int s = 0; s < NAMES.length; s++) {
                nanos[s] += t[s + 1] - t[s];
            }
            return true;
        } catch (org.pressmark.ItemException e) {
            return false; // a page without article text: not a conversion, not counted in any stage
        }
    }
}
