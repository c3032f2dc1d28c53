def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tally: no reports directory at src/reports, nothing to check')
assert log.contains('BUILD SUCCESS')
