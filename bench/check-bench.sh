#!/usr/bin/env bash
# Benchmark (not a test): times `tally:check` on generated reports against the same build with -Dtally.skip.
#
#   bench/check-bench.sh [COUNT...]        default: 200 2000 (40000 is the national scale)
#   SITE=200 bench/check-bench.sh 200      also times `site` with tally:report on that many reports
#   INCREMENTAL=40000 bench/check-bench.sh 40000   also times a second verify with tally.incremental on
#   FREE_FORM_EVERY=4 bench/check-bench.sh 200   every 4th place a free-form report (default 10; 0 for none)
#   MAVEN_OPTS=-XX:TieredStopAtLevel=1 bench/check-bench.sh 200   the Maven JVM with C1 only (see README)
#
# Needs the plugin installed in ~/.m2 (./mvnw -B install -DskipTests -Dinvoker.skip). Each build runs
# RUNS times (default 3), skip and check alternating; the median wall time is shown, with the peak resident
# memory of the Maven JVM.
# Run it on a quiet machine: anything else on the cores shows up in the figures. Small counts differ by tenths
# of a second from one run to the next on a shared machine: RUNS=7, and run the script more than once.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(200 2000)
# the plugin's own version, the line after its artifactId, whatever it is (not only a -SNAPSHOT: trial AH, 3)
version=$(sed -n '/<artifactId>tally-maven-plugin<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' "$here/pom.xml")
[ -n "$version" ] || { echo "no plugin version found in $here/pom.xml" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one build; prints "seconds peak_rss_mb"
build() {
  local dir=$1; shift
  local t0 t1 rss
  local rc=0
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$here/mvnw" -B -q -o -f "$dir/pom.xml" verify "$@" >"$work/log" 2>&1 || rc=$?
  t1=$(date +%s.%N)
  if [ "$rc" -ne 0 ]; then
    # the generated reports hold no error: a failed build is a broken setup, whose time means nothing (trial AH, 3)
    echo "a timed build failed (exit $rc): verify $*" >&2
    tail -40 "$work/log" >&2
    exit 1
  fi
  rss=$(tail -1 "$work/rss")
  echo "$(echo "$t1 - $t0" | bc) $((rss / 1024))"
}

printf '%-8s %-12s %-12s %-8s %-10s %s\n' reports skip_s check_s ratio added_s peak_rss_mb
for n in "${counts[@]}"; do
  dir="$work/p$n"
  mkdir -p "$dir"
  java "$here/bench/GenerateReports.java" "$dir/src/reports" "$n" 0 42 "${FREE_FORM_EVERY:-10}"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench</artifactId><version>1</version><packaging>pom</packaging>
  <properties><bench.incremental>false</bench.incremental></properties>
  <build>
    <pluginManagement><plugins><plugin>
      <groupId>org.apache.maven.plugins</groupId><artifactId>maven-site-plugin</artifactId><version>3.21.0</version>
    </plugin></plugins></pluginManagement>
    <plugins><plugin>
      <groupId>dev.tally</groupId><artifactId>tally-maven-plugin</artifactId><version>$version</version>
      <configuration><incremental>\${bench.incremental}</incremental></configuration>
      <executions><execution><goals><goal>check</goal></goals></execution></executions>
    </plugin></plugins>
  </build>
  <reporting><excludeDefaults>true</excludeDefaults><plugins><plugin>
    <groupId>dev.tally</groupId><artifactId>tally-maven-plugin</artifactId><version>$version</version>
    <reportSets><reportSet><reports><report>report</report></reports></reportSet></reportSets>
  </plugin></plugins></reporting>
</project>
POM
  mkdir -p "$dir/src/site"
  cp "$here/examples/src/site/site.xml" "$dir/src/site/site.xml"
  build "$dir" >/dev/null   # warm the file cache and the local repository
  # skip and check builds alternate, so that a slow spell of the machine weighs on both alike
  : >"$work/skips"
  : >"$work/checks"
  for i in $(seq "$runs"); do
    build "$dir" -Dtally.skip >>"$work/skips"
    build "$dir" >>"$work/checks"
  done
  skip=$(cut -d' ' -f1 "$work/skips" | median)
  grep -q "errors in the reports" "$work/log" && { echo "unexpected errors in generated reports" >&2; cat "$work/log" >&2; exit 1; }
  check=$(cut -d' ' -f1 "$work/checks" | median)
  rss=$(cut -d' ' -f2 "$work/checks" | sort -n | tail -1)
  printf '%-8s %-12.2f %-12.2f %-8.2f %-10.2f %s\n' "$n" "$skip" "$check" "$(echo "$check / $skip" | bc -l)" \
    "$(echo "$check - $skip" | bc -l)" "$rss"
  if [ "${INCREMENTAL:-}" = "$n" ]; then
    build "$dir" -Dbench.incremental=true >/dev/null   # writes the index
    second=$(build "$dir" -Dbench.incremental=true) || exit 1
    echo "incremental, $n reports, second verify with nothing changed: $(echo "$second" | cut -d' ' -f1) s" \
      "(peak RSS $(echo "$second" | cut -d' ' -f2) MB)"
  fi
  if [ "${SITE:-}" = "$n" ]; then
    t0=$(date +%s.%N)
    "$here/mvnw" -B -q -o -f "$dir/pom.xml" site -Dtally.skip=false >"$work/site.log" 2>&1 || { cat "$work/site.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    t2=$(date +%s.%N)
    "$here/mvnw" -B -q -o -f "$dir/pom.xml" site -Dtally.skip=true >"$work/site0.log" 2>&1 || true
    t3=$(date +%s.%N)
    echo "site with tally:report, $n reports: $(echo "$t1 - $t0" | bc) s; without: $(echo "$t3 - $t2" | bc) s;" \
      "per report: $(echo "($t1 - $t0 - ($t3 - $t2)) * 1000 / $n" | bc) ms (Asciidoctor start included)"
  fi
done
