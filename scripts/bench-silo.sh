# Sourced by the benchmarks that run the Release Silo executable against a private PostgreSQL (scripts/pg.sh,
# default durability) in a temporary folder; not run on its own. The caller sets $root first.
#
#   bench_prepare NAME PROJECT         builds the silo and PROJECT (a bench .csproj) into $work, starts PostgreSQL
#                                      ($connection), migrates, and stops everything on exit, also on failure
#   bench_start_silo LOG [SETTING=VALUE...]   starts the silo with those settings: $silo_pid, $silo_url
#                                      (and with $BENCH_SILO_ENV, e.g. "DOTNET_GCgen0size=0x4000000", to try a runtime
#                                      setting on the silo alone: an exported one would reach the load generator too)
#   bench_stop_silo                    stops it gracefully (SIGKILL after 20 s)

silo_pid=""
silo_url=""
unset PG_EXTRA_OPTIONS

bench_stop_silo() {
  [ -n "$silo_pid" ] || return 0
  if kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM "$silo_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$silo_pid" 2>/dev/null || true
  fi
  wait "$silo_pid" 2>/dev/null || true
  silo_pid=""
}

bench_cleanup() {
  bench_stop_silo
  "$root/scripts/pg.sh" stop "$work/postgres" || true
  rm -rf "$work"
}

bench_prepare() {
  local name=$1 project=$2
  work=$(mktemp -d "/tmp/codemyspec-bench-$name.XXXXXX")
  chmod 755 "$work"   # PostgreSQL runs as its own user under root and must reach its folder
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM

  echo "Building (Release)..."
  dotnet build "$root/src/Silo/Silo.csproj" -c Release -nologo -v quiet -o "$work/silo" >/dev/null
  dotnet build "$root/$project" -c Release -nologo -v quiet -o "$work/bench" >/dev/null

  "$root/scripts/pg.sh" ensure
  connection=$("$root/scripts/pg.sh" start "$work/postgres" | tail -n 1)

  export ConnectionStrings__Postgres="$connection"
  export DOTNET_ENVIRONMENT=Production
  export OAuth__RequireHttps=false
  export Orleans__ClusterId="bench-$name" Orleans__ServiceId="bench-$name" Orleans__AdvertisedIPAddress=127.0.0.1
  export Logging__LogLevel__Default=Warning   # no per-request logging in the measurement
  (cd "$work/silo" && timeout 120 dotnet CodeMySpec.Silo.dll migrate) >"$work/migrate.log" 2>&1 \
    || { cat "$work/migrate.log" >&2; exit 1; }
}

bench_start_silo() {
  local log=$1 port
  shift
  port=$("$root/scripts/pg.sh" free-port)
  # shellcheck disable=SC2086 # BENCH_SILO_ENV is a list of NAME=VALUE words
  (cd "$work/silo" && exec env ${BENCH_SILO_ENV:-} "$@" Orleans__SiloName="silo-$port" \
    Orleans__SiloPort="$("$root/scripts/pg.sh" free-port)" Orleans__GatewayPort="$("$root/scripts/pg.sh" free-port)" \
    dotnet CodeMySpec.Silo.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  silo_pid=$!
  silo_url="http://127.0.0.1:$port"
}
