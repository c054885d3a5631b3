#!/usr/bin/env bash
# Fleet impact benchmark (JMH; not a test, never run by ./test.sh): builds releng/bench/impact, a plain Maven module
# outside the Tycho reactor that compiles the model and simulation sources with JMH, and runs it on one thread:
# the impact of the sample policy change (docs/samples/sample-policy.json -> sample-policy-next.json) on a generated
# inventory, against a loop that only reads the same inventory columns (the memory floor).
# Prints time per run, agents per second, and the ratio to the floor.
#   usage: releng/bench/impact.sh [agents (default 1000000)] [JMH options, e.g. -i 3 -wi 2]
#
# End to end (--end-to-end): the product's `agentproxy impact` on a generated inventory CSV (bench/GenerateInventory.java, the
# same fleet; 1,000,000 rows are 79 MB) — the JVM's start, the file read and the analysis, the text report to
# /dev/null — against `agentproxy validate` on the sample policy, the same start-up with little work after it. The two
# run in turn, round by round, so that load from other processes hits both alike; prints each one's wall-clock times,
# the medians, their ratio (goal: at most 1.5), the peak resident memory of each (GNU time), and the load average.
#   usage: releng/bench/impact.sh --end-to-end [agents (default 1000000)] [rounds (default 7)] [product archive]
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
if [ "${1:-}" = "--end-to-end" ]; then
  agents="${2:-1000000}"
  rounds="${3:-7}"
  archive="${4:-$PRODUCT_ARCHIVE}"
  [ -f "$archive" ] || { echo "no product archive $archive: run ./studio.sh --screenshot /dev/null first" >&2; exit 1; }
  [ -x /usr/bin/time ] || install_packages time
  work=target/bench/impact
  mkdir -p "$work"
  rm -rf "$work/product" && mkdir -p "$work/product"
  tar --warning=no-unknown-keyword -xzf "$archive" -C "$work/product"
  csv="$work/inventory-$agents.csv"
  [ -f "$csv" ] || "$JAVA_HOME/bin/java" releng/bench/impact/src/main/java/org/agentproxy/bench/GenerateInventory.java \
    "$agents" "$csv"
  samples=docs/samples
  impact=("$work/product/agentproxy" impact --from "$samples/sample-policy.json" --to "$samples/sample-policy-next.json"
          --inventory "$csv")
  validate=("$work/product/agentproxy" validate "$samples/sample-policy.json")
  # one run: prints "<wall seconds> <peak resident KiB>"
  run() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
            || { cat "$work/stderr" >&2; exit 1; }; cat "$work/time"; }
  median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
  run "${impact[@]}" >/dev/null; run "${validate[@]}" >/dev/null   # warm-up: configuration/, the OS file cache
  iw=(); im=(); vw=(); vm=(); loads=()
  for _ in $(seq "$rounds"); do
    read -r w m < <(run "${impact[@]}"); iw+=("$w"); im+=("$m")
    read -r w m < <(run "${validate[@]}"); vw+=("$w"); vm+=("$m")
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  done
  imed=$(printf '%s\n' "${iw[@]}" | median); vmed=$(printf '%s\n' "${vw[@]}" | median)
  echo "load average (1 min) after each round: ${loads[*]}"
  echo "agentproxy impact, $agents agents ($(du -m "$csv" | cut -f1) MB CSV), wall s: ${iw[*]}"
  echo "agentproxy validate (sample policy), wall s:          ${vw[*]}"
  echo "peak resident memory, impact: $(printf '%s\n' "${im[@]}" | median) KiB; validate: $(printf '%s\n' "${vm[@]}" | median) KiB (medians)"
  awk -v i="$imed" -v v="$vmed" 'BEGIN { printf "median: impact %.2f s, validate %.2f s, ratio %.2f (goal: at most 1.5)\n", i, v, i / v }'
  exit 0
fi
agents="${1:-1000000}"
shift || true
echo "Building the benchmark (releng/bench/impact) with JAVA_HOME=$JAVA_HOME"
./mvnw -B -ntp -q -f releng/bench/impact/pom.xml package
csv=releng/bench/impact/target/impact.csv
"$JAVA_HOME/bin/java" -jar releng/bench/impact/target/benchmarks.jar -p agents="$agents" -rf csv -rff "$csv" "$@"
echo
awk -F, -v agents="$agents" '
  NR > 1 {
    gsub(/"/, "");
    name = $1; sub(/.*\./, "", name);
    score[name] = $5; error[name] = $6; unit[name] = $7
  }
  END {
    if (!("impact" in score) || !("floor" in score)) { print "no results in the JMH report" > "/dev/stderr"; exit 1 }
    printf "Fleet impact of the sample policy change, %d agents, one thread (JMH average time):\n", agents
    printf "  impact  %10.1f ms per run (± %.1f)   %12.0f agents/s\n", score["impact"], error["impact"],
           agents / (score["impact"] / 1000)
    printf "  floor   %10.1f ms per run (± %.1f)   %12.0f agents/s (only reads the inventory)\n", score["floor"],
           error["floor"], agents / (score["floor"] / 1000)
    printf "  ratio   %10.1f x the floor\n", score["impact"] / score["floor"]
    printf "  target  %s (1,000,000 agents in under one second)\n",
           (score["impact"] * 1000000 / agents < 1000) ? "met" : "NOT met"
  }' "$csv"
