#!/usr/bin/env bash
# Measures the MCP gateway against the real service on loopback: a private PostgreSQL (scripts/pg.sh, default
# durability) in a temporary folder, the schema migrated, the Release Silo executable with the test-only baseline
# endpoint on, and bench/Mcp.Bench as the load (closed loop, keep-alive HTTP/1.1, MCP Streamable HTTP POSTs):
# (a) tools/call get_story with a bearer token against (b) tools/call echo on /mcp/baseline, target a/b >= 0.8.
#
#   scripts/bench-mcp.sh
#   BENCH_CONCURRENCY=16 BENCH_DURATION=10 BENCH_WARMUP=15 BENCH_ROUNDS=3 BENCH_BREAKDOWN=1 (variants of a and b)
#   BENCH_VALIDATE_TOKEN_ENTRIES=false   (skip the per-request token entry lookup, to see what it costs)
#
# Everything it starts (the silo, PostgreSQL) is stopped at the end, also on failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d /tmp/codemyspec-bench-mcp.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as its own user under root and must reach its folder
silo_pid=""
unset PG_EXTRA_OPTIONS
# The per-account limiter must not cap the run: the benchmark is one account at full speed.
rate=100000

cleanup() {
  if [ -n "$silo_pid" ] && kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM "$silo_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$silo_pid" 2>/dev/null || true
    wait "$silo_pid" 2>/dev/null || true
  fi
  "$root/scripts/pg.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Building (Release)..."
dotnet build "$root/src/Silo/Silo.csproj" -c Release -nologo -v quiet -o "$work/silo" >/dev/null
dotnet build "$root/bench/Mcp.Bench/Mcp.Bench.csproj" -c Release -nologo -v quiet -o "$work/bench" >/dev/null

"$root/scripts/pg.sh" ensure
connection=$("$root/scripts/pg.sh" start "$work/postgres" | tail -n 1)

export ConnectionStrings__Postgres="$connection"
export DOTNET_ENVIRONMENT=Production
export OAuth__RequireHttps=false
export Orleans__ClusterId=bench-mcp Orleans__ServiceId=bench-mcp Orleans__AdvertisedIPAddress=127.0.0.1
export Logging__LogLevel__Default=Warning   # no per-request logging in the measurement
(cd "$work/silo" && timeout 120 dotnet CodeMySpec.Silo.dll migrate) >"$work/migrate.log" 2>&1 \
  || { cat "$work/migrate.log" >&2; exit 1; }

entries=${BENCH_VALIDATE_TOKEN_ENTRIES:-true}
port=$("$root/scripts/pg.sh" free-port)
(cd "$work/silo" && exec env Mcp__Baseline__Enabled=true Mcp__RequestsPerSecond=$rate Mcp__Burst=$rate \
  OAuth__ValidateTokenEntries="$entries" Orleans__SiloName=bench-mcp \
  Orleans__SiloPort="$("$root/scripts/pg.sh" free-port)" Orleans__GatewayPort="$("$root/scripts/pg.sh" free-port)" \
  dotnet CodeMySpec.Silo.dll --urls "http://127.0.0.1:$port") >"$work/silo.log" 2>&1 &
silo_pid=$!
postmaster=$(head -n 1 "$work/postgres/data/postmaster.pid" 2>/dev/null || echo 0)

if ! timeout 1200 dotnet "$work/bench/CodeMySpec.Bench.Mcp.dll" --url "http://127.0.0.1:$port" \
    --concurrency "${BENCH_CONCURRENCY:-16}" --duration "${BENCH_DURATION:-10}" --warmup "${BENCH_WARMUP:-15}" \
    --rounds "${BENCH_ROUNDS:-3}" --breakdown "${BENCH_BREAKDOWN:-0}" --silo-pid "$silo_pid" --postgres-pid "$postmaster" \
    --note "settings: Mcp:RequestsPerSecond=Mcp:Burst=$rate (limiter out of the way), OAuth:ValidateTokenEntries=$entries, Release silo, Warning logging"; then
  echo "--- silo output ---" >&2; tail -n 40 "$work/silo.log" >&2; exit 1
fi
