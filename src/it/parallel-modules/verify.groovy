def log = new File(basedir, 'build.log').getText('UTF-8')
def modules = ['anhui', 'fujian', 'gansu', 'hebei']
assert log.contains('Using the MultiThreadedBuilder') || log =~ /with a thread count of \d+/
// no warning that the plugin is not thread-safe
assert !log.contains('not marked as @threadSafe') && !log.contains('not thread-safe')
// each module's lines name its own files, from the top-level project: parallel output stays readable
modules.each { m ->
    assert log.contains("[ERROR] ${m}/src/reports/2017/shendang.adoc:41: check failed: proactive.total = sum(proactive.by_kind): 170 != 169")
    // and code scanning, which reads SARIF paths from the repository's root, finds the module's file
    def sarif = new File(basedir, "${m}/target/tally/tally-results.sarif").getText('UTF-8')
    assert sarif.contains("\"uri\": \"${m}/src/reports/2017/shendang.adoc\"") : sarif.take(2000)
    assert new File(basedir, "${m}/target/tally/TEST-tally.xml").getText('UTF-8').contains("file=\"${m}/src/reports/2017/shendang.adoc\"")
    // each module's test classes are its own: CI servers that merge the modules' files keep them apart (trial S, 5)
    assert new File(basedir, "${m}/target/tally/TEST-tally.xml").getText('UTF-8').contains("classname=\"tally.${m}.2017.shendang\"")
}
// the site of each module takes its check's results, run from the build's root as from the module (trial L, 4)
assert (log =~ /Tally: results of tally:check reused for 3 reports, 0 reports checked here/).count == 4
// and says which module's results it reused (trial R, 10)
modules.each { m -> assert log =~ /Tally: results of tally:check reused for 3 reports, 0 reports checked here \(tally.reuseCheckResults\) \(module ${m}\)/ }
// a module without reports gets a note from tally:check and from tally:report alike (trial N, 3)
assert !log.contains('[WARNING] Tally: no reports directory')
assert (log =~ /\[INFO\] Tally: no reports directory at tools\/src\/reports, nothing to check/).count >= 2
assert (log =~ /Tally: 3 reports read, \d+ checks run, 1 error, 0 warnings/).count == 4
// under -T each module's summary lands among other modules' lines: it names its module
modules.each { m -> assert log =~ /Tally: 3 reports read, \d+ checks run, 1 error, 0 warnings \(module ${m}\)/ }
// the same reports give byte-identical downloads and report bodies in every module, but for the module's own
// name in the paths of its problems, which the pages write as the console does (anhui/src/reports/...)
def body = { File f, String module ->
    def html = f.getText('UTF-8').replace(module + '/src/reports/', 'MODULE/src/reports/')
    def start = html.indexOf('<div class="tally')
    def end = html.lastIndexOf('</main>')
    assert start >= 0 && end > start : f
    html.substring(start, end)
}
def anhuiChecks = new File(basedir, 'anhui/target/site/tally/checks.html').getText('UTF-8')
assert anhuiChecks.contains('<code>anhui/src/reports/2017/shendang.adoc</code>') && anhuiChecks.contains('<td class="tally-line">line 41</td>')
def first = new File(basedir, 'anhui/target/site/tally')
def files = []
first.eachFileRecurse { if (it.isFile()) files << first.toPath().relativize(it.toPath()).toString() }
assert files.size() > 20
files.each { rel ->
    def a = new File(first, rel)
    modules.tail().each { m ->
        def b = new File(basedir, "${m}/target/site/tally/${rel}")
        assert b.isFile() : b
        if (rel.endsWith('.html')) {
            assert body(a, 'anhui') == body(b, m) : rel
        } else {
            assert a.bytes == b.bytes : rel
        }
    }
}
true
