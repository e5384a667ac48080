#!/usr/bin/env bash
# Starts the Azurite table service on 127.0.0.1 in the background (in-memory) and prints its connection string.
#
#   bash infra/start-azurite.sh [--port PORT] [--dir DIR]
#
# PORT defaults to a free port. Installs Azurite from infra/package-lock.json on first use.
# DIR (default: a new temp dir) holds azurite.log and azurite.pid. Stop it with: kill "$(cat DIR/azurite.pid)".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

port=""
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "usage: $0 [--port PORT] [--dir DIR]" >&2; exit 2 ;;
  esac
done

infra="$(realtime_repo_root)/infra"
azurite_table="$infra/node_modules/.bin/azurite-table"
if [ ! -x "$azurite_table" ]; then
  npm_ci_if_needed "$infra" >&2
fi
dir="${dir:-$(mktemp -d -t realtime-azurite.XXXXXX)}"
mkdir -p "$dir"

for attempt in 1 2 3; do
  try_port="${port:-$(free_port)}"
  nohup "$azurite_table" --tableHost 127.0.0.1 --tablePort "$try_port" --inMemoryPersistence \
    --skipApiVersionCheck --silent >"$dir/azurite.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" > "$dir/azurite.pid"
  if wait_for_port "$try_port" "$pid" 90; then
    echo "azurite-table pid $pid on 127.0.0.1:$try_port (log $dir/azurite.log)" >&2
    echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$try_port/devstoreaccount1;"
    exit 0
  fi
  echo "azurite-table did not start on port $try_port (attempt $attempt); log:" >&2
  tail -n 20 "$dir/azurite.log" >&2 || true
  kill "$pid" 2>/dev/null || true
  [ -n "$port" ] && break
done
exit 1
