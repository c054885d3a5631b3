#!/usr/bin/env bash
# Proves the API check (docs/api-policy.md, "The API check against the last release"): copies the build (root pom,
# target, the baseline) with one API bundle, org.agentproxy.policy, into a work folder, changes the bundle the way a
# developer might, builds it (offline, no tests: the target, the bundle, tycho-baseline-plugin), runs the 0.x rule
# on the jar (check-api-baseline.sh --built) and expects the verdict of both:
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

fresh_copy() {   # $1: scenario folder
  local tree="$1"
  rm -rf "$tree"
  mkdir -p "$tree/releng/org.agentproxy.target" "$tree/releng/baseline" "$tree/bundles"
  cp -r pom.xml mvnw .mvn "$tree"/
  cp releng/org.agentproxy.target/pom.xml releng/org.agentproxy.target/agentproxy.target "$tree/releng/org.agentproxy.target/"
  cp -r "releng/baseline/$version" "$tree/releng/baseline/"
  tar -C bundles --exclude=target -cf - org.agentproxy.policy | tar -C "$tree/bundles" -xf -
  # the reactor of the copy: the target and the one bundle
  python3 - "$tree/pom.xml" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r'<modules>.*?</modules>', '<modules>\n    <module>releng/org.agentproxy.target</module>\n'
           '    <module>bundles/org.agentproxy.policy</module>\n  </modules>', s, flags=re.S)
open(p, 'w').write(s)
PY
  # the package and the bundle at the baseline's versions (what a developer who forgot to bump them would have; the
  # bundle itself may have moved on since the release, e.g. to 0.1.1 for a change of an internal package)
  set_package_version "$tree" "$base_pkg"
  set_bundle_version "$tree" "$base_bundle"
}

set_package_version() {   # $1 tree, $2 version of $package
  sed -i "s/^\( *\)$package;version=\"[0-9.]*\"/\1$package;version=\"$2\"/; s/^Export-Package: $package;version=\"[0-9.]*\"/Export-Package: $package;version=\"$2\"/" \
    "$1/$bundle/META-INF/MANIFEST.MF"
  grep -q "$package;version=\"$2\"" "$1/$bundle/META-INF/MANIFEST.MF" \
    || { echo "api-baseline-test: could not set $package's version in the copy's manifest" >&2; exit 1; }
}

set_bundle_version() {   # $1 tree, $2 version x.y.z: the manifest's Bundle-Version and the pom's version
  sed -i "s/^Bundle-Version: .*/Bundle-Version: $2.qualifier/" "$1/$bundle/META-INF/MANIFEST.MF"
  python3 - "$1/$bundle/pom.xml" "$2-SNAPSHOT" <<'PY'
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

edit() {   # $1 tree, $2 python regex, $3 replacement: exactly one match, or the test is out of date
  python3 - "$1/$bundle/$class" "$2" "$3" <<'PY'
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
  edit "$1" '\n}\s*$' '

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

failures=0
run() {   # $1 scenario, $2 expected (pass|fail), $3.. patterns the build's output must contain
  local name="$1" expect="$2"; shift 2
  local tree="$work/$name" log="$work/$name.log" rc=0
  echo "api-baseline-test: $name (expect the build to ${expect})"
  (cd "$tree" && ./mvnw -o -B -ntp verify -DskipTests -Dagentproxy.api.baseline="$version" \
     -pl releng/org.agentproxy.target,$bundle) > "$log" 2>&1 || rc=$?
  local jar
  jar=$(ls "$tree/$bundle"/target/org.agentproxy.policy-*.jar 2>/dev/null | grep -v -- -sources | head -1 || true)
  if [ -n "$jar" ]; then
    releng/scripts/check-api-baseline.sh --built "$jar" >> "$log" 2>&1 || rc=$((rc + 2))
  else
    rc=$((rc + 4)); echo "api-baseline-test: no jar built" >> "$log"
  fi
  local ok=true
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
    echo "  FAILED (exit $rc): see $log"
    failures=$((failures + 1))
  fi
}

tree="$work/signature-changed"; fresh_copy "$tree"
edit "$tree" 'public static boolean isValid\(String mac\)' 'public static boolean isValid(CharSequence mac)'
run signature-changed fail "Baseline problems found!" "package $package has a MAJOR change" "export it at 1.0.0" \
  "REMOVED METHOD isValid(java.lang.String)"

tree="$work/signature-micro"; fresh_copy "$tree"
edit "$tree" 'public static boolean isValid\(String mac\)' 'public static boolean isValid(CharSequence mac)'
current_bundle=$(sed -n 's/^Bundle-Version: \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p' "$bundle/META-INF/MANIFEST.MF")
set_bundle_version "$tree" "$(higher "$(echo "$base_bundle" | awk -F. '{ print $1 "." $2 "." $3 + 1 }')" "$current_bundle")"
run signature-micro fail "No baseline problems found." "package $package has a MAJOR change" "export it at 1.0.0"

tree="$work/added-no-bump"; fresh_copy "$tree"
add_is_unicast "$tree"
run added-no-bump fail "Baseline problems found!" "package $package has a MINOR change" \
  "export it at $(next_minor "$base_pkg")" "ADDED METHOD isUnicast(java.lang.String)"

tree="$work/added-minor-bump"; fresh_copy "$tree"
add_is_unicast "$tree"
set_package_version "$tree" "$(next_minor "$base_pkg")"
current_bundle=$(sed -n 's/^Bundle-Version: \([0-9]*\.[0-9]*\.[0-9]*\).*/\1/p' "$bundle/META-INF/MANIFEST.MF")
set_bundle_version "$tree" "$(higher "$(next_minor "$base_bundle")" "$current_bundle")"
run added-minor-bump pass "No baseline problems found." "every package's version covers its change"

if [ "$failures" != 0 ]; then
  echo "api-baseline-test: $failures of 4 scenarios did not get the expected verdict" >&2
  exit 1
fi
echo "api-baseline-test: 4 passed, 0 failed (a changed signature, with or without a micro step, and an addition without a minor step fail; an addition with a minor step passes)"
