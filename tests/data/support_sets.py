"""The case builder the value-support generators share (``make_*_cases.py``): one case shape,
one id scheme, one writer, so the sets stay readable by ``tests/grounding_cases.py`` alike,
and the case builders more than one generator needs (a page around a sentence, a truce's
proposer or side, a meeting's party, a quote's speaker, ...), so a generator calls them
instead of copying them from another. Each generator makes one :class:`SupportCases` and
binds its methods to the short names its case lines call (``functools.partial`` where the
generator fixes a category or a default of its own)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from builder_base import verdicts
from meeting_sets import MeetingCases
from truce_sets import TruceCases

#: An article block with nothing set: a case's facts add the field it is about.
ARTICLE = {"headline": None, "outlet": None, "byline": None, "published": None}


#: The strengths a graded case's why names (``make_statuses3*_cases.py``): a refusal is
#: *unsupported* (``STRONG``) or *unconfirmed* (``WEAK``); a value that must keep no unsupported
#: flag is ``KEPT``, one that must be supported ``SUPPORTED``.
STRONG = "unsupported: the evidence states another value"
WEAK = "unconfirmed: the words are there, their role unread"
KEPT = "no unsupported flag"
SUPPORTED = "supported"
# A refusal at either strength: the case asks only that the value be refused.
ANY = "refused"


#: A graded row's fact fields besides the one it checks, by the kind of fact
#: (:meth:`SupportCases.graded_rows`); a set whose facts carry others passes its own.
ROW_FIELDS: dict[str, dict[str, Any]] = {
    "events": {"description": "the event"},
    "sanctions": {"instrument": "other"},
    "ceasefires": {},
    "summits": {},
}
#: Where a row's text splits into its evidence sentences: after a sentence's full stop (a
#: lower-case letter's or a digit's, so not "Oct. 14" or "U.S. officials") before a capital.
SENTENCE_END = r"(?<=[a-z0-9]\.) (?=[A-Z])"


def graded_check(expect: bool, strength: str) -> str:
    """The check a graded case is held to: ``support`` for a value that must be supported and
    for a must-fail one that is at most unconfirmed (``WEAK``), ``tier`` (an unsupported flag
    or none) for the rest."""
    return "support" if strength == SUPPORTED or (not expect and strength == WEAK) else "tier"


def amount(value: float, qualifier: str = "exact") -> dict[str, Any]:
    """A number as a fact holds it: its ``value`` and its ``qualifier`` ("exact", "about",
    "at_least", ...)."""
    return {"value": value, "qualifier": qualifier}


def masthead(headline: str, lines: str, body: str) -> str:
    """A page whose headline has the masthead ``lines`` (a byline, an outlet, a date: one or
    more lines) under it, then a blank line and the story's ``body``."""
    return f"{headline}\n{lines}\n\n{body}"


def lines(text: str) -> list[str]:
    """The paragraphs of a page written headline first, a blank line after it: the sentences
    its cases take as evidence, each one a line."""
    return [line for line in text.splitlines()[2:] if line]


class SupportCases(MeetingCases, TruceCases):
    """A list of ``check: support`` cases, ids ``<prefix>-<tag>-<number>`` (the meeting
    builders from :class:`meeting_sets.MeetingCases`, the truce builders from
    :class:`truce_sets.TruceCases`)."""

    def __init__(
        self, prefix: str, leads: Sequence[str] = (), title: str = "", closing: str = "",
        lead_end: str = "\n\n",
    ) -> None:  # fmt: skip
        """``leads``, ``title``, ``closing`` and ``lead_end`` frame the pages of :meth:`page`."""
        self.prefix = prefix
        self.cases: list[dict[str, Any]] = []
        self.leads = list(leads)
        self.title = title
        self.closing = closing
        self.lead_end = lead_end

    def page(self, *paragraphs: str, lead: str | None = None) -> str:
        """The next case's article around its ``paragraphs``: the set's ``title`` on a line of
        its own (when it has one), ``lead`` or else the next of its ``leads`` in turn (so the
        cases sit in several outlets' styles of copy), ``lead_end`` (a blank line, or " " for a
        dateline the first paragraph runs on from), the paragraphs a blank line apart (an empty
        one, such as a ``before`` not given, left out), and ``closing``."""
        head = f"{self.title}\n\n" if self.title else ""
        if lead is None:
            lead = self.leads[len(self.cases) % len(self.leads)]
        body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
        return f"{head}{lead}{self.lead_end}{body}\n\n{self.closing}\n"

    def add(
        self, category: str, expect: bool, why: str, text: str, facts: dict[str, Any],
        path: str, tag: str | None = None, check: str = "support",
    ) -> None:  # fmt: skip
        """One case: ground ``facts`` (an empty article block first, which ``facts`` may
        replace) in ``text`` and ask whether the value at ``path`` is supported (``check``
        "unstated": whether nothing in the free text at ``path`` is flagged). ``tag`` names
        the case in its id when that differs from its category."""
        self.cases.append(
            {"id": f"{self.prefix}-{tag or category}-{len(self.cases):04d}",
             "category": category, "expect": expect, "why": why, "text": text,
             "check": check, "path": path, "facts": {"article": dict(ARTICLE), **facts}}
        )  # fmt: skip

    def each(
        self, category: str, text: str, passes: list[str], fails: list[str], path: str,
        facts: Callable[[str], dict[str, Any]], label: str,
    ) -> None:  # fmt: skip
        """One case per value over ``text``: each of ``passes`` is supported at ``path``, each
        of ``fails`` is not; ``facts(value)`` holds the value there, and ``label`` names it in
        the case's why ("sponsor X", "published 2019-04-30")."""
        for expect, value in verdicts(passes, fails):
            self.add(category, expect, f"{label} {value}", text, facts(value), path)

    def sponsors(
        self, category: str, text: str, evidence: str, passes: list[str], fails: list[str],
        instrument: str = "bill",
    ) -> None:  # fmt: skip
        """A measure (``instrument``) backed by ``evidence``: each name in ``passes`` sponsors
        it, each in ``fails`` does not."""
        assert evidence in text, evidence
        self.each(
            category, text, passes, fails, "sanctions[0].sponsors[0]",
            lambda name: {"sanctions": [
                {"instrument": instrument, "sponsors": [name], "evidence": [evidence]}
            ]},
            "sponsor",
        )  # fmt: skip

    def quote(
        self, category: str, text: str, words: str, passes: list[str], fails: list[str],
        strength: str | None = None,
    ) -> None:  # fmt: skip
        """One quote of ``text``: each speaker in ``passes`` is the one the article
        attributes ``words`` to, each in ``fails`` is not. With ``strength`` each case's why
        also says the verdict's strength ("supported", or "refused, unsupported" when the
        page gives the quote to someone else, "refused, unconfirmed" for two readings)."""
        assert words in text, words
        for expect, speaker in verdicts(passes, fails):
            facts = {"quotes": [{"speaker": speaker, "text": words, "evidence": []}]}
            why = f"{speaker}: {words[:40]}"
            if strength is not None:
                why += " - " + ("supported" if expect else f"refused, {strength}")
            self.add(category, expect, why, text, facts, "quotes[0].speaker")

    def page_quote(
        self, category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str
    ) -> None:
        """:meth:`quote` on a page of ``paragraphs``."""
        self.quote(category, self.page(*paragraphs), words, passes, fails)

    def quotes(self, category: str, text: str, *readings: tuple[str, list[str], list[str]]) -> None:
        """Each quote of one page: its words, who said it, who did not."""
        for words, passes, fails in readings:
            self.quote(category, text, words, passes, fails)

    def story(
        self, category: str, headline: str, paragraphs: Sequence[str],
        *readings: tuple[str, list[str], list[str]],
    ) -> None:  # fmt: skip
        """:meth:`quotes` on a page headed like a web story: ``headline``, the next of the
        set's ``leads`` in turn (a byline, a dateline or a desk line), then ``paragraphs``; no
        ``title`` or ``closing`` (the quote sets of sessions 58 to 60 read a headline above
        the lead line, which :meth:`page` does not write)."""
        lead = self.leads[len(self.cases) % len(self.leads)]
        body = "\n\n".join(paragraphs)
        self.quotes(category, f"{headline}\n\n{lead}\n\n{body}\n", *readings)

    def quote_texts(self, category: str, text: str, passes: list[str], fails: list[str]) -> None:
        """Each of ``passes`` is located in ``text`` as a quote's words, each of ``fails`` is
        not (an ``evidence`` case: the quote's text, no speaker, no evidence of its own)."""
        for expect, words in verdicts(passes, fails):
            facts = {"quotes": [{"speaker": None, "text": words, "evidence": []}]}
            self.add(
                category, expect, f"quote text {words!r}", text, facts, "quotes[0].text",
                check="evidence",
            )  # fmt: skip

    def free_text(
        self, category: str, expect: bool, paragraph: str, text: str, why: str,
        path: str = "summary",
    ) -> None:  # fmt: skip
        """Free text ``text`` (the summary, or the first key point) over a page of
        ``paragraph``: an ``unstated`` case (nothing in it may be flagged)."""
        facts: dict[str, Any] = {"summary": text} if path == "summary" else {"key_points": [text]}
        self.add(category, expect, why, self.page(paragraph), facts, path, check="unstated")

    def label(
        self, category: str, expect: bool, paragraph: str, value: str, why: str,
        field: str = "event",
    ) -> None:  # fmt: skip
        """``value`` as an event's description (``field`` "event") or the story's subject
        ("subject") over a page of ``paragraph``: an ``unstated`` case (the ft58 and rv58f
        sets)."""
        if field == "event":
            event = {"kind": "other", "description": value, "actors": [], "counts": [],
                     "evidence": []}  # fmt: skip
            facts: dict[str, Any] = {"events": [event]}
            path = "events[0].description"
        else:
            facts = {"relevance": {"topic": "on_topic", "subject": value}}
            path = "relevance.subject"
        self.add(category, expect, why, self.page(paragraph), facts, path, check="unstated")

    def text_field(
        self, category: str, expect: bool, paragraph: str, kind: str, name: str,
        value: str | list[str], why: str, parties: list[str], captions: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        """A summit's (with ``parties``) or a truce's text field ``name`` holding ``value``
        over a page of ``paragraph`` (photo ``captions`` beside it, when given): an
        ``unstated`` case, like free text's."""
        if kind == "summits":
            fact: dict[str, Any] = {"parties": parties, "status": "held", name: value}
        else:
            fact = {"status": "in_effect", name: value}
        fact["evidence"] = []
        path = f"{kind}[0].{name}" + ("[0]" if isinstance(value, list) else "")
        self.add(
            category, expect, why, self.page(paragraph), {kind: [fact]}, path, check="unstated"
        )
        if captions:
            self.cases[-1]["captions"] = list(captions)

    def person_names(
        self, category: str, passes: list[str], fails: list[str], *paragraphs: str
    ) -> None:
        """Each value as the first person's name over the page around ``paragraphs``."""
        self.each(
            category, self.page(*paragraphs), passes, fails, "people[0].name",
            lambda value: {"people": [{"name": value}]}, "person named",
        )  # fmt: skip

    def person_field(
        self, category: str, key: str, name: str, passes: list[str], fails: list[str],
        *paragraphs: str,
    ) -> None:  # fmt: skip
        """Each value as ``name``'s ``key`` ("role", "affiliation") over the page around
        ``paragraphs``."""
        self.each(
            category, self.page(*paragraphs), passes, fails, f"people[0].{key}",
            lambda value: {"people": [{"name": name, key: value}]}, f"{name}'s {key}",
        )  # fmt: skip

    def held_affiliation(
        self, category: str, role: str, name: str, passes: list[str], fails: list[str],
        *paragraphs: str,
    ) -> None:  # fmt: skip
        """Each value as the affiliation of ``name`` holding ``role`` (the post decides whether
        the body is a polity written anywhere): the held-post sets af55, am56, rv56f, af58 to
        af61, rv58a to rv61a and lead59, which call it directly or bind their one category
        with ``partial``."""
        self.each(
            category, self.page(*paragraphs), passes, fails, "people[0].affiliation",
            lambda value: {"people": [{"name": name, "role": role, "affiliation": value}]},
            f"{name}'s affiliation, {role},",
        )  # fmt: skip

    def event_field(
        self, category: str, evidence: list[str], what: str, field: str, passes: list[str],
        fails: list[str],
    ) -> None:  # fmt: skip
        """An event told by ``evidence`` (the page's paragraphs): each of ``passes`` is its
        place or date (``field``), each of ``fails`` is not (the rv49w, gw54 and rv54w sets)."""
        page = self.page(*evidence)
        for expect, value in verdicts(passes, fails):
            fact: dict[str, Any] = {"kind": "other", "description": what, "actors": [],
                                    "counts": [], field: value, "evidence": evidence}  # fmt: skip
            why = "where or when the event was" if expect else "another's place or date"
            self.add(category, expect, f"{field} {value!r}: {why}", page, {"events": [fact]},
                     f"events[0].{field}")  # fmt: skip

    def graded_quote(
        self, category: str, text: str, words: str, passes: list[str], fails: list[str],
        unsure: tuple[str, ...] = (), tiers: bool = False,
    ) -> None:  # fmt: skip
        """One quote of ``text``, the strength of each refusal in its why: each of ``passes``
        is its speaker; each of ``fails`` is refused as unsupported (the page gives it to
        someone else), each of ``unsure`` as unconfirmed. With ``tiers``, each refusal is a
        ``tier`` case too (tagged ``<category>-tier``): the unconfirmed ones pass it (no
        unsupported flag), the unsupported ones fail it."""
        assert words in text, words
        for expect, speakers, strength in (
            (True, passes, "supported"),
            (False, fails, "unsupported"),
            (False, list(unsure), "unconfirmed"),
        ):
            for speaker in speakers:
                facts = {"quotes": [{"speaker": speaker, "text": words, "evidence": []}]}
                why = f"{speaker}: {words[:40]} ({strength})"
                self.add(category, expect, why, text, facts, "quotes[0].speaker")
                if tiers and strength != "supported":
                    self.add(
                        category, strength == "unconfirmed", why, text, facts,
                        "quotes[0].speaker", tag=f"{category}-tier", check="tier",
                    )  # fmt: skip

    def count(
        self, category: str, expect: bool, text: str, evidence: str, what: str, value: float,
        qualifier: str = "exact",
    ) -> None:  # fmt: skip
        """An event whose one count is ``value`` of ``what``, backed by ``evidence``."""
        assert evidence in text, evidence
        amount = {"value": value, "qualifier": qualifier}
        event = {
            "description": "what the article reports",
            "evidence": [evidence],
            "counts": [{"what": what, "value": amount}],
        }
        why = f"{what} = {value:g} ({qualifier})"
        self.add(category, expect, why, text, {"events": [event]}, "events[0].counts[0].value")

    # --- one role of a name, one sentence on the set's page (:meth:`page`) -------------------

    def actor(
        self, category: str, expect: bool, sentence: str, who: str, description: str, why: str,
        kind: str = "other", check: str = "support", before: str = "",
    ) -> None:  # fmt: skip
        """An event (``kind``) told as ``description`` whose one actor is ``who``, backed by
        ``sentence`` (``before`` a paragraph of the page ahead of it)."""
        event = {"kind": kind, "description": description, "actors": [who], "evidence": [sentence]}
        self.add(
            category, expect, why, self.page(before, sentence), {"events": [event]},
            "events[0].actors[0]", check=check,
        )  # fmt: skip

    def page_actor(
        self, category: str, expect: bool, paragraphs: Sequence[str], evidence: str, who: str,
        description: str, why: str,
    ) -> None:  # fmt: skip
        """:meth:`actor` on a page of several ``paragraphs``, the event backed by ``evidence``
        (a passage of one of them), so the doer can be read from an entry of a list (the entry
        sets at59, rv59t) or from a body's full name paragraphs before its short form ("The
        Harwell Water Commission ... the commission fined": the body sets ac60, rv60c)."""
        assert any(evidence in paragraph for paragraph in paragraphs), evidence
        event = {
            "kind": "other",
            "description": description,
            "actors": [who],
            "evidence": [evidence],
        }
        self.add(
            category, expect, why, self.page(*paragraphs), {"events": [event]},
            "events[0].actors[0]",
        )  # fmt: skip

    def page_event_place(
        self, category: str, expect: bool, paragraphs: Sequence[str], evidence: list[str],
        place: str, description: str, why: str, days: re.Pattern[str],
    ) -> None:  # fmt: skip
        """An event told by ``evidence`` (sentences of ``paragraphs``) whose ``place`` is
        checked, on a page of several ``paragraphs`` so the place can be read from a dateline
        or a list item's label (the line-label sets pl60 and rv60p); its day is the first match
        of ``days`` in the evidence, as a labeller gives it, else none (each set keeps the
        month names of its own articles)."""
        for sentence in evidence:
            assert any(sentence in paragraph for paragraph in paragraphs), sentence
        day = days.search(" ".join(evidence))
        event = {
            "when": day.group(0) if day else None,
            "kind": "other",
            "description": description,
            "actors": [],
            "counts": [],
            "place": place,
            "evidence": evidence,
        }
        self.add(
            category, expect, why, self.page(*paragraphs), {"events": [event]}, "events[0].place"
        )

    def page_event_day(
        self, category: str, expect: bool, paragraphs: Sequence[str], evidence: list[str],
        when: str, description: str, actor: str, why: str,
    ) -> None:  # fmt: skip
        """An event of one ``actor`` told by ``evidence`` (lines of ``paragraphs``) whose day
        ``when`` is checked, on a page of several ``paragraphs`` so the day can be read from
        an entry's head ("HALDEN BANK, 3 MARCH" over its sentence: the dated-entry sets wh60
        and rv60w)."""
        for line in evidence:
            assert any(line in paragraph for paragraph in paragraphs), line
        event = {
            "kind": "other",
            "description": description,
            "actors": [actor],
            "when": when,
            "evidence": evidence,
        }
        self.add(
            category, expect, why, self.page(*paragraphs), {"events": [event]}, "events[0].when"
        )

    def page_event_range(
        self, category: str, paragraphs: list[str], evidence: list[str], description: str,
        kind: str, passes: list[str], fails: list[str], published: str = "2026-04-14",
    ) -> None:  # fmt: skip
        """An event told by ``evidence`` (sentences of ``paragraphs``): each of ``passes`` is
        its day written as a whole range ("from 12 May to 20 June"), each of ``fails`` is not
        (the range sets wh61 and rv61w)."""
        for sentence in evidence:
            assert any(sentence in p for p in paragraphs), sentence
        for expect, values in ((True, passes), (False, fails)):
            for value in values:
                event = {
                    "kind": kind,
                    "description": description,
                    "actors": [],
                    "when": value,
                    "evidence": evidence,
                }
                why = "the range the page gives the event" if expect else "not the event's range"
                self.add(
                    category,
                    expect,
                    f"when {value!r}: {why}",
                    self.page(*paragraphs),
                    {"events": [event], "article": {**ARTICLE, "published": published}},
                    "events[0].when",
                )

    def headed_event_places(
        self, category: str, headline: str, paragraphs: list[str], evidence: list[str],
        kind: str, description: str, passes: list[str], fails: list[str], why_fail: str, *,
        why_pass: str, mastheads: Sequence[str],
    ) -> None:  # fmt: skip
        """An event told by ``evidence`` (sentences of ``paragraphs``) under ``headline`` and
        the next of the set's own ``mastheads`` in turn: each of ``passes`` is its place
        (``why_pass`` says why), each of ``fails`` is not (``why_fail``). The venue and
        headline-place sets pl61, rv61p, pl63 and rv63p share it, each with its own mastheads
        and its own reason a place passes."""
        for sentence in evidence:
            assert any(sentence in p for p in paragraphs), sentence
        mast = mastheads[len(self.cases) % len(mastheads)]
        text = f"{headline}\n{mast}\n\n" + "\n\n".join(paragraphs) + "\n"
        for expect, place in [(True, p) for p in passes] + [(False, p) for p in fails]:
            event = {
                "kind": kind,
                "description": description,
                "actors": [],
                "counts": [],
                "place": place,
                "evidence": evidence,
            }
            why = why_pass if expect else why_fail
            self.add(
                category, expect, f"place {place!r}: {why}", text, {"events": [event]},
                "events[0].place",
            )  # fmt: skip

    def fact_box(
        self, category: str, story: list[str], rows: list[str], line: str,
        passes: list[tuple[str, float]], fails: list[tuple[str, float]],
        as_of: str | None = None, qualifier: str = "exact", after: list[str] | None = None,
    ) -> None:  # fmt: skip
        """A page of ``story`` paragraphs, a fact box of ``rows`` (one line each, one
        paragraph) and ``after``; every count (a ``(what, value)`` of ``passes`` or ``fails``)
        is backed by ``line`` alone (one of the rows, or a prose sentence), so the case asks
        whether a box line's number is read with its label or with the story's measure (the
        box sets ct63 and rv63t)."""
        text = self.page(*story, "\n".join(rows), *(after or []))
        assert line in text, line
        for expect, group in ((True, passes), (False, fails)):
            for what, value in group:
                count = {"what": what, "value": amount(value, qualifier), "as_of": as_of}
                event = {"kind": "other", "description": "what the article reports",
                         "actors": [], "place": None, "when": None, "counts": [count],
                         "evidence": [line]}  # fmt: skip
                reading = "the box line's own number" if expect else "not the count the line states"
                why = f"{what} = {value:g}" + (f" as of {as_of}" if as_of else "") + f": {reading}"
                facts = {"article": dict(ARTICLE), "events": [event]}
                self.add(category, expect, why, text, facts, "events[0].counts[0].value")

    def actor_pair(
        self, category: str, sentence: str, good: str, bad: str, description: str,
        kind: str = "other", before: str = "", other: str = "",
    ) -> None:  # fmt: skip
        """The event's doer ``good`` passes as its actor; ``bad``, the other party of the same
        act told in ``sentence``, is refused (see :meth:`actor`; ``other``: why not, a format
        of ``bad``, if not "the other party")."""
        other = (other or "{bad!r} is the other party, not the doer").format(bad=bad)
        doer = f"{good!r} did it"
        self.actor(category, True, sentence, good, description, doer, kind, before=before)
        self.actor(category, False, sentence, bad, description, other, kind, before=before)

    def stand_in_actors(
        self, category: str, before: str, sentence: str, passes: list[str], fails: list[str],
        description: str,
        good: str = "{who!r} is the one the sentence's stand-in means, and it acts",
        bad: str = "{who!r} is not the one the sentence's stand-in means, or does not act",
    ) -> None:  # fmt: skip
        """One page of ``before`` and ``sentence`` (see :meth:`actor`): each of ``passes`` is
        the actor a stand-in in ``sentence`` ("it", "the company", "his company") means, each
        of ``fails`` is not (another party of the act, a nearer name). ``good`` and ``bad``,
        formats of ``who``, are the cases' whys (the stand-in sets aa58 and rv58t keep these,
        rv57t passes its own)."""
        for who in passes:
            why = good.format(who=who)
            self.actor(category, True, sentence, who, description, why, before=before)
        for who in fails:
            why = bad.format(who=who)
            self.actor(category, False, sentence, who, description, why, before=before)

    def far_actor(
        self, category: str, expect: bool, who: str, paras: list[str], evidence: str,
        what: str, topic: str = "the stand-in's",
    ) -> None:  # fmt: skip
        """An event told as ``what`` whose one actor is ``who``, on a page of ``paras`` then
        ``evidence`` (a paragraph of its own, unless the last paragraph ends with it), where a
        stand-in far from the name ("the company", "it") tells the doer; a pass's why says
        ``topic`` (the far stand-in sets fac46, which passes "the page's topic", and rv46d)."""
        verdict = topic if expect else "not the stand-in's"
        body = paras if paras[-1].endswith(evidence) else [*paras, evidence]
        event = {"kind": "other", "description": what, "actors": [who], "evidence": [evidence]}
        self.add(
            category, expect, f"{who}: {verdict}", self.page(*body), {"events": [event]},
            "events[0].actors[0]",
        )  # fmt: skip

    def far_actors(
        self, category: str, paras: list[str], evidence: str, good: str, bad: list[str],
        what: str, topic: str = "the stand-in's",
    ) -> None:  # fmt: skip
        """:meth:`far_actor` for one page: ``good`` (when given) passes; each of ``bad`` (named
        on the page too) fails."""
        if good:
            self.far_actor(category, True, good, paras, evidence, what, topic)
        for value in bad:
            self.far_actor(category, False, value, paras, evidence, what, topic)

    def actor_among(
        self, category: str, before: str, sentence: str, actors: list[str], value: str,
        expect: bool, description: str, why: str,
    ) -> None:  # fmt: skip
        """An event whose actors are ``actors`` with ``value`` last among them, told by
        ``sentence`` after the paragraph ``before``; ``value`` is checked (``expect``)."""
        listed = [actor for actor in actors if actor != value] + [value]
        event = {"kind": "other", "description": description, "actors": listed}
        self.add(
            category, expect, why, self.page(before, sentence),
            {"events": [{**event, "evidence": [sentence]}]},
            f"events[0].actors[{len(listed) - 1}]",
        )  # fmt: skip

    def affiliation(
        self, category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str
    ) -> None:
        """``name``'s affiliation checked (see :meth:`person_field`): the affiliation sets of
        sessions 48 to 57 (cl48r, cl49f, rv50f, gf54, af55, fo56, rv57a, ...) each wrote this
        as an aff() of their own; those with one category bind it with ``partial``."""
        self.person_field(category, "affiliation", name, passes, fails, *paragraphs)

    def person_role(
        self, category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str
    ) -> None:
        """``name``'s role checked (see :meth:`person_field`): each of ``passes`` is a post the
        page gives that person, each of ``fails`` one it does not (such as another's title
        before another name). The role sets of sessions 29 to 60 (rivalroles29, ownroles33,
        cr52a, ro57, rv59r, rh60, ...) each wrote this as a role() of their own; those with one
        category bind it with ``partial``."""
        self.person_field(category, "role", name, passes, fails, *paragraphs)

    def staff_affiliation(
        self, category: str, lead: str, name: str, passes: list[str], fails: list[str],
        *paragraphs: str,
    ) -> None:  # fmt: skip
        """The page's writer ``name`` under ``lead`` (its masthead and credit) and the
        affiliation checked: the outlet's name or another body's."""
        self.each(
            category, self.page(*paragraphs, lead=lead), passes, fails, "people[0].affiliation",
            lambda value: {"people": [{"name": name, "affiliation": value}]},
            f"{name}'s affiliation",
        )  # fmt: skip

    def reaction(
        self, category: str, expect: bool, sentence: str, who: str, why: str,
        check: str = "support", words: str = "responded", before: str = "",
    ) -> None:  # fmt: skip
        """An executive measure whose one reaction is ``who``'s (told as ``words``), backed by
        ``sentence`` (``before``: a paragraph ahead of it, also in the evidence)."""
        measure = {
            "instrument": "executive_action",
            "evidence": [part for part in (before, sentence) if part],
            "reactions": [{"who": who, "reaction": words}],
        }
        self.add(
            category, expect, why, self.page(before, sentence), {"sanctions": [measure]},
            "sanctions[0].reactions[0].who", check=check,
        )  # fmt: skip

    def day(
        self, category: str, text: str, evidence: str, value: str, expect: bool, why: str,
        path: str = "ceasefires[0].starts", published: str = "2025-07-30",
    ) -> None:  # fmt: skip
        """A day field (``path``: a truce's ``starts``, a summit's ``planned_timing``, a
        measure's ``introduced``) whose value is ``value``, backed by the one sentence
        ``evidence`` of ``text``, a page published on ``published`` (by default a Wednesday)."""
        assert evidence in text, evidence
        kind, field = path.split("[0].")
        facts = {kind: [{field: value, "evidence": [evidence]}]}
        article = {**ARTICLE, "published": published}
        self.add(category, expect, f"{value!r}: {why}", text, {"article": article, **facts}, path)

    def dated_fact(
        self, category: str, expect: bool, why: str, evidence: list[str], kind: str,
        field: str, value: Any, published: str | None, extra: dict[str, Any] | None = None,
        text: str | None = None, path: str | None = None,
    ) -> None:  # fmt: skip
        """A fact of ``kind`` (its other fields ``extra``) whose ``field`` is ``value``, backed
        by ``evidence`` on a page of the evidence's paragraphs (or ``text``) published on
        ``published``; ``path`` the value's path when not ``<kind>[0].<field>``."""
        fact = {**(extra or {}), field: value, "evidence": evidence}
        facts = {"article": {**ARTICLE, "published": published}, kind: [fact]}
        self.add(
            category, expect, f"{field} {value!r}: {why}", text or self.page(*evidence), facts,
            path or f"{kind}[0].{field}",
        )  # fmt: skip

    def fact_counts(
        self, category: str, expect: bool, why: str, text: str,
        counts: Sequence[tuple[str, float, str]], evidence: list[str], published: str | None,
        kind: str = "events", index: int = 0, description: str = "the event",
        instrument: str = "executive_action",
    ) -> None:  # fmt: skip
        """A fact of ``kind`` (an event told as ``description``, or a measure of
        ``instrument``) whose counts are ``counts`` (what, value, qualifier), backed by
        ``evidence`` in ``text``, on a page published on ``published``: the count at
        ``index`` checked."""
        listed = [{"what": what, "value": amount(value, how)} for what, value, how in counts]
        fact: dict[str, Any] = (
            {"kind": "other", "description": description, "actors": [], "place": None,
             "when": None, "counts": listed}
            if kind == "events"
            else {"instrument": instrument, "counts": listed}
        )  # fmt: skip
        facts = {
            "article": {**ARTICLE, "published": published},
            kind: [{**fact, "evidence": evidence}],
        }
        self.add(category, expect, why, text, facts, f"{kind}[0].counts[{index}].value")

    def count_cases(
        self, category: str, sentences: list[str], passes: Sequence[tuple[str, float, str]],
        fails: Sequence[tuple[str, float, str]], published: str | None,
        evidence: list[str] | None = None,
    ) -> None:  # fmt: skip
        """An event with one count (what, value, qualifier) backed by ``sentences`` (the
        evidence, one paragraph each; or, given ``evidence``, the page around it): each of
        ``passes`` is stated by them, each of ``fails`` is not (the whole for the part,
        another owner's or currency's amount)."""
        text = self.page(*sentences)
        for expect, (what, value, qualifier) in verdicts(passes, fails):
            why = f"{what} {qualifier} {value:g}: " + (
                "the count the passage states" if expect else "not the count the passage states"
            )
            counted = [(what, value, qualifier)]
            backing = list(sentences) if evidence is None else evidence
            self.fact_counts(category, expect, why, text, counted, backing, published)

    def dated_counts(
        self, category: str, paragraphs: list[str], as_of: str,
        passes: Sequence[tuple[str, float, str]], fails: Sequence[tuple[str, float, str]],
        published: str,
    ) -> None:  # fmt: skip
        """Counts ``as_of`` a time, backed by every paragraph of the page (the page published
        on ``published``)."""
        text = self.page(*paragraphs)
        for expect, group in ((True, passes), (False, fails)):
            for what, value, how in group:
                count = {"what": what, "value": amount(value, how), "as_of": as_of}
                fact = {"kind": "other", "description": "the event", "actors": [], "place": None,
                        "when": None, "counts": [count], "evidence": list(paragraphs)}  # fmt: skip
                why = f"{what} {how} {value:g} as of {as_of}: " + (
                    "the count the passage states" if expect else "not the count the passage states"
                )
                facts = {"article": {**ARTICLE, "published": published}, "events": [fact]}
                self.add(category, expect, why, text, facts, "events[0].counts[0].value")

    # --- a number of a measure or a truce, backed by one sentence ------------------------------

    def _framed(self, sentence: str, text: str | None) -> str:
        return text.replace("{sentence}", sentence) if text else self.page(sentence)

    def counted(
        self, category: str, expect: bool, sentence: str, what: str, value: int, why: str,
        instrument: str = "bill", check: str = "support", text: str | None = None,
    ) -> None:  # fmt: skip
        """A measure (``instrument``) whose one count is ``value`` of ``what``, backed by
        ``sentence``; ``text`` is its page (``{sentence}`` where the sentence stands), the
        set's page (:meth:`page`) by default."""
        count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
        measure = {"instrument": instrument, "evidence": [sentence], "counts": [count]}
        self.add(
            category, expect, f"{what} = {value}: {why}", self._framed(sentence, text),
            {"sanctions": [measure]}, "sanctions[0].counts[0].value", check=check,
        )  # fmt: skip

    def tariff(
        self, category: str, expect: bool, sentence: str, value: float, why: str,
        instrument: str = "bill", text: str | None = None,
    ) -> None:  # fmt: skip
        """A measure (``instrument``) whose tariff rate is ``value`` percent, backed by
        ``sentence`` (``text`` as in :meth:`counted`)."""
        measure = {
            "instrument": instrument,
            "evidence": [sentence],
            "tariff_rate_percent": {"value": value, "qualifier": "exact"},
        }
        self.add(
            category, expect, f"tariff {value:g}%: {why}", self._framed(sentence, text),
            {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent",
        )  # fmt: skip

    def length(
        self, category: str, expect: bool, sentence: str, days: float, why: str,
        check: str = "support", qualifier: str = "exact", text: str | None = None,
    ) -> None:  # fmt: skip
        """A truce whose length is ``days`` days (``qualifier``), backed by ``sentence``
        (``text`` as in :meth:`counted`)."""
        truce = {
            "kind": "full",
            "evidence": [sentence],
            "duration_days": {"value": days, "qualifier": qualifier},
        }
        self.add(
            category, expect, f"{days:g} days: {why}", self._framed(sentence, text),
            {"ceasefires": [truce]}, "ceasefires[0].duration_days", check=check,
        )  # fmt: skip

    # --- a status or stance word, the why quoting the sentence's start ----------------------

    def status(self, kind: str, category: str, value: str, sentence: str, expect: bool) -> None:
        """A fact of ``kind`` ("ceasefires", "sanctions") whose ``status`` is ``value``, backed
        by ``sentence`` on the set's page."""
        facts = {kind: [{"status": value, "evidence": [sentence]}]}
        self.add(
            category, expect, f"{value}: {sentence[:60]}", self.page(sentence), facts,
            f"{kind}[0].status",
        )  # fmt: skip

    def event_days(
        self, category: str, paragraphs: list[str], evidence: list[str], passes: list[str],
        fails: list[str], kind: str, description: str, actors: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        """An event of ``kind`` described by ``description`` and backed by ``evidence``
        (sentences of ``paragraphs``): each value of ``passes`` is its ``when``, each of
        ``fails`` is not."""
        page = self.page(*paragraphs)
        for sentence in evidence:
            assert sentence in page, sentence
        for expect, value in verdicts(passes, fails):
            fact = {"kind": kind, "description": description, "actors": list(actors),
                    "counts": [], "when": value, "evidence": evidence}  # fmt: skip
            why = "the event's own day" if expect else "another time than the event's"
            self.add(category, expect, f"when {value!r}: {why}", page, {"events": [fact]},
                     "events[0].when")  # fmt: skip

    def event_places(
        self, category: str, text: str, passes: list[str], fails: list[str], kind: str,
        description: str, other: str = "not where the event was",
    ) -> None:  # fmt: skip
        """An event of ``kind`` told in one sentence ``text``, its own evidence: each value of
        ``passes`` is its ``place``, each of ``fails`` is not (``other`` says what they are)."""
        page = self.page(text)
        for expect, value in verdicts(passes, fails):
            fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                    "place": value, "evidence": [text]}  # fmt: skip
            why = "where the event was" if expect else other
            self.add(category, expect, f"place {value!r}: {why}", page, {"events": [fact]},
                     "events[0].place")  # fmt: skip

    def sentence_event_days(
        self, category: str, text: str, passes: list[str], fails: list[str], kind: str,
        what: str, actors: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        """An event told in one sentence ``text``, its own evidence (see :meth:`event_days`)."""
        self.event_days(category, [text], [text], passes, fails, kind, what, actors)

    def event_kind(
        self, category: str, expect: bool, kind: str, sentences: Sequence[str], why: str,
        description: str = "what the article reports", strength: str | None = None,
    ) -> None:  # fmt: skip
        """An event of ``kind`` told as ``description``, backed by ``sentences`` on the set's
        page: its kind checked (with a ``strength``, a :meth:`graded` case)."""
        fact = {"kind": kind, "description": description, "evidence": list(sentences)}
        page, facts, path = self.page(*sentences), {"events": [fact]}, "events[0].kind"
        if strength is not None:
            self.graded(category, expect, strength, why, page, facts, path)
            return
        self.add(category, expect, why, page, facts, path)

    def measure_status(
        self, category: str, expect: bool, value: str, sentences: Sequence[str], why: str,
        instrument: str = "executive_action", check: str = "support",
        strength: str | None = None,
    ) -> None:  # fmt: skip
        """A measure (``instrument``) whose ``status`` is ``value``, backed by ``sentences`` on
        the set's page; with a ``strength``, a :meth:`graded` case (``check`` unused)."""
        fact = {"instrument": instrument, "status": value, "evidence": list(sentences)}
        page, facts, path = self.page(*sentences), {"sanctions": [fact]}, "sanctions[0].status"
        if strength is not None:
            self.graded(category, expect, strength, why, page, facts, path)
            return
        self.add(category, expect, why, page, facts, path, check=check)

    # --- a value with the strength of its verdict named in its why (:func:`graded_check`) ---

    def graded_summit(
        self, category: str, parties: list[str], value: str, sentences: list[str], expect: bool,
        strength: str, why: str, place: str | None = None, timing: str | None = None,
        path: str = "status", text: str | None = None,
    ) -> None:  # fmt: skip
        """A summit of ``parties`` whose ``status`` is ``value`` (``place`` and ``timing`` its
        planned location and time), backed by ``sentences`` on the set's page (or ``text``):
        its field ``path`` checked."""
        fact = {"parties": parties, "status": value, "planned_location": place,
                "planned_timing": timing, "evidence": sentences}  # fmt: skip
        shown = {"planned_location": place, "planned_timing": timing}.get(path, value)
        self.add(
            category, expect, f"summit {path} {shown} ({strength}): {why}",
            text or self.page(*sentences), {"summits": [fact]}, f"summits[0].{path}",
            check=graded_check(expect, strength),
        )  # fmt: skip

    def graded_truce(
        self, category: str, value: str, sentences: list[str], expect: bool, strength: str,
        why: str, path: str = "status", status: str | None = None, why_path: bool = False,
    ) -> None:  # fmt: skip
        """A truce whose field ``path`` is ``value`` (its ``status`` otherwise ``status``),
        backed by ``sentences``; ``why_path`` names the field in the why too."""
        fact: dict[str, Any] = {"status": status, "evidence": sentences}
        fact[path] = value
        shown = f"{path} {value}" if why_path else value
        self.add(
            category, expect, f"truce {shown} ({strength}): {why}", self.page(*sentences),
            {"ceasefires": [fact]}, f"ceasefires[0].{path}", check=graded_check(expect, strength),
        )  # fmt: skip

    def graded_stance(
        self, category: str, party: str, value: str, sentences: list[str], expect: bool,
        strength: str, why: str,
    ) -> None:  # fmt: skip
        """A truce on which ``party`` takes the stance ``value``, backed by ``sentences``."""
        position = {"party": party, "stance": value, "evidence": sentences}
        self.add(
            category, expect, f"{party} {value} ({strength}): {why}", self.page(*sentences),
            {"ceasefires": [{"positions": [position], "evidence": sentences}]},
            "ceasefires[0].positions[0].stance", check=graded_check(expect, strength),
        )  # fmt: skip

    def graded_fact(
        self, category: str, kind: str, field: str, value: Any, sentences: list[str],
        expect: bool, strength: str, why: str, **extra: Any,
    ) -> None:  # fmt: skip
        """A fact of ``kind`` ("summits", "sanctions") whose ``field`` is ``value`` (its other
        fields ``extra``), backed by ``sentences`` on the set's page; ``strength`` as in
        :meth:`graded`, or :data:`ANY` for a refusal at either strength."""
        item = {field: value, "evidence": sentences, **extra}
        path, page = f"{kind}[0].{field}", self.page(*sentences)
        why, facts = f"{kind} {value}: {why}", {kind: [item]}
        if strength == ANY:
            self.add(category, expect, why, page, facts, path)
            return
        self.graded(category, expect, strength, why, page, facts, path)

    def graded_rows(
        self, rows: Sequence[tuple[str, bool, str, str, str, Any, str]],
        fields: dict[str, dict[str, Any]] = ROW_FIELDS, split: str | None = SENTENCE_END,
    ) -> None:  # fmt: skip
        """One :meth:`graded_fact` a row ``(category, expect, strength, kind, field, value,
        text)``: the sentences of ``text`` (split where ``split`` matches; the whole text, one
        sentence, when it is None) back a fact of ``kind`` whose ``field`` is ``value``, its
        other fields ``fields[kind]``. A ``KEPT`` row (a correct value the rules may leave
        unconfirmed, never refute) is one ``tier`` case that must carry no unsupported flag."""
        for category, expect, strength, kind, field, value, text in rows:
            sentences = re.split(split, text) if split else [text]
            if strength == KEPT:
                item = {field: value, "evidence": sentences, **fields[kind]}
                why = f"{kind} {value}: {text[:60]} ({KEPT})"
                page, path = self.page(*sentences), f"{kind}[0].{field}"
                self.add(category, expect, why, page, {kind: [item]}, path, check="tier")
                continue
            self.graded_fact(
                category, kind, field, value, sentences, expect, strength, text[:60],
                **fields[kind],
            )  # fmt: skip

    def listed_items(
        self, category: str, rows: Sequence[tuple[bool, str, str, str, str, str]]
    ) -> None:
        """A row ``(expect, strength, status, above, item, below)`` a case: an executive
        measure whose ``status`` is backed by the list ``item`` alone, with the lines
        ``above`` it (its heading) and ``below`` it (the next item, or "") on the page;
        ``strength`` as in :meth:`graded`, or :data:`ANY` for a refusal at either."""
        for expect, strength, status, above, item, below in rows:
            page = self.page(above, "\n".join(line for line in (item, below) if line))
            measure = {"instrument": "executive_action", "status": status, "evidence": [item]}
            why = f"sanctions {status}: {item} under {above[-40:]!r}"
            facts, path = {"sanctions": [measure]}, "sanctions[0].status"
            if strength == ANY:
                self.add(category, expect, why, page, facts, path)
            else:
                self.graded(category, expect, strength, why, page, facts, path)

    def graded(
        self, category: str, expect: bool, strength: str, why: str, text: str,
        facts: dict[str, Any], path: str,
    ) -> None:  # fmt: skip
        """One case with the strength of its verdict (``SUPPORTED``, ``STRONG`` or ``WEAK``):
        a pass must be supported; a strong refusal must carry an unsupported flag (check
        ``tier``); a weak one must be refused, and a second case (tag ``<category>-tier``)
        asks that it carry no unsupported flag, only an unconfirmed one."""
        why = f"{why} ({strength})"
        if expect or strength == WEAK:
            self.add(category, expect, why, text, facts, path)
        if not expect and strength == STRONG:
            self.add(category, False, why, text, facts, path, check="tier")
        if not expect and strength == WEAK:
            self.add(category, True, why, text, facts, path, tag=f"{category}-tier", check="tier")

    def write(self, out: Path) -> None:
        out.write_text(
            "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in self.cases),
            encoding="utf-8",
        )
        print(f"{len(self.cases)} cases -> {out.name}")

    def article_field(
        self, category: str, field: str, text: str, passes: list[str], fails: list[str]
    ) -> None:
        """The article's ``field`` ("byline", "outlet"): each of ``passes`` is supported over
        the whole page ``text``, each of ``fails`` refused."""
        for expect, value in verdicts(passes, fails):
            facts: dict[str, Any] = {"article": {**ARTICLE, field: value}}
            why = f"{field} {value} ({'supported' if expect else 'unsupported'})"
            self.add(category, expect, why, text, facts, f"article.{field}")

    def role(
        self, category: str, expect: bool, why: str, text: str, role: str, who: str,
        evidence: str,
    ) -> None:  # fmt: skip
        """``who`` in one ``role`` of a fact backed by ``evidence`` (a passage of ``text``):
        "side" (a truce's position, agreed), "party" (a held summit's), "actor" (an event's),
        "sponsor" (a bill's)."""
        assert evidence in text, evidence
        facts: dict[str, Any]
        if role == "side":
            position = {"party": who, "stance": "agreed", "evidence": [evidence]}
            facts = {"ceasefires": [{"evidence": [evidence], "positions": [position]}]}
            path = "ceasefires[0].positions[0].party"
        elif role == "party":
            facts = {"summits": [{"parties": [who], "status": "held", "evidence": [evidence]}]}
            path = "summits[0].parties[0]"
        elif role == "actor":
            event = {"kind": "other", "description": "what the article reports",
                     "actors": [who], "evidence": [evidence]}  # fmt: skip
            facts = {"events": [event]}
            path = "events[0].actors[0]"
        elif role == "sponsor":
            measure = {"instrument": "bill", "sponsors": [who], "evidence": [evidence]}
            facts = {"sanctions": [measure]}
            path = "sanctions[0].sponsors[0]"
        else:
            raise ValueError(role)
        self.add(category, expect, why, text, facts, path)
