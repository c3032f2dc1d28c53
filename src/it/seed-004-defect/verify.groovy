def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
// the second listing, with 公开年报 1条, does add up: exactly one error
assert log.contains('Tally: 1 report read, ')
assert log =~ /Tally: 1 report read, \d+ checks run, 1 error, 0 warnings/
assert log.contains('BUILD FAILURE')
assert log.contains('Tally: 1 error in the reports')
// a failed check is not a crash: no stack trace
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by:')
