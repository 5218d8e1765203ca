#!/usr/bin/env bash
# Architecture write benchmark: adding one dependency to a 50-component project and to a 5,000-component,
# 20,000-dependency project, on one private PostgreSQL (default durability) and an in-process silo.
#
#   scripts/bench-architecture.sh [DIR]    DIR holds the PostgreSQL cluster (default .data/bench-pg)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dir=${1:-$root/.data/bench-pg}

scripts/pg.sh ensure
connection=$(scripts/pg.sh start "$dir" | tail -n 1)
trap 'scripts/pg.sh stop "$dir"' EXIT

dotnet run -c Release --project bench/Architecture.Bench -- "$connection"
