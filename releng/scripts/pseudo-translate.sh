#!/usr/bin/env bash
# A pseudo-translated run of the product (docs/architecture.md, "Strings"): unpacks the product archive into
# target/pseudo/studio, adds a pseudo translation en_XA to its plug-ins (releng/scripts/pseudo_properties.py: every
# text bracketed and 30 % longer), starts the studio with -nl en_XA under Xvfb once per editor page and perspective,
# and saves a screenshot of the whole screen for each into target/pseudo/ (or DIR). Look at them: a text without
# brackets was not externalized; a text whose closing bracket is missing is cut off.
#
#   releng/scripts/pseudo-translate.sh [DIR]        (the product must be built: ./mvnw verify -pl $PRODUCT_MODULES)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
ensure_ui_packages
out=$(realpath -m "${1:-target/pseudo}")
if [ ! -f "$PRODUCT_ARCHIVE" ]; then
  echo "error: no product archive $PRODUCT_ARCHIVE: build it first (./mvnw -B -ntp verify -DskipTests -pl \"\$PRODUCT_MODULES\")" >&2
  exit 1
fi
mkdir -p "$out"
unpack_product "$out/studio"
python3 releng/scripts/pseudo_properties.py "$out/studio/plugins"

# name, then the studio's start options: an editor page (-reveal a field on it) or a perspective
shots=(
  "page-internal-agents|-reveal internalAgents.server.host"
  "page-external-agents|-reveal externalAgents.serverUpdateProxy.host"
  "page-global-sps|-reveal globalSmartProtection.proxy.host"
  "page-user-proxy-privilege|-reveal userProxyPrivilege.applyMode"
  "page-agent-connectivity|-reveal server.host"
  "perspective-simulation|-perspective org.agentproxy.simulation.ui.perspective"
)
for shot in "${shots[@]}"; do
  name=${shot%%|*}
  read -r -a options <<< "${shot#*|}"
  data=$(mktemp -d)
  # shellcheck disable=SC2016
  "${XVFB[@]}" bash -c '
    source releng/scripts/common.sh
    dir=$1 data=$2 png=$3; shift 3
    AGENTPROXY_DATA="$data" "$dir/agentproxy-studio" -nl en_XA "$@" >"$data/studio.log" 2>&1 & app=$!
    id=$(wait_for_window "[Agent Proxy Studio" 120) || { echo "no pseudo-translated studio window within 120 s" >&2; cat "$data/studio.log" >&2; kill $app; exit 1; }
    sleep 6; import -window root "$png"; kill $app; wait $app 2>/dev/null || true' \
    _ "$out/studio" "$data" "$out/$name.png" "${options[@]}"
  rm -rf "$data"
  echo "pseudo-translated screenshot: $out/$name.png"
done
