#!/usr/bin/env bash
# Proves the API check (docs/api-policy.md, "The API check against the last release"): copies the build (root pom,
# target, the baseline) with four copies of one API bundle, org.agentproxy.policy, into a work folder, changes each copy
# the way a developer might, builds them (offline, no tests: the target and the copies, tycho-baseline-plugin on each),
# runs the 0.x rule on each jar (check-api-baseline.sh --built) and expects the verdict of both:
#
#   signature-changed   MacAddresses.isValid(String) becomes isValid(CharSequence): callers still compile, but the
#                       method they were linked against is gone. No version moved -> fails: Tycho (the bundle changed,
#                       its version did not), the 0.x rule (a MAJOR change of org.agentproxy.policy.net: 1.0.0)
#   signature-micro     the same with the bundle's micro version raised: Tycho passes it (bnd exempts 0.x packages),
#                       the 0.x rule fails it
#   added-no-bump       a new public method MacAddresses.isUnicast(String), no version moved -> fails: Tycho, and the
#                       0.x rule (a MINOR change: the package at the next minor)
#   added-minor-bump    the same addition with the package at the next minor and the bundle version past the
#                       baseline's -> passes
#
# The copies are built in two Maven sessions, not four (Maven, Tycho and the target platform start twice, not four
# times): a session builds every copy whose Bundle-Version no other copy in it has (Tycho refuses two reactor projects
# with one bundle id and version; signature-changed and added-no-bump both stay at the baseline's). The copies differ
# from the bundle only where Maven needs it to have several in one reactor: a groupId and a name of their own (the
# scenario's); the bundle's id (artifactId, Bundle-SymbolicName), which tycho-baseline-plugin looks up in the baseline,
# and its versions are the scenario's. Maven runs with -fae (each copy is built whatever the verdict on another), and
# each scenario's verdict and output are read from its own part of the log: its section, its line in the reactor
# summary, and the lines that name its folder.
#
# The package versions are set relative to the baseline's (read from its jar), so the test keeps its meaning when the
# bundle moves on after the release.
#
#   releng/scripts/api-baseline-test.sh [WORK]   (after the reactor build: the artifacts are in the local repository)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
source releng/scripts/common.sh
pick_jdk
work="$(mkdir -p "${1:-target/api-baseline-test}" && cd "${1:-target/api-baseline-test}" && pwd)"
version=$(sed -n 's#.*<agentproxy.api.baseline>\(.*\)</agentproxy.api.baseline>.*#\1#p' pom.xml)
bundle=bundles/org.agentproxy.policy
class=src/org/agentproxy/policy/net/MacAddresses.java
package=org.agentproxy.policy.net
baseline_jar=$(ls releng/baseline/"$version"/plugins/org.agentproxy.policy_*.jar)

# the package's and the bundle's versions in the baseline
manifest=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("META-INF/MANIFEST.MF").decode())' \
  "$baseline_jar" | tr -d '\r' | sed ':a;N;$!ba;s/\n //g')
base_pkg=$(echo "$manifest" | sed -n "s/^Export-Package:.*$package;version=\"\([0-9.]*\)\".*/\1/p")
base_bundle=$(echo "$manifest" | sed -n 's/^Bundle-Version: \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p')
[ -n "$base_pkg" ] && [ -n "$base_bundle" ] || { echo "api-baseline-test: cannot read $package's version from $baseline_jar" >&2; exit 1; }
next_minor() { echo "$1" | awk -F. '{ print $1 "." $2 + 1 ".0" }'; }
higher() { printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1; }
current_bundle=$(sed -n 's/^Bundle-Version: \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p' "$bundle/META-INF/MANIFEST.MF")

# the copy of the build: the root pom, the target, the baseline, and the bundle's copy of each scenario
scenarios=(signature-changed signature-micro added-no-bump added-minor-bump)
tree="$work/tree"
rm -rf "$tree" "$work"/*.log "$work"/*.log.txt
mkdir -p "$tree/releng/org.agentproxy.target" "$tree/releng/baseline"
cp -r pom.xml mvnw .mvn "$tree"/
cp releng/org.agentproxy.target/pom.xml releng/org.agentproxy.target/agentproxy.target "$tree/releng/org.agentproxy.target/"
cp -r "releng/baseline/$version" "$tree/releng/baseline/"
# the reactor of the copy: the target and the four copies of the bundle
python3 - "$tree/pom.xml" "${scenarios[@]}" <<'PY'
import re, sys
p, names = sys.argv[1], sys.argv[2:]
s = open(p).read()
modules = "".join(f"    <module>{n}/org.agentproxy.policy</module>\n" for n in names)
s = re.sub(r"<modules>.*?</modules>",
           "<modules>\n    <module>releng/org.agentproxy.target</module>\n" + modules + "  </modules>", s, flags=re.S)
open(p, "w").write(s)
PY

fresh_copy() {   # $1 scenario: the bundle's copy for it, at the baseline's versions; $copy is its folder
  local name="$1"
  copy="$tree/$name/org.agentproxy.policy"
  mkdir -p "$tree/$name"
  tar -C bundles --exclude=target -cf - org.agentproxy.policy | tar -C "$tree/$name" -xf -
  # its own groupId and name (four copies of one bundle in one reactor: see the top of this file)
  python3 - "$copy/pom.xml" "$name" <<'PY'
import re, sys
p, name = sys.argv[1:]
s = open(p).read()
s, n = re.subn(r"^(  <artifactId>org\.agentproxy\.policy</artifactId>\n)",
               lambda m: f"  <groupId>org.agentproxy.apitest.{name}</groupId>\n{m.group(1)}"
                         f"  <name>api-baseline-test {name}</name>\n", s, count=1, flags=re.M)
if n != 1:
    sys.exit(f"api-baseline-test: cannot give the copy {p} its own groupId: update the test")
open(p, "w").write(s)
PY
  # the package and the bundle at the baseline's versions (what a developer who forgot to bump them would have; the
  # bundle itself may have moved on since the release, e.g. to 0.1.1 for a change of an internal package)
  set_package_version "$base_pkg"
  set_bundle_version "$base_bundle"
}

set_package_version() {   # $1 version of $package in $copy
  sed -i "s/^\( *\)$package;version=\"[0-9.]*\"/\1$package;version=\"$1\"/; s/^Export-Package: $package;version=\"[0-9.]*\"/Export-Package: $package;version=\"$1\"/" \
    "$copy/META-INF/MANIFEST.MF"
  grep -q "$package;version=\"$1\"" "$copy/META-INF/MANIFEST.MF" \
    || { echo "api-baseline-test: could not set $package's version in the copy's manifest" >&2; exit 1; }
}

set_bundle_version() {   # $1 version x.y.z of $copy: the manifest's Bundle-Version and the pom's version
  sed -i "s/^Bundle-Version: .*/Bundle-Version: $1.qualifier/" "$copy/META-INF/MANIFEST.MF"
  python3 - "$copy/pom.xml" "$1-SNAPSHOT" <<'PY'
import re, sys
p, v = sys.argv[1], sys.argv[2]
s = open(p).read()
head, sep, rest = s.partition('</parent>')
if re.search(r'^  <version>', rest, re.M):
    rest = re.sub(r'^  <version>.*?</version>', f'  <version>{v}</version>', rest, count=1, flags=re.M)
else:
    rest = re.sub(r'(^  <artifactId>.*?</artifactId>\n)', rf'\1  <version>{v}</version>\n', rest, count=1, flags=re.M)
open(p, 'w').write(head + sep + rest)
PY
}

edit() {   # $1 python regex, $2 replacement in $copy's class: exactly one match, or the test is out of date
  python3 - "$copy/$class" "$1" "$2" <<'PY'
import re, sys
p, pattern, repl = sys.argv[1:]
s = open(p).read()
s, n = re.subn(pattern, repl, s, flags=re.S)
if n != 1:
    sys.exit(f"api-baseline-test: the edit {pattern!r} matched {n} times in {p}: update the test")
open(p, 'w').write(s)
PY
}

add_is_unicast() {
  edit '\n}\s*$' '

    /**
     * Whether the address is a unicast address (the low bit of its first octet clear).
     *
     * @since '"$(next_minor "$base_pkg")"'
     */
    public static boolean isUnicast(String mac) {
        return isValid(mac) && (Integer.parseInt(mac.substring(0, 2), 16) & 1) == 0;
    }
}
'
}

fresh_copy signature-changed
edit 'public static boolean isValid\(String mac\)' 'public static boolean isValid(CharSequence mac)'

fresh_copy signature-micro
edit 'public static boolean isValid\(String mac\)' 'public static boolean isValid(CharSequence mac)'
set_bundle_version "$(higher "$(echo "$base_bundle" | awk -F. '{ print $1 "." $2 "." $3 + 1 }')" "$current_bundle")"

fresh_copy added-no-bump
add_is_unicast

fresh_copy added-minor-bump
add_is_unicast
set_package_version "$(next_minor "$base_pkg")"
set_bundle_version "$(higher "$(next_minor "$base_bundle")" "$current_bundle")"

# the builds: as few Maven sessions as Tycho allows (it refuses two reactor projects with the same bundle id and
# version, so copies at the same Bundle-Version go to different sessions: two here), each with -fae (every copy is
# built whatever the verdict on another); the Maven JVM's options are the build's (.mvn/jvm.config, copied)
sessions=()   # per session: the modules, comma-separated
declare -A session_versions=()
for name in "${scenarios[@]}"; do
  v=$(sed -n 's/^Bundle-Version: //p' "$tree/$name/org.agentproxy.policy/META-INF/MANIFEST.MF" | tr -d '\r')
  i=0
  while [ "$i" -lt "${#sessions[@]}" ] && [[ " ${session_versions[$i]} " == *" $v "* ]]; do i=$((i + 1)); done
  sessions[$i]="${sessions[$i]:-releng/org.agentproxy.target},$name/org.agentproxy.policy"
  session_versions[$i]="${session_versions[$i]:-} $v"
done
build_log="$work/build.log"
: > "$build_log"
for i in "${!sessions[@]}"; do
  echo "api-baseline-test: building ${sessions[$i]#releng/org.agentproxy.target,} (offline, Maven session $((i + 1)) of ${#sessions[@]})"
  (cd "$tree" && ./mvnw -o -B -ntp -fae verify -DskipTests -Dagentproxy.api.baseline="$version" -pl "${sessions[$i]}") \
    > "$build_log.$i" 2>&1 || true
  grep -q 'Reactor Summary' "$build_log.$i" \
    || { tail -60 "$build_log.$i" >&2; echo "api-baseline-test: the build did not get to its summary (log above)" >&2; exit 1; }
  cat "$build_log.$i" >> "$build_log"
done
tr -d '\000' < "$build_log" > "$build_log.txt"

failures=0
run() {   # $1 scenario, $2 expected (pass|fail), $3.. patterns its output must contain
  local name="$1" expect="$2"; shift 2
  local log="$work/$name.log" rc=0 status
  echo "api-baseline-test: $name (expect the build to ${expect})"
  # its part of the build's output: its section (up to the next project's or the summary), and every line that names
  # its folder (the baseline's verdict, the compiler's errors)
  awk -v name="api-baseline-test $name " -v dir="/$name/org.agentproxy.policy" '
    /^\[INFO\] Building .*\[[0-9]+\/[0-9]+\]$/ { inside = index($0, "[INFO] Building " name) == 1 }
    /Reactor Summary/ { inside = 0 }
    inside || index($0, dir) { print }' "$build_log.txt" > "$log"
  status=$(grep -E "^\[INFO\] api-baseline-test $name [^ ]+ \.* ?(SUCCESS|FAILURE|SKIPPED)" "$build_log.txt" \
    | grep -oE 'SUCCESS|FAILURE|SKIPPED' | tail -1 || true)
  echo "reactor summary: $name ${status:-missing}" >> "$log"
  case "$status" in SUCCESS) ;; FAILURE) rc=1 ;; *) rc=8 ;; esac
  local jar
  jar=$(ls "$tree/$name/org.agentproxy.policy"/target/org.agentproxy.policy-*.jar 2>/dev/null | grep -v -- -sources | head -1 || true)
  if [ -n "$jar" ]; then
    releng/scripts/check-api-baseline.sh --built "$jar" >> "$log" 2>&1 || rc=$((rc + 2))
  else
    rc=$((rc + 4)); echo "api-baseline-test: no jar built" >> "$log"
  fi
  local ok=true
  if [ "$rc" -ge 8 ]; then ok=false; echo "  the reactor summary has no verdict on $name"; fi
  if [ "$expect" = pass ] && [ "$rc" != 0 ]; then ok=false; fi
  if [ "$expect" = fail ] && [ "$rc" = 0 ]; then ok=false; fi
  # the output without NULs, in a file: grep -q on a pipe ends it early, and under pipefail the writer's SIGPIPE
  # (exit 141) would read as "not found"
  local text="$log.txt" pattern
  tr -d '\000' < "$log" > "$text"
  for pattern in "$@"; do
    grep -qF -- "$pattern" "$text" || { echo "  the output lacks: $pattern"; ok=false; }
  done
  if [ "$expect" = fail ] && grep -q 'COMPILATION ERROR\|Compilation failure' "$text"; then
    echo "  the build failed, but in the compiler, not in the API check"; ok=false
  fi
  if $ok; then
    echo "  ok (exit $rc)"
    # the first 40 lines of what the checks said (head ends the pipe early: not a failure of the test)
    grep -a -E '^\[ERROR\] (│|┌|├|└|.*Baseline problems)|^org\.agentproxy|^    |^check-api-baseline|No baseline problems' \
      "$text" | grep -v '^\[ERROR\] Failed to execute' | sed 's/^\[ERROR\] //; s/^/    /' | head -40 || true
  else
    echo "  FAILED (exit $rc): see $log and $build_log"
    failures=$((failures + 1))
  fi
}

run signature-changed fail "Baseline problems found!" "package $package has a MAJOR change" "export it at 1.0.0" \
  "REMOVED METHOD isValid(java.lang.String)"
run signature-micro fail "No baseline problems found." "package $package has a MAJOR change" "export it at 1.0.0"
run added-no-bump fail "Baseline problems found!" "package $package has a MINOR change" \
  "export it at $(next_minor "$base_pkg")" "ADDED METHOD isUnicast(java.lang.String)"
run added-minor-bump pass "No baseline problems found." "every package's version covers its change"

if [ "$failures" != 0 ]; then
  echo "api-baseline-test: $failures of 4 scenarios did not get the expected verdict" >&2
  exit 1
fi
echo "api-baseline-test: 4 passed, 0 failed (a changed signature, with or without a micro step, and an addition without a minor step fail; an addition with a minor step passes)"
