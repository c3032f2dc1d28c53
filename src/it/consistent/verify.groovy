def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Tally: src\/reports\/2023\/qingshan\.adoc: \d+ checks run, no problems/
assert log =~ /\[INFO\] Tally: src\/reports\/2024\/qingshan\.adoc: \d+ checks run, no problems/
// the partial is not a report of its own
assert !log.contains('_contact.adoc:')
assert log.contains('Tally: 2 reports read, ')
assert log =~ /Tally: 2 reports read, \d{2,} checks run, 0 errors, 0 warnings/
// 2023 names no previous report: its previous. checks are skipped with one note
assert log.contains('[INFO] src/reports/2023/qingshan.adoc: checks on the previous report (previous.) were skipped (2)')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
