package dev.tally.read;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.FileReference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans expanded AsciiDoc lines for the parts Tally reads. It knows the block structure well enough to
 * skip verbatim and comment blocks (no macros there) and to find block attribute lines, titles and
 * delimiters; everything else is text.
 */
public final class AdocScanner {

    static final Pattern DELIMITER =
            Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,}|--|[|,:!]={3,})\\s*$");
    /** A section title, {@code == Title}, or in Markdown's way, {@code ## Title}, which Asciidoctor reads too. */
    private static final Pattern SECTION = Pattern.compile("^(={1,6}|#{1,6})[ \\t]+(\\S.*)$");
    /** A list item or a description list's term, indented or not (an indented one is no literal paragraph). */
    private static final Pattern LIST_ITEM =
            Pattern.compile("^[ \\t]*(?:(?:-|\\*{1,5}|\\.{1,5}|\\d{1,9}\\.|[a-zA-Z]\\.)[ \\t]+\\S"
                    + "|\\S.*?(?::{2,4}|;;)(?:$|[ \\t]))");
    private static final Pattern TERM_WITH_TEXT = Pattern.compile("^[ \\t]*\\S.*?(?::{2,4}|;;)[ \\t]+\\S");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?[\\w][\\w-]{0,200}!?):(?:[ \\t](.*))?$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(?!\\[)(.*)]\\s*$");
    /** A block anchor line, {@code [[id]]} or {@code [[id,reftext]]}: the id of the block that follows. */
    // the reftext runs to the closing ]], brackets and all, as Asciidoctor's BlockAnchorRx reads it: it is not
    // shown where the anchor stands, so a figure in it is no figure (trial Y, 11)
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([^\\[\\],]+)(?:,.*)?]]\\s*$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");

    private final Diagnostics diagnostics;
    /** The length each attribute defined so far has with its references replaced, as far as it is known. */
    private final java.util.Map<String, Long> expanded = new java.util.HashMap<>();
    private boolean bombed;
    /** The most characters an attribute may stand for. */
    static final long MAX_EXPANDED = 1_000_000;
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w][\\w-]*)}");
    /** The document's attributes set so far in the scan: a figure's {@code {name}} stands for its value. */
    private Map<String, AdocSource.Attribute> attributes = Map.of();
    /** Whether an attribute set so far holds a figure, which a reference to it puts in the text. */
    private boolean figureInAttribute;
    /** {@code :leveloffset:} as set so far: added to the level of each section title. */
    private int levelOffset;
    /** The ids of the page's other elements found so far ({@link AdocSource.Anchor}). */
    private List<AdocSource.Anchor> anchors = new ArrayList<>();
    /** The files the page shows or links to, found so far in the scan. */
    private List<FileReference> files = new ArrayList<>();

    public AdocScanner(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public AdocSource scan(List<SourceLine> lines) {
        String title = null;
        Map<String, AdocSource.Attribute> attributes = new LinkedHashMap<>();
        this.attributes = attributes;
        List<AdocSource.Section> sections = new ArrayList<>();
        List<AdocSource.Block> blocks = new ArrayList<>();
        List<AdocSource.Block> misstyled = new ArrayList<>();
        List<AdocSource.Macro> macros = new ArrayList<>();
        this.anchors = new ArrayList<>();
        List<FileReference> files = new ArrayList<>();
        this.files = files;
        Deque<String> open = new ArrayDeque<>();
        // the cells of each table in open, innermost last (null for a block that is no table)
        List<TableCells> cells = new ArrayList<>();

        // the attribute lines and anchors before a block, merged as Asciidoctor merges them ([[id]], [#id], [data])
        BlockStyle pending = null;
        Location pendingAt = null;
        // the attribute lines' style as last merged, and the line that gave its id: once the block they stand
        // before is taken (pending is null again), the id is that block's, unless the block is a data or checks
        // block (its id is in blocks) or a comment, which the page leaves out
        BlockStyle lastPending = null;
        Location pendingIdAt = null;
        String pendingTitle = null;
        // its line: its figures are found once it is known whether the page shows the title (trial Y, 10)
        SourceLine pendingTitleLine = null;
        // whether the next line of text starts a paragraph, and whether the paragraph under way has its macros
        // replaced: not in a literal paragraph (an indented first line), a listing or source one, and not where
        // subs= leaves macros out, as Asciidoctor shows such text as it is
        boolean paragraphStart = true;
        boolean afterTermText = false;
        // whether the next block is attached to a list item by a + line: no section starts there (trial Z, 1)
        boolean attached = false;
        // whether a list goes on: its next item, after blank lines too, is an item, no two-line title (trial Z, 1)
        boolean inList = false;
        boolean paragraphMacros = true;
        boolean paragraphDropped = false;
        boolean untitled = false;
        // the line of the document title, whose next line (and the one after an author line) is the header's
        // author or revision line, printed as it is
        int titleLine = -2;
        boolean authorLine = false;

        int i = 0;
        while (i < lines.size()) {
            if (pending == null && pendingIdAt != null) {
                blockId(lastPending, pendingIdAt);
                pendingIdAt = null;
            }
            SourceLine line = lines.get(i);
            String text = line.text();
            String stripped = text.strip();
            char first = text.isEmpty() ? ' ' : text.charAt(0);
            // most lines are plain text: only a line starting with one of these can be structure
            boolean structural = "-.+/=*_|,:![#".indexOf(first) >= 0 || stripped.startsWith("//");
            if (first == '`' && text.startsWith("```") && open.stream().noneMatch(AdocScanner::isTable)) {
                // a Markdown fenced code block: a listing for Asciidoctor, no figure in it (trial Y, 9)
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).text().strip().equals("```")) {
                    end++;
                }
                i = end + 1;
                titleFigures(pendingTitleLine, "", macros);
                pending = null;
                pendingAt = null;
                pendingTitle = null;
                pendingTitleLine = null;
                paragraphStart = true;
                continue;
            }
            if (structural) {
                // each pattern below starts with a fixed character: a line that cannot match is not tried
                TableCells inCell = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                // a delimiter line in a cell that is not AsciiDoc (a|) is the cell's text (trial Z, 4)
                boolean cellText = inCell != null && inCell.currentStyle() != 'a' && !isTable(stripped);
                if (maybeDelimiter(text, first) && !cellText && DELIMITER.matcher(text).matches()) {
                    String delim = stripped;
                    paragraphStart = true;
                    if (!open.isEmpty() && open.peek().equals(delim)) {
                        open.pop();
                        cells.remove(cells.size() - 1);
                        i++;
                        continue;
                    }
                    inList &= attached;
                    attached = false;
                    if (delim.startsWith("////")) {
                        // a comment block is left out as a comment line is: what stands before it (a .Title, an
                        // attribute line) is the next block's (trial Z, 3)
                        int end = findClose(lines, i + 1, delim);
                        if (end < 0) {
                            diagnostics.warning(line.location(), "read.unterminated-other", delim);
                        }
                        i = end < 0 ? lines.size() : end + 1;
                        continue;
                    }
                    BlockStyle style = pending == null ? BlockStyle.NONE : pending;
                    if (delim.startsWith("++++")) {
                        rawHtml(line, "++++"); // a passthrough block reaches the page as written (trial AQ, 3)
                    }
                    titleFigures(pendingTitleLine, titleShown(style, delim), macros);
                    pendingTitleLine = null;
                    if (isVerbatim(delim) || delim.equals("--") && style.verbatimOpenBlock()) {
                        int end = findClose(lines, i + 1, delim);
                        int stop = style.tally() && delim.startsWith("----")
                                ? runOn(lines, i + 1, end < 0 ? lines.size() : end) : -1;
                        if (stop >= 0) {
                            // the closing ---- was left out: the block ends where the data ends, and the report
                            // is read on from the section or block that follows, as if the ---- were there
                            Location at = pendingAt != null ? pendingAt : line.location();
                            int last = dataEnd(lines, i + 1, stop);
                            SourceLine cut = lines.get(stop);
                            int lastLine = (last > i + 1 ? lines.get(last - 1) : line).location().line();
                            if (cut.include() == line.include()) {
                                diagnostics.error(at, "read.block-runs-on", style.label(), cut.location().line(),
                                        abbreviate(cut.text().strip()), lastLine, delim);
                            } else {
                                diagnostics.error(at, "read.block-runs-on-include", style.label(),
                                        cut.location().file().getFileName(), cut.location().line(),
                                        abbreviate(cut.text().strip()), lastLine);
                            }
                            if (style.name().equals("data") && (style.id() == null || style.id().isEmpty())) {
                                diagnostics.error(at, "read.data-without-id");
                            } else {
                                blocks.add(new AdocSource.Block(style.name(), style.id(), blockTitle(style, pendingTitle), at,
                                        List.copyOf(lines.subList(i + 1, last))));
                            }
                            i = last;
                            pending = null;
                            pendingAt = null;
                            pendingTitle = null;
                            continue;
                        }
                        if (style.tally()) {
                            Location at = pendingAt != null ? pendingAt : line.location();
                            if (!delim.startsWith("----")) {
                                diagnostics.error(at, "read.block-not-listing", style.name());
                            } else if (end < 0) {
                                diagnostics.error(at, "read.unterminated-block", style.name(), delim);
                            } else {
                                if (style.name().equals("data") && (style.id() == null || style.id().isEmpty())) {
                                    diagnostics.error(at, "read.data-without-id");
                                } else {
                                    blocks.add(new AdocSource.Block(style.name(), style.id(), blockTitle(style, pendingTitle), at,
                                            List.copyOf(lines.subList(i + 1, end))));
                                }
                                Location close = lines.get(end).location();
                                if (lines.get(end).include() != line.include()) {
                                    // read as Asciidoctor reads it, but it is most likely an include cut short
                                    diagnostics.warning(at, "read.block-spans-files", style.name(),
                                            close.file().getFileName(), close.line());
                                }
                            }
                        }
                        if (end < 0 && !style.tally()) {
                            diagnostics.warning(line.location(), "read.unterminated-other", delim);
                        }
                        if (!style.tally() && delim.startsWith("----") && BlockStyle.meant(style.name()) != null) {
                            // [date#appeals]: a data block but for a typo in its style (trial AT, 13)
                            misstyled.add(new AdocSource.Block(style.name(), style.id(), null,
                                    pendingAt != null ? pendingAt : line.location(), List.of()));
                        }
                        if (!style.tally() && style.macrosIn(delim)) {
                            // [subs="+macros"] on a listing: Asciidoctor makes figures of it, so they are checked
                            for (int j = i + 1; j < (end < 0 ? lines.size() : end); j++) {
                                findMacros(lines.get(j), macros);
                            }
                        }
                        i = end < 0 ? lines.size() : end + 1;
                    } else {
                        if (style.tally()) {
                            diagnostics.error(pendingAt, "read.block-not-listing", style.name());
                        }
                        open.push(delim);
                        cells.add(isTable(delim) ? TableCells.of(delim, style.cols(), style.format(), style.separator())
                                : null);
                        i++;
                    }
                    pending = null;
                    pendingAt = null;
                    pendingTitle = null;
                    continue;
                }
                if (stripped.startsWith("//")) {
                    i++; // a comment line: inside a paragraph, the paragraph goes on
                    continue;
                }
                Matcher entry = first == ':' ? ATTRIBUTE_ENTRY.matcher(text) : null;
                // the next line of a paragraph or a list item is its text, no entry (trial Y, 12)
                if (entry != null && paragraphStart && entry.matches()) {
                    String name = entry.group(1);
                    if (!name.startsWith("!") && !name.endsWith("!")) {
                        String value = entry.group(2) == null ? "" : entry.group(2).strip();
                        long expands = expandedLength(value);
                        expanded.put(name, expands);
                        if (expands > MAX_EXPANDED && !bombed) {
                            // :a1: {a0}{a0}…: Asciidoctor would build the text and run out of memory (trial V, 4)
                            bombed = true;
                            diagnostics.error(line.location(), "read.attribute-bomb", name, MAX_EXPANDED);
                        }
                        if (!bombed) {
                            // references in the value are replaced when it is set, as Asciidoctor does
                            // (:tally-previous: ../{last-year}/report.adoc)
                            value = AttributeRefs.resolveValue(value, this::attributeValue, MAX_EXPANDED);
                        }
                        attributes.put(name, new AdocSource.Attribute(name, value, line.location()));
                        figureInAttribute |= value.contains("tally:");
                        if (name.equalsIgnoreCase("leveloffset")) {
                            levelOffset = levelOffset(value, levelOffset);
                        }
                    } else {
                        attributes.remove(name.replace("!", ""));
                        if (name.replace("!", "").equalsIgnoreCase("leveloffset")) {
                            levelOffset = 0;
                        }
                    }
                    paragraphStart = true;
                    i++;
                    continue;
                }
                Matcher attrs = first == '[' ? BLOCK_ATTRIBUTES.matcher(text) : null;
                boolean attributeLine = attrs != null && attrs.matches();
                Matcher anchor = attrs != null && !attributeLine ? BLOCK_ANCHOR.matcher(text) : null;
                boolean anchorLine = anchor != null && anchor.matches();
                if (attributeLine) {
                    Matcher raw = RAW_HTML_ATTRIBUTES.matcher(text);
                    if (raw.find()) {
                        rawHtml(line, raw.group());
                    }
                }
                if (attributeLine || anchorLine) {
                    BlockStyle these = anchorLine
                            ? new BlockStyle("", anchor.group(1).strip()) : BlockStyle.parse(attrs.group(1));
                    BlockStyle merged = pending == null ? these : pending.then(these);
                    if (these.title() != null && (these.title().contains("tally:") || these.title().contains("link:")
                            || these.title().contains("image:"))) {
                        // [title="... tally:v.x[5] ..."]: the page shows the title, figure and all (trial Y, 1), and
                        // the image or link in it
                        findMacros(new SourceLine(these.title(), line.location(), line.include()), macros);
                    }
                    if (pending != null && pending.tally() && !merged.tally()) {
                        diagnostics.error(pendingAt, "read.block-not-listing", pending.name());
                    }
                    if (pending == null || these.tally()) {
                        pendingAt = line.location();
                    }
                    if (these.id() != null && !these.id().isEmpty()) {
                        pendingIdAt = line.location();
                    }
                    pending = merged;
                    lastPending = merged;
                    paragraphStart = true;
                    i++;
                    continue;
                }
                Matcher blockTitle = first == '.' ? BLOCK_TITLE.matcher(text) : null;
                if (blockTitle != null && blockTitle.matches() && open.stream().noneMatch(AdocScanner::isTable)) {
                    pendingTitle = blockTitle.group(1).strip();
                    pendingTitleLine = line;
                    paragraphStart = true;
                    i++;
                    continue;
                }
                Matcher section = first == '=' || first == '#' ? SECTION.matcher(text) : null;
                // a heading right after a line of text is text: Asciidoctor starts no section inside a paragraph
                if (section != null && section.matches() && open.isEmpty() && paragraphStart && !attached) {
                    int level = section.group(1).length() - 1 + levelOffset;
                    String heading = stripClosingMarks(section.group(2));
                    boolean discrete = pending != null
                            && (pending.name().equals("discrete") || pending.name().equals("float"));
                    if (level == 0 && title == null && sections.isEmpty() && levelOffset == 0) {
                        title = heading;
                        titleLine = i;
                    } else if (level > 0 && !discrete) {
                        // a [discrete] heading is no section: not in the outline, and no section of a template
                        sections.add(new AdocSource.Section(level, sectionTitle(heading), line.location()));
                    }
                    // a .Title over a section heading is the title of the section's first block (trial Z, 2)
                    findMacros(line, macros);
                    inList = false;
                    pending = null;
                    paragraphStart = true;
                    i++;
                    continue;
                }
            }
            TableCells cell = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            // an a| cell is a document of its own: a two-line title there is a heading of the cell (trial Z, 4)
            boolean asciidocCell = cell != null && cell.currentStyle() == 'a' && cell.freshCell();
            int setext = (paragraphStart && open.isEmpty() || asciidocCell) && !attached && i + 1 < lines.size()
                    && !stripped.isEmpty() && !(inList && isListItem(text))
                    && i != titleLine + 1 && !(i == titleLine + 2 && authorLine)
                    ? setextLevel(text, lines.get(i + 1).text()) : -1;
            if (setext >= 0) {
                // a two-line title (Title / -----): a section for Asciidoctor, not a line of text and a listing
                // that swallows the rest of the report (trial Y, 4); the lines before a block (attributes, anchors,
                // titles, comments) and one-line titles were taken above
                int level = setext + levelOffset;
                String heading = text.strip();
                boolean discrete = pending != null
                        && (pending.name().equals("discrete") || pending.name().equals("float"));
                if (!open.isEmpty()) {
                    discrete = true; // a cell's heading: no section of the report
                }
                if (level == 0 && title == null && sections.isEmpty() && levelOffset == 0 && open.isEmpty()) {
                    title = heading;
                    titleLine = i + 1;
                } else if (level > 0 && !discrete) {
                    sections.add(new AdocSource.Section(level, sectionTitle(heading), line.location()));
                }
                findMacros(line, macros); // a .Title over it is its first block's title, as above
                inList = false;
                pending = null;
                pendingAt = null;
                paragraphStart = true;
                i += 2;
                continue;
            }
            if (!stripped.isEmpty()) {
                // a description list's term with its text on the line (term:: text): Asciidoctor reads the next
                // line as a block of the item when it is a block macro
                boolean startsBlock = paragraphStart || afterTermText;
                afterTermText = (paragraphStart || inList) && (text.indexOf("::", 1) > 0 || text.indexOf(";;", 1) > 0)
                        && TERM_WITH_TEXT.matcher(text).find();
                if (pending != null && pending.tally()) {
                    diagnostics.error(pendingAt, "read.block-not-listing", pending.name());
                }
                boolean header = i == titleLine + 1 || i == titleLine + 2 && authorLine;
                if (header) {
                    // the author line and the revision line of the header: shown as they are (trial Y, 5)
                    authorLine = i == titleLine + 1;
                    paragraphMacros = false;
                    paragraphStart = true;
                } else if (paragraphStart && ("'<-*_".indexOf(stripped.charAt(0)) >= 0 && BREAK.matcher(stripped).matches()
                        || stripped.startsWith("toc::["))) {
                    // a thematic or page break, or the table of contents: no paragraph, and no title shown
                    // (trial Z, 5)
                    pendingTitleLine = null;
                    pending = null;
                    pendingAt = null;
                    pendingTitle = null;
                    attached = false;
                    i++;
                    continue;
                } else if (paragraphStart) {
                    BlockStyle style = pending == null ? BlockStyle.NONE : pending;
                    boolean item = isListItem(text);
                    boolean indented = (first == ' ' || first == '\t') && open.stream().noneMatch(AdocScanner::isTable)
                            && !item;
                    inList = item || inList && (attached || indented);
                    paragraphDropped = pending != null && style.name().equals("comment");
                    untitled = paragraphDropped || style.name().equals("pass");
                    paragraphMacros = pending == null && !indented
                            || !paragraphDropped && style.macrosInParagraph(indented);
                    // a block macro (image::x.png[]) is a block of its own: the line after it starts another
                    paragraphStart = stripped.equals("+")
                            || stripped.indexOf("::") > 0 && BLOCK_MACRO.matcher(stripped).matches();
                } else if (stripped.equals("+")) {
                    paragraphStart = true; // a list continuation: the block attached after it starts afresh
                }
                // a comment or passthrough paragraph's title is not shown either
                titleFigures(pendingTitleLine, untitled ? null : "", macros);
                pendingTitleLine = null;
                pending = null;
                pendingAt = null;
                pendingTitle = null;
                attached = stripped.equals("+");
                TableCells table = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (table != null) {
                    // in a table, the cells' text: none of a literal cell, and no figure a separator cuts
                    List<String> parts = table.shown(text);
                    for (int p = 0; p < parts.size(); p++) {
                        if (paragraphMacros) {
                            int where = table.starts().get(p);
                            media = where == TableCells.CELL_START || where == TableCells.IN_CELL && startsBlock
                                    ? Media.BLOCK : Media.IN_TEXT;
                            findMacros(new SourceLine(parts.get(p), line.location(), line.include()), macros);
                            media = Media.NONE;
                        }
                    }
                    if (table.freshCell() && table.currentStyle() == 'a') {
                        paragraphStart = true; // the a| cell's document starts on the next line
                    }
                } else if (paragraphMacros && !stripped.equals("+")) {
                    media = startsBlock ? Media.BLOCK : Media.IN_TEXT;
                    findMacros(line, macros);
                    media = Media.NONE;
                    int unclosed = text.indexOf('[') >= 0 ? openFigure(text) : -1;
                    if (unclosed >= 0) {
                        figureOverLines(text.substring(unclosed), lines, i, line, macros);
                    }
                }
            } else {
                if (!cells.isEmpty() && cells.get(cells.size() - 1) != null) {
                    cells.get(cells.size() - 1).shown(text); // a blank line inside a quoted CSV cell goes on
                }
                attached = false;
                paragraphStart = true;
                paragraphMacros = true;
                afterTermText = false;
            }
            i++;
        }
        if (pending != null && pending.tally()) {
            diagnostics.error(pendingAt, "read.block-not-listing", pending.name());
        }
        if (pending == null && pendingIdAt != null) {
            blockId(lastPending, pendingIdAt);
        }
        return new AdocSource(title, attributes, sections, blocks, macros, List.copyOf(anchors), files, lines,
                misstyled);
    }

    /** The id the attribute lines before a block, section or paragraph gave it, if the page shows it. */
    private void blockId(BlockStyle style, Location at) {
        if (style != null && style.id() != null && !style.id().isEmpty() && !style.tally()
                && !style.name().equals("comment")) {
            anchors.add(new AdocSource.Anchor(style.id(), at));
        }
    }

    /** An id as Asciidoctor reads it in an inline anchor: a letter, {@code _} or {@code :} first. */
    private static final String INLINE_ID_NAME = "[\\p{L}_:][\\p{L}\\p{M}\\p{N}\\p{Pc}\\-:.]*";
    /**
     * The inline anchors Asciidoctor catalogs ({@code [[id]]}, {@code [[id,text]]}, {@code anchor:id[text]}; not
     * after a backslash) and a phrase's id ({@code [#id]#text#}, {@code [#id.role]*text*}), bounded so that a long
     * line stays linear.
     */
    private static final Pattern INLINE_ID = Pattern.compile("(?<![\\\\\\[])\\[\\[(" + INLINE_ID_NAME + ")(?:,.{0,300}?)? ?]]"
            + "|(?<!\\\\)anchor:(" + INLINE_ID_NAME + ")\\["
            + "|(?<![\\\\\\p{L}\\p{N}_;:}\\[])\\[#([^\\]\\[.%#\\s]{1,300})(?:[.%][^\\]\\[]{0,300})?]([#*_`^~])");

    /** The ids of a line's inline anchors and phrases ({@link #INLINE_ID}), outside its passthroughs. */
    private void inlineIds(SourceLine line, String t) {
        Matcher m = INLINE_ID.matcher(t);
        List<int[]> passthroughs = null;
        while (m.find()) {
            if (m.group(3) != null && t.indexOf(m.group(4), m.end()) < 0) {
                continue; // [#id] and no closing mark: no phrase
            }
            if (passthroughs == null) {
                passthroughs = passthroughs(t);
            }
            if (inside(passthroughs, m.start()) == null) {
                String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                anchors.add(new AdocSource.Anchor(id, line.location()));
            }
        }
    }

    /**
     * Where a block title's figures stand, by the block it is the title of: null where the page does not show
     * the title (a comment, a checks block), the block's id for a data block (shown as the caption of a table, not
     * over values: the reader knows which), else "" (shown).
     */
    private static String titleShown(BlockStyle style, String delim) {
        if (style.tally()) {
            return style.name().equals("data") && style.id() != null && !style.id().isEmpty() ? style.id() : null;
        }
        // a passthrough block shows its content only, no title (trial Z, 5)
        return delim.startsWith("////") || delim.startsWith("++++") || style.name().equals("comment")
                || style.name().equals("pass") ? null : "";
    }

    /** The figures of a block title, marked with the data block it stands over ({@link #titleShown}). */
    private void titleFigures(SourceLine titleLine, String shownOver, List<AdocSource.Macro> macros) {
        if (titleLine == null || shownOver == null) {
            return;
        }
        int from = macros.size();
        findMacros(titleLine, macros);
        if (!shownOver.isEmpty()) {
            for (int k = from; k < macros.size(); k++) {
                AdocSource.Macro m = macros.get(k);
                macros.set(k, new AdocSource.Macro(m.target(), m.expected(), m.location(), shownOver, m.include()));
            }
        }
    }

    /** The underline characters of two-line section titles, by level: {@code =} is the document title. */
    private static final String SETEXT_UNDERLINES = "=-~^+";

    /**
     * The level of a two-line (Setext) section title, as Asciidoctor's {@code setext_section_title?} finds it, or
     * -1: the second line is one of {@code = - ~ ^ +} repeated, its length within one character of the first's,
     * and the first line has a letter or digit and does not start with a dot. Only where a block may start, and
     * after the block's attribute lines: the caller sees to that.
     */
    public static int setextLevel(String line1, String line2) {
        char c = line2.isEmpty() ? ' ' : line2.charAt(0);
        int level = SETEXT_UNDERLINES.indexOf(c);
        if (level < 0) {
            return -1;
        }
        String under = stripTrailingBlanks(line2);
        for (int k = 1; k < under.length(); k++) {
            if (under.charAt(k) != c) {
                return -1;
            }
        }
        String title = stripTrailingBlanks(line1);
        if (title.startsWith(".") || title.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return -1;
        }
        // Ruby counts characters: a title of six Chinese characters takes six dashes, give or take one
        return Math.abs(title.codePointCount(0, title.length()) - under.length()) < 2 ? level : -1;
    }

    /** The line without the trailing blanks Asciidoctor's reader takes off (ASCII whitespace only). */
    private static String stripTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) <= ' ') {
            end--;
        }
        return line.substring(0, end);
    }


    /** A thematic break ({@code '''}, Markdown's {@code ---}, {@code * * *}) or a page break ({@code <<<}). */
    private static final Pattern BREAK = Pattern.compile("^(?:'{3,}|<{3,}|([-*_])( *)\\1\\2\\1)$");

    /**
     * Whether a line is a list item or a description list's term ({@link #LIST_ITEM}); most lines of prose are
     * passed over on their first character, without the pattern.
     */
    private static boolean isListItem(String text) {
        int k = 0;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k == text.length()) {
            return false;
        }
        char c = text.charAt(k);
        boolean marker = c == '-' || c == '*' || c == '.' || c < 128 && Character.isLetterOrDigit(c);
        return (marker || text.indexOf("::", k) > 0 || text.indexOf(";;", k) > 0) && LIST_ITEM.matcher(text).find();
    }

    /** {@code pass:[...]}, with or without substitutions ({@code pass:q[...]}): Asciidoctor finds no figure in it. */
    private static final Pattern PASS_MACRO = Pattern.compile("(?<!\\\\)pass:([a-z,]*)\\[(?:[^\\]\\\\]|\\\\.)*]");

    /**
     * The inline passthroughs of a line, as {@code [start, end)}: {@code +++raw+++}, {@code $$raw$$},
     * {@code ++text++}, {@code +text+} (constrained: not after a word character; {@code \\+text+} too) and
     * {@code pass:[text]}. Asciidoctor finds no macro in them (tried with Asciidoctor 2), so a {@code tally:}
     * macro there is no figure.
     */
    /** An inline anchor with its text ({@code [[id,text]]}), bounded so that a long line stays linear. */
    private static final Pattern INLINE_REFTEXT = Pattern.compile("(?<!\\\\)\\[\\[[^\\[\\],\\s]+,.{0,300}?]]");
    /** {@code anchor:id[text]}: the text runs to the first ], as Asciidoctor reads it. */
    private static final Pattern ANCHOR_MACRO = Pattern.compile("(?<!\\\\)anchor:[^\\s\\[]{1,300}\\[[^\\]]{0,300}]");

    /**
     * Adds the spans of inline anchors' texts, which the page does not show where they stand (an xref to them
     * prints them as they are): no figure there (trial Z, 7).
     */
    private static List<int[]> anchors(String t, List<int[]> passthroughs) {
        List<int[]> spans = passthroughs;
        for (Pattern p : new Pattern[] {INLINE_REFTEXT, ANCHOR_MACRO}) {
            if (t.contains(p == INLINE_REFTEXT ? "[[" : "anchor:")) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    if (spans == passthroughs) {
                        spans = new ArrayList<>(passthroughs);
                    }
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return spans;
    }

    static List<int[]> passthroughs(String t) {
        if (t.indexOf('+') < 0 && t.indexOf("$$") < 0 && t.indexOf("pass:") < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = PASS_MACRO.matcher(t);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (String mark : List.of("+++", "$$", "++")) {
            int from = 0;
            while (true) {
                int open = t.indexOf(mark, from);
                if (open < 0) {
                    break;
                }
                int close = t.indexOf(mark, open + mark.length());
                if (open > 0 && t.charAt(open - 1) == '\\' || close < 0 || inside(spans, open) != null) {
                    from = open + mark.length();
                    continue;
                }
                spans.add(new int[] {open, close + mark.length()});
                from = close + mark.length();
            }
        }
        for (int open = t.indexOf('+'); open >= 0; open = t.indexOf('+', open + 1)) {
            if (inside(spans, open) != null || open + 1 >= t.length() || Character.isWhitespace(t.charAt(open + 1))
                    || t.charAt(open + 1) == '+' || open > 0 && (isWord(t.charAt(open - 1)) || ";:+".indexOf(t.charAt(open - 1)) >= 0)) {
                continue;
            }
            for (int close = t.indexOf('+', open + 1); close >= 0; close = t.indexOf('+', close + 1)) {
                if (!Character.isWhitespace(t.charAt(close - 1)) && t.charAt(close - 1) != '\\'
                        && (close + 1 == t.length() || !isWord(t.charAt(close + 1)) && t.charAt(close + 1) != '+')) {
                    spans.add(new int[] {open, close + 1});
                    open = close;
                    break;
                }
            }
        }
        return spans;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The span that holds {@code at}, or null. */
    private static int[] inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code text} between {@code from} and {@code to} opens a backquote it does not close. */
    private static boolean unclosedBackquote(String text, int from, int to) {
        boolean open = false;
        for (int k = from; k < to; k++) {
            open ^= text.charAt(k) == '`';
        }
        return open;
    }

    /**
     * Whether {@link #DELIMITER} could match: every delimiter repeats its first character or, for a table,
     * follows it with {@code =}.
     */
    static boolean maybeDelimiter(String text, char first) {
        if (text.length() < 2) {
            return false;
        }
        char second = text.charAt(1);
        return second == first || (second == '=' && "|,:!".indexOf(first) >= 0);
    }

    /** What a block image, video or audio macro on the line being read is to the page. */
    private enum Media {
        /** It starts a block: the page shows the image. */
        BLOCK,
        /** It stands in a paragraph or a plain table cell: the page shows the macro as text. */
        IN_TEXT,
        /** Elsewhere (a listing with macros, a title): text, and not meant as an image. */
        NONE
    }

    private Media media = Media.NONE;

    /** The block macros that name a file: {@code image::}, {@code video::}, {@code audio::}. */
    private static final List<FileReference.Kind> BLOCK_MEDIA =
            List.of(FileReference.Kind.IMAGE, FileReference.Kind.VIDEO, FileReference.Kind.AUDIO);

    /**
     * A line that is a block image, video or audio ({@code image::附件/图 1.png[图一]}), as Asciidoctor reads one: the
     * macro at the start of the line, the target up to the first bracket (spaces allowed inside it), the line ending
     * in the closing bracket.
     */
    private void blockMedia(SourceLine line) {
        String r = line.text().stripTrailing();
        for (FileReference.Kind kind : BLOCK_MEDIA) {
            String macro = kind.macro();
            if (!r.startsWith(macro) || !r.startsWith("::", macro.length()) || !r.endsWith("]")) {
                continue;
            }
            int s = macro.length() + 2;
            int open = r.indexOf('[', s);
            if (open > s && !Character.isWhitespace(r.charAt(s))
                    && !Character.isWhitespace(r.charAt(open - 1))) {
                if (media == Media.BLOCK) {
                    addFile(kind, true, attributeValues(r.substring(s, open)), r.substring(open + 1, r.length() - 1),
                            line);
                } else if (media == Media.IN_TEXT) {
                    // a blank line forgotten before it: the page prints the macro as text
                    diagnostics.warning(line.location(), "read.block-macro-in-text", r.strip());
                }
            }
            return;
        }
    }

    /**
     * The inline images and links of a line the page shows ({@code image:seal.png[]}, {@code link:附件/表.xlsx[]}), as
     * Asciidoctor's inline macros read them: not escaped, not in a passthrough; an image's target may hold spaces,
     * a link's may not, unless it is a passthrough of its own ({@code link:++附件/my file.xlsx++[]}). One pass over
     * the line for each macro, no backtracking.
     */
    private void inlineFiles(SourceLine line, String t) {
        int image = t.indexOf("image:");
        int link = t.indexOf("link:");
        if (image < 0 && link < 0) {
            return;
        }
        List<int[]> skip = anchors(t, passthroughs(t));
        for (int at = image; at >= 0; ) {
            int next = inlineFile(FileReference.Kind.IMAGE, t, at, skip, line);
            at = next < 0 ? -1 : t.indexOf("image:", next);
        }
        for (int at = link; at >= 0; ) {
            int next = inlineFile(FileReference.Kind.LINK, t, at, skip, line);
            at = next < 0 ? -1 : t.indexOf("link:", next);
        }
    }

    /**
     * Reads the inline macro of {@code kind} at {@code at}, adding the file it names; gives where to look for the
     * next one, or -1 when the line can hold no more (no bracket left).
     */
    private int inlineFile(FileReference.Kind kind, String t, int at, List<int[]> skip, SourceLine line) {
        int s = at + kind.macro().length() + 1;
        if (at > 0 && t.charAt(at - 1) == '\\' || inside(skip, at) != null || s >= t.length()) {
            return at + 1;
        }
        char c = t.charAt(s);
        if (c == ':' || c == '[' || Character.isWhitespace(c)) {
            return at + 1;
        }
        String target;
        int open;
        int[] pass = kind == FileReference.Kind.LINK ? inside(skip, s) : null;
        if (pass != null && pass[0] == s) {
            // link:++my file.xlsx++[]: the passthrough is the target, spaces and all, as written ({name} too)
            target = passthroughText(t.substring(pass[0], pass[1]));
            open = pass[1];
            if (open >= t.length() || t.charAt(open) != '[') {
                return open;
            }
        } else if (kind == FileReference.Kind.LINK) {
            open = s;
            while (open < t.length() && t.charAt(open) != '[' && !Character.isWhitespace(t.charAt(open))) {
                open++;
            }
            if (open >= t.length()) {
                return -1;
            }
            if (t.charAt(open) != '[') {
                spaceInLinkTarget(t, s, open, line);
                return open;
            }
            target = attributeValues(t.substring(s, open));
        } else {
            open = t.indexOf('[', s);
            if (open < 0) {
                return -1;
            }
            if (Character.isWhitespace(t.charAt(open - 1))) {
                return open;
            }
            target = attributeValues(t.substring(s, open));
        }
        int close = open + 1;
        while (close < t.length() && !(t.charAt(close) == ']' && (close == open + 1 || t.charAt(close - 1) != '\\'))) {
            close++;
        }
        if (close >= t.length()) {
            return -1;
        }
        addFile(kind, false, target, t.substring(open + 1, close), line);
        return close + 1;
    }

    /**
     * A bare URL that Asciidoctor links (after a space, a bracket, a quote or at the line's start) takes everything up
     * to the next space as its address: in Chinese prose, which has no spaces, that is the rest of the sentence
     * ({@code (https://www.x.gov.cn)下载。如对…}), a dead link on the page (trial AE, 2). Said when the run holds
     * a Chinese punctuation mark, or goes on after a closing parenthesis.
     */
    private void urlsRunningOn(SourceLine line, String t) {
        for (int at = t.indexOf("://"); at > 0; at = t.indexOf("://", at + 3)) {
            int s = at;
            while (s > 0 && Character.isLetter(t.charAt(s - 1)) && t.charAt(s - 1) < 128) {
                s--;
            }
            String scheme = t.substring(s, at).toLowerCase(java.util.Locale.ROOT);
            if (!List.of("http", "https", "ftp", "irc", "file").contains(scheme)) {
                continue;
            }
            // a formatting mark (`code`, *bold*) becomes a tag first, whose > Asciidoctor then links after
            boolean linked = s == 0 || Character.isWhitespace(t.charAt(s - 1)) || "<>()[];\"'`*_#".indexOf(t.charAt(s - 1)) >= 0
                    || s >= 5 && t.startsWith("link:", s - 5);
            int end = at + 3;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && "[]<".indexOf(t.charAt(end)) < 0) {
                end++;
            }
            if (!linked) {
                // glued to a word (请访问https://…) or escaped (\\https://…): no link, and the text is right; but a
                // link written with its brackets after （ or a Chinese character is shown as text, [] and all
                // (trial AO, 2)
                if (end < t.length() && t.charAt(end) == '[' && t.charAt(s - 1) != '\\' && t.charAt(s - 1) > 127) {
                    diagnostics.warning(line.location(), "read.url-macro-glued", t.substring(s, end),
                            t.substring(s - 1, s));
                }
                continue;
            }
            if (end < t.length() && t.charAt(end) == '[') {
                continue; // a link written with its text: its address ends at the bracket
            }
            String run = t.substring(s, end);
            int close = run.indexOf(')');
            int host = at + 3;
            while (host < end && t.charAt(host) < 128 && "/)?#".indexOf(t.charAt(host)) < 0) {
                host++;
            }
            // text right after the host name (https://x.gov.cn下载), a Chinese punctuation mark, or text after ")"
            boolean glued = host < end && t.charAt(host) > 127;
            boolean prose = glued || run.codePoints().anyMatch(c -> "。，、；：！？（）“”‘’《》【】".indexOf(c) >= 0)
                    || close >= 0 && close < run.length() - 1 && run.charAt(close + 1) > 127;
            if (prose) {
                diagnostics.warning(line.location(), "read.url-runs-on", t.substring(s, host),
                        run.length() > 40 ? run.substring(0, 40) + "…" : run);
            }
        }
    }

    /** A file name with an extension right before a macro's bracket: {@code my file.pdf[} ends {@code file.pdf}. */
    private static final Pattern FILE_NAME_END = Pattern.compile("\\S*\\.[\\p{L}\\p{N}]{1,5}$");

    /**
     * A link whose target holds a space ({@code link:附件/my file.pdf[附件]}) is no link to Asciidoctor, which shows
     * the macro as text: said when what follows the space up to the line's next bracket ends in a file name, so that
     * prose that only says "link:" is left alone (trial AC, 4).
     */
    private void spaceInLinkTarget(String t, int s, int space, SourceLine line) {
        int bracket = t.indexOf('[', space);
        if (bracket < 0 || bracket - s > 300) {
            return;
        }
        String written = t.substring(s, bracket);
        if (written.indexOf(']') < 0 && FILE_NAME_END.matcher(written).find()) {
            diagnostics.warning(line.location(), "read.link-target-space", written, written.strip());
        }
    }

    /** The text of an inline passthrough as written ({@code ++a b++}, {@code pass:[a b]}): what it passes through. */
    private static String passthroughText(String pass) {
        if (pass.startsWith("pass:")) {
            int open = pass.indexOf('[');
            return open < 0 ? pass : pass.substring(open + 1, pass.length() - 1);
        }
        for (String mark : List.of("+++", "++", "$$", "+")) {
            if (pass.length() >= 2 * mark.length() && pass.startsWith(mark) && pass.endsWith(mark)) {
                return pass.substring(mark.length(), pass.length() - mark.length());
            }
        }
        return pass;
    }

    /**
     * Adds a file the page names; its target with attribute references replaced, as Asciidoctor replaces them before
     * it reads macros ({@code image::{logo}[]}): one it does not know stays as it is, and the check leaves such a
     * target alone.
     */
    private void addFile(FileReference.Kind kind, boolean block, String target, String attributeList, SourceLine line) {
        String imagesdir = kind.inImagesdir() ? attributeValue("imagesdir") : null;
        files.add(new FileReference(kind, block, target, attributeList, imagesdir, line.location()));
    }

    /** Finds {@code tally:TARGET[EXPECTED]} in one pass over the line (no backtracking on long lines). */
    /** {@code {name}} replaced by the attribute's value where it is set; left as it is where not, as Asciidoctor does. */
    private String attributeValues(String text) {
        return AttributeRefs.replace(text, this::attributeValue);
    }

    /**
     * What makes the page take a report's own HTML as it is written, script included (trial AQ, 3): a block's or a
     * paragraph's substitutions without special characters ({@code [subs=none]}, {@code subs="-specialcharacters"}),
     * the {@code pass} style, an attribute whose value breaks out of its quotes into an event handler
     * ({@code [role="x\" onmouseover=…"]}, {@code window=}, {@code poster=}), a {@code javascript:} address.
     */
    private static final Pattern RAW_HTML_ATTRIBUTES = Pattern.compile(
            "(?i)subs\\s*=\\s*\"?\\s*(?:none|[^\\]\"]*-special(?:characters|chars))|^\\[\\s*pass\\s*[\\],]"
                    + "|\\bon[a-z]+\\s*=|javascript:|<\\s*(?:script|svg|img|iframe)");

    /**
     * The same within a line of text, and an inline passthrough ({@code +++…+++}, {@code pass:[…]}) that holds a tag
     * (one that passes text only, as a figure's source, is harmless).
     */
    private static final Pattern RAW_HTML_INLINE = Pattern.compile(
            "\\+\\+\\+[^+]*<|(?<!\\\\)pass:[a-z,]*\\[[^\\]]*<|(?i)javascript:|vbscript:|data:text/html|\\[[^\\]]*\\bon[a-z]+\\s*="
                    + "|\\b(?:video|audio|image|link)::?[^\\[\\s]*[\"<]");

    /** Warns of HTML the page takes from the report as written, once a line. */
    private void rawHtml(SourceLine line, String what) {
        diagnostics.warning(line.location(), "read.raw-html", what.length() > 40 ? what.substring(0, 40) + "…" : what);
    }

    /**
     * Where a figure starts whose brackets the line leaves open ({@code tally:v.total[12} at its end, as an editor
     * wraps {@code [12 481]} at its space), or -1.
     */
    static int openFigure(String t) {
        int at = t.lastIndexOf("tally:");
        if (at < 0 || at > 0 && (t.charAt(at - 1) == '\\' || t.charAt(at - 1) == '`')) {
            return -1;
        }
        int i = at + 6;
        while (i < t.length() && t.charAt(i) != '[' && t.charAt(i) != ']' && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i == at + 6 || i >= t.length() || t.charAt(i) != '[') {
            return -1;
        }
        for (int k = i + 1; k < t.length(); k++) {
            if (t.charAt(k) == ']' || t.charAt(k) == '[') {
                return -1;
            }
        }
        return at;
    }

    /**
     * A figure whose brackets close on a following line of its paragraph: Asciidoctor reads a paragraph's lines as
     * one text, so it makes a figure of it, and it is checked as one, at the line it starts on (trial AS, 1). The
     * line break reads as a space ({@code [12 481]}). Up to three lines on; a blank line, or a bracket opened
     * first, ends the search.
     */
    private void figureOverLines(String start, List<SourceLine> lines, int i, SourceLine line,
            List<AdocSource.Macro> macros) {
        StringBuilder joined = new StringBuilder(start.stripTrailing());
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            String next = lines.get(j).text();
            if (next.isBlank() || DELIMITER.matcher(next).matches()) {
                return;
            }
            int close = next.indexOf(']');
            int nested = next.indexOf('[');
            if (nested >= 0 && (close < 0 || nested < close)) {
                return;
            }
            joined.append(' ').append((close >= 0 ? next.substring(0, close + 1) : next).strip());
            if (close >= 0) {
                findMacros(new SourceLine(joined.toString(), line.location(), line.include()), macros);
                return;
            }
        }
    }

    /** A block macro's line ({@code image::logo.png[alt]}): its brackets are attributes, never a figure. */
    private static final Pattern BLOCK_MACRO = Pattern.compile("^[A-Za-z][\\w-]*::\\S*\\[.*]\\s*$");

    private void findMacros(SourceLine line, List<AdocSource.Macro> macros) {
        String t = line.text();
        if (figureInAttribute && t.indexOf('{') >= 0) {
            // :x: tally:v.a[92], then {x} in the text: Asciidoctor makes a figure of it, so it is checked too
            // (trial V, 6); the references are replaced before the macros are found, as Asciidoctor does
            t = attributeValues(t);
        }
        if (t.indexOf("[[") >= 0 || t.indexOf("anchor:") >= 0 || t.indexOf("[#") >= 0) {
            inlineIds(line, t); // where Asciidoctor finds macros, it finds inline anchors
        }
        if (t.indexOf("+++") >= 0 || t.indexOf("pass:") >= 0 || t.indexOf("script:") >= 0 || t.indexOf("data:") >= 0
                || t.indexOf('[') >= 0 && (t.indexOf('=') >= 0 || t.indexOf('"') >= 0)) {
            Matcher raw = RAW_HTML_INLINE.matcher(t);
            if (raw.find()) {
                rawHtml(line, raw.group());
            }
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return; // most lines of prose: no macro of any kind (one search, where each below is another)
        }
        if (t.indexOf("::", colon) > 0) {
            blockMedia(line);
            if (BLOCK_MACRO.matcher(t).matches()) {
                return; // Asciidoctor shows an image's alt text as it is: no figure there
            }
        }
        inlineFiles(line, t);
        if (t.indexOf("://", colon) > 0) {
            urlsRunningOn(line, t);
        }
        int from = 0;
        List<int[]> passthroughs = null;
        while (true) {
            int at = t.indexOf("tally:", Math.max(from, colon - 5));
            if (at < 0) {
                return;
            }
            if (passthroughs == null) {
                passthroughs = anchors(t, passthroughs(t));
            }
            int[] pass = inside(passthroughs, at);
            if (pass != null) {
                from = pass[1]; // Asciidoctor prints a passthrough as it is, and no anchor's text: no figure there
                continue;
            }
            int i = at + 6;
            int targetStart = i;
            for (int n = t.length(); i < n; i++) {
                char c = t.charAt(i);
                if (c == '[' || c == ']' || Character.isWhitespace(c)) {
                    break;
                }
            }
            boolean escaped = at > 0 && t.charAt(at - 1) == '\\';
            boolean code = at > 0 && t.charAt(at - 1) == '`'; // `tally:c.total` in a sentence: code, no figure
            boolean spaceInTarget = !escaped && !code && i < t.length() && t.charAt(i) != '[' && t.charAt(i) != ']'
                    && unclosedBackquote(t, targetStart, i) && t.indexOf('[', i) > 0
                    && t.indexOf(']', i) > t.indexOf('[', i);
            if (spaceInTarget) {
                // tally:t.`a b`@c[1]: AsciiDoc ends a macro's target at the space, so this is no figure at all
                diagnostics.error(line.location(), "figure.space-in-target", t.substring(at, t.indexOf('[', i)));
            } else if (!escaped && (i >= t.length() || t.charAt(i) != '[') && strayFigure(t, at, targetStart, i)) {
                // tally:c.total without brackets, or tally:c.delay [95]: no macro for AsciiDoc, so the page would
                // print it as it is and nothing would check it (trial U, 5)
                int after = i;
                while (after < t.length() && t.charAt(after) == ' ') {
                    after++;
                }
                boolean spaced = after > i && after < t.length() && t.charAt(after) == '[';
                // in Chinese no space ends the target: shown as far as it reads as a name (tally:t.人次, not the
                // rest of the sentence)
                int shown = targetStart;
                while (shown < i && (dev.tally.model.KeyPath.isNamePart(t.codePointAt(shown))
                        || ".@`".indexOf(t.charAt(shown)) >= 0)) {
                    shown += Character.charCount(t.codePointAt(shown));
                }
                diagnostics.error(line.location(), spaced ? "figure.space-before-brackets" : "figure.no-brackets",
                        t.substring(at, Math.max(shown, targetStart + 1)));
            }
            if (i > targetStart && i < t.length() && t.charAt(i) == '[') {
                int close = i + 1;
                while (close < t.length() && t.charAt(close) != ']' && t.charAt(close) != '[') {
                    close++;
                }
                if (close < t.length() && t.charAt(close) == ']') {
                    if (!escaped) {
                        // inside another macro's brackets (a footnote) the figure's ] is written \], as AsciiDoc
                        // escapes it: the backslash is not part of the figure
                        int end = close > i + 1 && t.charAt(close - 1) == '\\' ? close - 1 : close;
                        // Asciidoctor replaces attribute references before it reads macros: tally:v.x[{n}]
                        macros.add(new AdocSource.Macro(attributeValues(t.substring(targetStart, i)),
                                attributeValues(t.substring(i + 1, end)), line.location(), line.include()));
                    }
                    from = close + 1;
                    continue;
                }
                from = close;
                continue;
            }
            from = Math.max(i, at + 6);
        }
    }

    /**
     * Whether {@code tally:} at {@code at}, whose target {@code [targetStart, end)} no bracket follows, was meant as
     * a figure: it starts a word (not {@code mytally:}, not in backquotes) and its target names a number the way
     * figures do, with a dot ({@code c.total}). {@code tally:check}, the goal's name in a sentence, is passed over.
     */
    private static boolean strayFigure(String t, int at, int targetStart, int end) {
        int dot = t.indexOf('.', targetStart);
        if (dot <= targetStart || dot >= end - 1) {
            return false; // no dot inside the target ("see tally:." or "tally:check"): no path
        }
        if (at > 0) {
            char before = t.charAt(at - 1);
            if (before == '`' || before == '_' || before < 128 && Character.isLetterOrDigit(before)) {
                return false;
            }
        }
        return true;
    }

    /** The length of a value with each reference to an attribute defined before replaced by what it stands for. */
    private long expandedLength(String value) {
        if (value.indexOf('{') < 0) {
            return value.length();
        }
        long length = value.length();
        Matcher m = ATTRIBUTE_REFERENCE.matcher(value);
        while (m.find()) {
            Long of = expanded.get(m.group(1));
            if (of != null) {
                length = Math.min(Long.MAX_VALUE / 4, length + of - (m.end() - m.start()));
            }
        }
        return length;
    }

    /**
     * A block's title as the page has it: {@code title="..."} in its attribute line, else its {@code .Title} line,
     * with attribute references replaced (trial W, 6: {@code .{company} parcels}); null for none.
     */
    private String blockTitle(BlockStyle style, String titleLine) {
        String t = style.title() != null ? style.title() : titleLine;
        if (t == null || t.indexOf('{') < 0) {
            return t;
        }
        return AttributeRefs.resolveValue(t, this::attributeValue, MAX_EXPANDED);
    }

    /** {@code :leveloffset: +1} on top of the offset so far, or {@code :leveloffset: 2} alone. */
    private static int levelOffset(String value, int before) {
        String v = value.strip();
        try {
            int n = Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
            return v.startsWith("+") || v.startsWith("-") ? before + n : n;
        } catch (NumberFormatException e) {
            return before;
        }
    }

    private String attributeValue(String name) {
        for (Map.Entry<String, AdocSource.Attribute> e : attributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().value();
            }
        }
        return null;
    }

    /** The attributes Asciidoctor sets for characters ({@code {empty}}, {@code {nbsp}}): a title may hold them. */
    private static final Map<String, String> CHARACTER_ATTRIBUTES = Map.ofEntries(Map.entry("empty", ""),
            Map.entry("blank", ""), Map.entry("sp", " "), Map.entry("nbsp", "\u00A0"), Map.entry("zwsp", "\u200B"),
            Map.entry("wj", "\u2060"), Map.entry("apos", "'"), Map.entry("quot", "\""), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("deg", "\u00B0"), Map.entry("plus", "+"), Map.entry("brvbar", "\u00A6"), Map.entry("vbar", "|"),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("startsb", "["),
            Map.entry("endsb", "]"), Map.entry("caret", "^"), Map.entry("asterisk", "*"), Map.entry("tilde", "~"),
            Map.entry("backslash", "\\"), Map.entry("backtick", "`"), Map.entry("two-colons", "::"),
            Map.entry("two-semicolons", ";;"), Map.entry("cpp", "C++"), Map.entry("pp", "++"));

    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[[^\\[\\]]*]]");
    private static final Pattern FOOTNOTE = Pattern.compile("footnote(?:ref)?:[\\w-]*\\[(?:[^\\]\\\\]|\\\\.)*]");

    /**
     * A section title as the page shows it: attribute references replaced, inline anchors ({@code [[id]]}) and
     * footnotes left out, as Asciidoctor shows them apart from the title's text.
     */
    private String sectionTitle(String heading) {
        String t = heading;
        if (t.indexOf('{') >= 0) {
            t = AttributeRefs.resolveValue(t, name -> {
                String v = attributeValue(name);
                return v != null ? v : CHARACTER_ATTRIBUTES.get(name);
            }, MAX_EXPANDED);
        }
        if (t.contains("[[")) {
            t = INLINE_ANCHOR.matcher(t).replaceAll("");
        }
        if (t.contains("footnote")) {
            t = FOOTNOTE.matcher(t).replaceAll("");
        }
        t = shownText(t);
        return t.strip().isEmpty() ? heading : t.strip();
    }

    /** The passthroughs of a title: pass:[...] (with its subs), +++...+++, ++...++, +...+ and $$...$$. */
    private static final Pattern TITLE_PASSTHROUGH = Pattern.compile("(?<!\\\\)pass:([a-z,]*)\\[((?:[^\\]\\\\]|\\\\.)*)]"
            + "|\\+\\+\\+(.+?)\\+\\+\\+|\\$\\$(.+?)\\$\\$|\\+\\+(.+?)\\+\\+"
            + "|(?<![\\p{L}\\p{N}_;:+])\\+(\\S|\\S.*?\\S)\\+(?![\\p{L}\\p{N}_+])");
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));");
    /** A role before a mark: [.role]#text#. */
    private static final Pattern ROLE = Pattern.compile("\\[[^\\]\\[]*](?=[*_`#])");
    private static final Pattern UNCONSTRAINED = Pattern.compile("(\\*\\*|__|``|##)(.+?)\\1");
    /** A constrained mark as Asciidoctor finds it: after no letter or digit, its text not starting with a blank. */
    private static final Pattern CONSTRAINED =
            Pattern.compile("(^|[^\\p{L}\\p{N}_;:}])([*_`#])(\\S|\\S.*?\\S)\\2(?![\\p{L}\\p{N}_])");
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>]*>");
    /** A title longer than this is compared as written: titles are short, and the marks' search is not linear. */
    private static final int MARKED_TITLE = 1000;

    /**
     * The text a reader sees of a title (trial Y, 14; trial Z, 6): a passthrough's content as written (its HTML
     * as the text it shows, its quotes applied where its subs say so), character references as their characters
     * ({@code &#12289;} is 、), and the marks of bold, italic, monospace and highlight, and a role before them
     * ({@code [.x]#…#}), left out.
     */
    static String shownText(String title) {
        if (title.length() > MARKED_TITLE) {
            return title;
        }
        String t = title;
        List<String> kept = new ArrayList<>();
        if (t.indexOf('+') >= 0 || t.contains("pass:") || t.contains("$$")) {
            // each passthrough's text is put aside, out of reach of the marks, and put back after
            Matcher m = TITLE_PASSTHROUGH.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String content;
                if (m.group(2) != null) {
                    content = m.group(2).replace("\\]", "]");
                    String subs = m.group(1);
                    if (subs.contains("q")) {
                        content = marksOut(content);
                    }
                    content = HTML_TAG.matcher(content).replaceAll("");
                } else if (m.group(3) != null || m.group(4) != null) {
                    content = HTML_TAG.matcher(m.group(3) != null ? m.group(3) : m.group(4)).replaceAll("");
                } else {
                    content = m.group(5) != null ? m.group(5) : m.group(6);
                }
                kept.add(content);
                m.appendReplacement(out, "\u0000" + (kept.size() - 1) + "\u0000");
            }
            m.appendTail(out);
            t = out.toString();
        }
        t = marksOut(t);
        for (int k = 0; k < kept.size(); k++) {
            t = t.replace("\u0000" + k + "\u0000", kept.get(k));
        }
        if (t.indexOf('&') >= 0) {
            Matcher m = CHARACTER_REFERENCE.matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String c;
                if (m.group(3) != null) {
                    c = switch (m.group(3)) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default -> "\u00A0";
                    };
                } else {
                    int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                    c = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                }
                m.appendReplacement(out, Matcher.quoteReplacement(c));
            }
            m.appendTail(out);
            t = out.toString();
        }
        return t;
    }

    /** The text without the marks of bold, italic, monospace and highlight, nor a role before them. */
    private static String marksOut(String text) {
        String t = text;
        if (t.indexOf('*') < 0 && t.indexOf('_') < 0 && t.indexOf('`') < 0 && t.indexOf('#') < 0) {
            return t;
        }
        t = ROLE.matcher(t).replaceAll("");
        t = UNCONSTRAINED.matcher(t).replaceAll("$2");
        return CONSTRAINED.matcher(t).replaceAll("$1$3");
    }

    /** {@code Title ==} (symmetric headings) → {@code Title}, in linear time; {@code ## Title ##} too. */
    private static String stripClosingMarks(String heading) {
        String h = heading.strip();
        int end = h.length();
        while (end > 0 && (h.charAt(end - 1) == '=' || h.charAt(end - 1) == '#')) {
            end--;
        }
        if (end < h.length() && end > 0 && Character.isWhitespace(h.charAt(end - 1))) {
            return h.substring(0, end).strip();
        }
        return h;
    }

    private static boolean isTable(String delim) {
        return "|,:!".indexOf(delim.charAt(0)) >= 0;
    }

    private static boolean isVerbatim(String delim) {
        char c = delim.charAt(0);
        return (c == '-' && delim.length() >= 4) || c == '.' || c == '+' || c == '/';
    }

    /**
     * The first line in {@code [from, to)} that cannot be inside a data or checks block: a section title or
     * the attribute line of another Tally block, at the start of the line. Neither can be part of a YAML
     * mapping or list, so such a block was left without its closing delimiter; -1 when there is none.
     */
    private static int runOn(List<SourceLine> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String t = lines.get(j).text();
            if (t.startsWith("==") && SECTION.matcher(t).matches()) {
                return j;
            }
            if (t.startsWith("[") && !t.startsWith("[[")) {
                Matcher m = BLOCK_ATTRIBUTES.matcher(t);
                if (m.matches() && BlockStyle.parse(m.group(1)).tally()) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Where the content of a data or checks block ends, its first line being {@code from} and its closing
     * delimiter {@code close} (or the number of lines when there is none): {@code close}, or, when the closing
     * delimiter was left out and the block runs on into a section or another block, the end of its data. What
     * follows is then read as the report it is, so that one missing line is one error.
     */
    public static int tallyContentEnd(List<SourceLine> lines, int from, int close) {
        int stop = runOn(lines, from, close);
        return stop < 0 ? close : dataEnd(lines, from, stop);
    }

    /** Where the data of a block that runs on into line {@code stop} ends: before the blank lines and the block title in front of it. */
    private static int dataEnd(List<SourceLine> lines, int from, int stop) {
        int last = stop;
        if (last > from && BLOCK_TITLE.matcher(lines.get(last - 1).text()).matches()) {
            last--;
        }
        while (last > from && lines.get(last - 1).text().isBlank()) {
            last--;
        }
        return last;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Whether {@code text} without leading and trailing white space is {@code s} (without making that string). */
    public static boolean strippedEquals(String text, String s) {
        int from = 0;
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (s.isEmpty()) {
            return to == 0;
        }
        if (to < s.length() || text.charAt(to - 1) != s.charAt(s.length() - 1)) {
            return false; // asked of every line of a block: most end otherwise and are passed over at that
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return to - from == s.length() && text.startsWith(s, from);
    }

    private static int findClose(List<SourceLine> lines, int from, String delim) {
        for (int j = from; j < lines.size(); j++) {
            if (strippedEquals(lines.get(j).text(), delim)) {
                return j;
            }
        }
        return -1;
    }

    /** The style and id of a block attribute line, as far as Tally cares. */
    record BlockStyle(String name, String id, String subs, String title, String cols, String format,
            String separator) {

        static final BlockStyle NONE = new BlockStyle("", null);

        BlockStyle(String name, String id) {
            this(name, id, null, null, null, null, null);
        }

        /** An open block ({@code --}) that a style makes verbatim: {@code [source]}, {@code [comment]} and the like. */
        boolean verbatimOpenBlock() {
            return VERBATIM_STYLES.contains(name) || name.equals("comment") || name.equals("pass");
        }

        /** Whether Asciidoctor replaces macros in a delimited block opened by {@code delim} with this style. */
        boolean macrosIn(String delim) {
            char c = delim.charAt(0);
            if (c == '/' || name.equals("comment")) {
                return false;
            }
            boolean pass = c == '+' || name.equals("pass");
            return Subs.macros(subs, !pass && !(c == '-' || c == '.' || VERBATIM_STYLES.contains(name)) ? Subs.NORMAL
                    : pass ? List.of() : Subs.VERBATIM);
        }

        /** Whether Asciidoctor replaces macros in a paragraph with this style, its first line indented or not. */
        boolean macrosInParagraph(boolean indented) {
            boolean verbatim = VERBATIM_STYLES.contains(name) || indented && name.isEmpty();
            if (name.equals("pass")) {
                return Subs.macros(subs, List.of());
            }
            return Subs.macros(subs, verbatim ? Subs.VERBATIM : Subs.NORMAL);
        }

        boolean tally() {
            return name.equals("data") || name.equals("checks");
        }

        /**
         * The style of Tally's a style is a typo of, a letter from it or in other case ({@code date}, {@code dat},
         * {@code Data} for {@code data}; {@code check} for {@code checks}); null for any other, Tally's own too.
         */
        static String meant(String style) {
            if (style.isEmpty() || style.equals("data") || style.equals("checks")) {
                return null;
            }
            String lower = style.toLowerCase(java.util.Locale.ROOT);
            for (String tally : List.of("data", "checks")) {
                if (lower.equals(tally) || dev.tally.diagnostic.Suggest.distance(lower, tally) <= 1) {
                    return tally;
                }
            }
            return null;
        }

        /** How a message names the block: {@code data#id}, or its style alone. */
        String label() {
            return id == null || id.isEmpty() ? name : name + "#" + id;
        }

        /** This block style with a later attribute line's: its style and id, where it gives them, win. */
        BlockStyle then(BlockStyle later) {
            return new BlockStyle(later.name.isEmpty() ? name : later.name, later.id != null ? later.id : id,
                    later.subs != null ? later.subs : subs, later.title != null ? later.title : title,
                    later.cols != null ? later.cols : cols, later.format != null ? later.format : format,
                    later.separator != null ? later.separator : separator);
        }

        static BlockStyle parse(String attrlist) {
            if (attrlist == null) {
                return NONE;
            }
            List<String> parts = splitAttributes(attrlist);
            if (parts.isEmpty()) {
                return NONE;
            }
            String first = parts.get(0).strip();
            String style = first;
            String id = null;
            if (!first.contains("=")) {
                int cut = indexOfAny(first, "#.%");
                style = cut < 0 ? first : first.substring(0, cut);
                int hash = first.indexOf('#');
                if (hash >= 0) {
                    int end = indexOfAny(first.substring(hash + 1), ".%");
                    id = end < 0 ? first.substring(hash + 1) : first.substring(hash + 1, hash + 1 + end);
                }
            } else {
                style = "";
            }
            String subs = null;
            String title = null;
            String cols = null;
            String format = null;
            String separator = null;
            for (String part : parts) {
                String p = part.strip();
                if (p.startsWith("id=")) {
                    id = unquote(p.substring(3).strip());
                } else if (p.startsWith("subs=")) {
                    subs = unquote(p.substring(5).strip());
                } else if (p.startsWith("title=")) {
                    title = unquote(p.substring(6).strip());
                } else if (p.startsWith("cols=")) {
                    cols = unquote(p.substring(5).strip());
                } else if (p.startsWith("format=")) {
                    format = unquote(p.substring(7).strip());
                } else if (p.startsWith("separator=")) {
                    separator = unquote(p.substring(10).strip());
                }
            }
            return new BlockStyle(style.strip(), id == null ? null : id.strip(), subs, title, cols, format, separator);
        }

        private static final java.util.Set<String> VERBATIM_STYLES = java.util.Set.of("literal", "listing", "source");

        private static int indexOfAny(String s, String chars) {
            for (int k = 0; k < s.length(); k++) {
                if (chars.indexOf(s.charAt(k)) >= 0) {
                    return k;
                }
            }
            return -1;
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }

        private static List<String> splitAttributes(String s) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            char quote = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                    cur.append(c);
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    cur.append(c);
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }

    /** The {@code subs} attribute of a block, as far as macros go (Asciidoctor's resolve_subs). */
    static final class Subs {
        static final List<String> NORMAL =
                List.of("specialcharacters", "quotes", "attributes", "replacements", "macros", "post_replacements");
        static final List<String> VERBATIM = List.of("specialcharacters", "callouts");

        private Subs() {
        }

        /** Whether {@code subs} (null: the block's defaults) leaves macros among the substitutions. */
        static boolean macros(String subs, List<String> defaults) {
            if (subs == null) {
                return defaults.contains("macros");
            }
            String spec = subs.replace(" ", "");
            if (spec.isEmpty()) {
                return false;
            }
            boolean modifiers = spec.indexOf('+') >= 0 || spec.indexOf('-') >= 0;
            List<String> candidates = null;
            for (String key : spec.split(",")) {
                int op = 0; // 0 plain, 1 add, -1 remove
                if (modifiers && key.startsWith("+")) {
                    op = 1;
                    key = key.substring(1);
                } else if (modifiers && key.startsWith("-")) {
                    op = -1;
                    key = key.substring(1);
                } else if (modifiers && key.endsWith("+")) {
                    op = 1;
                    key = key.substring(0, key.length() - 1);
                }
                List<String> resolved = switch (key) {
                    case "none" -> List.of();
                    case "normal" -> NORMAL;
                    case "verbatim" -> VERBATIM;
                    default -> List.of(key);
                };
                if (candidates == null) {
                    candidates = new ArrayList<>(op == 0 ? List.of() : defaults);
                }
                if (op >= 0) {
                    candidates.addAll(resolved);
                } else {
                    candidates.removeAll(resolved);
                }
            }
            return candidates != null && candidates.contains("macros");
        }
    }
}
