#!/usr/bin/env bash
# cmake --install into a fresh prefix: every file where the platform expects it, the
# installed binary and man page work, and a separate consumer project (tests/consumer)
# finds the library with find_package(raci) and links raci::raci.
# Usage: install_test.sh BUILD_DIR CONSUMER_SOURCE DATA_FILE [LINKER_FLAGS]
set -euo pipefail
build=$1
consumer=$2
data=$3
linker_flags=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 ||
  fail "cmake --install: $(tail -n 5 "$work/install.log")"
libdir=$(grep -o '^CMAKE_INSTALL_LIBDIR:PATH=.*' "$build/CMakeCache.txt" | cut -d= -f2)
expected="bin/raci
include/raci/util/atomic_file.hpp
include/raci/analysis/diff.hpp
include/raci/analysis/missing_translations.hpp
include/raci/render/columns.hpp
include/raci/render/diff_report.hpp
include/raci/util/error.hpp
include/raci/util/exit_status.hpp
include/raci/render/export.hpp
include/raci/render/format.hpp
include/raci/render/json.hpp
include/raci/render/json_writer.hpp
include/raci/render/owners_view.hpp
include/raci/render/sink.hpp
include/raci/load/loader.hpp
include/raci/import/markdown_import.hpp
include/raci/import/translations.hpp
include/raci/model/builder.hpp
include/raci/model/copy.hpp
include/raci/model/matrix.hpp
include/raci/owners/owners.hpp
include/raci/analysis/query.hpp
include/raci/analysis/search.hpp
include/raci/analysis/stats.hpp
include/raci/analysis/suggest.hpp
include/raci/render/table.hpp
include/raci/util/text.hpp
include/raci/util/unicode.hpp
include/raci/util/words.hpp
include/raci/analysis/validate.hpp
$libdir/cmake/raci/raciConfig.cmake
$libdir/cmake/raci/raciConfigVersion.cmake
$libdir/cmake/raci/raciTargets-release.cmake
$libdir/cmake/raci/raciTargets.cmake
$libdir/libraci.a
share/bash-completion/completions/raci
share/fish/vendor_completions.d/raci.fish
share/man/man1/raci.1.gz
share/zsh/vendor-completions/_raci"
build_type=$(grep -o '^CMAKE_BUILD_TYPE:STRING=.*' "$build/CMakeCache.txt" | cut -d= -f2)
expected=${expected/raciTargets-release/raciTargets-${build_type,,}}
installed=$(cd "$prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
[ "$installed" = "$(LC_ALL=C sort <<<"$expected")" ] ||
  fail "installed files differ: $(diff <(LC_ALL=C sort <<<"$expected") <(echo "$installed"))"
echo "ok: $(wc -l <<<"$installed") files installed where expected"

# The installed binary runs the main job.
who=$("$prefix/bin/raci" who --activity backup)
[ "$(wc -l <<<"$who")" -eq 34 ] || fail "raci who --activity backup printed $(wc -l <<<"$who") lines"
echo "ok: installed raci who --activity backup"
# man finds and renders the installed page.
MANPATH=$prefix/share/man man -w raci | grep -x >/dev/null "$prefix/share/man/man1/raci.1.gz" ||
  fail "man -w raci does not find the installed page"
MANPATH=$prefix/share/man MANWIDTH=80 man raci 2>/dev/null | grep >/dev/null "who does what" ||
  fail "man raci does not render"
echo "ok: man raci"
# The installed completion scripts are those the binary prints.
cmp -s "$prefix/share/bash-completion/completions/raci" <("$prefix/bin/raci" completion bash) ||
  fail "the installed bash completion is stale"
echo "ok: installed completions"

# A consumer project against the prefix.
cmake -S "$consumer" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_EXE_LINKER_FLAGS="$linker_flags" >"$work/configure.log" 2>&1 ||
  fail "consumer configure: $(tail -n 20 "$work/configure.log")"
cmake --build "$work/consumer" >"$work/build.log" 2>&1 ||
  fail "consumer build: $(tail -n 20 "$work/build.log")"
got=$("$work/consumer/consumer" "$data")
want="IaaS Responsibility Matrix: 109 activities, 9 for the client about politique
  vm-tag-policy
  console-access-administration
  client-system-access-administration
  vm-tagging
  backup-policy-lifecycle
  backup-policy-consistency
  third-party-backup-policy-lifecycle
  third-party-backup-policy-consistency
  console-access-policy-upkeep
Hosting Responsibility Matrix: 4 activities"
[ "$got" = "$want" ] || fail "consumer printed: $got"
echo "ok: find_package(raci) and raci::raci in a consumer project"
echo PASS
