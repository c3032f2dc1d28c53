def log = new File(basedir, 'build.log').getText('UTF-8')
// every problem of the template at once: its label and, in the same build, the check that names nothing
assert log.contains('[ERROR] templates/budget.yaml:10: table spending: label for staf, which is neither a row nor a column')
assert log =~ /\[ERROR\] templates\/budget.yaml:13: in actual <= planed: unknown name planed/
assert log.contains('[ERROR] src/reports/budget.adoc:2: template ../../templates/budget.yaml has errors, each shown at its line of the template; its checks were not run')
assert log.contains('[ERROR] src/reports/budget-2026.adoc:2: template ../../templates/budget.yaml has errors')
// and the report's own checks on the table that takes its columns from the template: said, not silently skipped
assert log.contains('[INFO] src/reports/budget.adoc:2: the report\'s checks and figures on spending were not run either')
// the template's problems are printed once and counted once, though both reports carry them
def lines = log.readLines().findAll { it.startsWith('[ERROR] templates/budget.yaml:') }
assert lines.size() == 2 : lines
assert log.contains('Tally: 2 reports read, 0 checks run, 4 errors, 0 warnings')
