package dev.tally.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline ({@code tally.baseline}, {@code tally-baseline.txt} in the project's directory): every error
 * and warning the reports have now, one a line, accepted as published. From then on {@code tally:check} prints
 * those as notes and fails only on other problems: for reports kept as they were published, whose numbers can no
 * longer be corrected. It reads and checks the reports as {@code tally:check} does, with the same parameters, says
 * each problem it accepts that the file did not list (a warning each) and each entry it no longer lists. It fails
 * the build, writing nothing, only while a report's template cannot be used (not found, or with errors of its own):
 * that is the build's problem, which no baseline accepts. Review the file, and keep it under version control with
 * the reports.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends CheckMojo {

    @Override
    boolean writesBaseline() {
        return true;
    }
}
