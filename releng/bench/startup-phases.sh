#!/usr/bin/env bash
# Where the studio's start-up time goes, phase by phase (not a test; docs/architecture.md, "Start-up"). One launch of
# the unpacked product on a new workspace with -Xlog:class+load (uptime) and JFR execution samples; prints, for each
# phase, the JVM uptime at its first class and the classes it loaded (and how many came from the AOT cache), the CPU
# time per thread when the window was mapped, and the JFR samples of the UI thread by the code they were in.
#   usage: releng/bench/startup-phases.sh [PRODUCT_DIR] [OUT_DIR] [extra JVM options]
#   (default PRODUCT_DIR: target/bench/product0, unpacked by releng/bench/startup.sh)
# Run it a few times: under load the seconds vary, the order, the class counts and the shares much less.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
if [ -z "${DISPLAY:-}" ]; then exec "${XVFB[@]}" "$PWD/releng/bench/startup-phases.sh" "$@"; fi
product=$(cd "${1:-target/bench/product0}" && pwd)
out=$(mkdir -p "${2:-target/bench/phases}" && cd "${2:-target/bench/phases}" && pwd)
shift 2 || shift $#
rm -rf "$out/ws" "$out/rec.jfr" "$out/classes.txt"
cat > "$out/samples.jfc" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">5 ms</setting></event>
</configuration>
X
aot=()
if [ -f "$product/lib/aot/studio.aot" ]; then aot=(-XX:AOTCache="$product/lib/aot/studio.aot" -Xlog:aot=off -Xlog:cds=off); fi
# the options the studio's script uses by default, plus the logs (AGENTPROXY_VMARGS replaces them all)
vmargs="-Xmx768m -XX:TieredStopAtLevel=1 ${aot[*]} -Xlog:class+load:file=$out/classes.txt:uptime"
vmargs+=" $*"
AGENTPROXY_DATA="$out/ws" AGENTPROXY_VMARGS="$vmargs" "$product/agentproxy-studio" > "$out/studio.log" 2>&1 &
pid=$!
# JFR is started through the attach API as soon as the JVM answers: -XX:StartFlightRecording adds the module jdk.jfr
# to the command line, and the JDK then refuses the AOT cache ("Mismatched values for property jdk.module.addmods")
until "$JAVA_HOME/bin/jcmd" $pid JFR.start name=startup settings="$out/samples.jfc" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the studio exited; log: $out/studio.log" >&2; exit 1; }
  sleep 0.05
done
jfr_started=$(awk -v s="$(awk '{print $22}' /proc/$pid/stat)" -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", $1 - s / hz }' /proc/uptime)
wait_for_window "Agent Proxy Studio" 180 >/dev/null || { kill $pid; echo "no window" >&2; exit 1; }
window_epoch_ms=$(( $(date +%s%N) / 1000000 ))
hz=$(getconf CLK_TCK)
uptime_at_window=$(awk -v s="$(awk '{print $22}' /proc/$pid/stat)" -v n="$(awk '{print $1}' /proc/uptime)" -v hz="$hz" \
  'BEGIN { printf "%.2f", n - s / hz }')
threads=$(for t in /proc/$pid/task/*; do
  awk -v hz="$hz" '{ c = $0; sub(/^[^(]*\(/, "", c); name = substr(c, 1, index(c, ")") - 1); sub(/^[^)]*\) /, "", c)
    split(c, f, " "); printf "%6d ms  %s\n", (f[12] + f[13]) * 1000 / hz, name }' "$t/stat" 2>/dev/null || true
done | sort -rn | head -8)
"$JAVA_HOME/bin/jcmd" $pid JFR.dump name=startup filename="$out/rec.jfr" >/dev/null
kill -TERM $pid; wait $pid 2>/dev/null || true
echo "load average (1 min): $(cut -d' ' -f1 /proc/loadavg); window mapped at JVM uptime ${uptime_at_window} s"
echo "CPU time per thread at the window:"; echo "$threads"
echo "phases (JVM uptime at the first class of each; classes loaded in the phase, of them from the AOT cache):"
awk -v w="$uptime_at_window" '
  BEGIN { n = split("org.eclipse.equinox.launcher.Main|launcher;org.eclipse.core.runtime.adaptor.EclipseStarter|Equinox: framework, state, bundles.info;org.apache.felix.scr.impl.Activator|Felix SCR and the bundles it activates;org.eclipse.equinox.internal.app.EclipseAppContainer|application container;org.agentproxy.ui.internal.Application|studio Application: display, workbench;org.eclipse.e4.ui.internal.workbench.swt.E4Application|E4 application context, addons;org.eclipse.e4.ui.internal.workbench.ResourceHandler|workbench model: load, fragments, processors, 3.x registry;org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine|rendering: CSS, window, menus;org.eclipse.ui.internal.WorkbenchWindow|WorkbenchWindow: parts, status line", m, ";")
        for (i = 1; i <= n; i++) { split(m[i], kv, "|"); cls[i] = kv[1]; label[i] = kv[2] } phase = 0; t[0] = 0; label[0] = "JVM start" }
  { match($0, /^\[[0-9.]+s\]/); u = substr($0, 2, RLENGTH - 3) + 0; if (u > w) { after++; next }
    if (phase < n && $2 == cls[phase + 1]) { phase++; t[phase] = u }
    count[phase]++; if ($0 ~ /source: shared objects file/) cached[phase]++ }
  END { for (i = 0; i <= phase; i++) { end = (i < phase) ? t[i + 1] : w
          printf "  %6.2f s  %-62s %5.2f s  %5d classes (%d from the cache)\n", t[i], label[i], end - t[i], count[i], cached[i] }
        printf "  %6.2f s  window mapped; %d classes loaded after it (the editor)\n", w, after }' "$out/classes.txt"
echo "JFR samples (every 5 ms, from JVM uptime $jfr_started s on) before the window, by thread and by the code they were in:"
"$JAVA_HOME/bin/java" releng/bench/StartupSamples.java "$out/rec.jfr" "$window_epoch_ms"
