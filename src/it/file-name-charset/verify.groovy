// Trial F: under a locale that is not installed, or LC_ALL=C, Java reads file names as ASCII. A previous report
// with a Chinese name cannot be opened; the message says why and how to run, in words the ASCII console keeps.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] src\/reports\/2024\/[^:]+\.adoc:2: :tally-previous: \.\.\/2023\/[^:]+\.adoc: this JVM cannot name that file, as it reads file names as (ANSI_X3\.4-1968|US-ASCII)[^\n]*run Maven with LC_ALL=C\.UTF-8/
// an image with a Chinese name cannot be looked for either (trial AB, 1): said the same way, as a warning
assert log =~ /\[WARNING\] src\/reports\/2024\/[^:]+\.adoc:4: image:: [^:]+: this JVM cannot name that file, as it reads file names as (ANSI_X3\.4-1968|US-ASCII)/
assert !log.contains('is not a valid path')
true
