package dev.tally.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.util.Locale;

/**
 * Checks the switches given as properties ({@code -Dtally.failOnError=yes}): Maven reads any word but {@code true}
 * as {@code false}, so a typo would turn a quality gate off without a word. Tally takes {@code true} or
 * {@code false} (in any letter case), or nothing, which means true ({@code -Dtally.skip}).
 */
final class Flags {

    private Flags() {
    }

    static void check(MavenSession session, MavenProject project, String... names) throws MojoExecutionException {
        for (String name : names) {
            String value = value(session, project, name);
            if (value == null) {
                continue;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                throw new MojoExecutionException("Tally: " + name + " must be true or false, not '" + value + "'");
            }
        }
    }

    /** As Maven resolves a property: the command line's, then the system's, then the project's. */
    private static String value(MavenSession session, MavenProject project, String name) {
        if (session != null) {
            for (java.util.Properties p : new java.util.Properties[] {session.getUserProperties(),
                    session.getSystemProperties()}) {
                String v = p == null ? null : p.getProperty(name);
                if (v != null) {
                    return v;
                }
            }
        }
        java.util.Properties own = project == null ? null : project.getProperties();
        return own == null ? null : own.getProperty(name);
    }
}
