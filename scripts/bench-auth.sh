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
work=$(mktemp -d /tmp/codemyspec-bench-auth.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as its own user under root and must reach its folder
silo_pid=""
unset PG_EXTRA_OPTIONS

stop_silo() {
  [ -n "$silo_pid" ] || return 0
  if kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM "$silo_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$silo_pid" 2>/dev/null || true
  fi
  wait "$silo_pid" 2>/dev/null || true
  silo_pid=""
}

cleanup() {
  stop_silo
  "$root/scripts/pg.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { "$root/scripts/pg.sh" free-port; }

echo "Building (Release)..."
dotnet build "$root/src/Silo/Silo.csproj" -c Release -nologo -v quiet -o "$work/silo" >/dev/null
dotnet build "$root/bench/Auth.Bench/Auth.Bench.csproj" -c Release -nologo -v quiet -o "$work/bench" >/dev/null

"$root/scripts/pg.sh" ensure
connection=$("$root/scripts/pg.sh" start "$work/postgres" | tail -n 1)

export ConnectionStrings__Postgres="$connection"
export DOTNET_ENVIRONMENT=Production
export OAuth__RequireHttps=false
export Orleans__ClusterId=bench-auth Orleans__ServiceId=bench-auth Orleans__AdvertisedIPAddress=127.0.0.1
export Logging__LogLevel__Default=Warning   # no per-request logging in the measurement
(cd "$work/silo" && timeout 120 dotnet CodeMySpec.Silo.dll migrate) >"$work/migrate.log" 2>&1 \
  || { cat "$work/migrate.log" >&2; exit 1; }

results=()
# run NAME LABEL [SETTING=VALUE...]: one silo with those settings, one benchmark against it, the silo stopped again.
run() {
  local name=$1 label=$2 port
  shift 2
  port=$(free_port)
  (cd "$work/silo" && exec env "$@" Orleans__SiloName="bench-$name" \
    Orleans__SiloPort="$(free_port)" Orleans__GatewayPort="$(free_port)" \
    dotnet CodeMySpec.Silo.dll --urls "http://127.0.0.1:$port") >"$work/silo-$name.log" 2>&1 &
  silo_pid=$!
  if ! timeout 900 dotnet "$work/bench/CodeMySpec.Bench.Auth.dll" --url "http://127.0.0.1:$port" --label "$label" \
      --concurrency "${BENCH_CONCURRENCY:-16}" --duration "${BENCH_DURATION:-10}" --warmup "${BENCH_WARMUP:-5}" \
      --rounds "${BENCH_ROUNDS:-2}" | tee "$work/bench-$name.out"; then
    echo "--- silo output ---" >&2; tail -n 40 "$work/silo-$name.log" >&2; exit 1
  fi
  results+=("$(grep '^RESULT' "$work/bench-$name.out")")
  stop_silo
}

run cached "defaults: token cache on (OAuth:TokenCacheDuration=00:00:05), token entry lookup on a miss"
if [ "${BENCH_CACHE_OFF:-1}" = 1 ]; then
  run uncached "token cache off (OAuth:TokenCacheDuration=0): signature check and token entry lookup every request" \
    OAuth__TokenCacheDuration=00:00:00
fi

echo
echo "== summary (machine: $(nproc) CPUs shared by load generator, silo and PostgreSQL) =="
printf '%s\n' "${results[@]}"
