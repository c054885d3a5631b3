#!/usr/bin/env bash
# HTTPS benchmark (not a test; test.sh does not run it): agent polls answered 304 (If-None-Match, keep-alive) over
# TLS, the product's policy server against nginx in the same run, both with the same self-signed ECDSA P-256
# certificate (agentproxy server init-tls), TLS 1.2 and 1.3 only and the same cipher suites (the server's list,
# docs/server.md#tls), HTTP/1.1 keep-alive without a per-connection request limit. nginx serves the same bytes as
# a static file with an ETag and the same bearer-token check. wrk (its own OpenSSL client) runs an unmeasured
# warm-up of each, then one measured run each; prints both figures (req/s, p99) and the ratio.
#   usage: releng/bench/https.sh      (needs the product archive: ./studio.sh or ./test.sh builds it)
#   env:   DURATION=20s WARMUP=5s CONNECTIONS=64 THREADS=2
# Tokens and keys stay in files under target/bench-https (0600); none is printed or put on a command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
DURATION=${DURATION:-20s} WARMUP=${WARMUP:-5s} CONNECTIONS=${CONNECTIONS:-64} THREADS=${THREADS:-2}

missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
install_packages "${missing[*]:-}"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$PRODUCT_ARCHIVE" ] || { echo "no product archive ($PRODUCT_ARCHIVE): build it first" >&2; exit 1; }

work=$PWD/target/bench-https
rm -rf "$work"; mkdir -p "$work"/{www,nginx/logs,tmp}; chmod 700 "$work"
unpack_product "$work/product"
ap=$work/product/agentproxy
pids=()
cleanup() { local p; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
wait_for() { # FILE TEXT SECONDS
  local i
  for ((i = 0; i < $3 * 10; i++)); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for \"$2\" in $1" >&2; cat "$1" >&2; return 1
}

# --- one certificate for both ----------------------------------------------------------------------------------
"$ap" server init-tls "$work/certs" >"$work/init-tls.out"
cert=$work/certs/server-cert.pem key=$work/certs/server-key.pem
fingerprint=$(sed -n 's/.*SHA-256 fingerprint \([0-9A-F:]*\).*/\1/p' "$work/init-tls.out")

# --- the policy server over HTTPS, a group, a deployed policy --------------------------------------------------
"$ap" server --data "$work/data" --port 0 --tls-cert "$cert" --tls-key "$key" >"$work/server.out" \
  2>"$work/server.err" & pids+=($!)
wait_for "$work/server.out" "listening on" 60
url=$(sed -n 's/.*listening on \(https[^ ]*\).*/\1/p' "$work/server.out")
admin_header() { printf 'Authorization: Bearer %s' "$(cat "$work/data/admin-token")"; }
curl -sS --cacert "$cert" -X PUT -H @<(admin_header) "${url}v1/admin/groups/bench" \
  | sed -n 's/.*"agentToken":"\([^"]*\)".*/\1/p' >"$work/agent-token"
chmod 600 "$work/agent-token"
[ -s "$work/agent-token" ] || { echo "could not create the group" >&2; exit 1; }
( umask 077; k1=$(head -c 18 /dev/urandom | base64); k2=$(head -c 18 /dev/urandom | base64)
  printf '{"internalAgents.server.password": "%s", "externalAgents.systemProxyCredentials.password": "%s"}\n' \
    "$k1" "$k2" >"$work/secrets.json" )
"$ap" deploy --policy docs/samples/sample-policy.json --server "$url" --group bench --server-fingerprint \
  "$fingerprint" --token-file "$work/data/admin-token" --secrets-file "$work/secrets.json" \
  --journal "$work/journal" >"$work/deploy.out"
agent_header() { printf 'Authorization: Bearer %s' "$(cat "$work/agent-token")"; }
endpoint="${url}v1/agent/groups/bench/policy"
curl -sS --cacert "$cert" -D "$work/server.headers" -o "$work/www/policy.json" -H @<(agent_header) "$endpoint"
server_etag=$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/server.headers")

# --- nginx: same certificate, protocols and suites; the same bytes with an ETag; the same token check -----------
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# the server's suites in OpenSSL's names, in its order (TLS 1.3's three too: both then agree on TLS_AES_128_GCM_SHA256)
ciphers=ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
user root;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 60s;
  client_body_temp_path $work/tmp/body; proxy_temp_path $work/tmp/proxy; fastcgi_temp_path $work/tmp/fcgi;
  uwsgi_temp_path $work/tmp/uwsgi; scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port ssl;
    ssl_certificate $cert;
    ssl_certificate_key $key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ciphers $ciphers;
    ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256;
    ssl_prefer_server_ciphers on;
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
nginx_url="https://127.0.0.1:$nginx_port/v1/agent/groups/bench/policy"
for _ in $(seq 50); do curl -s --cacert "$cert" -o /dev/null "$nginx_url" && break; sleep 0.1; done
nginx_etag=$(curl -sS --cacert "$cert" -D - -o /dev/null -H @<(agent_header) "$nginx_url" \
  | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')
cmp -s "$work/www/policy.json" <(curl -sS --cacert "$cert" -H @<(agent_header) "$nginx_url") \
  || { echo "nginx bytes differ" >&2; exit 1; }
for t in "$endpoint|$server_etag" "$nginx_url|$nginx_etag"; do
  status=$(curl -s --cacert "$cert" -o /dev/null -w '%{http_code}' -H @<(agent_header) -H "If-None-Match: ${t#*|}" \
    "${t%%|*}")
  [ "$status" = 304 ] || { echo "${t%%|*} does not answer 304 to its ETag (got $status)" >&2; exit 1; }
done
negotiated() { openssl s_client -connect "127.0.0.1:$1" </dev/null 2>/dev/null | sed -n 's/^New, \(.*\)$/\1/p'; }

# --- wrk: If-None-Match on both (token and tag read from files by the Lua script) --------------------------------
lua() {
  cat <<LUA
local f = io.open("$work/agent-token"); local token = f:read("*l"); f:close()
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["If-None-Match"] = [[$1]]
LUA
}
lua "$server_etag" >"$work/server.lua"; lua "$nginx_etag" >"$work/nginx.lua"
run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$work/$1.lua" "$2"; }
echo "warm-up: $WARMUP each (not measured)"
run_wrk server "$endpoint" "$WARMUP" >/dev/null; run_wrk nginx "$nginx_url" "$WARMUP" >/dev/null
echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION over HTTPS (keep-alive), If-None-Match → 304"
run_wrk server "$endpoint" "$DURATION" >"$work/wrk-server.txt"
run_wrk nginx "$nginx_url" "$DURATION" >"$work/wrk-nginx.txt"
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() { sed -n 's/^ *99% *\([0-9.]*[a-z]*\).*/\1/p' "$1"; }
for f in server nginx; do
  if grep -q "Non-2xx or 3xx" "$work/wrk-$f.txt"; then echo "warning: $f answered other than 304:" >&2; cat "$work/wrk-$f.txt" >&2; fi
done
s_rps=$(rps "$work/wrk-server.txt"); n_rps=$(rps "$work/wrk-nginx.txt")
echo
echo "=== HTTPS 304 polls, policy server vs nginx, wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores"
server_port=${url##*:}; server_port=${server_port%/}
echo "    (TLS: server $(negotiated "$server_port"); nginx $(negotiated "$nginx_port"))"
printf '%-14s %12s req/s   p99 %s\n' "policy server" "$s_rps" "$(p99 "$work/wrk-server.txt")"
printf '%-14s %12s req/s   p99 %s\n' "nginx" "$n_rps" "$(p99 "$work/wrk-nginx.txt")"
awk -v s="$s_rps" -v n="$n_rps" 'BEGIN { printf "ratio          %12.2f (server / nginx)\n", s / n }'
echo "(details: $work)"
