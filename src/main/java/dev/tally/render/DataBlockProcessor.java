package dev.tally.render;

import dev.tally.model.Block;
import dev.tally.model.Table;
import org.asciidoctor.ast.ContentModel;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockProcessor;
import org.asciidoctor.extension.Contexts;
import org.asciidoctor.extension.Name;
import org.asciidoctor.extension.Reader;

import java.util.Map;

/**
 * {@code [data#id]} listing blocks: a table becomes a real HTML table (from the checked model, with labels,
 * spans and units); a values block is not rendered.
 */
@Name("data")
@Contexts({Contexts.LISTING})
@ContentModel(ContentModel.VERBATIM)
final class DataBlockProcessor extends BlockProcessor {

    private final RenderContext context;

    DataBlockProcessor(RenderContext context) {
        this.context = context;
    }

    @Override
    public Object process(StructuralNode parent, Reader reader, Map<String, Object> attributes) {
        reader.readLines();
        Object id = attributes.get("id");
        Block block = id == null || context.report() == null ? null : context.report().block(id.toString());
        if (block instanceof Table table) {
            // the title as Asciidoctor has it: from .Title or title="..." (trial W, 6)
            Object given = attributes.get("title");
            String written = given != null ? given.toString() : table.title();
            String resolved = FigureMacro.inTitle(written, context.report(), context.previous());
            String title = resolved;
            String titleHtml = null;
            if (title != null && !title.isBlank()) {
                // formatted as any block title is: attribute references replaced, *bold* bold, < escaped, and a
                // figure in it shown as the text's figures are, marked where the data says otherwise (trial Y, 11)
                org.asciidoctor.ast.Block line = createBlock(parent, "paragraph", written);
                line.setSubstitutions("specialcharacters", "quotes", "attributes", "replacements", "macros",
                        "post_replacements");
                Object html = line.getContent();
                titleHtml = html == null ? null : html.toString();
                title = titleHtml == null ? title : Html.text(titleHtml);
            }
            // the block keeps its id and title, so that Asciidoctor knows it as any titled table: an xref to it
            // (<<parcels>>) reads as its title, and another element with its id is warned of (trial W, 7); a
            // pass block shows neither itself. The table's HTML id is tally-parcels (Html.blockAnchor), and the
            // links to parcels on the page are turned to it once the page is converted
            context.anchored(id.toString());
            org.asciidoctor.ast.Block shown = createBlock(parent, "pass", TableHtml.render(table, context.pageId(),
                    title, titleHtml, Wording.of(context.report()), context.failedCells(table.id()), context.ui()),
                    Map.of("id", id.toString()));
            if (title != null && !title.isBlank()) {
                shown.setTitle(resolved);
            }
            return shown;
        }
        if (id != null) {
            // a values block is not shown, but an xref to it (<<meta>>) lands where it stands in the text
            context.anchored(id.toString());
            return createBlock(parent, "pass", "<div id=\"" + Html.escape(Html.blockAnchor(id.toString()))
                    + "\" class=\"tally-values\"></div>");
        }
        return null;
    }
}
