"""A person the page puts away from a held meeting is no party of it (session 36).

The summit readers of ``sides`` accept a party once the evidence names the person and no role
word keeps them out. English puts a named person away from a meeting in a few general ways,
and each is a contradiction the page states, not a missing word of presence:

- the other end of a channel while the sentence tells of a meeting without them: "held talks
  with Modi after a call with Sharif", "received a call from President Lula as the summit
  opened", "had sent a letter to Xi ahead of the trip";
- the source of a one-way message: "sent a video message", "welcomed the meeting in a
  statement from New York", "sent a recorded message to the summit";
- one following it from elsewhere or by a screen: "watched on TV", "followed the Washington
  meeting from Brussels", "was looking on from home", "back in Washington, watched",
  "greeted the outcome ... from Budapest", "welcomed news that the leaders had met";
- one the page says stayed away: "did not attend", "was not represented at the table",
  "which sent no delegation", "stayed in Ankara" (a place not the meeting's);
- a cause the meeting came from, or one thanked, beside a meeting of others: "following
  appeals from Pope Leo, the two presidents met", "under a plan drafted by", "after pressure
  from", "the leaders thanked X for his efforts as they met";
- for a meeting held: the other side of a meeting the page says did not happen or was only
  wished or urged: "talks with X were cancelled", "would love to meet X, but no meeting took
  place", "urged the prime minister to sit down with X", "proposed holding talks with X".

The labelling convention of the gold (checks 50-79) is followed: one who "took part by video
link" is a party (check 55), and a call or video call between two people is itself a meeting
(checks 57, 67), so joining, opening, chairing or addressing by video or from elsewhere is no
refusal here, nor is a call when no other meeting is told. The person is refused only when
every mention of them in the evidence is so worded: one named once as there (or as meeting,
hosting, opening) keeps the older verdict.
"""

from __future__ import annotations

import re

from ..context import Context
from .third_parties import third_party

_CUES = (
    "call", "phone", "letter", "message", "statement", "watch", "follow", "looking on",
    "looked on", "brief", "news", "outcome", "attend", "represent", "delegation", "stayed",
    "thank", "appeal", "pressure", "urging", "drafted", "cancel", "called off", "shelved",
    "scrapped", "no meeting", "love to", "like to", "urged", "pressed", "proposed holding",
    "television", " tv", "screen", "stream", "online", "back in", "from home", "not travel",
    "declined", "mediation", "wrote", "texted", "emailed", "tuning", "tuned", "listen",
    "informed", "track", "nowhere", "remained", "make the trip", "plea", "lobbying",
    "encourage", "efforts", "never happened", "fell through", "ruled out", "wants to",
    "hoped to", "hopes to", "asked to", "turned", "postponed", "between",
)  # fmt: skip

# Where a clause ends: a semicolon, "while", "as", "but", "after", "whereas", a dash.
_CLAUSE = re.compile(
    r";|\s+-{1,2}\s+|\s+\u2014\s*|,?\s+(?:while|whereas|as|although|though|after)\s+"
    # "but" starts a clause of its own only with a subject of its own ("but the Brazilian
    # declined"), not "persuaded them to meet but did not attend"
    r"|,?\s+but\s+(?=(?:the|a|an|he|she|they|it|his|her|its|their|no|[A-Z])\b)"
)
_LEAD_WORDS = (
    r"(?:(?:the|a|an|and|(?-i:[A-Z][\w'.-]*)|president|prime|minister|king|emir|pope|premier"
    r"|chancellor|secretary|general|of)(?:,|\u2019s|'s)?\s+){0,5}"
)
# What the person does there: a mention with one of these in its clause is a presence.
_PRESENT = re.compile(
    r"\b(?:met|meets|sat\s+(?:down|with|opposite|beside)|held\s+(?:bilateral\s+)?talks"
    r"|holds\s+talks|had\s+talks|attended|attends|took\s+part|takes\s+part|joined|joins"
    r"|hosted|hosts|hosting|arrived|arrives|flew\s+(?:in|to)|travell?ed\s+to|opened|chaired"
    r"|gathered|convened|assembled|visited|visits|welcomed\s+(?!(?:the\s+|a\s+)?(?:\w+(?:'s|')?"
    r"\s+){0,2}(?:news|outcome|result|agreement|deal|decision|announcement|accord|move"
    r"|meeting|talks|summit))"
    r"|addressed|presided|shook\s+hands|signed|dined|conferred|embraced|took\s+(?:his|her)\s+seat"
    r"|greeted\s+(?!the\s+(?:news|outcome|result|agreement|deal|decision|announcement))"
    r"|received\s+(?!a\s+(?:phone\s+|telephone\s+)?(?:call|briefing)))\b",
    re.IGNORECASE,
)
# The person named right after one of these is at the other end of a channel or is a cause.
_CHANNEL_LEAD = re.compile(
    r"(?:\b(?:call|calls|conversation)\s+(?:with|from|to)"
    r"|(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+(?:with|to)|phoned|telephoned|rang"
    r"|received\s+a\s+(?:phone\s+|telephone\s+)?call\s+from"
    r"|(?:letter|message|note|messages|letters|e-?mail)\s+(?:to|from)|wrote\s+to|texted"
    r"|messaged|e-?mailed|sent\s+a\s+(?:\w+\s+)?(?:letter|message|note)\s+to)\s+"
    + _LEAD_WORDS
    + r"$",
    re.IGNORECASE,
)
_CAUSE_LEAD = re.compile(
    r"(?:(?:appeals?|pressure|urging|lobbying|pleas?|calls?|encouragement|prodding)"
    r"\s+(?:from|by)|at\s+the\s+(?:urging|prodding)\s+of|(?:plan|proposal|blueprint|roadmap)"
    r"\s+(?:drafted|written|put\s+forward|drawn\s+up)\s+by|thanks\s+to\s+(?:the\s+)?"
    r"(?:mediation|efforts|pressure)\s+(?:by|of|from)|(?P<thanks>thanked))\s+" + _LEAD_WORDS + r"$",
    re.IGNORECASE,
)
_THANKS_HOST = re.compile(
    r"^\W*(?:\w+\W+){0,4}?for\s+(?:hosting|receiving|the\s+invitation"
    r"|(?:his|her|their|its)\s+hospitality|having|the\s+(?:talks|meeting|visit|dinner"
    r"|welcome))",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"^\s*,[^,]*,")
# Another subject or a speech tag before a cue: the cue is not the person's own predicate.
_NOT_OWN = re.compile(
    r"(?:^|[,;]\s*|\band\s+|\bwhile\s+)(?:the\s+)?[A-Z]\w*|\b(?:said|says|told|according)\b"
)
_RELATIVE = re.compile(r"\s*,\s*(?:who|which)\b")
_AFTER_MEETING = re.compile(
    r"\b(?:after|before|while|when|since)\s+(?:meeting|attending|hosting|visiting|sitting\s+down"
    r"|holding\s+talks|talks\s+with|greeting|receiving|welcoming)\b",
    re.IGNORECASE,
)
# Staying in a place to meet there is a presence ("stayed in Accra to meet X", review).
_STAYED_TO_MEET = re.compile(
    r"\b(?:stayed|remained|stays|remains)\s+(?:on\s+)?in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
    r"\s+(?:to\s+meet|for\s+(?:talks|a\s+meeting|meetings)\s+with)\b"
)
# A later presence undoes an absence: "did not attend in person but addressed it by video".
_UNDONE = re.compile(r"\b(?:but|then|later|instead|yet|eventually|finally)\b", re.IGNORECASE)
# A participle opening the clause has the person for its subject ("Greeting the news, X said").
_OPENER = re.compile(r"\s*[A-Z][a-z]+ing\b")
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|next|earlier|former|future|will|first|second|(?:19|20)\d\d)\b", re.I
)
# "In a video message to the summit, X urged ...": the message stands before the name.
_MESSAGE_HEAD = re.compile(r"\s*(?:In|Through|Via)\s+a\s+(?:\w+\s+){0,3}?(?:message|letter)\b")
# "X was thanked by both sides as their envoys met": one thanked, beside a meeting of others.
_PRAISED = re.compile(r"\s*(?:was|were)\s+(?:thanked|credited|praised)\s+by\b", re.I)
_NEWS_THAT = re.compile(r"\b(?:news|reports?|word)\s+that\b[^,;]*", re.IGNORECASE)
# A meeting of named people: "held talks with Modi", "the two presidents met".
_MET = re.compile(
    r"\b(?:met|meets|held\s+talks|holds\s+talks|sat\s+down|(?:meeting|talks)\s+between"
    r"|gathered|meeting\s+(?=[A-Z]))\b",
    re.IGNORECASE,
)
# The object of a verb of meeting or a companion of it is there: "met X", "welcomed X".
_MET_OBJECT = re.compile(
    r"\b(?:met|meets|meeting|met\s+with|talks\s+with|sat\s+down\s+with|hosted|hosts|received"
    r"|welcomed|greeted|joined|visited|visits|alongside|beside|embraced|between|(?:chaired"
    r"|hosted|opened|attended|led|headed|presided\s+over|addressed|closed)\s+by)\s+"
    + _LEAD_WORDS
    + r"$",
    re.IGNORECASE,
)
# A meeting that took place: "met X", "held direct talks with X", "sat down with X".
_MET_LEAD = re.compile(
    r"\b(?:met|met\s+with|(?:held|had)\s+(?:\w+\s+){0,2}talks\s+with|sat\s+down\s+with"
    r"|conferred\s+with|dined\s+with)\s+" + _LEAD_WORDS + "$"
)
_PAIR = re.compile(r"\b(?:both|the\s+two|the\s+pair|together|each\s+other)\b", re.IGNORECASE)
_BACK = re.compile(r"\b(?:him|her|them|each\s+other)\b", re.I)
# A sentence that refers back to a group that may hold the person.
_ALONG = re.compile(r"\b(?:they|them|both|the\s+two|the\s+pair|the\s+leaders|all)\b", re.I)
# The person named after one of these is the other side of a meeting only wished or planned.
_UNMET_LEAD = re.compile(
    r"\b(?:meet|meet\s+with|meeting\s+with|talks\s+with|sit\s+down\s+with|summit\s+with"
    r"|hold\s+talks\s+with|holding\s+talks\s+with|visit\s+to|see|between)\s+" + _LEAD_WORDS + r"$",
    re.IGNORECASE,
)
_UNMET = re.compile(
    r"\b(?:cancell?ed|called\s+off|shelved|scrapped|postponed|axed|no\s+(?:such\s+)?meeting"
    r"\s+(?:took|has\s+taken)\s+place|(?:did|has)\s+not\s+take(?:n)?\s+place|never\s+took"
    r"\s+place|declined|refused|would\s+(?:love|like)\s+to|urged|pressed|pressing|urging"
    r"|called\s+on|proposed\s+holding|proposes\s+holding|never\s+happened|did\s+not\s+happen"
    r"|fell\s+through|ruled\s+out|turned\s+(?:\w+\s+){0,2}down|wants?\s+to|hopes?\s+to"
    r"|hoped\s+to|asked\s+to)\b",
    re.IGNORECASE,
)
# The person's clause says they were away.
_AWAY = re.compile(
    r"\b(?:(?:did|does|would|will)\s+not|didn't|won't)\s+(?:attend|travel|go\s+to|come\s+to"
    r"|take\s+part|join\s+(?:them|him|her|the\s+(?:leaders|talks|meeting|summit|session"
    r"|others|delegations))|sit\s+in|show\s+up)\b|\b(?:was|were|is|are)\s+not\s+(?:at|present|in\s+attendance"
    r"|represented|there|among|in\s+the\s+room)\b|\bnot\s+represented\b|\bsent\s+no\s+"
    r"(?:delegation|envoy|one|representative|minister)|\bstayed\s+(?:away|home|at\s+home"
    r"|behind)\b|\bwas\s+absent\b|\b(?:did|does|would|will)\s+not\s+make\s+the\s+(?:trip"
    r"|journey)|\b(?:was|were)\s+nowhere\s+near\b",
    re.IGNORECASE,
)
_STAYED_IN = re.compile(r"\b(?:stayed|remained|stuck)\s+in\s+([A-Z][\w'-]+)")
# Following from afar: a verb of receiving the meeting, and a channel or place away from it.
_FOLLOW = re.compile(
    r"\b(?:watched|watches|watching|followed|(?:was|were|is|are|been)\s+following"
    r"|looked\s+on|looking\s+on"
    r"|monitored|received\s+a\s+(?:phone\s+|telephone\s+)?(?:call|briefing)|was\s+briefed"
    r"|(?:was|were)\s+kept\s+(?:informed|up\s+to\s+date)|tun(?:ed|ing|es)\s+in|listen(?:ed|ing)"
    r"|saw|kept\s+(?:track|up)|keeping\s+(?:track|up)"
    r"|(?:welcomed|welcomes|welcoming|greeted|greeting|greets|hailed|praised|applauded)\s+"
    r"(?:the\s+|a\s+)?(?:\w+(?:'s|\u2019s|')?\s+){0,2}(?:news|outcome|result|agreement|deal"
    r"|decision|announcement|accord|meeting|talks|summit|move))\b",
    re.IGNORECASE,
)
_AFAR = re.compile(
    r"\bon\s+(?:television|TV|(?:a\s+)?(?:big\s+)?screens?|(?:a\s+)?(?:live\s*)?streams?)\b"
    r"|\bonline\b|\bby\s+(?:video|phone|telephone)\b|\bfrom\s+(?:home|(?:his|her|their)\s+"
    r"(?:office|home|residence))\b|\bback\s+(?:home|in\s+[A-Z])|\bin\s+a\s+(?:\w+\s+){0,2}"
    r"(?:message|letter|video)\b",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"\b(?:from|in)\s+(?:the\s+)?([A-Z][\w'-]+)")
# People "from" a place are not placed by it: "officials from Khartoum", "leaders from Asia".
_PEOPLE_FROM = re.compile(
    r"\b(?:leaders|officials|delegates|delegations|envoys|people|ministers|diplomats|teams"
    r"|representatives|observers|guests|visitors|counterparts)\s+$",
    re.IGNORECASE,
)
# The message is the person's own: "sent a video message", "wrote to them" (a statement is no
# message from afar: leaders issue them where they meet).
_MESSAGE = re.compile(
    r"\b(?:sent|sends|delivered|recorded)\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:message|letter|note|greetings)\b|\b(?:wrote|writes)\s+to\b",
    re.IGNORECASE,
)
# A place the evidence gives the meeting: "met in Geneva", "the Brussels summit".
_VENUE = re.compile(
    r"\b(?:met|meet|meeting|summit|talks|gathered|opened|closed|held|signed|went\s+on)\s+"
    r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?([A-Z][\w'-]+)"
)
_VENUE_WORD = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)([A-Z][\w'-]+)\s+(?:summit|meeting"
    r"|talks|session)\b"
)


def _name_pattern(value: str) -> re.Pattern[str] | None:
    """Every capitalised word of three letters or more of the value, as a whole word."""
    names = [p for p in value.split() if p[:1].isupper() and len(p) > 2]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _mentions(names: re.Pattern[str], sentence: str) -> list[tuple[int, int]]:
    """Each mention of the person: matches of their name words a short gap apart merged
    ("Tamim bin Hamad Al Thani" is one mention)."""
    spans: list[tuple[int, int]] = []
    for match in names.finditer(sentence):
        if spans and re.fullmatch(
            r"[\s\w]{0,5}|(?:\s+[a-z]{1,4})+\s+", sentence[spans[-1][1] : match.start()]
        ):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append((match.start(), match.end()))
    return spans


def _clause(sentence: str, start: int, end: int) -> tuple[str, str, str]:
    """The mention's clause: the text before it, itself and after it, up to its bounds."""
    before = sentence[:start]
    cuts = list(_CLAUSE.finditer(before))
    head = before[cuts[-1].end() :] if cuts else before
    nxt = _CLAUSE.search(sentence, end)
    tail = sentence[end : nxt.start()] if nxt else sentence[end:]
    return head, sentence[start:end], tail


def _venues(evidence: str) -> set[str]:
    """The places the evidence gives the meeting (not a bloc's initials: "the ASEAN summit")."""
    found = [*_VENUE.findall(evidence), *_VENUE_WORD.findall(evidence)]
    return {place for place in found if not place.isupper()}


def _elsewhere(clause: str, venues: set[str]) -> bool:
    """The clause places its subject from or in a place the meeting is not told at."""
    if _AFAR.search(clause):
        return True
    for place in _FROM_PLACE.finditer(clause):
        if _PEOPLE_FROM.search(clause[: place.start()]) or place.group(1) in venues:
            continue
        # "in <Place>" places one only where the evidence gives the meeting another place
        if place.group(0)[:2].lower() == "fr" or venues:
            return True
    return any(p not in venues for p in _STAYED_IN.findall(clause))


def _thanked_only(before: str, after: str) -> bool:
    """One thanked, beside a meeting of the thankers: "The leaders thanked X for his efforts
    as they met". Not one thanked for hosting or for the talks, nor where the meeting is of
    a pair that may hold them ("as the two met"), nor where a single thanker's "they" must."""
    if _THANKS_HOST.search(after) or _PAIR.search(after) or not _MET.search(after):
        return False
    words = before.split()
    plural = bool(words) and words[-1].islower() and re.fullmatch(r"\w+[^s]s", words[-1])
    return bool(plural) or not re.search(r"\b(?:they|them)\b", after, re.IGNORECASE)


def _lead(lead: str) -> re.Match[str] | None:
    """The channel or cause the mention is the object of, when it ends ``lead``."""
    return _CHANNEL_LEAD.search(lead) or _CAUSE_LEAD.search(lead)


def _offstage(sentence: str, start: int, end: int, others: bool, venues: set[str]) -> bool:
    """Whether this mention puts the person away from the meeting (see the module);
    ``others``: another evidence sentence tells of a meeting of named people."""
    lead = sentence[:start]
    channel = _lead(lead)
    if channel is not None and _opening_subject(lead[channel.start() :], sentence[end:]):
        return False  # "At the urging of X, Y and Z met": Y and Z are the clause's subjects
    if channel is not None:
        outside = sentence[: channel.start()] + " " + sentence[end:]
        if channel.groupdict().get("thanks"):  # one thanked may be one of those who met
            return _thanked_only(sentence[: channel.start()], sentence[end:])
        if _BACK.search(outside):
            return False  # "After letters to X, Y met him": the one written to is met
        return others or _MET.search(outside) is not None
    if _UNMET_LEAD.search(lead):
        met = _MET.search(sentence, end)
        if met and (_ALONG.search(sentence, end) or _BACK.match(sentence, met.end() + 1)):
            return False  # "hoped to meet X again, and the two met in Lima", "... met him"
        return _UNMET.search(sentence) is not None and not _MET_LEAD.search(lead)
    if _MET_OBJECT.search(lead):
        return False  # "met X", "welcomed X to the palace": the one met is there
    if _AFTER_MEETING.search(sentence, end):
        return False  # "X issued a statement after meeting Y": a presence the clause cut off
    head, _, tail = _clause(sentence, start, end)
    # what a comma aside tells of another occasion, or a reported "news that ...", is not the
    # person's presence ("X, who hosted the last summit, greeted the outcome ... from
    # Budapest"); an aside's absence is undone by the clause's own presence ("X, who had said
    # he would not attend, arrived in Istanbul"), and a presence before an absence is the
    # person's ("X met Y but did not attend the dinner")
    aside = _ASIDE.match(tail)
    bare = tail[aside.end() :] if aside else tail
    own = bare if aside and _OTHER_TIME.search(aside.group(0)) else tail
    present = _PRESENT.search(_NEWS_THAT.sub(lambda m: " " * len(m.group(0)), own))
    away = _own(_AWAY, bare)
    if present and (away is None or present.start() < away.start() + len(own) - len(bare)):
        return False
    if present and away and _UNDONE.search(own, away.end() + len(own) - len(bare), present.start()):
        return False  # "did not attend the dinner but joined the talks", "... then arrived"
    stayed = _STAYED_IN.search(bare) and not _STAYED_TO_MEET.search(bare)
    if away or (stayed and _elsewhere(bare, venues)):
        return True
    if _own(_MESSAGE, bare) or _MESSAGE_HEAD.match(head):
        return True
    if _PRAISED.match(bare) and (others or _MET.search(sentence[end:])):
        return True
    opener = head if _OPENER.match(head) else ""
    relative = aside.group(0) if aside and _RELATIVE.match(aside.group(0)) else ""
    if _FOLLOW.search(opener) or _own(_FOLLOW, bare) or _FOLLOW.search(relative):
        return _elsewhere(opener + " " + tail, venues)
    return False


def _opening_subject(cue: str, tail: str) -> bool:
    """Whether the mention is past the comma that closes an opening cause or channel phrase
    and opens, alone or with "and" names, a clause of presence ("Despite appeals from X, Y met
    Z": Y met). A list after the cue is read as before ("appeals from X, Y and Z")."""
    if "," not in cue:
        return False
    run = _AND_NAMES.match(tail)
    return _PRESENT.match(tail, run.end() if run else 0) is not None


_AND_NAMES = re.compile(r"(?:\s+and\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)*\s+")


def _own(pattern: re.Pattern[str], bare: str) -> re.Match[str] | None:
    """The cue in the person's own predicate: no other subject or speech tag before it."""
    match = pattern.search(bare)
    return match if match and not _NOT_OWN.search(bare[: match.start()]) else None


def offstage_party(value: str, ctx: Context) -> bool:
    """Whether every mention of ``value`` in the evidence puts them away from the meeting, or
    names them only in a part over others' meeting (:mod:`.third_parties`)."""
    return _away_only(value, ctx) or third_party(value, ctx)


def _away_only(value: str, ctx: Context) -> bool:
    status = str(getattr(ctx.fact, "status", "") or "")
    lowered = ctx.article.lowered
    if status not in ("held", "under_way") or not any(c in lowered for c in _CUES):
        return False
    names = _name_pattern(value)
    if names is None:
        return False
    texts = [ctx.article.text[s:e] for s, e in (ctx.article.sentences[i] for i in ctx.sentences)]
    venues = _venues(" ".join(texts))
    seen = False
    for sentence in texts:
        spans = _mentions(names, sentence)
        others = any(_MET.search(t) and not _ALONG.search(t) for t in texts if t != sentence)
        for start, end in spans:
            if not _offstage(sentence, start, end, others, venues):
                return False
            seen = True
    return seen


__all__ = ["offstage_party"]
