package dev.tally.template;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * src/site/markdown/templates.md, the site's page on the built-in templates, is generated from the template files
 * and must not drift from them.
 */
class TemplateDocTest {

    private static final Path DOC = Path.of("src/site/markdown/templates.md");

    @Test
    void theCommittedReferenceIsWhatTheTemplatesSay() throws Exception {
        String generated = TemplateDoc.builtIns();
        if (Boolean.getBoolean("tally.updateDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "src/site/markdown/templates.md is out of date: run mvn test -Dtest=TemplateDocTest -Dtally.updateDocs=true");
    }

    @Test
    void theReferenceNamesEveryBlockWithItsOfficialLabels() {
        String doc = TemplateDoc.builtIns();
        for (String id : new String[] {"regulations", "licensing", "enforcement", "fees", "applications", "appeals"}) {
            assertTrue(doc.contains("### Table `" + id + "`"), id);
        }
        assertTrue(doc.contains("| `办理结果.不予公开.危及三安全一稳定` | 3.危及“三安全一稳定” |"));
        assertTrue(doc.contains("| `行政诉讼.复议后起诉.总计` | 总计 |"));
        assertTrue(doc.contains("`新收 + 上年结转 = 办理结果.总计 + 结转下年度`"));
    }
}
