#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first healthy answer, and resident memory after a few requests.
# Builds nothing: run `mvn -B package -DskipTests` first. Each run starts the demo profile on a fresh data
# directory (so each run also creates its embedded PostgreSQL cluster and applies the migrations), then stops
# the application gracefully (SIGTERM).
#
#   bench/startup.sh                 # 3 runs of target/liaison-exec.jar on port 8093
#   RUNS=5 PORT=9000 JAR=path/to/liaison-exec.jar JAVA_OPTS="-Xmx512m" bench/startup.sh
set -euo pipefail

JAR=${JAR:-target/liaison-exec.jar}
RUNS=${RUNS:-3}
PORT=${PORT:-8093}
JAVA_OPTS=${JAVA_OPTS:-}
TIMEOUT_S=${TIMEOUT_S:-180}
PAGES=(/ /legal-notice /personal-data /accessibility /partners /partners/DE /timeline /api/v1/partners /v3/api-docs /actuator/health)

[[ -f "$JAR" ]] || { echo "No $JAR: run 'mvn -B package -DskipTests' first." >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed." >&2; exit 1; }

now_ms() { date +%s%3N; }

echo "jar: $JAR ($(du -h "$JAR" | cut -f1)), $(java -version 2>&1 | head -1), $(nproc) cores, JAVA_OPTS='${JAVA_OPTS}'"
printf '\n| run | first healthy answer (s) | "Started" in log (s) | RSS after requests (MB) | stop (s) |\n'
printf '|---|---|---|---|---|\n'
for run in $(seq 1 "$RUNS"); do
  data=$(mktemp -d /tmp/liaison-bench.XXXXXX)
  start=$(now_ms)
  # shellcheck disable=SC2086
  PORT=$PORT LIAISON_DATA_DIR=$data java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "The application stopped; see $data/app.log" >&2; exit 1; fi
    if (( $(now_ms) - start > TIMEOUT_S * 1000 )); then kill "$pid"; echo "No healthy answer in ${TIMEOUT_S}s" >&2; exit 1; fi
    sleep 0.1
  done
  ready=$(( $(now_ms) - start ))
  for _ in 1 2 3 4 5; do
    for page in "${PAGES[@]}"; do curl -s -o /dev/null "http://localhost:$PORT$page"; done
  done
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  started=$(grep -o 'Started LiaisonApplication in [0-9.]* seconds' "$data/app.log" | grep -o '[0-9.]*' | head -1 || true)
  stop_start=$(now_ms)
  kill -TERM "$pid"
  wait "$pid" || true   # a JVM stopped by SIGTERM exits with 143
  stopped=$(( $(now_ms) - stop_start ))
  printf '| %d | %d.%02d | %s | %d | %d.%02d |\n' "$run" $((ready / 1000)) $((ready % 1000 / 10)) "${started:-?}" \
    $((rss_kb / 1024)) $((stopped / 1000)) $((stopped % 1000 / 10))
  rm -rf "$data"
done
