package dev.tally.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The characters that UTF-8 read as GBK produces, as the mojibake rule knows them. */
class GbkShiftTest {

    @Test
    void theTableHoldsExactlyTheChineseCharactersWhoseGbkBytesLookLikeUtf8() {
        Charset gbk = Charset.forName("GBK");
        BitSet expected = new BitSet();
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            byte[] b = String.valueOf(c).getBytes(gbk);
            if (b.length == 2 && (b[0] & 0xFF) >= 0xE4 && (b[0] & 0xFF) <= 0xE9 && (b[1] & 0xFF) >= 0x80
                    && (b[1] & 0xFF) <= 0xBF) {
                expected.set(c);
            }
        }
        expected.set('锛');
        expected.set('銆');
        assertTrue(expected.cardinality() > 300, "GBK rows E4-E9 hold hundreds of such characters");
        assertEquals(expected, GarbageRules.GBK_SHIFT);
    }

    @Test
    void utf8ReadAsGbkIsTheGarbleItLooksFor() {
        String garbled = new String("政府信息公开".getBytes(java.nio.charset.StandardCharsets.UTF_8), Charset.forName("GBK"));
        long shifted = garbled.chars().filter(GarbageRules.GBK_SHIFT::get).count();
        assertTrue(shifted >= 3, garbled);
    }
}
