"""Rendering results for people (Markdown) and programs (JSON, JSONL)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from summarizer.results import CONFIRMED_LINE, SecondReaderTally, SummaryResult

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


def _count(count: dict[str, Any]) -> str:
    """One count as a line: "co-sponsors: about 80 (as of May 22) (projected)"."""
    when = f" (as of {count['as_of']})" if count.get("as_of") else ""
    projected = " (projected)" if count.get("projected") else ""
    return f"{count.get('what')}: {_quantity(count.get('value'))}{when}{projected}"


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _or(value: Any, missing: str = "not stated") -> str:
    if value in (None, "", []):
        return missing
    return str(getattr(value, "value", value))


def _second_reader_line(tally: SecondReaderTally | None) -> str:
    """What the second reader did, beside the rules' count (which it never changes)."""
    if tally is None:
        return ""
    return (
        f"; second reader ({tally.model}): {tally.cleared} unconfirmed cleared, {tally.kept} "
        f"kept, {tally.failed} not answered"
    )


def _checked(result: SummaryResult, path: str, evidence: bool = True) -> list[str]:
    """What grounding found for the fact at ``path``, to show right under it: each problem as
    a flag, then each evidence passage with whether it was found in the article."""
    grounding = result.grounding
    lines = [
        f"  - **{'NOTE' if line.startswith(CONFIRMED_LINE) else 'FLAG'}** {line}"
        for line in grounding.flags_for(path)
        if not line.startswith("unverified evidence")
    ]
    if evidence:
        prefix = f"{path}.evidence[" if path else "evidence["
        for check in grounding.evidence:
            if check.path.startswith(prefix):
                mark = "found" if check.verified else f"**NOT FOUND** ({check.reason})"
                lines.append(f"  - evidence ({mark}): {_quoted(check.passage)}")
    return lines


def _quoted(passage: str) -> str:
    return "\u201c" + " ".join(passage.split()) + "\u201d"


def to_markdown(result: SummaryResult) -> str:
    """A readable report of one result: each fact with its grounding flags and its evidence
    right under it, then the totals."""
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
            *_checked(result, "article", evidence=False),
            "",
        ]
    if facts.get("summary"):
        lines += ["## Summary", "", facts["summary"], *_checked(result, "summary", False), ""]
    if facts.get("key_points"):
        lines += ["## Key points", ""]
        for index, point in enumerate(facts["key_points"]):
            lines += [f"- {point}", *_checked(result, f"key_points[{index}]", False)]
        lines.append("")
    relevance = facts.get("relevance") or {}
    if relevance.get("topic") == "off_topic":
        lines += [f"**Off topic**: {_or(relevance.get('subject'))}", ""]
    for index, summit in enumerate(facts.get("summits") or []):
        according = summit.get("status_according_to")
        lines += [
            f"## Summit: {' / '.join(summit.get('parties') or []) or 'parties not stated'}",
            "",
            f"- Status: {_or(summit.get('status'))}"
            + (f" (according to {according})" if according else ""),
            f"- Format: {_or(summit.get('format'))}",
            f"- Place: {_or(summit.get('planned_location'))}",
            f"- Timing: {_or(summit.get('planned_timing'))}",
            f"- Previous meeting: {_or(summit.get('previous_meeting'))}",
            f"- What changed: {_or(summit.get('status_reason'))}",
            f"- Outcome: {_or(summit.get('outcome'))}",
            *_checked(result, f"summits[{index}]"),
            "",
        ]
    for index, truce in enumerate(facts.get("ceasefires") or []):
        reported = truce.get("reported_by")
        lines += [
            f"## Ceasefire ({_or(truce.get('kind'), 'kind not stated')})",
            "",
            f"- Duration (days): {_quantity(truce.get('duration_days'))}",
            f"- Proposer: {_or(truce.get('proposer'))}",
            f"- Scope: {_or(truce.get('scope'))}",
            f"- Status: {_or(truce.get('status'))}"
            + (f" (reported by {reported})" if reported else ""),
            f"- Starts: {_or(truce.get('starts'))}",
            f"- Terms: {_or('; '.join(truce.get('terms') or []))}",
            *_checked(result, f"ceasefires[{index}]"),
        ]
        for number, pos in enumerate(truce.get("positions") or []):
            conditions = "; ".join(pos.get("conditions") or [])
            lines.append(
                f"- {pos.get('party')}: {_or(pos.get('stance'))}"
                + (f" ({pos['as_of']})" if pos.get("as_of") else "")
                + (f" (conditions: {conditions})" if conditions else "")
            )
            lines += _checked(result, f"ceasefires[{index}].positions[{number}]")
        lines.append("")
    for index, measure in enumerate(facts.get("sanctions") or []):
        number = measure.get("package_number")
        lines += [
            f"## Sanctions: {_or(measure.get('name'), 'unnamed')}",
            "",
            f"- Instrument: {_or(measure.get('instrument'))}"
            + (f" (package {number})" if number is not None else ""),
            f"- Issued by: {_or(measure.get('issuing_body'))}",
            f"- Sponsors: {_or('; '.join(measure.get('sponsors') or []))}",
            f"- Status: {_or(measure.get('status'))}",
            f"- Introduced: {_or(measure.get('introduced'))}",
            *[f"- {_count(count)}" for count in measure.get("counts") or []],
            f"- Tariff rate (%): {_quantity(measure.get('tariff_rate_percent'))}",
            f"- Targets: {_or('; '.join(measure.get('targets') or []))}",
            *[f"- Provision ({_or(p.get('modality'), 'unstated')}): {p.get('text')}"
              for p in measure.get("provisions") or []],
            *[f"- Trigger: {t}" for t in measure.get("triggers") or []],
            *[f"- Reaction: {r.get('who')}: {r.get('reaction')}"
              for r in measure.get("reactions") or []],
            *_checked(result, f"sanctions[{index}]"),
            "",
        ]  # fmt: skip
    for index, event in enumerate(facts.get("events") or []):
        lines += [
            f"## Event ({_or(event.get('kind'), 'kind not stated')}): {event.get('description')}",
            "",
            f"- Who: {_or('; '.join(event.get('actors') or []))}",
            f"- Where: {_or(event.get('place'))}",
            f"- When: {_or(event.get('when'))}",
            *[f"- {_count(count)}" for count in event.get("counts") or []],
            *_checked(result, f"events[{index}]"),
            "",
        ]
    if facts.get("people"):
        lines += ["## People", ""]
        for index, person in enumerate(facts["people"]):
            where = f" ({person['affiliation']})" if person.get("affiliation") else ""
            lines.append(f"- {person['name']}: {_or(person.get('role'), '')}{where}".rstrip())
            lines += _checked(result, f"people[{index}]", evidence=False)
        lines.append("")
    if facts.get("quotes"):
        lines += ["## Quotes", ""]
        for index, q in enumerate(facts["quotes"]):
            lines += [
                f"> {q['text']}",
                ">",
                f"> — {_or(q.get('speaker'), 'unattributed')}"
                + (f", {q['where_said']}" if q.get("where_said") else ""),
                "",
                *_checked(result, f"quotes[{index}]"),
                *[f"  - **NOT FOUND** in the article: the quoted words ({c.reason})"
                  for c in result.grounding.unverified if c.path == f"quotes[{index}].text"],
                "",
            ]  # fmt: skip
    if facts.get("cited_sources"):
        lines += ["## Cited sources", ""]
        for index, cited in enumerate(facts["cited_sources"]):
            via = f" (via {cited['via']})" if cited.get("via") else ""
            lines += [f"- {cited['name']}{via}", *_checked(result, f"cited_sources[{index}]")]
        lines.append("")
    if facts.get("opinions"):
        lines += ["## The outlet's own opinions", ""]
        for index, opinion in enumerate(facts["opinions"]):
            lines += [f"- {opinion['claim']}", *_checked(result, f"opinions[{index}]")]
        lines.append("")
    grounding = result.grounding
    total = len(grounding.evidence)
    checked = len(grounding.support)
    lines += [
        "## Grounding",
        "",
        f"- Evidence passages located in the article: {grounding.verified}/{total}",
        f"- Values that follow from the article: {grounding.supported}/{checked}"
        + (f" ({len(grounding.unconfirmed)} unconfirmed)" if grounding.unconfirmed else "")
        + _second_reader_line(grounding.second_reader),
        f"- Facts without evidence: {len(grounding.unevidenced)}",
        f"- Names or numbers in the summary or key points not in the article: "
        f"{len(grounding.unstated)}",
        *(f"- Note: {warning}" for warning in grounding.article_warnings),
    ]
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
