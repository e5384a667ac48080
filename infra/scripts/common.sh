#!/usr/bin/env bash
# Shared helpers for the infra scripts: free loopback ports, waiting for a port, installing npm packages once.

realtime_repo_root() {
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
}

# Prints a TCP port that is free on 127.0.0.1 right now (the OS picks it).
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
  else
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
  fi
}

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for_port PORT PID SECONDS: waits until the port accepts connections; fails early if PID died.
wait_for_port() {
  local port="$1" pid="$2" seconds="$3" waited=0
  while ! port_open "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
    if [ "$waited" -ge $((seconds * 5)) ]; then
      return 1
    fi
  done
}

# npm_ci_if_needed DIR: runs `npm ci` in DIR unless node_modules already matches package-lock.json.
npm_ci_if_needed() {
  local dir="$1" stamp="$1/node_modules/.realtime-lock.sha256" wanted
  wanted="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ "${CI:-}" != "true" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  echo "$wanted" > "$stamp"
}
