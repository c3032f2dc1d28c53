def page = new File(basedir, 'target/site/tally/2024/leak.html').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert page.contains('Fine text.')
assert !page.contains('root:x:0:0')
assert !page.contains('SECRET-OUTSIDE-CONTENT')
// the checker's diagnostics are on the page: both escapes refused, the missing include named, with lines
assert page.contains('src/reports/2024/leak.adoc:3: include target /etc/passwd is an absolute path or a URL')
assert page.contains('src/reports/2024/leak.adoc:5: include target ../../outside.adoc is outside the reports directory')
assert page.contains('src/reports/2024/leak.adoc:7: include target not found: _missing.adoc')
// and Asciidoctor's own complaints come back as diagnostics with file and line, not raw JUL lines
assert log =~ /\[WARNING\] src\/reports\/2024\/leak\.adoc:\d+: Asciidoctor: /
assert !log.contains('SEVERE:')
