package dev.tally.read;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;

import java.nio.file.Path;

/**
 * Asciidoctor itself, as the oracle of the tests that hold Tally's preprocessing (includes, conditionals) to
 * Asciidoctor's: one instance for the test run (JRuby takes seconds to start), options as Tally renders with.
 */
final class AsciidoctorOracle {

    private static Asciidoctor asciidoctor;

    private AsciidoctorOracle() {
    }

    private static Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
            Runtime.getRuntime().addShutdownHook(new Thread(asciidoctor::close));
        }
        return asciidoctor;
    }

    /** A piece of AsciiDoc converted to HTML (embedded), in the safe mode Tally renders with. */
    static synchronized String convert(String adoc) {
        return asciidoctor().convert(adoc, Options.builder().safe(SafeMode.SAFE).standalone(false).build());
    }

    /** The level-1 section titles of a document read from a file, as its page shows them (includes too). */
    static synchronized java.util.List<String> sectionTitles(Path report, Path baseDir) {
        String html = asciidoctor().convertFile(report.toFile(), Options.builder().safe(SafeMode.SAFE)
                .baseDir(baseDir.toFile()).toFile(false).standalone(false).build());
        java.util.List<String> titles = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<div class=\"sect1\">\\s*<h2 id=\"[^\"]*\">(.*?)</h2>").matcher(html);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    /**
     * The source of the first block of a report (a literal block wrapped around what is tested), as Asciidoctor
     * reads it; empty when the block is.
     */
    static synchronized String firstBlock(Path report, Path baseDir) {
        Document doc = asciidoctor().loadFile(report.toFile(), Options.builder().safe(SafeMode.SAFE)
                .baseDir(baseDir.toFile()).standalone(false)
                .attributes(Attributes.builder().attribute("showtitle", true).build())
                .build());
        return doc.getBlocks().isEmpty() ? "" : ((Block) doc.getBlocks().get(0)).getSource();
    }
}
