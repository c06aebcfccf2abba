#!/usr/bin/env bash
# Stops the PostgreSQL that .ci/start-postgres.sh started in DIR and removes DIR.
set -uo pipefail
dir=$1
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -d "$dir/data" ]; then
  su postgres -s /bin/bash -c "'$bin/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
fi
rm -rf "$dir"
