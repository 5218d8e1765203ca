#!/usr/bin/env bash
# Coordinator benchmark: a full reconcile of 10,000 components, 30,000 files and 5,000 tests against only reading
# that report, one-file deltas, and claims per second with 32 agents, on one private PostgreSQL (default durability)
# and an in-process silo.
#
#   scripts/bench-coordinator.sh [DIR]    DIR holds the PostgreSQL cluster (default .data/bench-pg)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dir=${1:-$root/.data/bench-pg}

scripts/pg.sh ensure
connection=$(scripts/pg.sh start "$dir" | tail -n 1)
trap 'scripts/pg.sh stop "$dir"' EXIT

dotnet run -c Release --project bench/Coordinator.Bench -- "$connection"
