#!/usr/bin/env bash
# Installs the interop tests' Node packages (tests/Interop/node_modules, ignored by git) exactly as
# package-lock.json pins them: the MCP TypeScript SDK, the MCP conformance suite, and Node 22 itself
# as a binary package from the npm registry (the suite needs Node >= 22; any npm can install it).
# Quick when nothing changed: a stamp remembers which lock file the folder was installed from.
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stamp="$dir/node_modules/.installed-from-lock"
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)

if [ -x "$dir/node_modules/.bin/node" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  echo "npm not found; installing the Debian package 'npm'..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >&2
fi

echo "Installing the interop tests' Node packages (tests/Interop/package-lock.json)..." >&2
# The system npm may run on an older Node than the packages ask for; they run on the Node installed here.
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error --engine-strict=false >&2)
node=$("$dir/node_modules/.bin/node" --version) || { echo "No Node binary package for $(uname -m) was installed." >&2; exit 1; }
case "$node" in
  v2[2-9].*) ;;
  *) echo "Expected Node 22 or later, got $node." >&2; exit 1 ;;
esac
echo "$want" >"$stamp"
