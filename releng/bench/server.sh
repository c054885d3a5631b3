#!/usr/bin/env bash
# Policy server benchmark (not a test). Starts the product's policy server with a deployed policy, and nginx
# serving the same bytes with ETags (and the same bearer-token check) on loopback; runs wrk against both with
# If-None-Match (the 304 path agents hit while nothing changes): one measured run each, same duration,
# connections and threads, after an unmeasured warm-up of each. Prints req/s of both, the ratio (aim >= 0.8)
# and p99 latency. Then runs `agentproxy agents` with 10,000 simulated agents and deploys a new version:
# prints how long the fleet took to converge.
#   usage: releng/bench/server.sh      (needs the product archive: ./studio.sh or ./test.sh builds it)
#   env:   DURATION=20s WARMUP=5s CONNECTIONS=64 THREADS=2 AGENTS=10000 INTERVAL=5 AGENTS_VMARGS=-Xmx1g
# Tokens stay in files under target/bench-server (0600); they are never printed or put on a command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
DURATION=${DURATION:-20s} WARMUP=${WARMUP:-5s} CONNECTIONS=${CONNECTIONS:-64} THREADS=${THREADS:-2}
AGENTS=${AGENTS:-10000} INTERVAL=${INTERVAL:-5}

missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "error: missing packages: ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2; exit 1
  fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$PRODUCT_ARCHIVE" ] || { echo "no product archive ($PRODUCT_ARCHIVE): build it first" >&2; exit 1; }

work=$PWD/target/bench-server
rm -rf "$work"; mkdir -p "$work"/{www,nginx/logs,tmp}; chmod 700 "$work"
unpack_product "$work/product"
ap=$work/product/agentproxy
pids=()
alive() { local p; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
cleanup() { # SIGTERM, then SIGKILL whatever is still there after 10 s
  local p i
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for ((i = 0; i < 100; i++)); do alive || break; sleep 0.1; done
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# wait_for FILE TEXT SECONDS: until a line of FILE holds TEXT
wait_for() {
  local i
  for ((i = 0; i < $3 * 10; i++)); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for \"$2\" in $1" >&2; cat "$1" >&2; return 1
}

# --- the policy server, a group, a deployed policy -----------------------------------------------------
"$ap" server --data "$work/data" --port 0 >"$work/server.out" 2>"$work/server.err" & pids+=($!)
wait_for "$work/server.out" "listening on" 60
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/server.out")
admin_header() { printf 'Authorization: Bearer %s' "$(cat "$work/data/admin-token")"; }
curl -sS -X PUT -H @<(admin_header) "${url}v1/admin/groups/bench" \
  | sed -n 's/.*"agentToken":"\([^"]*\)".*/\1/p' >"$work/agent-token"
chmod 600 "$work/agent-token"
[ -s "$work/agent-token" ] || { echo "could not create the group" >&2; exit 1; }
# the sample refers to two passwords: random values, in an owner-only file, never printed
( umask 077; k1=$(head -c 18 /dev/urandom | base64); k2=$(head -c 18 /dev/urandom | base64)
  printf '{"internalAgents.server.password": "%s", "externalAgents.systemProxyCredentials.password": "%s"}\n' \
    "$k1" "$k2" >"$work/secrets.json" )
"$ap" deploy --policy docs/samples/sample-policy.json --server "$url" --group bench \
  --token-file "$work/data/admin-token" --secrets-file "$work/secrets.json" --journal "$work/journal" >"$work/deploy1.out"
agent_header() { printf 'Authorization: Bearer %s' "$(cat "$work/agent-token")"; }
endpoint="${url}v1/agent/groups/bench/policy"
curl -sS -D "$work/server.headers" -o "$work/www/policy.json" -H @<(agent_header) "$endpoint"
server_etag=$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/server.headers")

# --- nginx: the same bytes, an ETag, the same token check ------------------------------------------------
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
user root;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fcgi;
  uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /v1/agent/groups/bench/policy {
      if (\$http_authorization != "Bearer $(cat "$work/agent-token")") { return 403; }
      default_type application/json;
      add_header Cache-Control no-cache;
      etag on;
      alias $work/www/policy.json;
    }
  }
}
CONF
chmod 600 "$work/nginx/nginx.conf"
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' 2>"$work/nginx/logs/stderr.log" & pids+=($!)
nginx_url="http://127.0.0.1:$nginx_port/v1/agent/groups/bench/policy"
for _ in $(seq 50); do curl -s -o /dev/null "$nginx_url" && break; sleep 0.1; done
nginx_etag=$(curl -sS -D - -o /dev/null -H @<(agent_header) "$nginx_url" | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')
cmp -s "$work/www/policy.json" <(curl -sS -H @<(agent_header) "$nginx_url") || { echo "nginx bytes differ" >&2; exit 1; }

# --- wrk: If-None-Match on both (the token and tag are read from files by the Lua script) ---------------
lua() { # etag → a wrk script setting the headers
  cat <<LUA
local f = io.open("$work/agent-token"); local token = f:read("*l"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["If-None-Match"] = [[$1]]
LUA
}
lua "$server_etag" >"$work/server.lua"; lua "$nginx_etag" >"$work/nginx.lua"
for target in server nginx; do
  u=$endpoint; [ $target = nginx ] && u=$nginx_url
  status=$(curl -s -o /dev/null -w '%{http_code}' -H @<(agent_header) -H "If-None-Match: $( [ $target = nginx ] && echo "$nginx_etag" || echo "$server_etag")" "$u")
  [ "$status" = 304 ] || { echo "$target does not answer 304 to its ETag (got $status)" >&2; exit 1; }
done
run_wrk() { # name url duration
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$work/$1.lua" "$2"
}
echo "warm-up: $WARMUP each (not measured)"
run_wrk server "$endpoint" "$WARMUP" >/dev/null; run_wrk nginx "$nginx_url" "$WARMUP" >/dev/null
echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, If-None-Match → 304"
run_wrk server "$endpoint" "$DURATION" | tee "$work/wrk-server.txt" >/dev/null
run_wrk nginx "$nginx_url" "$DURATION" | tee "$work/wrk-nginx.txt" >/dev/null
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() { sed -n 's/^ *99% *\([0-9.]*[a-z]*\).*/\1/p' "$1"; }
bad() { sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$1"; }
s_rps=$(rps "$work/wrk-server.txt"); n_rps=$(rps "$work/wrk-nginx.txt")
for f in server nginx; do
  [ -z "$(bad "$work/wrk-$f.txt")" ] || echo "warning: $f answered $(bad "$work/wrk-$f.txt") non-2xx/3xx responses" >&2
done

# --- 10,000 simulated agents converging on a new version --------------------------------------------------
echo "agents: $AGENTS simulated agents polling every ${INTERVAL}s"
AGENTPROXY_CLI_VMARGS=${AGENTS_VMARGS:--Xmx1g} \
  "$ap" agents --server "$url" --group bench --count "$AGENTS" --interval "$INTERVAL" \
  --token-file "$work/agent-token" --timeout 600 >"$work/agents.out" 2>"$work/agents.err" & agents_pid=$!
pids+=($agents_pid)
wait_for "$work/agents.out" "waiting for a new version" 300
sed 's/"name" : "Headquarters"/"name" : "Headquarters (next)"/' docs/samples/sample-policy.json >"$work/next-policy.json"
"$ap" deploy --policy "$work/next-policy.json" --server "$url" --group bench \
  --token-file "$work/data/admin-token" --secrets-file "$work/secrets.json" --journal "$work/journal" >"$work/deploy2.out"
wait "$agents_pid" || { echo "the agents did not converge:" >&2; cat "$work/agents.out" "$work/agents.err" >&2; exit 1; }

echo
echo "=== policy server vs nginx, If-None-Match → 304, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores"
printf '%-14s %12s req/s   p99 %s\n' "policy server" "$s_rps" "$(p99 "$work/wrk-server.txt")"
printf '%-14s %12s req/s   p99 %s\n' "nginx" "$n_rps" "$(p99 "$work/wrk-nginx.txt")"
awk -v s="$s_rps" -v n="$n_rps" 'BEGIN { printf "ratio          %12.2f (server / nginx; aim >= 0.80)\n", s / n }'
echo "=== convergence of $AGENTS simulated agents (poll interval ${INTERVAL}s)"
grep "^agents: version" "$work/agents.out"
echo "(details: $work)"
