def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/report.adoc:2: previous report not found: report-2023.adoc')
assert log.contains('[ERROR] src/reports/report.adoc:4: include target not found: _parts/nothing.adoc')
assert log =~ /Tally: 1 report read, \d+ checks? run, 2 errors/
