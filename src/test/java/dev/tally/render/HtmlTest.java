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
}
