#!/usr/bin/env bash
# Command-line start-up benchmark (not a test): `agentproxy validate` on the sample policy against `java -version` of
# the same JDK, in turns (A B A B …), so that load from other processes hits both alike. Prints for each product
# the median wall-clock and CPU time (user + system) and the ratios to `java -version` of the same rounds, pair by pair
# (their median), and the load average after each round, which the figures need (issue 15: validate ≤ 5 × java -version).
#   usage: releng/bench/cli.sh [runs] [product.tar.gz ...]     (default: 9 runs, the product archive of the build)
# Each product is unpacked once and started twice before the rounds (the first start sets up configuration/ and
# the command line's configuration/cli, as on an installed studio's first commands).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
runs="${1:-9}"
shift || true
archives=("$@")
[ ${#archives[@]} -gt 0 ] || archives=("$PRODUCT_ARCHIVE")
work=target/bench-cli
sample="$PWD/docs/samples/sample-policy.json"
for i in "${!archives[@]}"; do
  [ -f "${archives[$i]}" ] || { echo "no product archive ${archives[$i]}: build the product first (./studio.sh or ./test.sh)" >&2; exit 1; }
  rm -rf "$work/product$i" && mkdir -p "$work/product$i"
  tar --warning=no-unknown-keyword -xzf "${archives[$i]}" -C "$work/product$i"
  "$work/product$i/agentproxy" validate "$sample" >/dev/null
  "$work/product$i/agentproxy" validate "$sample" >/dev/null
done

# one run: prints "<wall ms> <cpu ms>" (bash's own accounting of the finished child: user + system)
measure() {
  local out
  out=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure "$JAVA_HOME/bin/java" -version >/dev/null   # warm-up
declare -A wall cpu rwall rcpu
jw=(); jc=(); loads=()
for _ in $(seq "$runs"); do
  read -r bw bc < <(measure "$JAVA_HOME/bin/java" -version)
  jw+=("$bw"); jc+=("$bc")
  for i in "${!archives[@]}"; do
    read -r w c < <(measure "$work/product$i/agentproxy" validate "$sample")
    wall[$i]+="$w "; cpu[$i]+="$c "
    rwall[$i]+="$(awk -v a="$w" -v b="$bw" 'BEGIN {printf "%.2f", a / b}') "
    rcpu[$i]+="$(awk -v a="$c" -v b="$bc" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}') "
  done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
echo "load average (1 min) after each round: ${loads[*]}"
echo "java -version (ms): wall ${jw[*]}; CPU ${jc[*]}"
echo "  median: wall $(printf '%s\n' "${jw[@]}" | median) ms, CPU $(printf '%s\n' "${jc[@]}" | median) ms"
for i in "${!archives[@]}"; do
  echo "agentproxy validate, ${archives[$i]}"
  echo "  wall (ms): ${wall[$i]}"
  echo "  CPU (ms):  ${cpu[$i]}"
  echo "  median: wall $(printf '%s\n' ${wall[$i]} | median) ms, CPU $(printf '%s\n' ${cpu[$i]} | median) ms;" \
    "ratio to java -version, median of the pairs: wall $(printf '%s\n' ${rwall[$i]} | median), CPU $(printf '%s\n' ${rcpu[$i]} | median)"
done
