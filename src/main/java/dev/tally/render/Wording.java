package dev.tally.render;

/**
 * The few words and marks Tally adds around a report's own text (a caption's unit, a chart's "no data"), in the
 * language of that text: Chinese with full-width marks where it has Chinese characters, English otherwise. A
 * report written in English gets {@code (unit: parcels)}, not {@code （单位：parcels）}.
 */
enum Wording {
    CHINESE("（", "）", "，", "：", "单位：", "无数据", "各列合计", "此处数据无法读取，见检查结果",
            "未核对：数据中没有与此对应的单个数值，见检查结果", "未知名称：数据中没有这个名称，见检查结果",
            "名称写法有误，无法读取，见检查结果", "未核对：报告缺少模板要求的这个数据块，见检查结果", "此数据同时出现在 %d 项未通过的检查中，可能是出错的数据（也可能是与之相加的另一个数据）：",
            "未核对：报告未指定上期报告（:tally-previous:）", "未核对：上期报告无法读取，见检查结果"),
    ENGLISH(" (", ")", ", ", ": ", "unit: ", "no data", "all columns", "This value could not be read: see the checks",
            "Not checked: the data has no single number for this, see the checks",
            "Unknown name: the data has nothing by this name, see the checks",
            "Not a name the checks can read: see the checks",
            "Not checked: the report lacks this block, which its template requires; see the checks", "Named by %d failing checks: a likely wrong figure (or another figure they share a sum with):",
            "Not checked: the report names no previous report (:tally-previous:)",
            "Not checked: the previous report could not be read; see the checks");

    final String open;
    final String close;
    final String comma;
    final String colon;
    final String unit;
    final String noData;
    final String allColumns;
    final String unreadable;
    final String unchecked;
    /** A figure's tooltip where its name names nothing in the data (a block, key, row or column that is not there). */
    final String unknown;
    /** A figure's tooltip where its name is not written as a name ({@code tally:a..b[]}, {@code tally:a＋b[]}). */
    final String invalid;
    /** A figure's tooltip where it names a block the report's template requires and the report lacks. */
    final String lacking;
    /** The first line of a suspect cell's tooltip, with the number of failing checks that name it. */
    final String suspect;
    /** A {@code previous.} figure's tooltip in a report that names no previous report (trial AG, 5). */
    final String noPrevious;
    /** A {@code previous.} figure's tooltip where the previous report named could not be read. */
    final String previousUnavailable;

    Wording(String open, String close, String comma, String colon, String unit, String noData, String allColumns,
            String unreadable, String unchecked, String unknown, String invalid, String lacking, String suspect,
            String noPrevious, String previousUnavailable) {
        this.noPrevious = noPrevious;
        this.previousUnavailable = previousUnavailable;
        this.invalid = invalid;
        this.lacking = lacking;
        this.suspect = suspect;
        this.unreadable = unreadable;
        this.unchecked = unchecked;
        this.unknown = unknown;
        this.open = open;
        this.close = close;
        this.comma = comma;
        this.colon = colon;
        this.unit = unit;
        this.noData = noData;
        this.allColumns = allColumns;
    }

    /**
     * In place of a table's chart that would draw {@code lines} lines, more than {@code most}: why none is drawn, and
     * how to have one.
     */
    String noChart(String table, int lines, int most) {
        return this == CHINESE
                ? table + "：未绘图：每行每列各一条线，共 " + lines + " 条，多于 " + most + " 条。表中有总计行或总计列（键或标签为"
                        + "总计、合计或 Total）时，只绘总计。"
                : table + ": no chart: a line for each row and column would make " + lines + " lines, more than " + most
                        + ". A table with a total row or column (keyed or labelled 总计, 合计 or Total) is drawn by its total.";
    }

    /**
     * What a chart of whole rows shows: the sum of a few column groups named ({@code 行政复议、行政诉讼合计},
     * {@code sum of phone, counter}), or of all columns where there are many.
     */
    String sumOf(java.util.List<String> columns) {
        if (columns.isEmpty() || columns.size() > 3) {
            return allColumns;
        }
        return this == CHINESE ? String.join("、", columns) + "合计" : "sum of " + String.join(", ", columns);
    }

    /**
     * Whether a label states a unit itself ({@code 本年收费金额（单位：万元）}, {@code Weight (tonnes)}), so that Tally
     * need not add it: the unit stands in it as a word of its own, not as part of another ({@code 件} in
     * {@code 本年制发件数}, {@code 元} in {@code 万元}, {@code t} in {@code Weight}).
     */
    static boolean statesUnit(String label, String unit) {
        if (label == null || unit == null || unit.isEmpty()) {
            return false;
        }
        boolean wordStart = Character.isLetterOrDigit(unit.codePointAt(0));
        boolean wordEnd = Character.isLetterOrDigit(unit.codePointBefore(unit.length()));
        for (int at = label.indexOf(unit); at >= 0; at = label.indexOf(unit, at + 1)) {
            int end = at + unit.length();
            boolean before = !wordStart || at == 0 || !Character.isLetterOrDigit(label.codePointBefore(at));
            boolean after = !wordEnd || end == label.length() || !Character.isLetterOrDigit(label.codePointAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** Chinese where any of the texts has a Chinese character (or none has any letter), else English. */
    static Wording of(Iterable<String> texts) {
        boolean letters = false;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    return CHINESE;
                }
                letters |= Character.isLetter(c);
                i += Character.charCount(c);
            }
        }
        return letters ? ENGLISH : CHINESE;
    }

    /**
     * The language of a report: its {@code :lang:} attribute (the AsciiDoc way to name it; {@code zh...} is
     * Chinese), else its title's; null when neither tells (a title of figures only, or none).
     */
    static Wording of(dev.tally.model.Report report) {
        String lang = language(report);
        return lang == null ? null : lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    /**
     * The language of a report as HTML names it ({@code lang="zh"}): its {@code :lang:} attribute as written
     * ({@code zh-CN}; {@code zh_CN} as {@code zh-CN}), else {@code zh} or {@code en} by its title's script; null
     * when neither tells. The one decision for the units and charts' words ({@link #of(dev.tally.model.Report)})
     * and the pages' {@code lang} of the report's text (trial AB, 8).
     */
    static String language(dev.tally.model.Report report) {
        dev.tally.model.Report.Attribute lang = report == null ? null : report.attribute("lang");
        if (lang != null && !lang.value().isBlank()) {
            return lang.value().strip().replace('_', '-');
        }
        String title = report == null ? null : report.writtenTitle();
        if (title == null || title.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        return of(title) == CHINESE ? "zh" : "en";
    }

    static Wording of(String... texts) {
        return of(java.util.Arrays.asList(texts));
    }
}
