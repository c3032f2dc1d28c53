def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/reports/2017/shendang.adoc:41: 检查未通过：proactive.total = sum(proactive.by_kind)：170 != 169')
assert log =~ /Tally：读取 1 份报告，运行 \d+ 项检查，1 个错误，0 个警告/
assert log.contains('Tally：报告中有 1 个错误（见上）')
assert !log.contains('check failed')
true
