package org.pressmark.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal of an output folder: one line per item completed, appended after the item's files are in
 * place (and forced to disk line by line when asked; always when closed). A run started again reads it
 * to skip what is complete. A line cut short by a crash (no newline at its end) is ignored, so the item
 * is simply converted again.
 *
 * <p>Line format, tab-separated: {@code converted}, item id, source SHA-256, then one
 * {@code path=sha256} field per output file (paths relative to the output folder). Tabs, newlines and
 * backslashes inside fields are escaped.
 */
final class Journal implements AutoCloseable {

    /** The journal's file name in the output folder. */
    static final String FILE_NAME = "pressmark-journal.tsv";

    /** What the journal says of one completed item. */
    record Entry(String id, String sourceSha256, Map<String, String> outputs) {
    }

    private final FileChannel channel;
    private final Map<String, Entry> entries;
    private final boolean sync;

    private Journal(FileChannel channel, Map<String, Entry> entries, boolean sync) {
        this.channel = channel;
        this.entries = entries;
        this.sync = sync;
    }

    /**
     * Opens the journal of an output folder, reading what earlier runs completed.
     *
     * @param forget whether to start afresh, forgetting earlier runs
     * @param sync   whether each line is forced to disk as it is written (it is always forced on close)
     */
    static Journal open(Path outDir, boolean forget, boolean sync) throws IOException {
        Path file = outDir.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        if (forget) {
            Files.deleteIfExists(file);
        } else if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
                Entry e = parse(line);
                if (e != null) {
                    entries.put(e.id(), e);
                }
            }
            if (end + 1 < text.length()) {
                // a line cut short by a crash: drop it so that the next line starts clean
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(text.substring(0, end + 1).getBytes(StandardCharsets.UTF_8).length);
                }
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new Journal(ch, entries, sync);
    }

    /** Returns what an earlier run recorded for an item, or null. */
    synchronized Entry find(String id) {
        return entries.get(id);
    }

    /** Records a completed item, forcing the line to disk when the journal was opened to. */
    synchronized void completed(Entry entry) throws IOException {
        StringBuilder sb = new StringBuilder("converted\t").append(escape(entry.id())).append('\t')
                .append(entry.sourceSha256());
        for (Map.Entry<String, String> o : entry.outputs().entrySet()) {
            sb.append('\t').append(escape(o.getKey())).append('=').append(o.getValue());
        }
        sb.append('\n');
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        if (sync) {
            channel.force(false);
        }
        entries.put(entry.id(), entry);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
        }
    }

    private static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || !f[0].equals("converted") || !f[2].matches("[0-9a-f]{64}")) {
            return null;
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (int i = 3; i < f.length; i++) {
            int eq = f[i].lastIndexOf('=');
            if (eq <= 0) {
                return null;
            }
            outputs.put(unescape(f[i].substring(0, eq)), f[i].substring(eq + 1));
        }
        return new Entry(unescape(f[1]), f[2], outputs);
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Returns the ids of all completed items, for tests. */
    synchronized List<String> ids() {
        return new ArrayList<>(entries.keySet());
    }
}
