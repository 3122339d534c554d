"""Facts into groups: complete-linkage clustering on :func:`summarizer.story.keys.same_thing`.

Two groups merge only if *every* pair across them is the same thing and no article would
appear twice, surest pairs first; the result does not depend on the order of the inputs
(ties are broken by the members' references, never by input position)."""

from __future__ import annotations

from typing import Any

from summarizer.story.keys import Item, enum, same_thing


def cluster(items: list[Item]) -> list[list[Item]]:
    items = sorted(items, key=lambda item: (item.kind, item.ref))
    groups: dict[int, list[Item]] = {index: [item] for index, item in enumerate(items)}
    where = list(range(len(items)))
    score: dict[tuple[int, int], float | None] = {}
    pairs = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[j].kind != items[i].kind:
                break  # sorted by kind: only facts of one kind can be one thing
            found = same_thing(items[i], items[j])
            score[i, j] = found
            if found is not None:
                pairs.append((-found, items[i].ref, items[j].ref, i, j))
    index_of = {item.ref: n for n, item in enumerate(items)}
    for _, _, _, i, j in sorted(pairs):
        gi, gj = where[i], where[j]
        if gi == gj:
            continue
        left, right = groups[gi], groups[gj]
        articles = {m.source.article_id for m in left}
        if any(m.source.article_id in articles for m in right):
            continue
        ok = all(
            score.get((min(x, y), max(x, y))) is not None
            for x in (index_of[m.ref] for m in left)
            for y in (index_of[m.ref] for m in right)
        )
        if not ok:
            continue
        keep, drop = min(gi, gj), max(gi, gj)
        groups[keep] = left + right if keep == gi else right + left
        for member in groups.pop(drop):
            where[index_of[member.ref]] = keep
        groups[keep].sort(key=lambda m: (m.source.date is None, m.source.date or 0, m.ref))
    return [groups[key] for key in sorted(groups)]


def label(members: list[Item]) -> str:
    """A short human name for a group, from its first member."""
    fact, kind = members[0].fact, members[0].kind

    def pick(name: str) -> Any:
        return next((getattr(m.fact, name) for m in members if getattr(m.fact, name, None)), None)

    if kind == "summit":
        where = pick("planned_location")
        return "Summit: " + " - ".join(fact.parties) + (f" ({where})" if where else "")
    if kind == "ceasefire":
        kind_value = pick("kind")
        days = pick("duration_days")
        scope = pick("scope")
        bits = [(enum(kind_value) or "").replace("_", " ")]
        bits += [f"{days.value:g}-day" if days else "", f"({scope})" if scope else ""]
        return "Ceasefire: " + " ".join(b for b in bits if b)
    if kind == "sanctions":
        name = pick("name")
        number = pick("package_number")
        body = pick("issuing_body") or ""
        instrument = enum(fact.instrument) or "measure"
        if name:
            return f"Sanctions: {name}"
        if number:
            return f"Sanctions: {body} package no. {number}".replace("  ", " ")
        targets = ", ".join(pick("targets") or [])
        return f"Sanctions: {instrument.replace('_', ' ')} by {body or 'unnamed'}" + (
            f" on {targets}" if targets else ""
        )
    if kind == "event":
        return f"Event: {fact.description}"
    return f"Person: {max((m.fact.name for m in members), key=len)}"


__all__ = ["cluster", "label"]
