package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code include::target[]} and conditional ({@code ifdef}, {@code ifndef}, {@code ifeval}) directives the
 * way Asciidoctor's preprocessor does, without Asciidoctor ({@link Conditionals}):
 * relative targets only, never outside the reports directory (after following symbolic links), no
 * recursion, and a missing target is an error unless the include is optional. The lines and tags an include
 * selects are the lines read ({@link IncludeSelection}). Every line keeps the file and line it came from.
 */
public final class IncludeExpander {

    /** How deep includes may nest. */
    public static final int MAX_DEPTH = 32;

    /** The characters the includes have added so far: held to a report file's limit. */
    private long expandedChars;
    /** How many lines a report may expand to, includes included. */
    public static final int MAX_LINES = 2_000_000;
    /** How many include directives a report may expand. */
    public static final int MAX_INCLUDES = 10_000;

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[\\s][^\\[]{0,4000})\\[([^\\]]{0,4000})][ \\t]*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?[\\w][\\w-]{0,200}!?):(?:[ \\t](.*))?$");
    private static final Pattern COMMENT_DELIMITER = Pattern.compile("^/{4,}\\s*$");

    private final Path root;
    private final Path realRoot;
    private final Diagnostics diagnostics;
    /** The document's attributes set so far, by lower-case name, as Asciidoctor keeps them. */
    private final Map<String, String> attributes = new HashMap<>();
    private final Conditionals conditionals;
    private final List<Path> included = new ArrayList<>();
    private boolean tooLarge;
    /** How many includes were expanded: each one's lines carry its number. */
    private int expansions;
    private int includes;
    /** Where each expansion's {@code include::} stands, by its number (see {@link SourceLine#include()}). */
    private final java.util.Map<Integer, Location> expansionAt = new java.util.HashMap<>();
    private final Map<Path, List<SourceLine>> read = new HashMap<>();

    public IncludeExpander(Path root, Diagnostics diagnostics) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = realPath(this.root);
        this.diagnostics = diagnostics;
        this.conditionals = new Conditionals(attributes, diagnostics);
    }

    /** The lines of {@code file} with every include expanded, or {@code null} when the file itself is unreadable. */
    public List<SourceLine> expand(Path file) {
        List<SourceLine> out = new ArrayList<>();
        Path abs = file.toAbsolutePath().normalize();
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(realPath(abs));
        List<SourceLine> lines = TextFile.read(abs, new Location(abs, 1), diagnostics);
        if (lines == null) {
            return null;
        }
        expandLines(abs, lines, stack, out);
        conditionals.finish();
        return out;
    }

    /** Whether an include could not be expanded (reported): part of the report is missing. */
    /** The line of the {@code include::} that brought the lines of an expansion; null for the report's own. */
    public Location includedAt(int expansion) {
        return expansionAt.get(expansion);
    }

    public boolean incomplete() {
        return incomplete;
    }

    private boolean incomplete;

    /**
     * Every file the includes so far pulled in (real paths) or named and did not find, for change detection: a
     * missing include that appears later changes the report.
     */
    public List<Path> included() {
        return List.copyOf(included);
    }

    private void expandLines(Path file, List<SourceLine> lines, Deque<Path> stack, List<SourceLine> out) {
        String comment = null;
        for (SourceLine line : lines) {
            comment = expandLine(file, line, comment, stack, out);
        }
    }

    /**
     * One line of a file, given the delimiter of the comment block it is in (or null); returns the delimiter of the
     * comment block the next line is in. A method of its own, called for every line: a cold JVM compiles it within
     * the first report, where a loop in a method called once a file runs interpreted over the first hundred or so.
     */
    private String expandLine(Path file, SourceLine line, String comment, Deque<Path> stack, List<SourceLine> out) {
        String text = line.text();
        if (comment != null) {
            out.add(line);
            return text.strip().equals(comment) ? null : comment;
        }
        switch (conditionals.line(text, line.location())) {
            case DROPPED -> {
                return null; // a directive, or a line of a region Asciidoctor leaves out
            }
            case ESCAPED -> {
                out.add(new SourceLine(conditionals.text(), line.location(), line.include()));
                return null;
            }
            case REPLACED -> {
                text = conditionals.text();
                line = new SourceLine(text, line.location(), line.include());
            }
            default -> {
            }
        }
        if (text.isEmpty() || (text.charAt(0) != '/' && text.charAt(0) != 'i' && text.charAt(0) != ':')) {
            out.add(line);
            track(text);
            return null;
        }
        if (COMMENT_DELIMITER.matcher(text).matches()) {
            out.add(line);
            return text.strip();
        }
        if (text.startsWith("include::")) {
            Matcher include = INCLUDE.matcher(text);
            if (include.matches()) {
                if (!include(file, line, include.group(1).strip(), include.group(2), stack, out)) {
                    incomplete = true;
                }
            } else {
                diagnostics.error(line.location(), "include.malformed",
                        text.length() > 60 ? text.substring(0, 60) + "…" : text);
                incomplete = true;
            }
            return null;
        }
        Matcher entry = text.charAt(0) == ':' ? ATTRIBUTE_ENTRY.matcher(text) : null;
        // an entry Asciidoctor takes as one: not a line of a listing, nor the next line of a paragraph or a
        // list item, which is their text (trial Y, 12); in the header, every one
        boolean takenAsEntry = entry != null && entry.matches() && verbatim == null && (!afterText || inHeader);
        if (takenAsEntry) {
            String name = entry.group(1);
            String key = name.replace("!", "").toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("!") || name.endsWith("!")) {
                attributes.remove(key);
            } else {
                String value = entry.group(2) == null ? "" : entry.group(2).strip();
                // references in the value are replaced when it is set, as Asciidoctor does
                attributes.put(key, AttributeRefs.resolveValue(value,
                        n -> attributes.get(n.toLowerCase(java.util.Locale.ROOT)), AdocScanner.MAX_EXPANDED));
            }
            out.add(line);
            afterText = false;
            return null;
        }
        out.add(line);
        track(text);
        return null;
    }

    /** The listing, literal or passthrough block the lines are in ({@code ----}, {@code ....}, ...), or null. */
    private String verbatim;
    /** Whether the last line was text of a paragraph or a list item, which the next line continues. */
    private boolean afterText;
    /** Whether the lines are still those of the document's header (up to its first blank line). */
    private boolean inHeader = true;
    /** In the header: whether it has a title, and how many lines of text (author, revision) followed it. */
    private boolean titled;
    private int headerText;

    private static boolean endsWithBracket(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == ']';
    }

    /** {@code == Title}: marks, then a blank. */
    private static boolean isHeading(String text, char mark) {
        int k = 0;
        while (k < text.length() && text.charAt(k) == mark) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t');
    }

    /** Follows what a line does to the blocks around it, for the attribute entries that come after. */
    private void track(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (verbatim != null) {
            if (AdocScanner.strippedEquals(text, verbatim)) {
                verbatim = null;
            }
            afterText = false;
            return;
        }
        if (text.isBlank()) {
            afterText = false;
            inHeader = false;
            return;
        }
        if (AdocScanner.maybeDelimiter(text, first) && AdocScanner.DELIMITER.matcher(text).matches()) {
            String delim = text.strip();
            char c = delim.charAt(0);
            if (c == '-' && delim.length() >= 4 || c == '.' || c == '+') {
                verbatim = delim;
            }
            afterText = false;
        } else if (first == '`' && text.startsWith("```")) {
            verbatim = "```";
            afterText = false;
        } else if (first == '/' && text.startsWith("//")) {
            return; // a comment line: the paragraph, if any, goes on
        } else {
            // a block's attribute line, anchor or title, or a section title, is no text a next line continues
            boolean metadata = first == '[' && endsWithBracket(text)
                    || first == '.' && text.length() > 1 && text.charAt(1) != '.' && !Character.isWhitespace(text.charAt(1))
                    || (first == '=' || first == '#') && isHeading(text, first);
            afterText = !metadata;
            if (inHeader && !metadata) {
                headerText++; // the author and revision lines, after a title
                inHeader = titled && headerText <= 2;
            } else if (inHeader && first == '=' && text.startsWith("= ") && !titled && headerText == 0) {
                titled = true;
            }
        }
    }

    /** Expands one include; false when its content could not be included (reported). */
    private boolean include(Path file, SourceLine line, String rawTarget, String attrs, Deque<Path> stack,
            List<SourceLine> out) {
        Location at = line.location();
        String target = substitute(rawTarget, at, file, stack);
        if (target == null) {
            return false;
        }
        if (target.contains("://") || target.startsWith("/") || target.startsWith("\\") || target.matches("^[A-Za-z]:.*")) {
            diagnostics.error(at, "include.absolute", rawTarget); // wherever it points (trial L, 13)
            return false;
        }
        Path resolved;
        try {
            resolved = file.getParent().resolve(target).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            if (FileNames.unencodable(target)) {
                diagnostics.error(at, "path.charset", "include::", rawTarget, FileNames.charset());
            } else {
                diagnostics.error(at, "include.bad-path", rawTarget.replace("\0", "\\0"));
            }
            return false;
        }
        if (!resolved.startsWith(root)) {
            diagnostics.error(at, "include.outside", rawTarget);
            return false;
        }
        IncludeSelection selection = IncludeSelection.of(attrs);
        if (!Files.exists(resolved)) {
            if (!included.contains(resolved)) {
                included.add(resolved);
            }
            if (selection.optional()) {
                return true; // Asciidoctor skips a missing optional include too: nothing is lost
            }
            diagnostics.error(at, "include.missing", rawTarget);
            return false;
        }
        Path real = realPath(resolved);
        if (!real.startsWith(realRoot)) {
            String link = FileNames.linkOut(resolved, root); // a link: say which, and where to
            diagnostics.error(at, "include.link-outside", rawTarget, link != null ? link : rawTarget);
            return false;
        }
        if (stack.contains(real)) {
            if (stack.peek().equals(real)) {
                diagnostics.error(at, "include.recursive", rawTarget);
            } else { // A includes B includes A: the circle, from the file included again (trial L, 9)
                List<String> circle = new ArrayList<>();
                for (Path p : stack) { // from the innermost file out
                    circle.add(0, realRoot.relativize(p).toString().replace('\\', '/'));
                    if (p.equals(real)) {
                        break;
                    }
                }
                circle.add(circle.get(0));
                diagnostics.error(at, "include.circle", rawTarget, String.join(" → ", circle));
            }
            return true; // the content is there already: nothing is lost
        }
        if (stack.size() >= MAX_DEPTH) {
            diagnostics.error(at, "include.too-deep", rawTarget, MAX_DEPTH);
            return false;
        }
        if (!Files.isRegularFile(real)) {
            diagnostics.error(at, "include.not-a-file", rawTarget);
            return false;
        }
        if (out.size() > MAX_LINES || ++includes > MAX_INCLUDES) {
            if (!tooLarge) {
                diagnostics.error(at, "include.too-large", rawTarget, MAX_LINES);
                tooLarge = true;
            }
            return false;
        }
        List<SourceLine> lines = read.containsKey(real) ? read.get(real) : TextFile.read(resolved, at, diagnostics);
        read.put(real, lines);
        if (lines == null) {
            return false;
        }
        IncludeSelection.Result selected = selection.apply(lines);
        int expansion = ++expansions;
        expansionAt.put(expansion, at);
        lines = selected.lines().stream().map(l -> new SourceLine(l.text(), l.location(), expansion)).toList();
        if (!selected.missingTags().isEmpty()) {
            diagnostics.warning(at, "include.tag-missing", rawTarget, String.join(", ", selected.missingTags()));
        }
        for (IncludeSelection.Unclosed open : selected.unclosedTags()) {
            diagnostics.warning(open.at(), "include.tag-unclosed", open.tag());
        }
        if (!included.contains(real)) {
            included.add(real);
        }
        // include::part.adoc[leveloffset=+1]: Asciidoctor puts the part's sections that much lower by setting
        // :leveloffset: around its lines; so does the expansion, on the include's line
        String offset = leveloffset(attrs);
        String offsetBefore = attributes.get("leveloffset");
        if (offset != null) {
            out.add(new SourceLine(":leveloffset: " + offset, at, line.include()));
            attributes.put("leveloffset", offset);
        }
        // includes that fan out (each part including the next twice) multiply a report past any memory, within the
        // count of includes too when a part is long: the whole expansion is held to a report file's limit, said once
        // at the include that passes it (trial AQ, 5)
        long size = 0;
        for (SourceLine l : lines) {
            size += l.text().length() + 1;
        }
        if (tooLarge || expandedChars + size > TextFile.MAX_BYTES) {
            if (!tooLarge) {
                diagnostics.error(at, "include.too-big", rawTarget, TextFile.MAX_BYTES / (1024 * 1024));
                tooLarge = true;
            }
            return false;
        }
        expandedChars += size;
        stack.push(real);
        expandLines(resolved, lines, stack, out);
        stack.pop();
        if (offset != null) {
            out.add(new SourceLine(offsetBefore == null ? ":leveloffset!:" : ":leveloffset: " + offsetBefore, at,
                    line.include()));
            if (offsetBefore == null) {
                attributes.remove("leveloffset");
            } else {
                attributes.put("leveloffset", offsetBefore);
            }
        }
        return true;
    }

    private static final Pattern LEVELOFFSET = Pattern.compile("(?:^|,)\\s*leveloffset\\s*=\\s*[\"']?([+-]?\\d{1,2})[\"']?\\s*(?:,|$)");

    /** The {@code leveloffset} of an include's attributes ({@code +1}, {@code -1}, {@code 2}), or null. */
    static String leveloffset(String attrs) {
        if (attrs == null || !attrs.contains("leveloffset")) {
            return null;
        }
        Matcher m = LEVELOFFSET.matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    private String substitute(String target, Location at, Path file, Deque<Path> stack) {
        String[] unknown = {null};
        String out = AttributeRefs.replace(target, name -> {
            String value = attributes.get(name.toLowerCase(java.util.Locale.ROOT));
            if (value == null && unknown[0] == null) {
                unknown[0] = name;
            }
            return value;
        });
        // include::{docdir}/… is Asciidoctor's idiom for a path from the page's folder; it makes a path of the
        // build machine, which Tally does not follow: the path from the including file says the same (trial AF)
        String from = unknown[0] != null ? fromIncluding(target, file, stack) : null;
        if (from != null) {
            diagnostics.error(at, "include.document-attribute", unknown[0], target, from);
            return null;
        }
        if (unknown[0] != null) {
            diagnostics.error(at, "include.unknown-attribute", unknown[0], target);
            return null;
        }
        return out;
    }

    /**
     * {@code {docdir}/rest} written as a path from the including file's folder ({@code rest} when the report itself
     * includes it), or null when the target is not of that form.
     */
    private static String fromIncluding(String target, Path file, Deque<Path> stack) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("{docdir}/") || stack.isEmpty() || file.getParent() == null) {
            return null;
        }
        Path docdir = stack.peekLast().getParent();
        Path here = realPath(file).getParent();
        if (docdir == null || here == null) {
            return null;
        }
        String up = here.relativize(docdir).toString().replace('\\', '/');
        String rest = target.substring("{docdir}/".length());
        return up.isEmpty() ? rest : up + "/" + rest;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
