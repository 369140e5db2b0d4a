#!/usr/bin/env python3
"""Every command's table in a real terminal: tmux panes 60, 80, 120 and 200 columns wide; and
the default pager (less -FRX) quit early with q.
No line may be longer than the pane (capture-pane -J joins the lines the terminal wrapped),
and every activity id printed must be whole on one line. Each run signals its end with
`tmux wait-for`, so nothing waits on a sleep.

Usage: terminal_layout_test.py RACI DATA_DIR
"""
import json
import re
import os
import shlex
import subprocess
import sys

raci, data = sys.argv[1], sys.argv[2]
socket = f"raci-layout-{os.getpid()}"
failures = 0
runs = 0


def fail(message):
    global failures
    failures += 1
    print(f"FAIL: {message}")


def tmux(*args, timeout=30):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *args], check=True,
                          capture_output=True, timeout=timeout).stdout.decode("utf-8")


def in_terminal(args, width, height=50, env=""):
    """raci ARGS run in a fresh tmux pane WIDTH columns wide: the lines it shows."""
    global runs
    runs += 1
    channel = f"done-{runs}"
    # Standard error's hints (the sections a search names) are not the table: left out.
    command = (f"env -u COLUMNS {env} {shlex.quote(raci)} {shlex.join(args)} 2>/dev/null; "
               f"tmux -L {socket} wait-for -S {channel}")
    tmux("new-session", "-d", "-s", channel, "-x", str(width), "-y", str(height), command)
    tmux("wait-for", channel)
    lines = tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", channel).split("\n")
    tmux("kill-session", "-t", channel)
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.rstrip() for line in lines]


def check(args, width, ids, env=""):
    """No line wider than the pane; every id in IDS printed whole; returns the lines."""
    lines = in_terminal(args, width, env=env)
    name = f"{env + ' ' if env else ''}raci {shlex.join(args)} at {width} columns"
    if not lines:
        fail(f"{name}: printed nothing")
    for line in lines:
        if len(line) > width:
            fail(f"{name}: a line of {len(line)} columns: {line!r}")
    words = {word for line in lines for word in re.split(r"[\s,]+", line)}
    missing = [i for i in ids if i not in words]
    if missing:
        fail(f"{name}: ids not whole on a line: {missing[:5]} ({len(missing)} in all)")
    return lines


def ids_of(args):
    out = subprocess.run([raci, *args, "-o", "json"], capture_output=True, check=True,
                         timeout=30).stdout
    return [activity["id"] for activity in json.loads(out)]


# The server lives as long as a first session; panes stay after their command ends.
tmux("new-session", "-d", "-s", "keep", "-x", "80", "-y", "24", "sleep 600")
tmux("set-option", "-g", "remain-on-exit", "on")
tmux("set-option", "-g", "history-limit", "100000")
try:
    all_ids = ids_of(["list"])
    backup_ids = ids_of(["list", "-k", "backup"])
    footnote_ids = sorted({i for f in json.loads(subprocess.run(
        [raci, "footnotes", "-o", "json"], capture_output=True, check=True).stdout)
        for i in f["cited_by"]})
    v1, v2 = f"{data}/diff/v1.yaml", f"{data}/diff/v2.yaml"
    owners = f"{data}/owners/small-owners.yaml"
    small = f"{data}/small.yaml"
    commands = [
        (["list", "--no-pager"], all_ids),
        (["list", "-k", "backup", "--no-pager"], backup_ids),
        (["who", "--ids", "--no-pager"], all_ids),
        (["who", "--no-pager"], []),
        (["show", "backup-capacity", "--no-pager"], ["backup-capacity"]),
        (["sections", "--no-pager"], []),
        (["parties", "--no-pager"], []),
        (["roles", "--no-pager"], []),
        (["footnotes", "--no-pager"], footnote_ids),
        (["glossary", "--no-pager"], []),
        (["stats", "--no-pager"], []),
        (["validate", "--no-pager"], []),
        (["matrices", "--no-pager"], ["iaas", "iaas-s3", "kubernetes", "network-vpc", "paas-ocp-std", "vm-instances"]),
        (["--matrix", "iaas,kubernetes", "who", "-k", "backup", "--ids", "--no-pager"],
         ["backup-capacity", "gerer-securite-service-kubernetes"][:1]),
        (["--matrix", "all", "stats", "--no-pager"], []),
        (["diff", v1, v2, "--no-pager"], []),
        (["--data", small, "--owners", owners, "owners", "stats", "--no-pager"], []),
    ]
    for width in (60, 80, 120, 200):
        for args, ids in commands:
            check(args, width, ids)

    # The id column of `who` comes by itself on a wide terminal only.
    wide = in_terminal(["who", "-k", "backup", "--no-pager"], 200)
    if not wide[0].split()[:2] == ["ID", "ACTIVITY"]:
        fail(f"who at 200 columns: the header is {wide[0]!r}, not ID ACTIVITY R A C I")
    narrow = in_terminal(["who", "-k", "backup", "--no-pager"], 120)
    if not narrow[0].split()[:1] == ["ACTIVITY"]:
        fail(f"who at 120 columns: the header is {narrow[0]!r}, not ACTIVITY R A C I")
    # The default pager, less -FRX, holds a long list until q is pressed; raci then exits 0.
    channel = "pager"
    tmux("new-session", "-d", "-s", channel, "-x", "100", "-y", "30",
         f"env -u COLUMNS -u PAGER -u RACI_PAGER {shlex.quote(raci)} list; "
         f"echo raci-status=$?; tmux -L {socket} wait-for -S {channel}")
    for _ in range(200):  # until less shows the first screen, at most 10 s
        screen = tmux("capture-pane", "-p", "-t", channel)
        if "Define Your Needs" in screen:
            break
        subprocess.run(["sleep", "0.05"])
    else:
        fail(f"less did not show the list: {screen!r}")
    if "raci-status=" in screen:
        fail("raci list did not wait for the pager")
    tmux("send-keys", "-t", channel, "q")
    tmux("wait-for", channel)
    screen = tmux("capture-pane", "-p", "-t", channel)
    tmux("kill-session", "-t", channel)
    if "raci-status=0" not in screen:
        fail(f"after q in less, raci's status is not 0: {screen!r}")

    # COLUMNS, when set, is the width.
    check(["list", "--no-pager"], 200, all_ids, env="COLUMNS=70")
    lines = in_terminal(["list", "--no-pager"], 200, env="COLUMNS=70")
    if max(len(line) for line in lines) < 60:
        fail("list with COLUMNS=70 is not laid out for 70 columns")
finally:
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)

print(f"{runs} runs in tmux, {failures} failures")
sys.exit(1 if failures else 0)
