#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data directory (the image runs
# /docker-entrypoint-initdb.d/*.sh as the superuser and ignores the .psql file beside it).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set db="$POSTGRES_DB" --set app_role="${DHSO_APP_ROLE:-dhso_app}" \
  --set app_password="$(cat "${DHSO_APP_PASSWORD_FILE:?the application password file}")" \
  --file /docker-entrypoint-initdb.d/application-role.psql
