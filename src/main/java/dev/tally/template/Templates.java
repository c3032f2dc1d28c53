package dev.tally.template;

import dev.tally.diagnostic.Diagnostic;
import dev.tally.diagnostic.Diagnostics;
import dev.tally.diagnostic.Location;
import dev.tally.model.Template;
import dev.tally.read.SourceLine;
import dev.tally.read.TemplateProvider;
import dev.tally.read.TextFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates a report can name: built-in ones by name (resources under {@code dev/tally/templates/}),
 * and template files by path relative to the report, which must lie inside the project. Each template is
 * loaded once; its own problems are reported with every report that names it.
 */
public final class Templates implements TemplateProvider {

    /** The built-in templates, by name. */
    public static final List<String> BUILT_IN = List.of("gov-info-disclosure-2021", "gov-info-disclosure-2019");

    private static final String RESOURCE_DIR = "dev/tally/templates/";

    private record Loaded(Template template, List<Diagnostic> diagnostics) {
    }

    private final Path projectRoot;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    /** @param projectRoot template files must lie inside this directory (the project's base directory) */
    public Templates(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    @Override
    public Template find(String name, Path reportFile, Location at, Diagnostics diagnostics) {
        Loaded loaded;
        if (BUILT_IN.contains(name)) {
            loaded = cache.computeIfAbsent("builtin:" + name, k -> builtIn(name));
        } else if (looksLikePath(name)) {
            Path file = file(name, reportFile);
            if (file == null && dev.tally.read.FileNames.unencodable(name)) {
                diagnostics.error(at, "path.charset", ":tally-template:", name, dev.tally.read.FileNames.charset());
                return null;
            }
            if (file == null) {
                diagnostics.error(at, "template.outside", name.replace("\0", "\\0"));
                return null;
            }
            if (!file.startsWith(projectRoot) || !realPath(file).startsWith(realPath(projectRoot))) {
                diagnostics.error(at, "template.outside", name);
                return null;
            }
            if (!readableAsTemplate(projectRoot.relativize(file))) {
                // .git/config, .env, a key file: a template is a .yaml file, and a hidden one is none, so that a
                // report cannot have the log tell another file's keys (trial AQ, 6)
                diagnostics.error(at, "template.not-a-template-file", name);
                return null;
            }
            if (!Files.isRegularFile(file)) {
                // where the name led, from the project: a wrong number of ../ shows at once
                String led = projectRoot.relativize(file).toString().replace('\\', '/');
                String near = nearName(file);
                if (near != null) {
                    // hospital-quartely.yaml beside hospital-quarterly.yaml (trial AN, 13)
                    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
                    diagnostics.error(at, "template.file-missing-near", name, led, name.substring(0, slash + 1) + near);
                } else {
                    diagnostics.error(at, "template.file-missing", name, led);
                }
                return null;
            }
            // named in messages as the project holds it: the same for every report, wherever it names it from
            String shown = projectRoot.relativize(file).toString().replace('\\', '/');
            loaded = cache.computeIfAbsent(file.toString(), k -> fromFile(shown, file));
        } else {
            // joined as the reader's language joins a list (、 in Chinese, trial AT, 21)
            diagnostics.error(at, "template.unknown", name, dev.tally.diagnostic.Messages.listRef(BUILT_IN));
            return null;
        }
        loaded.diagnostics().forEach(diagnostics::add);
        if (loaded.template() == null) {
            diagnostics.error(at, "template.invalid", name);
        }
        return loaded.template();
    }

    /** Loads a built-in template by name, or null when there is none by that name. */
    public static Template builtIn(String name, Diagnostics diagnostics) {
        Loaded l = builtIn(name);
        l.diagnostics().forEach(diagnostics::add);
        return l.template();
    }

    /** The text of a built-in template file, for documentation and {@code tally:init}. */
    public static String builtInSource(String name) throws IOException {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name + ".yaml")) {
            if (in == null) {
                throw new IOException("no built-in template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Where a built-in template's checks say they are written: no file, a name that shows it is built in. */
    private static final Path BUILT_IN_DIR = Path.of("builtin").toAbsolutePath();

    /**
     * The name of the built-in template a location names ({@code gov-info-disclosure-2021}), or null: the result
     * files name it as {@code builtin:NAME}, not as a path that exists nowhere (trial X, 2).
     */
    public static String builtInName(Path file) {
        if (file == null || !BUILT_IN_DIR.equals(file.getParent()) || file.getFileName() == null) {
            return null;
        }
        String name = file.getFileName().toString();
        name = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        return BUILT_IN.contains(name) ? name : null;
    }

    /** The location {@link #builtInName} reads back. */
    public static Path builtInPath(String name) {
        return BUILT_IN_DIR.resolve(name + ".yaml");
    }

    private static Loaded builtIn(String name) {
        Diagnostics d = new Diagnostics();
        Path pseudo = BUILT_IN_DIR.resolve(name + ".yaml");
        String text;
        try {
            text = builtInSource(name);
        } catch (IOException e) {
            d.error(Location.of(pseudo), "template.unknown", name, String.join(", ", BUILT_IN));
            return new Loaded(null, d.list());
        }
        Template t = TemplateLoader.load(name, pseudo, TextFile.split(text, pseudo), d);
        return new Loaded(t, List.copyOf(d.list()));
    }

    private static Loaded fromFile(String name, Path file) {
        Diagnostics d = new Diagnostics();
        List<SourceLine> lines = TextFile.read(file, Location.of(file), d);
        Template t = lines == null ? null : TemplateLoader.load(name, file, lines, d);
        return new Loaded(t, List.copyOf(d.list()));
    }

    /**
     * The file a template name that is a path ({@link #looksLikePath}) names, seen from the report naming it; null
     * when it is no valid path.
     */
    public static Path file(String name, Path reportFile) {
        try {
            return reportFile.getParent().resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Whether a template name is a file path (has a slash or ends in .yaml) rather than a built-in name. */
    public static boolean looksLikePath(String name) {
        return name.contains("/") || name.contains("\\") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Whether a path from the project may name a template file: a {@code .yaml} or {@code .yml} file, hidden in no folder. */
    static boolean readableAsTemplate(Path fromProject) {
        String last = fromProject.getFileName() == null ? "" : fromProject.getFileName().toString();
        if (!last.endsWith(".yaml") && !last.endsWith(".yml")) {
            return false;
        }
        for (Path part : fromProject) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The name of a template file beside where {@code file} was looked for, a letter or two off its name; or null. */
    private static String nearName(Path file) {
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null || !Files.isDirectory(dir)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (var listing = Files.list(dir)) {
            listing.limit(1000).forEach(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".yaml") && Files.isRegularFile(p)) {
                    names.add(n);
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return dev.tally.diagnostic.Suggest.closest(file.getFileName().toString(), names);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
