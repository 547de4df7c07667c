package org.pressmark.validate;

import java.util.List;
import java.util.Objects;

/**
 * What checking one file gave.
 *
 * @param file     the file's name as the caller gave it (a path given, or a folder given joined with the
 *                 path beneath it)
 * @param check    what was checked: the name of the built-in profile ({@code TEI}, ...), {@code schema}
 *                 for a schema given by the user, {@code fixity} for a manifest, {@code derivative} for
 *                 an access copy beside a TEI document; {@code none} when the file could not be checked
 * @param findings the findings, in the order found; empty when the file passed
 */
public record FileResult(String file, String check, List<Finding> findings) {

    /** Creates a result. */
    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(check, "check");
        findings = List.copyOf(findings);
    }

    /** Returns whether the file passed: no finding is an {@link Severity#ERROR error}. */
    public boolean valid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Returns whether the file, or an input given, could not be read at all. */
    public boolean unreadable() {
        return findings.stream().anyMatch(f -> f.code().equals(Finding.UNREADABLE));
    }
}
