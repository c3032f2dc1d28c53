def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tally: skipped (tally.skip)')
assert !log.contains('broken.adoc')
assert log.contains('BUILD SUCCESS')
