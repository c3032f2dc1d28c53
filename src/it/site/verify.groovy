def site = new File(basedir, 'target/site/tally')
def read = { String p -> new File(site, p).getText('UTF-8') }
def log = new File(basedir, 'build.log').getText('UTF-8')
// the site build says that the pages it built show reports with problems, to be mended before they are published
// (the pages say so too); not "the published reports", which read as published already (trial AT, 16)
assert log =~ /\[WARNING\] Tally: the site pages are built, but the reports have \d+ errors? and \d+ warnings? \(listed in target\/site\/tally\/checks.html\): mend them before you publish the site; \.\/mvnw verify shows each at its line and fails while there are errors/

// the index: every report with its title, path, errors and warnings, linked
def index = read('index.html')
// a Chinese report's title on the English pages is marked as Chinese (trial AB, 8)
assert index.contains('<a href="2024/qingshan.html" lang="zh">青山镇2024年政府信息公开工作年度报告</a>')
assert index.contains('<a href="2017/shendang.html" lang="zh">海盐县沈荡镇人民政府2017年度政府信息公开工作报告</a>')
assert index.contains('<code>src/reports/2017/shendang.adoc</code>')
assert index =~ /shendang\.adoc<\/code><\/td><td class="num">\d+<\/td><td class="num">1<\/td><td class="num">0<\/td>/
assert index.contains('maven-fluido-skin') || index.contains('fluido')   // inside the site's skin

// a report page: real tables with grouped headers, official labels, figures from the data
def page = read('2024/qingshan.html')
// Tally's words in the pages' language, the report's body in its own (its title's script: Chinese), so that a
// screen reader reads each with its rules (trial AB, 8)
assert page.contains('<div class="tally tally-report" lang="en">')
assert page.contains('<div class="tally-body" lang="zh">\n<h1>青山镇2024年政府信息公开工作年度报告</h1>')
assert (page =~ /<table class="[^"]*tally-table/).count == 6
assert page.contains('colspan="5"')                       // 法人或其他组织 spans its five columns
assert page.contains('scope="col"') && page.contains('scope="row"')
assert page.contains('一、本年新收政府信息公开申请数量')      // official row label
assert page.contains('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
assert page.contains('危及“三安全一稳定”')
// the unit with the caption (FORMAT.md 2.2), also where the column's official label states it too (trial T, 4)
assert page.contains('<caption>第二十条第（一）项（单位：件）</caption>')
assert page.contains('<caption>第二十条第（八）项（单位：万元）</caption>') && page.contains('>本年收费金额（单位：万元）</th>')
assert page =~ /<span class="tally-figure" title="proactive\.total">295<\/span>/
// the @ of a cell is written &#64; in the tooltip (a browser shows @), so that no link pass takes it for an address
assert page =~ /<span class="tally-figure" title="applications\.新收&#64;总计">28<\/span>/
// a backquoted key in a figure's target (Asciidoctor sees monospace there) is still read from the data
assert page.contains('<span class="tally-figure" title="applications.`结转下年度`&#64;`总计`">2</span>')
// data and checks blocks do not show as code; the include of the partial is expanded
assert !page.contains('[data#') && !page.contains('proactive.total = sum(proactive.channels)')
assert !page.contains('rows:')
assert page.contains('联系')
// downloads beside the page, linked from it
assert page.contains('href="qingshan.applications.csv"') && page.contains('href="qingshan.applications.json"')
def csv = read('2024/qingshan.applications.csv')
assert csv.startsWith('\uFEFF')
assert csv.contains('新收,,一、本年新收政府信息公开申请数量,21,4,1,0,2,0,28')
assert csv.contains(',法人或其他组织·商业企业（单位：件）,')
def json = read('2024/qingshan.proactive.json')
assert json.contains('"total":295') || json.contains('"total": 295')
// the chain 2023 -> 2024 has a charts page with inline SVG and no script
assert page.contains('href="qingshan.charts.html"')
// and its pages link to each other (the site is in English: the site's locale, not the reports')
assert page.contains('<nav class="tally-periods" aria-label="The reports before and after"><span class="tally-previous">← previous: <a href="../2023/qingshan.html">青山镇2023年政府信息公开工作年度报告</a></span></nav>')
assert read('2023/qingshan.html').contains('<span class="tally-next">next: <a href="../2024/qingshan.html">青山镇2024年政府信息公开工作年度报告</a> →</span>')
def charts = read('2024/qingshan.charts.html')
assert (charts =~ /<svg/).count >= 4
assert charts.contains('2023') && charts.contains('2024')
// titled with the years it spans, not as the newest report's own page
assert charts.contains('<title>Across the years (2023 to 2024): 青山镇2024年政府信息公开工作年度报告')
assert !charts.contains('<script') || !(charts =~ /<svg[^>]*>(?:(?!<\/svg>).)*<script/)

// a report whose checks fail still renders, with its problems on top
def shendang = read('2017/shendang.html')
assert shendang.contains('tally-notice')
assert shendang.contains('src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169')
// the total the failing check names is marked where the text shows it, the check in its tooltip (trial U, 3)
assert shendang.contains('<span class="tally-figure tally-failed" title="proactive.total — proactive.total = sum&#40;proactive.by_kind&#41;&#58; 170 != 169">170</span>')
// and so are the parts of the group it names, any of which may be the wrong one (trial AB, 7); the detail block's
// figures, whose check passes, are not
assert shendang.contains('<span class="tally-figure tally-failed" title="proactive.by_kind.重点公开事项 — proactive.total = sum&#40;proactive.by_kind&#41;&#58; 170 != 169">67</span>')
assert shendang.findAll(/tally-failed" title="proactive\.by_kind\./).size() == 7
assert shendang.contains('<span class="tally-figure" title="detail.by_kind.重点公开事项">67</span>')

// a failing check marks the cells it names in the table, the check and its values in the tooltip; the problem
// on top links to the table
def ledger = read('2024/ledger.html')
def failed = (ledger =~ /<td class="num tally-failed" data-row="December" data-col="(\w+)" title="total = phone \+ counter: 15 != 16">/)
assert failed.collect { it[1] } == ['phone', 'counter', 'total']
assert ledger.contains('<td class="num" data-row="November" data-col="total">20</td>')
// the table's id is tally-handled: no id of the skin's (fluido's banner, breadcrumbs, ...) can take its place
assert ledger.contains('<a class="tally-goto" href="#tally-handled">go to table handled</a>')
assert ledger.contains('<table class="tally-table table table-bordered" id="tally-handled">')
assert !ledger.contains('id="handled"')
assert ledger.contains('<div class="tally-body">')   // an English report on English pages: nothing to mark
// an include of a tagged region reads that region only, in the check as on the page: the draft's broken data
// in the same partial is neither read nor shown
assert ledger.contains('Rates in force') && !ledger.contains('Draft rates')
assert ledger =~ /<span class="tally-figure" title="rates\.phone">2<\/span>/
assert !log.contains('_rates.adoc') && !read('checks.html').contains('_rates.adoc')
// a figure that names no single number (a whole row) shows as written, marked, and says it was not checked
assert ledger.contains('<span class="tally-figure tally-unresolved" title="handled.November — Not checked&#58; the data has no single number for this, see the checks">20</span>')

// trial AB, 2: Excel and Word attachments are published beside the page, linked from it; a CSV file of the reports
// directory is not, and a missing image is not either: both are warnings on the checks page, at their lines
assert read('2024/附件/统计表.xlsx').startsWith('xlsx') && read('2024/附件/说明.docx').startsWith('docx')
assert ledger.contains('href="附件/统计表.xlsx"') && ledger.contains('href="附件/说明.docx"')
assert !new File(site, '2024/附件/明细.csv').exists()
assert read('checks.html').contains('<tr class="tally-warning"><td class="tally-line">line 9</td><td class="tally-kind">Warning</td><td>link:附件/明细.csv: 明细.csv is not of a kind published with the pages')
assert read('checks.html').contains('<tr class="tally-warning"><td class="tally-line">line 11</td><td class="tally-kind">Warning</td><td>image::december.png: no such file, so the page would show it broken (expected 2024/december.png in the reports directory)')

// the page of check results, linked to the reports
def checks = read('checks.html')
assert checks.contains('<a href="2017/shendang.html" lang="zh">')
// a table of line, kind and problem under each report's heading and file, in the pages' words, no log tags
// (trial AT, 15)
assert checks =~ /<p class="tally-file"><code>src\/reports\/2017\/shendang\.adoc<\/code><\/p>\n<table class="table tally-problems" aria-labelledby="report-\d+">\n<thead><tr><th scope="col">Line<\/th><th scope="col">Kind<\/th><th scope="col">Problem<\/th><\/tr><\/thead>/
assert checks.contains('<tr class="tally-error"><td class="tally-line">line 41</td><td class="tally-kind">Error</td><td>check failed')
assert !checks.contains('[ERROR]') && !checks.contains('[WARNING]') && !checks.contains('[INFO]')

// Asciidoctor's own logging does not leak raw onto the console
assert !log.contains('SEVERE:')
assert log.contains('Tally: rendered 5 reports into target/site/tally')

// site alone: no results of tally:check to reuse, so the report checks every report itself
assert !log.contains('results of tally:check reused')

// a report named index.adoc does not overwrite Tally's index: its page is index.report.html, linked, with a warning
assert index.contains('<h1>Tally reports</h1>')
assert index.contains('<a href="index.report.html">Notes on the reports</a>')
assert read('index.report.html').contains('its page must not take the place of Tally')
assert new File(site, 'index.report.notes.csv').isFile()
assert log.contains("[WARNING] Tally: src/reports/index.adoc is rendered to tally/index.report.html, as tally/index.html is Tally's own page")

// the checks page shows every problem as tally:check prints it, notes too (a failed check with severity: note)
assert checks =~ /<h2 id="report-\d+"><a href="index\.report\.html">Notes on the reports<\/a><\/h2>/
assert checks =~ /<tr class="tally-note"><td class="tally-line">line \d+<\/td><td class="tally-kind">Note<\/td><td>check failed: notes\.reports = 4: 3 != 4<\/td><\/tr>/
