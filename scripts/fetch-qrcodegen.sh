#!/usr/bin/env bash
# Puts the QR Code generator library's C sources (Project Nayuki, 1.8.0) in .deps/qrcodegen (or
# uses $QRCODEGEN_DIR), from Debian 12's source package qr-code-generator. Never committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/.deps/qrcodegen"

if [ -n "${QRCODEGEN_DIR:-}" ]; then
  [ -f "$QRCODEGEN_DIR/qrcodegen.c" ] || { echo "QRCODEGEN_DIR=$QRCODEGEN_DIR holds no qrcodegen.c" >&2; exit 1; }
  exit 0
fi
[ -f "$dest/qrcodegen.c" ] && [ -f "$dest/qrcodegen.h" ] && exit 0

work="$here/.deps/qrcodegen-fetch"
rm -rf "$work" && mkdir -p "$work"
source "$here/scripts/debian-source.sh"
tarball=$(debian_orig_tarball "$work" bookworm qr-code-generator) ||
  { echo "could not fetch Debian's source package qr-code-generator (see $work/apt.log)" >&2; exit 1; }
mkdir -p "$work/src" && tar -xf "$tarball" -C "$work/src" --strip-components=1
[ -f "$work/src/c/qrcodegen.c" ] || { echo "$tarball has no c/qrcodegen.c" >&2; exit 1; }
rm -rf "$dest" && mkdir -p "$dest"
cp "$work/src/c/qrcodegen.c" "$work/src/c/qrcodegen.h" "$work/src/LICENSE" "$dest/" 2>/dev/null ||
  cp "$work/src/c/qrcodegen.c" "$work/src/c/qrcodegen.h" "$dest/"
rm -rf "$work"
echo "QR Code generator from Debian source package qr-code-generator ($(basename "$tarball")) in $dest"
