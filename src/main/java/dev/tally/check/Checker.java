package dev.tally.check;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;
import dev.tally.diagnostic.Severity;
import dev.tally.model.Block;
import dev.tally.model.CheckDef;
import dev.tally.model.Figure;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Table;
import dev.tally.model.Values;
import dev.tally.read.NumberText;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check of a report: each table's own checks, the document checks, and the prose figures
 * that state an expected value. Every failure and every invalid check becomes a diagnostic.
 */
public final class Checker {

    /** What checking one report found. */
    public record Result(Diagnostics diagnostics, int checksRun, List<CheckOutcome> outcomes,
            List<FailedCell> failedCells) {
    }

    private final Report report;
    private final Report previous;
    private boolean strict;
    /** The blocks the report's template requires (a figure bound to one the report lacks is skipped). */
    private java.util.Set<String> templateBlocks = java.util.Set.of();
    private final DocumentScope document;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<CheckOutcome> outcomes = new ArrayList<>();
    private final List<FailedCell> failedCells = new ArrayList<>();
    private int run;
    private int skippedForPrevious;
    private int skippedForUnreadablePrevious;
    /** Checks run on some rows or columns only, the others' data not read; and the first of them. */
    private int partlyRun;
    private Location partlyRunFirst;
    /** How many of those met a table the previous report could not read for its template's failure. */
    private int previousTemplateFailed;
    /** Checks and figures skipped for data of this report that could not be read (reported where it was read). */
    private int skippedForUnreadable;
    /** Where the first of those stands: the note is at its line. */
    private Location firstUnreadableSkip;
    private int skippedForPreviousShape;
    /** The template's checks not run because they name what the report lacks (a missing table or row). */
    private int skippedForShape;

    private Checker(Report report, Report previous) {
        this.report = report;
        this.previous = previous;
        this.document = new DocumentScope(report, previous);
    }

    /**
     * @param report the report to check
     * @param previous its previous period's report, or null
     * @param previousNamed whether the report names a previous report (when it does but it could not be
     *                      read, that was reported already and {@code previous.} checks are skipped quietly)
     * @param extraDocumentChecks document checks from the report's template, run before the report's own
     */
    public static Result check(Report report, Report previous, boolean previousNamed,
            List<CheckDef> extraDocumentChecks) {
        return check(report, previous, previousNamed, extraDocumentChecks, java.util.Set.of());
    }

    /**
     * As {@link #check(Report, Report, boolean, List)}, where {@code templateBlocks} are the blocks the report's
     * template requires: a figure bound to one the report lacks is skipped, as the template's checks are (the
     * missing block is the error reported, once).
     */
    public static Result check(Report report, Report previous, boolean previousNamed,
            List<CheckDef> extraDocumentChecks, java.util.Set<String> templateBlocks) {
        return check(report, previous, previousNamed, extraDocumentChecks, templateBlocks, java.util.Map.of());
    }

    /**
     * As above, with the checks of each table the template declares: those of a table the report lacks, or whose
     * columns are not the template's, are listed as not run, so that every report of a template has the same
     * checks in the results (trial X, 3).
     */
    public static Result check(Report report, Report previous, boolean previousNamed,
            List<CheckDef> extraDocumentChecks, java.util.Set<String> templateBlocks,
            java.util.Map<String, List<CheckDef>> templateTableChecks) {
        Checker c = new Checker(report, previous);
        c.templateBlocks = templateBlocks;
        c.templateTableChecks = templateTableChecks;
        return c.run(report, previousNamed, extraDocumentChecks);
    }

    private java.util.Map<String, List<CheckDef>> templateTableChecks = java.util.Map.of();

    /**
     * Checks a template against a report of zeros made from its own shapes: here every name must resolve,
     * template check or not (in a real report, a template check that names something the report lacks is
     * skipped, because the missing block or row is reported already).
     */
    public static Result validateTemplate(Report zeros, List<CheckDef> documentChecks) {
        return check(zeros, zeros, true, documentChecks, true);
    }

    private static Result check(Report report, Report previous, boolean previousNamed,
            List<CheckDef> extraDocumentChecks, boolean strict) {
        Checker c = new Checker(report, previous);
        c.strict = strict;
        return c.run(report, previousNamed, extraDocumentChecks);
    }

    /** Why a check or figure met no number: a value that could not be read, or a row the report lacks. */
    private static String unreadableReason(EvalException.Unreadable e) {
        return e.inPrevious() ? "skip.unreadable-previous" : e.lacksRow() ? "skip.report-lacks"
                : e.templateFailed() ? "skip.template-failed" : "skip.unreadable";
    }

    /**
     * Counts a check or figure not run for data that could not be read: the previous report's, or this report's,
     * whose first place is kept.
     */
    private void unreadableSkip(EvalException.Unreadable e, Location at) {
        skippedForUnreadablePrevious += e.inPrevious() ? 1 : 0;
        previousTemplateFailed += e.inPrevious() && e.templateFailed() ? 1 : 0;
        if (e.inPrevious() || e.templateFailed()) {
            return; // the template's failure says what it costs, at :tally-template: (template.tables-not-read)
        }
        unreadableSkip(at);
    }

    private void unreadableSkip(Location at) {
        skippedForUnreadable++;
        // a check of the template or of a partial stands elsewhere: the report's own first one is shown
        boolean here = report.file().equals(at.file()) && at.line() >= 1;
        boolean firstHere = firstUnreadableSkip != null && report.file().equals(firstUnreadableSkip.file())
                && firstUnreadableSkip.line() >= 1;
        if (firstUnreadableSkip == null || here && (!firstHere || at.line() < firstUnreadableSkip.line())) {
            firstUnreadableSkip = at;
        }
    }

    /** Whether a check's rows or columns do not line up because one side is the previous report's table. */
    private static boolean misalignedWithPrevious(EvalException e) {
        return !(e instanceof EvalException.PreviousLacks)
                && (e.code().equals("check.shape-mismatch") || e.code().equals("check.shape-extra"))
                && e.args().size() >= 3 && (e.args().get(0).startsWith("previous.") ^ e.args().get(1).startsWith("previous."));
    }

    /** Whether the report names a previous report, read or not. */
    private boolean previousNamed;

    private Result run(Report report, boolean previousNamed, List<CheckDef> extraDocumentChecks) {
        this.previousNamed = previousNamed;
        for (Block block : report.blocks().values()) {
            if (block instanceof Table table) {
                TableScope scope = new TableScope(table, document);
                for (CheckDef def : table.checks()) {
                    run(def, scope, table);
                }
            }
        }
        templateTableChecks.forEach((id, checks) -> {
            Block block = report.blocks().get(id);
            for (CheckDef def : checks) {
                if (!(block instanceof Table table)) {
                    // the missing (or unreadable) table is the error reported; its checks are not run
                    skippedForShape++;
                    outcomes.add(CheckOutcome.skipped(id, def.text(), def.location(), "skip.report-lacks"));
                } else if (!containsSame(table.checks(), def)) {
                    outcomes.add(CheckOutcome.skipped(id, def.text(), def.location(), "skip.columns-differ"));
                }
            }
        });
        for (CheckDef def : extraDocumentChecks) {
            run(def, document, null);
        }
        for (CheckDef def : report.checks()) {
            run(def, document, null);
        }
        // the same wrong figure twice on a line is two problems, one line each, told apart by their place in the
        // line: identical lines would be printed and counted as one, and the second found only once the first is
        // fixed (trial AS, 6); a figure of a file included twice is one (SourceLine.include)
        java.util.Map<Figure, Integer> onLine = new java.util.HashMap<>();
        for (Figure figure : report.figures()) {
            onLine.merge(figure, 1, Integer::sum);
        }
        boolean alike = onLine.size() < report.figures().size(); // nearly always none: no count to keep
        java.util.Map<Figure, Integer> seen = alike ? new java.util.HashMap<>() : null;
        for (Figure figure : report.figures()) {
            int times = alike ? onLine.get(figure) : 1;
            figure(figure, times == 1 ? "" : Messages.ref("figure.on-line",
                    String.valueOf(seen.merge(figure, 1, Integer::sum)), String.valueOf(times)));
        }
        if (skippedForPrevious > 0 && !previousNamed) {
            diagnostics.note(Location.of(report.file()), "check.previous-skipped", skippedForPrevious);
        }
        if (skippedForShape > 0) {
            // the missing table or row is the error reported; this says what else it costs (trial T, 14)
            diagnostics.note(Location.of(report.file()), "check.template-skipped", skippedForShape);
        }
        if (skippedForUnreadable > 0) {
            // the unreadable block or cell is the error reported, at its line; this says what else it costs, as
            // for the template's checks (trial AA, F3): the page lists each one as not run; also in a report read
            // only in part (a missing include), whose results list them as not run too (trial AC, 2)
            diagnostics.note(firstUnreadableSkip, "check.unreadable-skipped", skippedForUnreadable);
        }
        if (partlyRun > 0) {
            diagnostics.note(partlyRunFirst, "check.partly-run", partlyRun);
        }
        if (skippedForUnreadablePrevious > 0 && previous != null) {
            // the previous report's own errors say what is wrong with it; here, what it costs this report
            // all for the previous report's template, which could not be loaded: said so, not as data unreadable
            diagnostics.note(Location.of(report.file()), previousTemplateFailed == skippedForUnreadablePrevious
                    ? "check.previous-template-failed" : "check.previous-unreadable", skippedForUnreadablePrevious,
                    relative(report.file(), previous.file()));
        }
        if (skippedForPreviousShape > 0 && previous != null) {
            // typically a report of the previous form (gov-info-disclosure-2019 before 2021's)
            Report.Attribute template = previous.attribute("tally-template");
            String relativePrevious = relative(report.file(), previous.file());
            if (template == null) {
                diagnostics.note(Location.of(report.file()), "check.previous-lacks", skippedForPreviousShape,
                        relativePrevious);
            } else {
                diagnostics.note(Location.of(report.file()), "check.previous-lacks-template", skippedForPreviousShape,
                        relativePrevious, template.value());
            }
        }
        return new Result(diagnostics, this.run, List.copyOf(outcomes), List.copyOf(failedCells));
    }

    /** Where {@code other} is, seen from {@code file}'s directory, with forward slashes. */
    private static String relative(java.nio.file.Path file, java.nio.file.Path other) {
        if (file == null || other == null || file.getParent() == null) {
            return String.valueOf(other);
        }
        return file.getParent().relativize(other).toString().replace('\\', '/');
    }

    /**
     * A block id that is no plain name ({@code fin-table}) written without backquotes in a check or a figure's
     * target, where it reads as {@code fin - table}: the id, or null. Said as such, not as what the subtraction
     * makes of it (trial W, 8).
     */
    private String unquotedId(String text) {
        if (hyphenated == null) {
            hyphenated = new ArrayList<>();
            // only a hyphen reads as another expression; an id of digits (2024) is a number where it stands
            for (String id : report == null ? java.util.Set.<String>of() : report.blocks().keySet()) {
                if (id.indexOf('-') >= 0 && !KeyPath.isPlain(id)) {
                    hyphenated.add(id);
                }
            }
        }
        for (String id : hyphenated) {
            for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
                boolean startsName = at == 0 || !KeyPath.isNamePart(text.codePointBefore(at))
                        && text.charAt(at - 1) != '`' && text.charAt(at - 1) != '.';
                int end = at + id.length();
                boolean endsName = end == text.length() || !KeyPath.isNamePart(text.codePointAt(end))
                        && text.charAt(end) != '`';
                if (startsName && endsName && !insideBackquotes(text, at)) {
                    return id;
                }
            }
        }
        return null;
    }

    /** Whether the list holds this very check (the reader adds the template's own objects to its tables). */
    private static boolean containsSame(List<CheckDef> checks, CheckDef def) {
        for (CheckDef c : checks) {
            if (c == def) {
                return true;
            }
        }
        return false;
    }

    /** The report's block ids with a hyphen, found once. */
    private List<String> hyphenated;

    private static boolean insideBackquotes(String text, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '`') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private void run(CheckDef def, Scope scope, Table table) {
        String scopeName = table == null ? null : table.id();
        String unquoted = def.fromTemplate() ? null : unquotedId(def.text());
        if (unquoted != null) {
            diagnostics.error(def.location(), "check.id-needs-quotes", def.text(), unquoted);
            outcomes.add(new CheckOutcome(scopeName, def.text(), def.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        Comparison comparison;
        try {
            comparison = CheckParser.parse(def.text());
        } catch (CheckSyntaxException e) {
            String[] key = def.fromTemplate() ? null : bareKey(def.text(), e.offset(), e.offset());
            if (key != null) {
                // 其他（含）, 1.属于国家秘密: a key of the data with a full-width bracket or a dot, which "write ( instead"
                // or "found '.'" would not name (trial AM, 4; trial AS, 4)
                diagnostics.error(def.location(), "check.key-needs-backquotes", def.text(), key[0], key[1]);
            } else if (e.offset() >= def.text().length()) {
                // at the end of the check there is no character to point at, nor one found (trial AS, 12)
                diagnostics.error(def.location(), endFound(e) ? "check.invalid-end-found" : "check.invalid-end",
                        def.text(), reason(e));
            } else {
                diagnostics.error(def.location(), "check.invalid",
                        def.text(), e.offset() + 1, reason(e), found(e));
            }
            outcomes.add(new CheckOutcome(scopeName, def.text(), def.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        groupsWithTotals(comparison.refs(), table, def.location(), def.text());
        for (Expr.Ref summed : summedRefs(comparison)) {
            valuesGroupWithTotals(summed, def.location(), def.text());
        }
        textInGroups(comparison.refs(), def.location(), def.text(), def.fromTemplate());
        sumsOfOneSeries(comparison.left(), table, def.location(), def.text());
        sumsOfOneSeries(comparison.right(), table, def.location(), def.text());
        unitsDiffer(comparison, table, def);
        Evaluator.Outcome outcome;
        try {
            outcome = Evaluator.compare(comparison, scope);
        } catch (EvalException.NoPrevious e) {
            skippedForPrevious++;
            outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(),
                    previousNamed ? "skip.previous-unavailable" : "skip.no-previous"));
            return;
        } catch (EvalException.Unreadable e) {
            if (e.lacksRow() && def.fromTemplate() && !strict) {
                // a template's check of a row the report lacks: not run, as for a table it lacks (trial AD, 5)
                skippedForShape++;
                outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(), "skip.report-lacks"));
                return;
            }
            unreadableSkip(e, strict ? def.location() : locate(def, comparison, table, null));
            outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(), unreadableReason(e)));
            return;
        } catch (EvalException e) {
            if (def.fromTemplate() && !strict && misalignedWithPrevious(e)) {
                // last year's table has other rows or columns than this year's (a report of no template, or of
                // another): the check cannot be run, and that is said where it applies, not taken for a table this
                // report lacks (trial AS, 2)
                List<String> a = e.args(); // the two tables, what the first has that the second lacks, and back
                boolean previousFirst = a.get(0).startsWith("previous.");
                String firstHas = a.get(2);
                String secondHas = a.size() > 3 ? a.get(3) : "—";
                diagnostics.warning(locate(def, comparison, table, null), "check.previous-misaligned", def.text(),
                        previousFirst ? a.get(0) : a.get(1), previousFirst ? a.get(1) : a.get(0),
                        previousFirst ? firstHas : secondHas, previousFirst ? secondHas : firstHas);
                outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(), "skip.previous-lacks"));
                return;
            }
            if (def.fromTemplate() && !strict && !e.code().startsWith("check.division-by-zero")) {
                // the template's checks were validated when it was loaded: a name that does not resolve here
                // is a block, row or column the report lacks, and that was reported as a shape error; or one the
                // previous report lacks (another template's report, say), which is noted once below
                skippedForPreviousShape += e instanceof EvalException.PreviousLacks ? 1 : 0;
                skippedForShape += e instanceof EvalException.PreviousLacks ? 0 : 1;
                outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(),
                        e instanceof EvalException.PreviousLacks ? "skip.previous-lacks" : "skip.report-lacks"));
                return;
            }
            String[] key = def.fromTemplate() || !e.code().startsWith("check.unknown-") ? null
                    : bareKey(def.text(), e.offset(), refEnd(comparison, e.offset()));
            if (key != null) {
                // 本年增/减 written bare reads as 本年增 / 减: the key, not "unknown name 本年增" (trial AS, 4)
                diagnostics.error(def.location(), "check.key-needs-backquotes", def.text(), key[0], key[1]);
                outcomes.add(new CheckOutcome(scopeName, def.text(), def.location(), CheckOutcome.Status.INVALID, 0));
                return;
            }
            List<Object> args = new ArrayList<>(List.of(def.text(), e.offset() + 1));
            args.addAll(e.args());
            // a template's check fails on this report's data: show it where the report is, not in the template
            Location at = def.fromTemplate() && !strict ? locate(def, comparison, table, null) : def.location();
            diagnostics.error(at, e.code(), args.toArray());
            outcomes.add(new CheckOutcome(scopeName, def.text(), def.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        if (outcome.compared() == 0 && outcome.divisionsByZero().isEmpty() && !hasNoPlaces(outcome)) {
            // every place lacked a number (a row the report lacks, cells reported unreadable): nothing was checked;
            // a template's check of a row the report lacks is counted with the template's checks not run, any
            // other with the checks not run for data that could not be read (trial AC, 2b; trial AD, 5)
            if (def.fromTemplate() && !strict && namesLackedRow(comparison, table)) {
                skippedForShape++;
                outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(), "skip.report-lacks"));
                return;
            }
            if (unreadableIn(outcome.left()) || unreadableIn(outcome.right())) {
                unreadableSkip(strict ? def.location() : locate(def, comparison, table, outcome));
            }
            outcomes.add(CheckOutcome.skipped(scopeName, def.text(), def.location(), "skip.no-numbers"));
            return;
        }
        run++;
        if (unreadablePlace(outcome.left()) || unreadablePlace(outcome.right())) {
            // run on the other rows or columns, not on those whose data could not be read: said, as a check not
            // run is, so that a passed check is not taken for all of the table (trial AG, 3)
            partlyRun++;
            // a template's check at the report's data, as its failures: its text is in no file of the project
            // (trial AM, 1)
            partlyRunFirst = partlyRunFirst == null ? strict ? def.location() : locate(def, comparison, table, outcome)
                    : partlyRunFirst;
        }
        for (Evaluator.ByZero zero : outcome.divisionsByZero()) {
            // trial L, 3: the row or column whose divisor is zero, the check going on in the others; named in
            // the divisor's table, and shown at its row unless that is in the previous report (trial O, 5)
            Header.Node at = zero.node();
            boolean perRow = outcome.shape().axis() == Value.Axis.ROWS;
            boolean here = !zero.table().startsWith("previous.");
            diagnostics.error(perRow && here ? at.location() : def.location(),
                    perRow ? "check.division-by-zero-row" : "check.division-by-zero-column", def.text(),
                    zero.table(), at.path().toString());
        }
        String suffix = def.message() == null || def.message().isBlank() ? "" : " — " + def.message();
        if (def.fromTemplate() && !strict) {
            // the line shown is the report's data, where the check's text is not: say where it is written (trial M, 17)
            suffix = dev.tally.diagnostic.Messages.ref("check.from-template", def.template()) + suffix;
        }
        for (Evaluator.Failure f : outcome.failures()) {
            String[] shown = Exact.showApart(f.left(), f.right());
            String left = shown[0];
            String right = shown[1];
            String neg = comparison.op().found(f.left().compareTo(f.right()));
            Location loc;
            if (f.where() != null) {
                Header.Node at = f.where().index().get(f.index());
                boolean perRow = f.where().axis() == Value.Axis.ROWS;
                loc = perRow ? at.location() : locate(def, comparison, table, outcome);
                diagnostics.report(def.severity(), loc, perRow ? "check.failed-row" : "check.failed-column",
                        f.where().table(), at.path().toString(), def.text(), left, neg, right, suffix);
            } else if (table != null) {
                loc = locate(def, comparison, table, outcome);
                diagnostics.report(def.severity(), loc, "check.failed-table",
                        table.id(), def.text(), left, neg, right, suffix);
            } else {
                loc = locate(def, comparison, null, outcome);
                diagnostics.report(def.severity(), loc, "check.failed", def.text(), left, neg, right, suffix);
            }
            mark(comparison, table, f, def.text() + ": " + left + " " + neg + " " + right, def.severity());
            Location there = previousAt(comparison, f);
            if (there != null) {
                previousFigure(there, loc, def);
            }
        }
        outcomes.add(new CheckOutcome(scopeName, def.text(), def.location(),
                outcome.holds() ? CheckOutcome.Status.PASSED : CheckOutcome.Status.FAILED,
                outcome.failures().size() + outcome.divisionsByZero().size()));
    }

    /**
     * Either year may hold the wrong figure: a note where the previous report's stands, naming this report by its
     * year (when {@code :tally-year:} gives one) and file, as written from the previous report's folder, and the
     * line of the failure (trial AM, 5; trial AT, 5).
     */
    private void previousFigure(Location there, Location failure, CheckDef def) {
        java.nio.file.Path file = failure.line() >= 1 ? failure.file() : report.file();
        int line = failure.line() >= 1 ? failure.line() : 1;
        String path = relative(there.file(), file);
        Report.Attribute year = report.attribute("tally-year");
        String y = year == null ? "" : year.value().strip();
        if (y.matches("\\d{4}")) {
            diagnostics.note(there, "check.previous-figure-year", def.text(), y, path, line);
        } else {
            diagnostics.note(there, "check.previous-figure", def.text(), path, line);
        }
    }

    /**
     * Where the previous report holds the figure a failing comparison takes from it: the row (or, for a comparison
     * of whole columns, the row named) of its table, or its value; null when the comparison takes nothing from it.
     */
    private Location previousAt(Comparison comparison, Evaluator.Failure f) {
        if (previous == null) {
            return null;
        }
        for (Expr.Ref ref : comparison.refs()) {
            if (!ref.isPrevious() || ref.path().size() < 2) {
                continue;
            }
            KeyPath path = ref.path().tail();
            Block block = previous.block(path.first());
            if (block instanceof Table t) {
                Header.Node row = null;
                if (f.where() != null && f.where().axis() == Value.Axis.ROWS) {
                    row = t.rows().find(f.where().index().get(f.index()).path());
                } else if (path.size() > 1) {
                    row = t.rows().find(path.tail());
                }
                return row != null ? row.location() : t.location();
            }
            if (block instanceof Values v) {
                Values.Node node = path.size() > 1 ? v.find(path.tail()) : null;
                return node != null ? node.location() : v.location();
            }
        }
        return null;
    }

    /** A figure of a table with a unit, as named in a check: for telling figures of different units apart. */
    private record Unit(String unit, String name) {
    }

    /** A found pair of figures of different units, added or compared. */
    private static final class UnitClash extends RuntimeException {
        final Unit a;
        final Unit b;

        UnitClash(Unit a, Unit b) {
            super(null, null, false, false);
            this.a = a;
            this.b = b;
        }
    }

    /**
     * Trial M, 13: a check that adds or compares figures of tables whose units differ ({@code 万元} and {@code 元})
     * compares the numbers as written, converting nothing: a warning names both. In a table's own checks a name
     * is the table's row or column first. Any product or quotient is taken as meant (an amount per person, a
     * conversion by 10000), and not warned of; a table without a unit is taken to agree with any.
     */
    private void unitsDiffer(Comparison comparison, Table table, CheckDef def) {
        try {
            Unit left = unitOf(comparison.left(), table);
            Unit right = unitOf(comparison.right(), table);
            // figures of two kinds compared (cases >= samples, 人次 >= 件) are a relation meant as such; one amount
            // in two scales (万元 against 元) is a conversion forgotten (trial AD, 1). Added up, any two units clash.
            if (left != null && right != null && !sameUnit(left.unit(), right.unit())
                    && scalesOfOneUnit(left.unit(), right.unit())) {
                throw new UnitClash(left, right);
            }
        } catch (UnitClash c) {
            // a template's check (a report may give a template's table a unit of its own): at the report's data,
            // saying where the check is written, as a failure does
            boolean templates = def.fromTemplate() && !strict;
            Location where = templates ? locate(def, comparison, table, null) : def.location();
            diagnostics.warning(where, "check.units-differ", def.text(), c.a.name(), c.a.unit(), c.b.name(), c.b.unit(),
                    templates ? Messages.ref("check.from-template", def.template()) : "");
        }
    }

    /** The scale words a unit may start with: {@code 万元} is {@code 元} in ten thousands. */
    private static final java.util.regex.Pattern SCALE = java.util.regex.Pattern.compile(
            "^(?:[十百千万亿兆]+|(?:hundreds?|thousands?|millions?|billions?)(?:of)?)");

    /**
     * Whether two units are one unit in two scales ({@code 万元} and {@code 元}, {@code 亿元} and {@code 万元},
     * {@code 千克} and {@code 克}, {@code thousand USD} and {@code USD}), as opposed to units of two kinds of thing
     * ({@code 人次} and {@code 次}, {@code cases} and {@code samples}).
     */
    static boolean scalesOfOneUnit(String a, String b) {
        return base(unitKey(a)).equals(base(unitKey(b)));
    }

    private static String base(String unitKey) {
        String base = SCALE.matcher(unitKey).replaceFirst("");
        return base.isEmpty() ? unitKey : base;
    }

    private static void clash(Unit a, Unit b) {
        if (a != null && b != null && !sameUnit(a.unit(), b.unit())) {
            throw new UnitClash(a, b);
        }
    }

    /**
     * Whether two units as written are the same: letter case, spaces and full-width forms aside ({@code 万元},
     * {@code 万 元}; {@code km²}, {@code KM²}; {@code ％}, {@code %}).
     */
    static boolean sameUnit(String a, String b) {
        return a.equals(b) || unitKey(a).equals(unitKey(b));
    }

    private static String unitKey(String unit) {
        String folded = java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The unit of what an expression adds up, null when none is known (or when it multiplies or divides). */
    private Unit unitOf(Expr e, Table table) {
        if (e instanceof Expr.Ref ref) {
            Report in = ref.isPrevious() ? previous : report;
            dev.tally.model.KeyPath path = ref.isPrevious() ? ref.path().tail() : ref.path();
            Block block = in == null || path.size() == 0 ? null : in.block(path.first());
            // inside a table's checks a name is first the table's own row or column, as the scope resolves it
            Target local = ref.isPrevious() || table == null ? null : target(ref, table);
            if (local != null && local.table() == table) {
                block = table;
            }
            String unit = block instanceof Table t && t.unit() != null ? t.unit().strip() : "";
            return unit.isEmpty() ? null : new Unit(unit, ref.text());
        }
        if (e instanceof Expr.Negate n) {
            return unitOf(n.operand(), table);
        }
        if (e instanceof Expr.Round r) {
            return unitOf(r.arg(), table);
        }
        if (e instanceof Expr.Binary b) {
            List<Expr.Binary> chain = b.chain();
            Unit acc = unitOf(chain.get(0).left(), table);
            for (Expr.Binary step : chain) {
                Unit r = unitOf(step.right(), table);
                if (step.op() == '*' || step.op() == '/') {
                    acc = null;
                } else {
                    clash(acc, r);
                    acc = acc != null ? acc : r;
                }
            }
            return acc;
        }
        if (e instanceof Expr.Sum sum) {
            Unit found = null;
            for (Expr arg : sum.args()) {
                Unit u = unitOf(arg, table);
                clash(found, u);
                found = found != null ? found : u;
            }
            return found;
        }
        return null;
    }

    /**
     * Trial H, 2: a group that holds its own total (the national form's 办理结果 with its 总计, 行政诉讼 with two)
     * stands for the sum of all its rows or columns, that total counted again. Naming it is almost always meant
     * as its total: say so, with the name to write.
     */
    private void groupsWithTotals(List<Expr.Ref> refs, Table table, Location at, String text) {
        for (Expr.Ref ref : refs) {
            Target t = target(ref, table);
            if (t == null) {
                continue;
            }
            for (Header.Node group : java.util.Arrays.asList(t.row(), t.column())) {
                List<Header.Node> parts = group == null || group.isLeaf() ? null : totalParts(group);
                if (parts == null) {
                    continue;
                }
                String write = String.join(" + ", parts.stream().map(n -> n.path().toString()).toList());
                if (parts.size() == 1) {
                    diagnostics.warning(at, "check.group-with-total", text, group.path().toString(), write);
                } else { // 行政诉讼: its parts hold the totals, and the total is theirs added
                    diagnostics.warning(at, "check.group-with-totals", text, group.path().toString(), write);
                }
            }
        }
    }

    /**
     * Trial M, 1: a values group stands for the sum of the numbers below it, and text there is left out, as the
     * format says. Text with a digit in it (a quoted {@code "8"}, {@code 5条}) is most often a figure pasted with its
     * quotes or unit, which the total then silently lacks: a warning names it. A note in words is left out quietly.
     */
    /** @param atData whether to warn at the first text found (a template's check): it is the report's data that errs */
    private void textInGroups(List<Expr.Ref> refs, Location at, String text, boolean atData) {
        for (Expr.Ref ref : refs) {
            Report from = ref.isPrevious() ? previous : report;
            dev.tally.model.KeyPath path = ref.isPrevious() ? ref.path().tail() : ref.path();
            if (from == null || ref.column() != null || !(from.block(path.first()) instanceof Values values)) {
                continue;
            }
            Values.Node node = path.size() == 1 ? values.root() : values.find(path.tail());
            if (node instanceof Values.Group group) {
                List<TextValue> found = new ArrayList<>();
                textsIn(group, path, found);
                List<String> texts = new ArrayList<>();
                List<Location> where = new ArrayList<>();
                for (TextValue t : found) {
                    texts.add(t.path() + " (\"" + t.value().text() + "\")");
                    where.add(t.value().location());
                    unitAtData(t.path(), t.value());
                }
                if (!texts.isEmpty()) {
                    // a template's check is the same for every report: the warning goes to this report's text,
                    // so that each report that has such text is told at its line (trial U, 4)
                    Location warnAt = atData && where.get(0) != null ? where.get(0) : at;
                    diagnostics.warning(warnAt, "check.sum-text", text, ref.path().toString(), String.join(", ", texts));
                }
            }
        }
    }

    /**
     * Trial M, 7: {@code sum(t.r1)} of one whole row (or column) is that row itself, compared column by column, as
     * rows and columns add element by element; written, it is almost always meant as the row's total. Said once.
     */
    private void sumsOfOneSeries(Expr root, Table table, Location at, String text) {
        // walked with a stack, not recursion: a flat sum of thousands of terms is a deep tree
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof Expr.Sum sum) {
                if (sum.args().size() == 1 && sum.args().get(0) instanceof Expr.Ref ref && ref.column() == null) {
                    Target t = target(ref, table);
                    // a group stands for the sum of its parts already, which sum() of it may well mean: left alone
                    Header.Node whole = t == null ? null : t.row() != null ? t.row() : t.column();
                    if (whole != null && (t.row() == null) != (t.column() == null) && whole.isLeaf()) {
                        diagnostics.warning(at, "check.sum-of-one", text, ref.text(),
                                t.row() != null ? Messages.ref("word.row") : Messages.ref("word.column"));
                    }
                }
                sum.args().forEach(todo::push);
            } else if (e instanceof Expr.Binary b) {
                todo.push(b.left());
                todo.push(b.right());
            } else if (e instanceof Expr.Negate n) {
                todo.push(n.operand());
            } else if (e instanceof Expr.Round r) {
                todo.push(r.arg());
            }
        }
    }

    /** A text value of a group, by its path. */
    private record TextValue(String path, Values.Text value) {
    }

    private static void textsIn(Values.Group group, dev.tally.model.KeyPath path, List<TextValue> out) {
        for (java.util.Map.Entry<String, Values.Node> e : group.children().entrySet()) {
            if (e.getValue() instanceof Values.Text t && t.text().codePoints().anyMatch(Character::isDigit)) {
                out.add(new TextValue(path.child(e.getKey()).toString(), t));
            } else if (e.getValue() instanceof Values.Group g) {
                textsIn(g, path.child(e.getKey()), out);
            }
        }
    }

    /** The values written as a number with its unit that {@link #unitAtData} has said, each once. */
    private final java.util.Set<Location> unitsSaid = new java.util.HashSet<>();

    /**
     * A value written as a number with its unit ({@code 门户网站: 150条}) that a figure or a sum uses as a number: a
     * warning at the value's own line, where the fix is, besides those at the figure and the check (trial AT, 14).
     */
    private void unitAtData(String path, Values.Text value) {
        java.util.regex.Matcher pasted = NumberText.WITH_UNIT.matcher(value.text().strip());
        if (pasted.matches() && value.location() != null && unitsSaid.add(value.location())) {
            diagnostics.warning(value.location(), "value.unit-written", path, value.text().strip(), pasted.group(1));
        }
    }

    /**
     * What adds up to a group's total where a total stands inside it (so that naming the group counts it twice):
     * its own total (a part keyed 总计, 合计 or total); else, where a group among its parts holds one, its parts with
     * each such group replaced by what adds up to that group's total. Null where no total stands inside.
     */
    private static List<Header.Node> totalParts(Header.Node group) {
        for (Header.Node child : group.children()) {
            if (child.isLeaf() && TOTALS.contains(child.key())) {
                return List.of(child);
            }
        }
        List<Header.Node> parts = new ArrayList<>();
        boolean counted = false;
        for (Header.Node child : group.children()) {
            List<Header.Node> inner = child.isLeaf() ? null : totalParts(child);
            if (inner == null) {
                parts.add(child);
            } else {
                parts.addAll(inner);
                counted = true;
            }
        }
        return counted ? parts : null;
    }

    /** The names inside a {@code sum(...)}, where a values group may stand (it stands for its numbers' sum). */
    private static List<Expr.Ref> summedRefs(Comparison comparison) {
        List<Expr.Ref> refs = new ArrayList<>();
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>(List.of(comparison.left(), comparison.right()));
        java.util.ArrayDeque<Boolean> inSum = new java.util.ArrayDeque<>(List.of(false, false));
        while (!todo.isEmpty()) { // a stack, not recursion: a flat sum of thousands of terms is a deep tree
            Expr e = todo.pop();
            boolean summing = inSum.pop();
            if (e instanceof Expr.Ref ref && summing) {
                refs.add(ref);
            } else if (e instanceof Expr.Sum sum) {
                sum.args().forEach(a -> { todo.push(a); inSum.push(true); });
            } else if (e instanceof Expr.Binary b) {
                todo.push(b.left());
                inSum.push(summing);
                todo.push(b.right());
                inSum.push(summing);
            } else if (e instanceof Expr.Negate n) {
                todo.push(n.operand());
                inSum.push(summing);
            } else if (e instanceof Expr.Round r) {
                todo.push(r.arg());
                inSum.push(summing);
            }
        }
        return refs;
    }

    /**
     * A values group summed whole that holds its own {@code 合计} counts it twice, as a table's group does (trial AC,
     * 3): said the same way, naming what to write.
     */
    private void valuesGroupWithTotals(Expr.Ref ref, Location at, String text) {
        Report from = ref.isPrevious() ? previous : report;
        dev.tally.model.KeyPath path = ref.isPrevious() ? ref.path().tail() : ref.path();
        if (from == null || ref.column() != null || path.isEmpty() || !(from.block(path.first()) instanceof Values values)) {
            return;
        }
        Values.Node node = path.size() == 1 ? values.root() : values.find(path.tail());
        List<dev.tally.model.KeyPath> parts = node instanceof Values.Group group ? totalParts(group, ref.path()) : null;
        if (parts == null) {
            return;
        }
        String write = String.join(" + ", parts.stream().map(dev.tally.model.KeyPath::toString).toList());
        diagnostics.warning(at, parts.size() == 1 ? "check.group-with-total" : "check.group-with-totals", text,
                ref.path().toString(), write);
    }

    /** The values group's own total, or its parts with theirs in place of those parts; null if none holds one. */
    private static List<dev.tally.model.KeyPath> totalParts(Values.Group group, dev.tally.model.KeyPath path) {
        for (var child : group.children().entrySet()) {
            if (child.getValue() instanceof Values.Number && TOTALS.contains(child.getKey())) {
                return List.of(path.child(child.getKey()));
            }
        }
        List<dev.tally.model.KeyPath> parts = new ArrayList<>();
        boolean counted = false;
        for (var child : group.children().entrySet()) {
            List<dev.tally.model.KeyPath> inner = child.getValue() instanceof Values.Group g
                    ? totalParts(g, path.child(child.getKey())) : null;
            if (inner == null) {
                parts.add(path.child(child.getKey()));
            } else {
                parts.addAll(inner);
                counted = true;
            }
        }
        return counted ? parts : null;
    }

    private static final java.util.Set<String> TOTALS = java.util.Set.of("总计", "合计", "total", "Total");

    /** Whether a check names a row (of its table or another) that the report lacks though its template has it. */
    private boolean namesLackedRow(Comparison comparison, Table table) {
        for (Expr.Ref ref : comparison.refs()) {
            Target t = target(ref, table);
            if (t != null && t.row() != null && t.table().lacks(t.row())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value holds a cell that could not be read (a null element of a series). */
    private static boolean unreadableIn(Value v) {
        return v instanceof Value.Series s && java.util.Arrays.asList(s.values()).contains(null);
    }

    /**
     * Whether a series of this report has a place without a number that is no row its table lacks: a cell reported
     * as unreadable (text, a broken row). The previous report's are its own report's errors.
     */
    private boolean unreadablePlace(Value v) {
        if (!(v instanceof Value.Series s) || s.table().startsWith("previous.")) {
            return false;
        }
        Block block = report.block(s.table());
        for (int i = 0; i < s.values().length; i++) {
            if (s.values()[i] == null && !(s.axis() == Value.Axis.ROWS && block instanceof Table t
                    && t.lacks(s.index().get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comparison of series has no places at all (an empty table): it holds, vacuously, as before. */
    private static boolean hasNoPlaces(Evaluator.Outcome outcome) {
        return outcome.left() instanceof Value.Series l && l.index().isEmpty()
                || outcome.right() instanceof Value.Series r && r.index().isEmpty();
    }

    /** A cell of a table: where a name in a check points. Row or column is null for a whole column or row. */
    private record Target(Table table, Header.Node row, Header.Node column) {
    }

    /**
     * Marks the cells of this report's tables that a failure is about: in a failing row of a column check, the
     * cells of the columns it names; in a failing column of a row check, the cells of the rows it names; in a
     * failing comparison of two numbers, the cells (or rows or columns summed) it names. Names in the previous
     * report are not marked: that table is on another page.
     */
    private void mark(Comparison comparison, Table table, Evaluator.Failure f, String why, Severity severity) {
        List<Target> targets = new ArrayList<>();
        for (Expr.Ref ref : comparison.refs()) {
            Target t = target(ref, table);
            if (t != null) {
                targets.add(t);
            }
        }
        Value.Series where = f.where();
        Header.Node at = where == null ? null : where.index().get(f.index());
        for (Target t : targets) {
            List<Header.Node> rows;
            List<Header.Node> columns;
            if (where != null && !where.table().equals(t.table().id())) {
                continue;
            }
            if (where != null && where.axis() == Value.Axis.ROWS) {
                if (t.column() == null) {
                    continue;
                }
                rows = t.row() == null ? List.of(at) : t.row().leaves();
                columns = t.column().leaves();
            } else if (where != null) {
                if (t.row() == null) {
                    continue;
                }
                rows = t.row().leaves();
                columns = t.column() == null ? List.of(at) : t.column().leaves();
            } else {
                rows = t.row() == null ? t.table().rows().leaves() : t.row().leaves();
                columns = t.column() == null ? t.table().columns().leaves() : t.column().leaves();
            }
            for (Header.Node r : rows) {
                for (Header.Node c : columns) {
                    failedCells.add(new FailedCell(t.table().id(), r.path(), c.path(), why, severity));
                }
            }
        }
        if (where == null) {
            // a number of a values block, which the text may show as a figure: marked there (trial U, 3)
            for (Expr.Ref ref : comparison.refs()) {
                if (!ref.isPrevious() && ref.column() == null && ref.path().size() > 1
                        && report.block(ref.path().first()) instanceof Values) {
                    failedCells.add(new FailedCell(ref.path().first(), ref.path().tail(), null, why, severity));
                }
            }
        }
    }

    /** Where a name of a check points in this report's tables, as the scopes resolve it; null elsewhere. */
    private Target target(Expr.Ref ref, Table table) {
        if (ref.isPrevious()) {
            return null;
        }
        if (table != null && (table.rows().find(ref.path()) != null || table.columns().find(ref.path()) != null
                || (ref.path().size() == 1 && ref.column() == null))) {
            return local(table, ref.path(), ref);
        }
        if (ref.path().size() < 2 && ref.column() == null) {
            return null;
        }
        Block block = report.block(ref.path().first());
        if (block instanceof Table t) {
            return local(t, ref.path().tail(), ref);
        }
        return table == null || block != null ? null : local(table, ref.path(), ref);
    }

    private static Target local(Table table, dev.tally.model.KeyPath path, Expr.Ref ref) {
        Header.Node row = table.rows().find(path);
        if (ref.column() != null) {
            Header.Node column = table.columns().find(ref.column());
            return row == null || column == null ? null : new Target(table, row, column);
        }
        if (row != null) {
            return new Target(table, row, null);
        }
        Header.Node column = table.columns().find(path);
        return column == null ? null : new Target(table, null, column);
    }

    /**
     * A key of the data in scope that a check must write in backquotes ({@code 1.属于国家秘密}, {@code 本年增/减},
     * {@code 其他（含）}, {@code 1a}), written bare where the check meets its error: the place {@code [from, to]} of
     * a check that does not parse, or the name that names nothing. The name as written (with the keys before it,
     * {@code v.其他（含）}) and as the check must write it ({@code v.`其他（含）`}); else null. Said so, not as what
     * the check makes of the key's dot, slash or bracket ({@code found '.'}, {@code unknown name 本年增}).
     */
    private String[] bareKey(String text, int from, int to) {
        String[] best = null;
        int bestLength = 0;
        for (String key : keysNeedingBackquotes()) {
            if (key.length() <= bestLength) {
                continue;
            }
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                int end = at + key.length();
                boolean starts = at == 0 || !KeyPath.isNamePart(text.codePointBefore(at)) && text.charAt(at - 1) != '`';
                boolean ends = end == text.length() || !KeyPath.isNamePart(text.codePointAt(end))
                        && text.charAt(end) != '`';
                if (!starts || !ends || insideBackquotes(text, at)) {
                    continue;
                }
                int start = pathStart(text, at);
                int reach = end;
                while (reach < text.length() && Character.isWhitespace(text.charAt(reach))) {
                    reach++; // x- = 1 fails at the = after the key's hyphen
                }
                if (start <= to && from <= reach) {
                    best = new String[] {text.substring(start, end),
                            text.substring(start, at) + "`" + key.replace("`", "``") + "`"};
                    bestLength = key.length();
                    break;
                }
            }
        }
        return best;
    }

    /** Where the name written at {@code at} ends, or {@code at} where none starts there. */
    private static int refEnd(Comparison comparison, int at) {
        for (Expr.Ref ref : comparison.refs()) {
            if (ref.at() == at) {
                return at + ref.text().length();
            }
        }
        return at;
    }

    /** Where the keys written before a key ({@code v.} of {@code v.其他（含）}, {@code t.`a b`.}) start. */
    private static int pathStart(String text, int at) {
        int start = at;
        while (start > 1 && text.charAt(start - 1) == '.') {
            int p = start - 1;
            if (text.charAt(p - 1) == '`') {
                int open = text.lastIndexOf('`', p - 2);
                p = open < 0 ? p : open;
            } else {
                while (p > 0 && KeyPath.isNamePart(text.codePointBefore(p))) {
                    p -= Character.charCount(text.codePointBefore(p));
                }
            }
            if (p == start - 1) {
                break;
            }
            start = p;
        }
        return start;
    }

    /**
     * The keys that a check writes in backquotes, of the rows and columns of every table (a table's check is of
     * the report's table, and may name another's) and of every values block.
     */
    private java.util.Set<String> keysNeedingBackquotes() {
        if (quotedKeys == null) {
            quotedKeys = new java.util.LinkedHashSet<>();
            for (Block block : report == null ? List.<Block>of() : report.blocks().values()) {
                if (block instanceof Table t) {
                    keysOf(t, quotedKeys);
                } else if (block instanceof Values v) {
                    keysOf(v.root(), quotedKeys);
                }
            }
        }
        return quotedKeys;
    }

    /** The keys of the report's blocks that a check writes in backquotes, found once. */
    private java.util.Set<String> quotedKeys;

    private static void keysOf(Table table, java.util.Set<String> out) {
        for (Header.Node n : table.rows().all()) {
            if (!KeyPath.isPlain(n.key())) {
                out.add(n.key());
            }
        }
        for (Header.Node n : table.columns().all()) {
            if (!KeyPath.isPlain(n.key())) {
                out.add(n.key());
            }
        }
    }

    private static void keysOf(Values.Group group, java.util.Set<String> out) {
        for (java.util.Map.Entry<String, Values.Node> e : group.children().entrySet()) {
            if (!KeyPath.isPlain(e.getKey())) {
                out.add(e.getKey());
            }
            if (e.getValue() instanceof Values.Group g) {
                keysOf(g, out);
            }
        }
    }

    private static String reason(CheckSyntaxException e) {
        return e.code().equals("syntax.look-alike") || e.code().equals("syntax.operator-spelling")
                ? Messages.ref(e.code(), e.args().get(0)) : Messages.ref(e.code());
    }

    /** Whether the reason of an error at the end of the text says what was found there ("expected a name, found"). */
    private static boolean endFound(CheckSyntaxException e) {
        return e.code().startsWith("syntax.expected-");
    }

    private static String found(CheckSyntaxException e) {
        if (e.args().isEmpty() || e.args().get(0).isEmpty() || e.code().endsWith("too-long") || e.code().endsWith("too-deep")) {
            return "";
        }
        String found = e.args().get(e.args().size() - 1);
        return found.isEmpty() ? "" : " '" + found + "'";
    }

    /**
     * Where a failure is shown: a report's own check at the check; a template's check (whose text is not in
     * the report) at the data it names first.
     */
    private Location locate(CheckDef def, Comparison comparison, Table table, Evaluator.Outcome outcome) {
        if (!def.fromTemplate()) {
            return def.location();
        }
        if (table != null) {
            for (Expr.Ref ref : comparison.refs()) {
                Header.Node row = table.rows().find(ref.path());
                if (row != null) {
                    return row.location();
                }
            }
        }
        if (outcome != null && outcome.left() instanceof Value.Scalar s && s.origin() != null) {
            return s.origin();
        }
        if (outcome != null && outcome.right() instanceof Value.Scalar s && s.origin() != null) {
            return s.origin();
        }
        for (Expr.Ref ref : comparison.refs()) {
            Block block = report.block(ref.path().first());
            if (block != null) {
                if (block instanceof Table t) {
                    Header.Node row = t.rows().find(ref.path().tail());
                    if (row != null) {
                        return row.location();
                    }
                }
                return block.location();
            }
        }
        return table != null ? table.location() : Location.of(report.file());
    }

    /** @param onLine which of the same figures on its line it is, said after a mismatch, or empty */
    private void figure(Figure figure, String onLine) {
        String unquoted = unquotedId(figure.target());
        if (unquoted != null) {
            diagnostics.error(figure.location(), "figure.id-needs-quotes", figure.asWritten(), unquoted);
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        Expr.Ref ref;
        try {
            ref = CheckParser.parseRef(figure.target());
        } catch (CheckSyntaxException e) {
            String[] key = bareKey(figure.target(), e.offset(), e.offset());
            if (key != null) {
                diagnostics.error(figure.location(), "figure.key-needs-backquotes", figure.asWritten(), key[0], key[1]);
            } else {
                // a name's end is the bracket that follows it in the macro: found there (trial AS, 12)
                diagnostics.error(figure.location(), "figure.invalid", figure.asWritten(), e.offset() + 1,
                        reason(e), e.offset() >= figure.target().length() && endFound(e) ? " '['" : found(e));
            }
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        groupsWithTotals(List.of(ref), null, figure.location(), figure.asWritten());
        valuesGroupWithTotals(ref, figure.location(), figure.asWritten()); // a figure on a group shows its sum
        textInGroups(List.of(ref), figure.location(), figure.asWritten(), false);
        Values.Text textValue = document.textValue(ref);
        String text = textValue == null ? null : textValue.text();
        if (text != null) {
            textFigure(figure, text, onLine);
            if (!(figure.isCheck() && figure.expected().strip().equals(text.strip()))) {
                unitAtData(ref.path().toString(), textValue);
            }
            return;
        }
        Value value;
        try {
            // a group of values is shown as the sum of its numbers, as sum(...) counts it
            value = document.resolve(ref, true);
        } catch (EvalException.NoPrevious e) {
            if (previousNamed) {
                // the report names one, which could not be read: that is the error reported (trial S, 14)
                diagnostics.note(figure.location(), "figure.previous-unavailable", figure.asWritten());
                outcomes.add(CheckOutcome.skipped(null, figure.asWritten(), figure.location(), "skip.previous-unavailable"));
                return;
            }
            if (figure.isCheck()) {
                // a figure with its text is a check, and checks on the previous period of a report that names
                // none are skipped, counted in the one note per report (FORMAT 3.3; trial AA, F4): the first
                // report of a chain quotes last year's figures from paper; the page shows the text as written
                skippedForPrevious++;
                outcomes.add(CheckOutcome.skipped(null, figure.asWritten(), figure.location(), "skip.no-previous"));
                return;
            }
            // tally:previous.x[] has no text to show: the page would show nothing where the figure stands
            diagnostics.error(figure.location(), "figure.no-previous", figure.asWritten());
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        } catch (EvalException.Unreadable e) {
            unreadableSkip(e, figure.location());
            outcomes.add(CheckOutcome.skipped(null, figure.asWritten(), figure.location(), unreadableReason(e)));
            return;
        } catch (EvalException e) {
            if (e.code().equals("check.unknown-block") && templateBlocks.contains(e.args().get(0))) {
                // the template's block is missing: that is the error reported, once; here, why the figure is unchecked
                diagnostics.note(figure.location(), "figure.block-missing", figure.asWritten(), e.args().get(0));
                outcomes.add(CheckOutcome.skipped(null, figure.asWritten(), figure.location(), "skip.report-lacks"));
                return;
            }
            String[] key = e.code().startsWith("check.unknown-")
                    ? bareKey(figure.target(), e.offset(), e.offset() + ref.text().length()) : null;
            if (key != null) {
                diagnostics.error(figure.location(), "figure.key-needs-backquotes", figure.asWritten(), key[0], key[1]);
                outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
                return;
            }
            List<Object> args = new ArrayList<>(List.of(figure.asWritten(), e.offset() + 1));
            args.addAll(e.args());
            diagnostics.error(figure.location(), e.code(), args.toArray());
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        Value.Scalar scalar = Value.single(value);
        if (scalar == null) {
            diagnostics.error(figure.location(), "figure.not-single", figure.asWritten());
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        if (!figure.isCheck()) {
            return;
        }
        NumberText.Result expected = NumberText.parseFigure(figure.expected());
        if (!expected.ok()) {
            diagnostics.error(figure.location(), "figure.bad-expected", figure.asWritten(), figure.expected().strip(),
                    Messages.ref(expected.problem()));
            outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(), CheckOutcome.Status.INVALID, 0));
            return;
        }
        run++;
        boolean holds = scalar.value().compareTo(Exact.of(expected.value())) == 0;
        if (!holds) {
            // the text's figure as it prints it (312.50, 12,480): the reader finds it so (trial P, 10; trial Q, 8)
            diagnostics.report(Severity.ERROR, figure.location(), "figure.mismatch", figure.asWritten(),
                    scalar.value().show(), figure.expected().strip(), onLine);
        }
        outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(),
                holds ? CheckOutcome.Status.PASSED : CheckOutcome.Status.FAILED, holds ? 0 : 1));
    }


    /**
     * A figure naming a text value ({@code tally:p.name[]}): shown in the page; with an expected text, a check
     * that the data holds that text.
     */
    private void textFigure(Figure figure, String text, String onLine) {
        java.util.regex.Matcher pasted = NumberText.WITH_UNIT.matcher(text.strip());
        if (pasted.matches() && !(figure.isCheck() && figure.expected().strip().equals(text.strip()))) {
            // trial P, 5: a figure pasted into the data with its unit (人次: 236人次) prints the unit twice in the
            // text around it, and is no number to any check: as check.sum-text says of a sum
            diagnostics.warning(figure.location(), "figure.text-number", figure.asWritten(), text.strip(),
                    pasted.group(1));
        }
        if (!figure.isCheck()) {
            return;
        }
        run++;
        boolean holds = text.strip().equals(figure.expected().strip());
        if (!holds) {
            // "21000" in quotes against 21,000 in the text: two texts that differ, though they read as one number;
            // the line says the data's is text (trial AD, 2)
            boolean quotedNumber = NumberText.parse(text.strip()).ok() && NumberText.parseFigure(figure.expected()).ok();
            diagnostics.report(Severity.ERROR, figure.location(), quotedNumber ? "figure.mismatch-text" : "figure.mismatch",
                    figure.asWritten(), text.strip(), figure.expected().strip(), onLine);
        }
        outcomes.add(new CheckOutcome(null, figure.asWritten(), figure.location(),
                holds ? CheckOutcome.Status.PASSED : CheckOutcome.Status.FAILED, holds ? 0 : 1));
    }
}
