def log = new File(basedir, 'build.log').getText('UTF-8')
// 新收's 总计 is one too many: the row total fails in that row, and the column identity in column 总计
assert log =~ /\[ERROR\] src\/reports\/qingshan\.adoc:\d+: check failed in applications, row 新收: 总计 = 自然人 \+ 法人或其他组织: 24 != 23 \(template gov-info-disclosure-2021\) — 总计应等于自然人与法人或其他组织五列之和/
assert log =~ /\[ERROR\] src\/reports\/qingshan\.adoc:\d+: check failed in applications, column 总计: 新收 \+ 上年结转 = 办理结果\.总计 \+ 结转下年度: 25 != 24 \(template gov-info-disclosure-2021\) — 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和/
assert log =~ /\[ERROR\] src\/reports\/qingshan\.adoc:\d+: check failed in appeals, row 件数: 行政复议\.总计 = 行政复议\.结果维持 \+ 行政复议\.结果纠正 \+ 行政复议\.其他结果 \+ 行政复议\.尚未审结: 3 != 1 \(template gov-info-disclosure-2021\)/
// the prose figure bound to the broken cell is caught too
assert log =~ /figure does not match the data: tally:applications\.新收@总计\[23\]: the data gives 24, the text says 23/
