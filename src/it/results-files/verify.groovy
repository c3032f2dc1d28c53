import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper
def dir = new File(basedir, 'target/tally')
def sarif = new JsonSlurper().parse(new File(dir, 'tally-results.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'check.failed' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/reports/shendang.adoc'
assert result.locations[0].physicalLocation.region.startLine == 41
assert result.message.text.contains('170 != 169')

def junit = new XmlSlurper().parse(new File(dir, 'TEST-tally.xml'))
def failed = junit.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }
assert failed.size() == 1
assert failed[0].@name.text() == 'proactive.total = sum(proactive.by_kind)'
assert failed[0].@classname.text() == 'tally.shendang'   // package tally, class shendang in a CI test tab
assert failed[0].@file.text() == 'src/reports/shendang.adoc'
assert failed[0].failure.text().contains('170') && failed[0].failure.text().contains('169')
assert junit.'**'.findAll { it.name() == 'testcase' }.size() > 20

def json = new JsonSlurper().parse(new File(dir, 'tally-results.json'))
assert json.summary.errors == 1
// the plugin's own version, from its manifest (the incremental index is keyed on it too)
assert json.version ==~ /\d+\.\d+\.\d+.*/ : json.version
assert sarif.runs[0].tool.driver.version == json.version
true
