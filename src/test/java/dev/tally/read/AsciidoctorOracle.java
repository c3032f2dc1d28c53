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

    /**
     * The source of the first block of a report (a literal block wrapped around what is tested), as Asciidoctor
     * reads it; empty when the block is.
     */
    static synchronized String firstBlock(Path report, Path baseDir) {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
            Runtime.getRuntime().addShutdownHook(new Thread(asciidoctor::close));
        }
        Document doc = asciidoctor.loadFile(report.toFile(), Options.builder().safe(SafeMode.SAFE)
                .baseDir(baseDir.toFile()).standalone(false)
                .attributes(Attributes.builder().attribute("showtitle", true).attribute("sectanchors", true).build())
                .build());
        return doc.getBlocks().isEmpty() ? "" : ((Block) doc.getBlocks().get(0)).getSource();
    }
}
