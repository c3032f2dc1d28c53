package dev.tally.model;

import dev.tally.diagnostic.Location;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A values block: a mapping whose leaves are numbers or text. It is not rendered. */
public record Values(String id, String title, Location location, Group root) implements Block {

    /** A node of a values block. */
    public sealed interface Node permits Group, Number, Text, Unreadable {
        Location location();
    }

    public record Group(Map<String, Node> children, Location location) implements Node {
        public Group {
            children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
        }

        /** The sum of every number below this group, or null when a value below could not be read. */
        public BigDecimal sum() {
            BigDecimal total = BigDecimal.ZERO;
            for (Node n : children.values()) {
                if (n instanceof Number num) {
                    total = total.add(num.value());
                } else if (n instanceof Group g) {
                    BigDecimal sub = g.sum();
                    if (sub == null) {
                        return null;
                    }
                    total = total.add(sub);
                } else if (n instanceof Unreadable) {
                    return null;
                }
            }
            return total;
        }
    }

    public record Number(BigDecimal value, Location location) implements Node {
    }

    public record Text(String text, Location location) implements Node {
    }

    /**
     * A value written as a number that could not be read as one ({@code ５０}, {@code 1_000}); reported when read.
     * Checks that use it, or a group holding it, are not run, as with an unreadable table cell.
     */
    public record Unreadable(String text, Location location) implements Node {
    }

    /** The node at a path below the root, or null. */
    public Node find(KeyPath path) {
        Node n = root;
        for (String key : path.keys()) {
            if (!(n instanceof Group g)) {
                return null;
            }
            n = g.children().get(key);
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
