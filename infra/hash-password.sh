#!/usr/bin/env bash
# Prints the Auth:Users:N:PasswordHash value for a password (PBKDF2-SHA256, 600,000 iterations, 16-byte salt),
# the format the server verifies. Production configures hashes; plain passwords are for the embedded demo only.
#
#   bash infra/hash-password.sh            # asks for the password
#   printf '%s' "$PASSWORD" | bash infra/hash-password.sh
set -euo pipefail
if [ -t 0 ]; then
  read -r -s -p "Password: " password
  echo >&2
else
  password="$(cat)"
fi
PASSWORD="$password" node -e '
const crypto = require("crypto");
const iterations = 600000;
const salt = crypto.randomBytes(16);
const hash = crypto.pbkdf2Sync(process.env.PASSWORD, salt, iterations, 32, "sha256");
console.log(`pbkdf2-sha256$${iterations}$${salt.toString("base64")}$${hash.toString("base64")}`);'
