def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new File(basedir, 'src/reports/2025/qingshan.adoc')
assert report.isFile()
def text = report.getText('UTF-8')
assert text.startsWith('= 青山镇2025年政府信息公开工作年度报告\n:tally-year: 2025\n:tally-template: gov-info-disclosure-2021\n:tally-previous: ../2024/qingshan.adoc\n')
['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
 '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].each { assert text.contains("\n== ${it}\n") }
['regulations', 'licensing', 'enforcement', 'fees', 'applications', 'appeals'].each { assert text.contains("[data#${it}]") }
// 2024's 结转下年度 [1, 0, 0, 0, 1, 0, 2] becomes 2025's 上年结转; 2024's 现行有效件数 (0 and 7) carries over
assert text.contains('  上年结转: [1, 0, 0, 0, 1, 0, 2]')
assert text.contains('  结转下年度: [1, 0, 0, 0, 1, 0, 2]')
assert text.contains('  行政规范性文件: [0, 0, 7]')
// the skeleton passes tally:check as written, and init said nothing to the contrary; its sections of text, left
// with init's placeholder, are warned of (trial AO, 9): an empty form is not published as consistent
assert !log.contains('does not pass tally:check as written')
assert log =~ /\[INFO\] Tally: src\/reports\/2025\/qingshan\.adoc: \d+ checks run, 0 errors, 3 warnings/
assert log =~ /\[WARNING\] src\/reports\/2025\/qingshan\.adoc:\d+: section 一、总体情况 is empty: nothing under its heading but tally:init's placeholder comment/
// and init never overwrites
assert log.contains('Tally: src/reports/2025/qingshan.adoc exists; tally:init never overwrites a file')
// without -Dtally.template: Tally's own words in the build's language, the templates and the command to run, not
// Maven's English "parameters 'template' are missing" (trial AT, 18)
assert log.contains('Tally：请用 -Dtally.template 指定新报告的模板：政府信息公开工作年度报告（2021 年起的格式）用 gov-info-disclosure-2021')
assert log.contains('例如：./mvnw tally:init -Dtally.template=gov-info-disclosure-2021 -Dtally.year=2026')
assert !log.contains("The parameters 'template'")
assert !new File(basedir, 'src/reports/2026').exists()
