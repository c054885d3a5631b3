#!/usr/bin/env bash
# Fuzzes each target of tests/org.agentproxy.fuzz.tests (Jazzer) for SECONDS (default 60), one JVM per target, and
# prints executions, time and findings per target. An input that breaks a property is written by Jazzer into the
# target's corpus folder (src/test/resources/org/agentproxy/fuzz/tests/<Test>Inputs/<method>/crash-…): fix the code,
# keep the input there (rename it to say what it found) and commit it; ./test.sh then runs it in regression mode.
# New inputs that only add coverage go to the module's .cifuzz-corpus/ (not committed).
#
# usage: releng/scripts/fuzz.sh [SECONDS] [Test#method ...]      (after a build of the bundles, e.g. ./test.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} = 0 ]; then
  targets=(
    PolicyCodecFuzzTest#readsAnyBytesOrSaysWhy
    PolicyCodecFuzzTest#neverEchoesAPlainTextPassword
    ScenarioCodecFuzzTest#readsAnyTextOrSaysWhy
    InventoryReaderFuzzTest#readsAnyTextOrSaysWhere
    ExportImportFuzzTest#importsAnyBytesOrSaysWhy
    ServerRequestsFuzzTest#anyAdminRequestIsAnsweredWithJson
    ServerRequestsFuzzTest#aSecretsBodyIsStoredOrRefusedWithoutEchoingAValue
    ServerRequestsFuzzTest#anyBytesOnTheWireAreAnsweredWithJsonOrClosed
  )
fi
module=tests/org.agentproxy.fuzz.tests
bundles=releng/org.agentproxy.target,bundles/org.agentproxy.policy,bundles/org.agentproxy.policy.store,bundles/org.agentproxy.smartprotection,bundles/org.agentproxy.simulation,bundles/org.agentproxy.server
if ! ls bundles/org.agentproxy.server/target/org.agentproxy.server-*.jar >/dev/null 2>&1 \
   || ! ls bundles/org.agentproxy.simulation/target/org.agentproxy.simulation-*.jar >/dev/null 2>&1; then
  ./mvnw -B -ntp -q verify -DskipTests -pl "$bundles"
fi
summary=()
failed=0
for target in "${targets[@]}"; do
  class=${target%#*}
  echo "== fuzzing $target for ${seconds} s"
  start=$(date +%s)
  status=0
  JAZZER_FUZZ=1 ./mvnw -B -ntp -q test -pl "$module" -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfuzz.duration="${seconds}s" > "$module/target/fuzz-$class-${target#*#}.log" 2>&1 || status=$?
  took=$(( $(date +%s) - start ))
  log="$module/target/fuzz-$class-${target#*#}.log"
  out="$module/target/surefire-reports/org.agentproxy.fuzz.tests.$class-output.txt"
  # libFuzzer's closing line: "Done N runs in S second(s)"; a finding ends the run early with "== Java Exception"
  runs=$(cat "$log" "$out" 2>/dev/null | grep -ao 'Done [0-9]* runs in [0-9]* second' | tail -1 \
         | sed 's/Done \([0-9]*\) runs in \([0-9]*\) second/\1 runs in \2 s/' || true)
  [ -n "$runs" ] || runs=$(cat "$log" "$out" 2>/dev/null | grep -ao '^#[0-9]*' | tail -1 | tr -d '#' \
         | sed 's/$/ runs (last status)/' || true)
  if [ "$status" = 0 ]; then verdict="no finding"; else verdict="FINDING (see $log)"; failed=1; fi
  summary+=("$(printf '%-70s %-24s %4d s wall  %s' "$target" "${runs:-? runs}" "$took" "$verdict")")
done
echo
echo "Fuzzing summary (${seconds} s per target):"
printf '  %s\n' "${summary[@]}"
exit $failed
