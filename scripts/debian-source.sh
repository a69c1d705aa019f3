# Sourced by the fetch scripts: downloads a Debian source package's upstream tarball with a
# private apt configuration (no root apt state touched), built from the machine's own source
# URIs so no host is named here.
#   debian_orig_tarball WORKDIR SUITE PACKAGE[=VERSION]   prints the tarball's path, or fails
debian_orig_tarball() {
  local work="$1" suite="$2" spec="$3" uri package="${3%%=*}"
  command -v apt-get >/dev/null || return 1
  uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(awk '$1=="deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$uri" ] || return 1
  mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/etc/preferences.d"
  cat > "$work/apt/sources.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists"
              -o "Dir::Cache=$work/apt/cache" -o "Dir::Etc::PreferencesParts=$work/apt/etc/preferences.d" -o "APT::Sandbox::User=root")
  apt-get "${opts[@]}" update -qq >"$work/apt.log" 2>&1 || return 1
  # Only the upstream tarball is needed: a missing Debian patch archive is not a failure.
  (cd "$work" && apt-get "${opts[@]}" source --download-only -qq "$spec" >>"$work/apt.log" 2>&1) || true
  local tarball
  tarball=$(ls "$work/${package}_"*.orig.tar.* 2>/dev/null | head -n1)
  [ -n "$tarball" ] || return 1
  echo "$tarball"
}
