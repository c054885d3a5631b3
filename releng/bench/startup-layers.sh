#!/usr/bin/env bash
# Start-up by layers (not a test): how much of the studio's launch → window each layer of the platform costs, each
# measured as an application of the product itself (same JDK, same SWT, same Equinox, the product's AOT cache), in
# alternating rounds with the bare SWT shell of releng/bench/startup.sh:
#   bare    a bare SWT shell (releng/bench/BareShell.java), no OSGi
#   shell   the same shell opened by an application of the product's Equinox (framework, SCR, registry, app container)
#   e4      a pure E4 application: the studio's window and layout (a view on the left, the editor's stack, two views
#           below it, a menu bar, a status trim) as an E4 model with the usual add-ons, parts that show a label
#   compat  the 3.x workbench (E4 with the compatibility layer), the same window and layout as a perspective with
#           label views, the studio's window options (status line, progress indicator, no tool bar), no editor
#   studio  the studio (its views, the policy editor's first page, its plug-ins' contributions)
# The applications come from a bundle made here (releng/bench/layers: compiled against the product's jars, added to a
# copy of the product through its bundles.info); the studio runs from an untouched copy. Each run uses a new
# workspace; one warm-up run of each is discarded.
#   usage: releng/bench/startup-layers.sh [runs] [product.tar.gz]      (default: 5 runs, the product ./studio.sh builds)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
if [ -z "${DISPLAY:-}" ]; then exec "${XVFB[@]}" "$PWD/releng/bench/startup-layers.sh" "$@"; fi
runs="${1:-5}"
archive="${2:-$PRODUCT_ARCHIVE}"
[ -f "$archive" ] || { echo "no product archive $archive: run ./studio.sh --screenshot /dev/null first" >&2; exit 1; }
work=target/bench/layers
rm -rf "$work" && mkdir -p "$work/studio" "$work/product" "$work/bundle" "$work/classes"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$work/studio"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$work/product"
plugins="$work/product/plugins"
swt=$(ls "$plugins"/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$swt" releng/bench/BareShell.java
# the layers' bundle, compiled against the product's own jars
"$JAVA_HOME/bin/javac" -nowarn --release 21 -d "$work/bundle" -cp "$(ls "$plugins"/*.jar | paste -sd:)" \
  $(find releng/bench/layers/src -name '*.java')
cp releng/bench/layers/plugin.xml releng/bench/layers/Application.e4xmi "$work/bundle/"
"$JAVA_HOME/bin/jar" --create --file "$plugins/org.agentproxy.bench.layers_1.0.0.jar" \
  --manifest releng/bench/layers/META-INF/MANIFEST.MF -C "$work/bundle" .
echo "org.agentproxy.bench.layers,1.0.0,plugins/org.agentproxy.bench.layers_1.0.0.jar,4,false" \
  >> "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

source releng/bench/window-timing.sh   # measure, median
launch_log="$work/launches.log" launch_timeout=180
app() { # title, product folder, start options...
  local title=$1 product=$2; shift 2
  rm -rf "$work/ws"; AGENTPROXY_DATA="$PWD/$work/ws" measure "$title" "$product/agentproxy-studio" "$@"
}
run() { # layer
  case $1 in
    bare) measure "Bare SWT Shell" "$JAVA_HOME/bin/java" -cp "$work/classes:$swt" BareShell ;;
    shell) app "Bench OSGi Shell" "$work/product" -application org.agentproxy.bench.layers.shell ;;
    e4) app "Bench E4 Window" "$work/product" -application org.eclipse.e4.ui.workbench.swt.E4Application \
          -applicationXMI org.agentproxy.bench.layers/Application.e4xmi -clearPersistedState ;;
    compat) app "Bench Compat Window" "$work/product" -application org.agentproxy.bench.layers.compat ;;
    studio) app "Agent Proxy Studio" "$work/studio" ;;
  esac
}

layers=(bare shell e4 compat studio)
for l in "${layers[@]}"; do run "$l" >/dev/null; done   # warm-up (and the bench bundle's first resolution)
declare -A wall cpu
loads=()
for _ in $(seq "$runs"); do
  for l in "${layers[@]}"; do read -r w c < <(run "$l"); wall[$l]+="$w "; cpu[$l]+="$c "; done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
echo "load average (1 min) after each round: ${loads[*]}"
bw=$(printf '%s\n' ${wall[bare]} | median); bc=$(printf '%s\n' ${cpu[bare]} | median)
pw=0; pc=0
printf '%-7s %9s %8s %9s %8s %12s %11s   %s\n' layer "wall ms" "× bare" "CPU ms" "× bare" "+wall ms" "+CPU ms" "launches (ms)"
for l in "${layers[@]}"; do
  w=$(printf '%s\n' ${wall[$l]} | median); c=$(printf '%s\n' ${cpu[$l]} | median)
  awk -v l="$l" -v w="$w" -v c="$c" -v bw="$bw" -v bc="$bc" -v pw="$pw" -v pc="$pc" -v all="${wall[$l]}" \
    'BEGIN { printf "%-7s %9d %8.2f %9d %8.2f %12s %11s   %s\n", l, w, w / bw, c, c / bc,
             (pw ? sprintf("%+d", w - pw) : ""), (pc ? sprintf("%+d", c - pc) : ""), all }'
  pw=$w; pc=$c
done
echo "(+wall, +CPU: against the layer above; the medians of each layer's launches)"
