// Used by the project's integration tests (the "examples" invoker execution): the README's first command.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
['regulations', 'licensing', 'enforcement', 'fees', 'applications', 'appeals'].each { id ->
    assert log =~ /\[ERROR\] src\/reports\/2023\/dayu\.adoc:\d+: missing table ${id} /
}
['2014/qu', '2023/moguqi', '2023/qingshan', '2024/qingshan', '2024/shijiahe'].each { r ->
    assert log =~ /\[INFO\] Tally: src\/reports\/${r}\.adoc: \d+ checks, no problems/
}
assert log =~ /Tally: 7 reports read, \d+ checks run, 7 errors, 0 warnings/
assert log.contains('BUILD SUCCESS')
