#!/usr/bin/env python3
"""The YAML export means the same to other YAML readers: PyYAML (YAML 1.1, like yq) loads
every YAML export of the hostile matrices to exactly the strings of raci's own JSON export.

Usage: yaml_interop_test.py RACI DATA_FILE...
"""
import json
import subprocess
import sys

import yaml

raci = sys.argv[1]
failures = 0


def run(*args):
    result = subprocess.run([raci, *args], capture_output=True, timeout=30)
    if result.returncode != 0:
        raise SystemExit(f"FAIL: raci {' '.join(args)} exited {result.returncode}: {result.stderr!r}")
    return result.stdout.decode("utf-8")


for data in sys.argv[2:]:
    expected = json.loads(run("--data", data, "export", "-o", "json"))
    exported = run("--data", data, "export", "-o", "yaml")
    try:
        loaded = yaml.safe_load(exported)
    except yaml.YAMLError as error:
        print(f"FAIL: PyYAML cannot read the YAML export of {data}: {error}")
        failures += 1
        continue
    if loaded != expected:
        print(f"FAIL: PyYAML reads the YAML export of {data} differently from the JSON export")
        for key in expected:
            if loaded.get(key) != expected[key]:
                print(f"  {key}: {loaded.get(key)!r} != {expected[key]!r}")
        failures += 1
    else:
        print(f"ok: {data}")
sys.exit(1 if failures else 0)
