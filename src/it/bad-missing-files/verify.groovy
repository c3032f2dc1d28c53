def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/report.adoc:2: previous report not found: report-2023.adoc')
assert log.contains('[ERROR] src/reports/report.adoc:4: include target not found: _parts/nothing.adoc')
// trial AB, 1 and 2: an image that is not there, an attachment of a kind the site does not publish and one outside
// the reports directory are warnings at their lines (the PDF beside the report is fine)
assert log.contains('[WARNING] src/reports/report.adoc:6: image::seal.png: no such file, so the page would show it broken (expected seal.png in the reports directory)')
assert log.contains('[WARNING] src/reports/report.adoc:8: link:files/data.csv: data.csv is not of a kind published with the pages, so the page would show it broken (published: png, jpg, jpeg, gif, svg, webp, bmp, ico, pdf, doc, docx, xls, xlsx,')
assert log.contains('[WARNING] src/reports/report.adoc:8: link:../outside.pdf: it leads to ../outside.pdf, outside the reports directory: not published with the pages, so the page would show it broken unless the site has it from elsewhere')
assert !log.contains('budget.pdf')
assert log =~ /Tally: 1 report read, \d+ checks? run, 2 errors, 3 warnings/
