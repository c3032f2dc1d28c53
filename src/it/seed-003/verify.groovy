def log = new File(basedir, 'build.log').getText('UTF-8')
def m = log =~ /\[INFO\] Tally: src\/reports\/2024\/shijiahe\.adoc: (\d+) checks run, no problems/
assert m.find()
// the 21 prose figures and the template's table checks all ran
assert (m.group(1) as int) >= 30
assert log.contains('BUILD SUCCESS')
