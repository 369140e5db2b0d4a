#!/usr/bin/env bash
# raci export -o html in a real browser: headless Chromium driven over WebDriver by
# chromedriver (both from Debian). The test types into the search box like a user and reads
# which rows the browser still displays. Screenshots are kept in ARTIFACTS.
# Usage: html_browser_test.sh RACI ARTIFACTS
set -euo pipefail
raci=$1
artifacts=$2
chromium=${CHROMIUM:-/usr/bin/chromium}
chromedriver=${CHROMEDRIVER:-/usr/bin/chromedriver}
if [ ! -x "$chromium" ] || [ ! -x "$chromedriver" ]; then
  echo "SKIPPED: needs Debian's chromium and chromium-driver (./scripts/test installs them)"
  exit 77
fi

work=$(mktemp -d)
driver_pid=
cleanup() {
  [ -n "$driver_pid" ] && kill "$driver_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$artifacts"
page=$work/matrix.html
"$raci" export -o html --output "$page"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
expect() {  # expect WHAT ACTUAL EXPECTED
  [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
  echo "ok: $1"
}

# chromedriver on the first free port.
port=
for candidate in $(seq $((20000 + $$ % 20000)) $((20020 + $$ % 20000))); do
  "$chromedriver" --port="$candidate" >"$work/chromedriver.log" 2>&1 &
  driver_pid=$!
  for _ in $(seq 50); do
    if curl -sf "http://127.0.0.1:$candidate/status" >/dev/null 2>&1; then
      port=$candidate
      break 2
    fi
    kill -0 "$driver_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$driver_pid" 2>/dev/null || true
  driver_pid=
done
[ -n "$port" ] || fail "chromedriver did not start: $(tail -n 5 "$work/chromedriver.log")"

# wd METHOD PATH [JSON]: one WebDriver call; prints the response's value as JSON.
wd() {
  local response
  response=$(curl -sS -X "$1" "http://127.0.0.1:$port$2" -H 'Content-Type: application/json' \
    ${3:+--data "$3"}) || fail "WebDriver $1 $2: no response"
  if jq -e '.value.error? // empty' <<<"$response" >/dev/null; then
    fail "WebDriver $1 $2: $(jq -r '.value.message' <<<"$response" | head -n 3)"
  fi
  jq -c '.value' <<<"$response"
}

capabilities=$(jq -n --arg binary "$chromium" --arg profile "$work/profile" '{capabilities: {
  alwaysMatch: {browserName: "chrome", "goog:chromeOptions": {binary: $binary, args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
    "--window-size=1200,1400", ("--user-data-dir=" + $profile)]}}}}')
session=$(wd POST /session "$capabilities" | jq -r '.sessionId')
[ -n "$session" ] && [ "$session" != null ] || fail "no WebDriver session"
s=/session/$session
# js SCRIPT: runs SCRIPT in the page; prints what it returns, raw.
js() {
  wd POST "$s/execute/sync" "$(jq -n --arg script "$1" '{script: $script, args: []}')" |
    jq -r 'if type == "string" then . else tojson end'
}
screenshot() {
  wd GET "$s/screenshot" | jq -r . | base64 -d >"$artifacts/$1"
  [ -s "$artifacts/$1" ] || fail "empty screenshot $1"
  echo "ok: screenshot $artifacts/$1"
}
visible_rows='return Array.from(document.querySelectorAll("tr.activity"))
  .filter(r => r.offsetParent !== null).map(r => r.id.slice(2)).join(" ")'
visible_sections='return Array.from(document.querySelectorAll("section.matrix-section"))
  .filter(s => s.offsetParent !== null).length'

wd POST "$s/url" "$(jq -n --arg url "file://$page" '{url: $url}')" >/dev/null

# It renders: the title, every row displayed, the legend, one column per party, role cells
# coloured by letter, the footnotes, and the search box the script reveals.
expect "page title" "$(js 'return document.title')" "IaaS Responsibility Matrix — Cloud Temple"
expect "rows displayed" "$(js "$visible_rows" | wc -w)" 109
expect "sections displayed" "$(js "$visible_sections")" 14
expect "party columns" "$(js 'return Array.from(document.querySelectorAll("section#s-define-your-needs th.party")).map(h => h.textContent).join("|")')" "Client|Cloud Temple"
expect "legend entries" "$(js 'return document.querySelectorAll("ul.legend li").length')" 4
expect "footnotes" "$(js 'return document.querySelectorAll("footer li").length')" 8
expect "role colours differ by letter" "$(js 'return new Set(["R","A","C","I"].map(l =>
  getComputedStyle(document.querySelector(".legend .letter." + l)).backgroundColor)).size')" 4
expect "R cell coloured as in the legend" "$(js 'return getComputedStyle(document.querySelector("td.roles .letter.R")).backgroundColor ===
  getComputedStyle(document.querySelector(".legend .letter.R")).backgroundColor')" true
expect "search box shown by the script" "$(js 'return document.getElementById("filter").offsetParent !== null')" true
expect "nothing fetched" "$(js 'return performance.getEntriesByType("resource").length')" 0
screenshot html-page.png

# The filter hides rows as one types, with the search of `raci list -k` (whole words by
# stem, phrases, glossary): exactly the rows the command line finds, and the sections left
# without a row hidden.
box=$(wd POST "$s/element" '{"using": "css selector", "value": "#filter"}' | jq -r '.[]')
wd POST "$s/element/$box/value" '{"text": "backup"}' >/dev/null
expect "rows matching 'backup'" "$(js "$visible_rows")" "platform-sizing backup-initial-configuration vm-backup-plan backup-operational-condition backup-security-maintenance backup-incidents backup-problems backup-capacity tenant-backup-operational-maintenance tenant-backup-security-maintenance tenant-backup-incidents tenant-backup-problems tenant-backup-capacity backup-policy-lifecycle backup-policy-consistency backup-strategy-tests third-party-backup-operational-maintenance third-party-backup-security-maintenance third-party-backup-incidents third-party-backup-problems third-party-backup-capacity third-party-backup-policy-lifecycle third-party-backup-policy-consistency third-party-backup-strategy-tests"
expect "count after 'backup'" "$(js 'return document.getElementById("count").textContent')" "24 of 109 activities"
expect "footnotes stay" "$(js 'return document.querySelector("footer").offsetParent !== null')" true
screenshot html-filter-backup.png

# same_as_cli QUERY: the page shows the rows `raci list -k QUERY` prints.
same_as_cli() {
  wd POST "$s/element/$box/clear" '{}' >/dev/null
  wd POST "$s/element/$box/value" "$(jq -n --arg text "$1" '{text: $text}')" >/dev/null
  local cli
  # raci exits 1 when nothing matches, and prints [].
  cli=$("$raci" list -k "$1" -o json | jq -r '[.[].id] | join(" ")') || [ "${2-}" = none ] ||
    fail "raci list -k '$1' found nothing"
  expect "rows matching '$1' as raci list -k" "$(js "$visible_rows")" "$cli"
}
same_as_cli "backups"
same_as_cli "log"
same_as_cli "capacities"
same_as_cli "deleting"
same_as_cli "virtual machines"
same_as_cli '"virtual machine"'
same_as_cli "VM backup"
same_as_cli "DR"
same_as_cli "PRA"
same_as_cli "plan de reprise d'activité"
same_as_cli "issues"
same_as_cli "MCO"
same_as_cli "sauvegardes"
same_as_cli "politique"
same_as_cli "SÉCURITÉ"
same_as_cli "vm-dr-bc-plan"
same_as_cli "bakup" none
same_as_cli "mpls" none

# Case and accents are ignored, and the French texts are searched: every policy row.
wd POST "$s/element/$box/clear" '{}' >/dev/null
wd POST "$s/element/$box/value" '{"text": "POLITIQUE"}' >/dev/null
expect "rows matching 'POLITIQUE'" "$(js "$visible_rows")" \
  "vm-tag-policy console-access-administration client-system-access-administration vm-tagging backup-policy-lifecycle backup-policy-consistency third-party-backup-policy-lifecycle third-party-backup-policy-consistency console-access-policy-upkeep"
expect "sections left" "$(js "$visible_sections")" 7  # five subsections, two top-level ones

# Role letters are not searched: "ria" is in no text, only in a row whose cells read R, I, A.
wd POST "$s/element/$box/clear" '{}' >/dev/null
wd POST "$s/element/$box/value" '{"text": "ria"}' >/dev/null
expect "rows matching 'ria'" "$(js "$visible_rows" | wc -w)" 0

# Every word must match; a word nothing contains hides everything.
wd POST "$s/element/$box/clear" '{}' >/dev/null
wd POST "$s/element/$box/value" '{"text": "zzz-nothing"}' >/dev/null
expect "rows matching nothing" "$(js "$visible_rows" | wc -w)" 0
expect "count for nothing" "$(js 'return document.getElementById("count").textContent')" "0 of 109 activities"

# Escape clears the box (the page's own handler: the box is plain text) and brings every row
# back.
wd POST "$s/element/$box/value" '{"text": "\ue00c"}' >/dev/null
expect "box after Escape" "$(js 'return document.getElementById("filter").value')" ""
expect "rows after Escape" "$(js "$visible_rows" | wc -w)" 109
expect "count after Escape" "$(js 'return document.getElementById("count").textContent')" "109 of 109 activities"

# A section with no activity of its own (only a description) shows while the box is empty.
cat >"$work/sections.yaml" <<'YAML'
format: 1
title: Sections
roles:
  R: {name: Responsible, description: does it}
  A: {name: Accountable, description: answers for it}
  C: {name: Consulted, description: is asked}
  I: {name: Informed, description: is told}
parties:
  - {id: client, name: Client}
sections:
  - id: intro
    title: Introduction
    description: Read this first.
  - id: work
    title: Work
    activities:
      - {id: build, text: Build it, roles: {client: RA}}
YAML
"$raci" --data "$work/sections.yaml" export -o html --output "$work/sections.html"
wd POST "$s/url" "$(jq -n --arg url "file://$work/sections.html" '{url: $url}')" >/dev/null
expect "sections shown with an empty box" "$(js "$visible_sections")" 2
box=$(wd POST "$s/element" '{"using": "css selector", "value": "#filter"}' | jq -r '.[]')
wd POST "$s/element/$box/value" '{"text": "build"}' >/dev/null
expect "sections shown for 'build'" "$(js "$visible_sections")" 1

# With an owners file: an owners column, and a choice of owner that filters the rows as
# `raci list --owner` and `--unowned` do, together with the words typed.
cat >"$work/owners.yaml" <<'YAML'
format: 1
party: client
owners:
  - {id: net, name: Network}
  - {id: ciso, name: CISO}
assignments:
  - section: integrate-your-information-system
    owner: net
  - activity: vm-backup-plan
    A: ciso
YAML
"$raci" --owners "$work/owners.yaml" export -o html --output "$work/owners.html"
wd POST "$s/url" "$(jq -n --arg url "file://$work/owners.html" '{url: $url}')" >/dev/null
expect "owners column" "$(js 'return document.querySelector("#a-vm-backup-plan td.owners").textContent')" \
  "R: Network, A: CISO"
choose_owner() {
  local option
  option=$(wd POST "$s/element" "$(jq -n --arg css "#owner option[value=\"$1\"]" \
    '{using: "css selector", value: $css}')" | jq -r '.[]')
  wd POST "$s/element/$option/click" '{}' >/dev/null
}
choose_owner net
expect "rows of owner net" "$(js "$visible_rows")" \
  "$("$raci" --owners "$work/owners.yaml" list --owner net -o json | jq -r '[.[].id] | join(" ")')"
choose_owner ciso
expect "rows of owner ciso" "$(js "$visible_rows")" vm-backup-plan
expect "sections left for ciso" "$(js "$visible_sections")" 1
choose_owner -
expect "rows with no owner" "$(js "$visible_rows")" \
  "$("$raci" --owners "$work/owners.yaml" list --unowned -o json | jq -r '[.[].id] | join(" ")')"
box=$(wd POST "$s/element" '{"using": "css selector", "value": "#filter"}' | jq -r '.[]')
wd POST "$s/element/$box/value" '{"text": "backup"}' >/dev/null
expect "no owner and 'backup'" "$(js "$visible_rows")" \
  "$("$raci" --owners "$work/owners.yaml" list --unowned -k backup -o json | jq -r '[.[].id] | join(" ")')"
choose_owner ""
expect "every owner and 'backup'" "$(js "$visible_rows" | wc -w)" 24
screenshot html-owners.png

# The page in another language (--lang de): the built-in matrix's German texts, the page
# marked as German, and the filter at work.
"$raci" --lang de export -o html --output "$work/de.html"
wd POST "$s/url" "$(jq -n --arg url "file://$work/de.html" '{url: $url}')" >/dev/null
expect "German page's lang" "$(js 'return document.documentElement.lang')" de
expect "German page title" "$(js 'return document.title')" "IaaS-Verantwortlichkeitsmatrix — Cloud Temple"
expect "German activity text" "$(js 'return document.querySelector("#a-vm-backup-plan td").textContent')" \
  "vm-backup-planSicherstellen, dass jede virtuelle Maschine einem konsistenten Sicherungsplan zugeordnet ist"
expect "German party columns" "$(js 'return Array.from(document.querySelectorAll("section#s-define-your-needs th.party")).map(h => h.textContent).join("|")')" "Kunde|Cloud Temple"
expect "no text marked untranslated" "$(js 'return document.querySelectorAll(".untranslated").length')" 0
expect "German rows displayed" "$(js "$visible_rows" | wc -w)" 109
# A word of the matrix's German texts (the page knows the stems of those only: docs/search.md).
box=$(wd POST "$s/element" '{"using": "css selector", "value": "#filter"}' | jq -r '.[]')
wd POST "$s/element/$box/value" '{"text": "Sicherungs"}' >/dev/null
expect "rows matching 'Sicherungs' as raci list -k" "$(js "$visible_rows")" \
  "$("$raci" --lang de list -k Sicherungs -o json | jq -r '[.[].id] | join(" ")')"
expect "rows for 'Sicherungs'" "$(js "$visible_rows" | wc -w)" 5
screenshot html-german.png

# A text without a German translation is shown in English, marked [en], with lang="en".
cat >"$work/gaps.yaml" <<'YAML'
format: 1
languages: [en, de]
title: Hosting
title_de: Hosting auf Deutsch
roles:
  R: {name: Responsible, description: does it}
  A: {name: Accountable, description: answers for it}
  C: {name: Consulted, description: is asked}
  I: {name: Informed, description: is told}
parties:
  - {id: client, name: Client, name_de: Kunde}
sections:
  - id: backup
    title: Backup
    title_de: Sicherung
    activities:
      - {id: run-backups, text: Run the backups, text_de: Die Sicherungen ausführen, roles: {client: RA}}
      - {id: restore-tests, text: Test the restores, roles: {client: RA}}
YAML
"$raci" --data "$work/gaps.yaml" --lang de export -o html --output "$work/gaps.html"
wd POST "$s/url" "$(jq -n --arg url "file://$work/gaps.html" '{url: $url}')" >/dev/null
expect "gaps page's lang" "$(js 'return document.documentElement.lang')" de
expect "translated row" "$(js 'return document.querySelector("#a-run-backups td").textContent')" \
  "run-backupsDie Sicherungen ausführen"
expect "untranslated row marked" "$(js 'return Array.from(document.querySelectorAll(".untranslated")).map(e => e.closest("tr").id + " " + e.lang + " " + e.textContent).join("|")')" \
  "a-restore-tests en [en] Test the restores"
expect "marked in italics" "$(js 'return getComputedStyle(document.querySelector(".untranslated")).fontStyle')" italic
box=$(wd POST "$s/element" '{"using": "css selector", "value": "#filter"}' | jq -r '.[]')
wd POST "$s/element/$box/value" '{"text": "restores"}' >/dev/null
expect "rows matching 'restores'" "$(js "$visible_rows")" restore-tests
wd POST "$s/element/$box/clear" '{}' >/dev/null
wd POST "$s/element/$box/value" '{"text": "Sicherungen"}' >/dev/null
expect "rows matching 'Sicherungen'" "$(js "$visible_rows")" run-backups
screenshot html-german-gaps.png

wd DELETE "$s" >/dev/null
echo "PASS: the page renders and its filter hides rows"
