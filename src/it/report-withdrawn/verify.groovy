def site = new File(basedir, 'target/site/tally')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(site, '2024/a.html').isFile()
assert new File(site, '2024/a.t.csv').isFile()
// the withdrawn report's page and data files are gone
assert !new File(site, '2024/b.html').exists()
assert !new File(site, '2024/b.u.csv').exists() && !new File(site, '2024/b.u.json').exists()
assert !new File(site, 'index.html').getText('UTF-8').contains('Report B')
// a file Tally did not write is not Tally's to remove
assert new File(site, '2024/notes.txt').isFile()
