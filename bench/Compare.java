import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two builds of Pressmark on the same pages in one JVM: each jar in a class loader of its own,
 * the two taking turns page by page (the first to go alternating too), so that a busy machine or a JIT
 * warming up weighs on both alike. For each build it prints the thread's CPU time per page, as the sum
 * over the pages of each page's least time over the rounds and as the mean. Measures Pressmark.read and
 * Pressmark.extract, or with --convert read and convert (TEI, HTML and text; the JVM's JIT options
 * apply, e.g. -XX:TieredStopAtLevel=1 as the launcher uses).
 * Run: java bench/Compare.java [--convert] ROUNDS FOLDER OLD.jar NEW.jar
 */
public class Compare {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        boolean convert = a.remove("--convert");
        if (a.size() != 4) {
            System.err.println("usage: java bench/Compare.java [--convert] ROUNDS FOLDER OLD.jar NEW.jar");
            System.exit(2);
        }
        int rounds = Integer.parseInt(a.get(0));
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(a.get(1)))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        Build[] builds = {new Build(Path.of(a.get(2)), convert), new Build(Path.of(a.get(3)), convert)};
        long[][] least = new long[2][pages.size()];
        long[] total = new long[2];
        for (long[] l : least) {
            Arrays.fill(l, Long.MAX_VALUE);
        }
        int warmUp = 5;
        for (int r = -warmUp; r < rounds; r++) {
            for (int p = 0; p < pages.size(); p++) {
                for (int turn = 0; turn < 2; turn++) {
                    int b = (r + p) % 2 == 0 ? turn : 1 - turn;
                    long t = builds[b].run(names.get(p), pages.get(p));
                    if (r >= 0) {
                        least[b][p] = Math.min(least[b][p], t);
                        total[b] += t;
                    }
                }
            }
        }
        for (int b = 0; b < 2; b++) {
            long sum = Arrays.stream(least[b]).sum();
            System.out.printf("%-40s %6.0f us/page (least of %d rounds) = %4.0f pages/s; mean %6.0f us/page%n",
                    builds[b].jar.getFileName(), sum / 1e3 / pages.size(), rounds, 1e9 * pages.size() / sum,
                    total[b] / 1e3 / pages.size() / rounds);
            System.out.printf("%-40s %d of %d runs failed%n", "", builds[b].failures, (rounds + warmUp) * pages.size());
        }
        System.out.printf("new/old=%.3f (least) %.3f (mean)%n",
                (double) Arrays.stream(least[1]).sum() / Arrays.stream(least[0]).sum(), (double) total[1] / total[0]);
    }

    /** One build, loaded apart from the other. */
    static final class Build {
        final Path jar;
        final Object pressmark;
        final Method read;
        final Method work;
        final ClassLoader loader;
        int failures;

        Build(Path jar, boolean convert) throws Exception {
            this.jar = jar;
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("org.pressmark.Pressmark");
            pressmark = c.getMethod("create").invoke(null);
            read = c.getMethod("read", String.class, byte[].class);
            work = c.getMethod(convert ? "convert" : "extract", loader.loadClass("org.pressmark.source.Source"));
        }

        /** The thread's CPU time, in nanoseconds, to read and process one page; a page that fails counts too. */
        long run(String name, byte[] page) {
            // JAXB finds its implementation through the thread's context class loader: without the build's
            // own, every conversion failed at its first TEI document and only reading and extraction counted
            Thread.currentThread().setContextClassLoader(loader);
            long start = CPU.getCurrentThreadCpuTime();
            try {
                work.invoke(pressmark, read.invoke(pressmark, name, page));
            } catch (ReflectiveOperationException e) {
                failures++; // a page without article text still costs its time
            }
            return CPU.getCurrentThreadCpuTime() - start;
        }
    }
}
