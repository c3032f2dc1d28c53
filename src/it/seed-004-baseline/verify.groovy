// build.log holds the three builds' logs, one after the other
def all = new File(basedir, 'build.log').getText('UTF-8')
def builds = all.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.size() == 4
// without a baseline the defect fails the build
assert builds[1].contains('[ERROR] src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
assert builds[1].contains('BUILD FAILURE')
// tally:baseline says what it accepts, writes it, and passes, with no [ERROR] line
assert builds[2].contains('[WARNING] Tally: newly accepted as published: src/reports/2017/shendang.adoc: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
assert !builds[2].contains('[ERROR]')
assert builds[2].contains('Tally: wrote 1 problem to tally-baseline.txt: they no longer fail the build, any other problem does')
assert builds[2].contains('BUILD SUCCESS')
def log = builds[3]
def baseline = new File(basedir, 'tally-baseline.txt')
assert baseline.isFile()
def entries = baseline.readLines('UTF-8').findAll { !it.startsWith('#') && !it.isBlank() }
assert entries == ['src/reports/2017/shendang.adoc: check failed: proactive.total = sum(proactive.by_kind): 170 != 169']

// the last verify passes, the defect printed as a note that says why, and counted
assert log.contains('[INFO] src/reports/2017/shendang.adoc:41: accepted as published (tally.baseline): check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
assert log.contains('Tally: 1 problem accepted as published (tally-baseline.txt)')
assert log =~ /Tally: 1 report read, \d+ checks run, 0 errors, 0 warnings/
assert log =~ /Tally: src\/reports\/2017\/shendang.adoc: \d+ checks run, no errors or warnings; 1 problem accepted as published \(tally.baseline\)/
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

// CI sees a check skipped for that reason, not a failure; code scanning sees it dismissed
def junit = new File(basedir, 'target/tally/TEST-tally.xml').getText('UTF-8')
assert junit.contains('failures="0"')
assert junit.contains('<skipped message="not failed: its failures are accepted as published (tally.baseline)"/>')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tally/tally-results.sarif'))
def accepted = sarif.runs[0].results.findAll { it.suppressions }
assert accepted.size() == 1
assert accepted[0].ruleId == 'check.failed'
assert accepted[0].suppressions[0].kind == 'external'
