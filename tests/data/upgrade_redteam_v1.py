"""One-off: translate the hand-written red-team grounding cases from schema v1 to v2.

Run once when the schema switched (issue 14); kept for the record of how each case moved.
Facts go through :func:`summarizer.schema.versions.upgrade`; paths and ``set`` keys move as
the fields did: ``sanctions[i].cosponsor_count`` -> the co-sponsor Count's ``value``
(``sanctions[i].counts[0].value``), ``sponsor`` -> ``sponsors[0]``, ``kind`` -> ``instrument``,
``legislative_status`` -> ``status``, ``positions[j].position`` -> ``positions[j].stance``.
Verdicts (``expect``) are never changed here.

    .venv/bin/python tests/data/upgrade_redteam_v1.py tests/data/grounding_redteam.jsonl ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.schema.versions import _measure, _truce, upgrade

_MEASURE = re.compile(r"^(sanctions\[\d+\])\.(cosponsor_count|sponsor|kind|legislative_status)$")
_POSITION = re.compile(r"^(ceasefires\[\d+\]\.positions\[\d+\])\.position$")


def _get(node: Any, path: str) -> Any:
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        try:
            node = node[name] if name else node[int(index)]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _stance(p: Any) -> Any:
    return (
        {("stance" if k == "position" else k): v for k, v in p.items()}
        if isinstance(p, dict)
        else p
    )


def move_set(key: str, value: Any, facts: Any) -> dict[str, Any]:
    m = _MEASURE.match(key)
    if m:
        measure, field = m.groups()
        if field == "cosponsor_count":
            if value is None:
                return {f"{measure}.counts": []}
            if _get(facts, f"{measure}.counts"):
                return {f"{measure}.counts[0].value": value}
            return {f"{measure}.counts": [{"what": "co-sponsors", "value": value}]}
        if field == "sponsor":
            return {f"{measure}.sponsors": [value] if value else []}
        if field == "kind":
            return {f"{measure}.instrument": {"multilateral": "bloc_package"}.get(value, value)}
        return {f"{measure}.status": None if value == "not_applicable" else value}
    m = _POSITION.match(key)
    if m:
        return {f"{m.group(1)}.stance": value}
    if re.fullmatch(r"sanctions\[\d+\]", key):
        return {key: _measure(value)}
    if key == "sanctions":
        return {key: [_measure(v) for v in value or []]}
    if re.fullmatch(r"ceasefires\[\d+\]", key):
        return {key: _truce(value)}
    if key == "ceasefires":
        return {key: [_truce(v) for v in value or []]}
    if re.fullmatch(r"ceasefires\[\d+\]\.positions\[\d+\]", key):
        return {key: _stance(value)}
    if re.fullmatch(r"ceasefires\[\d+\]\.positions", key):
        return {key: [_stance(v) for v in value or []]}
    return {key: value}


def move_path(path: str) -> str:
    m = _MEASURE.match(path)
    if m:
        measure, field = m.groups()
        return {
            "cosponsor_count": f"{measure}.counts[0].value",
            "sponsor": f"{measure}.sponsors[0]",
            "kind": f"{measure}.instrument",
            "legislative_status": f"{measure}.status",
        }[field]
    m = _POSITION.match(path)
    return f"{m.group(1)}.stance" if m else path


def translate(case: dict[str, Any]) -> dict[str, Any]:
    case = dict(case)
    if "facts" in case:
        case["facts"] = upgrade(case["facts"])
    if "set" in case:
        moved: dict[str, Any] = {}
        for key, value in case["set"].items():
            moved.update(move_set(key, value, case.get("facts")))
        case["set"] = moved
    if "path" in case:
        case["path"] = move_path(case["path"])
    return case


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        path.write_text(
            "".join(json.dumps(translate(c), ensure_ascii=False) + "\n" for c in lines),
            encoding="utf-8",
        )
        print(f"{len(lines)} cases -> {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
