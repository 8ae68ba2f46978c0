"""Time Terrarium against CPython on the programs in bench/programs.

Run it with CPython 3.11:

    python3.11 bench/run.py [--terrarium PATH] [--python CMD] [--runs N]
                            [--timeout SECONDS] [--json FILE] [NAME ...]

For every selected program the two interpreters are run alternately
(CPython, Terrarium, then Terrarium, CPython, ...), each run timed as
wall-clock seconds around the whole process.  The minimum of each side
is kept and the ratio Terrarium/CPython reported.  A program whose
Terrarium output differs from CPython's, or which fails or times out
under Terrarium, is reported as such and left out of the geometric mean.

The exit status is 0 whatever the ratios are; only a usage error (an
unknown program name, an interpreter that cannot be found) gives 2.
"""

import argparse
import fnmatch
import json
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
DEFAULT_TERRARIUM = Path("target") / "release" / "terrarium"

OK = "ok"


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compare Terrarium with CPython on bench/programs/*.py.")
    parser.add_argument(
        "--terrarium", default=None,
        help="Terrarium executable (default: target/release/terrarium under "
             "the repository root). May be any Python, for self-testing.")
    parser.add_argument(
        "--python", default="python3.11",
        help="reference CPython command (default: python3.11)")
    parser.add_argument(
        "--runs", type=int, default=3,
        help="timed runs per interpreter and program (default: 3)")
    parser.add_argument(
        "--timeout", type=float, default=120.0,
        help="seconds before a single run is killed (default: 120)")
    parser.add_argument(
        "--json", metavar="FILE", default=None,
        help="also write the results to FILE as JSON")
    parser.add_argument(
        "--no-resolve", action="store_true",
        help="run the interpreter commands exactly as given; by default a "
             "launcher script (e.g. a pyenv shim) is replaced by the real "
             "interpreter it starts, so its start-up cost is not timed")
    parser.add_argument(
        "--list", action="store_true",
        help="list the programs and exit")
    parser.add_argument(
        "names", nargs="*", metavar="NAME",
        help="only run programs whose name matches (exact name or a "
             "shell-style pattern such as 'big*')")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    return args


def discover_programs():
    return sorted(p.stem for p in PROGRAMS_DIR.glob("*.py"))


def select_programs(all_names, patterns):
    if not patterns:
        return list(all_names), []
    chosen = []
    unmatched = []
    for pattern in patterns:
        hits = [n for n in all_names if n == pattern or fnmatch.fnmatchcase(n, pattern)]
        if not hits:
            unmatched.append(pattern)
        for n in hits:
            if n not in chosen:
                chosen.append(n)
    # keep the usual (alphabetical) order
    return [n for n in all_names if n in chosen], unmatched


def find_executable(cmd):
    """Return the path of an interpreter command, or None."""
    if os.sep in cmd or (os.altsep and os.altsep in cmd):
        path = Path(cmd)
        if not path.is_absolute():
            path = Path.cwd() / path
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which(cmd)


def is_launcher_script(path):
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def resolve_interpreter(path):
    """If `path` is a launcher script (pyenv shims are shell scripts that
    cost ~0.1 s per start), ask it which real interpreter it runs.  A
    binary, or anything that cannot answer, is returned unchanged."""
    if not is_launcher_script(path):
        return path
    try:
        proc = subprocess.run(
            [path, "-c", "import sys; print(sys.executable)"],
            stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return path
    real = proc.stdout.decode("utf-8", "replace").strip()
    if proc.returncode == 0 and real and os.path.isfile(real) and os.access(real, os.X_OK):
        return real
    return path


def time_one(exe, program_path, timeout):
    """Run one program once.

    Returns (status, wall seconds, cpu seconds, stdout, detail); the CPU
    time (user + system of the child) is kept for reference only."""
    # The child gets its own session so that, on timeout, everything it
    # started (e.g. under a wrapper script) can be killed together.
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(
            [exe, str(program_path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=str(PROGRAMS_DIR),
            start_new_session=True)
    except OSError as exc:
        return "failed", None, None, None, f"could not start: {exc}"
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        proc.communicate()
        return "timeout", None, None, None, f"killed after {timeout:g} s"
    except BaseException:
        kill_group(proc)
        proc.communicate()
        raise
    elapsed = time.perf_counter() - start
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage1.ru_utime + usage1.ru_stime) - (usage0.ru_utime + usage0.ru_stime)
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        if proc.returncode < 0:
            detail = f"killed by signal {-proc.returncode}"
        else:
            detail = f"exit status {proc.returncode}"
        if tail:
            detail += ": " + " | ".join(tail)
        return "failed", elapsed, cpu, out, detail
    return OK, elapsed, cpu, out, ""


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        proc.kill()


def first_difference(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    got_lines = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return f"line {i + 1}: expected {e[:120]!r}, got {g[:120]!r}"
    return "outputs differ (line endings or trailing bytes)"


def bench_program(name, python_exe, terrarium_exe, runs, timeout):
    path = PROGRAMS_DIR / (name + ".py")
    result = {
        "program": name,
        "status": OK,
        "detail": "",
        "cpython_times": [],
        "terrarium_times": [],
        "cpython_cpu_times": [],
        "terrarium_cpu_times": [],
        "cpython_min": None,
        "terrarium_min": None,
        "ratio": None,
        "cpu_ratio": None,
        "stdout": None,
    }
    expected = None
    for i in range(runs):
        # Alternate which interpreter goes first in each round so that
        # neither one systematically runs on a warmer machine.
        order = ("cpython", "terrarium") if i % 2 == 0 else ("terrarium", "cpython")
        for side in order:
            exe = python_exe if side == "cpython" else terrarium_exe
            status, seconds, cpu, out, detail = time_one(exe, path, timeout)
            if side == "cpython":
                if status != OK:
                    result["status"] = "cpython " + status
                    result["detail"] = detail
                    break
                result["cpython_times"].append(seconds)
                result["cpython_cpu_times"].append(cpu)
                if expected is None:
                    expected = out
                    result["stdout"] = out.decode("utf-8", "replace")
                elif out != expected:
                    result["status"] = "cpython output unstable"
                    result["detail"] = first_difference(expected, out)
                    break
            else:
                if status == "timeout":
                    result["status"] = "terrarium timeout"
                    result["detail"] = detail
                    break
                if status != OK:
                    result["status"] = "terrarium failed"
                    result["detail"] = detail
                    break
                result["terrarium_times"].append(seconds)
                result["terrarium_cpu_times"].append(cpu)
                # Round 0 starts with CPython, so `expected` is set here.
                if out != expected:
                    result["status"] = "output differs"
                    result["detail"] = first_difference(expected, out)
                    break
        if result["status"] != OK:
            break
    if result["cpython_times"]:
        result["cpython_min"] = min(result["cpython_times"])
    if result["terrarium_times"]:
        result["terrarium_min"] = min(result["terrarium_times"])
    if result["status"] == OK:
        result["ratio"] = result["terrarium_min"] / result["cpython_min"]
        result["cpu_ratio"] = (min(result["terrarium_cpu_times"])
                               / max(min(result["cpython_cpu_times"]), 1e-9))
    return result


def fmt_seconds(value):
    return f"{value:.3f}" if value is not None else "-"


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    all_names = discover_programs()
    if args.list:
        for n in all_names:
            print(n)
        return 0
    names, unmatched = select_programs(all_names, args.names)
    if unmatched:
        print("error: no program matches: " + ", ".join(unmatched), file=sys.stderr)
        print("available: " + ", ".join(all_names), file=sys.stderr)
        return 2
    if not names:
        print("error: no programs found in bench/programs", file=sys.stderr)
        return 2

    if args.terrarium is None:
        terrarium_cmd = str(REPO_ROOT / DEFAULT_TERRARIUM)
    else:
        terrarium_cmd = args.terrarium
    python_exe = find_executable(args.python)
    terrarium_exe = find_executable(terrarium_cmd)
    if python_exe is None:
        print(f"error: CPython not found: {args.python}", file=sys.stderr)
        return 2
    if terrarium_exe is None:
        print(f"error: Terrarium not found: {terrarium_cmd}", file=sys.stderr)
        if args.terrarium is None:
            print("build it first: cargo build --release", file=sys.stderr)
        return 2
    if not args.no_resolve:
        python_exe = resolve_interpreter(python_exe)
        terrarium_exe = resolve_interpreter(terrarium_exe)

    print(f"CPython:   {python_exe}")
    print(f"Terrarium: {terrarium_exe}")
    print(f"runs: {args.runs} each, interleaved; minimum wall-clock seconds; "
          f"timeout {args.timeout:g} s")
    print()
    width = max(len("program"), max(len(n) for n in names))
    header = f"{'program':<{width}}  {'CPython s':>10}  {'Terrarium s':>11}  {'ratio':>7}  status"
    print(header)
    print("-" * len(header))
    sys.stdout.flush()

    results = []
    for name in names:
        r = bench_program(name, python_exe, terrarium_exe, args.runs, args.timeout)
        results.append(r)
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        print(f"{name:<{width}}  {fmt_seconds(r['cpython_min']):>10}  "
              f"{fmt_seconds(r['terrarium_min']):>11}  {ratio:>7}  {r['status']}")
        sys.stdout.flush()

    counted = [r for r in results if r["ratio"] is not None]
    excluded = [r for r in results if r["ratio"] is None]
    print()
    geomean = None
    cpu_geomean = None
    max_ratio = None
    max_program = None
    if counted:
        geomean = math.exp(sum(math.log(r["ratio"]) for r in counted) / len(counted))
        worst = max(counted, key=lambda r: r["ratio"])
        max_ratio = worst["ratio"]
        max_program = worst["program"]
        print(f"geometric mean ratio (Terrarium/CPython) over {len(counted)} programs: {geomean:.2f}")
        print(f"maximum ratio: {max_ratio:.2f} ({max_program})")
        cpu_geomean = math.exp(sum(math.log(r["cpu_ratio"]) for r in counted) / len(counted))
        print(f"(for reference, geometric mean of user+system CPU-time ratios: {cpu_geomean:.2f})")
    else:
        print("geometric mean ratio: n/a (no program ran correctly under both)")
        print("maximum ratio: n/a")
    print(f"excluded programs: {len(excluded)}")
    for r in excluded:
        line = f"  {r['program']}: {r['status']}"
        if r["detail"]:
            line += f" -- {r['detail']}"
        print(line)

    if args.json:
        doc = {
            "cpython": python_exe,
            "terrarium": terrarium_exe,
            "runs": args.runs,
            "timeout": args.timeout,
            "programs": results,
            "geomean_ratio": geomean,
            "cpu_geomean_ratio": cpu_geomean,
            "max_ratio": max_ratio,
            "max_ratio_program": max_program,
            "counted": len(counted),
            "excluded": len(excluded),
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
