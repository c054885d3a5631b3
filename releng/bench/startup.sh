#!/usr/bin/env bash
# Start-up benchmark (not a test): time from launch to the mapped "Agent Proxy Studio" window, against a bare
# SWT shell opened by the same JDK with the same SWT on the same machine. Prints both medians and the ratio.
#   usage: releng/bench/startup.sh [runs]        (needs the product archive: ./studio.sh builds it)
# Each studio run uses a new workspace (first start: the sample policy is copied and opened). One warm-up run of
# each is discarded, so both sides start with the OS file cache warm.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
if [ -z "${DISPLAY:-}" ]; then exec "${XVFB[@]}" "$PWD/releng/bench/startup.sh" "$@"; fi
runs="${1:-7}"
[ -f "$PRODUCT_ARCHIVE" ] || { echo "no product archive: run ./studio.sh --screenshot /dev/null or ./test.sh first" >&2; exit 1; }
work=target/bench
unpack_product "$work/product"
swt=$(ls "$work"/product/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$swt" releng/bench/BareShell.java

# one launch: prints milliseconds from start to the window being mapped
measure() { # title, command...
  local title=$1; shift
  local t0 t1 pid
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 & pid=$!
  wait_for_window "$title" 120 >/dev/null || { kill $pid; echo "no window '$title'" >&2; return 1; }
  t1=$(date +%s%N)
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
studio() { rm -rf "$work/ws"; AGENTPROXY_DATA="$PWD/$work/ws" measure "Agent Proxy Studio" "$work/product/agentproxy-studio"; }
bare() { measure "Bare SWT Shell" "$JAVA_HOME/bin/java" -cp "$work/classes:$swt" BareShell; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

studio >/dev/null; bare >/dev/null   # warm-up
s=(); b=()
for _ in $(seq "$runs"); do s+=("$(studio)"); b+=("$(bare)"); done
sm=$(printf '%s\n' "${s[@]}" | median); bm=$(printf '%s\n' "${b[@]}" | median)
echo "studio launch→window (ms): ${s[*]}"
echo "bare SWT shell (ms):       ${b[*]}"
awk -v s="$sm" -v b="$bm" 'BEGIN { printf "median: studio %d ms, bare SWT shell %d ms, ratio %.2f\n", s, b, s / b }'
