def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/reports/cells.adoc:7: table t, row r1, column g.b: 'abc' is not a number: it is text")
assert log.contains("[ERROR] src/reports/cells.adoc:8: table t, row r2, column a: '１２' is not a number: it has full-width digits")
// 1,234 in a flow list is two cells: YAML reads it so, and the row then has one cell too many
assert log.contains('[ERROR] src/reports/cells.adoc:8: table t, row r2 has 4 cells, but the table has 3 columns')
assert log.contains("[ERROR] src/reports/cells.adoc:9: table t, row r3, column a: '5' is not a number: it is quoted")
assert log.contains("[ERROR] src/reports/cells.adoc:9: table t, row r3, column g.b: '0x1F' is not a number: hexadecimal")
assert log.contains("[ERROR] src/reports/cells.adoc:9: table t, row r3, column g.c: 'yes' is not a number: it is text")
