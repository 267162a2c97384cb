#!/bin/sh
# The Debian/Ubuntu packages the app needs beyond Python: the X11/EGL libraries Qt's xcb platform
# plugin loads (a fresh Debian lacks libxcb-icccm4 and libxcb-keysyms1, and Qt then aborts naming
# another package), and with --test the real tools the tests drive (poppler, LibreOffice, openssl,
# Xvfb). Installs only what is missing; does nothing where every package is present.
set -eu
pkgs="libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
  libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core"
if [ "${1:-}" = "--test" ]; then
  pkgs="$pkgs poppler-utils libreoffice-writer-nogui openssl xvfb"
fi
python3 -c 'import ensurepip' 2>/dev/null || pkgs="$pkgs python3-venv"
if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install your system's equivalents of: $pkgs" >&2
  exit 0
fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "system-deps: installing$missing" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
