def log = new File(basedir, 'build.log').getText('UTF-8')
// the class-loading trace is there (so the test can see), and Tally's own classes were loaded
assert log.contains('[class,load]')
assert log.contains('dev.tally.check.Checker')
assert log =~ /Tally: 2 reports read, \d+ checks run, 0 errors/
// but nothing of JRuby or AsciidoctorJ
assert !log.contains('org.jruby.')
assert !log.contains('org.asciidoctor.')
true
