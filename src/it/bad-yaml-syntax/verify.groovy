def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/broken\.adoc:\d+: YAML syntax error: /
// the other report is still checked
assert log.contains('[ERROR] src/reports/fine.adoc:11: check failed: v.a = v.b: 1 != 2')
assert log =~ /Tally: 2 reports read, \d+ checks? run, 2 errors/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
// what the broken block costs is said once, at the first check or figure that could not run (trial AA, F3)
assert log.contains('[INFO] src/reports/broken.adoc:10: checks and figures not run (2), the first here: data of this report that they use could not be read')
