package org.pressmark.validate;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link ArchiveValidator#validate} found: one {@link FileResult} per file checked (and per input
 * that could not be read), in a stable order — the inputs as given, the files of a folder sorted by path.
 *
 * <p>In a JUnit test, {@link #assertValid()} fails with every finding in its message.
 */
public final class ValidationReport {

    private final List<FileResult> files;

    /** Creates a report of the given results. */
    public ValidationReport(List<FileResult> files) {
        this.files = List.copyOf(files);
    }

    /** Returns the result of each file, in a stable order. */
    public List<FileResult> files() {
        return files;
    }

    /** Returns every finding of every file, in order. */
    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).collect(Collectors.toUnmodifiableList());
    }

    /** Returns whether every file passed (warnings allowed); true for a report without files. */
    public boolean valid() {
        return files.stream().allMatch(FileResult::valid);
    }

    /** Returns whether some input or file could not be read (the command line exits with 2). */
    public boolean unreadable() {
        return files.stream().anyMatch(FileResult::unreadable);
    }

    /** Returns the number of files that did not pass. */
    public int invalidCount() {
        return (int) files.stream().filter(f -> !f.valid()).count();
    }

    /** Returns the number of findings of the given severity. */
    public int count(Severity severity) {
        return (int) findings().stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Throws an {@link AssertionError} listing every error, one per line in compiler style, unless every
     * file passed. For JUnit: {@code ArchiveValidator.create().validate(dir).assertValid();}
     *
     * @throws AssertionError if some file did not pass
     */
    public void assertValid() {
        if (!valid()) {
            throw new AssertionError(invalidCount() + " of " + files.size() + " files did not pass validation:\n"
                    + findings().stream().filter(f -> f.severity() == Severity.ERROR)
                            .map(Finding::toCompilerStyle).collect(Collectors.joining("\n")));
        }
    }

    /** Returns a one-line summary, such as {@code 4 files checked: 1 passed, 3 failed (3 errors, 0 warnings)}. */
    public String summary() {
        int n = files.size();
        return n + (n == 1 ? " file" : " files") + " checked: " + (n - invalidCount()) + " passed, " + invalidCount()
                + " failed (" + count(Severity.ERROR) + (count(Severity.ERROR) == 1 ? " error, " : " errors, ")
                + count(Severity.WARNING) + (count(Severity.WARNING) == 1 ? " warning)" : " warnings)");
    }

    /**
     * Returns the report as one JSON object: {@code valid}, {@code summary} (counts), and {@code files},
     * each with {@code path}, {@code check}, {@code valid} and {@code findings} ({@code path}, {@code line},
     * {@code column} — null when unknown —, {@code severity}, {@code code}, {@code message}). Keys always
     * appear, in this order; codes are stable (see {@link Finding}).
     */
    public String toJson() {
        return ReportFormats.json(this);
    }

    /**
     * Returns the report as JUnit XML, UTF-8: one {@code testsuite} in {@code testsuites}, one
     * {@code testcase} per file, a {@code failure} for each file that did not pass (an {@code error} for
     * one that could not be read) carrying its findings — what the test reporters of Jenkins, GitLab and
     * GitHub read.
     */
    public byte[] toJUnitXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormats.junit(this, out);
        return out.toByteArray();
    }
}
