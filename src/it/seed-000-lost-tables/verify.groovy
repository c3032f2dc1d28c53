def log = new File(basedir, 'build.log').getText('UTF-8')
['regulations (第二十条第（一）项)', 'licensing (第二十条第（五）项)', 'enforcement (第二十条第（六）项)', 'fees (第二十条第（八）项)',
 'applications (收到和处理政府信息公开申请情况)', 'appeals (政府信息公开行政复议、行政诉讼情况)'].each { t ->
    assert log.contains("[ERROR] src/reports/2023/dayu.adoc:3: missing table ${t}, which template gov-info-disclosure-2021 requires")
}
// the template's own checks that name the missing tables are not piled on top
assert !log.contains('there is no block')
assert log =~ /Tally: 1 report read, \d+ checks? run, 6 errors, 0 warnings/
