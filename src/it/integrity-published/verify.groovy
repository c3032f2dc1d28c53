// The five seeds as published, before cleaning: the integrity pass finds exactly their known defects.
// (The cleaned versions are the examples, whose IT expects no warning at all and only the two real number defects.)
def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String regex -> assert log =~ regex : regex }
// 000: converter garbage (pinyin after hanzi, traditional characters, mojibake)
expect(/\[ERROR\] src\/reports\/seed-000\.adoc:5: pinyin after Chinese characters, left by a web converter: 鎮\(zhèn\)/)
expect(/\[WARNING\] src\/reports\/seed-000\.adoc:5: traditional characters in a report in simplified Chinese/)
expect(/\[ERROR\] src\/reports\/seed-000\.adoc:14: garbled text/)
// 001: an essay site's preface, the year 2024 injected into a 2014 report, a cumulative figure
expect(/\[ERROR\] src\/reports\/seed-001\.adoc:5: denied words: “本站为你”/)
expect(/\[WARNING\] src\/reports\/seed-001\.adoc:8: year 2024 stands alone in the text, far from the report's year 2014/)
expect(/\[WARNING\] src\/reports\/seed-001\.adoc:10: figure counted over “截止目前”/)
// 002: a betting site's name injected 24 times
expect(/\[ERROR\] src\/reports\/seed-002\.adoc:5: denied words: “UedBet”; occurrences: 24/)
expect(/\[WARNING\] src\/reports\/seed-002\.adoc:5: “UedBet体育” repeats 24 times/)
// 003: the city's portal replaced by another domain, converter garbage
expect(/\[ERROR\] src\/reports\/seed-003\.adoc:6: link to www\.p252\.cn, a domain that is not allowed \(allowed: \*\.gov\.cn\)[^\n]* \(tally\.integrity\.link\)\r?\n/)
expect(/\[ERROR\] src\/reports\/seed-003\.adoc:5: pinyin after Chinese characters/)
// 004: converter garbage, figures counted up to now
expect(/\[ERROR\] src\/reports\/seed-004\.adoc:5: pinyin after Chinese characters/)
expect(/\[ERROR\] src\/reports\/seed-004\.adoc:11: garbled text/)
expect(/\[WARNING\] src\/reports\/seed-004\.adoc:11: figure counted over “從2016年12月開\(kāi\)通至今”/)
// a title pasted as a plain first line: the warning shows how to mark it
expect(/\[WARNING\] src\/reports\/seed-003\.adoc:5: the report has no title \(a first line = Title\); if this line is the title, write it as = 石家河鎮/)
// 002 as published: the portal's link glued to the sentence after it, which the page would link as one address
expect(/\[WARNING\] src\/reports\/seed-002\.adoc:5: the link https:\/\/www\.zhalantun\.gov\.cn runs on into the text after it/)
// nothing else from the integrity pass: count its lines
def integrityLines = log.readLines().findAll {
    it =~ /: (pinyin after|traditional characters|garbled text|denied word|year \d{4} stands alone|figure counted over|“.*” repeats|link to|\d+% of the sentences)/
}
assert integrityLines.size() == 16 : integrityLines.join('\n')
true
