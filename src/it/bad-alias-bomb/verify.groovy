def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/bomb\.adoc:\d+: the YAML uses more than \d+ aliases/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('OutOfMemoryError')
