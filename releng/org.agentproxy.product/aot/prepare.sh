#!/usr/bin/env bash
# Build step of the product (releng/org.agentproxy.product/pom.xml, after the product is materialized and before it is
# archived): makes the start-up path of the installed product.
#   1. lib/boot/launcher.jar, plugins/org.eclipse.osgi.unsigned.jar and plugins/org.eclipse.osgi.compatibility.state.unsigned.jar:
#      the Equinox launcher, the framework and its extension (which p2 needs) without their signatures (Unsign.java).
#      The framework and its extension lie beside the bundles, where the launcher finds the extension and the
#      configurator; p2 leaves them alone: the files are no artifacts of its profile. The JDK verifies every class it
#      loads from a signed jar on its own class loaders (RSA and SHA-256 in the interpreter: about 0.1 s for the
#      extension alone), and its AOT cache leaves such classes out; the scripts start Equinox from these copies
#      (lib/find-java.sh, start_equinox).
#      lib/boot/commands.jar: the command line's own start, EclipseStarter called directly (boot/Commands.java).
#      picocli's jar (class file version 49, which the cache leaves out too) is rewritten as version 52 (Retarget.java).
#   2. lib/aot/cli.aot (and lib/aot/studio.aot when a display is available): the JDK's AOT cache (JDK 25,
#      -XX:AOTCacheOutput) from a training run of `agentproxy validate` on the sample policy, in the command line's own
#      configuration (configuration/cli, lib/cli-configuration.sh), and of the studio up to its window, on a copy of
#      the product so that the archived configuration/ stays untouched. The cache holds the classes loaded and linked
#      during the training, those of the bundles included (Equinox's class loaders read them from unsigned jars), and
#      the JIT's profiles; lib/aot/jdk names the JDK it belongs to: the scripts use it only with that same JDK.
#   3. lib/aot/studio.classes (with a display): the classes the studio loads up to its window, in order, recorded by
#      the first training run (no cache yet); the studio loads them ahead on its second core (docs/architecture.md
#      "Start-up").
#   usage: prepare.sh PRODUCT_DIR REPOSITORY_ROOT JAVA_HOME
set -euo pipefail
product=$(cd "$1" && pwd)
repo=$(cd "$2" && pwd)
export JAVA_HOME="$3"
java="$JAVA_HOME/bin/java"
here=$(cd "$(dirname "$0")" && pwd)
work="$here/../target/aot-training"

echo "[aot] unsigned copies of the launcher (lib/boot) and the framework (plugins)"
mkdir -p "$product/lib/boot" "$product/lib/aot"
"$java" "$here/Unsign.java" "$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" "$product/lib/boot/launcher.jar"
"$java" "$here/Unsign.java" "$(ls "$product"/plugins/org.eclipse.osgi_*.jar | head -n 1)" "$product/plugins/org.eclipse.osgi.unsigned.jar"
"$java" "$here/Unsign.java" "$(ls "$product"/plugins/org.eclipse.osgi.compatibility.state_*.jar | head -n 1)" \
  "$product/plugins/org.eclipse.osgi.compatibility.state.unsigned.jar"
# the command line's own start (boot/Commands.java): EclipseStarter called directly, with the framework on the class
# path, in place of the launcher (lib/find-java.sh, start_commands)
echo "[aot] lib/boot/commands.jar: the command line's start"
classes=$(mktemp -d)
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$classes" -cp "$product/plugins/org.eclipse.osgi.unsigned.jar" \
  "$here/../boot/Commands.java"
"$JAVA_HOME/bin/jar" --create --file "$product/lib/boot/commands.jar" -C "$classes" .
rm -rf "$classes"
# picocli's classes are class file version 49 (Java 5), which the AOT cache leaves out and the JVM verifies with its
# old verifier on every start: Retarget.java rewrites them as version 52 with stack maps (the command line's parser)
for jar in "$product"/plugins/picocli_*.jar; do
  if [ -f "$jar" ]; then "$java" "$here/Retarget.java" "$jar"; fi
done
release() { sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$JAVA_HOME/release"; }
# the probe writes a real file: the JDK replaces the output path, so /dev/null would become a regular file
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
if ! "$java" -XX:AOTCacheOutput="$probe/probe.aot" -version >/dev/null 2>&1 || [ -z "$(release)" ]; then
  echo "[aot] $java has no AOT cache (JDK 25): the product starts without one"
  exit 0
fi

rm -rf "$work" && mkdir -p "$work"
cp -a "$product" "$work/product"
sample="$repo/docs/samples/sample-policy.json"
export HOME="$work/home"
mkdir -p "$HOME"

echo "[aot] training run: agentproxy validate (twice to set up configuration/ and configuration/cli, once recorded)"
"$work/product/agentproxy" validate "$sample" >/dev/null
"$work/product/agentproxy" validate "$sample" >/dev/null
[ -f "$work/product/configuration/cli/config.ini" ] || { echo "[aot] agentproxy made no configuration/cli" >&2; exit 1; }
AGENTPROXY_CLI_VMARGS="-Xmx256m -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput=$work/cli.aot" \
  "$work/product/agentproxy" validate "$sample" > "$work/cli-training.log" 2>&1 \
  || { cat "$work/cli-training.log" >&2; exit 1; }
cp "$work/cli.aot" "$product/lib/aot/cli.aot"

if [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null; then
  source "$repo/releng/scripts/common.sh"
  studio() { # a run up to the window, then a normal exit (SIGTERM: the workbench closes, the JVM writes the cache)
    rm -rf "$work/workspace"
    AGENTPROXY_DATA="$work/workspace" AGENTPROXY_VMARGS="$1" "$work/product/agentproxy-studio" > "$work/studio.log" 2>&1 &
    local app=$!
    if ! wait_for_window "Agent Proxy Studio" 180 >/dev/null; then
      kill $app 2>/dev/null || true
      echo "[aot] the studio showed no window; log:" >&2; cat "$work/studio.log" >&2; return 1
    fi
    sleep 3   # the editor opens right after the window: its classes belong in the cache too (a build step, not a test)
    kill -TERM $app
    wait $app || true
  }
  echo "[aot] training run: the studio up to its window (once to set up and list its classes, once recorded)"
  # the first run has no cache yet, so -Xlog:class+load names each class's bundle file (for lib/aot/studio.classes)
  studio "-Xmx768m -XX:TieredStopAtLevel=1 -Xlog:class+load:file=$work/studio-classes.log:none"
  studio "-Xmx768m -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput=$work/studio.aot"
  if [ -f "$work/studio.aot" ]; then
    cp "$work/studio.aot" "$product/lib/aot/studio.aot"
  else
    echo "[aot] the studio's training run wrote no cache; log:" >&2; cat "$work/studio.log" >&2; exit 1
  fi
  # lib/aot/studio.classes: the classes the studio loads up to its window and its editor, in their order, each with
  # where it came from (jrt:/<module> or plugins/<bundle file>): the studio loads them ahead on a thread of its own
  # (org.agentproxy.ui's ClassPreloader). Recorded by the first run, without a cache, which would hide the bundle files.
  echo "[aot] the studio's class list (lib/aot/studio.classes)"
  sed -n -e 's|^\([^ ]*\) source: \(jrt:/.*\)$|\1 \2|p' \
    -e 's|^\([^ ]*\) source: file:.*/\(plugins/[^/ ]*\)/\{0,1\}$|\1 \2|p' \
    "$work/studio-classes.log" > "$product/lib/aot/studio.classes"
  [ -s "$product/lib/aot/studio.classes" ] || { echo "[aot] the studio's class list is empty" >&2; exit 1; }
else
  echo "[aot] no display: the studio starts without an AOT cache"
fi
release > "$product/lib/aot/jdk"
echo "[aot] $(ls "$product/lib/aot")"
