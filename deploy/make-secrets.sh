#!/bin/sh
# Creates the secret files docker-compose.yml hands to the containers as Docker secrets, with
# random values, unless they exist. Run once before the first `docker compose up`.
# The directory is private to you; the files themselves must be readable by the containers'
# users (postgres 999, the application 10001), because Compose bind-mounts them as they are.
set -eu
cd "$(dirname "$0")"
mkdir -p secrets
chmod 700 secrets
for name in postgres_superuser_password db_app_password; do
  if [ ! -s "secrets/$name" ]; then
    head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "secrets/$name"
    chmod 644 "secrets/$name"
    echo "made deploy/secrets/$name"
  fi
done
