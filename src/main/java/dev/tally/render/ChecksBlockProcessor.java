package dev.tally.render;

import org.asciidoctor.ast.ContentModel;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockProcessor;
import org.asciidoctor.extension.Contexts;
import org.asciidoctor.extension.Name;
import org.asciidoctor.extension.Reader;

import java.util.Map;

/** {@code [checks]} listing blocks are for Tally, not for readers: they do not show. */
@Name("checks")
@Contexts({Contexts.LISTING})
@ContentModel(ContentModel.VERBATIM)
final class ChecksBlockProcessor extends BlockProcessor {

    @Override
    public Object process(StructuralNode parent, Reader reader, Map<String, Object> attributes) {
        reader.readLines();
        return null;
    }
}
