package dev.tally.integrity;

import dev.tally.diagnostic.Messages;
import dev.tally.model.FileReference;
import dev.tally.model.PublishedFiles;
import dev.tally.model.Report;
import dev.tally.read.FileNames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code integrity.file-missing}, {@code integrity.file-unpublished}, {@code integrity.file-kind}: every local file
 * the page shows or links to ({@code image::}, {@code image:}, {@code video::}, {@code audio::}, {@code link:}) must
 * be there and be published beside the pages, or the site shows a broken image or a dead link.
 *
 * <p>A target is resolved as Asciidoctor and the browser resolve it: an image (video, audio) against the
 * document's {@code :imagesdir:} where the macro stands, if that is set, else against the folder of the report (the
 * page), never of the partial that holds the macro; a link against the folder of the report. URLs ({@code https:},
 * {@code mailto:}, {@code data:}, {@code //host}), anchors ({@code #x}) and targets with an attribute reference the
 * document does not set are left alone; {@code ?query} and {@code #fragment} are cut off and {@code %20} decoded.
 * A link to a page or a download Tally writes ({@code other.html} for {@code other.adoc}, {@code x.charts.html},
 * {@code x.BLOCK.csv}, {@code index.html}) is fine. Each macro is one finding at its line, of one of the three
 * rules; a link to a folder is left alone.
 */
final class FileRule {

    /** An attribute reference left as it is: the document does not set it, and Asciidoctor drops or keeps it. */
    private static final Pattern UNRESOLVED = Pattern.compile("\\{[\\w][\\w-]*}");
    /** A URL's scheme (two letters at least: {@code C:} is a drive). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    /** A Windows path from a drive: {@code C:\x}, {@code C:/x}. */
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:([\\\\/].*)?$");
    /** {@code opts=inline} (or {@code %inline}) on an image, which reads the file into the page. */
    private static final Pattern INLINE = Pattern.compile("(?<![\\w-])inline(?![\\w-])");
    /** The video hosts that {@code video::ID[youtube]} names: the target is a video's id, no file. */
    private static final Set<String> VIDEO_HOSTS = Set.of("youtube", "vimeo", "wistia");

    private FileRule() {
    }

    /** What becomes of a file the page names. */
    enum Verdict {
        /** Not a local file (a URL, an anchor, an unset attribute) or nothing to say (a folder). */
        IGNORED,
        /** Published, or a page or download Tally writes. */
        FINE,
        MISSING,
        ABSOLUTE,
        OUTSIDE,
        LINK,
        HIDDEN,
        KIND,
        /** A name this JVM cannot hold (a Chinese name under an ASCII locale): it cannot be looked for. */
        CHARSET
    }

    /**
     * The verdict on one file the page names, with the path it resolves to (relative to the reports directory, with
     * {@code /}) and, for a link on the way, that link.
     */
    record Target(Verdict verdict, Path path, String shown, String link) {
        static final Target IGNORED = new Target(Verdict.IGNORED, null, null, null);
    }

    static void run(Context ctx) {
        Path root = ctx.reportsDirectory();
        Report report = ctx.report();
        if (root == null || report.files().isEmpty() || !(ctx.on(IntegrityConfig.Rule.FILE_MISSING)
                || ctx.on(IntegrityConfig.Rule.FILE_UNPUBLISHED) || ctx.on(IntegrityConfig.Rule.FILE_KIND))) {
            return;
        }
        Set<String> said = new HashSet<>();
        for (FileReference ref : report.files()) {
            Target t = resolve(ref, report.file(), root, new ArrayList<>());
            if (t.verdict() == Verdict.IGNORED || t.verdict() == Verdict.FINE
                    || !said.add(ref.location() + "\u0000" + ref.asWritten())) {
                continue;
            }
            String written = ref.asWritten();
            switch (t.verdict()) {
                case MISSING -> report(ctx, IntegrityConfig.Rule.FILE_MISSING, ref, written, t.shown());
                case ABSOLUTE -> report(ctx, IntegrityConfig.Rule.FILE_UNPUBLISHED, ref, written,
                        Messages.ref("integrity.file-unpublished.absolute"));
                case OUTSIDE -> report(ctx, IntegrityConfig.Rule.FILE_UNPUBLISHED, ref, written,
                        Messages.ref("integrity.file-unpublished.outside", t.shown()));
                case LINK -> report(ctx, IntegrityConfig.Rule.FILE_UNPUBLISHED, ref, written,
                        Messages.ref("integrity.file-unpublished.link", t.link()));
                case HIDDEN -> report(ctx, IntegrityConfig.Rule.FILE_UNPUBLISHED, ref, written,
                        Messages.ref("integrity.file-unpublished.hidden"));
                case KIND -> report(ctx, IntegrityConfig.Rule.FILE_KIND, ref, written,
                        t.path().getFileName().toString(), Messages.listRef(PublishedFiles.EXTENSIONS));
                case CHARSET -> {
                    if (ctx.on(IntegrityConfig.Rule.FILE_MISSING)) {
                        // whether it is there cannot be told: said as file-missing would say it, with the reason
                        ctx.findings().report(ctx.severity(IntegrityConfig.Rule.FILE_MISSING), ref.location(),
                                "path.charset", ref.kind().macro() + (ref.block() ? "::" : ":"), ref.target(),
                                FileNames.charset());
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void report(Context ctx, IntegrityConfig.Rule rule, FileReference ref, Object... args) {
        if (ctx.on(rule)) {
            ctx.report(rule, ref.location(), args);
        }
    }

    /** Every path whose presence the verdicts on the report's files depend on. */
    static List<Path> looked(Report report, Path root) {
        List<Path> looked = new ArrayList<>();
        for (FileReference ref : report.files()) {
            resolve(ref, report.file(), root, looked);
        }
        return looked;
    }

    /**
     * Resolves one file the page names.
     *
     * @param reportFile the report (the page), whose folder relative targets start from
     * @param root the reports directory, absolute and normalized
     * @param looked where each path looked at is added
     */
    static Target resolve(FileReference ref, Path reportFile, Path root, List<Path> looked) {
        String target = ref.target().strip();
        if (target.isEmpty() || target.startsWith("#") || remote(target) || UNRESOLVED.matcher(target).find()) {
            return Target.IGNORED;
        }
        if (ref.kind() == FileReference.Kind.VIDEO && VIDEO_HOSTS.contains(
                ref.attributes().split(",", 2)[0].strip().toLowerCase(Locale.ROOT))) {
            return Target.IGNORED; // video::rPQoq7ThGAU[youtube]
        }
        String path = decode(cut(target));
        if (path.isEmpty()) {
            return Target.IGNORED;
        }
        if (absolute(path)) {
            return new Target(Verdict.ABSOLUTE, null, null, null);
        }
        String imagesdir = ref.imagesdir() == null ? "" : ref.imagesdir().strip();
        if (ref.kind().inImagesdir() && !imagesdir.isEmpty()) {
            if (remote(imagesdir) || UNRESOLVED.matcher(imagesdir).find()) {
                return Target.IGNORED; // images served from elsewhere
            }
            String dir = decode(imagesdir);
            if (absolute(dir)) {
                return new Target(Verdict.ABSOLUTE, null, null, null);
            }
            path = dir + "/" + path;
        }
        Path file;
        try {
            file = reportFile.toAbsolutePath().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            // a name this JVM cannot hold is said as the reader says it; any other is no path of a file
            return FileNames.unencodable(path) ? new Target(Verdict.CHARSET, null, null, null) : Target.IGNORED;
        }
        String shown = root.relativize(file).toString().replace('\\', '/');
        if (file.equals(root)) {
            return Target.IGNORED; // the reports directory itself: a folder
        }
        if (!file.startsWith(root)) {
            return new Target(Verdict.OUTSIDE, file, shown, null);
        }
        if (ref.kind() == FileReference.Kind.LINK && written(file, root, looked)) {
            return new Target(Verdict.FINE, file, shown, null);
        }
        looked.add(file);
        String link = FileNames.linkOut(file, root);
        if (link != null) {
            if (ref.kind() == FileReference.Kind.IMAGE && INLINE.matcher(ref.attributes()).find()
                    && !realPathInside(file, root)) {
                return Target.IGNORED; // read.image-outside, an error, says so already
            }
            return new Target(Verdict.LINK, file, shown, link);
        }
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (PublishedFiles.hidden(p.getFileName().toString())) {
                return new Target(Verdict.HIDDEN, file, shown, null);
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return Target.IGNORED; // a folder: the site may or may not list it, but no file is missing
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Target(Verdict.MISSING, file, shown, null);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Target.IGNORED; // a pipe or a device: never opened, and no image of anyone's
        }
        if (!PublishedFiles.published(file.getFileName().toString())) {
            return new Target(Verdict.KIND, file, shown, null);
        }
        return new Target(Verdict.FINE, file, shown, null);
    }

    /** A URL: a scheme ({@code https:}, {@code mailto:}, {@code data:}) or a host ({@code //cdn.example.org/x}). */
    static boolean remote(String target) {
        return target.startsWith("//") || SCHEME.matcher(target).find();
    }

    /** An absolute path: from the root ({@code /etc/x}, {@code \x}) or a drive ({@code C:\x}). */
    static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches();
    }

    /** The path without its {@code ?query} and {@code #fragment}, which the browser does not ask the file system for. */
    static String cut(String target) {
        int end = target.length();
        for (char c : new char[] {'?', '#'}) {
            int at = target.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return target.substring(0, end);
    }

    /**
     * The path with its {@code %XX} escapes decoded as UTF-8 ({@code %E9%99%84%E4%BB%B6} is {@code 附件},
     * {@code my%20file.pdf} is {@code my file.pdf}), as the browser asks the server for it; as written when the
     * escapes are no UTF-8. A {@code +} stays a plus.
     */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int hi = i + 2 < utf8.length && utf8[i] == '%' ? Character.digit(utf8[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(utf8[i + 2], 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return path;
        }
    }

    /**
     * Whether the link leads to a page or a download Tally writes beside the pages: {@code r.html},
     * {@code r.charts.html}, {@code r.report.html} for a report {@code r.adoc}; {@code r.BLOCK.csv} and {@code .json};
     * {@code index.html} and {@code checks.html} at the top.
     */
    static boolean written(Path file, Path root, List<Path> looked) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean page = lower.endsWith(".html");
        if (!page && !lower.endsWith(".csv") && !lower.endsWith(".json")) {
            return false;
        }
        if (page && file.getParent().equals(root) && (name.equals("index.html") || name.equals("checks.html"))) {
            return true;
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        List<String> reports = new ArrayList<>();
        if (page) {
            reports.add(stem);
            for (String suffix : List.of(".charts", ".report")) {
                if (stem.endsWith(suffix)) {
                    reports.add(stem.substring(0, stem.length() - suffix.length()));
                }
            }
        } else {
            // r.BLOCK.csv: the report is named by the part before one of the dots (its own name may hold dots)
            for (int dot = stem.indexOf('.'); dot > 0; dot = stem.indexOf('.', dot + 1)) {
                String r = stem.substring(0, dot);
                reports.add(r);
                if (r.endsWith(".report")) {
                    reports.add(r.substring(0, r.length() - ".report".length()));
                }
            }
        }
        for (String r : reports) {
            if (r.isEmpty() || r.startsWith("_")) {
                continue;
            }
            Path adoc = file.resolveSibling(r + ".adoc");
            looked.add(adoc);
            if (Files.isRegularFile(adoc)) {
                return true;
            }
        }
        return false;
    }

    private static boolean realPathInside(Path file, Path root) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true; // not there: nothing is read into the page
        }
    }
}
