import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds a benchmark WARC file from a folder of HTML pages, repeating the pages under distinct URLs:
 * RECORDS records, or, when MEGABYTES is given, as many as make that many megabytes of pages.
 * Run: java -cp target/pressmark-VERSION-cli.jar bench/MakeWarc.java PAGES_DIR OUT.warc.gz RECORDS [MEGABYTES]
 */
public class MakeWarc {
    public static void main(String[] args) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("expected.html")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        Path out = Path.of(args[1]);
        long records = Long.parseLong(args[2]);
        long maxBytes = args.length > 3 ? Long.parseLong(args[3]) * 1024 * 1024 : Long.MAX_VALUE;
        boolean gzip = out.toString().endsWith(".gz");
        long payload = 0;
        long n = 0;
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(out,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant date = Instant.parse("2025-01-01T00:00:00Z");
            // with MEGABYTES, the size decides; else the record count
            while (maxBytes != Long.MAX_VALUE ? payload < maxBytes : n < records) {
                byte[] page = pages.get((int) (n % pages.size()));
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page).build();
                w.write(new WarcResponse.Builder(URI.create("https://bench.example/" + (n / pages.size()) + "/page-" + n + ".html"))
                        .date(date.plusSeconds(n)).body(http).build());
                payload += page.length;
                n++;
            }
        }
        System.out.printf("%s: %d records, %d MB of pages%n", out, n, payload >> 20);
    }
}
