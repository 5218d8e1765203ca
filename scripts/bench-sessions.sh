#!/usr/bin/env bash
# Sessions benchmark, two parts on one private PostgreSQL (scripts/pg.sh, default durability) in a temporary folder:
#  1. steps: the Release Silo executable on loopback; 8 and 32 simulated agents (bench/Sessions.Bench) each drive
#     component_code sessions over REST through fail -> fix -> pass (running the command each accepted result carries;
#     BENCH_ASK_NEXT=true asks next-command before every step instead), interleaved round by round with plain PostgreSQL
#     upserts of a session's JSON at the same concurrency; target at 32 agents: steps/s >= 0.8 x upserts/s.
#  2. idle: an in-process silo starts BENCH_IDLE_SESSIONS sessions with a pending command and reports the memory held
#     per idle session (target <= 10 KB), with them active and after the silo deactivated them.
#
#   scripts/bench-sessions.sh
#   BENCH_AGENTS=8,32 BENCH_DURATION=15 BENCH_WARMUP=20 BENCH_ROUNDS=2 BENCH_ASK_NEXT=false
#   BENCH_IDLE_SESSIONS=100000 BENCH_SESSIONS_PER_PROJECT=100   (BENCH_IDLE_SESSIONS=0 skips part 2)
#   BENCH_STATEMENTS=1   (statements per step from pg_stat_statements)
#
# Everything it starts (the silo, PostgreSQL) is stopped at the end, also on failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/bench-silo.sh"
# BENCH_STATEMENTS=1 counts statements (pg_stat_statements) and prints under each measurement of steps where its
# commits come from. Off by default: counting costs the database a little on both sides of the comparison.
if [ "${BENCH_STATEMENTS:-0}" = 1 ]; then export PG_EXTRA_OPTIONS="-c shared_preload_libraries=pg_stat_statements"; fi
bench_prepare sessions bench/Sessions.Bench/Sessions.Bench.csproj
bench_start_silo "$work/silo.log"
postmaster=$(head -n 1 "$work/postgres/data/postmaster.pid" 2>/dev/null || echo 0)

echo "== steps: simulated agents over REST against plain upserts =="
if ! timeout 1800 dotnet "$work/bench/CodeMySpec.Bench.dll" steps --url "$silo_url" --connection "$connection" \
    --agents "${BENCH_AGENTS:-8,32}" --duration "${BENCH_DURATION:-15}" --warmup "${BENCH_WARMUP:-20}" --rounds "${BENCH_ROUNDS:-2}" \
    --ask-next "${BENCH_ASK_NEXT:-false}" --silo-pid "$silo_pid" --postgres-pid "$postmaster"; then
  echo "--- silo output ---" >&2; tail -n 40 "$work/silo.log" >&2; exit 1
fi
bench_stop_silo

idle=${BENCH_IDLE_SESSIONS:-100000}
if [ "$idle" -gt 0 ]; then
  echo
  echo "== idle: $idle sessions with a pending command, in-process silo =="
  timeout 3600 dotnet "$work/bench/CodeMySpec.Bench.dll" idle --connection "$connection" \
    --idle-sessions "$idle" --sessions-per-project "${BENCH_SESSIONS_PER_PROJECT:-100}"
fi
