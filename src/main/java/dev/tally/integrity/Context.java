package dev.tally.integrity;

import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Report;
import dev.tally.model.Template;

/**
 * What every rule gets: the report (model and prose), its template, the previous report's prose, the
 * configuration, the report's year, and where to put findings.
 *
 * @param template the report's template, or null
 * @param previous the previous report's prose, or null
 * @param previousYear the previous report's year, or null
 * @param year the report's year, or null when it is not known
 * @param reportsDirectory the reports directory (absolute, normalized), or null: then the files the page names are
 *                         not looked at
 */
record Context(Report report, Prose prose, Template template, Prose previous, Integer previousYear,
        IntegrityConfig config, Integer year, Findings findings, java.nio.file.Path reportsDirectory) {

    boolean on(IntegrityConfig.Rule rule) {
        return config.enabled(rule);
    }

    Severity severity(IntegrityConfig.Rule rule) {
        return config.severity(rule);
    }

    void report(IntegrityConfig.Rule rule, Location at, Object... args) {
        findings.report(config.severity(rule), at, rule.code(), args);
    }
}
