package dev.tally.model;

import dev.tally.diagnostic.Location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows or the columns of a table: a tree of keys whose leaves, in order, index the cells. */
public final class Header {

    /** A row or column; a group when it has children. */
    public static final class Node {
        private final String key;
        private final KeyPath path;
        private final Location location;
        private final List<Node> children = new ArrayList<>();
        private int leafIndex = -1;
        /** The leaves of a node are a run of the header's leaves: the first's index and how many, once built. */
        private int firstLeaf = -1;
        private int leafCount;

        public Node(String key, KeyPath path, Location location) {
            this.key = key;
            this.path = path;
            this.location = location;
        }

        public String key() {
            return key;
        }

        public KeyPath path() {
            return path;
        }

        public Location location() {
            return location;
        }

        public List<Node> children() {
            return Collections.unmodifiableList(children);
        }

        public boolean isLeaf() {
            return children.isEmpty();
        }

        /** The position of this leaf among all leaves, or -1 for a group. */
        public int leafIndex() {
            return leafIndex;
        }

        /** The index of this node's first leaf among all leaves (its own for a leaf); its leaves follow it. */
        public int firstLeaf() {
            return firstLeaf;
        }

        /** How many leaves this node has (1 for a leaf). */
        public int leafCount() {
            return leafCount;
        }

        /** This node's leaves in order (itself for a leaf). */
        public List<Node> leaves() {
            if (!built) {
                List<Node> out = new ArrayList<>();
                collect(this, out);
                return out; // a header still being built
            }
            List<Node> l = leaves;
            if (l == null) {
                List<Node> out = new ArrayList<>();
                collect(this, out);
                l = List.copyOf(out);
                leaves = l; // immutable: a race makes the same list twice, never a wrong one
            }
            return l;
        }

        /** The leaves, once the header is built; null before. */
        private List<Node> leaves;
        /** Set when the header holding this node is built: the tree no longer changes. */
        private boolean built;

        /** Depth of the subtree: 1 for a leaf. */
        public int depth() {
            int d = 0;
            for (Node c : children) {
                d = Math.max(d, c.depth());
            }
            return d + 1;
        }

        private static void collect(Node n, List<Node> out) {
            if (n.isLeaf()) {
                out.add(n);
            } else {
                for (Node c : n.children) {
                    collect(c, out);
                }
            }
        }
    }

    private final List<Node> roots;
    private final List<Node> leaves;
    private final Map<KeyPath, Node> byPath = new LinkedHashMap<>();

    private Header(List<Node> roots) {
        this.roots = List.copyOf(roots);
        List<Node> all = new ArrayList<>();
        for (Node r : roots) {
            Node.collect(r, all);
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).leafIndex = i;
        }
        this.leaves = List.copyOf(all);
        for (Node r : roots) {
            index(r);
        }
    }

    private void index(Node n) {
        byPath.put(n.path, n);
        n.built = true;
        if (n.isLeaf()) {
            n.firstLeaf = n.leafIndex;
            n.leafCount = 1;
        }
        for (Node c : n.children) {
            index(c);
            if (n.firstLeaf < 0) {
                n.firstLeaf = c.firstLeaf;
            }
            n.leafCount += c.leafCount;
        }
    }

    public List<Node> roots() {
        return roots;
    }

    public List<Node> leaves() {
        return leaves;
    }

    /** Every node, groups before their children, in order. */
    public List<Node> all() {
        return List.copyOf(byPath.values());
    }

    public Node find(KeyPath path) {
        return byPath.get(path);
    }

    public int depth() {
        int d = 0;
        for (Node r : roots) {
            d = Math.max(d, r.depth());
        }
        return d;
    }

    /** Builds a header; call {@link #node} and {@link #add} to describe the tree, then {@link #build}. */
    public static final class Builder {
        private final List<Node> roots = new ArrayList<>();

        public Node node(String key, KeyPath path, Location location) {
            return new Node(key, path, location);
        }

        public void add(Node parent, Node child) {
            if (parent == null) {
                roots.add(child);
            } else {
                parent.children.add(child);
            }
        }

        public Header build() {
            return new Header(roots);
        }
    }
}
