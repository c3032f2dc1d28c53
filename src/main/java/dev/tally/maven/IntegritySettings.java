package dev.tally.maven;

import dev.tally.integrity.IntegrityConfig;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The integrity settings of a goal, made alike for {@code tally:check} and {@code tally:report} so that the site
 * finds what the check found: the goal's parameters, then {@code tally.integrity.*} properties of the POM and
 * of the command line (the command line wins).
 */
final class IntegritySettings {

    private IntegritySettings() {
    }

    /**
     * @return the {@code tally.integrity.*} properties (not {@code tally.integrity.skip}) of the project and the
     *         session, sorted by name
     */
    static Map<String, String> properties(MavenProject project, MavenSession session) {
        Map<String, String> properties = new TreeMap<>();
        if (project != null) {
            add(project.getProperties(), properties);
        }
        if (session != null) {
            add(session.getUserProperties(), properties);
        }
        properties.keySet().removeIf(k -> !k.startsWith("tally.integrity.") || k.equals("tally.integrity.skip"));
        return properties;
    }

    private static void add(Properties from, Map<String, String> to) {
        if (from != null) {
            from.forEach((k, v) -> to.put(String.valueOf(k), String.valueOf(v)));
        }
    }

    /**
     * The configuration, or null when the pass is skipped.
     *
     * @throws IllegalArgumentException for an unknown rule or a bad value
     */
    static IntegrityConfig config(boolean skip, List<String> allowedDomainList, List<String> deniedWordList,
            Map<String, String> integrity, Map<String, String> properties) {
        if (skip) {
            return null;
        }
        String allowedDomains = joined(allowedDomainList);
        String deniedWords = joined(deniedWordList);
        IntegrityConfig config = IntegrityConfig.fromProperties(properties);
        if (allowedDomains != null && !allowedDomains.isBlank()) {
            config.set("allowedDomains", allowedDomains);
        }
        if (deniedWords != null && !deniedWords.isBlank()) {
            config.set("deniedWords", deniedWords);
        }
        if (integrity != null) {
            integrity.forEach((name, value) -> {
                if (value == null) {
                    // <link><severity>note</severity></link> comes as link with no value: read, it would turn
                    // the rule off; a setting is one element with its value (trial N, 1)
                    throw new IllegalArgumentException("integrity: " + name + " has no value; each setting is one"
                            + " element with its value, such as <link.severity>note</link.severity> (nested"
                            + " elements are not read)");
                }
                config.set(name, value);
            });
        }
        return config;
    }

    /**
     * A list parameter as the one comma-separated setting it stands for: given as elements
     * ({@code <allowedDomains><allowedDomain>…}) or as {@code a,b} (which Maven splits), null when empty.
     */
    static String joined(List<String> items) {
        if (items == null) {
            return null;
        }
        List<String> kept = new java.util.ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                kept.add(item.strip());
            }
        }
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    /** What the check index remembers of the settings: results are reused only under the same ones. */
    static String fingerprint(boolean skip, List<String> allowedDomains, List<String> deniedWords,
            Map<String, String> integrity, Map<String, String> properties) {
        return skip + "|" + joined(allowedDomains) + "|" + joined(deniedWords) + "|" + (integrity == null ? "" : new TreeMap<>(integrity))
                + "|" + properties;
    }
}
