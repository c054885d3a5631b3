#!/usr/bin/env bash
# The target platform is pinned (docs/architecture.md, "A reproducible target platform"). Two checks:
#
# 1. The target definition (releng/org.agentproxy.target/agentproxy.target) pins: every Maven location has
#    includeDependencyDepth="none" (it follows no POM, so no version range of a transitive dependency can bring
#    another artifact next month), every dependency has an exact version (no range, no LATEST/RELEASE, no SNAPSHOT),
#    and every reviewed artifact of resolved-artifacts.txt is listed there explicitly.
# 2. The build resolved exactly the reviewed artifacts: the artifacts behind the product's target platform
#    (releng/org.agentproxy.product/target/targetPlatformRepository, written by the build; wrapped jars by the
#    coordinates of the jar they wrap) and behind every OSGi test runtime (tests/*/target/work/configuration/config.ini:
#    the UI test harness and JUnit), as groupId:artifactId:version, against
#    releng/org.agentproxy.target/resolved-artifacts.txt.
#
#   releng/scripts/check-target-lock.sh [--update] [TREE]    (after ./mvnw verify; TREE defaults to this checkout)
#   releng/scripts/check-target-lock.sh --definition         (only check 1: needs no build)
#
# --update rewrites the list (review the diff, commit it with the change that moved the target).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
update=false
definition_only=false
if [ "${1:-}" = "--update" ]; then update=true; shift; fi
if [ "${1:-}" = "--definition" ]; then definition_only=true; shift; fi
tree="${1:-$here}"
lock="$here/releng/org.agentproxy.target/resolved-artifacts.txt"
target="$here/releng/org.agentproxy.target/agentproxy.target"

# 1. the definition pins every artifact
python3 - "$target" "$lock" <<'PY'
import re, sys, xml.etree.ElementTree as ET
target, lock = sys.argv[1], sys.argv[2]
problems, listed = [], set()
exact = re.compile(r'^[0-9][0-9A-Za-z._-]*$')
for loc in ET.parse(target).getroot().iter('location'):
    if loc.get('type') != 'Maven':
        problems.append(f"location '{loc.get('label')}' is of type {loc.get('type')}: only pinned Maven locations are allowed")
        continue
    if loc.get('includeDependencyDepth') != 'none':
        problems.append(f"location '{loc.get('label')}' has includeDependencyDepth=\"{loc.get('includeDependencyDepth')}\": "
                        "it must be \"none\" (list every artifact it needs explicitly)")
    for dep in loc.iter('dependency'):
        g, a, v = (dep.findtext(t, '').strip() for t in ('groupId', 'artifactId', 'version'))
        if not exact.match(v) or v.endswith('-SNAPSHOT') or v in ('LATEST', 'RELEASE'):
            problems.append(f"{g}:{a} in location '{loc.get('label')}' has the version \"{v}\": give an exact version")
        listed.add(f"{g}:{a}:{v}")
reviewed = {l.strip() for l in open(lock) if l.strip() and not l.startswith('#')}
for missing in sorted(reviewed - listed):
    problems.append(f"{missing} is in resolved-artifacts.txt but not listed in the target definition")
for p in problems:
    print(f"check-target-lock: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "check-target-lock: every Maven location of ${target#$here/} lists its artifacts with exact versions, depth none"
$definition_only && exit 0
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
    elif 'maven-wrapped-groupId' in props:   # a plain jar the target wrapped (missingManifest="generate")
        print(f"{props['maven-wrapped-groupId']}:{props['maven-wrapped-artifactId']}:{props['maven-wrapped-version']}")
PY
  # the test runtimes: the jars they load from the local Maven repository, Tycho's own test bundles left out
  # (they come with the Tycho version in the root pom, not from the target); a wrapped jar lies in a bnd-<hash> folder
  for c in $configs; do
    tr ',' '\n' < "$c" \
      | sed -n 's#.*/repository/\(.*\)/\([^/]*\)/\([^/]*\)/\(bnd-[0-9a-f]*/\)\{0,1\}\2-\3\(-[a-z]*\)\{0,1\}\.jar.*#\1 \2 \3#p' \
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
  echo "List them (exact versions) in releng/org.agentproxy.target/agentproxy.target, or review and run $0 --update" >&2
  exit 1
fi
echo "check-target-lock: the target platform resolved the $(echo "$actual" | wc -l) reviewed artifacts"
