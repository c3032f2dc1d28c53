def log = new File(basedir, 'build.log').getText('UTF-8')
['自然人': '3 != 2', '总计': '4 != 3'].each { column, values ->
    assert log =~ /\[ERROR\] src\/reports\/2024\/qingshan\.adoc:\d+: check failed in applications, column ${column}: applications\.上年结转 = previous\.applications\.结转下年度: ${values} \(template gov-info-disclosure-2021\) — 二、上年结转应等于上年度报告的四、结转下年度继续办理/
}
// the other columns carry over fine, and 2023 is clean
assert !log.contains('column 法人或其他组织.商业企业: applications.上年结转')
assert log =~ /\[INFO\] Tally: src\/reports\/2023\/qingshan\.adoc: \d+ checks run, no problems/
