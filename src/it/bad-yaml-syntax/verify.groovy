def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/broken\.adoc:\d+: YAML syntax error: /
// the other report is still checked
assert log.contains('[ERROR] src/reports/fine.adoc:11: check failed: v.a = v.b: 1 != 2')
assert log =~ /Tally: 2 reports read, \d+ checks? run, 2 errors/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
