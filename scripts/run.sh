#!/usr/bin/env bash
# Runs CodeMySpec on this machine: a private PostgreSQL under .data/ (installed if missing), the schema
# migrated, and the service on http://127.0.0.1:5080 (CODEMYSPEC_URL overrides). Ctrl-C stops both;
# the data stays for next time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
url=${CODEMYSPEC_URL:-http://127.0.0.1:5080}
data="$root/.data"

mkdir -p "$data"
"$root/scripts/pg.sh" ensure
connection=$("$root/scripts/pg.sh" start "$data/postgres" | tail -n 1)
trap '"$root/scripts/pg.sh" stop "$data/postgres"; echo "PostgreSQL stopped; data kept in .data/."' EXIT

echo "Building..."
dotnet build "$root/src/Silo/Silo.csproj" -c Release -nologo -v quiet -o "$data/build/silo" >/dev/null
export ConnectionStrings__Postgres="$connection"
export DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development}
dotnet "$data/build/silo/CodeMySpec.Silo.dll" migrate

cat <<MSG

CodeMySpec is starting on $url
  service:   $url/
  readiness: $url/health/ready
  database:  $(sed -E 's/Password=[^;]*/Password=(see .data\/postgres\/password)/' <<<"$connection")
Press Ctrl-C to stop.

MSG
# In the foreground, so that Ctrl-C reaches the service (which shuts down gracefully) and then the trap.
dotnet "$data/build/silo/CodeMySpec.Silo.dll" --urls "$url" || true
