#!/usr/bin/env bash
# Product smoke test (run by test.sh, on a display): unpacks the product archive, runs the CLI on the samples,
# checks the simulation libraries are installed but not loaded at start-up, starts the studio on a fresh workspace,
# waits for its window and takes a screenshot of it.
#   usage: releng/scripts/smoke-product.sh [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
shot="${1:-target/smoke/studio.png}"
dir=target/smoke/product
unpack_product "$dir"

echo "== CLI: agentproxy --version"
"$dir/agentproxy" --version
echo "== CLI: agentproxy validate docs/samples/*.json (expect exit 0)"
"$dir/agentproxy" validate docs/samples/*.json
echo "== CLI: agentproxy validate docs/samples/invalid/*.json (expect exit 2)"
set +e
"$dir/agentproxy" validate docs/samples/invalid/*.json
rc=$?
set -e
if [ "$rc" != 2 ]; then echo "FAIL: expected exit code 2 for the invalid samples, got $rc" >&2; exit 1; fi
echo "== CLI: a mistyped option gets a suggestion and exit 2; the manual pages and the completion script ship"
set +e
typo=$("$dir/agentproxy" validate --quite docs/samples/sample-policy.json 2>&1)
rc=$?
set -e
if [ "$rc" != 2 ] || ! grep -q 'did you mean --quiet?' <<<"$typo"; then
  echo "FAIL: agentproxy validate --quite: expected exit 2 and 'did you mean --quiet?', got $rc: $typo" >&2; exit 1
fi
for page in agentproxy agentproxy-validate agentproxy-deploy agentproxy-groups-create agentproxy-completion \
    agentproxy-server agentproxy-server-init-tls agentproxy-server-migrate; do
  test -s "$dir/man/man1/$page.1" || { echo "FAIL: no manual page man/man1/$page.1 in the product" >&2; exit 1; }
done
"$dir/agentproxy" completion bash | grep -q 'complete -F _complete_agentproxy' \
  || { echo "FAIL: agentproxy completion bash printed no completion script" >&2; exit 1; }
"$dir/agentproxy" completion bash | grep -q -- '--tls-keystore' \
  || { echo "FAIL: agentproxy completion bash does not complete agentproxy server's options" >&2; exit 1; }
echo "suggestion, $(ls "$dir"/man/man1/*.1 | wc -l) manual pages and the completion script are there"

echo "== CLI: the JVM's user.home is the HOME it runs with: agentproxy deploy's default journal goes under it"
home="$PWD/target/smoke/home"
rm -rf "$home" && mkdir -p "$home"
printf '{"format": "agentproxy-policy/1", "name": "Smoke", "server": {"host": "osce.corp.example", "port": 4343}}\n' \
  > "$home/smoke-policy.json"
echo apa_smoke > "$home/token" && chmod 600 "$home/token"
env -u XDG_STATE_HOME HOME="$home" "$dir/agentproxy" deploy --policy "$home/smoke-policy.json" \
  --server "file:$home/packages" --group hq --token-file "$home/token"
ls "$home"/.local/state/agentproxy/deployments/*.json >/dev/null 2>&1 \
  || { echo "FAIL: no deployment record under the HOME given ($home/.local/state/agentproxy/deployments)" >&2; exit 1; }
echo "the deployment journal followed HOME to $home"

echo "== Server: agentproxy server stops on SIGTERM with exit code 0 (the product's Equinox application)"
rm -rf "$home/server-data"
"$dir/agentproxy" server --data "$home/server-data" --port 0 > "$home/server.out" 2> "$home/server.err" &
server=$!
for _ in $(seq 1 600); do grep -q "listening on" "$home/server.out" && break; sleep 0.1; done
grep -q "listening on" "$home/server.out" || { echo "FAIL: the server did not start; its log:" >&2; cat "$home/server.err" >&2; exit 1; }
kill -TERM $server
set +e
wait $server
rc=$?
set -e
if [ "$rc" != 0 ]; then echo "FAIL: agentproxy server exited $rc on SIGTERM, not 0; its log:" >&2; cat "$home/server.err" >&2; exit 1; fi
grep -q "agentproxy server: stopped" "$home/server.err" || { echo "FAIL: no 'stopped' in the server's log" >&2; exit 1; }
echo "SIGTERM: exit 0, stopped"

echo "== CLI: the commands start in their own configuration (configuration/cli), without the studio's UI and p2"
cli_info="$dir/configuration/cli/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$cli_info" ] || { echo "FAIL: no $cli_info after the commands above (lib/cli-configuration.sh)" >&2; exit 1; }
for b in org.agentproxy.cli org.agentproxy.policy org.agentproxy.smartprotection org.apache.felix.scr; do
  grep -q "^$b," "$cli_info" || { echo "FAIL: $b is missing from the command line's configuration ($cli_info)" >&2; exit 1; }
done
# nor the policy server's bundles (`agentproxy server` starts in the whole configuration), nor the framework extension
for b in org.eclipse.ui.workbench org.eclipse.swt org.eclipse.e4.ui.workbench org.eclipse.emf.ecore org.eclipse.equinox.p2.reconciler.dropins org.agentproxy.ui \
    org.agentproxy.server org.eclipse.jetty.server org.postgresql.jdbc com.zaxxer.HikariCP bcprov org.apache.aries.spifly.dynamic.bundle \
    org.objectweb.asm org.eclipse.osgi.compatibility.state; do
  ! grep -q "^$b," "$cli_info" || { echo "FAIL: $b is in the command line's configuration ($cli_info)" >&2; exit 1; }
done
! grep -q '^osgi.framework' "$dir/configuration/cli/config.ini" \
  || { echo "FAIL: configuration/cli/config.ini names the framework or an extension (start_commands runs it from the class path)" >&2; exit 1; }
[ -f "$dir/lib/boot/commands.jar" ] || { echo "FAIL: no lib/boot/commands.jar: the commands start through the launcher" >&2; exit 1; }
# the server command's help and options come from its picocli model there, without the server's classes
help=$("$dir/agentproxy" help server) || { echo "FAIL: agentproxy help server failed in configuration/cli" >&2; exit 1; }
grep -q -- '--tls-self-signed' <<<"$help" || { echo "FAIL: agentproxy help server does not show --tls-self-signed" >&2; exit 1; }
echo "configuration/cli: $(grep -vc '^#' "$cli_info") bundles of $(grep -vc '^#' "$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")"

echo "== Product: the simulation views' libraries are installed, and none starts with the studio"
info="$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for b in org.eclipse.elk.core org.eclipse.elk.graph org.eclipse.elk.alg.layered org.eclipse.swtchart; do
  line=$(grep "^$b," "$info") || { echo "FAIL: $b is not in the product ($info)" >&2; exit 1; }
  case "$line" in *,false) ;; *) echo "FAIL: $b is started at start-up: $line" >&2; exit 1 ;; esac
done

echo "== Studio: start on a fresh workspace, wait for the window"
rm -rf target/smoke/workspace
HOME="$home" AGENTPROXY_DATA="$PWD/target/smoke/workspace" "$dir/agentproxy-studio" > target/smoke/studio.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
if ! id=$(wait_for_window "Agent Proxy Studio" 90); then
  echo "FAIL: no 'Agent Proxy Studio' window within 90 s; log:" >&2; cat target/smoke/studio.log >&2; exit 1
fi
# lazy: no class of ELK or SWTChart is loaded until a simulation view opens (none is open at first start)
classes=$("$JAVA_HOME/bin/jcmd" $app VM.class_hierarchy) || { echo "FAIL: jcmd cannot list the studio's classes" >&2; exit 1; }
grep -q 'org\.agentproxy\.ui\.' <<<"$classes" || { echo "FAIL: the class list has no studio class" >&2; exit 1; }
loaded=$(grep -cE 'org\.eclipse\.(elk|swtchart)\.' <<<"$classes" || true)
if [ "$loaded" != 0 ]; then echo "FAIL: $loaded ELK/SWTChart classes are loaded at start-up" >&2; exit 1; fi
echo "no ELK or SWTChart class is loaded at start-up"
# start-up cost (docs/architecture.md, "Start-up"): the policy server's Jetty and PostgreSQL store (pgjdbc, HikariCP),
# and Aries SPI Fly with its ASM (its weaving hook sees every class loaded once it runs) are installed for
# `agentproxy server`, and stay unloaded
loaded=$(grep -cE 'org\.eclipse\.jetty\.|org\.apache\.aries\.spifly\.|org\.objectweb\.asm\.|org\.postgresql\.|com\.zaxxer\.' <<<"$classes" || true)
if [ "$loaded" != 0 ]; then echo "FAIL: $loaded Jetty/SPI Fly/ASM/pgjdbc/HikariCP classes are loaded at start-up" >&2; exit 1; fi
echo "no Jetty, SPI Fly, ASM, pgjdbc or HikariCP class is loaded at start-up"
# ... and the studio's JVM compiles with C1 only (the C2 compiler took about a third of the CPU before the window)
"$JAVA_HOME/bin/jcmd" $app VM.flags | grep -q 'TieredStopAtLevel=1' \
  || { echo "FAIL: the studio does not run with -XX:TieredStopAtLevel=1" >&2; exit 1; }
echo "the studio runs with -XX:TieredStopAtLevel=1"
# ... from the unsigned framework, with the AOT cache of the build's training run when the build made one
# (docs/architecture.md, "The start-up path")
cmdline=$("$JAVA_HOME/bin/jcmd" $app VM.command_line)
grep -q 'osgi.framework=file:.*/plugins/org.eclipse.osgi.unsigned.jar' <<<"$cmdline" \
  || { echo "FAIL: the studio does not start from the unsigned framework: $cmdline" >&2; exit 1; }
if [ -f "$dir/lib/aot/studio.aot" ]; then
  grep -q 'AOTCache=.*/lib/aot/studio.aot' <<<"$cmdline" \
    || { echo "FAIL: the studio does not use its AOT cache lib/aot/studio.aot: $cmdline" >&2; exit 1; }
  echo "the studio starts from the unsigned framework with its AOT cache"
  # ... and the class list its class preloader loads ahead on the second core (ClassPreloader, the same training)
  grep -q '^org\.agentproxy\.ui\.internal\.Application plugins/org\.agentproxy\.ui_' "$dir/lib/aot/studio.classes" \
    || { echo "FAIL: the product has no class list lib/aot/studio.classes naming the studio's Application" >&2; exit 1; }
  echo "lib/aot/studio.classes: $(wc -l < "$dir/lib/aot/studio.classes") classes to load ahead"
else
  echo "the studio starts from the unsigned framework (the build made no AOT cache for it: no display)"
fi
# SWT's session-manager probe is off exactly when no D-Bus session bus can be reached (agentproxy-studio)
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ ! -S "${XDG_RUNTIME_DIR:-/nonexistent}/bus" ] && ! command -v dbus-launch >/dev/null; then
  grep -q 'SessionManagerDBus.disable=true' <<<"$cmdline" \
    || { echo "FAIL: no session bus here, yet the studio probes for the session manager: $cmdline" >&2; exit 1; }
  echo "no D-Bus session bus here: the studio does not probe for the session manager"
else
  if grep -q 'SessionManagerDBus.disable' <<<"$cmdline"; then
    echo "FAIL: a session bus is reachable, yet the studio's session-manager probe is off: $cmdline" >&2; exit 1
  fi
  echo "a D-Bus session bus is reachable: the studio registers with the session manager"
fi
# per-user state (secure storage and its key file, the deployment journal) follows the HOME the studio runs with
"$JAVA_HOME/bin/jcmd" $app VM.system_properties | grep -qx "user.home=$home" \
  || { echo "FAIL: the studio's user.home is not the HOME it was started with ($home)" >&2; exit 1; }
echo "the studio runs with user.home=$home"
test -f target/smoke/workspace/policies/sample-policy.json || { echo "FAIL: no sample policy in the new workspace" >&2; exit 1; }
kill -0 $app || { echo "FAIL: the studio exited" >&2; exit 1; }
# the screenshot last: the checks above take a few seconds, in which the window finishes its first paint (no fixed wait)
mkdir -p "$(dirname "$shot")"
import -window "$id" "$shot"
echo "studio window $id is up with the sample policy; screenshot: $shot"
