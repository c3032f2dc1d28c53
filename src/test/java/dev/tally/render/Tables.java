package dev.tally.render;

import dev.tally.diagnostic.Location;
import dev.tally.model.CellKind;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Table;
import dev.tally.model.Values;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made model objects for tests. */
final class Tables {

    private Tables() {
    }

    static final Location AT = new Location(Path.of("t.adoc"), 1);

    /** A table with flat columns and rows. */
    static Table flat(String id, String title, String unit, List<String> columns, List<String> rows,
            Map<String, String> labels, BigDecimal[][] cells) {
        return new Table(id, title, AT, header(columns), header(rows), cells,
                new Location[cells.length][columns.size()], labels, unit, null, null, CellKind.NUMBER, List.of());
    }

    static Header header(List<String> keys) {
        Header.Builder b = new Header.Builder();
        for (String k : keys) {
            b.add(null, b.node(k, KeyPath.of(k), AT));
        }
        return b.build();
    }

    static BigDecimal[] row(String... cells) {
        BigDecimal[] out = new BigDecimal[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? null : new BigDecimal(cells[i]);
        }
        return out;
    }

    /** A values block from alternating keys and values: a BigDecimal, a String (text) or a Map (a group). */
    static Values values(String id, Map<String, Object> entries) {
        return new Values(id, null, AT, group(entries));
    }

    @SuppressWarnings("unchecked")
    private static Values.Group group(Map<String, Object> entries) {
        Map<String, Values.Node> children = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            Object v = e.getValue();
            Values.Node n;
            if (v instanceof BigDecimal d) {
                n = new Values.Number(d, AT);
            } else if (v instanceof String s) {
                n = new Values.Text(s, AT);
            } else {
                n = group((Map<String, Object>) v);
            }
            children.put(e.getKey(), n);
        }
        return new Values.Group(children, AT);
    }
}
