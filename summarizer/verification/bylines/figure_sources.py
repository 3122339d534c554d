"""A source cited for a figure or a judgment, not for words (session 38, round 2, r2speakers):
on checks 86-91 eight ``cited_sources`` names were left unconfirmed ("on the page, but nothing
is cited from it") and one refused as a credit line, where the page credits a number or a
verdict to them with no verb of saying: "Fitch Ratings puts the insured losses at $10 billion",
"Bloomberg reckons roughly $465 billion ... is gone", "Coresight Research expects as many as
15,000 shops to close", "Ankura's tracker counted 72 deals", "forecast in an LSEG survey of
analysts", "Analysts polled by LSEG had pencilled in", "By The Wall Street Journal's
arithmetic, ten gigawatts ...".

The form of English: news copy attributes a figure to its maker in three syntactic frames, and
each makes the name the source:

- the name is the *subject* of a verb of reckoning (estimate, reckon, expect, forecast,
  project, predict, count, tally, calculate, put/peg/value ... at, call it, rank, rate, find,
  show, track, record), in the present or past, after nothing but a sentence opening, a time
  stamp, a clause joint or a descriptor ("The analytics firm Elliptic later put ... at", and
  with no determiner at the sentence's opening, "Consultancy Penrose Retail expects"), past a
  comma aside ("X, which tracks tankers by satellite, counted 41"); "sees" before a figure's
  "-ing" ("sees rents rising 2%") and "thinks" before a figure forecast too (session 41);
- the name *owns or modifies a measuring noun* ("Ankura's tracker", "Reuters's tally", "an
  LSEG survey", "a Fitch estimate", "Dealogic data show", "X's latest quarterly survey found");
- the name is the *agent of a measuring participle* or the maker in "by/on the count of X"
  ("polled by LSEG", "compiled by the tracking service X", "by the reckoning of X", "data from
  X").

Must still fail (a plain mention stays unconfirmed): the name as the *object* of such a verb
("Analysts expect Coinglass to list"), after a preposition ("investors in Fitch expect"), as
the passive subject ("Fitch was valued at"), under a denial ("Fitch declined to put a figure
on"), with a verb of its own plans ("expects to hire", "calls for"), as the one surveyed ("a
poll of Tesco shoppers") or owning no measuring noun ("Ankura's shares", "an LSEG spokesman").
Session 43 (fa43s, from checks 51, 75, 76, 92, 97): a measure the name modifies that a
preposition of drawing takes ("a figure taken from CSO data", "according to X survey figures",
"using X data", "per X estimates"; not "in": "the flaw in Kelso data"), a measure named as a
title the name owns, its capitalised words ending in a measure's noun ("Drewry's composite
World Container Index", "the Farm Ministry's Food Price Outlook"; not "X's Index Fund", "X's
Forecast Cup"), and a name joined by "and" to a maker credited just before it ("Figures from
the NRF and Happy Returns show"; not "a poll of Tesco and Aldi shoppers").
A line opening "By" stays a byline unless it is a sentence that opens "By X's count," or "By
the count of X,".
"""

from __future__ import annotations

import re

# Measuring nouns: what a maker of figures produces (English's closed-ish class).
_MEASURE = (
    r"(?:tracker|tracking|index|modell?ing|arithmetic|reckoning|maths?|research|study|"
    r"rankings?|database|forecasts?|measures?|gauge|statistics|stats|assessment|"
    r"review|audit|valuation|tally|count|estimates?|survey|poll|calculations?|numbers|data|"
    r"figures|projections?|analysis|consensus|tabulation|monitor)"
)
# A measure its maker publishes (no "ranking" or "figures", which may be of the owner).
_MADE = (
    r"(?:tracker|index|modell?ing|research|study|database|forecasts?|gauge|statistics|"
    r"assessment|review|audit|tally|count|estimates?|survey|poll|calculations?|data|"
    r"projections?|analysis|tabulation|monitor)"
)
# What the "at" of a valuation takes: an amount ("at $10 billion", "at between", "at roughly"),
# never a place or a time ("placed third at the championships", "put three goals past Corby at
# the weekend", "set the pace at the top").
_AMOUNT = (
    r"(?:[$\u00a3\u20ac\u00a5\d]|(?:US|A|C|HK)\$|(?:about|around|roughly|some|nearly|almost|"
    r"close\s+to|more\s+than|less\s+than|fewer\s+than|over|under|up\s+to|as\s+(?:much|many|"
    r"high|low|little)\s+as|between|just|only|half|a\s+(?:third|quarter|fifth|tenth|half)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|zero|nil|nothing)\b)"
)
_ADVERB = (
    r"(?:now|later|also|previously|earlier|separately|still|currently|further|then|already|"
    r"since|this\s+week|last\s+week|on\s+\w+day)"
)
# Verbs of reckoning in the forms a subject takes, with the frames that keep them reckoning.
# A forecast's verb of change after "sees" ("sees rents rising 2%", "sees the Fed cutting").
_CHANGING = (
    r"(?:rising|falling|climbing|dropping|growing|shrinking|cutting|raising|increasing|"
    r"decreasing|slowing|reaching|hitting|topping|easing|declining|gaining|losing|peaking|"
    r"averaging|slipping|sliding|jumping|soaring|tumbling|doubling|halving|expanding|"
    r"contracting|holding|staying|remaining|ending|finishing)"
)
# A quantity a judgment gives: a share or a sum ("40 per cent", "$3bn"), or a hedged number
# ("about 40", "as many as 9,000"), never a bare year or a small count of things.
_QUANTITY = (
    r"(?:\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?)|[$\u00a3\u20ac]\s?\d|"
    r"\b(?:about|around|roughly|nearly|almost|some|approximately|as\s+many\s+as|"
    r"up\s+to|at\s+least|more\s+than|fewer\s+than|less\s+than)\s+\d)"
)
_RECKON = (
    r"(?:estimates|estimated|estimate|reckons|reckoned|forecasts|forecast|forecasted|projects|"
    r"projected|predicts|predicted|tallies|tallied|calculates|calculated|computes|computed|"
    r"(?:ranks|ranked|rates|rated)(?!\s+(?:among|amongst|as|alongside|with|in|behind|above)\b)|"
    r"finds|found|shows|showed|tracks|tracked|records|recorded|logs|"
    r"logged|measures|measured|gauges|assesses|assessed|(?:counts|counted|count)"
    r"(?!\s+(?:on|among|as)\b)|expects|expect(?!\s+to\b)|expected(?!\s+to\b)|"
    # a forecast's "sees rents rising 2%", a judgment's "thinks 40 per cent ..." (a figure after)
    # (a verb of change, not "sees players training at 7am"; a quantity, not "thinks the 2026
    # World Cup will be his last" or "thinks her 2 children deserve", review rv41b)
    rf"sees(?=\s+(?:[\w'-]+\s+){{1,3}}{_CHANGING}\b[^.;:!?]*?\d)|"
    r"thinks(?!\s+(?:of|over|twice|back|ahead|about\s+\w+ing)\b)"
    rf"(?=[^.;:!?]*?{_QUANTITY})|"
    r"(?:calls|called)(?=\s+(?:it|them|this|that|these|those)\b)"
    r"(?!\s+it\s+(?:a\s+(?:day|night)|quits|time)\b)|"
    r"(?:puts|put|pegs|pegged|values|valued|prices|priced|places|placed|sets|set)"
    rf"(?=[^.;:!?]{{1,100}}?\bat\s+{_AMOUNT})"
    # a sale's asking price is no valuation ("put its office up for sale at £40m", rv41b)
    r"(?![^.;:!?]{1,60}?\b(?:up\s+for\s+(?:sale|auction)|on\s+(?:the\s+)?market|on\s+sale)\b))"
)
# A measure's verb of change ("rose 2.1%", "doubled"): said of the possessor's own measure
# ("Halvard's valuation doubled", "Okafor's goal tally rose to 19") unless an "of" names what
# the measure is of ("X's index of London rents rose 2.1%": X made the index; review rvr2s38).
CHANGED = (
    r"(?:rose|rises|risen|fell|falls|fallen|climbed|climbs|jumped|jumps|doubled|doubles|"
    r"dropped|drops|slipped|slips|grew|grows|increased|increases|decreased|decreases|soared|"
    r"soars|tumbled|tumbles|dipped|dips|edged|eased|eases|improved|improves|worsened)"
)
# A number in words that a performance's figures give ("figures of five for 42").
SMALL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|zero)"
# A published measure of something, owned by its maker: "X's index of London rents rose 2.1%",
# "X's monthly survey of factory bosses fell to 48.2"; the "of" takes words, not a number (a
# tally "of 19 goals" is the owner's), and a figure follows the verb of change.
_MEASURE_OF = re.compile(
    r"(?:'s|\u2019s|'|\u2019)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:index|survey|tracker|gauge|poll|"
    r"barometer)\s+of\s+(?!(?:\d|an?\b|his\b|her\b|its\b|their\b))"
    rf"(?:[\w'\u2019-]+\s+){{1,5}}?{CHANGED}\b[^.;:!?]{{0,40}}?\d",
    re.IGNORECASE,
)
# Another maker the rest of the sentence credits the measure to ("Japan's survey of large
# manufacturers rose to 13, the Bank of Japan said", "according to the ISM-Chicago report", "a
# survey by Which? found"): the possessor is what is measured, not its maker (review rv44e).
_MADE_ELSEWHERE = re.compile(
    r",\s*(?:the\s+)?(?:(?-i:[A-Z])[\w&.'\u2019-]*\s+){1,5}(?:said|says|reported|reports|found|"
    r"finds|showed|shows)\b|\b(?:according\s+to|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    rf"(?:,(?:(?!\b(?:which|who|that)\b)[^,.;]){{1,60}},|"
    rf",\s*(?:which|who)\s+(?-i:[a-z])[^,.;]{{1,60}},)?\s+"  # "X, which runs 200 stations, counted"
    rf"(?:(?:has|had|have)\s+)?(?:{_ADVERB}\s+){{0,2}}(?:(?:has|had|have)\s+)?{_RECKON}\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)
# What may stand before a subject: a sentence opening, a stamp's dash, a comma or a joint,
# after a descriptor that opens with a determiner ("The analytics firm", "the ratings agency").
_TRADE = (
    r"(?:firm|company|agency|group|provider|service|consultancy|house|bank|broker|researchers?|"
    r"tracker|site|website|platform|outfit|lender|watchdog|regulator|body|organi[sz]ation|"
    r"institute|tank|exchange|operator|publisher|insurer|adviser|advisor|analyst|pollster|"
    r"monitor|brokerage|forecaster|consultants?)"
)
_DESCRIPTOR = re.compile(
    rf"\b(?:the|a|an|its|their|our|rival|fellow)\s+(?:[\w-]+\s+){{0,2}}{_TRADE}\s+$",
    re.IGNORECASE,
)
# The name in apposition to a trade that opens the clause, the verb after its closing comma
# ("A rival forecaster, Corbel Economics, expects growth of 1.2%"; session 44, gsp44b).
_APPOSED = re.compile(
    rf"(?:^|[;:]|\b(?:and|but|while))\s*(?:the|a|an|its|one|rival|another)\s+"
    rf"(?:[\w-]+\s+){{0,2}}{_TRADE},\s*(?:the\s+)?$",  # "The think tank, the Resolution Trust,"
    re.IGNORECASE,
)
# A bare descriptor opening the sentence, with no determiner, as headline English writes a trade
# before a name ("Consultancy Penrose Retail expects", "Investment bank X puts", "Property
# portal X reckons"); no preposition among its words ("Analysts at bank X" names others).
_BARE_DESCRIPTOR = re.compile(
    r"^\s*(?:(?!(?:at|of|in|for|from|with|by|on|to|and|or|the|a|an)\b)[\w-]+\s+){0,2}"
    r"(?:firm|company|agency|group|provider|service|consultancy|bank|broker|researchers?|"
    r"tracker|site|website|platform|portal|house|lender|insurer|adviser|advisor|pollster|"
    r"monitor|brokerage|consultants?|researcher|forecaster|economist|analyst)\s+$",
    re.IGNORECASE,
)
_SUBJECT_SLOT = re.compile(
    r"(?:^|[,;:\u2014\u2013-]|\b(?:and|but|while|whereas|though|although|yet|so|meanwhile))\s*$",
    re.IGNORECASE,
)
_OWNS_MEASURE = re.compile(
    rf"(?:'s|\u2019s|'|\u2019)\s+(?:(?:own\s+|latest\s+|new\s+|[\w-]+\s+)?{_MEASURE}|"
    # two modifiers only before what a maker publishes ("X's latest quarterly survey"), not
    # a person's "latest world ranking" or "best bowling figures" (review rv41b)
    rf"(?:own|latest|new)\s+[\w-]+\s+{_MADE})\b",
    re.IGNORECASE,
)
# A thing a measure's word or title may name before its own noun ("Kelso data servers", "X's
# Heart Monitor app", "X's Global Tech Index fund"): no measure then (review rv43g).
_THING = (
    r"(?:servers?|systems?|networks?|storage|cables?|funds?|apps?|satellites?|devices?|"
    r"tools?|trusts?|products?|platforms?|headsets?|watch(?:es)?)"
)
_MODIFIES_MEASURE = re.compile(
    rf"\s+{_MEASURE}\b(?!\s+(?:breach|cent(?:re|er)s?|leak|theft|privacy|{_THING})\b)",
    re.IGNORECASE,
)
# A measure named as a title its maker publishes, owned by the name ("Drewry's composite World
# Container Index", "the Farm Ministry's Food Price Outlook"): its capitalised words end in a
# measure's noun, so it is no "Index Fund" or "Data Centre" of the owner's.
_NAMED_MEASURE = re.compile(
    r"(?:'s|\u2019s|'|\u2019)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:(?-i:[A-Z])[\w&-]*\s+){0,4}"
    r"(?-i:Index|Survey|Outlook|Tracker|Monitor|Barometer|Census|Forecast|Report|Review)"
    rf"(?![\w-]|\s+(?-i:[A-Z])|\s+{_THING}\b)",
)
# What takes a figure out of a measure the name modifies ("taken from CSO data", "according to
# Halden survey figures"): a preposition of drawing, not "in" or "on" ("the flaw in Tesla data").
_DRAWN_FROM = re.compile(r"\b(?:from|according\s+to|using|per)\s+(?:the\s+)?$", re.IGNORECASE)
# A name joined by "and" to a maker named just before it ("Figures from the National Retail
# Federation and Happy Returns show"): the second is credited as the first is.
# Its "for" only after a body's head ("the Office for National Statistics"): "compiled by Pellow
# Research for Marram Capital" names a client, no maker to join (review rv43g).
_FOR_HEADS = (
    "Office Department Centre Center Institute Council Commission Bureau Agency Foundation Trust"
)
_FOR = "".join(f"|(?<={head})\\s+for" for head in _FOR_HEADS.split())
_JOINED = re.compile(
    rf"((?-i:[A-Z])[\w'\u2019&.-]*(?:\s+(?:(?-i:[A-Z])[\w'\u2019&.-]*|of|&){_FOR})*)"
    r"\s+and\s+(?:the\s+)?$"
)
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|latest|new)\s+$", re.IGNORECASE)
_AGENT = re.compile(
    r"\b(?:polled|surveyed|canvassed|tracked|estimated|calculated|computed|forecast|projected|"
    r"counted|measured|logged|ranked|rated|tallied|compiled|monitored)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
# A passive with its auxiliary ("The calls were monitored by", "The site was surveyed by") is an
# action done to a thing; it credits a figure only when a measure is its subject ("The figures
# were compiled by").
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+\s+by\s+(?:the\s+|an?\s+)?"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
_MEASURE_WORD = re.compile(rf"\b{_MEASURE}\b", re.IGNORECASE)
# A possessive credits its maker when its measure shows or puts a figure, or stands after "by",
# "on", "according to", "in", "under" ("On X's count,", "X's tracker counted", "X's figures
# show"); otherwise the possessor is what is measured ("Varga's world ranking slipped",
# "Halvard's valuation doubled", "the Treasury's new measures come into force").
_SHOWS = re.compile(
    r"(?:\s+of\b[^,.;:]{0,60}?)?\s+(?:(?:also|now|last\s+\w+|this\s+\w+)\s+)?"
    r"(?:shows?|showed|shown|finds?|found|suggests?|suggested|puts?|pegs?|pegged|counted|counts|"
    r"estimates?|estimated|reckons?|reckoned|indicates?|indicated|reveals?|revealed|"
    r"records?|recorded|tallied|tallies|calculates?|calculated|forecasts?|projects?|projected|"
    r"predicts?|predicted)\b",
    re.IGNORECASE,
)
_CREDITED_AFTER = re.compile(
    r"\b(?:by|on|according\s+to|in|under|from|using|per)\s+(?:the\s+)?$", re.IGNORECASE
)
_MAKER_OF = re.compile(
    rf"\b(?:(?:by|on|in|from)\s+(?:the|an?|its)\s+(?:own\s+|latest\s+)?"
    rf"(?:count|reckoning|estimates?|tally|calculations?|arithmetic|figures|measure|data|"
    rf"numbers|tracking|analysis)\s+of|{_MEASURE}\s+(?:from|by))\s+"
    r"(?:the\s+|an?\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
_BY_MEASURE = re.compile(
    rf"^\s*by\s+(?:[^,.;]{{1,80}}?(?:'s|\u2019s|')\s+(?:own\s+|latest\s+)?{_MEASURE}\s*,|"
    rf"(?:the|its|their|our)\s+(?:own\s+)?{_MEASURE}\s+of\b)",
    re.IGNORECASE,
)


def _subject_slot(before: str) -> bool:
    """Whether the words before a name leave it the subject of its clause."""
    described = _DESCRIPTOR.search(before)
    if described is not None:
        before = before[: described.start()]
    elif _BARE_DESCRIPTOR.match(before):
        return True
    return _SUBJECT_SLOT.search(before) is not None


# Verbs of doing that also reckon ("found", "tracked", "counted", "shows"): they give a figure
# only when their object holds one or a "that" clause follows ("Kelso counted 41 idling", "a
# survey found rents up 6.2 per cent"); their other objects are deeds ("Arsenal found the
# net", "found itself at the centre of", "counted the cost of", "shows no sign of slowing at
# 71", "tracked the stolen van for 20 miles": a figure after a preposition measures the deed).
_DOING = re.compile(
    r"(?:finds|found|shows|showed|tracked|recorded|logged|counted|measured)\b", re.IGNORECASE
)  # not "tracks", "records", "counts": a present of habit tells a trade ("X tracks every ship")
_FIGURE = re.compile(
    r"\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|per\s*cent|percent)\b",
    re.IGNORECASE,
)
# A figure of time or distance: how long or how far the deed ran, which the doer measures of
# itself ("Priya Nair logged 40 hours", "she recorded 26 miles"), no count of the world's things.
_SPAN = re.compile(
    r"[\w.,-]*\s*(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|miles?|"
    r"kilomet(?:er|re)s?|km|metres?|meters?|laps?|innings|times)\b",  # "found the net 19 times"
    re.IGNORECASE,
)
_ADJUNCT = re.compile(
    r"\b(?:for|of|along|across|through|over|around|into|at(?!\s+(?:least|most)\b)|in|on|with|"
    r"before|after|during|from|by|to|itself|himself|herself|themselves|no)\b",
    re.IGNORECASE,
)


# A "that" clause after the verb, past an adverb or a short adjunct of time ("found that",
# "found in May that", "found last week that", "found, in a 2024 survey, that"): a reckoning.
_THAT = re.compile(
    r"\s*,?\s*(?:\w+ly\s+)?(?:(?:in|on|at|during|last|this|earlier|early|late)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+\s*,?\s+)?that\b",
    re.IGNORECASE,
)


_LEAD = re.compile(
    r"(?:\s*,[^,.;:!?]{1,60},)?"  # an aside between the maker and its verb
    r"\s*(?:(?:has|had|have|also|first|later|earlier|previously|then|now)\s+)*",
    re.IGNORECASE,
)


def deed_verb(sentence: str, stop: int) -> bool:
    """Whether the name ending at ``stop`` is the subject of a verb of doing (``_DOING``) whose
    object is a deed: no "that" after it, and no figure before a preposition, a reflexive or
    a "no" ("Arsenal found the net", "tracked the stolen van for 20 miles")."""
    lead = _LEAD.match(sentence, stop)
    verb = _DOING.match(sentence, lead.end() if lead is not None else stop)
    if verb is None and sentence.startswith(",", stop):  # an appositive's closing comma
        return deed_verb(sentence, stop + 1)  # ("A rival firm, Kelso, counted the cost")
    if verb is None:
        return False
    rest = re.split(r"[.;:!?]", sentence[verb.end() :], maxsplit=1)[0]
    if _THAT.match(rest):
        return False
    adjunct, figure = _ADJUNCT.search(rest), _FIGURE.search(rest)
    if figure is not None and _SPAN.match(rest, figure.start()):
        return True  # "logged 40 hours in the simulator", "tracked it 20 miles": the deed's extent
    return figure is None or (adjunct is not None and adjunct.start() < figure.start())


def figure_cited(sentence: str, at: int, stop: int) -> bool:
    """Whether the sentence gives the name at ``sentence[at:stop]`` a figure or a judgment
    (see the module)."""
    before = sentence[max(at - 120, 0) : at]
    if (
        _SUBJECT_VERB.match(sentence, stop)
        and _subject_slot(before)
        and not deed_verb(sentence, stop)
    ):
        return True  # "Fitch Ratings puts the losses at", "Bloomberg reckons"
    if (
        sentence.startswith(",", stop)
        and _APPOSED.search(before)
        and _SUBJECT_VERB.match(sentence, stop + 1)
        and not deed_verb(sentence, stop + 1)
    ):
        return True  # "A rival forecaster, Corbel Economics, expects growth of 1.2%"
    owned = _OWNS_MEASURE.match(sentence, stop)
    if owned is not None and (
        _CREDITED_AFTER.search(before) or _SHOWS.match(sentence, owned.end())
    ):
        return True  # "Ankura's tracker counted", "On X's count,"
    measured = _MEASURE_OF.match(sentence, stop)
    rest = re.split(r"[.;!?](?!\d)", sentence[measured.end() :] if measured else "")[0]
    elsewhere = _MADE_ELSEWHERE.search(rest)
    if measured and (elsewhere is None or sentence[at:stop].split()[0] in elsewhere.group()):
        return True  # "Harcourt Lane's index of London rents rose 2.1%": a measure it makes
    if _NAMED_MEASURE.match(sentence, stop):
        return True  # "Drewry's composite World Container Index": a measure it publishes
    modified = _MODIFIES_MEASURE.match(sentence, stop)
    if modified is not None and (_DETERMINED.search(before) or _DRAWN_FROM.search(before)):
        return True  # "an LSEG survey of analysts", "a figure taken from CSO data"
    if modified is not None and _SHOWS.match(sentence, modified.end()) and _subject_slot(before):
        return True  # "Dealogic data show": the measure the name modifies opens the clause
    agent = _AGENT.search(before)
    if agent is not None and _PASSIVE.search(before) and not _MEASURE_WORD.search(before):
        agent = None  # "The calls were monitored by Interpol": an action on a thing
    if agent or _MAKER_OF.search(before):
        return True  # "polled by LSEG"
    joined = _JOINED.search(before)  # "Figures from the NRF and Happy Returns show": either
    if joined is None:
        return False
    offset = at - len(before)
    return figure_cited(sentence, offset + joined.start(1), offset + joined.end(1))


def by_measure_line(line: str) -> bool:
    """Whether a line opening "By" is a sentence crediting a measure ("By X's count, ...", "By
    the reckoning of X, ..."), no byline."""
    return _BY_MEASURE.match(line) is not None


__all__ = ["CHANGED", "SMALL_NUMBER", "by_measure_line", "deed_verb", "figure_cited"]
