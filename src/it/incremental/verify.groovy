def log = new File(basedir, 'build.log').getText('UTF-8')
// the second run reuses both reports' results and prints the same lines; the third checks everything
assert (log =~ /Tally: 2 reports unchanged since the last check, results reused/).count == 1
assert (log =~ /\[INFO\] Tally: src\/reports\/2024\/qingshan\.adoc: \d+ checks run, no problems/).count == 3
assert (log =~ /Tally: 2 reports read, \d+ checks run, 0 errors, 0 warnings/).count == 3
// the third run, without the index, removes it: it would not describe the result files that run wrote, and the
// next run would keep them as up to date (trial AH, 1); the result files are that run's
assert !new File(basedir, 'target/tally/check-index.txt').exists()
assert !new File(basedir, 'target/tally/check-index.json').exists()
assert new File(basedir, 'target/tally/tally-results.json').isFile()
true
