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
 * Run: java -cp target/pressmark-VERSION-cli.jar bench/Stages.java [SECONDS] FOLDER...
 */
public class Stages {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final String[] NAMES = {"intake", "extract", "tei", "newsml", "parse", "html", "text"};

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    pages.add(Files.readAllBytes(p));
                    names.add(p.getFileName().toString());
                }
            }
        }
        Pressmark pm = Pressmark.create();
        long[] warm = new long[NAMES.length];
        for (int i = 0; i < pages.size() * 2; i++) {
            once(pm, names.get(i % pages.size()), pages.get(i % pages.size()), warm);
        }
        long[] nanos = new long[NAMES.length];
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            int i = (int) (count % pages.size());
            once(pm, names.get(i), pages.get(i), nanos);
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
    }

    static void once(Pressmark pm, String name, byte[] bytes, long[] nanos) {
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
        } catch (org.pressmark.ItemException e) {
            // a page without article text: not a conversion, not counted in any stage
        }
    }
}
