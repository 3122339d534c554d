"""The case sets' table (`tests/data/README.md`) says what the sets hold: each row's count is
the number of cases in its files, and the **all** row is their sum. The table is edited by hand
by every branch that adds a set, and merges of two such branches used to leave the total of
one."""

from __future__ import annotations

import re

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
SET_FILE = re.compile(r"grounding_[a-z0-9_]+\.jsonl")
GENERATOR = re.compile(r"make_[a-z0-9_]+_cases\.py")


def _rows() -> list[list[str]]:
    lines = (ROOT / "tests" / "data" / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| case set (`tests/data/`)"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _files(cell: str) -> list[str]:
    """The set files a row names: by name, else the file its generator writes."""
    named = SET_FILE.findall(cell)
    if named:
        return named
    found = []
    for generator in GENERATOR.findall(cell):
        written = SET_FILE.search((DATA / generator).read_text(encoding="utf-8"))
        assert written is not None, f"{generator} names no set file"
        found.append(written.group(0))
    return found


def _cases(name: str) -> int:
    with (DATA / name).open(encoding="utf-8") as lines:
        return sum(1 for line in lines if line.strip())


def test_each_row_counts_its_sets_cases_and_all_is_their_sum() -> None:
    rows = _rows()
    assert rows[-1][0] == "**all**", "the table ends with the **all** row"
    total = 0
    for cell, count, *_ in rows[:-1]:
        files = _files(cell)
        assert files, f"row {cell[:50]!r} names no set file or generator"
        written = int(count.replace(",", ""))
        assert written == sum(_cases(name) for name in files), cell[:60]
        total += written
    assert rows[-1][1] == f"**{total:,}**"
