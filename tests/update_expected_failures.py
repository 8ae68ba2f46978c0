#!/usr/bin/env python3
"""Rewrite tests/expected_failures.txt from a fresh differential run.

Usage:
    python3 tests/update_expected_failures.py TERRARIUM_BINARY [--reference PYTHON]
                                              [--jobs N] [--dry-run]

Every program under tests/programs is run by the reference interpreter
(default: $TERRARIUM_REFERENCE_PYTHON or python3.11) and by the given
Terrarium binary, with the same rules as the Rust harness
(crates/terrarium-cli/tests/differential.rs): the program's directory as
working directory, empty stdin, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, a
60 second timeout per process, and a comparison of stdout bytes, exit status
and the last non-empty stderr line.

Programs that fail are listed in expected_failures.txt. A program that was
already listed keeps its reason; a newly failing program gets a reason derived
from the first mismatch. Programs that now pass are dropped from the list.
Comment lines at the top of the file are preserved.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(TESTS_DIR, "programs")
LIST_PATH = os.path.join(TESTS_DIR, "expected_failures.txt")
TIMEOUT = 60
REMOVED_ENV = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
               "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONUTF8")
DEFAULT_HEADER = [
    "# Programs under tests/programs that Terrarium is known to fail.",
    "# Format: <path relative to tests/programs>  # <reason>",
    "# A listed program that passes makes the differential test fail: remove it.",
    "# Regenerate with: python3 tests/update_expected_failures.py target/debug/terrarium",
]


def collect_programs():
    found = []
    for root, dirs, files in os.walk(PROGRAMS_DIR):
        dirs.sort()
        for name in files:
            if name.endswith(".py"):
                rel = os.path.relpath(os.path.join(root, name), PROGRAMS_DIR)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def read_list():
    """Returns (header comment lines, {path: reason})."""
    header, entries = [], {}
    if not os.path.exists(LIST_PATH):
        return DEFAULT_HEADER, entries
    seen_entry = False
    with open(LIST_PATH, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                if not seen_entry:
                    header.append(line)
                continue
            seen_entry = True
            path, _, reason = line.partition("#")
            entries[path.strip()] = reason.strip()
    return header or DEFAULT_HEADER, entries


def run(interpreter, script):
    env = dict(os.environ)
    for name in REMOVED_ENV:
        env.pop(name, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        proc = subprocess.run(
            [interpreter, os.path.basename(script)],
            cwd=os.path.dirname(script),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    return proc.stdout, proc.returncode, proc.stderr


def last_stderr_line(stderr):
    lines = [l.rstrip() for l in stderr.decode("utf-8", "replace").splitlines()]
    lines = [l for l in lines if l]
    return lines[-1] if lines else ""


def describe_status(code):
    return "killed by signal %d" % -code if code < 0 else "exit status %d" % code


def shorten(text, limit=100):
    return text if len(text) <= limit else text[: limit - 3] + "..."


def compare(reference_python, terrarium, rel):
    """Returns None when the program passes, otherwise a one-line reason."""
    script = os.path.join(PROGRAMS_DIR, rel)
    ref = run(reference_python, script)
    if ref is None:
        raise RuntimeError("reference interpreter timed out on " + rel)
    try:
        got = run(terrarium, script)
    except OSError as err:
        return "cannot run terrarium: %s" % err
    if got is None:
        return "timeout"
    ref_out, ref_code, ref_err = ref
    out, code, err = got
    if code != ref_code:
        if code >= 0 and ref_code >= 0:
            reason = "exit status %d != %d" % (code, ref_code)
        else:
            reason = "%s != %s" % (describe_status(code), describe_status(ref_code))
        last = last_stderr_line(err)
        return shorten(reason + (": " + last if last else ""))
    if out != ref_out:
        exp_lines = ref_out.split(b"\n")
        act_lines = out.split(b"\n")
        for index, (a, b) in enumerate(zip(exp_lines, act_lines)):
            if a != b:
                return "stdout differs at line %d" % (index + 1)
        return "stdout differs at line %d" % (min(len(exp_lines), len(act_lines)) + 1)
    if last_stderr_line(err) != last_stderr_line(ref_err):
        return shorten("last stderr line differs: %s" % last_stderr_line(err))
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("terrarium", help="path to the built terrarium binary")
    parser.add_argument("--reference", default=os.environ.get("TERRARIUM_REFERENCE_PYTHON", "python3.11"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dry-run", action="store_true", help="print the new list instead of writing it")
    args = parser.parse_args()
    terrarium = os.path.abspath(args.terrarium) if os.sep in args.terrarium else args.terrarium

    programs = collect_programs()
    header, old = read_list()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        verdicts = dict(zip(programs, pool.map(lambda p: compare(args.reference, terrarium, p), programs)))

    failing = {p: r for p, r in verdicts.items() if r is not None}
    entries = {p: (old.get(p) or failing[p]) for p in sorted(failing)}
    width = max((len(p) for p in entries), default=0)
    lines = header + [("%-*s  # %s" % (width, p, entries[p])) for p in entries]
    text = "\n".join(lines) + "\n"

    added = sorted(set(failing) - set(old))
    removed = sorted(p for p in old if p not in failing)
    if args.dry_run:
        sys.stdout.write(text)
    else:
        with open(LIST_PATH, "w", encoding="utf-8") as f:
            f.write(text)
    for p in added:
        print("added:   %s  # %s" % (p, failing[p]), file=sys.stderr)
    for p in removed:
        print("removed: %s" % p, file=sys.stderr)
    passed = len(programs) - len(failing)
    print("%d passed, %d failed" % (passed, len(failing)), file=sys.stderr)


if __name__ == "__main__":
    main()
