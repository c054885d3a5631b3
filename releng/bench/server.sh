#!/usr/bin/env bash
# Policy server benchmark (not a test). Starts the product's policy server with a deployed policy, and nginx
# serving the same bytes with ETags (and the same bearer-token check) on loopback; runs wrk against both with
# If-None-Match (the 304 path agents hit while nothing changes): one measured run each, same duration,
# connections and threads, after an unmeasured warm-up of each. Prints req/s of both, the ratio (aim >= 0.8)
# and p99 latency. Then runs `agentproxy agents` with 10,000 simulated agents and deploys a new version:
# prints how long the fleet took to converge. Also the fleet status's ingestion: reports of new agents beside 304
# polls on the same server in the same run (req/s, p99, their ratio, the server's CPU per 1,000 answers).
#   usage: releng/bench/server.sh [replicas]   (needs the product archive: ./studio.sh or ./test.sh builds it)
#   env:   DURATION=20s WARMUP=5s CONNECTIONS=64 THREADS=2 AGENTS=10000 INTERVAL=5 AGENTS_VMARGS=-Xmx1g DEPLOYS=200
# With "replicas" (docs/scaling.md) it also starts a throwaway PostgreSQL cluster (initdb, as nobody when run as
# root, on a free loopback port) and three replicas over it, and measures: the 304 path of one replica while all
# three run, against the single file-store server and nginx — req/s and the CPU time each process spent per 1,000
# answers (the per-replica cost: on 2 cores an aggregate over three replicas cannot exceed the cores); the 10,000
# simulated agents spread over the three replicas (agents --server A,B,C) converging after a deploy to one; and the
# acknowledged deploy latency (p50/p99 of DEPLOYS sequential deploys) over PostgreSQL against the file store.
# Tokens stay in files under target/bench-server (0600); they are never printed or put on a command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
DURATION=${DURATION:-20s} WARMUP=${WARMUP:-5s} CONNECTIONS=${CONNECTIONS:-64} THREADS=${THREADS:-2}
AGENTS=${AGENTS:-10000} INTERVAL=${INTERVAL:-5} DEPLOYS=${DEPLOYS:-200}
MODE=${1:-single}
case "$MODE" in single|replicas) ;; *) echo "usage: $0 [replicas]" >&2; exit 2 ;; esac

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
pg_bin=""
if [ "$MODE" = replicas ]; then
  pg_bin=$(postgres_bin) || install_packages postgresql
  pg_bin=$(postgres_bin) || { echo "PostgreSQL's initdb not found" >&2; exit 1; }
fi
pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
pg=""   # the cluster's folder: under /tmp, which the unprivileged user can reach
cleanup_pg() {
  [ -n "$pg" ] || return 0
  [ ! -f "$pg/data/postmaster.pid" ] || pg_as "$pg_bin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$pg"
}
trap 'cleanup; cleanup_pg' EXIT

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

# CPU time (ms) a process and its children spent so far: utime + stime from /proc, in clock ticks
tree() { local c; echo "$1"; for c in $(pgrep -P "$1"); do tree "$c"; done; }
cpu_ms() { local t=0 p; for p in $(for r in "$@"; do tree "$r"; done); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $((t * 1000 / $(getconf CLK_TCK))); }
requests() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$1"; }
measure() { # name url lua pids...: one measured wrk run; prints "req/s cpu-ms-per-1000"
  local name=$1 u=$2 lua=$3; shift 3
  local before after n
  before=$(cpu_ms "$@")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/$lua.lua" "$u" >"$work/wrk-$name.txt"
  after=$(cpu_ms "$@")
  n=$(requests "$work/wrk-$name.txt")
  awk -v r="$(rps "$work/wrk-$name.txt")" -v c=$((after - before)) -v n="$n" 'BEGIN { printf "%s %.1f\n", r, c * 1000 / n }'
}
# --- fleet status: agents' reports beside 304 polls on the same server, in the same run (docs/fleet-status.md) ---
# One wrk sends reports, each of a new agent (-t1: the agent number is the script's own counter, so no agent
# reports twice within the report interval), while another polls with the ETag (304); both for DURATION at once.
policy_version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$work/www/policy.json")
cat >"$work/report.lua" <<LUA
local f = io.open("$work/agent-token"); local token = f:read("*l"); f:close()
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"
local body = [==[{"format":"agentproxy-agent-status/1","agent":"agent-000000","version":$policy_version,
"time":"2026-12-06T00:00:00Z","facts":{"ip":"10.20.30.40","gateway":{"ip":"10.20.30.1"},"domain":"Fleet",
"autoProxyDetected":false},"purposes":[
{"purpose":"configuration","via":"internal-server","proxy":"proxy.corp.example:8080","target":"osce.corp.example:4343","outcome":"ok"},
{"purpose":"logs","via":"internal-server","proxy":"proxy.corp.example:8080","target":"osce.corp.example:4343","outcome":"ok"},
{"purpose":"component-update","via":"internal-server","proxy":"proxy.corp.example:8080","target":"osce.corp.example:4343","outcome":"ok"},
{"purpose":"file-reputation","via":"internal-sps","target":"sps1.corp.example:5275","outcome":"failed","error":"proxy-unreachable"}]}]==]
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, (body:gsub("agent%-000000", "agent-" .. n)))
end
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H @<(agent_header) -H 'Content-Type: application/json' \
  --data-binary "$(sed -n '/^local body/,/]==]$/p' "$work/report.lua" | sed 's/^local body = \[==\[//; s/\]==\]$//' | sed 's/agent-000000/agent-probe/')" \
  "${url}v1/agent/groups/bench/status")
[ "$status" = 204 ] || { echo "the server does not store the benchmark's report (got $status)" >&2; exit 1; }
echo "measuring: reports (wrk -t1 -c$((CONNECTIONS / 2))) beside 304 polls (wrk -t1 -c$((CONNECTIONS / 2))), -d$DURATION at once"
load_before=$(cut -d' ' -f1 /proc/loadavg)
cpu_before=$(cpu_ms "${pids[0]}")
wrk -t1 -c$((CONNECTIONS / 2)) -d"$DURATION" --latency -s "$work/report.lua" "${url}v1/agent/groups/bench/status" >"$work/wrk-reports.txt" &
reports_wrk=$!
wrk -t1 -c$((CONNECTIONS / 2)) -d"$DURATION" --latency -s "$work/server.lua" "$endpoint" >"$work/wrk-polls.txt"
wait "$reports_wrk"
cpu_after=$(cpu_ms "${pids[0]}")
load_after=$(cut -d' ' -f1 /proc/loadavg)
status_cpu=$(awk -v c=$((cpu_after - cpu_before)) -v a="$(requests "$work/wrk-reports.txt")" -v b="$(requests "$work/wrk-polls.txt")" \
  'BEGIN { printf "%.1f", c * 1000 / (a + b) }')
for f in reports polls; do
  [ -z "$(bad "$work/wrk-$f.txt")" ] || echo "warning: $f answered $(bad "$work/wrk-$f.txt") non-2xx/3xx responses" >&2
done

if [ "$MODE" = replicas ]; then
  echo "replicas: a PostgreSQL cluster and three replicas"
  pg=$(mktemp -d /tmp/agentproxy-bench-pg.XXXXXX); chmod 711 "$pg"
  if [ "$(id -u)" = 0 ]; then chown nobody "$pg"; fi
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_as "$pg_bin/initdb" -D "$pg/data" -U agentproxy --auth=trust -E UTF8 --no-locale >"$work/initdb.log"
  pg_as "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/data/server.log" -w -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg/data" start >/dev/null
  pg_as "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U agentproxy agentproxy
  store="postgresql://127.0.0.1:$pg_port/agentproxy"
  rurl=()
  for i in 0 1 2; do
    d="$work/replica-$i"
    if [ $i -gt 0 ]; then mkdir -m 700 "$d"; install -m 600 "$work/replica-0/secret.key" "$d/"; fi
    "$ap" server --data "$d" --port 0 --store "$store" --db-user agentproxy >"$work/replica-$i.out" 2>"$work/replica-$i.err" & pids+=($!)
    eval "replica_pid_$i=$!"
    wait_for "$work/replica-$i.out" "listening on" 60
    rurl+=("$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/replica-$i.out")")
  done
  radmin() { printf 'Authorization: Bearer %s' "$(cat "$work/replica-0/admin-token")"; }
  curl -sS -X PUT -H @<(radmin) "${rurl[0]}v1/admin/groups/bench" \
    | sed -n 's/.*"agentToken":"\([^"]*\)".*/\1/p' >"$work/replica-agent-token"
  chmod 600 "$work/replica-agent-token"
  "$ap" deploy --policy docs/samples/sample-policy.json --server "${rurl[0]}" --group bench \
    --token-file "$work/replica-0/admin-token" --secrets-file "$work/secrets.json" --journal "$work/journal-r" >"$work/deploy-r1.out"
  ragent() { printf 'Authorization: Bearer %s' "$(cat "$work/replica-agent-token")"; }
  rendpoint="${rurl[0]}v1/agent/groups/bench/policy"
  replica_etag=$(curl -sS -D - -o /dev/null -H @<(ragent) "$rendpoint" | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')
  { sed "s|$work/agent-token|$work/replica-agent-token|" <(lua "$replica_etag"); } >"$work/replica.lua"
  server_pid=${pids[0]} nginx_pid=${pids[1]} # and their children: CPU time of the whole process tree
  run_wrk replica "$rendpoint" "$WARMUP" >/dev/null
  echo "measuring the 304 path with CPU time: file-store server, replica 0 (of 3 running), nginx"
  read -r f_rps f_cpu <<<"$(measure file "$endpoint" server "$server_pid")"
  read -r r_rps r_cpu <<<"$(measure replica "$rendpoint" replica "$replica_pid_0")"
  read -r x_rps x_cpu <<<"$(measure nginx2 "$nginx_url" nginx "$nginx_pid")"

  echo "deploy latency: $DEPLOYS sequential deploys each, acknowledged (201)"
  deploy_latency() { # url admin-token-file group → one time_total per line (seconds)
    local u=$1 tok=$2 g=$3 v i
    v=$(curl -sS -H @<(printf 'Authorization: Bearer %s' "$(cat "$tok")") "${u}v1/admin/groups/$g" | sed -n 's/.*"currentVersion":\([0-9]*\).*/\1/p')
    for ((i = 0; i < DEPLOYS; i++)); do
      sed "s/\"name\" : \"Headquarters\"/\"name\" : \"Headquarters $i\"/" docs/samples/sample-policy.json >"$work/lat.json"
      curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -X PUT -H @<(printf 'Authorization: Bearer %s' "$(cat "$tok")") \
        -H "If-Match: \"$v\"" -H 'Content-Type: application/json' --data-binary @"$work/lat.json" "${u}v1/admin/groups/$g/policy"
      v=$((v + 1))
    done
  }
  pct() { awk '$1 == 201 { print $2 * 1000 }' "$1" | sort -n | awk -v p="$2" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", a[i] }'; }
  deploy_latency "$url" "$work/data/admin-token" bench >"$work/lat-file.txt"
  deploy_latency "${rurl[0]}" "$work/replica-0/admin-token" bench >"$work/lat-pg.txt"
  for f in file pg; do
    n=$(awk '$1 == 201' "$work/lat-$f.txt" | wc -l)
    [ "$n" = "$DEPLOYS" ] || { echo "only $n of $DEPLOYS deploys acknowledged ($f)" >&2; exit 1; }
  done
fi

# --- 10,000 simulated agents converging on a new version --------------------------------------------------
agents_server=$url agents_token=$work/agent-token deploy_server=$url deploy_token=$work/data/admin-token
if [ "$MODE" = replicas ]; then # spread over the three replicas, the deploy through replica 0
  agents_server="${rurl[0]},${rurl[1]},${rurl[2]}" agents_token=$work/replica-agent-token
  deploy_server=${rurl[0]} deploy_token=$work/replica-0/admin-token
fi
echo "agents: $AGENTS simulated agents polling every ${INTERVAL}s ($agents_server)"
AGENTPROXY_CLI_VMARGS=${AGENTS_VMARGS:--Xmx1g} \
  "$ap" agents --server "$agents_server" --group bench --count "$AGENTS" --interval "$INTERVAL" \
  --token-file "$agents_token" --timeout 600 >"$work/agents.out" 2>"$work/agents.err" & agents_pid=$!
pids+=($agents_pid)
wait_for "$work/agents.out" "waiting for a new version" 300
sed 's/"name" : "Headquarters"/"name" : "Headquarters (next)"/' docs/samples/sample-policy.json >"$work/next-policy.json"
"$ap" deploy --policy "$work/next-policy.json" --server "$deploy_server" --group bench \
  --token-file "$deploy_token" --secrets-file "$work/secrets.json" --journal "$work/journal2" >"$work/deploy2.out"
wait "$agents_pid" || { echo "the agents did not converge:" >&2; cat "$work/agents.out" "$work/agents.err" >&2; exit 1; }

echo
echo "=== policy server vs nginx, If-None-Match → 304, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores"
printf '%-14s %12s req/s   p99 %s\n' "policy server" "$s_rps" "$(p99 "$work/wrk-server.txt")"
printf '%-14s %12s req/s   p99 %s\n' "nginx" "$n_rps" "$(p99 "$work/wrk-nginx.txt")"
awk -v s="$s_rps" -v n="$n_rps" 'BEGIN { printf "ratio          %12.2f (server / nginx; aim >= 0.80)\n", s / n }'
echo "=== fleet status: reports (a new agent each) beside 304 polls, same server, same run (load average $load_before → $load_after)"
printf '%-14s %12s req/s   p99 %s\n' "reports" "$(rps "$work/wrk-reports.txt")" "$(p99 "$work/wrk-reports.txt")"
printf '%-14s %12s req/s   p99 %s\n' "304 polls" "$(rps "$work/wrk-polls.txt")" "$(p99 "$work/wrk-polls.txt")"
awk -v r="$(rps "$work/wrk-reports.txt")" -v p="$(rps "$work/wrk-polls.txt")" -v c="$status_cpu" \
  'BEGIN { printf "ratio          %12.2f (reports / 304 polls); server CPU %s ms per 1,000 answers\n", r / p, c }'
echo "=== convergence of $AGENTS simulated agents (poll interval ${INTERVAL}s; $agents_server)"
grep "^agents: version" "$work/agents.out"
all_ms=$(sed -n 's/.*all [0-9]* agents after \([0-9]*\) ms.*/\1/p' "$work/agents.out" | tail -1)
awk -v a="$all_ms" -v i="$INTERVAL" 'BEGIN { printf "convergence    %12.2f × the poll interval (aim <= 1.10)\n", a / (i * 1000) }'
if [ "$MODE" = replicas ]; then
  echo "=== per-replica cost: the 304 path, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, CPU ms per 1,000 answers"
  printf '%-22s %12s req/s %8s CPU ms/1k\n' "file-store server" "$f_rps" "$f_cpu" "replica 0 (3 running)" "$r_rps" "$r_cpu" "nginx" "$x_rps" "$x_cpu"
  awk -v f="$f_rps" -v r="$r_rps" -v x="$x_rps" -v fc="$f_cpu" -v rc="$r_cpu" -v xc="$x_cpu" 'BEGIN {
    printf "ratios         replica/file-store %.2f req/s, %.2f CPU per answer; replica/nginx %.2f req/s, %.2f CPU per answer\n", r / f, rc / fc, r / x, rc / xc }'
  echo "=== acknowledged deploy latency ($DEPLOYS sequential deploys)"
  printf '%-22s p50 %8s ms   p99 %8s ms\n' "file store" "$(pct "$work/lat-file.txt" 50)" "$(pct "$work/lat-file.txt" 99)" \
    "PostgreSQL (replica 0)" "$(pct "$work/lat-pg.txt" 50)" "$(pct "$work/lat-pg.txt" 99)"
  awk -v a="$(pct "$work/lat-pg.txt" 50)" -v b="$(pct "$work/lat-file.txt" 50)" -v c="$(pct "$work/lat-pg.txt" 99)" -v d="$(pct "$work/lat-file.txt" 99)" \
    'BEGIN { printf "ratios         PostgreSQL/file store: p50 %.2f, p99 %.2f\n", a / b, c / d }'
fi
echo "(details: $work)"
