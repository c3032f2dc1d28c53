package dev.tally.run;

import java.nio.file.Path;
import java.util.List;

/** A store of earlier results: a report whose inputs are unchanged is not checked again. */
public interface Reuse {

    /** Checks everything. */
    Reuse NONE = new Reuse() {
        @Override
        public ReportResult reuse(Path report) {
            return null;
        }

        @Override
        public void checked(ReportResult result, List<Path> inputs) {
        }
    };

    /** The earlier result of this report when none of its inputs changed since, else null. */
    ReportResult reuse(Path report);

    /** A report was checked; {@code inputs} are every file its result depends on. */
    void checked(ReportResult result, List<Path> inputs);

    /**
     * A report was checked; {@code inputs} are every file whose content its result depends on, {@code present} the
     * paths whose presence alone it depends on (an image the page shows: there or not, a file or a link).
     */
    default void checked(ReportResult result, List<Path> inputs, List<Path> present) {
        checked(result, inputs);
    }
}
