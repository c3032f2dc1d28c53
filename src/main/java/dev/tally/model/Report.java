package dev.tally.model;

import dev.tally.diagnostic.Location;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as read: its file, title, {@code tally-*} attributes, sections, data blocks, document checks,
 * prose figures and the files its page shows or links to. Plain data; reading builds it, checking and rendering
 * use it.
 */
public final class Report {

    /** An attribute value and where it was set. */
    public record Attribute(String value, Location location) {
    }

    private final Path file;
    private final String title;
    private final Map<String, Attribute> attributes;
    private final List<SectionTitle> sections;
    private final Map<String, Block> blocks;
    private final List<CheckDef> checks;
    private final List<Figure> figures;
    private final List<Path> includes;
    private final java.util.Set<String> unreadable;
    private final boolean incomplete;
    private final List<FileReference> files;
    private java.util.Set<String> notReadForTemplate = java.util.Set.of();

    public Report(Path file, String title, Map<String, Attribute> attributes, List<SectionTitle> sections,
            Map<String, Block> blocks, List<CheckDef> checks, List<Figure> figures, List<Path> includes) {
        this(file, title, attributes, sections, blocks, checks, figures, includes, java.util.Set.of());
    }

    /**
     * @param unreadable ids of data blocks that are in the report but could not be read (already reported):
     *                   names that use them are skipped quietly rather than reported as unknown
     */
    public Report(Path file, String title, Map<String, Attribute> attributes, List<SectionTitle> sections,
            Map<String, Block> blocks, List<CheckDef> checks, List<Figure> figures, List<Path> includes,
            java.util.Set<String> unreadable) {
        this(file, title, attributes, sections, blocks, checks, figures, includes, unreadable, false);
    }

    /**
     * @param incomplete whether part of the report could not be read (an {@code include::} that failed, already
     *                   reported): what is missing may be in that part, so a missing block, table or section is
     *                   not reported again, and checks that name one are skipped quietly
     */
    public Report(Path file, String title, Map<String, Attribute> attributes, List<SectionTitle> sections,
            Map<String, Block> blocks, List<CheckDef> checks, List<Figure> figures, List<Path> includes,
            java.util.Set<String> unreadable, boolean incomplete) {
        this(file, title, attributes, sections, blocks, checks, figures, includes, unreadable, incomplete, List.of());
    }

    /** @param files the images, media and attachments its page shows or links to, as the report names them */
    public Report(Path file, String title, Map<String, Attribute> attributes, List<SectionTitle> sections,
            Map<String, Block> blocks, List<CheckDef> checks, List<Figure> figures, List<Path> includes,
            java.util.Set<String> unreadable, boolean incomplete, List<FileReference> files) {
        this.incomplete = incomplete;
        this.files = List.copyOf(files);
        this.unreadable = java.util.Set.copyOf(unreadable);
        this.file = file;
        this.title = title;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.sections = List.copyOf(sections);
        this.blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        this.checks = List.copyOf(checks);
        this.figures = List.copyOf(figures);
        this.includes = List.copyOf(includes);
    }

    /** Whether part of the report could not be read (a failed include, reported where it is). */
    public boolean isIncomplete() {
        return incomplete;
    }

    public Path file() {
        return file;
    }

    /** The document title ({@code = Title}), or the file name when there is none. */
    public String title() {
        return title != null ? title : untitled(file);
    }

    /** What names a report without a title: its file's name without {@code .adoc} ({@code 蘑菇气镇}). */
    public static String untitled(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The title as the report writes it ({@code = ...}); null when it has none. */
    public String writtenTitle() {
        return title;
    }

    public Attribute attribute(String name) {
        return attributes.get(name);
    }

    public Map<String, Attribute> attributes() {
        return attributes;
    }

    public List<SectionTitle> sections() {
        return sections;
    }

    /**
     * The section a place in this report's own file is in: the last heading above it in that file; null when there
     * is none, or when the place is in an included file.
     */
    public SectionTitle sectionAt(Location at) {
        SectionTitle in = null;
        for (SectionTitle s : sections) {
            if (s.location().file().equals(at.file()) && s.location().line() < at.line()) {
                in = s;
            }
        }
        return in;
    }

    public Map<String, Block> blocks() {
        return blocks;
    }

    public Block block(String id) {
        return blocks.get(id);
    }

    public List<CheckDef> checks() {
        return checks;
    }

    public List<Figure> figures() {
        return figures;
    }

    /** Whether the report has a data block with this id that could not be read. */
    public boolean isUnreadable(String id) {
        return incomplete || unreadable.contains(id);
    }

    /**
     * Whether the block is a table of the report's template that was not read because the template could not be
     * loaded (its rows take their columns from it): said once, at {@code :tally-template:}.
     */
    public boolean isNotReadForTemplate(String id) {
        return notReadForTemplate.contains(id);
    }

    /** This report, with the tables not read because its template could not be loaded ({@link #isNotReadForTemplate}). */
    public Report withNotReadForTemplate(java.util.Collection<String> ids) {
        Report r = new Report(file, title, attributes, sections, blocks, checks, figures, includes, unreadable,
                incomplete, files);
        r.notReadForTemplate = java.util.Set.copyOf(ids);
        return r;
    }

    /** Files pulled in by {@code include::}. */
    public List<Path> includes() {
        return includes;
    }

    /** The images, media and attachments the report's page shows or links to ({@code image::}, {@code link:}, ...). */
    public List<FileReference> files() {
        return files;
    }
}
