def log = new File(basedir, 'build.log').getText('UTF-8')
// check read the directory its configuration names
assert log =~ /Tally: 1 report read, 2 checks run, 0 errors, 0 warnings/
// the site's report, which does not see <build>'s configuration, says where check read its reports and what to do
assert log =~ /\[WARNING\] Tally: no reports directory at src\/reports, so the site has no reports, but tally:check read reports from reports: its <reportsDirectory> is set in <build>/
assert log.contains('as the property tally.reportsDirectory in <properties>')
assert !log.contains('nothing to check')
assert new File(basedir, 'target/site/tally/index.html').isFile()
return true
