package dev.tally.maven;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.doxia.siterenderer.DocumentRenderingContext;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.siterenderer.RendererException;
import org.apache.maven.doxia.siterenderer.SiteRenderingContext;
import org.apache.maven.doxia.siterenderer.sink.SiteRendererSink;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sub-page sinks for a standalone {@code mvn tally:report}, where maven-reporting-impl gives no sink factory:
 * one site renderer sink per page, merged into the skin at the end, as maven-site-plugin does for
 * multi-page reports.
 */
final class StandaloneSinkFactory implements SinkFactory {

    private final File siteDir;
    private final String generator;
    private final Map<File, SiteRendererSink> pages = new LinkedHashMap<>();

    StandaloneSinkFactory(File siteDir, String generator) {
        this.siteDir = siteDir;
        this.generator = generator;
    }

    @Override
    public Sink createSink(File dir, String name) {
        String rel = siteDir.toPath().relativize(new File(dir, name).toPath()).toString().replace(File.separatorChar, '/');
        String doc = rel.endsWith(".html") ? rel.substring(0, rel.length() - ".html".length()) : rel;
        SiteRendererSink sink = new SiteRendererSink(new DocumentRenderingContext(siteDir, doc, generator));
        pages.put(new File(dir, name), sink);
        return sink;
    }

    @Override
    public Sink createSink(File dir, String name, String encoding) {
        return createSink(dir, name);
    }

    @Override
    public Sink createSink(OutputStream out) {
        throw new UnsupportedOperationException("sub-pages are files");
    }

    @Override
    public Sink createSink(OutputStream out, String encoding) {
        throw new UnsupportedOperationException("sub-pages are files");
    }

    void renderAll(Renderer renderer, SiteRenderingContext context, String encoding) throws IOException, RendererException {
        for (Map.Entry<File, SiteRendererSink> page : pages.entrySet()) {
            Files.createDirectories(page.getKey().getParentFile().toPath());
            try (Writer w = Files.newBufferedWriter(page.getKey().toPath(), Charset.forName(encoding))) {
                renderer.mergeDocumentIntoSite(w, page.getValue(), context);
            }
        }
    }
}
