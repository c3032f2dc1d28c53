def log = new File(basedir, 'build.log').getText('UTF-8')
def site = new File(basedir, 'target/site/tally')

// run directly, the report renders where the site would put it, inside the skin
assert !log.contains('NullPointerException')
assert log.contains('BUILD SUCCESS')
// run with an outputDirectory of its own (tally:report@elsewhere), the pages go there (trial N, 7)
assert new File(basedir, 'target/rep-out/tally/index.html').getText('UTF-8').contains('<a href="2024/town.html">Town report 2024</a>')
assert new File(basedir, 'target/rep-out/tally/2024/town.html').isFile()
def index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('<a href="2024/town.html">Town report 2024</a>')
assert index.contains('fluido')
def page = new File(site, '2024/town.html').getText('UTF-8')
assert page =~ /<span class="tally-figure" title="items\.total">3<\/span>/
assert page.contains('fluido')
// figures are published as the data writes them (trailing zeros kept); one whose text the data bears out is
// published as the text prints it: 100 is 100.00 (no mismatch), shown as the text's 100.00
assert page.contains('<span class="tally-figure" title="fees.total">100.00</span>')
assert page.contains('<span class="tally-figure" title="fees.copies">2.50</span>')
assert page.contains('<span class="tally-figure" title="fees.spent">100.00</span>')
assert !page.contains('tally-figure tally-mismatch')
// an image beside the report is published at its path beside the page
assert page.contains('<img src="img/logo.svg" alt="Town logo">')
assert new File(site, '2024/img/logo.svg').getText('UTF-8').contains('<svg')
// a text value is shown as it is; a group of values as the sum of its numbers
assert page.contains('Published by <span class="tally-figure" title="about.office">Town office</span> (')
assert page.contains('on <span class="tally-figure" title="about.channels">3</span> channels')
// a passthrough prints its macro as it is, and the check leaves it alone (99 would not match);
// a macro in a data block's title shows its figure in the page's list of data
assert page.contains('pass it through: tally:items.total[99].')
assert !log.contains('the text says 99')
assert page.contains('<li>Items (3 in all) (<code>items</code>')
// Asciidoctor's own messages are shown apart, not counted among the report's problems (the index says 0 and 0)
assert page.contains('Messages from Asciidoctor while rendering this page')
assert page =~ /section title out of sequence/
assert !page.contains('Problems found in this report')
assert !page.contains(basedir.absolutePath)
assert new File(site, '2024/town.fees.csv').getText('UTF-8').contains('total,100.00')
assert new File(site, '2024/town.items.csv').isFile()
assert new File(site, 'checks.html').getText('UTF-8').contains('Every check passed.')
assert log.contains('Tally: rendered 1 report into target/site/tally')

// tally.outputDirectory is where tally:check left its results, and the report reuses them from there
assert new File(basedir, 'target/checked/tally-results.json').isFile()
assert log.contains('results of tally:check reused')
assert !new File(basedir, 'target/reports').exists()

// tally:help tells where a direct run writes, not maven-reporting's inherited target/reports (trial AB, 11)
assert log =~ /outputDirectory \(Default: \$\{project\.reporting\.outputDirectory\}\)/
assert !log.contains('${project.build.directory}/reports')
