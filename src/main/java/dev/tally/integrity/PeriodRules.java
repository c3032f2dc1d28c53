package dev.tally.integrity;

import dev.tally.diagnostic.Location;
import dev.tally.diagnostic.Messages;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's period: {@code integrity.period} (the title and the 统计期限 sentence name the report's year),
 * {@code integrity.period-figure} (a figure counted over another span than the year) and
 * {@code integrity.foreign-year} (a year-like number that does not belong in the report). All need the
 * report's year and do nothing without it.
 */
final class PeriodRules {

    static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern YEAR_OF_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?=\\s*年)");
    private static final Pattern STATISTICAL_PERIOD = Pattern.compile("统计(?:期限|期间|时限|时段|区间)");

    /** Units that make a number a count: 条, 件, 人次 ... */
    static final String UNITS = "条件个次人项份家户场期批名处所台套本册张起宗篇元";
    /** A figure written as digits with its unit (a figure bound with tally:PATH[] is a marker instead). */
    static final Pattern FIGURE = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?\\s*(?:余|多)?\\s*(?:万|亿)?["
            + UNITS + "]");
    /** Words that make a figure count up to now rather than over the year. */
    private static final Pattern OPEN_SPAN =
            Pattern.compile("截[至止](?:目前|今|当前|现在)|(?:到|至)?目前为止|迄今|至今|以来");
    /** Words that start a span inside the year. */
    private static final Pattern IN_PERIOD_START =
            Pattern.compile("今年|本年|年初|年内|当年|全年|年度内|本年度|\\d{1,2}\\s*月");

    /** What may follow a year-like number that is used as a year, a date or a count (not a foreign year). */
    private static final String AFTER_YEAR_OR_COUNT = "年月日号届级岁天时分秒余多万亿%‰-/／.．—–~～至到〕]］)）"
            + UNITS + "米亩吨斤株棵头只辆座间位元平公千立毫厘克升度周栋幢层床艘架盏枚块颗粒箱袋瓶桶包票";
    /** A list or range of years that ends with 年: 2019、2020、2021年, 2019至2021年. */
    private static final Pattern MORE_YEARS =
            Pattern.compile("(?:\\s*[、,，和及与至到—–~～/-]\\s*(?:19|20)\\d\\d){1,20}\\s*[年届]");

    private PeriodRules() {
    }

    // ------------------------------------------------------------------------------------------------ period

    static void period(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.PERIOD) || ctx.year() == null) {
            return;
        }
        int year = ctx.year();
        Prose.Line title = ctx.prose().title;
        if (title != null) {
            Set<String> seen = new HashSet<>();
            Matcher m = YEAR.matcher(title.view());
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) != year && seen.add(m.group(1))) {
                    ctx.report(IntegrityConfig.Rule.PERIOD, title.location(), m.group(1),
                            Messages.ref("integrity.period.title"), year, yearSetAt(ctx));
                }
            }
        }
        opening(ctx, year);
        Set<String> seen = new HashSet<>();
        for (Prose.Paragraph p : ctx.prose().paragraphs) {
            if (p.kind() != Prose.Kind.TEXT || !Scripts.toSimplified(p.view().text).contains("统计")) {
                continue; // no 统计期限 in it
            }
            for (Prose.Sentence s : Prose.sentences(p.view())) {
                String text = Scripts.toSimplified(s.text());
                if (!STATISTICAL_PERIOD.matcher(text).find()) {
                    continue;
                }
                Matcher m = YEAR_OF_DATE.matcher(text);
                while (m.find()) {
                    Location at = s.in().at(s.start() + m.start());
                    if (Integer.parseInt(m.group(1)) != year && seen.add(at + "#" + m.group(1))) {
                        ctx.report(IntegrityConfig.Rule.PERIOD, at, m.group(1),
                                Messages.ref("integrity.period.statistical"), year, yearSetAt(ctx));
                    }
                }
            }
        }
    }

    /** A paragraph's opening year: 2023年，… or 2023年度，… */
    private static final Pattern OPENING_YEAR = Pattern.compile("^\\s*((?:19|20)\\d\\d)\\s*年度?\\s*[，,]");

    /**
     * The first paragraph under a level-1 heading that opens with another year than the report's (2023年，… in the
     * report on 2024): the opening of last year's report, copied and not brought up to date (trial AT, 3). Only a
     * section's opening words, where a report says what its year was; a later paragraph may speak of another year.
     */
    private static void opening(Context ctx, int year) {
        boolean underHeading = false;
        for (Prose.Paragraph p : ctx.prose().paragraphs) {
            if (p.kind() == Prose.Kind.SECTION) {
                String heading = p.lines().get(0).source().text();
                underHeading = heading.startsWith("== ") || heading.startsWith("## ");
                continue;
            }
            if (p.kind() != Prose.Kind.TEXT || !underHeading) {
                continue;
            }
            underHeading = false;
            Matcher m = OPENING_YEAR.matcher(Scripts.toSimplified(p.view().text));
            if (m.find() && Integer.parseInt(m.group(1)) != year) {
                ctx.report(IntegrityConfig.Rule.PERIOD, p.lines().get(0).location(), m.group(1),
                        Messages.ref("integrity.period.opening"), year, "");
            }
        }
    }

    /**
     * Where {@code :tally-year:} gives the report's year, for the message: the attribute copied from last year's
     * report is as likely wrong as the title (trial R, 8); empty when the year comes from the title.
     */
    private static String yearSetAt(Context ctx) {
        dev.tally.model.Report.Attribute attr = ctx.report().attribute("tally-year");
        return attr == null ? "" : Messages.ref("integrity.period.attribute", String.valueOf(attr.location().line()));
    }

    // ----------------------------------------------------------------------------------------- period-figure

    /**
     * A sentence with a figure (digits and a unit: 167条) that counts up to now (截至目前, 目前为止, 迄今,
     * 至今 with no start inside the year) or from a year before the report's (从2016年12月开通至今,
     * 2015年以来). A span that starts inside the year (2017年至今, 今年以来, 1月至今) is fine, and so is 累计
     * alone (全年累计 is the year's total). Figures bound to data with {@code tally:PATH[]} are the author's
     * declared data and are left alone unless {@code period-figure.bound-figures} is set. One finding per
     * sentence, at the line of its span.
     */
    static void periodFigure(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.PERIOD_FIGURE) || ctx.year() == null) {
            return;
        }
        int year = ctx.year();
        boolean bound = ctx.config().periodFigureBoundFigures();
        for (Prose.Paragraph p : ctx.prose().paragraphs) {
            if (p.kind() != Prose.Kind.TEXT || !p.has(Prose.DIGIT) && !(bound && p.bare().text.indexOf(Prose.MARK) >= 0)) {
                continue; // no figure in it
            }
            for (Prose.Sentence s : Prose.sentences(p.bare())) {
                String original = s.text();
                String text = Scripts.toSimplified(original);
                if (!hasFigure(text, bound)) {
                    continue;
                }
                Matcher span = OPEN_SPAN.matcher(text);
                while (span.find()) {
                    int clauseStart = clauseStart(text, span.start());
                    String before = text.substring(clauseStart, span.start());
                    Integer start = lastYear(before);
                    boolean outside;
                    int from = span.start();
                    if (start != null) {
                        outside = start < year;
                        Matcher y = YEAR_OF_DATE.matcher(before);
                        int last = 0;
                        while (y.find()) {
                            last = y.start();
                        }
                        int k = last;
                        while (k > 0 && "从自由".indexOf(before.charAt(k - 1)) >= 0) {
                            k--;
                        }
                        from = clauseStart + k;
                    } else if (IN_PERIOD_START.matcher(before).find() || span.group().equals("以来")) {
                        outside = false;
                    } else {
                        outside = true;
                    }
                    if (!outside) {
                        continue;
                    }
                    int excerptEnd = excerptEnd(text, span.end(), bound);
                    String excerpt = original.substring(clauseStart, Math.min(excerptEnd, clauseStart + 60))
                            .replace(Prose.MARK, '#').strip();
                    String spanText = original.substring(from, span.end()).strip();
                    ctx.report(IntegrityConfig.Rule.PERIOD_FIGURE, s.in().at(s.start() + span.start()), excerpt,
                            spanText, year);
                    break;
                }
            }
        }
    }

    private static boolean hasFigure(String text, boolean bound) {
        return FIGURE.matcher(text).find() || (bound && text.indexOf(Prose.MARK) >= 0);
    }

    /** How far back a span's start is looked for. */
    private static final int CLAUSE = 40;

    /**
     * Where the clause of {@code at} begins: after the last ， , ： : before it, at the sentence's start, or
     * {@link #CLAUSE} characters back.
     */
    private static int clauseStart(String text, int at) {
        int start = Math.max(0, at - CLAUSE);
        for (int i = at - 1; i >= start; i--) {
            if ("，,：:".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    private static Integer lastYear(String text) {
        Matcher m = YEAR_OF_DATE.matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    /** The end of the first figure after {@code from} (to quote the span with its figure), else {@code from}. */
    private static int excerptEnd(String text, int from, boolean bound) {
        Matcher f = FIGURE.matcher(text);
        int end = from;
        if (f.find(from)) {
            end = f.end();
        }
        if (bound) {
            int mark = text.indexOf(Prose.MARK, from);
            if (mark >= 0 && (end == from || mark < end)) {
                end = Math.min(text.length(), mark + 2);
            }
        }
        return end;
    }

    // ------------------------------------------------------------------------------------------ foreign-year

    /**
     * A number from 1900 to 2099 that stands alone (no 年 or date after it, no unit, not a citation
     * 〔2020〕, not part of a longer number or word) and lies outside [year - before, year + after]: a year
     * string pasted into the text by a content farm (2024部门负责人 in a report on 2014). Once per distinct
     * year, at its first line, with the count and lines.
     */
    static void foreignYear(Context ctx) {
        if (!ctx.on(IntegrityConfig.Rule.FOREIGN_YEAR) || ctx.year() == null) {
            return;
        }
        int year = ctx.year();
        int lo = year - ctx.config().foreignYearBefore();
        int hi = year + ctx.config().foreignYearAfter();
        Findings.Recurring<String> found = new Findings.Recurring<>();
        for (Prose.Line line : ctx.prose().proseLines()) {
            if (!line.has(Prose.DIGIT)) {
                continue;
            }
            String t = line.bare();
            Matcher m = YEAR.matcher(t);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= lo && y <= hi) {
                    continue;
                }
                char before = m.start() > 0 ? t.charAt(m.start() - 1) : ' ';
                if ((before < 128 && Character.isLetterOrDigit(before)) || "〔[［(（.第-".indexOf(before) >= 0) {
                    continue;
                }
                int k = m.end();
                while (k < t.length() && t.charAt(k) == ' ') {
                    k++;
                }
                char after = k < t.length() ? t.charAt(k) : '。';
                if ((after < 128 && Character.isLetter(after)) || AFTER_YEAR_OR_COUNT.indexOf(after) >= 0) {
                    continue;
                }
                Matcher list = MORE_YEARS.matcher(t);
                list.region(m.end(), Math.min(t.length(), m.end() + 200));
                if (list.lookingAt()) {
                    continue;
                }
                found.add(m.group(1), line.location());
            }
        }
        for (Map.Entry<String, List<Location>> e : found.where.entrySet()) {
            List<Location> at = e.getValue();
            ctx.report(IntegrityConfig.Rule.FOREIGN_YEAR, at.get(0), e.getKey(), year, lo, hi, at.size(),
                    ctx.findings().lines(at));
        }
    }
}
