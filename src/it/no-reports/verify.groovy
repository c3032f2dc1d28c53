def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tally: no reports directory at src/reports, nothing to check')
assert log.contains('BUILD SUCCESS')

// site: the menu's tally/index.html and tally/checks.html exist, in the skin, and say there are no reports
def site = new File(basedir, 'target/site/tally')
['index.html', 'checks.html'].each { name ->
    def page = new File(site, name)
    assert page.isFile() : "no ${name}"
    def html = page.getText('UTF-8')
    assert html.contains('There are no reports: src/reports does not exist.')
    assert html.contains('fluido')
}
assert !log.contains('Skipping dev.tally:tally-maven-plugin')
