def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    // a column check fails in each wrong row, at the row's line
    '[ERROR] src/reports/a.adoc:9: check failed in apps, row carried: total = people + organisations: 2 != 1',
    '[ERROR] src/reports/a.adoc:10: check failed in apps, row done: total = people + organisations: 3 != 4',
    '[ERROR] src/reports/a.adoc:23: check failed: proactive.total = sum(proactive.by_kind): 170 != 169',
    "[ERROR] src/reports/b.adoc:8: table t, row r2, column y: 'abc' is not a number: it is text",
    '[ERROR] src/reports/b.adoc:11: in z = x: unknown name z: not a row or column of table t (at character 1)',
    '[ERROR] src/reports/sub/c.adoc:8: figure does not match the data: tally:v.count[13]: the data gives 12, the text says 13',
]
int last = -1
expected.each { line ->
    int at = log.indexOf(line)
    assert at >= 0 : "missing: " + line
    assert at > last : "out of order: " + line
    last = at
}
assert log =~ /Tally: 3 reports read, \d+ checks run, 6 errors, 0 warnings/
// every problem is printed before the build fails
assert log.indexOf('c.adoc:8') < log.indexOf('BUILD FAILURE')
assert log.contains('Tally: 6 errors in the reports')
