def log = new File(basedir, 'build.log').getText('UTF-8')
// the second run reuses both reports' results and prints the same lines; the third checks everything
assert (log =~ /Tally: 2 reports unchanged since the last check, results reused/).count == 1
assert (log =~ /\[INFO\] Tally: src\/reports\/2024\/qingshan\.adoc: \d+ checks run, no problems/).count == 3
assert (log =~ /Tally: 2 reports read, \d+ checks run, 0 errors, 0 warnings/).count == 3
assert new File(basedir, 'target/tally/check-index.txt').isFile()
true
