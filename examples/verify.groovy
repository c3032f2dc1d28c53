// Used by the project's integration tests (the "examples" invoker execution): the README's first command.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
['regulations', 'licensing', 'enforcement', 'fees', 'applications', 'appeals'].each { id ->
    assert log =~ /\[ERROR\] src\/reports\/2023\/dayu\.adoc:\d+: missing table ${id} /
}
['2014/qu', '2023/moguqi', '2023/qingshan', '2024/qingshan', '2024/shijiahe'].each { r ->
    assert log =~ /\[INFO\] Tally: src\/reports\/${r}\.adoc: \d+ checks run, no problems/
}
assert log =~ /Tally: 7 reports read, \d+ checks run, 7 errors, 0 warnings/
assert log.contains('BUILD SUCCESS')

// and `site` leaves the reports in the site
def tally = new File(basedir, 'target/site/tally')
assert new File(tally, 'index.html').getText('UTF-8').contains('2024/qingshan.html')
// the check-results page: each report's file under its heading, and its problems by line
def checks = new File(tally, 'checks.html').getText('UTF-8')
assert checks.contains('<code>src/reports/2017/shendang.adoc</code>')
assert checks.contains('<td class="tally-line">line 41</td><td class="tally-kind">Error</td><td>check failed: proactive.total = sum(proactive.by_kind): 170 != 169</td>')
['2014/qu', '2017/shendang', '2023/dayu', '2023/moguqi', '2023/qingshan', '2024/qingshan', '2024/shijiahe'].each {
    assert new File(tally, it + '.html').isFile()
}
assert new File(tally, '2024/qingshan.charts.html').isFile()
assert new File(tally, '2024/qingshan.applications.csv').isFile()

// tally:report shows what tally:check found, without checking again
assert log.contains('Tally: results of tally:check reused for 7 reports, 0 reports checked here')
