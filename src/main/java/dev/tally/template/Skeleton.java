package dev.tally.template;

import dev.tally.check.Evaluator;
import dev.tally.diagnostic.Messages;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the skeleton of a new report that follows a template: header attributes, every section, every table
 * with zeros and every required value as 0. With the previous period's report, the template's {@code carry:}
 * lines are filled from it (for the national format: 上年结转 from last year's 结转下年度, 现行有效件数 carried
 * over), so the skeleton passes {@code tally:check} as it is.
 */
public final class Skeleton {

    private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_（）()、“”/·-]*");

    /** What the skeleton could not carry over, for the caller to say. */
    /**
     * A line of the template's {@code carry} not carried over: {@code from} as the template writes it, and whether the
     * previous report lacks its table altogether (rather than a row of it, or a number in it).
     */
    public record NotCarried(String from, String table, boolean noTable) {
    }

    public record Result(String text, List<NotCarried> notCarried) {
    }

    private Skeleton() {
    }

    /**
     * @param template the template the report follows
     * @param templateName the name as it goes into {@code :tally-template:}
     * @param year the report's period: a year ({@code 2025}) or any label ({@code 2025-Q1})
     * @param previous the previous period's report, or null
     * @param previousPath the path to it relative to the new report, or null
     */
    public static Result write(Template template, String templateName, String year, Report previous, String previousPath) {
        Map<String, Map<KeyPath, BigDecimal[]>> carried = new HashMap<>();
        Map<String, Boolean> carriedIsRow = new HashMap<>();
        List<NotCarried> notCarried = new ArrayList<>();
        if (previous != null) {
            for (Template.Carry carry : template.carries()) {
                Carrying.Line from = Carrying.locate(template, carry.from());
                BigDecimal[] values = from == null ? null : Carrying.values(previous, from);
                if (values == null) {
                    // which of the reasons (trial AI, 4): its table is not in that report at all, or is but not so
                    notCarried.add(new NotCarried(carry.from(), from == null ? null : from.table(),
                            from != null && previous.block(from.table()) == null));
                    continue;
                }
                for (String to : carry.to()) {
                    Carrying.Line target = Carrying.locate(template, to);
                    if (target != null && target.takes(from)) {
                        carried.computeIfAbsent(target.table(), k -> new HashMap<>()).put(target.path(), values);
                        carriedIsRow.put(target.table() + "." + target.path().dotted(), target.row());
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("= ").append(title(template, year, previous)).append('\n');
        out.append(":tally-year: ").append(year).append('\n');
        out.append(":tally-template: ").append(templateName).append('\n');
        if (previousPath != null) {
            out.append(":tally-previous: ").append(previousPath).append('\n');
        }
        out.append('\n');
        // the clerk's comments in the template's language: a Chinese template gets Chinese ones
        java.util.Locale lang = language(template);
        out.append("// ").append(Messages.format(lang, "init.comment.head", List.of(template.name(),
                previous != null ? Messages.format(lang, "init.comment.carry", List.of()) : ""))).append('\n');
        out.append("// ").append(Messages.format(lang, "init.comment.bind", List.of(firstCell(template))))
                .append("\n\n");

        List<Template.TableSpec> unplaced = new ArrayList<>();
        Map<String, List<Template.TableSpec>> bySection = bySection(template, template.tables().values(),
                Template.TableSpec::section, unplaced);
        // a values block in its section where the template places it (trial AN, 4); the others in the first section
        List<Template.ValuesSpec> valuesUnplaced = new ArrayList<>();
        Map<String, List<Template.ValuesSpec>> valuesBySection = bySection(template, template.values().values(),
                Template.ValuesSpec::section, valuesUnplaced);
        boolean valuesWritten = false;
        for (Template.SectionSpec section : template.sections()) {
            out.append("== ").append(section.title()).append("\n\n");
            out.append("// ").append(Messages.format(lang, "init.comment.section", List.of())).append("\n\n");
            if (!valuesWritten) {
                values(valuesUnplaced, carried, out);
                valuesWritten = true;
            }
            values(valuesBySection.getOrDefault(section.title(), List.of()), carried, out);
            for (Template.TableSpec t : bySection.getOrDefault(section.title(), List.of())) {
                table(t, carried.getOrDefault(t.id(), Map.of()), lang, out);
            }
        }
        if (!valuesWritten) {
            values(valuesUnplaced, carried, out);
        }
        for (Template.TableSpec t : unplaced) {
            table(t, carried.getOrDefault(t.id(), Map.of()), lang, out);
        }
        return new Result(out.toString(), notCarried);
    }

    /**
     * The blocks the template places in one of its sections ({@code section:}), by that section's title; the others
     * added to {@code unplaced}.
     */
    private static <T> Map<String, List<T>> bySection(Template template, java.util.Collection<T> specs,
            java.util.function.Function<T, String> sectionOf, List<T> unplaced) {
        Map<String, List<T>> by = new LinkedHashMap<>();
        for (T spec : specs) {
            String wanted = sectionOf.apply(spec);
            Template.SectionSpec sec = wanted == null ? null : template.sections().stream()
                    .filter(s -> Conformance.matches(s, wanted)).findFirst().orElse(null);
            if (sec == null) {
                unplaced.add(spec);
            } else {
                by.computeIfAbsent(sec.title(), k -> new ArrayList<>()).add(spec);
            }
        }
        return by;
    }

    /** Chinese where the template's title or report title has a Chinese character, else English. */
    static java.util.Locale language(Template template) {
        for (String text : new String[] {template.title(), template.reportTitle()}) {
            if (text != null && text.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return java.util.Locale.CHINESE;
            }
        }
        return java.util.Locale.ENGLISH;
    }

    /**
     * Last period's title with the year changed where the year changes (it names the agency, where the template's
     * {@code report-title} has a placeholder); else the template's {@code report-title}; else year and template.
     * A report of the same year (a quarter after a quarter) does not take last period's title as it is: two
     * reports would share it.
     */
    static String title(Template template, String year, Report previous) {
        String moved = movedTitle(previous, year);
        if (moved != null) {
            return moved;
        }
        if (template.reportTitle() != null) {
            return template.reportTitle().replace("{year}", year);
        }
        return year + " " + (template.title() != null ? template.title() : template.name());
    }

    /**
     * The previous report's title with its period moved on to {@code year}, where the title holds its period as
     * written ({@code :tally-year:}, else the year before); null where it does not (then the template's title is
     * taken), or without a previous report.
     */
    public static String movedTitle(Report previous, String year) {
        if (previous == null) {
            return null;
        }
        String previousYear = periodOf(previous, year);
        String t = previous.title();
        return previousYear != null && !previousYear.equals(year) && t.contains(previousYear)
                ? t.replace(previousYear, year) : null;
    }

    /** The previous report's period: its {@code :tally-year:}, else the year before {@code year}; null if neither. */
    public static String periodOf(Report previous, String year) {
        Report.Attribute y = previous.attribute("tally-year");
        return y != null ? y.value().strip() : yearBefore(year);
    }

    /** The year before a year ({@code 2024} for {@code 2025}); null for a period that is not a year (2025-Q1). */
    private static String yearBefore(String year) {
        return year.matches("\\d{4}") ? String.valueOf(Integer.parseInt(year) - 1) : null;
    }

    private static String firstCell(Template template) {
        for (Template.TableSpec t : template.tables().values()) {
            return t.id() + "." + t.rows().leaves().get(0).path() + "@" + t.columns().leaves().get(0).path();
        }
        return "ID.key";
    }

    private static void values(List<Template.ValuesSpec> specs, Map<String, Map<KeyPath, BigDecimal[]>> carried,
            StringBuilder out) {
        for (Template.ValuesSpec v : specs) {
            if (v.title() != null) {
                out.append('.').append(v.title()).append('\n');
            }
            out.append("[data#").append(v.id()).append("]\n----\n");
            Map<String, Object> tree = new LinkedHashMap<>();
            for (KeyPath p : v.required()) {
                Map<String, Object> node = tree;
                for (int i = 0; i < p.size() - 1; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(p.keys().get(i),
                            k -> new LinkedHashMap<String, Object>());
                    node = child;
                }
                BigDecimal[] value = carried.getOrDefault(v.id(), Map.of()).get(p);
                node.put(p.last(), value != null ? value[0].toPlainString() : "0");
            }
            mapping(tree, "", out);
            out.append("----\n\n");
        }
    }

    @SuppressWarnings("unchecked")
    private static void mapping(Map<String, Object> tree, String indent, StringBuilder out) {
        tree.forEach((k, v) -> {
            out.append(indent).append(key(k)).append(':');
            if (v instanceof Map) {
                out.append('\n');
                mapping((Map<String, Object>) v, indent + "  ", out);
            } else {
                out.append(' ').append(v).append('\n');
            }
        });
    }

    private static void table(Template.TableSpec t, Map<KeyPath, BigDecimal[]> carried, java.util.Locale lang,
            StringBuilder out) {
        if (t.title() != null) {
            out.append('.').append(t.title()).append('\n');
        }
        out.append("[data#").append(t.id()).append("]\n----\nrows:\n");
        int columns = t.columns().leaves().size();
        if (columns > 1) {
            // the cells of a row stand by position: which is which, so that no one counts commas (trial AE, 7)
            List<String> names = t.columns().leaves().stream().map(n -> n.path().dotted()).toList();
            out.append("  # ").append(Messages.format(lang, "init.comment.columns", List.of(String.join(
                    lang.getLanguage().equals("zh") ? "、" : ", ", names)))).append('\n');
        }
        BigDecimal[][] cells = new BigDecimal[t.rows().leaves().size()][columns];
        for (BigDecimal[] row : cells) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        carried.forEach((path, values) -> {
            Header.Node row = t.rows().find(path);
            if (row != null) {
                cells[row.leafIndex()] = values.clone();
            } else {
                Header.Node column = t.columns().find(path);
                for (int r = 0; r < cells.length && column != null; r++) {
                    cells[r][column.leafIndex()] = values[r];
                }
            }
        });
        for (Header.Node root : t.rows().roots()) {
            rows(root, cells, "  ", out);
        }
        out.append("----\n\n");
    }

    private static void rows(Header.Node node, BigDecimal[][] cells, String indent, StringBuilder out) {
        out.append(indent).append(key(node.key())).append(':');
        if (node.isLeaf()) {
            out.append(" [");
            BigDecimal[] row = cells[node.leafIndex()];
            for (int c = 0; c < row.length; c++) {
                out.append(c > 0 ? ", " : "").append(Evaluator.show(row[c]));
            }
            out.append("]\n");
        } else {
            out.append('\n');
            for (Header.Node child : node.children()) {
                rows(child, cells, indent + "  ", out);
            }
        }
    }

    private static String key(String key) {
        if (PLAIN_KEY.matcher(key).matches() && !key.equalsIgnoreCase("null") && !key.equalsIgnoreCase("yes")
                && !key.equalsIgnoreCase("no") && !key.equalsIgnoreCase("true") && !key.equalsIgnoreCase("false")) {
            return key;
        }
        return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
