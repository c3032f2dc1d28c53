package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.Template;

import java.nio.file.Path;

/** Finds the template a report names in {@code :tally-template:}. */
public interface TemplateProvider {

    /** No templates at all: every name is unknown. */
    TemplateProvider NONE = (name, reportFile, at, diagnostics) -> {
        diagnostics.error(at, "template.unknown", name, "(none)");
        return null;
    };

    /**
     * The template, or {@code null} after reporting why it cannot be had.
     *
     * @param name the attribute value: a built-in name or a path relative to the report
     * @param reportFile the report naming it
     * @param at the attribute's location
     */
    Template find(String name, Path reportFile, Location at, Diagnostics diagnostics);
}
