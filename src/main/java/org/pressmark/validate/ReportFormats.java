package org.pressmark.validate;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JSON and JUnit XML forms of a {@link ValidationReport}. */
final class ReportFormats {

    private static final String SUITE = "pressmark validate";

    private ReportFormats() {
    }

    static String json(ValidationReport report) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"valid\":").append(report.valid());
        sb.append(",\"summary\":{\"files\":").append(report.files().size())
                .append(",\"failed\":").append(report.invalidCount())
                .append(",\"errors\":").append(report.count(Severity.ERROR))
                .append(",\"warnings\":").append(report.count(Severity.WARNING)).append('}');
        sb.append(",\"files\":[");
        boolean firstFile = true;
        for (FileResult r : report.files()) {
            sb.append(firstFile ? "" : ",").append("{\"path\":");
            firstFile = false;
            string(sb, r.file());
            sb.append(",\"check\":");
            string(sb, r.check());
            sb.append(",\"valid\":").append(r.valid()).append(",\"findings\":[");
            boolean first = true;
            for (Finding f : r.findings()) {
                sb.append(first ? "" : ",").append("{\"path\":");
                first = false;
                string(sb, f.file());
                sb.append(",\"line\":").append(f.line() > 0 ? String.valueOf(f.line()) : "null");
                sb.append(",\"column\":").append(f.column() > 0 ? String.valueOf(f.column()) : "null");
                sb.append(",\"severity\":\"").append(f.severity() == Severity.ERROR ? "error" : "warning").append('"');
                sb.append(",\"code\":");
                string(sb, f.code());
                sb.append(",\"message\":");
                string(sb, f.message());
                sb.append('}');
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    static void junit(ValidationReport report, OutputStream out) {
        List<FileResult> files = report.files();
        long failures = files.stream().filter(f -> !f.valid() && !f.unreadable()).count();
        long errors = files.stream().filter(FileResult::unreadable).count();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", SUITE);
            counts(w, files.size(), failures, errors);
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", SUITE);
            counts(w, files.size(), failures, errors);
            w.writeAttribute("skipped", "0");
            for (FileResult r : files) {
                w.writeCharacters("\n    ");
                w.writeStartElement("testcase");
                w.writeAttribute("classname", "pressmark.validate." + r.check());
                w.writeAttribute("name", xmlSafe(r.file()));
                w.writeAttribute("file", xmlSafe(r.file()));
                List<Finding> problems = r.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
                if (!r.valid()) {
                    w.writeCharacters("\n      ");
                    w.writeStartElement(r.unreadable() ? "error" : "failure");
                    Finding first = problems.get(0);
                    w.writeAttribute("type", first.code());
                    w.writeAttribute("message", xmlSafe(problems.size() + (problems.size() == 1 ? " error: " : " errors, the first: ")
                            + first.toCompilerStyle()));
                    w.writeCharacters(xmlSafe(r.findings().stream().map(Finding::toCompilerStyle)
                            .collect(Collectors.joining("\n"))));
                    w.writeEndElement();
                    w.writeCharacters("\n    ");
                } else if (!r.findings().isEmpty()) {
                    w.writeCharacters("\n      ");
                    w.writeStartElement("system-out");
                    w.writeCharacters(xmlSafe(r.findings().stream().map(Finding::toCompilerStyle)
                            .collect(Collectors.joining("\n"))));
                    w.writeEndElement();
                    w.writeCharacters("\n    ");
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report: " + e, e);
        }
    }

    private static void counts(XMLStreamWriter w, long tests, long failures, long errors) throws XMLStreamException {
        w.writeAttribute("tests", String.valueOf(tests));
        w.writeAttribute("failures", String.valueOf(failures));
        w.writeAttribute("errors", String.valueOf(errors));
    }

    /** Replaces characters that XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
