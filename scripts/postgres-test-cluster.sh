#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for the tests, from the Debian
# package's binaries (apt-get install postgresql):
#   scripts/postgres-test-cluster.sh start   # prints TEST_POSTGRES_URL=…
#   scripts/postgres-test-cluster.sh stop
# PG_TEST_PORT (5470) and PG_TEST_DIR (/tmp/postgres-test-cluster) choose where.
# Run as root, the cluster runs as the `postgres` user (PostgreSQL refuses root).
# Trust authentication on 127.0.0.1 only, and fsync off: test data, never real data.
set -euo pipefail
port="${PG_TEST_PORT:-5470}"
dir="${PG_TEST_DIR:-/tmp/postgres-test-cluster}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null
    echo "TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
