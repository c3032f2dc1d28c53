package dev.tally.diagnostic;

/** How bad a problem is. Errors fail the build, warnings only when asked to, notes never. */
public enum Severity {
    ERROR, WARNING, NOTE
}
