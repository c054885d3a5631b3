#!/usr/bin/env bash
# Runs Agent Proxy Studio: builds the product first when needed, unpacks it into target/studio, starts it on
# the workspace ~/.agentproxy-studio/workspace (which holds the sample policy on first start).
#   ./studio.sh                     start the studio on this display
#   ./studio.sh --screenshot F.png [PATH]  start it under Xvfb, save a screenshot of its window, stop it; with a
#                                   policy field PATH (e.g. globalSmartProtection.features.ID.properties.NAME), the
#                                   editor first shows that field's page, row and field (start option -reveal PATH)
# Environment: AGENTPROXY_DATA (workspace folder), JAVA_HOME (a JDK >= 21).
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/common.sh
pick_jdk

stale=""
if [ ! -f "$PRODUCT_ARCHIVE" ]; then
  stale="no product archive yet"
elif [ -n "$(find bundles features releng -type f -newer "$PRODUCT_ARCHIVE" -not -path '*/target/*' -print -quit)" ]; then
  stale="sources changed since the last build"
fi
if [ -n "$stale" ]; then
  echo "Building Agent Proxy Studio ($stale) …"
  ./mvnw -B -ntp -q verify -DskipTests -pl "$PRODUCT_MODULES"   # the archive is made after the start-up path (verify)
fi
if [ ! -d target/studio ] || [ "$PRODUCT_ARCHIVE" -nt target/studio ]; then
  # plug-ins dropped into the installation survive a rebuild: p2 installs them again at the next start
  if [ -d target/studio/dropins ]; then rm -rf target/dropins.keep && mv target/studio/dropins target/dropins.keep; fi
  unpack_product target/studio
  if [ -d target/dropins.keep ]; then rm -rf target/studio/dropins && mv target/dropins.keep target/studio/dropins; fi
fi

if [ "${1:-}" = "--screenshot" ]; then
  shot="${2:?usage: ./studio.sh --screenshot FILE.png [FIELD-PATH]}"
  reveal="${3:-}"
  ensure_ui_packages
  data=$(mktemp -d)
  "${XVFB[@]}" bash -c '
    source releng/scripts/common.sh
    AGENTPROXY_DATA="'"$data"'" target/studio/agentproxy-studio '"${reveal:+-reveal "$reveal"}"' >/dev/null 2>&1 & app=$!
    id=$(wait_for_window "Agent Proxy Studio" 90) || { echo "no studio window within 90 s" >&2; kill $app; exit 1; }
    sleep '"$([ -n "$reveal" ] && echo 5 || echo 2)"'; import -window "$id" "'"$shot"'"; kill $app' 
  echo "screenshot of the studio window: $shot"
  exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Agent Proxy Studio is built (target/studio), but there is no display to show it on (DISPLAY is empty)." >&2
  echo "On a machine without a screen:" >&2
  echo "  xvfb-run -a -s '-screen 0 1280x1024x24' ./studio.sh     # runs it on a virtual X server" >&2
  echo "  ./studio.sh --screenshot studio.png                      # runs it under Xvfb and saves a screenshot" >&2
  echo "The command line works without a display: target/studio/agentproxy --help" >&2
  exit 1
fi
exec target/studio/agentproxy-studio "$@"
