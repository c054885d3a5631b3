#!/usr/bin/env bash
# The API check against the last release (docs/api-policy.md, "The API check against the last release").
#
#   check-api-baseline.sh            before the build: the baseline is there and intact — the root pom's
#                                    <agentproxy.api.baseline> names a folder releng/baseline/VERSION (written by
#                                    cut-api-baseline.sh), every file of it matches its SHA256SUMS, no file is missing
#                                    from the sums, and no other baseline folder lies beside it
#   check-api-baseline.sh --built [JAR...]
#                                    after the build: the 0.x rule (CheckApiBaseline.java) on the built bundles
#                                    (default: every bundle of bundles/ and the SDK's contract bundle), with the bnd
#                                    that tycho-baseline-plugin uses (from the local Maven repository)
# ./test.sh runs both, around the reactor build, in which tycho-baseline-plugin compares every bundle.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
built=false
if [ "${1:-}" = "--built" ]; then built=true; shift; fi
version=$(sed -n 's#.*<agentproxy.api.baseline>\(.*\)</agentproxy.api.baseline>.*#\1#p' pom.xml)
[ -n "$version" ] || { echo "check-api-baseline: the root pom.xml names no <agentproxy.api.baseline>" >&2; exit 1; }
dir="releng/baseline/$version"
[ -f "$dir/SHA256SUMS" ] || { echo "check-api-baseline: $dir/SHA256SUMS is missing: cut the baseline with releng/scripts/cut-api-baseline.sh $version" >&2; exit 1; }
(cd "$dir" && sha256sum --quiet --strict -c SHA256SUMS) \
  || { echo "check-api-baseline: $dir differs from its SHA256SUMS: a baseline is never edited, only cut again" >&2; exit 1; }
unlisted=$(cd "$dir" && comm -23 <(find . -type f ! -name SHA256SUMS | sed 's#^\./##' | LC_ALL=C sort) \
                                 <(awk '{ print $2 }' SHA256SUMS | LC_ALL=C sort))
[ -z "$unlisted" ] || { echo "check-api-baseline: files in $dir without a checksum: $unlisted" >&2; exit 1; }
others=$(ls releng/baseline | grep -vx "$version" || true)
[ -z "$others" ] || { echo "check-api-baseline: releng/baseline holds other baselines than $version ($others): delete them" >&2; exit 1; }
$built || { echo "check-api-baseline: the API baseline $version is intact ($(ls "$dir"/plugins | wc -l) bundles)"; exit 0; }

pick_jdk
repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
tycho=$(sed -n 's#.*<tycho.version>\(.*\)</tycho.version>.*#\1#p' pom.xml)
bnd=$(sed -n 's#.*<bnd.version>\(.*\)</bnd.version>.*#\1#p' "$repo/org/eclipse/tycho/tycho/$tycho/tycho-$tycho.pom" 2>/dev/null || true)
[ -n "$bnd" ] || { echo "check-api-baseline: no Tycho $tycho in $repo: build first" >&2; exit 2; }
cp="$repo/biz/aQute/bnd/biz.aQute.bndlib/$bnd/biz.aQute.bndlib-$bnd.jar:$repo/biz/aQute/bnd/biz.aQute.bnd.util/$bnd/biz.aQute.bnd.util-$bnd.jar"
# what bndlib needs (the versions the target pins: they are in the local repository after the build)
for jar in "$repo/org/osgi/org.osgi.util.promise/1.3.0/org.osgi.util.promise-1.3.0.jar" \
           "$repo/org/osgi/org.osgi.util.function/1.2.0/org.osgi.util.function-1.2.0.jar" \
           "$repo/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar" \
           "$repo/org/eclipse/platform/org.eclipse.osgi/3.24.100/org.eclipse.osgi-3.24.100.jar"; do
  cp="$cp:$jar"
done
if [ $# = 0 ]; then
  set -- $(ls bundles/*/target/*.jar tests/org.agentproxy.smartprotection.contract/target/*.jar | grep -v -- '-sources\.jar$')
fi
# C1 only and the serial collector: a run of seconds, where C2 and G1 cost more CPU than they save (docs/test-budget.md)
exec "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dslf4j.internal.verbosity=ERROR -cp "$cp" \
  releng/scripts/CheckApiBaseline.java "$dir" "$@"
