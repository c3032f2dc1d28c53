package dev.tally.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * Where a build sees paths from: the directory it runs from (Maven's execution root, the repository's root in
 * CI) when the project lies inside it, else the project's own directory. Paths in messages, result files and
 * site pages are written relative to it ({@code anhui/src/reports/2024/a.adoc}), also when {@code -pl} builds
 * one module of a reactor; and a template file may lie anywhere inside it, so that a reactor's modules share
 * one.
 */
final class BuildPaths {

    private BuildPaths() {
    }

    /**
     * @param project the project's base directory
     * @param executionRoot the directory the build runs from, or null when not known
     */
    static Path root(File project, File executionRoot) {
        Path base = project.toPath().toAbsolutePath().normalize();
        if (executionRoot == null) {
            return base;
        }
        Path top = executionRoot.toPath().toAbsolutePath().normalize();
        return base.startsWith(top) ? top : base;
    }
}
