import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates a corpus of Tally reports for benchmarks: places reporting for two consecutive years, the second
 * naming the first as its previous report, with consistent figures bound into the prose. Most are towns in the
 * national format (gov-info-disclosure-2021); every {@code freeFormEvery}-th place is a department writing a
 * free-form report (no template: its own table, values and checks, with a check against the previous year).
 * Every {@code brokenEvery}-th report gets one wrong total.
 *
 * <pre>java bench/GenerateReports.java OUT_DIR COUNT [BROKEN_EVERY] [SEED] [FREE_FORM_EVERY]</pre>
 *
 * Reports land in {@code OUT_DIR/2023} and {@code OUT_DIR/2024}; 0 for BROKEN_EVERY or FREE_FORM_EVERY means none.
 */
public class GenerateReports {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int brokenEvery = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42L);
        int freeFormEvery = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        for (int i = 0; i < count; i += 2) {
            int place = i / 2;
            if (freeFormEvery > 0 && place % freeFormEvery == freeFormEvery - 1) {
                String dept = String.format("dept%05d", place);
                int[] carry = new int[3];
                for (int y = 0; y < 2 && i + y < count; y++) {
                    int year = 2023 + y;
                    boolean broken = brokenEvery > 0 && (i + y) % brokenEvery == brokenEvery - 1;
                    FreeForm r = new FreeForm(random, dept, year, carry, y == 1, broken);
                    Path file = out.resolve(String.valueOf(year)).resolve(dept + ".adoc");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, r.text(), StandardCharsets.UTF_8);
                    carry = r.carryOut;
                }
                continue;
            }
            String town = String.format("town%05d", place);
            int[] carry = new int[7];
            int stock = random.nextInt(20);
            for (int y = 0; y < 2 && i + y < count; y++) {
                int year = 2023 + y;
                boolean broken = brokenEvery > 0 && (i + y) % brokenEvery == brokenEvery - 1;
                Report r = new Report(random, town, year, carry, stock, y == 1, broken);
                Path file = out.resolve(String.valueOf(year)).resolve(town + ".adoc");
                Files.createDirectories(file.getParent());
                Files.writeString(file, r.text(), StandardCharsets.UTF_8);
                carry = r.carryOut;
                stock = r.stock;
            }
        }
    }

    static final class Report {
        final StringBuilder sb = new StringBuilder();
        int[] carryOut = new int[7];
        int stock;

        Report(Random rnd, String town, int year, int[] carryIn, int stockIn, boolean hasPrevious, boolean broken) {
            line("= " + town + " " + year + "年政府信息公开工作年度报告");
            line(":tally-year: " + year);
            line(":tally-template: gov-info-disclosure-2021");
            if (hasPrevious) {
                line(":tally-previous: ../" + (year - 1) + "/" + town + ".adoc");
            }
            line("");
            line("本报告所列数据统计期限为" + year + "年1月1日至" + year + "年12月31日。");
            line("");
            int portal = rnd.nextInt(200);
            int wechat = rnd.nextInt(200);
            int board = rnd.nextInt(50);
            int total = portal + wechat + board + (broken ? 1 : 0);
            line("== 一、总体情况");
            line("");
            line("全年主动公开政府信息tally:proactive.total[" + total + "]条，其中门户网站tally:proactive.channels.portal["
                    + portal + "]条，微信公众号tally:proactive.channels.wechat[" + wechat + "]条，公开栏tally:proactive.channels.board["
                    + board + "]条。");
            line("");
            line("[data#proactive]");
            line("----");
            line("total: " + total);
            line("channels:");
            line("  portal: " + portal);
            line("  wechat: " + wechat);
            line("  board: " + board);
            line("----");
            line("");
            line("[checks]");
            line("----");
            line("- proactive.total = sum(proactive.channels)");
            line("----");
            line("");
            line("== 二、主动公开政府信息情况");
            line("");
            int made = rnd.nextInt(5);
            int repealed = Math.min(stockIn, rnd.nextInt(3));
            stock = stockIn + made - repealed;
            table("regulations", "第二十条第（一）项", "  规章: [0, 0, 0]\n  行政规范性文件: [" + made + ", " + repealed + ", " + stock + "]");
            table("licensing", "第二十条第（五）项", "  行政许可: [" + rnd.nextInt(500) + "]");
            table("enforcement", "第二十条第（六）项", "  行政处罚: [" + rnd.nextInt(100) + "]\n  行政强制: [" + rnd.nextInt(10) + "]");
            table("fees", "第二十条第（八）项", "  行政事业性收费: [" + rnd.nextInt(100) + "." + rnd.nextInt(10) + "]");
            line("== 三、收到和处理政府信息公开申请情况");
            line("");
            int[] received = row(rnd, 4);
            int[] results = new int[7];
            StringBuilder rows = new StringBuilder();
            rows.append("  新收: ").append(list(received)).append('\n');
            rows.append("  上年结转: ").append(list(carryIn)).append('\n');
            rows.append("  办理结果:\n");
            int[] open = new int[7];
            for (int c = 0; c < 6; c++) {
                int available = received[c] + carryIn[c];
                carryOut[c] = available == 0 ? 0 : rnd.nextInt(Math.min(available, 2) + 1);
                open[c] = available - carryOut[c];
            }
            total(open);
            total(carryOut);
            String[][] groups = {
                {"予以公开"}, {"部分公开"},
                {"不予公开", "属于国家秘密", "其他法律行政法规禁止公开", "危及三安全一稳定", "保护第三方合法权益", "属于三类内部事务信息",
                    "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"},
                {"无法提供", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"},
                {"不予处理", "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"},
                {"其他处理", "逾期不补正", "逾期未缴费", "其他"}};
            for (String[] g : groups) {
                if (g.length == 1) {
                    int[] r = g[0].equals("予以公开") ? open.clone() : new int[7];
                    rows.append("    ").append(g[0]).append(": ").append(list(r)).append('\n');
                } else {
                    rows.append("    ").append(g[0]).append(":\n");
                    for (int k = 1; k < g.length; k++) {
                        rows.append("      ").append(g[k]).append(": ").append(list(new int[7])).append('\n');
                    }
                }
            }
            System.arraycopy(open, 0, results, 0, 7);
            rows.append("    总计: ").append(list(results)).append('\n');
            rows.append("  结转下年度: ").append(list(carryOut));
            line("本年新收政府信息公开申请tally:applications.新收@总计[" + received[6] + "]件。");
            line("");
            table("applications", "收到和处理政府信息公开申请情况", rows.toString());
            line("== 四、政府信息公开行政复议、行政诉讼情况");
            line("");
            table("appeals", "政府信息公开行政复议、行政诉讼情况",
                    "  件数: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]");
            line("== 五、存在的主要问题及改进情况");
            line("");
            line("信息公开的及时性有待提高。");
            line("");
            line("== 六、其他需要报告的事项");
            line("");
            line("本年度未收取信息处理费。");
        }

        private static int[] row(Random rnd, int bound) {
            int[] r = new int[7];
            for (int c = 0; c < 6; c++) {
                r[c] = c == 0 ? rnd.nextInt(bound * 5) : rnd.nextInt(bound);
            }
            total(r);
            return r;
        }

        private static void total(int[] r) {
            int t = 0;
            for (int c = 0; c < 6; c++) {
                t += r[c];
            }
            r[6] = t;
        }

        private static String list(int[] r) {
            StringBuilder s = new StringBuilder("[");
            for (int c = 0; c < r.length; c++) {
                s.append(c > 0 ? ", " : "").append(r[c]);
            }
            return s.append(']').toString();
        }

        private void table(String id, String title, String rows) {
            line("." + title);
            line("[data#" + id + "]");
            line("----");
            line("rows:");
            line(rows);
            line("----");
            line("");
        }

        private void line(String s) {
            sb.append(s).append('\n');
        }

        String text() {
            return sb.toString();
        }
    }

    /**
     * A department's report on its enforcement cases and spending, in a format of its own: a table with a column
     * group and a row group and its own checks, a values block, document checks and one against the previous year.
     */
    static final class FreeForm {
        final StringBuilder sb = new StringBuilder();
        /** Cases carried into next year: 行政处罚, 行政强制, 其他. */
        final int[] carryOut = new int[3];

        FreeForm(Random rnd, String dept, int year, int[] carryIn, boolean hasPrevious, boolean broken) {
            line("= " + dept + " " + year + "年行政执法工作报告");
            line(":tally-year: " + year);
            if (hasPrevious) {
                line(":tally-previous: ../" + (year - 1) + "/" + dept + ".adoc");
            }
            line("");
            int[] received = new int[3];
            int[] upheld = new int[3];
            int[] revoked = new int[3];
            for (int c = 0; c < 3; c++) {
                received[c] = rnd.nextInt(c == 0 ? 300 : 40);
                int open = received[c] + carryIn[c];
                carryOut[c] = open == 0 ? 0 : rnd.nextInt(Math.min(open, 5) + 1);
                revoked[c] = rnd.nextInt(open - carryOut[c] + 1) / 10;
                upheld[c] = open - carryOut[c] - revoked[c];
            }
            int newTotal = received[0] + received[1] + received[2];
            line("== 一、案件办理情况");
            line("");
            line("本年新收案件tally:cases.本年新收@合计[" + newTotal + "]件，结转下年度tally:cases.结转下年度@合计["
                    + (carryOut[0] + carryOut[1] + carryOut[2]) + "]件。");
            line("");
            line(".执法案件办理情况");
            line("[data#cases]");
            line("----");
            line("columns: [{执法: [行政处罚, 行政强制]}, 其他, 合计]");
            line("rows:");
            line("  上年结转: " + row(carryIn));
            line("  本年新收: " + row(received));
            line("  办结:");
            line("    维持: " + row(upheld));
            line("    撤销: " + row(revoked));
            line("  结转下年度: " + row(carryOut));
            line("labels:");
            line("  撤销: 撤销或变更");
            line("cells: count");
            line("checks:");
            line("  - 合计 = 执法 + 其他");
            line("  - 上年结转 + 本年新收 = 办结 + 结转下年度");
            line("----");
            line("");
            line("== 二、经费情况");
            line("");
            int staff = 100 + rnd.nextInt(900);
            int office = 10 + rnd.nextInt(90);
            int projects = rnd.nextInt(500);
            String total = money(staff * 10 + office * 10 + projects * 10 + (broken ? 1 : 0));
            line("全年支出tally:spending.total[" + total + "]万元。");
            line("");
            line("[data#spending]");
            line("----");
            line("total: " + total);
            line("by_kind:");
            line("  人员经费: " + money(staff * 10));
            line("  公用经费: " + money(office * 10));
            line("  项目经费: " + money(projects * 10));
            line("----");
            line("");
            line("[checks]");
            line("----");
            line("- spending.total = sum(spending.by_kind)");
            line("- cases.本年新收[合计] >= cases.办结.撤销[合计]");
            line("- cases.上年结转 = previous.cases.结转下年度");
            line("----");
        }

        /** A row of the table: the three cells and their total. */
        private static String row(int[] r) {
            return "[" + r[0] + ", " + r[1] + ", " + r[2] + ", " + (r[0] + r[1] + r[2]) + "]";
        }

        /** Tenths of ten thousand yuan, as a decimal: 1234 is 123.4. */
        private static String money(int tenths) {
            return tenths / 10 + "." + tenths % 10;
        }

        private void line(String s) {
            sb.append(s).append('\n');
        }

        String text() {
            return sb.toString();
        }
    }
}
