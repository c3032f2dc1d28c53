def log = new File(basedir, 'build.log').getText('UTF-8')
// a warning that fails the build is logged at error level, so that mvn -q shows it too (trial S, 3)
assert log.contains('[ERROR] src/reports/stock.adoc:13: check failed: stock.closing = stock.opening + stock.added - stock.removed: 13 != 12 — documents expiring by their own term may explain it')
assert !log.contains('[WARNING] src/reports/stock.adoc:13')
assert log =~ /\[ERROR\] Tally: 1 report read, 1 check run, 0 errors, 1 warning/
assert log.contains('failOnWarning')
assert log.contains('BUILD FAILURE')
