#!/usr/bin/env bash
# raci completion: what each shell offers at the cursor, from the scripts the real binary
# prints. bash runs its completion function as bash would (COMP_WORDS, COMP_CWORD) and reads
# COMPREPLY, which compgen fills; fish answers 'complete -C'; zsh's completion system needs a
# terminal, so its builtins are replaced by stubs that print what they are given.
# Usage: completion_test.sh RACI DATA_DIR
set -euo pipefail
raci=$1
data_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The scripts call raci by the name typed; put the binary under test first on PATH.
mkdir "$work/bin"
ln -s "$(realpath "$raci")" "$work/bin/raci"
export PATH=$work/bin:$PATH
unset RACI_DATA RACI_OWNERS
failures=0

check() {  # check SHELL LINE ACTUAL EXPECTED
  if [ "$3" = "$4" ]; then
    echo "ok: $1 [$2]"
  else
    echo "FAIL: $1 [$2]: got '$3', expected '$4'" >&2
    failures=$((failures + 1))
  fi
}

raci completion bash >"$work/raci.bash"
raci completion zsh >"$work/_raci"
raci completion fish >"$work/raci.fish"

# bash: the words offered, sorted, on one line.
bash_offers() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _raci
    printf "%s\n" "${COMPREPLY[@]}" | sort | paste -sd " "' bash "$work/raci.bash" "$@"
}
bash_case() {  # bash_case EXPECTED WORD...
  local expected=$1
  shift
  check bash "$*" "$(bash_offers "$@")" "$expected"
}

commands="completion diff export footnotes glossary import list matrices owners parties roles sections show stats translations validate who"
check bash "complete -p raci" "$(bash -c "source $work/raci.bash; complete -p raci")" \
  "complete -F _raci raci"
bash_case "$commands" raci ""
bash_case "who" raci w
bash_case "client cloud-temple" raci who --party ""
bash_case "cloud-temple" raci list -p clo
bash_case "onboarding" raci list --phase on
bash_case "exit onboarding run" raci who --phase ""
bash_case "checklist csv ids json jsonl markdown table tsv" raci who -o ""
bash_case "done in-progress todo" raci list --status ""
bash_case "ciso platform" raci --data "$data_dir/small.yaml" --owners "$data_dir/owners/small-owners.yaml" list --owner ""
bash_case "csv html json markdown yaml" raci export -o ""
bash_case "checklist csv html ids json jsonl markdown table tsv yaml" raci -o ""
bash_case "csv json table" raci stats --format ""
bash_case "always auto never" raci --color ""
bash_case "always auto" raci --color = a
bash_case "--color=always --color=auto" raci --color=a
bash_case "backup-capacity" raci show backup-cap
bash_case "define-your-needs" raci list --section def
bash_case "1 2 3 4 5 6 7 8" raci footnotes ""
bash_case "bash fish zsh" raci completion ""
bash_case "activity footnote language matrix owner party role section word" raci completion --values ""
bash_case "A C I R S" raci --data "$data_dir/rasci.yaml" who --role ""
bash_case "A C I R" raci diff --party client --role ""
bash_case "de en es fr it" raci --lang ""
bash_case "de en es fr it" raci translations ""
bash_case "en fr" raci --data "$data_dir/small.yaml" translations ""
# Matrix ids for --matrix (-m), and all.
bash_case "iaas iaas-s3" raci --matrix ia
bash_case "network network-vpc" raci -m netw
bash_case "all" raci who --matrix al
# MATRIX:ID, which bash splits at ':': what follows the colon is offered.
bash_case "gerer-securite-service-kubernetes" raci show kubernetes : gerer-securite-s
bash_case "gerer-securite-service-kubernetes" raci show kubernetes : gerer-securite-service-k
bash_case "--footnote --format" raci who --f
bash_case "--ids" raci who --i
bash_case "--no-headers --no-pager" raci list --no
bash_case "--output" raci export --ou
bash_case "--color --columns --count" raci list --co
bash_case "--no-headers --no-pager" raci show backup-capacity --no
bash_case "--crlf" raci list --cr
bash_case "backbone backup" raci who --keyword "back"
bash_case "capacidad capacidades capacita capacites capacities" raci list -k capa
# Ids come from the matrix on the command line, --data FILE or --data=FILE.
bash_case "client example-host" raci --data "$data_dir/small.yaml" who --party ""
bash_case "client example-host" raci --data = "$data_dir/small.yaml" list -p ""
# As typed: quoted, or under ~.
bash_case "client example-host" raci --data "'$data_dir/small.yaml'" list -p ""
mkdir -p "$work/home"
cp "$data_dir/small.yaml" "$work/home/m.yaml"
check bash "raci --data ~/m.yaml list -p" "$(HOME=$work/home bash_offers raci --data "~/m.yaml" list -p "")" \
  "client example-host"
# Files where a file is expected: the old and new matrices of diff, --data, --output.
touch "$work/old.yaml" "$work/other.yaml"
bash_case "$work/old.yaml $work/other.yaml" raci diff "$work/o"
bash_case "$work/old.yaml $work/other.yaml" raci diff "$work/old.yaml" "$work/o"
bash_case "$work/other.yaml" raci --data "$work/ot"
bash_case "$work/other.yaml" raci export --output "$work/ot"

# fish: the candidates (without their descriptions), sorted.
fish_case() {  # fish_case EXPECTED LINE
  local got
  got=$(fish -c "source $work/raci.fish; complete -C '$2'" | cut -f1 | sort | paste -sd " ")
  check fish "$2" "$got" "$1"
}
fish_case "$commands" "raci "
fish_case "client cloud-temple" "raci who --party "
fish_case "csv html json markdown yaml" "raci export -o "
fish_case "checklist csv ids json jsonl markdown table tsv" "raci list --format "
fish_case "exit onboarding run" "raci who --phase "
fish_case "done in-progress todo" "raci who --status "
fish_case "ciso platform" "raci --data $data_dir/small.yaml --owners $data_dir/owners/small-owners.yaml list --owner "
fish_case "backup-capacity" "raci show backup-cap"
fish_case "backbone backup" "raci who --activity back"
fish_case "1 2 3 4 5 6 7 8" "raci footnotes "
fish_case "paas paas-ocp-std" "raci --matrix pa"
# MATRIX:ID: the activities of every built-in matrix.
fish_case "kubernetes:gerer-securite-service-kubernetes" "raci show kubernetes:gerer-securite-s"
fish_case "bash fish zsh" "raci completion "
fish_case "de en es fr it" "raci translations "
fish_case "de en es fr it" "raci --lang "
fish_case "client example-host" "raci --data $data_dir/small.yaml who -p "
fish_case "$commands" "raci --data $data_dir/small.yaml "
fish_case "$commands" "raci -o json "
fish_case "who" "raci --color always w"
fish_case "$work/old.yaml $work/other.yaml" "raci diff $work/o"
check fish "description of who" \
  "$(fish -c "source $work/raci.fish; complete -C 'raci wh'")" \
  "$(printf 'who\tWho holds each role (R, A, C, I) per activity')"

# zsh: stubs print what _raci hands to compadd, _describe and _files.
zsh_case() {  # zsh_case EXPECTED WORD...
  local expected=$1
  shift
  # shellcheck disable=SC2016 # expanded by zsh
  check zsh "$*" "$(zsh -f -c '
    compdef() { : }
    compadd() { [[ $1 == -- ]] && shift; print -r -- "${(j: :)${(@o)@}}" }
    compset() { : }
    _describe() {
      local -a items=("${(@P)4}")
      items=("${(@)items%%:*}")
      print -r -- "${(j: :)${(@o)items}}"
    }
    _files() { print -r -- files }
    source "$1"; shift
    words=("$@"); CURRENT=$#
    _raci' zsh "$work/_raci" "$@")" "$expected"
}
zsh_case "$commands" raci ""
zsh_case "client cloud-temple" raci who --party ""
zsh_case "csv html json markdown yaml" raci export -o ""
zsh_case "always auto never" raci --color ""
zsh_case "client example-host" raci --data "$data_dir/small.yaml" list -p ""
zsh_case "client example-host" raci --data "\"$data_dir/small.yaml\"" list -p ""
zsh_case "1 2 3 4 5 6 7 8" raci footnotes ""
zsh_case "de en es fr it" raci translations ""
zsh_case "de en es fr it" raci --lang ""
zsh_case "files" raci diff ""
zsh_case "--bom --color --crlf --csv-raw --data --due-before --footnote --force --format --help --keyword --lang --matrix --no-pager --only --output --owner --owners --party --phase --role --section --status --unowned --version -h -k -m -o -p -r -s" raci export -
zsh_case "done in-progress todo" raci export --status ""
zsh_case "ciso platform" raci --data "$data_dir/small.yaml" --owners "$data_dir/owners/small-owners.yaml" list --owner ""
if zsh -n "$work/_raci"; then
  echo "ok: zsh -n"
else
  echo "FAIL: zsh -n finds a syntax error" >&2
  failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "PASS"
