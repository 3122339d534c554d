"""Quotes whose speaker is named by a credit phrase rather than by a verb of saying, read for
:mod:`summarizer.verification.quotes.speakers` (through
:mod:`summarizer.verification.quotes.attribution_shapes`) before the ordinary attribution rules
(an outside check, session 23, check 48's cause 3).

Four shapes of news English give a quote to a name without making that name the subject of
"said":

- a words phrase next to the quote: '"...", in the committee's words', 'in the words of the
  ruling', 'as the envoy put it', 'To quote the minister, "..."';
- a source quoting a named speaker: 'the readout quoted Xi as telling Biden that "..."', 'the
  agency cited the minister as saying "..."' (the named object speaks; "him"/"her" is
  :mod:`summarizer.verification.quotes.quoted_objects`'s);
- a relative "what X calls": 'to withdraw what it calls its "defensive measures"', 'what the
  ministry described as "routine drills"' (X's words; a pronoun "it"/"they" is the last name
  before it in the sentence);
- a participle of naming after the sentence's named subject and a clause that is not one of
  saying: 'Xinhua struck a conciliatory tone, describing China as "a partner"'.

A credit that names the value accepts; one that names someone else (by a capitalised name or
a noun phrase, not a pronoun) refuses; a reading that stands on anything else is left to the
other rules (None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..people.names import split_people
from ..sentences.clauses import by_subject
from ..sentences.opening_subjects import sentence_subject

_NAME = r"(?P<name>[^,;:.!?\"\u201c\u201d]{1,70}?)"
_WORDS_AFTER = re.compile(
    r"^[\s,\u201d\"'\u2019]*(?:in\s+the\s+words\s+of\s+(?P<name>[^,;:.!?\"\u201c]{1,70}?)"
    r"\s*(?:[,.;:!?)]|$)|in\s+(?P<own>[^,;:.!?\"\u201c]{1,70}?)(?:'s|\u2019s|'|\u2019)\s+"
    r"(?:own\s+)?words\b|as\s+(?P<put>[^,;:.!?\"\u201c]{1,70}?)\s+"
    r"(?:put|phrased|described|framed|summed\s+up)\s+it\b)",
    re.IGNORECASE,
)
_LEADING = (
    r"^\s*(?:in\s+the\s+words\s+of\s+(?P<name>[^;:.\"\u201c]{1,80}?)|in\s+"
    r"(?P<own>[^,;:.\"\u201c]{1,70}?)(?:'s|\u2019s|'|\u2019)\s+(?:own\s+)?words|as\s+"
    r"(?P<put>[^,;:.\"\u201c]{1,70}?)\s+(?:put|phrased|described|framed|summed\s+up)\s+it|"
    r"to\s+quote\s+(?P<cite>[^;:.\"\u201c]{1,80}?))\s*,"
)
_WORDS_BEFORE = re.compile(_LEADING + r"(?P<rest>[^\"\u201c]*)$", re.IGNORECASE)
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+" + _NAME + r"\s+as\s+(?:having\s+)?"
    r"(?:saying|telling|stating|calling|describing|warning|adding|insisting|arguing|urging|"
    r"declaring|vowing|pledging|promising|noting|remarking|writing|asserting|claiming|"
    r"suggesting|stressing|saying|told|said)\b(?P<rest>[^\"\u201c]*)$",
    re.IGNORECASE,
)
_WHAT_CALLS = re.compile(
    r"\bwhat\s+" + _NAME + r"\s+(?:has\s+|have\s+|had\s+|likes\s+to\s+|prefers\s+to\s+)?"
    r"(?:calls?|called|terms?|termed|dubs?|dubbed|labels?|labell?ed|brands?|branded|"
    r"(?:describes?|described|characteri[sz]es|characteri[sz]ed|refers?\s+to|referred\s+to)"
    r"\s+as)\s+(?:(?:its|his|her|their|the|a|an|our|my)\s+)?[\"\u201c']?\s*$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r",\s+(?:describing|calling|branding|labell?ing|terming|dubbing|hailing|characteri[sz]ing)"
    r"\s+[^,;\"\u201c]{0,60}?(?:\s+as)?\s*[\"\u201c']?\s*$",
    re.IGNORECASE,
)
_RELAYED = re.compile(
    r"^\s*(?P<outer>[^,;:\"\u201c]{1,60}?)\s+(?:said|says|recalled|recounted|explained|claimed|"
    r"insisted|wrote|noted|added|told\s+\w+|stated)\s+(?:that\s+)?(?P<inner>[^,;:\"\u201c]{1,60}?)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:told|said|warned|assured|informed|promised|insisted|"
    r"stated|declared)\b|(?:written|wrote)\s+(?:to\s+[^\"\u201c,;:]{1,40}?\s+)?that\b)"
    r"(?P<rest>[^\"\u201c,;:]*)$",
    re.IGNORECASE,
)
# After the inner verb, the relayed clause runs straight into the quote: no second verb of
# saying or conjoined clause ("had told her nothing new and called the offer", "but", "adding").
_RELAY_BREAK = re.compile(
    r"\b(?:and|but|while|although|though|yet|adding|saying|calling|called|insisted|insisting|"
    r"said|says|added|noted|argued|warned|stressed)\b",
    re.IGNORECASE,
)
# "his government has said", "her party had insisted": the speaker's own side, not a third party.
_OWN_SIDE = re.compile(
    r"^\s*(?:his|her|their|its|our|my)\s+(?:own\s+)?(?:government|administration|office|party|"
    r"ministry|cabinet|team|campaign|company|department|side|camp|coalition|staff|lawyers?)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"it", "they", "he", "she", "him", "her", "them", "its", "his", "their"})
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|stated|added|wrote|declared|announced|warned|noted|argued|"
    r"insisted|reported|quoted|claimed)\b",
    re.IGNORECASE,
)
_CUES = (
    "told",
    " had ",
    " has ",
    "words",
    " put it",
    " phrased it",
    "quote",
    "cite",
    "what ",
    "describing",
    "calling",
    "branding",
    "labelling",
    "labeling",
    "terming",
    "dubbing",
    "hailing",
    "characteri",
)


def _core(words: str) -> list[str]:
    words = re.sub(r"(?:'s|\u2019s|'|\u2019)(?=\s|$)", "", words.strip())
    found = [w.lower() for w in re.findall(r"[\w\-]+", words)]
    return [w for w in found if w not in {"the", "a", "an", "own"}]


def _names(named: str, value: str) -> bool | None:
    """True when the credit ``named`` names ``value``; False when it names someone else; None
    when it is a pronoun (decides nothing here)."""
    named = _ABOUT.split(named, maxsplit=1)[0]  # "a ruling against Ana Lima": the ruling
    core = _core(named)
    if not core or (len(core) == 1 and core[0] in _PRONOUNS):
        return None
    for part in split_people(value):
        wanted = _core(part)
        if wanted and (set(wanted) <= set(core) or (set(core) <= set(wanted) and len(core) > 1)):
            return True
        if len(core) == 1 and named.strip()[:1].isupper() and core[0] in wanted[:1] + wanted[-1:]:
            return True  # "quoted Xi as telling" for Xi Jinping, "in Carter's words"
    return False  # "the finance minister" is not "the foreign minister", Maria not Ana Lima


_ABOUT = re.compile(r"\s+(?:against|about|concerning|involving|over|naming)\s+")


def _one_of_several(named: str, value: str, text: str) -> bool:
    """Whether the one-word credit ``named`` ("Kim") is part of a full name in ``text`` other
    than ``value`` ("Kim Jong Un" beside "Kim Yo Jong"): which one it means is not read."""
    word = named.strip()
    if " " in word or not word[:1].isupper():
        return False
    wanted = set(_core(value))
    pattern = rf"(?:\b[A-Z][\w\-]+\s+)*\b{re.escape(word)}\b(?:\s+[A-Z][\w\-]+)*"
    for found in re.findall(pattern, text):
        words = set(_core(found))
        if len(words) > 1 and not words <= wanted and not wanted <= words:
            return True
    return False


def _last_apposed(named: str) -> str:
    """The name in an apposition ("the central bank governor, Yemi Cardoso" -> Yemi Cardoso)."""
    parts = [part.strip() for part in named.split(",") if part.strip()]
    return parts[-1] if parts else named


def _antecedent_names(lead: str, value: str) -> bool | None:
    """For "what it calls": whether the last capitalised name before the pronoun is ``value``."""
    names = re.findall(r"(?<![.!?]\s)\b([A-Z][\w\-]+(?:\s+(?:of\s+)?[A-Z][\w\-]+)*)", lead)
    names = [n for n in names if n.lower() not in _PRONOUNS and n not in ("The", "A", "An")]
    if not names:
        return None
    return _names(names[-1], value)


def voice_verdict(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """The credit phrase's verdict on ``value`` as the speaker of the quote at ``spans``."""
    text = article.text
    verdicts: list[bool] = []
    for start, _end in spans:
        region = article.quoted_region_at(start) or (start, _end)
        first, _last = article.sentences[article.sentence_at(max(region[0] - 1, 0))]
        closing = article.sentences[article.sentence_at(region[1])][1]
        lead = text[first : max(region[0], first)].rstrip("\"\u201c' ") + " "
        tail = text[region[1] : max(closing, region[1])]
        window = (lead[-120:] + " " + tail[:80]).lower()
        if not any(cue in window for cue in _CUES):
            continue
        verdict = _read(lead, tail, value, article, first, region[0])
        if verdict is not None:
            verdicts.append(verdict)
    if not verdicts:
        return None
    if all(verdicts):
        return True, ""
    return False, f"the quote's credit (or the one whose words it relays) is not {value!r}"


def _read(
    lead: str, tail: str, value: str, article: ArticleText, first: int, opening: int
) -> bool | None:
    relayed = _RELAYED.search(lead)
    if relayed is not None and (
        _RELAY_BREAK.search(relayed.group("rest")) or _OWN_SIDE.match(relayed.group("inner"))
    ):
        relayed = None  # the outer speaker's own words follow, or his own side's line
    inner = _names(relayed.group("inner"), value) if relayed is not None else None
    if relayed is not None and inner is False and _names(relayed.group("outer"), value):
        return False  # "The minister said the ambassador had told him that "..."": relayed
    if relayed is not None and inner:
        return True  # the inner speaker's own words
    after = _WORDS_AFTER.search(tail)
    before = _WORDS_BEFORE.search(lead)
    if before is not None and _SAYING.search(before.group("rest")):
        before = None  # "In X's words, Y said ...": the verb of saying gives them to Y
    if before is not None:  # "To quote the governor, Yemi Cardoso, "..."": the apposed name too
        named = next(g for g in before.groups() if g)
        apposed = re.match(r"\s*([^,]{1,50}),", before.group("rest"))
        verdict = _names(named, value)
        if not verdict and apposed is not None and _names(apposed.group(1), value):
            return True
        return verdict
    if after is not None:
        return _names(_last_apposed(next(g for g in after.groups() if g)), value)
    quoted = _QUOTED_AS.search(lead)
    if quoted is not None and re.match(r"by\b", quoted.group("name"), re.IGNORECASE):
        quoted = None  # "X was quoted by local media as saying": the passive's subject speaks
    if quoted is not None and not _SAYING.search(quoted.group("rest") or "x"):
        if _one_of_several(quoted.group("name"), value, article.text):
            return None  # "quoted Kim as saying" with Kim Jong Un and Kim Yo Jong both named
        return _names(quoted.group("name"), value)
    calls = _WHAT_CALLS.search(lead)
    if calls is not None:
        verdict = _names(calls.group("name"), value)
        if verdict is None:
            if calls.group("name").strip().lower() not in ("it", "they"):
                return None  # "what she called": the ordinary reading back finds her
            subject = sentence_subject(article.outside_quotes(first, opening), article.text)
            if subject:  # "Beijing urged Taipei to drop what it calls": "it" is the subject
                if by_subject(split_people(value), subject) == "yes":
                    return True
                inside = lead[subject[-1].end - first : calls.start()].lower()
                object_named = all(word in inside.split() for word in _core(value))
                return False if _core(value) and object_named else None  # Taipei: the object
            if _SAYING.search(lead[: calls.start()]):
                return None  # "The ministry said Israel must end what it calls": two readings
            return _antecedent_names(lead[: calls.start()], value) or None  # only accepts
        return verdict
    participle = _PARTICIPLE.search(lead)
    clause = lead[: participle.start()] if participle is not None else ""
    if participle is not None and not _SAYING.search(clause) and " that " not in clause:
        tokens = article.outside_quotes(first, opening)
        subject = sentence_subject(tokens, article.text)
        if subject:
            return True if by_subject(split_people(value), subject) == "yes" else None
        head = _HEAD.match(clause)  # "State broadcaster RTE took a ...": the words before the verb
        if head is not None and any(word[:1].isupper() for word in head.group(1).split()):
            return _names(head.group(1), value) or None
    return None


_HEAD = re.compile(
    r"\s*((?:[\w'\u2019\-]+\s+){0,5}?[\w'\u2019\-]+)\s+[a-z]+\s+(?:a|an|the|its|his|her|their)\s"
)


__all__ = ["voice_verdict"]
