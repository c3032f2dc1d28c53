def builds = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.size() == 4

// tally:baseline from the top: each module its own file, paths from the module's directory, lines naming the module
def east = new File(basedir, 'east/tally-baseline.txt')
assert east.readLines('UTF-8').findAll { !it.startsWith('#') } ==
        ['src/reports/2017/shendang.adoc: check failed: proactive.total = sum(proactive.by_kind): 170 != 169']
assert builds[1].contains('[WARNING] Tally: newly accepted as published: src/reports/2017/shendang.adoc: check failed: proactive.total = sum(proactive.by_kind): 170 != 169 (module east)')
// the consistent module gets none
assert !new File(basedir, 'west/tally-baseline.txt').exists()
assert builds[1].contains('Tally: no problem to accept: no baseline written (module west)')
assert !new File(basedir, 'tally-baseline.txt').exists()
assert builds[1].contains('BUILD SUCCESS')

// verify passes, east's defect accepted
assert builds[2].contains('[INFO] east/src/reports/2017/shendang.adoc:41: accepted as published (tally.baseline): check failed')
assert builds[2].contains('BUILD SUCCESS')

// one file for several modules is refused before it is written over
assert builds[3].contains("Tally: the baseline shared.txt (tally.baseline) is outside module east, in a build of several modules: each module would write it over the others'")
assert builds[3].contains('BUILD FAILURE')
assert !new File(basedir, 'shared.txt').exists()
