#!/bin/sh
# First start only: makes a self-signed certificate for local use, so the proxy speaks TLS from
# the beginning and the session cookie can be Secure. A real installation puts its own
# certificate and key into the dhso-tls volume as fullchain.pem and privkey.pem (kept as found).
set -eu
dir=/tls
if [ -s "$dir/fullchain.pem" ] && [ -s "$dir/privkey.pem" ]; then
  echo "TLS: using the certificate in $dir"
  exit 0
fi
names=${DHSO_SERVER_NAME:-localhost}
san=""
for name in $names; do
  case "$name" in
    *[!0-9.]*) san="$san,DNS:$name" ;;
    *) san="$san,IP:$name" ;;
  esac
done
first=$(echo "$names" | cut -d' ' -f1)
umask 077
openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 825 \
  -subj "/CN=$first" -addext "subjectAltName=${san#,}" \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem"
chmod 644 "$dir/fullchain.pem"
echo "TLS: made a self-signed certificate for $names (replace it for anything but local use)"
