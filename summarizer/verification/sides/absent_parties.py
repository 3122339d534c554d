"""A person the evidence names as absent is no party of the meeting (check 43).

"Lee met Ishiba in Tokyo; former president Yoon was not present" names Yoon, but as one who
was not there. The shape is a clause whose subject is the person and whose predicate says
the person was away ("was not present", "was absent", "stayed away", "skipped the talks",
"did not attend", "sent a deputy", "was represented by", "boycotted", "pulled out"; session
25: "is not expected to attend", "is unlikely to join", a plan denied; review rvC: "isn't /
is no longer expected", "will probably not attend", "is expected to skip", "has ruled out
attending"), or a phrase governing
the name that says so ("in the absence of", "without", "in place of", "standing in for",
"on behalf of"). A relative clause after the name ("Putin, who skipped last year's summit,
attended") is skipped to the clause's own predicate, and a later "but joined",
"then arrived" undoes the absence. The person is refused only when every mention of them in
the evidence is so worded: named once as present anywhere, the older rules decide.
"""

from __future__ import annotations

import re

from ..context import Context, only_mentioned_as

_CUES = (
    "present", "absent", "absence", "away", "skip", "attend", "sent", "send", "represented",
    "boycott", "pulled", "place", "behalf", "stand", "stood", "instead", "without", "missed",
    "declined", "sat out", "opted", "deputiz", "deputis", "stayed home", "substitut", "among",
    "not expected", "not due", "not set", "not scheduled", "not slated", "not planning",
    "not going", "not likely", "unlikely",
)  # fmt: skip
_AWAY = re.compile(
    r"^\W{0,3}(?:(?:also|himself|herself|however|notably|conspicuously|though|too)\W+)*"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be|remained)\s+"
    r"(?:also\s+|again\s+|conspicuously\s+|notably\s+)?"
    r"(?:not\s+(?:present|there|in\s+attendance|at\s+the\b|among\b|invited|part\s+of)|absent"
    r"|missing|nowhere|no\s+longer\s+(?:present|there)|represented\s+by|replaced\s+by"
    r"|(?:(?:not|no\s+longer)\s+(?:expected|due|set|scheduled|slated|planning|going|likely)"
    r"|unlikely)\s+to\s+(?:attend|join|take\s+part|participate|travel|come|go|be\s+there"
    r"|be\s+present|be\s+in\s+attendance)|(?:not|no\s+longer)\s+expected\s+(?:at|in)\b"
    r"|(?:expected|set|likely|due|poised)\s+to\s+(?:skip|miss|boycott|stay\s+away|sit\s+out)"
    r"|(?:away|elsewhere|abroad)\b)"
    r"|(?:did|does|do|will|would|could|can)(?:\s+(?:probably|likely|now))?(?:\s+not|n't)\s+"
    r"(?:\w+\s+)?"
    r"(?:attend|join|take\s+part|participate|travel|come|show|make\s+it|appear|go)"
    r"|(?:stayed|stays|stay|kept|remained)\s+(?:away|home|at\s+home|behind|out)"
    r"|(?:skipped|skips|missed|misses|boycotted|boycotts|sat\s+out|sits\s+out|opted\s+out"
    r"|pulled\s+out|withdrew|declined\s+to\s+(?:attend|join|come|travel|take\s+part)"
    r"|chose\s+not\s+to|refused\s+to\s+(?:attend|join|come|travel)"
    r"|(?:has|have|had)\s+ruled\s+out\s+(?:attending|joining|travelling|traveling|going))\b"
    r"|(?:sent|sends|dispatched)\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,3}"
    r"(?:deputy|envoy|minister|representative|delegation|aide|adviser|advisor|vice|prime|"
    r"foreign|number\s+two|spokesman|spokeswoman)"
    r"|(?:sent|sends)\s+\w+\s+(?:in\s+(?:his|her|their)\s+(?:place|stead)|instead))",
    re.IGNORECASE,
)
_GOVERNED = re.compile(
    r"(?:in\s+the\s+absence\s+of|absent|without|in\s+place\s+of|instead\s+of|standing\s+in\s+"
    r"for|stood\s+in\s+for|stands\s+in\s+for|on\s+behalf\s+of|deputi[sz]ing\s+for|"
    r"substituting\s+for|representing)\s+(?:(?:the\s+)?[\w.'\u2019-]+\s+){0,4}$",
    re.IGNORECASE,
)
_UNDONE = re.compile(
    r"\b(?:but|before|then|later|eventually|and\s+then|only\s+to|when)\s+(?:\w+\s+){0,2}"
    r"(?:joined|arrived|attended|came|took\s+part|flew\s+in|turned\s+up|showed\s+up|met|meet"
    r"|hold\s+talks|see)\b",
    re.IGNORECASE,
)
_WITH_THEM = re.compile(
    r"\s*(?:his|her|their|its|the|a)?\s*(?:planned\s+|scheduled\s+)?(?:meeting|talks|summit"
    r"|call|visit)\s+with\b",
    re.IGNORECASE,
)
# A meeting called off keeps as parties those who were to meet, whoever stayed away.
_OFF = frozenset(("cancelled", "postponed", "rejected"))
_RELATIVE = re.compile(r"^\s*,\s*(?:who|whose|whom)\b[^,;]*,", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*,\s*(?:the|a|an|his|her|their)\b[^,;]{0,60},", re.IGNORECASE)
_FULL = {"isn't": "is not", "aren't": "are not", "wasn't": "was not", "won't": "will not"}
_CONTRACTED = re.compile(r"\b(?:isn|aren|wasn|won)['\u2019]t\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.]|\b(?:while|whereas)\b")


def _names(value: str) -> list[str]:
    """The forms a person is named by: the full name, then the family name written last or
    first ("Yoon Suk Yeol", "Lee Jae-myung")."""
    parts = [p for p in re.split(r"\s+", value.strip()) if p[:1].isupper() and len(p) > 2]
    forms = [value.strip()]
    if len(parts) > 1:
        forms += [parts[-1], parts[0]]
    return forms


def _mentions(sentence: str, value: str) -> list[tuple[int, int]]:
    for form in _names(value):
        if form not in sentence:
            continue  # the cheap gate: the regex below matches the form as written
        found = [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence)
        ]
        if found:
            return found
    return []


def _is_away(sentence: str, start: int, end: int) -> bool:
    if _GOVERNED.search(sentence[max(0, start - 60) : start]):
        return True
    rest = sentence[end:]
    rest = re.sub(r"^(?:['\u2019]s)?", "", rest)
    for skip in (_RELATIVE, _APPOSITION):
        found = skip.match(rest)
        if found:
            rest = rest[found.end() :]
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)
    rest = _CONTRACTED.sub(lambda m: _FULL[m.group(0).lower().replace("\u2019", "'")], rest)
    away = _AWAY.match(rest)
    if not away or _WITH_THEM.match(rest[away.end() :]):
        return False  # "skipped the meeting with Sharif": the meeting was his own, called off
    clause = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
    return not _UNDONE.search(clause)


def absent_party(value: str, ctx: Context) -> bool:
    """Whether every mention of the person ``value`` in the evidence says they were away."""
    cued = ctx.article.memo.get("absence cues")
    if cued is None:
        cued = ctx.article.memo["absence cues"] = any(c in ctx.article.lowered for c in _CUES)
    status = getattr(ctx.fact, "status", None)
    if not cued or str(getattr(status, "value", status)) in _OFF:
        return False
    return only_mentioned_as(ctx, lambda sentence: _mentions(sentence, value), _is_away)


__all__ = ["absent_party"]
