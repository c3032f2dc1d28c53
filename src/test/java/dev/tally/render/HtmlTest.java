package dev.tally.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
                Html.escape("<a href=\"x\">Tom & 'Jerry'</a>"));
        assertEquals("&amp;amp;", Html.escape("&amp;"));
    }

    @Test
    void leavesPlainTextAloneIncludingChineseAndEmoji() {
        String plain = "三、本年度办理结果（单位：件）\uD83D\uDE00 tab\tand\nline";
        assertSame(plain, Html.escape(plain));
    }

    @Test
    void nullIsEmptyAndCharactersXmlCannotHoldAreReplaced() {
        assertEquals("", Html.escape(null));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.escape("a\u0001b\uD800c\uFFFF"));
    }

    @Test
    void aLinkIsPercentEncodedSegmentBySegment() {
        assertEquals("2024/a%23b.html", Html.href("2024/a#b.html"));
        assertEquals("2024/%E9%9D%92%E5%B1%B1%20%E9%95%87.html", Html.href("2024/青山 镇.html"));
        assertEquals("../x%3Fy%25.v.csv", Html.href("../x?y%.v.csv"));
        assertEquals("plain-name_1.2~.html", Html.href("plain-name_1.2~.html"));
    }
}
