#!/usr/bin/env bash
# docs/raci.1 against the real binary: man renders it without a warning, and it describes
# every command and option that 'raci --help' and 'raci COMMAND --help' list, with the
# binary's version.
# Usage: man_page_test.sh RACI MAN_PAGE
set -euo pipefail
raci=$1
page=$2
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l failed"
[ -z "$warnings" ] || fail "man -l warns: $warnings"
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -bx)
grep -q "raci - who does what: query a RACI responsibility matrix" <<<"$text" ||
  fail "no NAME line in the rendered page"

version=$("$raci" --version | head -n 1 | cut -d' ' -f2)
grep -q "^\.TH RACI 1 \"[0-9-]*\" \"raci $version\"" "$page" || fail "the .TH line is not for raci $version"

# The option names in a help text's "Options:" part: "-p,--party PARTY" gives -p and --party.
options_of() {
  sed -n '/^Options:/,/^$/p' | grep -oE '^  -[^ ]+' | tr ',' '\n' | sed 's/^ *//'
}

commands=$("$raci" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ "$(wc -w <<<"$commands")" -ge 13 ] || fail "too few commands in raci --help: $commands"
for option in $("$raci" --help | options_of); do
  grep -qe "^ *${option}\b\|, ${option}\b" <<<"$(sed -n '/^GLOBAL OPTIONS/,/^COMMANDS/p' <<<"$text")" ||
    fail "global option $option is not under GLOBAL OPTIONS"
done
for format in $("$raci" --help | grep -oE 'FORMAT:\{[^}]*\}' | sed 's/.*{//; s/}//; s/,/ /g'); do
  grep -qw "$format" <<<"$(sed -n '/^ *-o, --format/,/^ *-/p' <<<"$text")" ||
    fail "format $format is not described under -o"
done
# The rendered text of a subsection: from its heading (three spaces in) to the next heading.
subsection() {
  awk -v heading="$1" '/^   [^ ]/ { inside = index($0, "   " heading) == 1 } /^[^ \t]/ && NF { inside = 0 }
    inside' <<<"$text"
}
for command in $commands; do
  grep -q "^\.SS \"raci $command\b" "$page" || fail "command $command has no .SS heading"
  described=$(subsection "raci $command ")$'\n'$(subsection "raci $command"$'\n')
  # who, list and stats share their filters, described once.
  grep -q "^   raci $command \[FILTERS\]" <<<"$text" &&
    described+=$'\n'$(subsection "Filters of who, list, stats and export")
  for option in $("$raci" "$command" --help | options_of); do
    case $option in -h | --help) continue ;; esac
    grep -qe "^ *${option}\b\|, ${option}\b" <<<"$described" ||
      fail "$command's option $option is not described under 'raci $command'"
  done
done
# And nothing described that raci does not have.
for described in $(grep -oE '^\.SS "raci [a-z]+' "$page" | cut -d' ' -f3); do
  grep -qx "$described" <<<"$commands" || fail "the page describes 'raci $described', which raci lacks"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "PASS: $(wc -w <<<"$commands") commands and their options described; man -l renders it cleanly"
