#!/usr/bin/env bash
# Plug-in template test (run by test.sh, after the reactor built the SDK p2 repository and the product): a copy of
# examples/plugin-template alone, in a temporary folder outside this tree, is built the documented way (its own
# ./mvnw, the SDK repository as -Dagentproxy.sdk=file:..., Eclipse/Jackson/JUnit from Maven Central through the same
# local Maven repository), its tests run in an OSGi runtime (the contract test FeatureContractTest and its validator),
# then its jar is installed into the unpacked product from dropins/ (install-plugin-test.sh: listed by `plugins` and
# `features`, simulated, removed). Its test reports are copied to target/plugin-template/surefire-reports for
# test-summary.sh ("plug-in template (outside tree)").
#   usage: releng/scripts/plugin-template-test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
sdk=$PWD/releng/org.agentproxy.sdk/target/repository
[ -f "$sdk/content.jar" ] || { echo "FAIL: no SDK repository in $sdk: build the reactor first (./mvnw verify)" >&2; exit 1; }
reports=target/plugin-template/surefire-reports
rm -rf "$reports"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r examples/plugin-template "$work/my-plugin"
rm -rf "$work"/my-plugin/*/target "$work/my-plugin/target"
echo "== building a copy of examples/plugin-template in $work/my-plugin against file:$sdk"
start=$(date +%s)
# the local repository this build uses (Maven's default, or the one given to this script), so nothing is fetched twice
# the Maven JVM C1-only with the serial collector (a build of a minute: C2 costs more CPU than it saves;
# docs/test-budget.md); what the build does and proves is the same
(cd "$work/my-plugin" && MAVEN_OPTS="${MAVEN_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}" \
   ./mvnw -B -ntp verify "-Dagentproxy.sdk=file:$sdk" "$@") > "$work/build.log" 2>&1 || {
  tail -80 "$work/build.log" >&2; echo "FAIL: the template did not build outside the tree (log above)" >&2; exit 1; }
echo "built and tested in $(( $(date +%s) - start )) s"
mkdir -p "$reports"
cp "$work"/my-plugin/com.example.plugin.tests/target/surefire-reports/TEST-*.xml "$reports/"
grep -h -o 'testsuite [^>]*name="[^"]*"[^>]*tests="[0-9]*"' "$reports"/TEST-*.xml | grep -o 'name="[^"]*"\|tests="[0-9]*"' | paste - - || true
jar=$(ls "$work"/my-plugin/com.example.plugin/target/com.example.plugin-*.jar | grep -v sources | head -1)
echo "== installing $jar into the product"
DROPIN="$jar" releng/scripts/install-plugin-test.sh
echo "plug-in template test passed: built outside the tree, contract tests passed, installed from dropins/ and removed"
