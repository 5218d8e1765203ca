#!/usr/bin/env bash
# A private PostgreSQL cluster in a folder of its own, for development (scripts/run.sh) and for the
# test fixtures. Never touches a system-wide server.
#
#   scripts/pg.sh ensure        install the PostgreSQL server package if this machine lacks it
#   scripts/pg.sh start DIR     create (first time) and start the cluster in DIR on a loopback port that
#                               is kept for next time; prints the connection string as the last line
#   scripts/pg.sh stop DIR      stop it (data is kept)
#   scripts/pg.sh free-port     print a loopback port nothing listens on (for other local servers)
#
# PostgreSQL refuses to run as root, so under root the cluster belongs to the 'postgres' system user.
# It listens on loopback TCP only: no Unix socket, whose path would be too long in a deep checkout.
set -euo pipefail

database=codemyspec
role=codemyspec

pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure() {
  if pg_bindir >/dev/null; then return 0; fi
  echo "PostgreSQL server not found; installing the Debian package 'postgresql'..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  pg_bindir >/dev/null || { echo "Installing PostgreSQL failed." >&2; exit 1; }
}

free_port() {
  local port
  # Below Linux's ephemeral range (32768-60999): a port the kernel lent to some outgoing connection
  # refuses connections, so it looks free here, but the server could not bind it.
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "No free loopback port found." >&2; return 1
}

start() {
  local dir=$1 bin port password
  bin=$(pg_bindir) || { echo "PostgreSQL is not installed; run '$0 ensure'." >&2; exit 1; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  chmod 700 "$dir"

  if [ ! -f "$dir/data/PG_VERSION" ]; then
    # A generated password, kept beside the data; loopback-only and scram, even for development.
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    local pwfile="$dir/.pwfile"
    printf '%s\n' "$password" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$role" --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; rm -f "$pwfile"; exit 1; }
    rm -f "$pwfile"
    printf '%s\n' "$password" > "$dir/password"
    chmod 600 "$dir/password"
  fi
  password=$(cat "$dir/password")

  if [ -f "$dir/port" ]; then port=$(cat "$dir/port"); else port=$(free_port); echo "$port" > "$dir/port"; fi

  if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' ${PG_EXTRA_OPTIONS:-}" start >/dev/null \
      || { tail -n 20 "$dir/postgres.log" >&2; exit 1; }
  fi

  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$role" -d postgres -tAq \
    -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
    || PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$role" -d postgres -q \
      -c "CREATE DATABASE $database" >/dev/null
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=$role;Password=$password"
}

stop() {
  local dir=$1 bin
  bin=$(pg_bindir) || exit 0
  [ -f "$dir/data/PG_VERSION" ] || exit 0
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  ensure) ensure ;;
  start) [ $# -eq 2 ] || { echo "usage: $0 start DIR" >&2; exit 2; }; start "$2" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
  free-port) free_port ;;
  *) echo "usage: $0 ensure | start DIR | stop DIR | free-port" >&2; exit 2 ;;
esac
