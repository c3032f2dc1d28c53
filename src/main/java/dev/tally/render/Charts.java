package dev.tally.render;

import dev.tally.check.Evaluator;
import dev.tally.model.Block;
import dev.tally.model.Header;
import dev.tally.model.KeyPath;
import dev.tally.model.Report;
import dev.tally.model.SectionTitle;
import dev.tally.model.Table;
import dev.tally.model.Values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Charts as inline SVG, without JavaScript: line charts and grouped bar charts over periods, readable in grey
 * (every series has its own colour and also its own marker and dash, or fill pattern), with CJK-friendly text.
 * {@link #forChain} makes the charts of a chain of reports linked by {@code :tally-previous:}.
 *
 * <p>Output is deterministic and well-formed XML.
 */
public final class Charts {

    private Charts() {
    }

    /** A named series: one value per period, null where there is none. */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * A chart: its title and its {@code <svg>} element. {@link #html()} gives the whole
     * {@code <figure class="tally-chart">} with the title as its caption.
     */
    public record Chart(String title, String svg) {

        /**
         * In place of a table's chart that would have too many lines: a line that says so, and how to have one
         * (trial AN, 7). Its {@link #svg()} is null.
         */
        static Chart omitted(String note) {
            return new Chart(note, null);
        }

        /**
         * {@code <figure class="tally-chart">}, the SVG and a {@code <figcaption>} with the title; for a chart
         * {@link #omitted}, a paragraph that says why.
         */
        public String html() {
            if (svg == null) {
                return "<p class=\"tally-chart-omitted\">" + Html.escape(title) + "</p>\n";
            }
            return "<figure class=\"tally-chart\">\n" + svg + "<figcaption>" + Html.escape(title)
                    + "</figcaption>\n</figure>\n";
        }
    }

    /** Optional style sheet for pages with charts (the SVG also carries its own sizes and fonts). */
    public static final String CSS = """
            figure.tally-chart { margin: 0 0 1.5em 0; max-width: 100%; overflow-x: auto; }
            figure.tally-chart svg { display: block; max-width: 100%; height: auto; }
            figure.tally-chart figcaption { font-weight: bold; margin-top: 0.3em; font-family: @FONTS@; }
            """.replace("@FONTS@", TableHtml.CJK_FONTS);

    /** Keys of a total row or column. */
    static final Set<String> TOTAL_KEYS = Set.of("总计", "合计", "total", "Total");

    /** The most lines a chart of a table's columns draws; a table that would need more gets no chart. */
    static final int MAX_LINES = 12;

    private static final Set<String> NATIONAL_TEMPLATES = Set.of("gov-info-disclosure-2021", "gov-info-disclosure-2019");

    // ---------------------------------------------------------------------------------------------- styles

    private static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', "
            + "'PingFang SC', 'Hiragino Sans GB', 'WenQuanYi Micro Hei', sans-serif";

    /** Dark enough on white for text; told apart in grey by markers, dashes and patterns as well. */
    private static final String[] COLOURS = {
        "#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#a16207", "#0e7490", "#be185d", "#4b5563"};
    private static final String[] DASHES = {null, "8 4", "2 3", "10 3 2 3", "4 4", "14 4", "1 3", "6 2 2 2 2 2"};
    private static final int STYLES = 8;

    private static final int WIDTH = 720;
    private static final double PLOT_HEIGHT = 240;
    private static final double TOP = 22;
    private static final double RIGHT = 16;
    private static final double FONT_SIZE = 12;
    private static final double TICK_SIZE = 11;
    private static final double VALUE_SIZE = 10;
    private static final double LEGEND_ROW = 22;

    // ---------------------------------------------------------------------------------------------- API

    /** A line chart: one line with markers per series, value labels at the points. */
    public static Chart line(String title, List<String> periods, List<Series> series) {
        return render(title, periods, series, false, null);
    }

    /** Grouped bars: one group per period, one bar per series, value labels on the bars. */
    public static Chart bars(String title, List<String> periods, List<Series> series) {
        return render(title, periods, series, true, null);
    }

    // ---------------------------------------------------------------------------------------------- drawing

    /** @param words the words Tally adds, in the report's language; null: in the language of the chart's texts */
    private static Chart render(String title, List<String> periods, List<Series> series, boolean bars,
            Wording words) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one period");
        }
        for (Series s : series) {
            if (s.values().size() != periods.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + periods.size() + " periods");
            }
        }
        String safeTitle = title == null ? "" : title;
        int n = periods.size();
        List<BigDecimal> all = new ArrayList<>();
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    all.add(v);
                }
            }
        }
        Scale scale = Scale.of(all);
        List<String> tickLabels = new ArrayList<>();
        double tickWidth = 0;
        for (BigDecimal t : scale.ticks()) {
            String label = Evaluator.show(t);
            tickLabels.add(label);
            tickWidth = Math.max(tickWidth, textWidth(label, TICK_SIZE));
        }
        double left = Math.max(40, Math.ceil(tickWidth) + 14);
        double plotW = WIDTH - left - RIGHT;
        double band = plotW / n;
        double plotTop = TOP;
        double plotBottom = TOP + PLOT_HEIGHT;

        // period labels: level when they fit their band, else slanted and shortened
        boolean slanted = false;
        for (String p : periods) {
            if (textWidth(nz(p), FONT_SIZE) > band - 6) {
                slanted = true;
                break;
            }
        }
        List<String> shownPeriods = new ArrayList<>();
        double periodHeight = 24;
        if (slanted) {
            double maxW = 0;
            for (String p : periods) {
                String t = truncate(nz(p), 150, FONT_SIZE);
                shownPeriods.add(t);
                maxW = Math.max(maxW, textWidth(t, FONT_SIZE));
            }
            periodHeight = 18 + maxW * Math.sin(Math.toRadians(35)) + FONT_SIZE;
        } else {
            for (String p : periods) {
                shownPeriods.add(nz(p));
            }
        }

        // legend layout
        double legendTop = plotBottom + periodHeight + 10;
        List<double[]> legendAt = new ArrayList<>();
        double lx = left;
        double ly = legendTop;
        for (Series s : series) {
            String name = truncate(nz(s.name()), 300, FONT_SIZE);
            double w = 34 + textWidth(name, FONT_SIZE) + 18;
            if (lx > left && lx + w > WIDTH - RIGHT) {
                lx = left;
                ly += LEGEND_ROW;
            }
            legendAt.add(new double[] {lx, ly});
            lx += w;
        }
        double height = Math.ceil(series.isEmpty() ? legendTop : ly + LEGEND_ROW + 4);

        String prefix = idPrefix(safeTitle, periods, series);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(Html.escape(safeTitle)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(fmt(height)).append("\" width=\"").append(WIDTH).append("\" height=\"").append(fmt(height))
                .append("\" style=\"max-width:100%;height:auto\" font-family=\"").append(FONTS)
                .append("\" font-size=\"").append(fmt(FONT_SIZE)).append("\" class=\"tally-chart-")
                .append(bars ? "bars" : "line").append("\">\n");
        svg.append("<title>").append(Html.escape(safeTitle)).append("</title>\n");
        if (words == null) {
            List<String> texts = new ArrayList<>(List.of(safeTitle));
            series.forEach(s -> texts.add(s.name()));
            texts.addAll(periods);
            words = Wording.of(texts);
        }
        svg.append("<desc>").append(Html.escape(describe(periods, series, words))).append("</desc>\n");
        if (bars && series.size() > 1) {
            svg.append("<defs>\n");
            for (int i = 1; i < series.size(); i++) {
                svg.append(pattern(prefix + "p" + i, i % STYLES));
            }
            svg.append("</defs>\n");
        }

        // grid and y axis
        svg.append("<g class=\"grid\" stroke=\"#dde2e7\" stroke-width=\"1\">\n");
        for (BigDecimal t : scale.ticks()) {
            double y = scale.y(t, plotTop, plotBottom);
            svg.append("<line x1=\"").append(fmt(left)).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(fmt(WIDTH - RIGHT)).append("\" y2=\"").append(fmt(y)).append("\"/>\n");
        }
        svg.append("</g>\n");
        svg.append("<g class=\"y-ticks\" fill=\"#444\" font-size=\"").append(fmt(TICK_SIZE))
                .append("\" text-anchor=\"end\">\n");
        for (int i = 0; i < scale.ticks().size(); i++) {
            double y = scale.y(scale.ticks().get(i), plotTop, plotBottom);
            svg.append("<text x=\"").append(fmt(left - 6)).append("\" y=\"").append(fmt(y + TICK_SIZE * 0.35))
                    .append("\">").append(Html.escape(tickLabels.get(i))).append("</text>\n");
        }
        svg.append("</g>\n");
        double zeroY = scale.y(BigDecimal.ZERO, plotTop, plotBottom);
        svg.append("<line class=\"axis\" x1=\"").append(fmt(left)).append("\" y1=\"").append(fmt(plotTop))
                .append("\" x2=\"").append(fmt(left)).append("\" y2=\"").append(fmt(plotBottom))
                .append("\" stroke=\"#666\" stroke-width=\"1\"/>\n");
        svg.append("<line class=\"axis\" x1=\"").append(fmt(left)).append("\" y1=\"").append(fmt(zeroY))
                .append("\" x2=\"").append(fmt(WIDTH - RIGHT)).append("\" y2=\"").append(fmt(zeroY))
                .append("\" stroke=\"#666\" stroke-width=\"1\"/>\n");

        // period labels
        svg.append("<g class=\"x-labels\" fill=\"#222\">\n");
        for (int i = 0; i < n; i++) {
            double x = left + band * (i + 0.5);
            double y = plotBottom + 18;
            String shown = shownPeriods.get(i);
            if (slanted) {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" text-anchor=\"end\" transform=\"rotate(-35 ").append(fmt(x)).append(' ')
                        .append(fmt(y)).append(")\">");
            } else {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" text-anchor=\"middle\">");
            }
            if (!shown.equals(nz(periods.get(i)))) {
                svg.append("<title>").append(Html.escape(periods.get(i))).append("</title>");
            }
            svg.append(Html.escape(shown)).append("</text>\n");
        }
        svg.append("</g>\n");

        if (bars) {
            drawBars(svg, periods, series, scale, left, band, plotTop, plotBottom, prefix, words);
        } else {
            drawLines(svg, periods, series, scale, left, band, plotTop, plotBottom, words);
        }

        // legend
        if (!series.isEmpty()) {
            svg.append("<g class=\"legend\" fill=\"#222\">\n");
            for (int i = 0; i < series.size(); i++) {
                double x = legendAt.get(i)[0];
                double y = legendAt.get(i)[1];
                double mid = y + LEGEND_ROW / 2;
                String colour = COLOURS[i % STYLES];
                if (bars) {
                    svg.append(rect(x + 6, mid - 6, 16, 12, colour, null));
                    if (i > 0) {
                        svg.append(rect(x + 6, mid - 6, 16, 12, "url(#" + prefix + "p" + i + ")", null));
                    }
                } else {
                    svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(fmt(mid)).append("\" x2=\"")
                            .append(fmt(x + 28)).append("\" y2=\"").append(fmt(mid)).append("\" stroke=\"")
                            .append(colour).append("\" stroke-width=\"2\"").append(dash(i)).append("/>");
                    svg.append(marker(i, x + 14, mid, colour));
                }
                svg.append("<text x=\"").append(fmt(x + 34)).append("\" y=\"").append(fmt(mid + FONT_SIZE * 0.36))
                        .append("\">").append(Html.escape(truncate(nz(series.get(i).name()), 300, FONT_SIZE)))
                        .append("</text>\n");
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return new Chart(safeTitle, svg.toString());
    }

    private static void drawLines(StringBuilder svg, List<String> periods, List<Series> series, Scale scale,
            double left, double band, double plotTop, double plotBottom, Wording words) {
        int n = periods.size();
        // per period, the value labels to place (deduplicated, spread apart)
        List<List<Label>> labels = new ArrayList<>();
        List<List<Double>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(new ArrayList<>());
            points.add(new ArrayList<>());
        }
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            String colour = COLOURS[s % STYLES];
            svg.append("<g class=\"series\" data-series=\"").append(Html.escape(nz(ser.name()))).append("\">\n");
            // the line, broken where a period has no value
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                BigDecimal v = ser.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                double x = left + band * (i + 0.5);
                double y = scale.y(v, plotTop, plotBottom);
                d.append(pen ? " L" : (d.length() > 0 ? " M" : "M")).append(fmt(x)).append(',').append(fmt(y));
                pen = true;
            }
            if (d.length() > 0) {
                svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\" stroke-linejoin=\"round\"").append(dash(s)).append("/>\n");
            }
            for (int i = 0; i < n; i++) {
                BigDecimal v = ser.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = left + band * (i + 0.5);
                double y = scale.y(v, plotTop, plotBottom);
                String shown = asWritten(v);
                svg.append("<g>").append("<title>").append(Html.escape(nz(ser.name()) + words.comma
                        + nz(periods.get(i)) + words.colon + shown)).append("</title>").append(marker(s, x, y, colour)).append("</g>\n");
                labels.get(i).add(new Label(shown, x, y - 8, colour));
                points.get(i).add(y);
            }
            svg.append("</g>\n");
        }
        svg.append("<g class=\"values\" font-size=\"").append(fmt(VALUE_SIZE))
                .append("\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\n");
        for (int i = 0; i < n; i++) {
            List<Label> atPeriod = labels.get(i);
            // the same number at the same place is shown once, in a neutral colour
            List<Label> unique = new ArrayList<>();
            for (Label l : atPeriod) {
                Label same = null;
                for (Label u : unique) {
                    if (u.text.equals(l.text) && Math.abs(u.y - l.y) < 1) {
                        same = u;
                    }
                }
                if (same == null) {
                    unique.add(l);
                } else {
                    same.colour = "#333";
                }
            }
            // from the top point down: above the point if that is free (of other labels and of markers), else below it,
            // else a little further away; else under the last label placed
            unique.sort((a, b) -> Double.compare(a.y, b.y));
            List<Double> placed = new ArrayList<>();
            for (Label l : unique) {
                if (textWidth(l.text, VALUE_SIZE) > band - 2) {
                    continue;
                }
                double above = l.y;
                double below = l.y + 8 + VALUE_SIZE + 5;
                Double y = null;
                double step = VALUE_SIZE + 1;
                for (double candidate : new double[] {above, below, above - step, below + step, above - 2 * step,
                        below + 2 * step}) {
                    if (free(candidate, placed) && clear(candidate, points.get(i)) && candidate <= plotBottom + VALUE_SIZE
                            && candidate >= VALUE_SIZE) {
                        y = candidate;
                        break;
                    }
                }
                if (y == null) {
                    double last = placed.isEmpty() ? above : Math.max(above, placed.get(placed.size() - 1) + VALUE_SIZE + 1);
                    if (!free(last, placed) || last > plotBottom + VALUE_SIZE) {
                        continue;
                    }
                    y = last;
                }
                placed.add(y);
                placed.sort(Double::compare);
                svg.append("<text x=\"").append(fmt(l.x)).append("\" y=\"").append(fmt(y)).append("\" fill=\"")
                        .append(l.colour).append("\">").append(Html.escape(l.text)).append("</text>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void drawBars(StringBuilder svg, List<String> periods, List<Series> series, Scale scale,
            double left, double band, double plotTop, double plotBottom, String prefix, Wording words) {
        int n = periods.size();
        int k = Math.max(1, series.size());
        double groupW = band * 0.8;
        double barW = groupW / k;
        double inner = Math.min(2, barW * 0.1);
        double zeroY = scale.y(BigDecimal.ZERO, plotTop, plotBottom);
        StringBuilder values = new StringBuilder();
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            String colour = COLOURS[s % STYLES];
            svg.append("<g class=\"series\" data-series=\"").append(Html.escape(nz(ser.name()))).append("\">\n");
            for (int i = 0; i < n; i++) {
                BigDecimal v = ser.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = left + band * i + (band - groupW) / 2 + barW * s + inner / 2;
                double w = barW - inner;
                double y = scale.y(v, plotTop, plotBottom);
                double top = Math.min(y, zeroY);
                double h = Math.abs(zeroY - y);
                String shown = asWritten(v);
                svg.append("<g><title>").append(Html.escape(nz(ser.name()) + words.comma + nz(periods.get(i))
                        + words.colon + shown))
                        .append("</title>").append(rect(x, top, w, h, colour, null));
                if (s > 0) {
                    svg.append(rect(x, top, w, h, "url(#" + prefix + "p" + s + ")", null));
                }
                svg.append("</g>\n");
                if (textWidth(shown, VALUE_SIZE) <= barW + 3) {
                    double ty = v.signum() < 0 ? zeroY + h + VALUE_SIZE + 2 : top - 3;
                    values.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(ty))
                            .append("\" fill=\"").append(colour).append("\">").append(Html.escape(shown))
                            .append("</text>\n");
                }
            }
            svg.append("</g>\n");
        }
        svg.append("<g class=\"values\" font-size=\"").append(fmt(VALUE_SIZE))
                .append("\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\n")
                .append(values).append("</g>\n");
    }

    private static boolean free(double y, List<Double> placed) {
        for (double p : placed) {
            if (Math.abs(p - y) < VALUE_SIZE + 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value label with its baseline at y keeps clear of the markers at these heights. */
    private static boolean clear(double y, List<Double> markers) {
        for (double m : markers) {
            if (y - VALUE_SIZE * 0.8 < m + 5 && y + 1 > m - 5) {
                return false;
            }
        }
        return true;
    }

    private static final class Label {
        final String text;
        final double x;
        final double y;
        String colour;

        Label(String text, double x, double y, String colour) {
            this.text = text;
            this.x = x;
            this.y = y;
            this.colour = colour;
        }
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h)
                + "\" fill=\"" + fill + "\"" + (stroke == null ? "" : " stroke=\"" + stroke + "\"") + "/>";
    }

    private static String dash(int series) {
        String d = DASHES[(series + series / STYLES) % STYLES];
        return d == null ? "" : " stroke-dasharray=\"" + d + "\"";
    }

    /** A point marker; each of eight series has its own shape. */
    private static String marker(int series, double x, double y, String colour) {
        double r = 4.2;
        String filled = "\" fill=\"" + colour + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
        String hollow = "\" fill=\"#fff\" stroke=\"" + colour + "\" stroke-width=\"1.8\"/>";
        String lines = "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
        return switch (series % STYLES) {
            case 0 -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + filled;
            case 1 -> "<rect x=\"" + fmt(x - r) + "\" y=\"" + fmt(y - r) + "\" width=\"" + fmt(2 * r)
                    + "\" height=\"" + fmt(2 * r) + filled;
            case 2 -> "<path d=\"M" + fmt(x) + "," + fmt(y - r * 1.2) + " L" + fmt(x + r * 1.1) + ","
                    + fmt(y + r * 0.9) + " L" + fmt(x - r * 1.1) + "," + fmt(y + r * 0.9) + " Z" + filled;
            case 3 -> "<path d=\"M" + fmt(x) + "," + fmt(y - r * 1.3) + " L" + fmt(x + r * 1.3) + "," + fmt(y)
                    + " L" + fmt(x) + "," + fmt(y + r * 1.3) + " L" + fmt(x - r * 1.3) + "," + fmt(y) + " Z" + filled;
            case 4 -> "<path d=\"M" + fmt(x - r) + "," + fmt(y - r) + " L" + fmt(x + r) + "," + fmt(y + r)
                    + " M" + fmt(x - r) + "," + fmt(y + r) + " L" + fmt(x + r) + "," + fmt(y - r) + lines;
            case 5 -> "<path d=\"M" + fmt(x - r * 1.2) + "," + fmt(y) + " L" + fmt(x + r * 1.2) + "," + fmt(y)
                    + " M" + fmt(x) + "," + fmt(y - r * 1.2) + " L" + fmt(x) + "," + fmt(y + r * 1.2) + lines;
            case 6 -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + hollow;
            default -> "<path d=\"M" + fmt(x) + "," + fmt(y + r * 1.2) + " L" + fmt(x + r * 1.1) + ","
                    + fmt(y - r * 0.9) + " L" + fmt(x - r * 1.1) + "," + fmt(y - r * 0.9) + " Z" + hollow;
        };
    }

    /** A fill pattern of white strokes laid over a bar's colour, so that bars differ in grey too. */
    private static String pattern(String id, int style) {
        String head = "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">";
        String stroke = "\" stroke=\"#fff\" stroke-width=\"1.6\" fill=\"none\"/>";
        String body = switch (style) {
            case 1 -> "<path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" + stroke;
            case 2 -> "<path d=\"M0,4 L8,4" + stroke;
            case 3 -> "<circle cx=\"4\" cy=\"4\" r=\"1.7\" fill=\"#fff\"/>";
            case 4 -> "<path d=\"M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2" + stroke;
            case 5 -> "<path d=\"M4,0 L4,8" + stroke;
            case 6 -> "<path d=\"M0,4 L8,4 M4,0 L4,8" + stroke;
            case 7 -> "<path d=\"M0,0 L8,8 M0,8 L8,0" + stroke;
            default -> "<circle cx=\"2\" cy=\"2\" r=\"1.1\" fill=\"#fff\"/><circle cx=\"6\" cy=\"6\" r=\"1.1\" fill=\"#fff\"/>";
        };
        return head + body + "</pattern>\n";
    }

    /** A text summary of the data, for screen readers. */
    private static String describe(List<String> periods, List<Series> series, Wording words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            if (i > 0) {
                sb.append(words == Wording.CHINESE ? "；" : "; ");
            }
            sb.append(nz(periods.get(i))).append(words.colon);
            for (int s = 0; s < series.size(); s++) {
                if (s > 0) {
                    sb.append(words.comma);
                }
                BigDecimal v = series.get(s).values().get(i);
                sb.append(nz(series.get(s).name())).append(' ').append(v == null ? words.noData : asWritten(v));
            }
        }
        return sb.toString();
    }

    /** A stable prefix for ids inside one chart (ids of inline SVGs share the page's namespace). */
    private static String idPrefix(String title, List<String> periods, List<Series> series) {
        CRC32 crc = new CRC32();
        StringBuilder sb = new StringBuilder(title).append('\u0000').append(periods);
        for (Series s : series) {
            sb.append('\u0000').append(s.name()).append(s.values());
        }
        crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return "tally-chart-" + Long.toHexString(crc.getValue()) + "-";
    }

    // ---------------------------------------------------------------------------------------------- scale

    /** A y scale from a nice round lower bound (0 unless there are negative values) to a nice upper bound. */
    record Scale(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {

        static Scale of(List<BigDecimal> values) {
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            boolean whole = true;
            for (BigDecimal v : values) {
                min = min.min(v);
                max = max.max(v);
                whole &= v.stripTrailingZeros().scale() <= 0;
            }
            double range = max.subtract(min).doubleValue();
            BigDecimal step;
            if (range <= 0 || Double.isNaN(range)) {
                step = BigDecimal.ONE;
            } else {
                double raw = range / 5;
                int exp = (int) Math.floor(Math.log10(raw));
                double f = raw / Math.pow(10, exp);
                int nice = f <= 1.0000001 ? 1 : f <= 2.0000001 ? 2 : f <= 5.0000001 ? 5 : 10;
                step = BigDecimal.valueOf(nice).scaleByPowerOfTen(exp);
                if (whole && step.compareTo(BigDecimal.ONE) < 0) {
                    step = BigDecimal.ONE;
                }
            }
            BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            if (high.compareTo(low) == 0) {
                high = low.add(step);
            }
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
                ticks.add(t.signum() == 0 ? BigDecimal.ZERO : t.stripTrailingZeros());
            }
            return new Scale(low, high, List.copyOf(ticks));
        }

        double y(BigDecimal v, double top, double bottom) {
            double span = high.subtract(low).doubleValue();
            double frac = v.subtract(low).doubleValue() / span;
            return bottom - frac * (bottom - top);
        }
    }

    // ---------------------------------------------------------------------------------------------- text

    /** Estimated width of text: CJK and full-width characters one em, others a little over half. */
    static double textWidth(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp) * size;
        }
        return w;
    }

    private static double charWidth(int cp) {
        if (isWide(cp)) {
            return 1.0;
        }
        if (cp == ' ' || cp == '.' || cp == ',' || cp == '·') {
            return 0.32;
        }
        return 0.6;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000 || cp == 0x201C || cp == 0x201D
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026;
    }

    /** The text, shortened with an ellipsis to fit a width. */
    static String truncate(String s, double maxWidth, double size) {
        if (textWidth(s, size) <= maxWidth) {
            return s;
        }
        double budget = maxWidth - size;
        StringBuilder sb = new StringBuilder();
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp) * size;
            if (w > budget) {
                break;
            }
            sb.appendCodePoint(cp);
        }
        return sb.append('\u2026').toString();
    }

    /** A coordinate with at most one decimal. */
    static String fmt(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "0";
        }
        return BigDecimal.valueOf(Math.round(d * 10), 1).stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------------------------------------- chains

    /** A report's period as its {@code :tally-year:} states it, or null. */
    private static String stated(Report r) {
        Report.Attribute year = r.attribute("tally-year");
        return year == null || year.value().isBlank() ? null : year.value().strip();
    }

    /**
     * A title that names one period of a chain ({@code Samples by source, 2025 Q4} of {@code 2025-Q4}) with the
     * chain's span in its place ({@code 2025-Q1–2025-Q4}): a chart or a chain shows them all (trial AD, 7). The
     * period is found as its parts written with any marks between them; a title that does not name it, or names it
     * twice, is left as it is.
     */
    static String spanned(String title, String period, String first, String last) {
        if (title == null || period == null || first == null || last == null || first.equals(last)) {
            return title;
        }
        String[] parts = period.split("[^\\p{L}\\p{N}]+");
        StringBuilder rx = new StringBuilder("(?<![\\p{N}a-zA-Z])"); // 镇2024: a Chinese word may stand before it
        int n = 0;
        for (String part : parts) {
            if (!part.isEmpty()) {
                rx.append(n++ > 0 ? "[\\s\\-_./]*" : "").append(java.util.regex.Pattern.quote(part));
            }
        }
        if (n == 0) {
            return title;
        }
        // a digit may not go on after the period (2024 in 20245), a Chinese word may (2024年)
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(rx + "(?![\\p{N}a-zA-Z])",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(title);
        if (!m.find()) {
            return title;
        }
        int start = m.start();
        int end = m.end();
        if (m.find()) {
            return title; // named twice: which one is the period is not clear
        }
        return title.substring(0, start) + first + "–" + last + title.substring(end);
    }

    /**
     * The charts of a chain of reports, oldest first: for each data block (in the newest report's order, then
     * blocks only older reports have), a line chart across the periods: for a values block, its top-level
     * numbers; for a table, its top-level rows' totals. For reports on the national template, two bar charts
     * after the {@code applications} table's: new applications by applicant type, and outcomes. Periods are
     * labelled by {@code :tally-year:}, else the report title. Charts with no data in any period are left out.
     */
    public static List<Chart> forChain(List<Report> chainOldestFirst) {
        List<Report> chain = List.copyOf(chainOldestFirst);
        List<Chart> charts = new ArrayList<>();
        if (chain.isEmpty()) {
            return charts;
        }
        List<String> periods = new ArrayList<>();
        for (Report r : chain) {
            Report.Attribute year = r.attribute("tally-year");
            periods.add(year != null && !year.value().isBlank() ? year.value().strip() : r.title());
        }
        Wording words = Wording.of(chain.get(chain.size() - 1));
        boolean national = false;
        for (Report r : chain) {
            Report.Attribute t = r.attribute("tally-template");
            national |= t != null && NATIONAL_TEMPLATES.contains(t.value().strip());
        }
        // block ids: newest report's order, then those only older reports have
        Set<String> ids = new LinkedHashSet<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            ids.addAll(chain.get(i).blocks().keySet());
        }
        for (String id : ids) {
            Block kind = newest(chain, id);
            if (kind instanceof Values) {
                charts.addAll(valuesCharts(chain, periods, id, words));
            } else if (kind instanceof Table) {
                add(charts, tableChart(chain, periods, id, words));
                if (national && id.equals("applications")) {
                    add(charts, applicantsChart(chain, periods));
                    add(charts, outcomesChart(chain, periods));
                }
            }
        }
        return charts;
    }

    private static void add(List<Chart> charts, Chart chart) {
        if (chart != null) {
            charts.add(chart);
        }
    }

    private static Block newest(List<Report> chain, String id) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Block b = chain.get(i).block(id);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** Series with a value in some period; null when none has. */
    private static List<Series> withData(List<Series> series) {
        List<Series> out = new ArrayList<>();
        for (Series s : series) {
            if (s.values().stream().anyMatch(v -> v != null)) {
                out.add(s);
            }
        }
        return out;
    }

    /** What a chart draws, before it is drawn: its title and its series. */
    private record Drawn(String title, List<Series> series) {
    }

    private static Drawn valuesChart(List<Report> chain, List<String> periods, String id, Wording words) {
        List<Values> blocks = blocks(chain, id, Values.class);
        Set<String> keys = new LinkedHashSet<>();
        String title = null;
        String section = null;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Values v = blocks.get(i);
            if (v != null) {
                keys.addAll(v.root().children().keySet());
                if (title == null && v.title() != null && !v.title().isBlank()) {
                    title = spanned(dev.tally.check.FigureText.resolve(v.title(), chain.get(i),
                            i > 0 ? chain.get(i - 1) : null), stated(chain.get(i)), stated(chain.get(0)),
                            stated(chain.get(chain.size() - 1)));
                }
                SectionTitle in = chain.get(i).sectionAt(v.location());
                if (section == null && in != null) {
                    // a figure in the section's title is its value, as on the page
                    section = dev.tally.check.FigureText.resolve(in.title(), chain.get(i),
                            i > 0 ? chain.get(i - 1) : null);
                }
            }
        }
        if (title == null && section != null) {
            // an untitled block is named by the section it is in, and its id tells two such blocks apart
            title = section + words.open + id + words.close;
        }
        List<Series> series = new ArrayList<>();
        for (String key : keys) {
            List<BigDecimal> values = new ArrayList<>();
            for (Values v : blocks) {
                values.add(v == null ? null : number(v.root().children().get(key)));
            }
            series.add(new Series(key, values));
        }
        series = withData(series);
        if (series.isEmpty()) {
            return null;
        }
        return new Drawn(title != null ? title : id, series);
    }

    /** Series whose largest values differ by more than this factor are not drawn on one axis. */
    static final int MAX_SPREAD = 50;

    /**
     * A values block's charts: one, or, where its numbers differ too much in size to be read on one axis (a rate of
     * 3, a cost of 200, a ratio of 0.5; trial U, 1), one a range of sizes, each named by its numbers.
     */
    private static List<Chart> valuesCharts(List<Report> chain, List<String> periods, String id, Wording words) {
        Drawn whole = valuesChart(chain, periods, id, words);
        if (whole == null) {
            return List.of();
        }
        List<Series> bySize = new ArrayList<>(whole.series());
        bySize.sort(java.util.Comparator.comparing(Charts::size));
        List<List<Series>> groups = new ArrayList<>();
        List<Series> current = new ArrayList<>();
        for (Series s : bySize) {
            if (!current.isEmpty() && size(s).compareTo(size(current.get(0)).multiply(BigDecimal.valueOf(MAX_SPREAD))) > 0) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        groups.add(current);
        if (groups.size() == 1) {
            return List.of(render(whole.title(), periods, whole.series(), false, words));
        }
        Wording w = words != null ? words : Wording.of(whole.title(), null);
        List<Chart> charts = new ArrayList<>();
        for (List<Series> group : groups) {
            List<Series> inOrder = whole.series().stream().filter(group::contains).toList(); // the block's order
            String names = String.join(w.comma, inOrder.stream().map(Series::name).toList());
            charts.add(render(whole.title() + w.open + names + w.close, periods, inOrder, false, words));
        }
        return charts;
    }

    /** The largest size of a series' values (a series of zeros counts as 1, so that it goes with the small). */
    private static BigDecimal size(Series s) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal v : s.values()) {
            if (v != null && v.abs().compareTo(max) > 0) {
                max = v.abs();
            }
        }
        return max.signum() == 0 ? BigDecimal.ONE : max;
    }

    /**
     * A values node as one number: a number itself; a group, its total entry (总计, 合计, total) if it has one,
     * else the sum of its entries; null for text or a group without numbers.
     */
    private static BigDecimal number(Values.Node node) {
        if (node instanceof Values.Number n) {
            return n.value();
        }
        if (node instanceof Values.Group g) {
            for (Map.Entry<String, Values.Node> e : g.children().entrySet()) {
                if (TOTAL_KEYS.contains(e.getKey()) && e.getValue() instanceof Values.Number n) {
                    return n.value();
                }
            }
            BigDecimal sum = null;
            for (Values.Node c : g.children().values()) {
                if (c instanceof Values.Unreadable) {
                    return null; // no total from a part that could not be read
                }
                BigDecimal v = number(c);
                if (v != null) {
                    sum = sum == null ? v : sum.add(v);
                }
            }
            return sum;
        }
        return null;
    }

    private static <T extends Block> List<T> blocks(List<Report> chain, String id, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Report r : chain) {
            Block b = r.block(id);
            out.add(type.isInstance(b) ? type.cast(b) : null);
        }
        return out;
    }

    private static Table newestTable(List<Table> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (tables.get(i) != null) {
                return tables.get(i);
            }
        }
        return null;
    }

    private static Chart tableChart(List<Report> chain, List<String> periods, String id, Wording words) {
        List<Table> tables = blocks(chain, id, Table.class);
        Table latest = newestTable(tables);
        if (latest == null) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (tables.get(i) != null) {
                for (Header.Node root : tables.get(i).rows().roots()) {
                    keys.add(root.key());
                }
            }
        }
        Header.Node totalColumn = totalChild(latest.columns().roots(), latest);
        List<Header.Node> leafColumns = latest.columns().leaves();
        // the columns add up to a whole only where the table says so: a total column (总计, 合计, total), or
        // column groups that each have one (行政复议, 行政诉讼). Others (本年制发件数, 本年废止件数, 现行有效件数;
        // a stock beside a flow, a subtotal beside its parts) are never summed: a line per column instead, of the
        // total row alone where the table has one, and no chart where that would be too many lines
        boolean groupsWithTotals = latest.columns().roots().stream().allMatch(Charts::hasTotal);
        boolean perColumn = totalColumn == null && leafColumns.size() > 1 && !groupsWithTotals;
        Header.Node totalRow = perColumn ? totalChild(latest.rows().roots(), latest) : null;
        if (totalRow != null) {
            keys = new LinkedHashSet<>(List.of(totalRow.key()));
        }
        // column by column, a row group without a total row of its own is drawn by its rows: its sum in a column
        // is a number no report holds, and a wrong one where the column is a rate or a share (trial U, 1)
        List<KeyPath> rowPaths = new ArrayList<>();
        for (String key : keys) {
            Header.Node root = perColumn ? rowIn(tables, KeyPath.of(key)) : null;
            if (root != null && !root.isLeaf() && totalChild(root.children()) == null) {
                plotted(root, rowPaths);
            } else {
                rowPaths.add(KeyPath.of(key));
            }
        }
        if (perColumn && rowPaths.size() * leafColumns.size() > MAX_LINES) {
            Wording w = words != null ? words : Wording.of(tableTitle(chain, tables, id), latest.unit());
            return Chart.omitted(w.noChart(tableTitle(chain, tables, id), rowPaths.size() * leafColumns.size(),
                    MAX_LINES));
        }
        List<Series> series = new ArrayList<>();
        for (KeyPath path : perColumn ? rowPaths : List.<KeyPath>of()) {
            for (Header.Node column : leafColumns) {
                List<BigDecimal> values = new ArrayList<>();
                for (Table t : tables) {
                    Header.Node row = t == null ? null : t.rows().find(path);
                    Header.Node col = t == null ? null : t.columns().find(column.path());
                    values.add(row == null || col == null ? null
                            : rowValue(row, leaf -> TableHtml.cell(t, leaf, col)));
                }
                String name = columnLabel(tables, column.path());
                series.add(new Series(totalRow != null ? name : pathLabel(tables, path, true) + "·" + name, values));
            }
        }
        for (String key : perColumn ? Set.<String>of() : keys) {
            List<BigDecimal> values = new ArrayList<>();
            for (Table t : tables) {
                Header.Node row = t == null ? null : t.rows().find(KeyPath.of(key));
                values.add(row == null ? null : rowValue(row, leaf -> acrossColumns(t, leaf)));
            }
            series.add(new Series(rowLabel(tables, KeyPath.of(key)), values));
        }
        series = withData(series);
        if (series.isEmpty()) {
            return null;
        }
        String base = tableTitle(chain, tables, id);
        words = words != null ? words : Wording.of(base, latest.unit());
        String unit = latest.unit() != null && !latest.unit().isBlank() ? words.unit + latest.unit() : "";
        String what = totalColumn != null ? totalColumn.key() : leafColumns.size() == 1 ? leafColumns.get(0).key()
                : totalRow != null ? totalRow.key() : perColumn ? ""
                : words.sumOf(latest.columns().roots().stream().map(Header.Node::key).toList());
        String note = what.isEmpty() ? unit : unit.isEmpty() ? what : what + words.comma + unit;
        return render(note.isEmpty() ? base : base + words.open + note + words.close, periods, series, false, words);
    }

    /** A table's chart title: its newest title, figures resolved and its period spanned over the chain; else its id. */
    private static String tableTitle(List<Report> chain, List<Table> tables, String id) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            if (t != null && t.title() != null && !t.title().isBlank()) {
                return spanned(dev.tally.check.FigureText.resolve(t.title(), chain.get(i), i > 0 ? chain.get(i - 1) : null),
                        stated(chain.get(i)), stated(chain.get(0)), stated(chain.get(chain.size() - 1)));
            }
        }
        return id;
    }

    /**
     * A row's name in a legend: its label in the newest table that has the row (the wording the table on the page
     * shows), else its key.
     */
    private static String rowLabel(List<Table> tables, KeyPath path) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            Header.Node node = t == null ? null : t.rows().find(path);
            if (node != null) {
                return t.label(node);
            }
        }
        return path.dotted();
    }

    /**
     * A leaf column's name in a legend: the labels of its groups and its own, joined by a dot, so that columns of
     * the same name in two groups (结果维持 under 行政复议 and under 行政诉讼) stay apart.
     */
    private static String columnLabel(List<Table> tables, KeyPath path) {
        return pathLabel(tables, path, false);
    }

    /** A row's or column's name in a legend: the labels of its groups and its own, joined by a dot. */
    private static String pathLabel(List<Table> tables, KeyPath path, boolean row) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            Header header = t == null ? null : row ? t.rows() : t.columns();
            if (header != null && header.find(path) != null) {
                StringBuilder name = new StringBuilder();
                for (int n = 1; n <= path.size(); n++) {
                    Header.Node node = header.find(new KeyPath(path.keys().subList(0, n)));
                    if (name.length() > 0) {
                        name.append('·');
                    }
                    name.append(node == null ? path.keys().get(n - 1) : t.label(node));
                }
                return name.toString();
            }
        }
        return path.dotted();
    }

    /** The row at a path in the newest table that has it, or null. */
    private static Header.Node rowIn(List<Table> tables, KeyPath path) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            Header.Node node = tables.get(i) == null ? null : tables.get(i).rows().find(path);
            if (node != null) {
                return node;
            }
        }
        return null;
    }

    /** The rows a group is drawn by: each row under it, a group among them by its total row or else its rows. */
    private static void plotted(Header.Node group, List<KeyPath> out) {
        for (Header.Node c : group.children()) {
            if (c.isLeaf() || totalChild(c.children()) != null) {
                out.add(c.path());
            } else {
                plotted(c, out);
            }
        }
    }

    /** A column group with a total column of its own, or made of groups that each have one. */
    private static boolean hasTotal(Header.Node group) {
        return !group.isLeaf() && (totalChild(group.children()) != null
                || group.children().stream().allMatch(Charts::hasTotal));
    }

    /**
     * A table's total row or column among its top-level ones: by its key, or by its label, as a row keyed
     * {@code All} and labelled {@code Total} beside a {@code Total} column (a key cannot be both; trial U, 10).
     */
    private static Header.Node totalChild(List<Header.Node> nodes, Table table) {
        Header.Node byKey = totalChild(nodes);
        if (byKey != null) {
            return byKey;
        }
        for (Header.Node n : nodes) {
            if (n.isLeaf() && TOTAL_KEYS.contains(table.label(n).strip())) {
                return n;
            }
        }
        return null;
    }


    private static Header.Node totalChild(List<Header.Node> nodes) {
        for (Header.Node n : nodes) {
            if (n.isLeaf() && TOTAL_KEYS.contains(n.key())) {
                return n;
            }
        }
        return null;
    }

    /**
     * A row (or row group) as one number: a leaf row's value; a group's total row (总计, 合计, total) if it has
     * one, else the sum of its rows, so that a total row is not counted twice. Null when a value is missing.
     */
    private static BigDecimal rowValue(Header.Node row, Function<Header.Node, BigDecimal> leafValue) {
        if (row.isLeaf()) {
            return leafValue.apply(row);
        }
        Header.Node total = totalChild(row.children());
        if (total != null) {
            return leafValue.apply(total);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Header.Node c : row.children()) {
            BigDecimal v = rowValue(c, leafValue);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /**
     * A leaf row's total across the columns: its cell in the top-level total column (总计, 合计, total) if the
     * table has one, else the sum over the columns (a column group by its own total column if it has one).
     */
    private static BigDecimal acrossColumns(Table table, Header.Node leafRow) {
        Header.Node total = totalChild(table.columns().roots());
        if (total != null) {
            return TableHtml.cell(table, leafRow, total);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Header.Node c : table.columns().roots()) {
            BigDecimal v = rowValue(c, col -> TableHtml.cell(table, leafRow, col));
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /** New applications (row 新收) by applicant type (every leaf column but the totals), as bars. */
    private static Chart applicantsChart(List<Report> chain, List<String> periods) {
        List<Table> tables = blocks(chain, "applications", Table.class);
        Table latest = newestTable(tables);
        if (latest == null) {
            return null;
        }
        Map<String, String> columns = new LinkedHashMap<>(); // dotted path -> series name
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            if (t != null) {
                for (Header.Node c : t.columns().leaves()) {
                    if (!TOTAL_KEYS.contains(c.key())) {
                        columns.putIfAbsent(c.path().dotted(), t.label(c));
                    }
                }
            }
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, String> col : columns.entrySet()) {
            List<BigDecimal> values = new ArrayList<>();
            for (Table t : tables) {
                values.add(t == null ? null : cellAt(t, KeyPath.of("新收"), col.getKey()));
            }
            series.add(new Series(col.getValue(), values));
        }
        series = withData(series);
        if (series.isEmpty()) {
            return null;
        }
        return bars("本年新收政府信息公开申请数量（按申请人" + unitSuffix(latest) + "）", periods, series);
    }

    private static BigDecimal cellAt(Table t, KeyPath rowPath, String columnPath) {
        Header.Node row = t.rows().find(rowPath);
        if (row == null) {
            return null;
        }
        Header.Node col = null;
        for (Header.Node c : t.columns().leaves()) {
            if (c.path().dotted().equals(columnPath)) {
                col = c;
            }
        }
        if (col == null) {
            return null;
        }
        Header.Node column = col;
        return rowValue(row, leaf -> TableHtml.cell(t, leaf, column));
    }

    /** Outcomes (the rows under 办理结果 but its total; a group as the sum of its rows), column 总计, as bars. */
    private static Chart outcomesChart(List<Report> chain, List<String> periods) {
        List<Table> tables = blocks(chain, "applications", Table.class);
        Table latest = newestTable(tables);
        if (latest == null) {
            return null;
        }
        KeyPath outcomes = KeyPath.of("办理结果");
        Set<String> keys = new LinkedHashSet<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            Header.Node group = t == null ? null : t.rows().find(outcomes);
            if (group != null) {
                for (Header.Node c : group.children()) {
                    if (!TOTAL_KEYS.contains(c.key())) {
                        keys.add(c.key());
                    }
                }
            }
        }
        List<Series> series = new ArrayList<>();
        for (String key : keys) {
            List<BigDecimal> values = new ArrayList<>();
            for (Table t : tables) {
                Header.Node row = t == null ? null : t.rows().find(outcomes.child(key));
                values.add(row == null ? null : rowValue(row, leaf -> acrossColumns(t, leaf)));
            }
            series.add(new Series(rowLabel(tables, outcomes.child(key)), values));
        }
        series = withData(series);
        if (series.isEmpty()) {
            return null;
        }
        return bars("本年度办理结果（按办理结果" + unitSuffix(latest) + "）", periods, series);
    }

    private static String unitSuffix(Table t) {
        return t.unit() != null && !t.unit().isBlank() ? "，单位：" + t.unit() : "";
    }

    /** A value as the data writes it ({@code 12000.00} stays so, as in the tables, the text and the downloads). */
    private static String asWritten(BigDecimal v) {
        return v.toPlainString();
    }
}
