#!/usr/bin/env bash
# Stories benchmark: import of a generated user_stories.md (500 stories by default) and its export, through
# an in-process silo on one private PostgreSQL (default durability), stopped at the end.
#
#   scripts/bench-stories.sh [STORY_COUNT]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dir=$root/.data/bench-stories-pg

scripts/pg.sh ensure
connection=$(scripts/pg.sh start "$dir" | tail -n 1)
trap 'scripts/pg.sh stop "$dir"' EXIT

dotnet run -c Release --project bench/Stories.Bench -- "$connection" "${1:-500}"
