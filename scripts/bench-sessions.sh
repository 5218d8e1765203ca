#!/usr/bin/env bash
# Sessions benchmark, two parts on one private PostgreSQL (scripts/pg.sh, default durability) in a temporary folder:
#  1. steps: the Release Silo executable on loopback; 8 and 32 simulated agents (bench/Sessions.Bench) each drive
#     component_code sessions over REST through fail -> fix -> pass, interleaved round by round with plain PostgreSQL
#     upserts of a session's JSON at the same concurrency; target at 32 agents: steps/s >= 0.8 x upserts/s.
#  2. idle: an in-process silo starts BENCH_IDLE_SESSIONS sessions with a pending command and reports the memory held
#     per idle session (target <= 10 KB), with them active and after the silo deactivated them.
#
#   scripts/bench-sessions.sh
#   BENCH_AGENTS=8,32 BENCH_DURATION=15 BENCH_WARMUP=5 BENCH_ROUNDS=2
#   BENCH_IDLE_SESSIONS=100000 BENCH_SESSIONS_PER_PROJECT=100   (BENCH_IDLE_SESSIONS=0 skips part 2)
#
# Everything it starts (the silo, PostgreSQL) is stopped at the end, also on failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d /tmp/codemyspec-bench-sessions.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as its own user under root and must reach its folder
silo_pid=""
unset PG_EXTRA_OPTIONS

stop_silo() {
  if [ -n "$silo_pid" ] && kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM "$silo_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$silo_pid" 2>/dev/null || true
    wait "$silo_pid" 2>/dev/null || true
  fi
  silo_pid=""
}

cleanup() {
  stop_silo
  "$root/scripts/pg.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Building (Release)..."
dotnet build "$root/src/Silo/Silo.csproj" -c Release -nologo -v quiet -o "$work/silo" >/dev/null
dotnet build "$root/bench/Sessions.Bench/Sessions.Bench.csproj" -c Release -nologo -v quiet -o "$work/bench" >/dev/null

"$root/scripts/pg.sh" ensure
connection=$("$root/scripts/pg.sh" start "$work/postgres" | tail -n 1)

export ConnectionStrings__Postgres="$connection"
export DOTNET_ENVIRONMENT=Production
export OAuth__RequireHttps=false
export Orleans__ClusterId=bench-sessions Orleans__ServiceId=bench-sessions Orleans__AdvertisedIPAddress=127.0.0.1
export Logging__LogLevel__Default=Warning   # no per-request logging in the measurement
(cd "$work/silo" && timeout 120 dotnet CodeMySpec.Silo.dll migrate) >"$work/migrate.log" 2>&1 \
  || { cat "$work/migrate.log" >&2; exit 1; }

port=$("$root/scripts/pg.sh" free-port)
(cd "$work/silo" && exec env Orleans__SiloName=bench-sessions \
  Orleans__SiloPort="$("$root/scripts/pg.sh" free-port)" Orleans__GatewayPort="$("$root/scripts/pg.sh" free-port)" \
  dotnet CodeMySpec.Silo.dll --urls "http://127.0.0.1:$port") >"$work/silo.log" 2>&1 &
silo_pid=$!

echo "== steps: simulated agents over REST against plain upserts =="
if ! timeout 1800 dotnet "$work/bench/CodeMySpec.Bench.dll" steps --url "http://127.0.0.1:$port" --connection "$connection" \
    --agents "${BENCH_AGENTS:-8,32}" --duration "${BENCH_DURATION:-15}" --warmup "${BENCH_WARMUP:-5}" --rounds "${BENCH_ROUNDS:-2}"; then
  echo "--- silo output ---" >&2; tail -n 40 "$work/silo.log" >&2; exit 1
fi
stop_silo

idle=${BENCH_IDLE_SESSIONS:-100000}
if [ "$idle" -gt 0 ]; then
  echo
  echo "== idle: $idle sessions with a pending command, in-process silo =="
  timeout 3600 dotnet "$work/bench/CodeMySpec.Bench.dll" idle --connection "$connection" \
    --idle-sessions "$idle" --sessions-per-project "${BENCH_SESSIONS_PER_PROJECT:-100}"
fi
