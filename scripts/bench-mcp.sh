#!/usr/bin/env bash
# Measures the MCP gateway against the real service on loopback: a private PostgreSQL (scripts/pg.sh, default
# durability) in a temporary folder, the schema migrated, the Release Silo executable with the test-only baseline
# endpoint on, and bench/Mcp.Bench as the load (closed loop, keep-alive HTTP/1.1, MCP Streamable HTTP POSTs):
# (a) tools/call get_story with a bearer token against (b) tools/call echo on /mcp/baseline, target a/b >= 0.8.
#
#   scripts/bench-mcp.sh
#   BENCH_CONCURRENCY=16 BENCH_DURATION=10 BENCH_WARMUP=40 BENCH_ROUNDS=5 BENCH_BREAKDOWN=1 (variants of a and b)
#   The warm-up is 40 s per scenario: a profile showed the JIT still compiling get_story's path 15 to 30 s in
#   (about 22 µs of CPU per request), so a shorter warm-up charges start-up to the first rounds.
#   BENCH_VALIDATE_TOKEN_ENTRIES=false   (skip the per-request token entry lookup, to see what it costs)
#
# Everything it starts (the silo, PostgreSQL) is stopped at the end, also on failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/bench-silo.sh"
# The per-account limiter must not cap the run: the benchmark is one account at full speed.
rate=100000
bench_prepare mcp bench/Mcp.Bench/Mcp.Bench.csproj

entries=${BENCH_VALIDATE_TOKEN_ENTRIES:-true}
bench_start_silo "$work/silo.log" Mcp__Baseline__Enabled=true Mcp__RequestsPerSecond=$rate Mcp__Burst=$rate \
  OAuth__ValidateTokenEntries="$entries"
postmaster=$(head -n 1 "$work/postgres/data/postmaster.pid" 2>/dev/null || echo 0)

if ! timeout 1200 dotnet "$work/bench/CodeMySpec.Bench.Mcp.dll" --url "$silo_url" \
    --concurrency "${BENCH_CONCURRENCY:-16}" --duration "${BENCH_DURATION:-10}" --warmup "${BENCH_WARMUP:-40}" \
    --rounds "${BENCH_ROUNDS:-5}" --breakdown "${BENCH_BREAKDOWN:-0}" --silo-pid "$silo_pid" --postgres-pid "$postmaster" \
    --note "settings: Mcp:RequestsPerSecond=Mcp:Burst=$rate (limiter out of the way), OAuth:ValidateTokenEntries=$entries, Release silo, Warning logging"; then
  echo "--- silo output ---" >&2; tail -n 40 "$work/silo.log" >&2; exit 1
fi
