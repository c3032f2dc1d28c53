// Trial G, 4 and 10: one template at the repository's root serves every module, and a build of one module
// (-pl) writes paths from the root, where code scanning looks for them.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] south/src/reports/2024/q1.adoc:7: check failed in handled, row received: total = phone + letter: 6 != 5 (template templates/complaints.yaml)')
assert !log.contains('outside the project')
assert !log.contains('north/src/reports')    // not built
def sarif = new File(basedir, 'south/target/tally/tally-results.sarif').getText('UTF-8')
assert sarif.contains('"uri": "south/src/reports/2024/q1.adoc"') : sarif.take(2000)
assert sarif =~ /"uri": "file:[^"]*reactor-shared-template\/"/ : sarif.take(2000)
true
