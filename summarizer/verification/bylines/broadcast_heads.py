"""The outlet named by a broadcast page's head (session 59, false-alarm writer md59), for
:func:`summarizer.verification.bylines.metadata.support_outlet`.

A transcript, a bulletin script or a podcast page opens with a head that names the station or
the producer among its programme's labels, in shapes the masthead readers do not know:

- after a producer's label: "Station: Riverbend Business Radio. Anchor: ...", "Broadcast by
  Saltbox Audio. Host: ...", "Network: ...", "Channel: ..." ("Produced by" and "Brought to you
  by" are left out: a producer may be a person, and the second names a sponsor as often);
- after the programme's quoted title: "Transcript: "Chip Talk" on Harbor Street Radio, ...";
- as a whole segment of the head, between its separators (the line's start, "|", a dash, a
  full stop) and its end (a separator, a comma, the line's end), or before "Newsroom":
  "Episode 112 | Lantern Street Audio | July 25, 2025 | Host: ...", "BULLETIN SCRIPT - Gullhaven
  FM Newsroom, 0800 hrs", "Desert Current Radio, The Business Hour. Presenter: ...".

A head is a line of the page's first three paragraphs that names the programme's kind
(transcript, bulletin, script, podcast, episode, programme) or carries a broadcast role's
label ("Host:", "Anchor:", "Read by:"), and is no speaker's turn ("HOST (Delia Fransen): ...").
A name standing anywhere else in such a line is not the producer and is left to the other
readers: a guest's outlet ("Guest: Nadia Ferris, data editor at X"), a clip's credit ("Audio
courtesy of X"), another outlet's report ("as first reported by X"), a possessive ("X's Ruth
Keane"), and a name only in the body.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText

# A broadcast role's label anywhere in the line, or a programme's kind opening a segment of it
# (after at most two words: "noon bulletin script"): the line is a broadcast page's head. A
# kind deep in a sentence ("will cut 30 of its 90 newsroom jobs", "will stop its broadcasts")
# makes no head of the story's sentence.
_ROLE = re.compile(
    r"\b(?:hosts?|presenters?|anchors?|producers?|reporters?|read\s+by|guests?|"
    r"correspondents?|stations?|networks?|channels?)\s*:",
    re.IGNORECASE,
)
_KINDS = (
    r"(?:transcripts?|bulletins?|scripts?|podcasts?|episodes?|programmes?|programs?|broadcasts?)"
)
# The kind ends a label, not a sentence: the segment's end, a comma, a number, a quoted title
# or another kind follows ("Episode 112", "radio transcript, 14 January 2026"); "The
# broadcasts end after 61 years", "The episode angered savers" are a story's (rv59m).
_KIND = re.compile(
    rf"(?:[^\s|]+\s+){{0,2}}{_KINDS}\b(?=\s*(?:$|[,(#\d\"'\u201c\u2018]|{_KINDS}\b|(?:of|from|for)\b))",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\||\s[\u2013\u2014-]\s|\u2014|:|\.\s|;")


def _is_head(line: str) -> bool:
    """Whether a line (its outlet's name taken out) is a broadcast page's head."""
    return bool(_ROLE.search(line)) or any(
        _KIND.match(part.strip(" \t\"'\u201c\u201d\u2018\u2019("))
        for part in _SEPARATOR.split(line)
    )


# A speaker's turn written in mixed case (rv59m): a role's label opens the line and what
# follows is speech, words in lower case and no other label or kind ("Host: Good morning. The
# Harbor Ledger, which broke the story, says ..."); a head's "Host: Ada Grey. Guest: ..." or
# "Host: Ada Grey | Fenwick Radio" names only.
_OPENING_ROLE = re.compile(
    r"\s*(?:hosts?|presenters?|anchors?|reporters?|guests?|correspondents?|interviewers?|"
    r"callers?|moderators?)\s*:",
    re.IGNORECASE,
)


def _mixed_turn(line: str) -> bool:
    opening = _OPENING_ROLE.match(line)
    if opening is None or _TURN.match(line):
        return False
    rest = line[opening.end() :]
    return not _is_head(rest) and bool(re.search(r"\b[a-z]{3,}\b", rest))


# A guest's or a correspondent's label: the names in its run (to a full stop) are the guest's
# and the paper they write for ("Guests: Ana Ruiz - Brannock Ledger; ..."), not the producer
# (rv59m).
_GUEST_RUN = re.compile(
    r"\b(?:guests?|panel(?:lists?)?|correspondents?|reporters?|callers?|contributors?)\s*:"
    r"(?:(?!\.\s|\b\w+\s*:).)*$",
    re.IGNORECASE,
)


# A speaker's turn: "HOST (Delia Fransen):", "GWEN TALLEY (anchor):", "ORTIZ:".
_TURN = re.compile(
    r"\s*[A-Z][A-Z.'\u2019 -]{1,40}(?:\([^)]*\))?\s*:|\s*[A-Z][a-z]+\s*\([^)]*\)\s*:"
)
# A label before the turn's colon that heads a page instead: "TRANSCRIPT: ...".
_HEAD_LABEL = re.compile(
    r"\s*(?:transcripts?|bulletin(?:\s+script)?|podcast(?:\s+transcript)?|scripts?|"
    r"stations?|networks?|channels?)\s*(?:\([^)]*\))?\s*:",
    re.IGNORECASE,
)
# Before the name: a producer's label, or the programme's quoted title and "on".
_CUE = re.compile(
    r"(?:\b(?:station|network|channel|broadcaster)\s*:|\bbroadcast\s+by|[\"\u201d'\u2019]\s+on)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# Before the name: the start of a segment of the head.
_SEGMENT_START = re.compile(
    r"(?:^|\|\s*|\s[\u2013\u2014-]\s+|\u2014\s*|[.;]\s+)(?:the\s+)?$", re.IGNORECASE
)
# After the name: the end of its segment, or its newsroom's.
_SEGMENT_END = re.compile(
    r"(?:\s+newsroom\b)?\s*(?:$|[|,;.:(]|\s[\u2013\u2014-]\s|\u2014)", re.IGNORECASE
)
# After the quoted title's "on", the station ends its segment before a date, a number or a
# label: '"Chip Talk" on Harbor Street Radio, October 6, 2025'; '"Money Matters" on Halvard
# Motors, the carmaker that ...' is the episode's topic (rv59m).
_TITLE_ON = re.compile(r"[\"\u201d'\u2019]\s+on\s*(?:the\s+)?$", re.IGNORECASE)
_ON_END = re.compile(
    r"\s*(?:$|[|(]|(?:[,.;]|\s[\u2013\u2014-])\s*(?:\d|[A-Za-z]+\s*:|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\b|[a-z]+day\b))",
    re.IGNORECASE,
)
_TOP = 3  # paragraphs: a broadcast head sits above the first turn of the script


def outlet_name_pattern(value: str, *, apostrophe_after: bool = True) -> re.Pattern[str] | None:
    """The outlet's name as whole words, a leading "The" optional, never its possessive
    ("Harbor Street Radio's"); ``apostrophe_after=False`` is the desk reading's stricter edge
    (no apostrophe at all after the name). One pattern for both head readings (rv59m)."""
    words = re.findall(r"[\w&'\u2019.+-]+", value)
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    joined = r"\s+".join(re.escape(word) for word in words)
    after = r"(?![\w&-]|['\u2019]s\b)" if apostrophe_after else r"(?![\w&'\u2019-])"
    return re.compile(rf"(?<![\w&'\u2019-]){joined}{after}", re.IGNORECASE)


def _head_lines(article: ArticleText) -> list[str]:
    """The lines of the page's first paragraphs that head a broadcast page."""
    found = []
    for start, end in article.paragraphs[:_TOP]:
        for line in article.text[start:end].splitlines():
            if len(line.split()) > 60 or not _is_head(line):
                continue
            if (_TURN.match(line) and not _HEAD_LABEL.match(line)) or _mixed_turn(line):
                continue  # a speaker's turn of the script, not its head
            found.append(line)
    return found


def broadcast_outlet(value: str, article: ArticleText) -> bool:
    """Whether a broadcast page's head names ``value`` as its station or producer."""
    pattern = outlet_name_pattern(value)
    if pattern is None:
        return False
    for line in _head_lines(article):
        for match in pattern.finditer(line):
            rest = line[: match.start()] + line[match.end() :]
            if not _is_head(rest):
                continue  # only the name itself ("Gullhaven Bulletin") reads as a kind
            before = line[: match.start()]
            if _CUE.search(before) and (
                not _TITLE_ON.search(before) or _ON_END.match(line, match.end())
            ):
                return True  # a show's title "on" a station, not "on" its topic
            if _GUEST_RUN.search(before):
                continue  # "Guest: Ivo Rand | Tidewater Post": the guest's paper
            if _SEGMENT_START.search(before) and _SEGMENT_END.match(line, match.end()):
                return True
    return False
