"""Rendering results for people (Markdown) and programs (JSON, JSONL)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .results import SummaryResult

FORMATS = ("json", "jsonl", "markdown")
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "markdown": "md"}


def _quantity(value: Any) -> str:
    if value is None:
        return "not stated"
    if isinstance(value, dict):
        number, qualifier = value.get("value"), value.get("qualifier", "exact")
    else:
        number, qualifier = getattr(value, "value", value), getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
    return f"{prefix}{number:g}" if isinstance(number, int | float) else f"{prefix}{number}"


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _or(value: Any, missing: str = "not stated") -> str:
    if value in (None, "", []):
        return missing
    return str(getattr(value, "value", value))


def to_markdown(result: SummaryResult) -> str:
    """A readable report of one result: facts, quotes, opinions, then grounding problems."""
    lines = [f"# {result.source}", ""]
    if result.error:
        return "\n".join([*lines, f"**Failed** ({result.error_kind}): {result.error}", ""])
    facts = _plain(result.facts) or {}
    meta = facts.get("article") or {}
    if meta:
        lines += [f"**{meta.get('headline') or 'Untitled'}**", ""]
        lines += [
            f"- Outlet: {_or(meta.get('outlet'))}",
            f"- Byline: {_or(meta.get('byline'))}",
            f"- Published: {_or(meta.get('published'))}",
            "",
        ]
    if facts.get("summary"):
        lines += ["## Summary", "", facts["summary"], ""]
    if facts.get("key_points"):
        lines += ["## Key points", "", *[f"- {p}" for p in facts["key_points"]], ""]
    for summit in facts.get("summits") or []:
        lines += [
            f"## Summit: {' / '.join(summit.get('parties') or []) or 'parties not stated'}",
            "",
            f"- Status: {_or(summit.get('status'))}",
            f"- Place: {_or(summit.get('planned_location'))}",
            f"- Timing: {_or(summit.get('planned_timing'))}",
            f"- Previous meeting: {_or(summit.get('previous_meeting'))}",
            f"- What changed: {_or(summit.get('status_reason'))}",
            "",
        ]
    for truce in facts.get("ceasefires") or []:
        lines += [
            "## Ceasefire",
            "",
            f"- Duration (days): {_quantity(truce.get('duration_days'))}",
            f"- Proposer: {_or(truce.get('proposer'))}",
            f"- Scope: {_or(truce.get('scope'))}",
            f"- Status: {_or(truce.get('status'))}",
        ]
        for pos in truce.get("positions") or []:
            conditions = "; ".join(pos.get("conditions") or [])
            lines.append(
                f"- {pos.get('party')}: {_or(pos.get('position'))}"
                + (f" (conditions: {conditions})" if conditions else "")
            )
        lines.append("")
    for measure in facts.get("sanctions") or []:
        lines += [
            f"## Sanctions: {_or(measure.get('name'), 'unnamed')}",
            "",
            f"- Kind: {_or(measure.get('kind'))}",
            f"- Sponsor: {_or(measure.get('sponsor'))}",
            f"- Introduced: {_or(measure.get('introduced'))}",
            f"- Co-sponsors: {_quantity(measure.get('cosponsor_count'))}",
            f"- Tariff rate (%): {_quantity(measure.get('tariff_rate_percent'))}",
            f"- Targets: {_or('; '.join(measure.get('targets') or []))}",
            f"- Status: {_or(measure.get('legislative_status'))}",
            "",
        ]
    if facts.get("people"):
        lines += ["## People", ""]
        for person in facts["people"]:
            where = f" ({person['affiliation']})" if person.get("affiliation") else ""
            lines.append(f"- {person['name']}: {_or(person.get('role'), '')}{where}".rstrip())
        lines.append("")
    if facts.get("quotes"):
        lines += ["## Quotes", ""]
        lines += [
            f"> {q['text']}\n>\n> — {_or(q.get('speaker'), 'unattributed')}"
            + (f", {q['where_said']}" if q.get("where_said") else "")
            + "\n"
            for q in facts["quotes"]
        ]
    if facts.get("opinions"):
        lines += [
            "## The outlet's own opinions",
            "",
            *[f"- {o['claim']}" for o in facts["opinions"]],
            "",
        ]
    grounding = result.grounding
    total = len(grounding.evidence)
    lines += [
        "## Grounding",
        "",
        f"- Evidence passages located in the article: {grounding.verified}/{total}",
    ]
    lines += [f"- UNVERIFIED `{c.path}`: {c.passage!r}" for c in grounding.unverified]
    lines += [f"- UNSUPPORTED `{c.path}` = {c.value!r}: {c.reason}" for c in grounding.unsupported]
    lines += [
        "",
        f"_Model {result.model} ({result.origin}); prompt {result.prompt_version}, "
        f"schema {result.schema_version}; {result.usage.total_tokens} tokens, "
        f"{result.usage.reasks} re-asks._",
        "",
    ]
    return "\n".join(lines)


def render(results: list[SummaryResult], fmt: str) -> str:
    """All results in one document of format ``fmt``."""
    if fmt == "jsonl":
        return "".join(r.to_json() + "\n" for r in results)
    if fmt == "markdown":
        return "\n".join(to_markdown(r) for r in results)
    if len(results) == 1:
        return results[0].to_json(indent=2) + "\n"
    return "[\n" + ",\n".join(r.to_json(indent=2) for r in results) + "\n]\n"
