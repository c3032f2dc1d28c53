package dev.tally.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files under the reports directory are published beside the pages ({@code tally:report} copies them) and
 * so can be shown or linked to by a report: files of the kinds below, not hidden (no name on the way that starts
 * with a dot), and no symbolic links. The check uses the same rules to tell a report whose image or attachment
 * would be broken on the site.
 *
 * <p>Text and CSV files are not published: the reports directory holds the reports' working files (data kept
 * beside a report, notes, templates), and a report's data blocks are published as CSV and JSON beside its page
 * anyway. A report that links to such a file is warned of ({@code integrity.file-kind}).
 */
public final class PublishedFiles {

    /** The kinds of file that are published, by their name's ending, in the order the docs list them. */
    public static final List<String> EXTENSIONS = List.of(
            // images
            "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
            // documents: PDF, office (Microsoft and OpenDocument), WPS, OFD (the national layout format)
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "wps", "et", "dps", "ofd",
            // archives
            "zip", "rar", "7z",
            // audio and video, as video:: and audio:: show them (the kinds browsers play)
            "mp4", "m4v", "webm", "ogv", "mp3", "m4a", "ogg", "oga", "opus", "wav", "flac");

    private static final Set<String> KINDS = Set.copyOf(EXTENSIONS);

    private PublishedFiles() {
    }

    /** Whether a file of this name is of a published kind and not hidden (the case of its ending does not matter). */
    public static boolean published(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return !fileName.startsWith(".") && dot > 0
                && KINDS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a file or folder of this name is hidden, and so neither it nor what it holds is published. */
    public static boolean hidden(String name) {
        return name.startsWith(".");
    }
}
