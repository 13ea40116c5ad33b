#!/usr/bin/env python3
"""Start-up benchmark for usperu: medians and ratios, measured in one run.

Runs each usperu command and its baselines alternately, round after round, from the
installed console script, and compares the medians with `python -c pass` and with
the framework floor: a bare Typer app, on the same interpreter and the same installed
Typer, that imports the same output library. Standard library only.

    python benchmarks/startup.py                 # the environment of this interpreter
    python benchmarks/startup.py --json          # machine-readable
    python benchmarks/startup.py --typer 0.29.2  # would that Typer meet the goals?
    python benchmarks/startup.py --count         # CPU instructions, under valgrind
    python benchmarks/startup.py --count --lang es  # the same commands in Spanish (-L es)
    python benchmarks/startup.py --count --floors --typer 0.29.2  # the bare Typer apps only

Wall-clock ratios on a shared machine move by 10-20% from run to run. `--count` runs
each command once under valgrind's cachegrind (no cache simulation, PYTHONHASHSEED=0)
and compares the instructions it executed with the framework floor's: the same run
gives the same count to within a few thousand instructions of some hundred million,
so a change of 0.1% is visible. The floor goal (1.15) is checked on that ratio; the
goals against `python -c pass` are wall-clock goals (much of that start-up is the
kernel's exec, mapping and page faults, which valgrind does not count) and are not checked.

Install usperu with `pip install .` (not `-e`) before measuring: an editable install
adds an import hook to every start-up of that interpreter.

Typer 0.29, which requires pydantic, against 0.28, on 2026-12-01 (Python 3.11.7, Rich
15.0.0): the floors counted with `--count --floors --typer VERSION`, a one-command
`typer.run` app counted the same way, and wall clock from 15 rounds alternating
the two releases (two venvs), as medians of per-round ratios:

    bare app                     0.28.0 instr.   0.29.2 instr.   counted   wall clock
    one-command typer.run app      246,850,519     651,954,457     2.64x   2.38x
    floor json (runs a command)    256,654,825     661,967,040     2.58x   2.40x
    floor help (group --help)      251,752,223     269,169,824     1.07x   1.06x

Typer 0.29.2 imports pydantic (from typer/_adapters.py) when it builds a command's
parameters, not on `import typer`: a group's --help barely moves, while every command
that runs pays ~400M instructions more than all of usperu's own start-up work. (The
machine was loaded during the wall-clock rounds, 0.4 s for a 50 ms run: only the ratios
mean anything.) A second counted run of the final code repeated every usperu count
exactly and every floor to within 3,000 instructions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FLOOR_APP = '''
import sys
import typer

app = typer.Typer(add_completion=True, rich_markup_mode=None)  # as usperu: plain help


def _ids(incomplete: str) -> list[str]:
    return [i for i in ("alpha", "beta", "gamma") if i.startswith(incomplete)]


@app.callback()
def main() -> None:
    """A bare Typer app: the framework floor."""


@app.command()
def listing(fmt: str = "json") -> None:
    """Print a small listing with the output library the measured command uses."""
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table("#", "title")
        table.add_row("1", "one")
        Console().print(table)
    else:
        import csv
        import json

        sys.stdout.write(json.dumps([{"id": 1, "title": "one"}]) + "\\n")
        csv.writer(sys.stdout).writerow(["id", "title"])


@app.command()
def show(ident: str = typer.Argument(..., autocompletion=_ids)) -> None:
    """Show one thing."""
    print(ident)


app(prog_name="floor")
'''


@dataclass(frozen=True)
class Case:
    """One measured command: its argv, the floor it is compared with, and its goals."""

    name: str
    argv: tuple[str, ...]
    floor: str
    goal_vs_pass: float
    env: tuple[tuple[str, str], ...] = ()
    tty: bool = False
    """Run with stdout on a pseudo-terminal, as a person would see a table."""


GOAL_VS_FLOOR = 1.15

VALGRIND = ("valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null")
"""How `--count` runs a command: cachegrind counting instructions only, writing no file."""


def cases(usperu: str, lang: str = "en") -> list[Case]:
    """Return the usperu commands of the start-up goals (README, 'Performance'), in the
    interface's language LANG: English as usperu starts by default, or `-L LANG` before
    the command (the floors stay the same bare Typer app)."""
    words = (usperu,) if lang == "en" else (usperu, "-L", lang)
    prefix = "" if lang == "en" else f"-L {lang} "
    typed = " ".join(("usperu", *words[1:], "show", ""))  # what bash passes while completing
    complete = (("_USPERU_COMPLETE", "complete_bash"), ("COMP_WORDS", typed), ("COMP_CWORD", str(len(words) + 1)))
    return [
        Case(f"{prefix}{name}", (*words, *argv), floor, goal, env, tty)
        for name, argv, floor, goal, env, tty in (
            ("achievements -f json", ("achievements", "-f", "json"), "floor json", 7, (), False),
            ("timeline -f csv", ("timeline", "-f", "csv"), "floor json", 7, (), False),
            ("show artemis-accords -f json", ("show", "artemis-accords", "-f", "json"), "floor json", 7, (), False),
            ("search minerals -f json", ("search", "minerals", "-f", "json"), "floor json", 7, (), False),
            ("achievements", ("achievements",), "floor table", 10, (), True),
            ("timeline", ("timeline",), "floor table", 10, (), True),
            ("sessions", ("sessions",), "floor table", 10, (), True),
            ("search minerals", ("search", "minerals"), "floor table", 10, (), True),
            ("show <Tab> (completion)", (), "floor completion", 7, complete, False),
            ("--help", ("--help",), "floor help", 10, (), False),
        )
    ]


def baselines(python: str, floor: str) -> list[Case]:
    """Return `python -c pass` and the four framework floors."""
    complete = (("_FLOOR_COMPLETE", "complete_bash"), ("COMP_WORDS", "floor show "), ("COMP_CWORD", "2"))
    return [
        Case("python -c pass", (python, "-c", "pass"), "", 0),
        Case("floor json", (python, floor, "listing", "--fmt", "json"), "", 0),
        Case("floor table", (python, floor, "listing", "--fmt", "table"), "", 0, tty=True),
        Case("floor completion", (python, floor), "", 0, complete),
        Case("floor help", (python, floor, "--help"), "", 0),
    ]


def run_once(case: Case, base_env: dict[str, str]) -> tuple[float, int]:
    """Return the wall time in ms of one run, and its exit code."""
    env = {**base_env, **dict(case.env)}
    if case.tty:
        return _run_on_pty(case.argv, env)
    start = time.perf_counter()
    done = subprocess.run(case.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000, done.returncode


def _run_on_pty(argv: tuple[str, ...], env: dict[str, str]) -> tuple[float, int]:
    """Run with stdout on a pseudo-terminal (drained as it is written); return ms and exit code."""
    import pty
    import threading

    controller, terminal = pty.openpty()

    def drain() -> None:
        try:
            while os.read(controller, 65536):
                pass
        except OSError:  # the terminal side closed
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=terminal, stderr=subprocess.DEVNULL, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    os.close(terminal)
    reader.join(timeout=5)
    os.close(controller)
    return elapsed, done.returncode


def bench_env() -> dict[str, str]:
    """Return the environment every measured run gets: this one, without usperu's
    variables, with a fixed terminal size and no pager."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("USPERU_", "_USPERU", "COMP_"))}
    env.update({"COLUMNS": "100", "LINES": "40", "TERM": "xterm-256color"})
    # Output taller than the terminal goes through $PAGER (less), another program whose
    # start-up is not usperu's: PAGER=cat writes it straight out, as `--no-pager` does.
    env["PAGER"] = "cat"
    env.pop("NO_COLOR", None)
    # The unmeasured run before each count writes the bytecode caches, as pip does when it
    # installs a package; with PYTHONDONTWRITEBYTECODE set (some shells and tools set it),
    # every counted run compiled the bundled index again: ~2x the instructions.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(all_cases: list[Case], rounds: int, warmup: int) -> dict[str, list[float]]:
    """Run every case once per round, alternating, and return the times of each."""
    env = bench_env()
    times: dict[str, list[float]] = {case.name: [] for case in all_cases}
    failed: dict[str, int] = {}
    for round_number in range(warmup + rounds):
        for case in all_cases:
            elapsed, code = run_once(case, env)
            if code != 0:
                failed[case.name] = code
            if round_number >= warmup:
                times[case.name].append(elapsed)
    if failed:
        for name, code in failed.items():
            print(f"error: {name!r} exited {code}; its time means nothing", file=sys.stderr)
        raise SystemExit(2)
    return times


def count_once(case: Case, base_env: dict[str, str], log: Path) -> tuple[int, int]:
    """Return the instructions one run of the case executed (valgrind's 'I refs'), and
    its exit code."""
    env = {**base_env, **dict(case.env), "PYTHONHASHSEED": "0"}
    argv = (*VALGRIND, f"--log-file={log}", *case.argv)
    if case.tty:
        code = _run_on_pty(argv, env)[1]
    else:
        done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        code = done.returncode
    text = log.read_text(encoding="utf-8")
    found = re.search(r"\bI\s+refs:\s+([\d,]+)", text)
    if found is None:
        raise SystemExit(f"error: no instruction count for {case.name!r} in valgrind's log:\n{text}")
    return int(found.group(1).replace(",", "")), code


def count(all_cases: list[Case], tmp: str) -> dict[str, int]:
    """Run every case once (unmeasured, to write bytecode caches) and once under valgrind;
    return the instructions of each."""
    env = bench_env()
    log = Path(tmp) / "valgrind.log"
    counted: dict[str, int] = {}
    failed: dict[str, int] = {}
    for case in all_cases:
        run_once(case, env)
        counted[case.name], code = count_once(case, env, log)
        if code != 0:
            failed[case.name] = code
    if failed:
        for name, code in failed.items():
            print(f"error: {name!r} exited {code}; its count means nothing", file=sys.stderr)
        raise SystemExit(2)
    return counted


def report_counted(python: str, usperu: str, floors_only: bool = False, lang: str = "en") -> dict[str, object]:
    """Count and return the results: instructions, ratios to the floor, and whether each
    meets the floor goal."""
    with tempfile.TemporaryDirectory() as tmp:
        floor = str(Path(tmp) / "floor.py")
        Path(floor).write_text(FLOOR_APP, encoding="utf-8")
        measured = [] if floors_only else cases(usperu, lang)
        base = baselines(python, floor)
        counted = count(base + measured, tmp)
    rows = []
    for case in measured:
        vs_floor = counted[case.name] / counted[case.floor]
        rows.append(
            {
                "command": f"usperu {case.name}",
                "instructions": counted[case.name],
                "floor": case.floor,
                "vs_floor": round(vs_floor, 3),
                "goal_vs_floor": GOAL_VS_FLOOR,
                "met": vs_floor <= GOAL_VS_FLOOR,
            }
        )
    return {
        **_environment(python),
        "counted": "instructions, valgrind --tool=cachegrind --cache-sim=no, PYTHONHASHSEED=0",
        "lang": lang,
        "baselines_instructions": {c.name: counted[c.name] for c in base},
        "results": rows,
        "all_met": all(row["met"] for row in rows),
    }


def _environment(python: str) -> dict[str, object]:
    return {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        "python": _version_of(python, "import sys; print(sys.version.split()[0])"),
        "typer": _version_of(python, "import typer; print(typer.__version__)"),
        "rich": _version_of(python, "import importlib.metadata as m; print(m.version('rich'))"),
    }


def report(
    python: str, usperu: str, rounds: int, warmup: int, floors_only: bool = False, lang: str = "en"
) -> dict[str, object]:
    """Measure and return the results: medians, ratios, goals and whether each is met."""
    with tempfile.TemporaryDirectory() as tmp:
        floor = str(Path(tmp) / "floor.py")
        Path(floor).write_text(FLOOR_APP, encoding="utf-8")
        measured = [] if floors_only else cases(usperu, lang)
        base = baselines(python, floor)
        times = measure(base + measured, rounds, warmup)
    median = {name: statistics.median(values) for name, values in times.items()}
    rows = []
    for case in measured:
        # Ratios are medians of per-round ratios: each run is compared with the
        # baseline measured next to it, so slow phases of a shared machine cancel out.
        vs_pass = _paired(times[case.name], times["python -c pass"])
        vs_floor = _paired(times[case.name], times[case.floor])
        rows.append(
            {
                "command": f"usperu {case.name}",
                "median_ms": round(median[case.name], 1),
                "vs_pass": round(vs_pass, 2),
                "goal_vs_pass": case.goal_vs_pass,
                "floor": case.floor,
                "vs_floor": round(vs_floor, 3),
                "goal_vs_floor": GOAL_VS_FLOOR,
                "met": vs_pass <= case.goal_vs_pass and vs_floor <= GOAL_VS_FLOOR,
            }
        )
    return {
        **_environment(python),
        "rounds": rounds,
        "baselines_ms": {c.name: round(median[c.name], 1) for c in base},
        "results": rows,
        "all_met": all(row["met"] for row in rows),
    }


def _paired(values: list[float], baseline: list[float]) -> float:
    return statistics.median(v / b for v, b in zip(values, baseline, strict=True))


def _version_of(python: str, code: str) -> str:
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def print_table(result: dict[str, object]) -> None:
    """Print the result for people."""
    print(f"{result['date']}  {result['machine']}")
    print(f"Python {result['python']}, Typer {result['typer']}, Rich {result['rich']}; {result['rounds']} rounds")
    print()
    baselines_ms = result["baselines_ms"]
    assert isinstance(baselines_ms, dict)
    for name, value in baselines_ms.items():
        print(f"  {name:<34} {value:7.1f} ms")
    print()
    header = f"  {'command':<42} {'median':>8} {'x pass':>7} {'goal':>5} {'x floor':>8} {'goal':>5}  met"
    print(header)
    print("  " + "-" * (len(header) - 2))
    results = result["results"]
    assert isinstance(results, list)
    for row in results:
        print(
            f"  {row['command']:<42} {row['median_ms']:6.1f}ms {row['vs_pass']:6.2f}x {row['goal_vs_pass']:4}x"
            f" {row['vs_floor']:7.3f}x {row['goal_vs_floor']:4}x  {'yes' if row['met'] else 'NO'}"
        )
    print()
    print("every goal met" if result["all_met"] else "some goals are NOT met")


def print_counted(result: dict[str, object]) -> None:
    """Print the counted result for people."""
    print(f"{result['date']}  {result['machine']}")
    print(f"Python {result['python']}, Typer {result['typer']}, Rich {result['rich']}; {result['counted']}")
    print(f"usperu's interface in {'Spanish (-L es)' if result['lang'] == 'es' else 'English'}")
    print()
    baselines = result["baselines_instructions"]
    assert isinstance(baselines, dict)
    for name, value in baselines.items():
        print(f"  {name:<34} {value:>13,}")
    print()
    header = f"  {'command':<42} {'instructions':>13} {'floor':<16} {'x floor':>8} {'goal':>5}  met"
    print(header)
    print("  " + "-" * (len(header) - 2))
    results = result["results"]
    assert isinstance(results, list)
    for row in results:
        print(
            f"  {row['command']:<42} {row['instructions']:>13,} {row['floor']:<16}"
            f" {row['vs_floor']:7.3f}x {row['goal_vs_floor']:4}x  {'yes' if row['met'] else 'NO'}"
        )
    print()
    print("every goal met" if result["all_met"] else "some goals are NOT met")


def with_typer(version: str, args: argparse.Namespace) -> int:
    """Measure in a temporary venv with usperu and Typer VERSION (needs PyPI)."""
    repo = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = str(venv / "bin" / "python")
        pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, str(repo)], check=True)
        subprocess.run([*pip, "--no-deps", f"typer=={version}"], check=True)
        subprocess.run([*pip, f"typer=={version}"], check=True)  # whatever that release needs
        return run(python, str(venv / "bin" / "usperu"), args)


def run(python: str, usperu: str, args: argparse.Namespace) -> int:
    """Measure (or count), print, and return 0 when every goal is met (1 otherwise)."""
    if args.count:
        result = report_counted(python, usperu, args.floors, args.lang)
    else:
        result = report(python, usperu, args.rounds, args.warmup, args.floors, args.lang)
    if args.json:
        print(json.dumps(result, indent=2))
    elif args.count:
        print_counted(result)
    else:
        print_table(result)
    return 0 if result["all_met"] else 1


def main() -> int:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=60, help="measured rounds (default 60)")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured rounds first (default 3)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--python", default=sys.executable, help="the interpreter of the environment to measure")
    parser.add_argument("--typer", metavar="VERSION", help="measure with this Typer release in a temporary venv")
    parser.add_argument("--count", action="store_true", help="count CPU instructions under valgrind, not time")
    parser.add_argument("--floors", action="store_true", help="measure only the baselines (bare Typer apps)")
    parser.add_argument(
        "--lang", choices=("en", "es"), default="en", help="the interface's language of the usperu runs (-L LANG)"
    )
    args = parser.parse_args()
    if args.count and shutil.which(VALGRIND[0]) is None:
        parser.error("--count needs valgrind (Debian: apt-get install valgrind)")
    if args.typer:
        return with_typer(args.typer, args)
    usperu = Path(args.python).parent / "usperu"
    if not usperu.exists() and not args.floors:
        parser.error(f"no usperu console script beside {args.python}; run 'pip install .' first")
    return run(args.python, str(usperu), args)


if __name__ == "__main__":
    sys.exit(main())
