#!/usr/bin/env bash
# Makes sure a Java runtime is on the machine for DynamoDB Local: installs Debian's
# default-jre-headless when java is missing and we may (root with apt-get), and otherwise
# says what to install.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "java is missing: installing default-jre-headless for DynamoDB Local..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "DynamoDB Local needs Java 17 or newer: install it (e.g. 'sudo apt-get install -y default-jre-headless') and try again." >&2
exit 1
