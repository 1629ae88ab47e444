#!/usr/bin/env bash
# Runs a command with Node 22 first on PATH: the machine's own node when it is 22 or later,
# else a pinned Node 22 fetched once from the npm registry (the node-linux-<arch> package,
# taken with `npm pack` and unpacked: no install scripts run) into ~/.cache/dokklib.
#   bash scripts/with-node-22.sh jest ...
set -euo pipefail
version=22.23.5
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; then
  exec "$@"
fi
arch=$(node -p process.arch)
dir="${XDG_CACHE_HOME:-$HOME/.cache}/dokklib/node-v$version-linux-$arch"
if [ ! -x "$dir/bin/node" ]; then
  echo "Fetching Node $version (node-linux-$arch) from the npm registry..." >&2
  work=$(mktemp -d "${TMPDIR:-/tmp}/dokklib-node-XXXXXX")
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "node-linux-$arch@$version" >/dev/null)
  tar -xzf "$work"/node-linux-"$arch"-*.tgz -C "$work" package/bin/node
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp/bin" && mv "$work/package/bin/node" "$dir.tmp/bin/node"
  mv -T "$dir.tmp" "$dir" 2>/dev/null || rm -rf "$dir.tmp"
fi
export PATH="$dir/bin:$PATH"
echo "Running on Node $(node --version): $*" >&2
"$@"
