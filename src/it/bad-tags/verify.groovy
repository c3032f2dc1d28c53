def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/tags.adoc:5: YAML tags are not allowed here (found !!java.net.URL)')
assert log.contains('[ERROR] src/reports/tags.adoc:10: YAML tags are not allowed here (found !foo)')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
