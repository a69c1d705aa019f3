#!/usr/bin/env bash
# Puts Dear ImGui 1.92.2b sources in .deps/imgui (or uses $IMGUI_DIR). Never committed.
# Order: $IMGUI_DIR, an earlier fetch, Debian's source package, then git tag v1.92.2b.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/.deps/imgui"
version=1.92.2b

if [ -n "${IMGUI_DIR:-}" ]; then
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "IMGUI_DIR=$IMGUI_DIR holds no imgui.cpp" >&2; exit 1; }
  exit 0
fi
if [ -f "$dest/imgui.cpp" ] && grep -qE "IMGUI_VERSION +\"$version\"" "$dest/imgui.h"; then
  exit 0
fi

work="$here/.deps/imgui-fetch"
rm -rf "$work" && mkdir -p "$work"

fetched=""
source "$here/scripts/debian-source.sh"
if tarball=$(debian_orig_tarball "$work" sid "imgui=$version+ds-1"); then
  mkdir -p "$work/src" && tar -xf "$tarball" -C "$work/src" --strip-components=1
  fetched="Debian source package imgui $version+ds-1"
else
  echo "Debian source package imgui not reachable (see $work/apt.log); trying git" >&2
fi
if [ -z "$fetched" ] && command -v git >/dev/null; then
  git clone -q --depth 1 --branch "v$version" https://github.com/ocornut/imgui.git "$work/src"
  fetched="git tag v$version"
fi
[ -n "$fetched" ] || { echo "could not fetch Dear ImGui $version: install apt-get or git, or set IMGUI_DIR" >&2; exit 1; }
grep -qE "IMGUI_VERSION +\"$version\"" "$work/src/imgui.h" || { echo "fetched ImGui is not $version" >&2; exit 1; }

rm -rf "$dest" && mv "$work/src" "$dest" && rm -rf "$work"
echo "Dear ImGui $version from $fetched in $dest"
