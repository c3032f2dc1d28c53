package dev.tally.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simplified Chinese messages ({@code messages_zh.properties}) against the English ones. */
class ChineseMessagesTest {

    private static final String ENGLISH = "dev/tally/messages.properties";
    private static final String CHINESE = "dev/tally/messages_zh.properties";

    /** What {@link Messages} substitutes: a brace, one or two digits, a brace. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})\\}");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ChineseMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void everyEnglishKeyIsTranslatedAndNoOtherKeyIsThere() throws IOException {
        Set<String> en = load(ENGLISH).stringPropertyNames();
        Set<String> zh = load(CHINESE).stringPropertyNames();
        Set<String> missing = new TreeSet<>(en);
        missing.removeAll(zh);
        Set<String> extra = new TreeSet<>(zh);
        extra.removeAll(en);
        assertTrue(missing.isEmpty(), "not translated: " + missing);
        assertTrue(extra.isEmpty(), "not in messages.properties: " + extra);
    }

    @Test
    void everyTranslationUsesExactlyThePlaceholdersOfTheEnglish() throws IOException {
        Properties en = load(ENGLISH);
        Properties zh = load(CHINESE);
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String translated = zh.getProperty(key);
            if (translated != null && !placeholders(en.getProperty(key)).equals(placeholders(translated))) {
                wrong.add(key + ": " + placeholders(en.getProperty(key)) + " in English, "
                        + placeholders(translated) + " in Chinese");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        Properties zh = load(CHINESE);
        List<String> empty = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).isBlank()).sorted()
                .toList();
        assertTrue(empty.isEmpty(), "empty: " + empty);
    }

    @Test
    void siteTextsAreNotLeftInAscii() throws IOException {
        Properties zh = load(CHINESE);
        List<String> ascii = zh.stringPropertyNames().stream().filter(k -> k.startsWith("site."))
                .filter(k -> zh.getProperty(k).chars().allMatch(c -> c < 128)).sorted().toList();
        assertTrue(ascii.isEmpty(), "site texts still in ASCII: " + ascii);
    }

    @Test
    void aKeyIsWrittenOnceInTheChineseFile() throws IOException {
        // Properties keeps the last of two equal keys silently; in the translation that would hide a text
        List<String> lines;
        try (InputStream in = ChineseMessagesTest.class.getClassLoader().getResourceAsStream(CHINESE)) {
            assertNotNull(in);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                continue;
            }
            String key = l.substring(0, l.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertTrue(twice.isEmpty(), "written twice: " + twice);
    }

    /** Trial F: lists of lines in Chinese messages were joined with ", ". */
    @Test
    void listsAreJoinedWithTheLanguagesSeparator() {
        String lines = Messages.listRef(List.of("4", "6", "…"));
        assertEquals("4、6、…", Messages.argument(Locale.CHINESE, lines));
        assertEquals("4, 6, …", Messages.argument(Locale.ENGLISH, lines));
        assertEquals("共 2 处，所在行：4、6、…", Messages.format(Locale.CHINESE, "integrity.denied-word",
                List.of("x", "2", lines)).replaceAll("^.*；", ""));
    }

    /** Trial R, 11: titles, which hold 、 themselves, are joined with a semicolon of the language. */
    @Test
    void titlesAreJoinedWithTheLanguagesSemicolon() {
        String titles = Messages.titlesRef(List.of("五、存在的主要问题及改进情况", "五、存在问题及改进情况"));
        assertEquals("五、存在的主要问题及改进情况；五、存在问题及改进情况", Messages.argument(Locale.CHINESE, titles));
        assertEquals("五、存在的主要问题及改进情况; 五、存在问题及改进情况", Messages.argument(Locale.ENGLISH, titles));
    }

    @Test
    void trailingSpaceOfAnEnglishTextIsKept() throws IOException {
        // hint.did-you-mean is followed directly by a path
        Properties en = load(ENGLISH);
        Properties zh = load(CHINESE);
        for (String key : en.stringPropertyNames()) {
            // (the separator of lists is 、 in Chinese, with no space)
            if (en.getProperty(key).endsWith(" ") && zh.getProperty(key) != null && !key.startsWith("list.separator")) {
                assertTrue(zh.getProperty(key).endsWith(" "), key + " lost its trailing space");
            }
        }
    }

    private static final List<String> FAILED = List.of("proactive.total = sum(proactive.by_kind)", "170", "!=", "169",
            "");

    @Test
    void simplifiedChineseGetsTheTranslation() {
        String text = Messages.format(Locale.SIMPLIFIED_CHINESE, "check.failed", FAILED);
        assertEquals("检查未通过：proactive.total = sum(proactive.by_kind)：170 != 169", text);
        assertEquals(text, Messages.format(Locale.CHINESE, "check.failed", FAILED));
        assertEquals(text, Messages.format(Locale.forLanguageTag("zh-CN"), "check.failed", FAILED));
    }

    @Test
    void aCountIsSpacedFromTheChineseBeforeIt() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("Tally：已将 1 份报告渲染到 target/site/tally", Messages.format(zh, "mojo.rendered",
                List.of(Messages.count(zh, 1, "report"), "target/site/tally")));
        assertEquals("Tally: rendered 1 report into target/site/tally", Messages.format(Locale.ENGLISH,
                "mojo.rendered", List.of(Messages.count(Locale.ENGLISH, 1, "report"), "target/site/tally")));
    }

    /**
     * Trial AT, 16: after a site build with errors, the clerk reads that the pages are built but not to be published
     * until the errors are mended, and how to see them; not "the published reports have …".
     */
    @Test
    void aSiteBuiltWithErrorsIsSaidNotFitToPublish() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("Tally：站点页面已生成，但报告中有 6 个错误、0 个警告（见 target/site/tally/checks.html）：请先改正，"
                + "再发布站点；运行 ./mvnw verify 可看到每个问题所在的行，有错误时构建会失败",
                Messages.format(zh, "mojo.rendered-problems", List.of(Messages.count(zh, 6, "error"),
                        Messages.count(zh, 0, "warning"), "target/site/tally/checks.html")));
        assertEquals("Tally：站点页面已生成；报告中有 2 个警告（见 target/site/tally/checks.html）：发布站点前请逐一核看",
                Messages.format(zh, "mojo.rendered-warnings", List.of(Messages.count(zh, 2, "warning"),
                        "target/site/tally/checks.html")));
    }

    /**
     * Trial AT, 21: the Chinese messages use full-width punctuation where they punctuate Chinese, and one word for
     * one thing. Outside “quoted” examples of what to write (键: 值), and code such as :tally-year:, no half-width
     * colon or bracket stands after Chinese, no space before （, no colon doubled (：:), and the previous report is
     * 上期报告 and a check 检查 throughout (not 上一期报告, not 校验).
     */
    @Test
    void chinesePunctuationIsFullWidthAndTheTermsAreOne() throws IOException {
        Properties zh = load(CHINESE);
        Map<String, Pattern> rules = new java.util.LinkedHashMap<>();
        String chinese = "[\\x{4e00}-\\x{9fff}，。；、）”]";
        rules.put("a half-width colon after Chinese", Pattern.compile(chinese + " ?:(?=\\s|$|[\\x{4e00}-\\x{9fff}])"));
        rules.put("a half-width bracket after Chinese", Pattern.compile("[\\x{4e00}-\\x{9fff}，。；、：”] ?\\("));
        rules.put("a half-width bracket closing before Chinese", Pattern.compile("\\)[\\x{4e00}-\\x{9fff}，。；、]"));
        rules.put("a space before a full-width bracket", Pattern.compile(" （"));
        rules.put("a doubled colon", Pattern.compile("：:|:："));
        rules.put("another word for the previous report or a check", Pattern.compile("上一期报告|上一期的报告|校验"));
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(zh.stringPropertyNames())) {
            String text = zh.getProperty(key).replaceAll("“[^”]*”", "“”");
            rules.forEach((rule, pattern) -> {
                if (pattern.matcher(text).find()) {
                    wrong.add(key + ": " + rule + ": " + zh.getProperty(key));
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Trial AT, 21: what a Chinese build prints around the messages: a rule's property in full-width brackets with no
     * space before them, a note on a whole file after its path with ：, a list of names joined with 、; the place of a
     * line stays path:line: for IDEs.
     */
    @Test
    void aChineseLineIsPunctuatedInChineseAroundTheMessageToo() {
        DiagnosticFormatter zh = new DiagnosticFormatter(java.nio.file.Path.of("/p"), Locale.SIMPLIFIED_CHINESE);
        java.nio.file.Path file = java.nio.file.Path.of("/p/src/reports/2024/r.adoc");
        Diagnostic link = new Diagnostic(Severity.ERROR, new Location(file, 9), "integrity.link",
                List.of("pan.baidu.com", Messages.listRef(List.of("*.gov.cn", "*.gov")), "1", Messages.listRef(List.of("9"))));
        assertEquals("src/reports/2024/r.adoc:9: 链接指向 pan.baidu.com，该域名不在允许范围内（只允许 *.gov.cn、*.gov）："
                + "请改为允许的网站上的地址，或删去该链接；确需保留，请联系技术人员把该域名加入 tally.allowedDomains。共 1 处，"
                + "所在行：9（tally.integrity.link）", zh.format(link));
        Diagnostic whole = new Diagnostic(Severity.NOTE, new Location(file, 0), "read.empty", List.of());
        assertEquals("src/reports/2024/r.adoc：报告为空", zh.format(whole));
        DiagnosticFormatter en = new DiagnosticFormatter(java.nio.file.Path.of("/p"), Locale.ENGLISH);
        assertEquals("src/reports/2024/r.adoc: the report is empty", en.format(whole));
        assertTrue(en.format(link).endsWith("(allowed: *.gov.cn, *.gov): link to a page on an allowed domain, or remove "
                + "the link; if it must stay, the domain is added to tally.allowedDomains (occurrences: 1, at lines: 9) "
                + "(tally.integrity.link)"), en.format(link));
        assertEquals("未知模板 x（内置模板：gov-info-disclosure-2021、gov-info-disclosure-2019；模板文件须用以 .yaml 结尾的路径指定）",
                Messages.format(Locale.CHINESE, "template.unknown", List.of("x",
                        Messages.listRef(dev.tally.template.Templates.BUILT_IN))));
    }

    @Test
    void englishAndRootGetTheEnglish() {
        String english = "check failed: proactive.total = sum(proactive.by_kind): 170 != 169";
        assertEquals(english, Messages.format(Locale.ENGLISH, "check.failed", FAILED));
        assertEquals(english, Messages.format(Locale.ROOT, "check.failed", FAILED));
        assertFalse(hasHan(Messages.format(Locale.US, "table.cell-not-number",
                List.of("t", "r", "c", "'x'", Messages.ref("value.text")))));
    }

    @Test
    void englishStaysEnglishWhenTheMachineIsChinese() {
        // ResourceBundle's default control tries the JVM's default locale before the base bundle
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache(Messages.class.getClassLoader());
            String text = Messages.format(Locale.ENGLISH, "check.failed", FAILED);
            assertFalse(hasHan(text), "English asked, Chinese printed: " + text);
            assertFalse(hasHan(Messages.format(Locale.ROOT, "read.empty", List.of())));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(Messages.class.getClassLoader());
        }
    }

    @Test
    void aNestedMessageIsTranslatedToo() {
        String text = Messages.format(Locale.SIMPLIFIED_CHINESE, "table.cell-not-number",
                List.of("applications", "上年结转", "总计", "'1,234'", Messages.ref("value.grouped")));
        assertEquals("表格 applications 的 上年结转 行、总计 列：'1,234' 不是数字：含有千位分隔符；只写数字（写 1234，不写 1,234）",
                text);
        String invalid = Messages.format(Locale.SIMPLIFIED_CHINESE, "check.invalid",
                List.of("a + * b = 1", "5", Messages.ref("syntax.unexpected"), " '*'"));
        assertEquals("检查无效：a + * b = 1：不应出现 '*'（第 5 个字符）", invalid);
        String lookAlike = Messages.format(Locale.SIMPLIFIED_CHINESE, "check.invalid",
                List.of("a ＝ b", "3", Messages.ref("syntax.look-alike", "="), " '＝'"));
        assertEquals("检查无效：a ＝ b：全角或形似字符：应写作半角 =，而不是 '＝'（第 3 个字符）", lookAlike);
    }

    @Test
    void everyChineseTextHasChineseInItUnlessItIsOnlyCode() throws IOException {
        // texts that are nothing but a tool name and a placeholder may stay as they are
        Set<String> codeOnly = Set.of("asciidoc.error", "asciidoc.warning", "hint.did-you-mean-end", "list.separator", "list.separator-titles",
                "init.template-problem");
        Properties zh = load(CHINESE);
        List<String> untranslated = zh.stringPropertyNames().stream().filter(k -> !codeOnly.contains(k))
                .filter(k -> !hasHan(zh.getProperty(k))).sorted().toList();
        assertTrue(untranslated.isEmpty(), "no Chinese in: " + untranslated);
    }
}
