"""How long the quick start's install takes: the README's install line on this checkout
against another checkout's line, alternating, each round in a fresh venv.

Wall time is what a person waits for here, so it is what is timed; a busy neighbour slows
both lines alike because the rounds alternate, and the report gives the ratio round by round.
pip's own cache is used as it is (on this machine it keeps no downloads: see DECISIONS.md).
Each round clones the checkout's committed HEAD into a temporary folder, so uncommitted
changes are not measured.

    python benchmarks/install.py --against /tmp/before [--rounds 2] \\
        [--against-line "pip install -e '.[dev]'"]

``--against`` names another checkout (``git worktree add /tmp/before <commit>``); its line
defaults to the quick start's line before the constraints file (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_LINE = "pip install -e '.[dev]'"


def readme_line(checkout: Path) -> str:
    """The quick start's pip command, as the README of ``checkout`` gives it."""
    readme = (checkout / "README.md").read_text(encoding="utf-8")
    found = re.search(r"\.venv/bin/(pip install [^&\n]*?)\s*&&", readme)
    if not found:
        raise SystemExit(f"{checkout}/README.md: no quick-start pip line found")
    return found.group(1)


def one_round(checkout: Path, line: str) -> float:
    """Seconds for ``python3 -m venv`` and ``line`` in a fresh clone of ``checkout``."""
    with tempfile.TemporaryDirectory(prefix="install-bench-") as folder:
        clone = Path(folder) / "clone"
        subprocess.run(["git", "clone", "-q", str(checkout), str(clone)], check=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "venv", ".venv"], cwd=clone, check=True)
        pip = [str(clone / ".venv" / "bin" / "pip"), *shlex.split(line)[1:]]
        done = subprocess.run(pip, cwd=clone, capture_output=True, text=True, check=False)
        if done.returncode != 0:  # pip's warnings stay quiet unless it failed
            raise SystemExit(f"{line} failed in {checkout}:\n{done.stderr[-3000:]}")
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--against-line", default=OLD_LINE, help="its pip line")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    ours = readme_line(ROOT)
    print(f"this checkout: {ours}\nagainst {args.against}: {args.against_line}")
    for number in range(1, args.rounds + 1):
        before = one_round(args.against, args.against_line)
        after = one_round(ROOT, ours)
        print(f"round {number}: against {before:.0f} s, this {after:.0f} s, {after / before:.2f}x")


if __name__ == "__main__":
    main()
