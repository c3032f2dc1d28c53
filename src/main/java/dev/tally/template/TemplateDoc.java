package dev.tally.template;

import dev.tally.diagnostic.Diagnostics;
import dev.tally.model.CheckDef;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Template;

import java.util.List;

/**
 * The reference of the built-in templates, written from the template files themselves (block ids, keys,
 * official labels, cell kinds, units, sections and checks), so the documentation cannot drift from them.
 * {@code src/site/markdown/templates.md} is this output; a test keeps it so.
 */
public final class TemplateDoc {

    private TemplateDoc() {
    }

    /** Markdown for every built-in template. */
    public static String builtIns() {
        StringBuilder b = new StringBuilder();
        b.append("# Built-in templates\n\n");
        b.append("Generated from the template files in `src/main/resources/dev/tally/templates/` "
                + "(`TemplateDoc`); do not edit by hand.\n\n");
        for (String name : Templates.BUILT_IN) {
            b.append("- [`").append(name).append("`](#").append(name).append(")\n");
        }
        for (String name : Templates.BUILT_IN) {
            Template t = Templates.builtIn(name, new Diagnostics());
            if (t != null) {
                b.append('\n').append(markdown(t));
            }
        }
        return b.toString();
    }

    public static String markdown(Template t) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(t.name()).append("\n\n");
        if (t.title() != null) {
            b.append("**").append(t.title()).append("**\n\n");
        }
        b.append("Use it with `:tally-template: ").append(t.name()).append("`.\n\n");
        if (!t.sections().isEmpty()) {
            b.append("### Sections\n\nThe level-1 sections (`== `), all present, in this order:\n\n");
            int i = 1;
            for (Template.SectionSpec s : t.sections()) {
                b.append(i++).append(". ").append(s.title());
                if (!s.aliases().isEmpty()) {
                    b.append(" (also accepted: ").append(String.join("; ", s.aliases())).append(')');
                }
                b.append('\n');
            }
            b.append('\n');
        }
        for (Template.TableSpec table : t.tables().values()) {
            b.append("### Table `").append(table.id()).append("`");
            if (table.title() != null) {
                b.append(": ").append(table.title());
            }
            b.append("\n\n");
            b.append("Cells: `").append(table.cellKind().id()).append('`');
            if (table.unit() != null) {
                b.append(", unit ").append(table.unit());
            }
            if (table.section() != null) {
                b.append(", in section ").append(table.section());
            }
            int cells = table.columns().leaves().size();
            b.append(". ").append(cells).append(cells == 1 ? " cell per row.\n\n" : " cells per row.\n\n");
            if (table.corner() != null) {
                b.append("Corner: ").append(table.corner()).append("\n\n");
            }
            if (table.columnsTitle() != null) {
                b.append("Over the columns: ").append(table.columnsTitle()).append("\n\n");
            }
            b.append("| column path | label |\n|---|---|\n");
            header(b, table.columns(), table.labels());
            b.append("\n| row path | label |\n|---|---|\n");
            header(b, table.rows(), table.labels());
            checks(b, table.checks(), "Checks (inside the table)");
        }
        for (Template.ValuesSpec v : t.values().values()) {
            b.append("### Values `").append(v.id()).append("`");
            if (v.section() != null) {
                b.append(", in section ").append(v.section());
            }
            b.append("\n\nRequired: ");
            b.append(String.join(", ", v.required().stream().map(KeyPath::toString).map(k -> "`" + k + "`").toList()));
            b.append("\n\n");
        }
        checks(b, t.checks(), "Document checks");
        if (!t.claims().isEmpty()) {
            // which sentences of the prose are held to the data (trial AI, 6)
            b.append("### Sentences checked against the data (`tally.integrity.claim`)\n\n")
                    .append("A sentence of the prose that matches a phrase (a regular expression, read on the text in ")
                    .append("simplified characters; case matters, `(?i)` at its start ignores it) must agree with the data, ")
                    .append("as the check says:\n\n");
            for (Template.Claim c : t.claims()) {
                b.append("- `").append(c.id()).append("`: ").append(c.message() == null ? "" : c.message() + "; ")
                        .append("check `").append(c.check()).append("`; phrase `")
                        .append(c.phrase().replace("`", "'")).append("`\n");
            }
            b.append('\n');
        }
        if (!t.carries().isEmpty()) {
            b.append("### Carried over by `tally:init`\n\n");
            for (Template.Carry c : t.carries()) {
                b.append("- `").append(c.from()).append("` of the previous report → ")
                        .append(String.join(", ", c.to().stream().map(x -> "`" + x + "`").toList())).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void header(StringBuilder b, Header header, java.util.Map<String, String> labels) {
        for (Header.Node n : header.all()) {
            String label = labels.getOrDefault(n.path().dotted(), labels.getOrDefault(n.key(), n.key()));
            b.append("| `").append(n.path()).append('`').append(n.isLeaf() ? "" : " (group)").append(" | ")
                    .append(label.replace("|", "\\|")).append(" |\n");
        }
    }

    private static void checks(StringBuilder b, List<CheckDef> checks, String heading) {
        if (checks.isEmpty()) {
            return;
        }
        b.append("\n").append(heading).append(":\n\n");
        for (CheckDef c : checks) {
            b.append("- `").append(c.text()).append('`');
            if (c.severity() != dev.tally.diagnostic.Severity.ERROR) {
                b.append(" (").append(c.severity().name().toLowerCase(java.util.Locale.ROOT)).append(')');
            }
            if (c.message() != null) {
                b.append(": ").append(c.message());
            }
            b.append('\n');
        }
        b.append('\n');
    }
}
