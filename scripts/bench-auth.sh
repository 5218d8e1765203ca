#!/usr/bin/env bash
# Measures what authentication costs an API request, against the real service on loopback:
# a private PostgreSQL (scripts/pg.sh, default durability) in a temporary folder, the schema migrated,
# the Release Silo executable, and bench/Auth.Bench as the load (closed loop, keep-alive HTTP/1.1).
#
#   scripts/bench-auth.sh                 both runs: the defaults (token cache on), then the token cache off
#   BENCH_CONCURRENCY=16 BENCH_DURATION=10 BENCH_WARMUP=5 BENCH_ROUNDS=2 BENCH_CACHE_OFF=1
#
# Everything it starts (the silo, PostgreSQL) is stopped at the end, also on failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/bench-silo.sh"
bench_prepare auth bench/Auth.Bench/Auth.Bench.csproj

results=()
# run NAME LABEL [SETTING=VALUE...]: one silo with those settings, one benchmark against it, the silo stopped again.
run() {
  local name=$1 label=$2
  shift 2
  bench_start_silo "$work/silo-$name.log" "$@"
  if ! timeout 900 dotnet "$work/bench/CodeMySpec.Bench.Auth.dll" --url "$silo_url" --label "$label" \
      --concurrency "${BENCH_CONCURRENCY:-16}" --duration "${BENCH_DURATION:-10}" --warmup "${BENCH_WARMUP:-5}" \
      --rounds "${BENCH_ROUNDS:-2}" | tee "$work/bench-$name.out"; then
    echo "--- silo output ---" >&2; tail -n 40 "$work/silo-$name.log" >&2; exit 1
  fi
  results+=("$(grep '^RESULT' "$work/bench-$name.out")")
  bench_stop_silo
}

run cached "defaults: token cache on (OAuth:TokenCacheDuration=00:00:05), token entry lookup on a miss"
if [ "${BENCH_CACHE_OFF:-1}" = 1 ]; then
  run uncached "token cache off (OAuth:TokenCacheDuration=0): signature check and token entry lookup every request" \
    OAuth__TokenCacheDuration=00:00:00
fi

echo
echo "== summary (machine: $(nproc) CPUs shared by load generator, silo and PostgreSQL) =="
printf '%s\n' "${results[@]}"
