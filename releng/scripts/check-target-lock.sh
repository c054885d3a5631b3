#!/usr/bin/env bash
# Checks that the target platform resolved the same Maven artifacts as the last time they were reviewed: the
# artifacts behind the product's target platform (releng/org.agentproxy.product/target/targetPlatformRepository,
# written by the build) and behind every OSGi test runtime (tests/*/target/work/configuration/config.ini: the UI test
# harness and JUnit), as groupId:artifactId:version, against releng/org.agentproxy.target/resolved-artifacts.txt.
# The target's Maven locations with includeDependencyDepth="infinite" follow the POMs' version ranges, so a build
# next month may get other artifacts; this turns that into a failing check instead of a silent change.
#
#   releng/scripts/check-target-lock.sh [--update] [TREE]    (after ./mvnw verify; TREE defaults to this checkout)
#
# --update rewrites the list (review the diff, commit it with the change that moved the target).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
update=false
if [ "${1:-}" = "--update" ]; then update=true; shift; fi
tree="${1:-$here}"
lock="$here/releng/org.agentproxy.target/resolved-artifacts.txt"
content="$tree/releng/org.agentproxy.product/target/targetPlatformRepository/content.xml"
[ -f "$content" ] || { echo "check-target-lock: no $content: build the product first (./mvnw verify)" >&2; exit 2; }
configs=$(ls "$tree"/tests/*/target/work/configuration/config.ini "$tree"/examples/*/target/work/configuration/config.ini 2>/dev/null || true)
[ -n "$configs" ] || { echo "check-target-lock: no test runtime under $tree/tests/*/target/work: run the tests first" >&2; exit 2; }

resolved() {
  # the product's target platform: each unit's Maven coordinates (units built in this tree have none)
  python3 - "$content" <<'PY'
import sys, xml.etree.ElementTree as ET
for unit in ET.parse(sys.argv[1]).getroot().iter('unit'):
    props = {p.get('name'): p.get('value') for p in unit.iter('property')}
    if 'maven-groupId' in props:
        print(f"{props['maven-groupId']}:{props['maven-artifactId']}:{props['maven-version']}")
PY
  # the test runtimes: the jars they load from the local Maven repository, Tycho's own test bundles left out
  # (they come with the Tycho version in the root pom, not from the target)
  for c in $configs; do
    tr ',' '\n' < "$c" | sed -n 's#.*/repository/\(.*\)/\([^/]*\)/\([^/]*\)/\2-\3\(-[a-z]*\)\{0,1\}\.jar.*#\1 \2 \3#p' \
      | awk '{ gsub("/", ".", $1); print $1 ":" $2 ":" $3 }' | grep -v '^org\.eclipse\.tycho:'
  done
}
# this tree's own bundles are built here, not resolved from the target
actual=$(resolved | grep -v '^org\.agentproxy:' | LC_ALL=C sort -u)
if $update; then
  { echo "# the Maven artifacts the target platform resolves (releng/scripts/check-target-lock.sh --update)"
    echo "$actual"; } > "$lock"
  echo "check-target-lock: wrote $(echo "$actual" | wc -l) artifacts to ${lock#$here/}"
  exit 0
fi
expected=$(grep -v '^#' "$lock" | LC_ALL=C sort -u)
if [ "$actual" != "$expected" ]; then
  echo "check-target-lock: the target platform resolved other artifacts than ${lock#$here/}:" >&2
  diff <(echo "$expected") <(echo "$actual") | sed -n 's/^</  no longer resolved:/p; s/^>/  newly resolved:    /p' >&2
  echo "Pin them in releng/org.agentproxy.target/agentproxy.target, or review and run $0 --update" >&2
  exit 1
fi
echo "check-target-lock: the target platform resolved the $(echo "$actual" | wc -l) reviewed artifacts"
