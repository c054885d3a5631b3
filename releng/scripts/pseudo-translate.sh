#!/usr/bin/env bash
# A pseudo-translated run of the product (docs/architecture.md, "Strings"): unpacks the product archive into
# target/pseudo/studio, adds a pseudo translation en_XA to its plug-ins (releng/scripts/pseudo_properties.py: every
# text bracketed and 30 % longer), starts the studio with -nl en_XA (under Xvfb when there is no display) once per editor page,
# perspective, view and dialog (-command, see StartCommands),
# and saves a screenshot of the whole screen for each into target/pseudo/ (or DIR). Look at them: a text without
# brackets was not externalized; a text whose closing bracket is missing is cut off.
#
#   releng/scripts/pseudo-translate.sh [DIR]        (the product must be built: ./mvnw verify -pl $PRODUCT_MODULES)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
# one virtual display for all the shots (Xvfb only when there is no display)
if [ -z "${DISPLAY:-}" ]; then exec "${XVFB[@]}" "$PWD/releng/scripts/pseudo-translate.sh" "$@"; fi
pick_jdk
out=$(realpath -m "${1:-target/pseudo}")
if [ ! -f "$PRODUCT_ARCHIVE" ]; then
  echo "error: no product archive $PRODUCT_ARCHIVE: build it first (./mvnw -B -ntp verify -DskipTests -pl \"\$PRODUCT_MODULES\")" >&2
  exit 1
fi
mkdir -p "$out"
unpack_product "$out/studio"
python3 releng/scripts/pseudo_properties.py "$out/studio/plugins"

# name, then the studio's start options: an editor page (-reveal a field on it), a perspective, or a command that
# opens a view or a dialog
shots=(
  "page-internal-agents|-reveal internalAgents.server.host"
  "page-external-agents|-reveal externalAgents.serverUpdateProxy.host"
  "page-global-sps|-reveal globalSmartProtection.proxy.host"
  "page-user-proxy-privilege|-reveal userProxyPrivilege.applyMode"
  "page-agent-connectivity|-reveal server.host"
  "perspective-simulation|-perspective org.agentproxy.simulation.ui.perspective"
  # views and dialogs: the start option -command runs a command as its menu item would (StartCommands)
  "view-fleet-status|-command org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=org.agentproxy.deployment.ui.fleetStatus)"
  "view-policy-servers|-command org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=org.agentproxy.deployment.ui.policyServers)"
  "view-deployments|-command org.eclipse.ui.views.showView(org.eclipse.ui.views.showView.viewId=org.agentproxy.deployment.ui.deployments)"
  "dialog-about|-command org.agentproxy.ui.about"
  "dialog-deploy-wizard|-command org.agentproxy.deployment.ui.deploy"
  "dialog-policy-servers-preferences|-command org.agentproxy.deployment.ui.servers"
  "dialog-export|-command org.agentproxy.ui.export"
)
for shot in "${shots[@]}"; do
  name=${shot%%|*}
  read -r -a options <<< "${shot#*|}"
  data=$(mktemp -d)
  AGENTPROXY_DATA="$data" "$out/studio/agentproxy-studio" -nl en_XA "${options[@]}" >"$data/studio.log" 2>&1 & app=$!
  if ! wait_for_window "[Agent Proxy Studio" 120 >/dev/null; then
    echo "error: no pseudo-translated studio window within 120 s ($name)" >&2
    cat "$data/studio.log" "$data/.metadata/.log" >&2 2>/dev/null || true
    kill $app 2>/dev/null || true
    exit 1
  fi
  # the page is revealed (the view or dialog opened) and laid out after the window is mapped: wait until the studio
  # is idle (common.sh wait_for_idle), not for a fixed time
  wait_for_idle $app 60 || echo "pseudo-translate: the studio was still busy after 60 s ($name): the screenshot may show it half-done" >&2
  import -window root "$out/$name.png"
  kill $app; wait $app 2>/dev/null || true
  rm -rf "$data"
  echo "pseudo-translated screenshot: $out/$name.png"
done
