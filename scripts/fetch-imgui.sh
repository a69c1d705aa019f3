#!/usr/bin/env bash
# Puts Dear ImGui 1.90.1 sources in .deps/imgui (or uses $IMGUI_DIR). Never committed.
# Order: $IMGUI_DIR, an earlier fetch, Debian's source package, then git tag v1.90.1.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/.deps/imgui"
version=1.90.1

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
if command -v apt-get >/dev/null && [ -r /etc/apt/sources.list.d/debian.sources -o -r /etc/apt/sources.list ]; then
  # A private apt configuration with a deb-src entry for the suite that has 1.90.1,
  # built from the machine's own source URIs so no host is named here.
  uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  if [ -n "$uri" ]; then
    mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/etc/preferences.d"
    cat > "$work/apt/sources.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists"
          -o "Dir::Cache=$work/apt/cache" -o "Dir::Etc::PreferencesParts=$work/apt/etc/preferences.d" -o "APT::Sandbox::User=root")
    if apt-get "${opts[@]}" update -qq >"$work/apt.log" 2>&1 &&
       (cd "$work" && apt-get "${opts[@]}" source --download-only -qq "imgui=$version+ds-1" >>"$work/apt.log" 2>&1); then
      tarball=$(ls "$work"/imgui_"$version"*.orig.tar.* | head -n1)
      mkdir -p "$work/src" && tar -xf "$tarball" -C "$work/src" --strip-components=1
      fetched="Debian source package imgui $version+ds-1"
    else
      echo "Debian source package not reachable (see $work/apt.log); trying git" >&2
    fi
  fi
fi
if [ -z "$fetched" ] && command -v git >/dev/null; then
  git clone -q --depth 1 --branch "v$version" https://github.com/ocornut/imgui.git "$work/src"
  fetched="git tag v$version"
fi
[ -n "$fetched" ] || { echo "could not fetch Dear ImGui $version: install apt-get or git, or set IMGUI_DIR" >&2; exit 1; }
grep -qE "IMGUI_VERSION +\"$version\"" "$work/src/imgui.h" || { echo "fetched ImGui is not $version" >&2; exit 1; }

rm -rf "$dest" && mv "$work/src" "$dest" && rm -rf "$work"
echo "Dear ImGui $version from $fetched in $dest"
