#!/usr/bin/env bash
# Fleet impact benchmark (JMH; not a test, never run by ./test.sh): builds releng/bench/impact, a plain Maven module
# outside the Tycho reactor that compiles the model and simulation sources with JMH, and runs it on one thread:
# the impact of the sample policy change (docs/samples/sample-policy.json -> sample-policy-next.json) on a generated
# inventory, against a loop that only reads the same inventory columns (the memory floor).
# Prints time per run, agents per second, and the ratio to the floor.
#   usage: releng/bench/impact.sh [agents (default 1000000)] [JMH options, e.g. -i 3 -wi 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
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
