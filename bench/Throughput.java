import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.pressmark.Pressmark;

/**
 * Single-threaded throughput of Pressmark's extraction (intake, charset and type detection, HTML
 * extraction, metadata) beside jsoup's bare parse of the same bytes, measured in the same run. Both rates
 * are pages per second of the thread's CPU time rather than of the wall clock: on a shared machine the
 * wall-clock rates of the same build varied by a third from run to run, the CPU-time ones far less.
 * After a warm-up of each, the two take turns, a pass over the pages at a time, so that a change in the
 * machine's speed during the run (a quarter was seen) weighs on both rates alike and leaves the ratio
 * alone; measured one after the other, the ratio of one build moved from 0.30 to 0.38 between runs.
 * Run: java -cp target/pressmark-VERSION-cli.jar bench/Throughput.java FOLDER
 */
public class Throughput {

    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        Pressmark pressmark = Pressmark.create();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        // warm-up: the optimising JIT compiles the hot code of each in the first seconds
        spend(pages, names, pressmark, seconds / 2, false);
        spend(pages, names, pressmark, seconds / 4, true);
        long[] cpu = new long[2];
        long[] count = new long[2];
        while (cpu[0] + cpu[1] < 2 * seconds * 1e9) {
            for (int k = 0; k < 2; k++) {
                long start = CPU.getCurrentThreadCpuTime();
                count[k] += run(pages, names, pressmark, 1, k == 1);
                cpu[k] += CPU.getCurrentThreadCpuTime() - start;
            }
        }
        double extract = count[0] / (cpu[0] / 1e9);
        double jsoup = count[1] / (cpu[1] / 1e9);
        System.out.printf("pages            %d%n", pages.size());
        System.out.printf("pressmark        %.0f pages/s (intake + extraction)%n", extract);
        System.out.printf("jsoup parse only %.0f pages/s%n", jsoup);
        System.out.printf("ratio            %.2f of jsoup's bare parse rate%n", extract / jsoup);
        System.out.printf("pages_per_s=%.0f jsoup_pages_per_s=%.0f ratio=%.2f%n", extract, jsoup, extract / jsoup);
    }

    /** Runs passes over the pages until the thread has spent the given CPU seconds. */
    static void spend(List<byte[]> pages, List<String> names, Pressmark pm, double seconds, boolean jsoupOnly)
            throws Exception {
        long start = CPU.getCurrentThreadCpuTime();
        while (CPU.getCurrentThreadCpuTime() - start < seconds * 1e9) {
            run(pages, names, pm, 1, jsoupOnly);
        }
    }

    static long run(List<byte[]> pages, List<String> names, Pressmark pm, int rounds, boolean jsoupOnly)
            throws Exception {
        long n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                if (jsoupOnly) {
                    Jsoup.parse(new ByteArrayInputStream(pages.get(i)), null, "");
                } else {
                    try {
                        pm.extract(pm.read(names.get(i), pages.get(i)));
                    } catch (org.pressmark.ItemException e) {
                        // a page without article text still costs its time; the figure counts it
                    }
                }
                n++;
            }
        }
        return n;
    }
}
