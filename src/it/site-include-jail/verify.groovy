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
// trial AB, 9: the escapes are left out of the page quietly, the check having said why: no "Unresolved directive"
// for them on the page (the missing file keeps Asciidoctor's), and no Asciidoctor warning that names them as missing
// (they exist, outside) or speaks of the jail
def unresolved = page.findAll(/Unresolved directive[^<]*/)
assert unresolved == ['Unresolved directive in 2024/leak.adoc - include::_missing.adoc[]'] : unresolved
def notFound = log.readLines().findAll { it.contains('include file not found') }
assert notFound.size() == 1 && notFound[0].contains('leak.adoc:7:') && notFound[0].contains('_missing.adoc') : notFound
assert !log.contains('ancestor of jail')
// an include that goes up a folder and stays inside keeps its tag=
assert page.contains('SHARED-KEPT')
assert !page.contains('SHARED-DROPPED')
