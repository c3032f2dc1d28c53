def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] Tally: src\/reports\/2023\/moguqi\.adoc: \d+ checks run, no problems/
assert log.contains('BUILD SUCCESS')
