def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] templates/budget.yaml:10: table spending: label for staf, which is neither a row nor a column')
assert log.contains('[ERROR] src/reports/budget.adoc:2: template ../../templates/budget.yaml has errors (see above); its checks were not run')
