def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('tally:report needs Doxia 2, that is maven-site-plugin 3.21.0 or later, but this site is rendered with maven-site-plugin 3.12.1')
assert log.contains('Pin org.apache.maven.plugins:maven-site-plugin to 3.21.0')
assert !log.contains('NoSuchMethodError')
