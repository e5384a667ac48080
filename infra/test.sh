#!/usr/bin/env bash
# The repository's test command: bash infra/test.sh
#
# Installs what is missing (redis-server, chromium, npm packages, NuGet packages), starts redis-server and the
# Azurite table service on free loopback ports, builds the solution once, runs every test project and the web
# tests, prints a per-suite summary and closes with "TOTAL: N passed, M failed, S skipped".
# Exits non-zero when a test failed or a suite could not run. Servers are stopped on exit, even on failure.
#
# Environment: REALTIME_TEST_FILTER=<dotnet test --filter expression> narrows the .NET tests (developers only).
set -uo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
repo="$(realtime_repo_root)"
cd "$repo" || exit 1

work="$(mktemp -d -t realtime-test.XXXXXX)"
results="$work/results"
mkdir -p "$results"
redis_dir="$work/redis"
azurite_dir="$work/azurite"
started_at=$SECONDS

declare -a suite_names=() suite_lines=() failed_tests=()
total_passed=0
total_failed=0
total_skipped=0
broken_suites=0

log() { printf '\n==> %s\n' "$*"; }

stop_pidfile() {
  local pidfile="$1" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  rm -f "$pidfile"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop_servers() {
  stop_pidfile "$redis_dir/redis.pid"
  stop_pidfile "$azurite_dir/azurite.pid"
}

cleanup() {
  stop_servers
  if [ "${CI:-}" = "true" ]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# record NAME PASSED FAILED SKIPPED SECONDS [NOTE]: adds one line to the summary.
record() {
  local name="$1" passed="$2" failed="$3" skipped="$4" seconds="$5" note="${6:-}"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  suite_names+=("$name")
  suite_lines+=("$(printf '%-32s %5d passed %5d failed %5d skipped %6ss %s' "$name" "$passed" "$failed" "$skipped" "$seconds" "$note")")
  printf '%s: %d passed, %d failed, %d skipped in %ss %s\n' "$name" "$passed" "$failed" "$skipped" "$seconds" "$note"
}

# record_broken NAME REASON: a suite that could not run (counts as a failure of the whole run).
record_broken() {
  broken_suites=$((broken_suites + 1))
  suite_names+=("$1")
  suite_lines+=("$(printf '%-32s %s' "$1" "NOT RUN: $2")")
  printf '%s: NOT RUN: %s\n' "$1" "$2"
}

print_summary_and_exit() {
  stop_servers
  local code=0
  if [ "$total_failed" -gt 0 ] || [ "$broken_suites" -gt 0 ]; then
    code=1
    for f in "$redis_dir/redis.log" "$azurite_dir/azurite.log"; do
      if [ -f "$f" ]; then
        printf '\n--- last lines of %s ---\n' "$f"
        tail -n 30 "$f"
      fi
    done
  fi
  printf '\n==> Summary (%ss, logs and results in %s)\n' "$((SECONDS - started_at))" "$work"
  local line
  for line in "${suite_lines[@]}"; do
    printf '  %s\n' "$line"
  done
  if [ "$broken_suites" -gt 0 ]; then
    printf '  %d suite(s) could not run\n' "$broken_suites"
  fi
  for line in "${failed_tests[@]}"; do
    printf '  FAILED %s\n' "$line"
  done
  printf 'TOTAL: %d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
  exit "$code"
}

has_npm_script() {
  node -e 'const p = require(process.argv[1]); process.exit(p.scripts && p.scripts[process.argv[2]] ? 0 : 1);' \
    "$repo/web/package.json" "$1"
}

# ---------------------------------------------------------------------------------------------------- install
log "Installing what is missing"
missing_apt=()
command -v redis-server >/dev/null 2>&1 || missing_apt+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing_apt+=(chromium)
# Chinese text in the browser tests' screenshots needs a CJK font.
[ -d /usr/share/fonts/opentype/noto ] || missing_apt+=(fonts-noto-cjk)
if [ "${#missing_apt[@]}" -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" != "0" ]; then
    sudo_cmd=(sudo)
  fi
  echo "apt-get install ${missing_apt[*]}"
  if ! { "${sudo_cmd[@]}" apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing_apt[@]}" >"$work/apt.log" 2>&1; }; then
    tail -n 30 "$work/apt.log" 2>/dev/null
    record_broken "install" "apt-get install ${missing_apt[*]} failed"
    print_summary_and_exit
  fi
fi

echo "npm ci (infra)"
if ! npm_ci_if_needed "$repo/infra"; then
  record_broken "install" "npm ci in infra/ failed"
  print_summary_and_exit
fi
if [ -f "$repo/web/package.json" ]; then
  echo "npm ci (web)"
  if ! npm_ci_if_needed "$repo/web"; then
    record_broken "install" "npm ci in web/ failed"
    print_summary_and_exit
  fi
fi

echo "dotnet restore"
if ! dotnet restore Realtime.sln --verbosity quiet >"$work/restore.log" 2>&1; then
  tail -n 40 "$work/restore.log"
  record_broken "restore" "dotnet restore Realtime.sln failed (see $work/restore.log)"
  print_summary_and_exit
fi

# ---------------------------------------------------------------------------------------------------- servers
log "Starting redis-server and Azurite on free loopback ports"
if ! REALTIME_TEST_REDIS="$(bash "$repo/infra/start-redis.sh" --dir "$redis_dir")"; then
  record_broken "servers" "redis-server did not start"
  print_summary_and_exit
fi
if ! REALTIME_TEST_AZURITE="$(bash "$repo/infra/start-azurite.sh" --dir "$azurite_dir")"; then
  record_broken "servers" "Azurite did not start"
  print_summary_and_exit
fi
export REALTIME_TEST_REDIS REALTIME_TEST_AZURITE
echo "REALTIME_TEST_REDIS=$REALTIME_TEST_REDIS"
echo "REALTIME_TEST_AZURITE=...TableEndpoint=${REALTIME_TEST_AZURITE##*TableEndpoint=}"

# ---------------------------------------------------------------------------------------------------- build
log "Building Realtime.sln (Release)"
build_started=$SECONDS
if ! dotnet build Realtime.sln -c Release --no-restore -p:SkipWebBuild=false -nologo -clp:ErrorsOnly \
    >"$work/build.log" 2>&1; then
  grep -E 'error|Error' "$work/build.log" | sort -u | head -n 60
  record_broken "build" "dotnet build failed (see $work/build.log)"
  print_summary_and_exit
fi
echo "built in $((SECONDS - build_started))s"

# ---------------------------------------------------------------------------------------------------- .NET tests
# trx_counter FILE NAME: reads one attribute of the <Counters> element of a TRX file.
trx_counter() {
  grep -o "<Counters [^>]*>" "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0
}

mapfile -t test_projects < <(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj 2>/dev/null | sort)
if [ "${#test_projects[@]}" -eq 0 ]; then
  record_broken "dotnet tests" "no test project found under tests/"
fi
filter_args=()
if [ -n "${REALTIME_TEST_FILTER:-}" ]; then
  filter_args=(--filter "$REALTIME_TEST_FILTER")
fi
for project in "${test_projects[@]}"; do
  name="$(basename "$project" .csproj)"
  log "dotnet test $name"
  trx="$results/$name.trx"
  suite_started=$SECONDS
  timeout --kill-after=30s 20m dotnet test "$project" --no-build --no-restore -c Release -nologo \
    "${filter_args[@]}" --blame-hang-timeout 10m \
    --logger "trx;LogFileName=$trx" --logger "console;verbosity=normal" --results-directory "$results/$name" \
    >"$results/$name.log" 2>&1
  code=$?
  seconds=$((SECONDS - suite_started))
  # Show failures with their messages and stack traces, skips, and the runner's own closing line.
  grep -E -A 15 '^\s+Failed [A-Za-z_]' "$results/$name.log" | head -n 200
  grep -E '^\s+Skipped [A-Za-z_]|^(Passed|Failed)!|No test is available|error [A-Z]+[0-9]+' "$results/$name.log" | head -n 40
  if [ -f "$trx" ]; then
    # Name the failures again in the closing summary, which is what a CI excerpt shows.
    while IFS= read -r test_name; do
      failed_tests+=("$name: $test_name")
    done < <(grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" | sed -E 's/.*testName="([^"]*)".*/\1/' | head -n 20)
    while IFS= read -r test_name; do
      failed_tests+=("$name: hung or crashed in $test_name")
    done < <(grep -A1 'The test running when the crash occurred' "$results/$name.log" | tail -n +2 | head -n 1)
    executed="$(trx_counter "$trx" executed)"
    passed="$(trx_counter "$trx" passed)"
    failed="$(trx_counter "$trx" failed)"
    errors="$(trx_counter "$trx" error)"
    timeouts="$(trx_counter "$trx" timeout)"
    aborted="$(trx_counter "$trx" aborted)"
    total="$(trx_counter "$trx" total)"
    # xUnit's skipped tests are counted in total but not in executed.
    skipped=$((total - executed))
    failed=$((failed + errors + timeouts + aborted))
    if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
      # The host crashed or hung after the TRX counters were written: the suite did not complete.
      tail -n 40 "$results/$name.log"
      record "$name" "$passed" 1 "$skipped" "$seconds" "(test host exited with code $code)"
    else
      note=""
      [ "$total" -eq 0 ] && note="(no tests)"
      record "$name" "$passed" "$failed" "$skipped" "$seconds" "$note"
    fi
  elif grep -q 'No test is available' "$results/$name.log"; then
    record "$name" 0 0 0 "$seconds" "(no tests)"
  else
    tail -n 40 "$results/$name.log"
    record_broken "$name" "dotnet test exited with code $code and wrote no results (see $results/$name.log)"
  fi
done

# ---------------------------------------------------------------------------------------------------- web tests
if [ -f "$repo/web/package.json" ]; then
  if has_npm_script test; then
    log "npm test (web)"
    suite_started=$SECONDS
    (cd "$repo/web" && CI=true timeout --kill-after=30s 15m npm test 2>&1) | tee "$results/web-test.log"
    code=${PIPESTATUS[0]}
    seconds=$((SECONDS - suite_started))
    # Vitest closes with "Tests  12 passed | 1 failed | 2 skipped (15)"; node:test with "# pass 12" / "# fail 1".
    plain="$(sed -e 's/\x1b\[[0-9;]*m//g' "$results/web-test.log")"
    summary="$(grep -E '^\s*Tests\s+[0-9]' <<<"$plain" | tail -n 1)"
    count_of() { grep -oE "[0-9]+ $1" <<<"$summary" | grep -oE '[0-9]+' || echo 0; }
    if [ -n "$summary" ]; then
      passed="$(count_of passed)"
      failed="$(count_of failed)"
      skipped=$(( $(count_of skipped) + $(count_of todo) ))
    else
      passed="$(grep -E '^# pass [0-9]+' <<<"$plain" | tail -n 1 | grep -oE '[0-9]+' || echo 0)"
      failed="$(grep -E '^# fail [0-9]+' <<<"$plain" | tail -n 1 | grep -oE '[0-9]+' || echo 0)"
      skipped="$(grep -E '^# skipped [0-9]+' <<<"$plain" | tail -n 1 | grep -oE '[0-9]+' || echo 0)"
    fi
    if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
      failed=1
    fi
    if [ "$code" -eq 0 ] && [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
      record_broken "web: npm test" "exit code 0 but no test count found in its output"
    else
      record "web: npm test" "$passed" "$failed" "$skipped" "$seconds"
    fi
  fi
  if has_npm_script e2e; then
    log "npm run e2e (web)"
    suite_started=$SECONDS
    (cd "$repo/web" && CI=true timeout --kill-after=30s 20m npm run e2e 2>&1) | tee "$results/web-e2e.log"
    code=${PIPESTATUS[0]}
    seconds=$((SECONDS - suite_started))
    summary="$(sed -e 's/\x1b\[[0-9;]*m//g' "$results/web-e2e.log" | grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' | tail -n 1)"
    while IFS= read -r test_name; do
      failed_tests+=("web e2e: $test_name")
    done < <(sed -e 's/\x1b\[[0-9;]*m//g' "$results/web-e2e.log" | grep -E '^\[e2e\] FAIL ' | sed -E 's/^\[e2e\] FAIL //' | cut -c1-200 | head -n 20)
    if [ -z "$summary" ]; then
      record_broken "web: e2e" "npm run e2e exited with code $code without its 'e2e: N passed, M failed' line"
    else
      passed="$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+')"
      failed="$(grep -oE '[0-9]+ failed' <<<"$summary" | grep -oE '[0-9]+')"
      skipped="$(grep -oE '[0-9]+ skipped' <<<"$summary" | grep -oE '[0-9]+' || echo 0)"
      if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1
      fi
      record "web: e2e" "$passed" "$failed" "$skipped" "$seconds"
    fi
  fi
fi

print_summary_and_exit
