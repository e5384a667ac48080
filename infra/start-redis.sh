#!/usr/bin/env bash
# Starts redis-server on 127.0.0.1 in the background and prints its StackExchange.Redis connection string.
#
#   bash infra/start-redis.sh [--port PORT] [--aof] [--dir DIR]
#
# PORT defaults to a free port. Without --aof nothing is persisted (tests); with it the append-only file is
# written to DIR (what production uses). DIR (default: a new temp dir) also holds redis.log and redis.pid.
# Stop it with: kill "$(cat DIR/redis.pid)".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

port=""
aof="no"
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --aof) aof="yes"; shift ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "usage: $0 [--port PORT] [--aof] [--dir DIR]" >&2; exit 2 ;;
  esac
done

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server is not installed: apt-get install -y redis-server" >&2
  exit 1
fi
dir="${dir:-$(mktemp -d -t realtime-redis.XXXXXX)}"
mkdir -p "$dir"

for attempt in 1 2 3; do
  try_port="${port:-$(free_port)}"
  rm -f "$dir/redis.pid"
  redis-server --port "$try_port" --bind 127.0.0.1 --protected-mode yes \
    --save '' --appendonly "$aof" --appendfsync everysec --dir "$dir" \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  for _ in $(seq 1 50); do
    [ -s "$dir/redis.pid" ] && break
    sleep 0.1
  done
  pid="$(cat "$dir/redis.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && wait_for_port "$try_port" "$pid" 60; then
    echo "redis-server pid $pid on 127.0.0.1:$try_port (aof=$aof, log $dir/redis.log)" >&2
    echo "127.0.0.1:$try_port"
    exit 0
  fi
  echo "redis-server did not start on port $try_port (attempt $attempt); log:" >&2
  tail -n 20 "$dir/redis.log" >&2 || true
  [ -n "$port" ] && break
done
exit 1
