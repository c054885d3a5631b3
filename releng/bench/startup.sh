#!/usr/bin/env bash
# Start-up benchmark (not a test): time from launch to the mapped "Agent Proxy Studio" window, against a bare
# SWT shell opened by the same JDK with the same SWT on the same machine. Prints both medians and the ratio.
#   usage: releng/bench/startup.sh [runs] [product.tar.gz ...]     (default: the product archive ./studio.sh builds)
# With several archives (e.g. before and after a change) every round launches each studio and the bare shell in
# turn, so that load from other processes hits all of them alike. Each studio run uses a new workspace (first
# start: the sample policy is copied and opened); the installation's configuration/ is kept between runs, as in
# an installed studio. One warm-up run of each is discarded, so every side starts with the OS file cache warm.
# Besides the wall-clock time it prints the CPU time (user + system, all threads) the studio's JVM had used when
# its window appeared, which depends much less on the load, and the load average, which the figures need.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
if [ -z "${DISPLAY:-}" ]; then exec "${XVFB[@]}" "$PWD/releng/bench/startup.sh" "$@"; fi
runs="${1:-7}"
shift || true
archives=("$@")
[ ${#archives[@]} -gt 0 ] || archives=("$PRODUCT_ARCHIVE")
work=target/bench
for i in "${!archives[@]}"; do
  [ -f "${archives[$i]}" ] || { echo "no product archive ${archives[$i]}: run ./studio.sh --screenshot /dev/null or ./test.sh first" >&2; exit 1; }
  rm -rf "$work/product$i" && mkdir -p "$work/product$i"
  tar --warning=no-unknown-keyword -xzf "${archives[$i]}" -C "$work/product$i"
done
swt=$(ls "$work"/product0/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$swt" releng/bench/BareShell.java

source releng/bench/window-timing.sh   # measure, median
# the studio's script execs java, so $pid is the JVM
studio() { rm -rf "$work/ws"; AGENTPROXY_DATA="$PWD/$work/ws" measure "Agent Proxy Studio" "$work/product$1/agentproxy-studio"; }
bare() { measure "Bare SWT Shell" "$JAVA_HOME/bin/java" -cp "$work/classes:$swt" BareShell; }

for i in "${!archives[@]}"; do studio "$i" >/dev/null; done; bare >/dev/null   # warm-up
declare -A wall cpu
b=(); loads=()
for _ in $(seq "$runs"); do
  for i in "${!archives[@]}"; do
    read -r w c < <(studio "$i"); wall[$i]+="$w "; cpu[$i]+="$c "
  done
  read -r w _ < <(bare); b+=("$w")
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
bm=$(printf '%s\n' "${b[@]}" | median)
echo "load average (1 min) after each round: ${loads[*]}"
echo "bare SWT shell (ms):       ${b[*]}"
for i in "${!archives[@]}"; do
  sm=$(printf '%s\n' ${wall[$i]} | median); cm=$(printf '%s\n' ${cpu[$i]} | median)
  echo "studio ${archives[$i]}"
  echo "  launch→window (ms):      ${wall[$i]}"
  echo "  CPU by the window (ms):  ${cpu[$i]}"
  awk -v s="$sm" -v b="$bm" -v c="$cm" 'BEGIN { printf "  median: studio %d ms (CPU %d ms), bare SWT shell %d ms, ratio %.2f\n", s, c, b, s / b }'
done
