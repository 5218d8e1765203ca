#!/usr/bin/env bash
# Storage benchmark: persisted grain writes (in-process silo, the service's grain storage) against a
# plain Npgsql upsert of the same JSON, at 1, 8 and 32 concurrent callers, in one run on one private
# PostgreSQL with the server's default durability. The cluster lives in a temporary folder and is
# stopped and removed at the end.
#
#   scripts/bench.sh [--duration S] [--warmup S] [--rounds N] [--callers 1,8,32] [--max-ops N]
#
# BENCH_PG_OPTIONS adds server options for an investigation (e.g. pg_stat_statements); the printed
# header shows the durability settings the figures were measured with.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/pg.sh ensure
echo "Building (Release)..."
dotnet build bench/Storage.Bench/Storage.Bench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null

pgdir=$(mktemp -d "${TMPDIR:-/tmp}/codemyspec-bench-XXXXXX")
trap 'scripts/pg.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
# Only the options asked for here: an fsync=off left in the environment by a test run must not leak in.
connection=$(PG_EXTRA_OPTIONS="${BENCH_PG_OPTIONS:-}" scripts/pg.sh start "$pgdir" | tail -n 1)

ConnectionStrings__Postgres="$connection" dotnet bench/Storage.Bench/bin/Release/net10.0/CodeMySpec.Bench.dll "$@"
