def log = new File(basedir, 'build.log').getText('UTF-8')
def checks = new File(basedir, 'target/site/tally/checks.html').getText('UTF-8')
// the report's deniedWords (replacing the default list) and the POM's tally.allowedDomains and
// tally.integrity.foreign-year apply to the report checked for the site
assert checks.contains('denied words: “相关案件”') : checks
assert !checks.contains('菠菜') // in the default list, which the report's own list replaces
assert !checks.contains('example.org')
assert !checks.contains('1990')
assert log.contains('BUILD SUCCESS')
