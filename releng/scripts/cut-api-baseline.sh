#!/usr/bin/env bash
# Cuts the API baseline of a release (docs/api-policy.md, "The API check against the last release"): builds the
# released commit in a temporary folder (the bundles only, no tests), and publishes its API bundles — the bundles of
# the root pom (bundles/ and the SDK's tests/org.agentproxy.smartprotection.contract) that export at least one package
# without x-internal or x-friends — as a p2 repository into releng/baseline/VERSION, with
#   SHA256SUMS   the checksum of every file of the repository (checked before every build by check-api-baseline.sh)
#   BASELINE.txt the version, the commit it was built from, the JDK, the date and the bundles
# The build's tycho-baseline-plugin compares every bundle with its counterpart in that repository.
#
#   releng/scripts/cut-api-baseline.sh VERSION [COMMIT]   (COMMIT: the release's tag, default vVERSION)
#
# Then: point <agentproxy.api.baseline> in the root pom.xml at VERSION, delete the older baseline folder, commit.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
source releng/scripts/common.sh
pick_jdk
version="${1:?usage: $0 VERSION [COMMIT]}"
commit="${2:-v$version}"
sha=$(git rev-parse --verify "$commit^{commit}") || { echo "cut-api-baseline: no commit or tag $commit" >&2; exit 2; }
out="releng/baseline/$version"
work=$(mktemp -d /tmp/api-baseline.XXXXXX)
trap 'rm -rf "$work"' EXIT
tree="$work/tree"
mkdir -p "$tree"
git archive "$sha" | tar -x -C "$tree"

# the API bundles of the release, in reactor order
modules=$(sed -n 's#^ *<module>\(.*\)</module>.*#\1#p' "$tree/pom.xml")
api=$(python3 - "$tree" $modules <<'PY'
import re, sys, os
tree, modules = sys.argv[1], sys.argv[2:]
def header(text, name):
    m = re.search(r'^' + name + r':(.*(?:\n .*)*)', text, re.M)
    return m.group(1).replace('\n ', '') if m else ''
def split(h):   # split at commas outside quotes
    out, cur, q = [], '', False
    for ch in h:
        if ch == '"': q = not q
        if ch == ',' and not q: out.append(cur); cur = ''
        else: cur += ch
    return [x.strip() for x in out + [cur] if x.strip()]
for m in modules:
    if not (m.startswith('bundles/') or m == 'tests/org.agentproxy.smartprotection.contract'):
        continue
    mf = os.path.join(tree, m, 'META-INF', 'MANIFEST.MF')
    if not os.path.exists(mf):
        continue
    text = open(mf, encoding='utf-8').read()
    exports = split(header(text, 'Export-Package'))
    if any('x-internal:=true' not in e and 'x-friends:=' not in e for e in exports):
        bsn = header(text, 'Bundle-SymbolicName').split(';')[0].strip()
        print(m + ' ' + bsn)
PY
)
[ -n "$api" ] || { echo "cut-api-baseline: no API bundle found in $commit" >&2; exit 1; }

# a p2 repository of exactly those bundles, built by Tycho in the released tree
mkdir -p "$tree/releng/api-baseline"
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<site>'
  echo "$api" | while read -r _ bsn; do echo "   <bundle id=\"$bsn\" version=\"0.0.0\"/>"; done
  echo '</site>'
} > "$tree/releng/api-baseline/category.xml"
parent_version=$(sed -n '0,/<version>/s#.*<version>\(.*\)</version>.*#\1#p' "$tree/pom.xml")
cat > "$tree/releng/api-baseline/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.agentproxy</groupId>
    <artifactId>org.agentproxy.parent</artifactId>
    <version>$parent_version</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>org.agentproxy.api-baseline</artifactId>
  <packaging>eclipse-repository</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-p2-repository-plugin</artifactId>
        <configuration>
          <includeAllDependencies>false</includeAllDependencies>
          <repositoryName>Agent Proxy Studio $version API baseline</repositoryName>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
sed -i 's#^\( *\)</modules>#\1  <module>releng/api-baseline</module>\n\1</modules>#' "$tree/pom.xml"
# the bundles and the contract bundle with what they need, in reactor order
build=$(echo "$modules" | grep -E '^(releng/org\.agentproxy\.target|bundles/.*|tests/org\.agentproxy\.smartprotection\.contract)$' | paste -sd, -)
echo "cut-api-baseline: building $version ($sha) in $tree"
(cd "$tree" && ./mvnw -B -ntp -q package -DskipTests -Dtycho.baseline.skip=true -pl "$build,releng/api-baseline")

repo="$tree/releng/api-baseline/target/repository"
rm -rf "$out"
mkdir -p "$out"
cp -r "$repo"/. "$out"/
{
  echo "API baseline $version: the API bundles of Agent Proxy Studio $version (releng/scripts/cut-api-baseline.sh)"
  echo "commit:  $sha ($commit)"
  echo "built:   $(date -u +%Y-%m-%dT%H:%M:%SZ) with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "bundles:"
  for jar in "$out"/plugins/*.jar; do echo "  $(basename "$jar" .jar)"; done
} > "$out/BASELINE.txt"
(cd "$out" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | sed 's#^\./##' | xargs sha256sum > SHA256SUMS)
echo "cut-api-baseline: wrote $out ($(du -sh "$out" | cut -f1)): $(ls "$out"/plugins | wc -l) bundles"
