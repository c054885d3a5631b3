# Sourced by the project's scripts: JDK choice, Xvfb wrapping, system package checks. Bash.
# JDK: $JAVA_HOME when it holds Java >= 21, else the Temurin 25 JDK; a clear message when neither exists.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "error: a JDK >= 21 is needed (Eclipse 4.39, Tycho 5). JAVA_HOME=${JAVA_HOME:-<unset>} is not one," >&2
  echo "       and /usr/lib/jvm/temurin-25-jdk-amd64 does not exist. Install a JDK 21+ and set JAVA_HOME." >&2
  exit 1
}

# Debian packages the UI (tests, product smoke test, screenshots) needs.
ui_packages_missing() {
  local missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth    >/dev/null || missing+=(xauth)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v import   >/dev/null || missing+=(imagemagick)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
  echo "${missing[@]}"
}

ensure_ui_packages() {
  install_packages "$(ui_packages_missing)"
}

# Debian packages of the real services integration tests start themselves (tinyproxy: the connection test;
# PostgreSQL: the policy server's database store, a throwaway cluster per test class made with initdb) or run as
# independent clients (openssl s_client: the policy server's TLS tests).
test_service_packages_missing() {
  local missing=()
  command -v tinyproxy >/dev/null || missing+=(tinyproxy)
  command -v openssl >/dev/null || missing+=(openssl)
  postgres_bin >/dev/null || missing+=(postgresql)
  echo "${missing[@]}"
}

ensure_test_service_packages() {
  install_packages "$(test_service_packages_missing)"
}

# The folder of PostgreSQL's server programs (initdb, postgres, pg_ctl, pg_dump): Debian keeps them off the PATH in
# /usr/lib/postgresql/VERSION/bin; the newest is taken. The server tests find it the same way (PostgresCluster).
postgres_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# The npm tools that check the policy server's API contract (docs/policy-server.openapi.yaml): Redocly's linter and
# Stoplight Prism's validating proxy, pinned by releng/contract/package-lock.json. Build-time only, never in the
# product. `npm ci` (install scripts off: the only one is a telemetry ping) when the lock file changed since the last
# install; node and npm from Debian's packages when missing.
CONTRACT_TOOLS=releng/contract
PRISM="$CONTRACT_TOOLS/node_modules/.bin/prism"
ensure_contract_tools() {
  command -v npm >/dev/null || install_packages "nodejs npm"
  local stamp="$CONTRACT_TOOLS/node_modules/.installed-lock.sha256" want
  want=$(sha256sum "$CONTRACT_TOOLS/package-lock.json" | cut -d' ' -f1)
  if [ -x "$PRISM" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  echo "Installing the API contract tools (npm ci in $CONTRACT_TOOLS)"
  (cd "$CONTRACT_TOOLS" && SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
}

# Redocly's linter on the API contract, recommended rules with every warning an error (releng/contract/redocly.yaml;
# the one place a rule is ignored, with its reason: releng/contract/.redocly.lint-ignore.yaml). Exit 1 on any problem.
lint_api_contract() {
  REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$CONTRACT_TOOLS/node_modules/.bin/redocly" lint \
    --config "$CONTRACT_TOOLS/redocly.yaml" docs/policy-server.openapi.yaml
}

# After the contract run: every operation of the API contract must have been exercised through Prism (its log), with
# the statuses the server answered. Exit 1 when one was not.
check_contract_coverage() {
  node "$CONTRACT_TOOLS/coverage.js" docs/policy-server.openapi.yaml tests/org.agentproxy.server.tests/target/contract/prism.log
}

# Installs the packages named in $1 (space-separated; none: nothing to do) when running as root with apt;
# else explains what to install.
install_packages() {
  local missing="$1"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "error: missing system packages: $missing" >&2
    echo "       install them with: sudo apt-get install -y $missing" >&2
    exit 1
  fi
}

export GDK_BACKEND=x11      # never try Wayland
# Xvfb has no accessibility bus: the programs run under it (and only those) start without the AT-SPI bridge. A studio
# an administrator starts (./studio.sh, the product's agentproxy-studio) keeps it, so screen readers see the studio.
XVFB=(xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" env NO_AT_BRIDGE=1)

# Runs a command on the current display, or under Xvfb when there is none.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else "${XVFB[@]}" "$@"; fi
}

# Runs commands side by side: run_parallel NAME CMD ARGS... -- NAME CMD ARGS... (each one's output in
# target/test-logs/NAME.log). When all have finished, prints each one's output, its time and its result, in the order
# given; exit 1 if one failed.
run_parallel() {
  local logs=target/test-logs names=() pids=() starts=() name cmd=() i rc failed=0
  mkdir -p "$logs"
  while [ $# -gt 0 ]; do
    name=$1; shift; cmd=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do cmd+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    names+=("$name"); starts+=("$(date +%s)")
    ( set +e; "${cmd[@]}" > "$logs/$name.log" 2>&1; rc=$?; date +%s > "$logs/$name.end"; exit $rc ) &
    pids+=($!)
  done
  for i in "${!names[@]}"; do
    rc=0; wait "${pids[$i]}" || rc=$?
    echo "==== ${names[$i]}"
    cat "$logs/${names[$i]}.log"
    echo "==== ${names[$i]}: $([ "$rc" = 0 ] && echo passed || echo "FAILED (exit $rc)") in $(( $(cat "$logs/${names[$i]}.end") - starts[i] )) s"
    [ "$rc" = 0 ] || failed=1
  done
  return $failed
}

PRODUCT_ARCHIVE=releng/org.agentproxy.product/target/products/agentproxy-studio-linux.gtk.x86_64.tar.gz
# The root pom's modules in reactor order, one a line (the one list of modules: releng/scripts/check-module-lists.sh).
root_pom_modules() {
  sed -n 's#^ *<module>\(.*\)</module>.*#\1#p' "$(dirname "${BASH_SOURCE[0]}")/../../pom.xml"
}
# The product's reactor (studio.sh): the target, every bundle of the root pom, the feature and the product.
PRODUCT_MODULES=$(root_pom_modules | grep -E '^(releng/org\.agentproxy\.target|bundles/.*|features/org\.agentproxy\.feature|releng/org\.agentproxy\.product)$' | paste -sd, -)

# Unpacks the product archive into a folder (replacing it).
unpack_product() {
  rm -rf "$1" && mkdir -p "$1"
  tar --warning=no-unknown-keyword -xzf "$PRODUCT_ARCHIVE" -C "$1"
}

# Waits (up to $2 s) for a top-level window titled $1; prints the window id.
wait_for_window() {
  local title="$1" limit="${2:-60}" start id
  start=$(date +%s)
  while [ $(( $(date +%s) - start )) -lt "$limit" ]; do
    for id in $(xwininfo -root -tree 2>/dev/null | grep -F "\"$title" | awk '{print $1}'); do
      if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then echo "$id"; return 0; fi
    done
    sleep 0.05
  done
  return 1
}

# Waits (up to $2 s, default 60) until Java process $1 is idle: over the last second its own threads (all but the
# JVM's: compilers, GC, VM and periodic threads, which go on after the application is done) used less than 30 ms of
# CPU, and none of them was running or waiting to run (state R: on a loaded machine a thread with work to do waits
# for a core in that state, so it is not mistaken for idle). A studio whose window is up and which is idle has run
# what its start options asked: SWT's event loop sleeps only once its queue is empty, a -command or -reveal included,
# and has laid out and painted what it showed. A condition, not a fixed wait. Exit 1 when the process is still busy at
# the limit or has exited.
wait_for_idle() {
  local pid="$1" limit="${2:-60}" tick sample stamps=() start i
  tick=$(getconf CLK_TCK)
  start=$(date +%s)
  while [ $(( $(date +%s) - start )) -lt "$limit" ]; do
    [ -r "/proc/$pid/stat" ] || return 1
    # the application threads' CPU so far (utime + stime, in ticks) and how many of them are running or runnable
    sample=$(cat /proc/"$pid"/task/*/stat 2>/dev/null | awk '
      { o = index($0, "("); c = 0
        for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { c = i; break }
        comm = substr($0, o + 1, c - o - 1)
        if (comm ~ /^(VM |C1 |C2 |GC |G1 |Signal Dispatch|Service Thread|Common-Cleaner|Finalizer|Reference Handl|Notification Th|Monitor Deflati|Attach Listener|Sweeper)/) next
        split(substr($0, c + 2), f, " ")
        cpu += f[12] + f[13]; if (f[1] == "R") run++ }
      END { print cpu + 0 ":" run + 0 }')
    stamps+=("$sample")
    i=${#stamps[@]}
    # five samples 0.25 s apart: the last second
    if [ "$i" -ge 5 ]; then
      local first=${stamps[$((i - 5))]%%:*} quiet=1 s
      for s in "${stamps[@]:$((i - 5))}"; do [ "${s##*:}" = 0 ] || quiet=0; done
      if [ "$quiet" = 1 ] && [ $(( (${sample%%:*} - first) * 1000 / tick )) -lt 30 ]; then return 0; fi
    fi
    sleep 0.25
  done
  return 1
}
