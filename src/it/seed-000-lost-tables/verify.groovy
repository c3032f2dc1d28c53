def log = new File(basedir, 'build.log').getText('UTF-8')
// each at the heading of the section it belongs in, named, where its block is to be added
def two = '二、主动公开政府信息情况'
[[19, 'regulations', '第二十条第（一）项', two], [19, 'licensing', '第二十条第（五）项', two],
 [19, 'enforcement', '第二十条第（六）项', two], [19, 'fees', '第二十条第（八）项', two],
 [23, 'applications', '收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况'],
 [27, 'appeals', '政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况']].each { line, id, title, section ->
    assert log.contains("[ERROR] src/reports/2023/dayu.adoc:${line}: missing table ${id} (${title}) in section ${section},"
            + " which template gov-info-disclosure-2021 requires: add its block [data#${id}] under that heading")
}
// the template's own checks that name the missing tables are not piled on top
assert !log.contains('there is no block')
assert log =~ /Tally: 1 report read, \d+ checks? run, 6 errors, 0 warnings/
