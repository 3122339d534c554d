"""One-off (issue 14): move the judgment rows' v1 field paths and values to schema v2.

.venv/bin/python tests/data/upgrade_judgments_v1.py tests/data/judgments*.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.schema.versions import _measure

FIELD = {
    "sanctions.cosponsor_count": "sanctions.counts.value",
    "sanctions.sponsor": "sanctions.sponsors",
    "sanctions.legislative_status": "sanctions.status",
    "ceasefires.positions.position": "ceasefires.positions.stance",
    "sanctions.kind": "sanctions.instrument",
}


def _stance(p: Any) -> Any:
    if not isinstance(p, dict):
        return p
    return {("stance" if k == "position" else k): v for k, v in p.items()}


def move(row: dict[str, Any]) -> dict[str, Any]:
    field = row["field"]
    row["field"] = FIELD.get(field, field)
    if field == "sanctions.legislative_status":
        for side in ("gold", "pred"):
            if row[side] == "not_applicable":
                row[side] = None
    if field == "sanctions":
        for side in ("gold", "pred"):
            row[side] = [_measure(m) for m in row[side]]
    if field == "ceasefires.positions":
        for side in ("gold", "pred"):
            row[side] = [_stance(p) for p in row[side]]
    if field == "ceasefires":
        for side in ("gold", "pred"):
            row[side] = [
                dict(c, positions=[_stance(p) for p in c.get("positions", [])]) for c in row[side]
            ]
    return row


def main(names: list[str]) -> None:
    for name in names:
        path = Path(name)
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [move(json.loads(line)) for line in lines if line.strip()]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(name, len(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
