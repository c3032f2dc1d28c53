import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): about the least a checker of these reports must do, to compare with {@code tally:check} in
 * a cold JVM. Reads every {@code .adoc} under a directory on all cores, parses each {@code ----} block with SnakeYAML
 * and adds up its numbers; with a second argument ({@code noyaml}) it only reads the files and finds the blocks.
 * Nothing is checked. See the README's "At national scale".
 *
 * <pre>
 * javac -cp SNAKEYAML_JAR -d /tmp/minimal bench/MinimalCheck.java
 * time java -cp /tmp/minimal:SNAKEYAML_JAR MinimalCheck DIR [noyaml]
 * </pre>
 */
public final class MinimalCheck {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new LoaderOptions()));

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        boolean parse = args.length < 2;
        BigDecimal total = files.parallelStream().map(f -> one(f, parse)).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println(files.size() + " files, numbers adding up to " + total);
    }

    private static BigDecimal one(Path file, boolean parse) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder block = null;
        for (String line : lines) {
            if (!line.equals("----")) {
                if (block != null) {
                    block.append(line).append('\n');
                }
            } else if (block == null) {
                block = new StringBuilder();
            } else {
                if (parse) {
                    total = total.add(sum(YAML.get().load(block.toString())));
                }
                block = null;
            }
        }
        return total;
    }

    private static BigDecimal sum(Object node) {
        BigDecimal s = BigDecimal.ZERO;
        if (node instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                s = s.add(sum(v));
            }
        } else if (node instanceof List<?> l) {
            for (Object v : l) {
                s = s.add(sum(v));
            }
        } else if (node instanceof Number n) {
            s = new BigDecimal(n.toString());
        }
        return s;
    }
}
