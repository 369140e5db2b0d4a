# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# Quiet when nothing needs doing; on failure, prints the log of the step that failed.
# Environment: RACI_BUILD_DIR (default build), RACI_CMAKE_ARGS (extra configure arguments).

raci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
raci_build=${RACI_BUILD_DIR:-build}
[[ $raci_build = /* ]] || raci_build=$raci_root/$raci_build

# Debian 12 packages raci needs to build and test; see README.md for why each is there.
raci_packages=(g++ cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev
  catch2 nlohmann-json3-dev libutf8proc-dev libstemmer-dev libgumbo-dev libcsv-dev)
# What only the tests need: the shells whose completion is tested; the browser, its
# WebDriver, curl and jq for the HTML page; man and col for the man page; tmux and less for
# tables and the pager in a real terminal.
raci_test_packages=(zsh fish chromium chromium-driver curl jq man-db bsdextrautils python3 python3-yaml
  tmux less)

raci_fail() {
  echo "raci setup: $1" >&2
  [ -n "${2:-}" ] && [ -f "$2" ] && tail -n 60 "$2" >&2
  exit 2
}

# raci_install PACKAGE...: installs the packages that are not installed yet.
raci_install() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    raci_fail "missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
  fi
  echo "raci setup: installing ${missing[*]}" >&2
  local log=/tmp/raci-apt.$$.log
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      --no-install-recommends "${missing[@]}"; } >"$log" 2>&1 ||
    raci_fail "apt-get install failed" "$log"
  rm -f "$log"
}

# raci_build [TARGET...]: configures (Release) if needed, then builds quietly.
raci_build() {
  local log=/tmp/raci-build.$$.log
  # Configure the first time, and again whenever extra arguments are asked for.
  if [ ! -f "$raci_build/CMakeCache.txt" ] || [ -n "${RACI_CMAKE_ARGS:-}" ]; then
    [ -f "$raci_build/CMakeCache.txt" ] ||
      echo "raci setup: configuring and building in $raci_build (first time only)" >&2
    # shellcheck disable=SC2086 # RACI_CMAKE_ARGS is a list of arguments
    cmake -S "$raci_root" -B "$raci_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      ${RACI_CMAKE_ARGS:-} >"$log" 2>&1 || raci_fail "cmake configure failed" "$log"
  fi
  local targets=()
  for target in "$@"; do targets+=(--target "$target"); done
  if ! cmake --build "$raci_build" "${targets[@]}" >"$log" 2>&1; then
    raci_fail "build failed" "$log"
  fi
  rm -f "$log"
}
