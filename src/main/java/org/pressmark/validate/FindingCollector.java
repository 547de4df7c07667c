package org.pressmark.validate;

import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects a parser's or validator's messages as findings with one code; fatal errors are collected and
 * stop the parse. Shared by {@link XmlValidator} and {@link DocumentCheck}, so that a SAX message becomes
 * the same finding whichever of them reports it. Not thread-safe: one parse at a time.
 */
final class FindingCollector implements ErrorHandler {
    private final String code;
    private String file;
    private List<Finding> findings;
    private SAXParseException lastFatal;

    /** Creates a collector that must be {@linkplain #reset reset} before each parse. */
    FindingCollector(String code) {
        this.code = code;
    }

    /** Creates a collector for one parse of a file, adding to the list given. */
    FindingCollector(String file, String code, List<Finding> findings) {
        this(code);
        reset(file, findings);
    }

    /** Starts collecting for another file, into the list given. */
    void reset(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
        this.lastFatal = null;
    }

    /** Returns the exception as a finding of this collector's code. */
    Finding finding(SAXParseException e, Severity severity) {
        return new Finding(file, e.getLineNumber(), e.getColumnNumber(), severity, code,
                String.valueOf(e.getMessage()));
    }

    /** Whether the exception is the fatal error already collected (the parser throws it again). */
    boolean reported(SAXParseException e) {
        return e == lastFatal;
    }

    @Override
    public void warning(SAXParseException e) {
        findings.add(finding(e, Severity.WARNING));
    }

    @Override
    public void error(SAXParseException e) {
        findings.add(finding(e, Severity.ERROR));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        findings.add(finding(e, Severity.ERROR));
        lastFatal = e;
        throw e;
    }
}
