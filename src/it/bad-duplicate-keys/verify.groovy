def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/dup.adoc:6: duplicate key total (first at line 5)')
assert log.contains('[ERROR] src/reports/dup.adoc:16: duplicate key x (first at line 15)')
assert log =~ /2 errors/
