#!/usr/bin/env bash
# Runs tasksync's benchmark scenarios and prints their Markdown tables (BENCHMARKS.md).
#
#   benchmarks/run.sh quick              every scenario at a reduced size (under 10 minutes)
#   benchmarks/run.sh full               the sizes BENCHMARKS.md reports (about 45 minutes)
#   benchmarks/run.sh full idle memory   only the named scenarios
#
# Scenarios: operations (Firestore operations, counted), idle (idle cost), memory, webhooks
# (webhook intake), latency and instances (placeholders: not measured yet), and the import
# harnesses of the older sections: asana-import, clickup-import, linear-import, upsert.
#
# Builds with plain Maven (no -o, no install), from the repository root. Every harness starts and
# stops its own Firestore emulator(s), stand-ins and, for webhooks, the app, on free loopback
# ports. Tables go to standard output and to benchmarks/target/results-<mode>-<time>.md; the
# harnesses' logs to benchmarks/target/run-<mode>-<time>.log. The machine's load average is
# printed before and after each scenario. SKIP_BUILD=1 reuses the last build.
set -euo pipefail

cd "$(dirname "$0")/.."
MODE="${1:-quick}"
shift || true
case "$MODE" in
  quick | full) ;;
  *)
    echo "usage: benchmarks/run.sh quick|full [scenario ...]" >&2
    exit 2
    ;;
esac
SCENARIOS=("$@")
if [ ${#SCENARIOS[@]} -eq 0 ]; then
  SCENARIOS=(operations idle memory webhooks latency instances)
fi

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="benchmarks/target/results-$MODE-$STAMP.md"
LOG="benchmarks/target/run-$MODE-$STAMP.log"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building (mvn -q -B -pl benchmarks,app-javalin -am -DskipTests package) ..." >&2
  mvn -q -B -pl benchmarks,app-javalin -am -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
fi
mkdir -p benchmarks/target
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
JAVA=(java -Dorg.slf4j.simpleLogger.logFile=System.out
  -Dorg.slf4j.simpleLogger.showThreadName=false -Dorg.slf4j.simpleLogger.showLogName=false)

load() { cut -d' ' -f1-3 /proc/loadavg; }

emit() { tee -a "$RESULTS"; }

# Runs one harness: its log to $LOG, its tables (lines starting "### " or "|") to the results.
# A harness that fails stops the script (pipefail), after its log is written.
harness() {
  local heap="$1" main="$2"
  shift 2
  "${JAVA[@]}" "-Xmx$heap" -cp "$CP" "$@" "io.tasksync.benchmarks.$main" ${HARNESS_ARGS[@]+"${HARNESS_ARGS[@]}"} \
    | tee -a "$LOG" | sed -nE 's/^(INFO )?((### |\||ClickUp import into).*)$/\2/p' | emit
}

section() {
  printf '\n## %s (%s)\n\nload average before: %s; started %s\n' "$1" "$MODE" "$(load)" \
    "$(date -u +%H:%M:%S)" | emit
}

ended() {
  printf '\nload average after: %s; ended %s\n' "$(load)" "$(date -u +%H:%M:%S)" | emit
}

quick() { [ "$MODE" = quick ]; }

for scenario in "${SCENARIOS[@]}"; do
  case "$scenario" in
    operations)
      section "Firestore operations, counted"
      HARNESS_ARGS=()
      if quick; then
        harness 512m FirestoreOperationCounts -Dtasks=2000 -Druns=1
      else
        harness 1g FirestoreOperationCounts -Dtasks=20000 -Druns=3
      fi
      ended
      ;;
    idle)
      section "Idle cost"
      if quick; then HARNESS_ARGS=(--tasks 500 --runs 2); else HARNESS_ARGS=(--tasks 10000 --runs 3); fi
      harness 512m IdleCostBenchmark
      ended
      ;;
    memory)
      section "Memory"
      for provider in asana linear; do
        if quick; then
          HARNESS_ARGS=("$provider" 1000,5000 --emulator-heap 1g --standin-heap 1g)
        else
          HARNESS_ARGS=("$provider" 10000,100000,1000000 --emulator-heap 14g --standin-heap 3g)
        fi
        harness 256m MemoryBenchmark
      done
      ended
      ;;
    webhooks)
      section "Webhook intake"
      if quick; then
        HARNESS_ARGS=(--rates 25,50,100 --step-seconds 5)
      else
        HARNESS_ARGS=(--rates 50,100,200,400,800 --step-seconds 30)
      fi
      harness 512m WebhookIntakeBenchmark
      ended
      ;;
    latency)
      printf '\n## Change latency (%s)\n\nNot measured yet: it needs the stand-ins'"'"' mutation loop (1%% of tasks changed per minute, with their webhooks), which is being built; see BENCHMARKS.md.\n' "$MODE" | emit
      ;;
    instances)
      printf '\n## Instances (%s)\n\nNot measured yet: several app instances on one emulator need the many-instances work, which is not on main yet; see BENCHMARKS.md.\n' "$MODE" | emit
      ;;
    asana-import)
      section "Asana import"
      if quick; then HARNESS_ARGS=(2000 counting); else HARNESS_ARGS=(10000,100000 memory); fi
      harness 1500m AsanaImportBenchmark
      ended
      ;;
    clickup-import)
      section "ClickUp import"
      if quick; then HARNESS_ARGS=(2000 --rpm 1000); else HARNESS_ARGS=(50000 --rpm 100); fi
      harness 2g ClickUpImportBenchmark
      ended
      ;;
    linear-import)
      section "Linear import"
      if quick; then HARNESS_ARGS=(5000 1000 2000000 3600); else HARNESS_ARGS=(50000 5000 2000000 3600); fi
      harness 512m LinearImportBenchmark
      ended
      ;;
    upsert)
      section "Firestore bulk upsert"
      HARNESS_ARGS=()
      if quick; then
        harness 512m FirestoreUpsertBenchmark -Dtasks=2000 -Druns=1
      else
        harness 1g FirestoreUpsertBenchmark -Druns=5
      fi
      ended
      ;;
    *)
      echo "unknown scenario: $scenario" >&2
      exit 2
      ;;
  esac
done

echo >&2
echo "tables: $RESULTS; logs: $LOG" >&2
