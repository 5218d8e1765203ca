#!/usr/bin/env bash
# Runs CodeMySpec on this machine: a private PostgreSQL under .data/ (installed if missing), the schema
# migrated, a demo person, project and agent client (printed, and written to .data/dev-credentials.json),
# and the service on http://127.0.0.1:5080 (CODEMYSPEC_URL overrides). Ctrl-C stops both; the data stays.
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
# A demo person, team account, project and agent client, created once and kept in .data/.
export Demo__Seed=true Demo__CredentialsFile="$data/dev-credentials.json" Demo__BaseUrl="$url"
(cd "$data/build/silo" && dotnet CodeMySpec.Silo.dll migrate)

cat <<MSG

CodeMySpec is starting on $url
  service:   $url/
  readiness: $url/health/ready
  database:  $(sed -E 's/Password=[^;]*/Password=(see .data\/postgres\/password)/' <<<"$connection")
Press Ctrl-C to stop.

MSG
# In the foreground, so that Ctrl-C reaches the service (which shuts down gracefully) and then the trap.
# From the build folder, so that its appsettings.json and appsettings.Development.json apply.
(cd "$data/build/silo" && dotnet CodeMySpec.Silo.dll --urls "$url") || true
