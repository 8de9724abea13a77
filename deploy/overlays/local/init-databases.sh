#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory: one owner role
# and one database per service, passwords from the generated Secrets.
set -euo pipefail
for name in initiative stakeholder assessment; do
  var="$(echo "$name" | tr '[:lower:]' '[:upper:]')_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="${!var}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
