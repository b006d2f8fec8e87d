# Sourced by .ci/run: install PostgreSQL from Debian when missing, start a throwaway cluster on
# 127.0.0.1 (stopped and removed on exit) and export INCARE_TEST_POSTGRES, its URL.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PG_PORT="${PG_PORT:-54329}"
PG_DATA="$(mktemp -d /tmp/incare-pg.XXXXXX)"
chown postgres "$PG_DATA"
as_postgres() { su postgres -s /bin/sh -c "$*"; }
as_postgres "'$PG_BIN/initdb' -D '$PG_DATA' -A trust -U postgres --no-sync -E UTF8" >/dev/null
as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$PG_DATA/log' -w start \
    -o \"-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\"" >/dev/null
trap 'as_postgres "\"$PG_BIN/pg_ctl\" -D \"$PG_DATA\" -m immediate stop" >/dev/null 2>&1; rm -rf "$PG_DATA"' EXIT
export INCARE_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT/incare"
