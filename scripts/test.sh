#!/usr/bin/env bash
# Builds the solution and runs every test project. Tests that need PostgreSQL start their own
# throw-away cluster (scripts/pg.sh); this script only makes sure the server package is installed.
# The interop tests run Node clients: tests/Interop/install.sh installs their pinned packages, Node 22
# included, from the npm registry (once; quick when nothing changed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/pg.sh ensure
tests/Interop/install.sh
dotnet build CodeMySpec.sln -c Release -nologo -v quiet -clp:ErrorsOnly

results=$(mktemp -d)
status=0
dotnet test CodeMySpec.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

# One closing line for all projects together.
read -r passed failed skipped < <(cat "$results"/*.trx 2>/dev/null \
  | grep -o '<Counters [^>]*' \
  | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
           if (kv[1] == "passed") p += kv[2]; if (kv[1] == "failed") f += kv[2];
           if (kv[1] == "notExecuted") s += kv[2] } }
         END { print p + 0, f + 0, s + 0 }')
rm -rf "$results"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then echo "No test ran." >&2; exit 1; fi
exit "$status"
