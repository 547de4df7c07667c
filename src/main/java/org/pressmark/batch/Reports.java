package org.pressmark.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pressmark.output.AtomicOutput;
import org.pressmark.output.Json;

/**
 * The reports a batch leaves in its output folder: {@code manifest-sha256.txt} (every output file with
 * its SHA-256, BagIt's manifest format, which {@code sha256sum -c} also reads), {@code report.csv} and
 * {@code report.json} (one row per item).
 */
final class Reports {

    static final String MANIFEST = "manifest-sha256.txt";
    static final String CSV = "report.csv";
    static final String JSON = "report.json";

    private Reports() {
    }

    static void write(Path out, Path staging, List<ItemResult> rows, Journal journal) throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        for (ItemResult r : rows) {
            if (r.status() == ItemResult.Status.FAILED) {
                continue;
            }
            Journal.Entry e = journal.find(r.item());
            if (e != null) {
                manifest.putAll(e.outputs());
            }
        }
        StringBuilder m = new StringBuilder();
        manifest.forEach((path, sha) -> m.append(sha).append("  ").append(path).append('\n'));

        StringBuilder csv = new StringBuilder("source,item,status,error,outputs,source_sha256,milliseconds\n");
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            ItemResult r = rows.get(i);
            csv.append(csvField(r.source())).append(',').append(csvField(r.item())).append(',')
                    .append(r.status().word()).append(',').append(csvField(r.error())).append(',')
                    .append(csvField(String.join(" ", r.outputs()))).append(',')
                    .append(r.sourceSha256() == null ? "" : r.sourceSha256()).append(',').append(r.millis()).append('\n');
            json.append("  {\"source\":").append(jsonString(r.source()))
                    .append(",\"item\":").append(jsonString(r.item()))
                    .append(",\"status\":").append(jsonString(r.status().word()))
                    .append(",\"error\":").append(jsonString(r.error()))
                    .append(",\"outputs\":[");
            for (int j = 0; j < r.outputs().size(); j++) {
                json.append(j > 0 ? "," : "").append(jsonString(r.outputs().get(j)));
            }
            json.append("],\"source_sha256\":").append(jsonString(r.sourceSha256()))
                    .append(",\"milliseconds\":").append(r.millis()).append('}')
                    .append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        json.append("]\n");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(out.resolve(MANIFEST), m.toString().getBytes(StandardCharsets.UTF_8));
        files.put(out.resolve(CSV), csv.toString().getBytes(StandardCharsets.UTF_8));
        files.put(out.resolve(JSON), json.toString().getBytes(StandardCharsets.UTF_8));
        AtomicOutput.writeAll(files, staging);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String csvField(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String jsonString(String s) {
        return Json.quote(s);
    }
}
