package dev.tally.integrity;

import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What web converters and wrong character sets leave in a text: {@code integrity.pinyin},
 * {@code integrity.mixed-script} and {@code integrity.mojibake}. All three look at the prose only.
 */
final class GarbageRules {

    static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String SYLLABLE = "[a-zü]{0,5}[" + TONED + "][a-zü]{0,5}";

    /** A Chinese character followed by a toned pinyin syllable in brackets: 鎮(zhèn). */
    static final Pattern PINYIN = Pattern.compile("(\\p{IsHan})[(（](" + SYLLABLE + ")[)）]");

    private GarbageRules() {
    }

    // ------------------------------------------------------------------------------------------------ pinyin

    /** Every converter pinyin of the report, as one finding at the first line: examples, count, lines. */
    static void pinyin(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.PINYIN)) {
            return;
        }
        List<Location> at = new ArrayList<>();
        Set<String> examples = new LinkedHashSet<>();
        for (Prose.Line line : ctx.prose().proseLines()) {
            if (!line.has(Prose.TONED)) {
                continue;
            }
            Matcher m = PINYIN.matcher(line.bare());
            while (m.find()) {
                at.add(line.location());
                if (examples.size() < 3) {
                    examples.add(m.group());
                }
            }
        }
        if (!at.isEmpty()) {
            ctx.report(IntegrityConfig.Rule.PINYIN, at.get(0), String.join(" ", examples), at.size(),
                    ctx.findings().lines(at));
        }
    }

    // ------------------------------------------------------------------------------------------ mixed-script

    /**
     * Characters of the wrong script, as one finding at the first line: for a report in simplified Chinese
     * (the default), every traditional-only character; for one in traditional Chinese, every
     * simplified-only character; with {@code either}, the less used script where a report mixes both.
     */
    static void mixedScript(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.MIXED_SCRIPT)) {
            return;
        }
        List<Location> traditional = new ArrayList<>();
        List<Location> simplified = new ArrayList<>();
        Set<String> tradExamples = new LinkedHashSet<>();
        Set<String> simpExamples = new LinkedHashSet<>();
        for (Prose.Line line : ctx.prose().proseLines()) {
            if (line.has(Prose.SCRIPT)) {
                scripts(line, traditional, simplified, tradExamples, simpExamples);
            }
        }
        boolean reportTraditional = switch (ctx.config().script()) {
            case SIMPLIFIED -> !traditional.isEmpty();
            case TRADITIONAL -> false;
            case EITHER -> !traditional.isEmpty() && !simplified.isEmpty() && traditional.size() <= simplified.size();
        };
        boolean reportSimplified = switch (ctx.config().script()) {
            case SIMPLIFIED -> false;
            case TRADITIONAL -> !simplified.isEmpty();
            case EITHER -> !traditional.isEmpty() && !simplified.isEmpty() && simplified.size() < traditional.size();
        };
        if (reportTraditional) {
            ctx.report(IntegrityConfig.Rule.MIXED_SCRIPT, traditional.get(0), Messages.ref("integrity.script.traditional"),
                    Messages.ref("integrity.script.simplified"), traditional.size(), String.join(" ", tradExamples),
                    ctx.findings().lines(traditional));
        } else if (reportSimplified) {
            ctx.report(IntegrityConfig.Rule.MIXED_SCRIPT, simplified.get(0), Messages.ref("integrity.script.simplified"),
                    Messages.ref("integrity.script.traditional"), simplified.size(), String.join(" ", simpExamples),
                    ctx.findings().lines(simplified));
        }
    }

    /**
     * The traditional-only and the simplified-only characters of a line, each noted at the line. A method of its own,
     * called for every line: a cold JVM compiles it within the first report, where the loop in a method called once
     * a report would run interpreted over the first hundred or so.
     */
    private static void scripts(Prose.Line line, List<Location> traditional, List<Location> simplified,
            Set<String> tradExamples, Set<String> simpExamples) {
        String t = line.bare();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Scripts.isTraditional(cp)) {
                traditional.add(line.location());
                if (tradExamples.size() < 5) {
                    tradExamples.add(new String(Character.toChars(cp)) + "→"
                            + new String(Character.toChars(Scripts.simplified(cp))));
                }
            } else if (Scripts.isSimplifiedOnly(cp)) {
                simplified.add(line.location());
                if (simpExamples.size() < 5) {
                    simpExamples.add(new String(Character.toChars(cp)));
                }
            }
            i += Character.charCount(cp);
        }
    }

    // ---------------------------------------------------------------------------------------------- mojibake

    static final List<Pattern> MOJIBAKE = List.of(
            // U+FFFD, and what it becomes read as GBK
            Pattern.compile("\uFFFD+|锟斤拷|烫烫烫|屯屯屯"),
            // UTF-8 read as Latin-1 or Windows-1252: Ã©, â€œ, ï¼Œ, ä¸­
            Pattern.compile("[ÂÃ][\u0080-\u00BF]|â€|ï¼|[äåæçèé][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D"
                    + "\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC"
                    + "\u2122]{2}"),
            // a letter of another script glued to a Chinese character: what a GBK byte shift gives (橫向?qū)Ρ龋)
            Pattern.compile("(?<=\\p{IsHan})[\\p{IsGreek}\\p{IsCyrillic}\u3100-\u312F\u2500-\u257F\u3040-\u30FF]"
                    + "|[\\p{IsGreek}\\p{IsCyrillic}\u3100-\u312F\u2500-\u257F\u3040-\u30FF](?=\\p{IsHan})"),
            // a lost character: ? between Chinese characters (not after a question word), or before a toned
            // syllable and a bracket (政府?dāng)?shù))
            Pattern.compile("(?<=\\p{IsHan})(?<![吗呢吧么嘛啊呀哪谁何嗎麼])\\?+(?=[\\p{IsHan}a-zA-Z" + TONED + "])"
                    + "|\\?" + SYLLABLE + "[)）]"),
            // a toned pinyin syllable with a closing bracket but no opening one
            Pattern.compile("(?<![(（\\p{L}])" + SYLLABLE + "[)）]"));

    /** Chars that UTF-8 bytes read as GBK give: GBK rows 0xE4-0xE9 with a trail byte 0x80-0xBF. */
    static final BitSet GBK_SHIFT = gbkShift();

    /** Every line with garbled text, once, with the first garbled place and how many there are. */
    static void mojibake(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.MOJIBAKE)) {
            return;
        }
        for (Prose.Line line : ctx.prose().proseLines()) {
            if (!line.has(WORTH_LOOKING_ALL)) {
                continue;
            }
            String t = line.bare();
            List<int[]> hits = new ArrayList<>();
            for (int k = 0; k < MOJIBAKE.size(); k++) {
                if (!line.has(WORTH_LOOKING[k])) {
                    continue;
                }
                Matcher m = MOJIBAKE.get(k).matcher(t);
                while (m.find()) {
                    hits.add(new int[] {m.start(), m.end()});
                }
            }
            if (line.has(Prose.GBK_SHIFT)) {
                gbkRuns(t, hits);
            }
            if (hits.isEmpty()) {
                continue;
            }
            hits.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> places = new ArrayList<>();
            for (int[] h : hits) {
                int[] last = places.isEmpty() ? null : places.get(places.size() - 1);
                if (last != null && h[0] <= last[1] + 6) {
                    last[1] = Math.max(last[1], h[1]);
                } else {
                    places.add(new int[] {h[0], h[1]});
                }
            }
            int[] first = places.get(0);
            int from = Math.max(0, first[0] - 2);
            int to = Math.min(t.length(), first[1] + 2);
            String excerpt = t.substring(from, to).replace(Prose.MARK, '#').strip();
            ctx.report(IntegrityConfig.Rule.MOJIBAKE, line.location(), excerpt, places.size());
        }
    }

    /**
     * For each of the {@link #MOJIBAKE} patterns, the characters ({@link Prose.Line#has}) one of which a line
     * must have for it to match at all.
     */
    static final int[] WORTH_LOOKING = {Prose.REPLACEMENT, Prose.LATIN1_LEAD, Prose.FOREIGN_LETTER,
            Prose.QUESTION, Prose.TONED};
    private static final int WORTH_LOOKING_ALL = Prose.REPLACEMENT | Prose.LATIN1_LEAD | Prose.FOREIGN_LETTER
            | Prose.QUESTION | Prose.TONED | Prose.GBK_SHIFT;

    /**
     * Runs where at least 3 of 9 characters are what UTF-8 read as GBK gives: every three characters of
     * such text, one is a UTF-8 lead byte read as a GBK lead byte (rows 0xE4-0xE9, trail 0x80-0xBF).
     */
    static void gbkRuns(String t, List<int[]> hits) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!GBK_SHIFT.get(t.charAt(i))) {
                continue;
            }
            int count = 0;
            int end = i;
            for (int j = i; j < Math.min(n, i + 9); j++) {
                if (GBK_SHIFT.get(t.charAt(j))) {
                    count++;
                    end = j + 1;
                }
            }
            if (count >= 3) {
                hits.add(new int[] {i, end});
                i = end - 1;
            }
        }
    }

    /**
     * The Chinese characters (U+4E00 to U+9FA5) whose GBK bytes are a lead byte E4-E9 and a trail byte 80-BF,
     * written out: decoding them with the GBK charset at startup cost more than checking a small report.
     * {@code GbkShiftTest} checks the list against the JDK's GBK.
     */
    private static final String GBK_E4_E9 = "妗妞妤妫妯妲妾姊姒姗姘姝姣姹娅娆娈娉娌娑娓娣娲娴娼婀婊婕婢婧婵宀宄宓宕宥宸寤寮寰搴杈杌杓杞杩棣棰椁椋"
            + "椐椤椴椹楂楗楝楠楣楦楫楱楸楹榀榄榇榈榉榘榛榧榫榭榻槌槎洄洇洌洎洙洚洧洫洮洳洵洹浃浈浍浏浒浔浜浞浠浣浯"
            + "浼涑涓涔涞涠淇渚澧澶澹濂濉濞濠濡濮濯瀚瀛瀣瀵瀹灏灞琚琛瑁瑕瑗瑙瑜瑭瑷瑾璀璁璇璋璎璐璜璞璧璨璩璺瓒甯纭"
            + "纰纾绀绁绂绉绋绌绐绔绗绛绠绡绨绫绮绯绱绲绶绺绻绾缁缂缃缇缈缍褰蹇鋩鋪鋫鋬鋭鋮鋯鋰鋱鋲鋳鋴鋵鋶鋷鋸鋹鋺"
            + "鋻鋼鋽鋾鋿錀錁錂錃錄錅錆錇錈錉鍊鍋鍌鍍鍎鍏鍐鍑鍒鍓鍔鍕鍖鍗鍘鍙鍚鍛鍜鍝鍞鍟鍠鍡鍢鍣鍤鍥鍦鍧鍨鍩鍫鎬鎭"
            + "鎮鎯鎰鎱鎲鎳鎴鎵鎶鎷鎸鎹鎺鎻鎼鎽鎾鎿鏀鏁鏂鏃鏄鏅鏆鏇鏈鏉鏋鏌鏍鐎鐏鐐鐑鐒鐓鐔鐕鐖鐗鐘鐙鐚鐛鐜鐝鐞鐟鐠"
            + "鐡鐢鐣鐤鐥鐦鐧鐨鐩鐪鐫鐬鐭鐮鑰鑱鑲鑳鑴鑵鑶鑷鑸鑹鑺鑻鑼鑽鑾鑿钀钁钂钃钄钑钖钘铇铏铓铔铚铦铻锜锠閫閬閭"
            + "閮閯閰閱閲閳閴閵閶閷閸閹閺閻閼閽閾閿闀闁闂闃闄闅闆闇闈闉闊闋韪韫韬骞";

    private static BitSet gbkShift() {
        BitSet set = new BitSet(0x10000);
        for (int i = 0; i < GBK_E4_E9.length(); i++) {
            set.set(GBK_E4_E9.charAt(i));
        }
        // the two that stand for the commonest punctuation, whatever their row: ， read as GBK and 。 read as GBK
        set.set('锛');
        set.set('銆');
        return set;
    }
}
