#!/usr/bin/env bash
# System packages the project needs: gettext (compiling translations) and, for browser tests, Chromium.
# Installed from Debian's packages when missing and we are root; otherwise say what to install.
set -euo pipefail
need=()
command -v msgfmt >/dev/null || need+=(gettext)
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "==> Installing system packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "error: missing system packages: ${need[*]} (Debian: sudo apt-get install -y ${need[*]})" >&2
  exit 1
fi
