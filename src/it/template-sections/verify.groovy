def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/qingshan\.adoc:149: missing section 五、存在的主要问题及改进情况: write it before the heading here, 六、其他需要报告的事项/
assert log =~ /\[ERROR\] src\/reports\/qingshan\.adoc:\d+: section 四、政府信息公开行政复议、行政诉讼情况 is out of order: it must come after 三、收到和处理政府信息公开申请情况/
assert log =~ /2 errors/
// with the sections swapped, each table stands in the other's section: warned of, the sections being the errors
assert log =~ /\[WARNING\] src\/reports\/qingshan\.adoc:\d+: table appeals stands in section 三、收到和处理政府信息公开申请情况; the template puts it in section 四、政府信息公开行政复议、行政诉讼情况/
