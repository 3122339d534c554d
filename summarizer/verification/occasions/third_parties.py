"""A person the page names only in a part over a meeting of others is no party of it
(session 41, closer gpa41).

:mod:`.offstage_parties` refuses one the page puts away from a held meeting. English also
names a person who stands over others' meeting without sitting in it, and each such mention
says who met, and that this person was not among them:

- the one who chairs, convenes, moderates, organises, sponsors, brokers, asks for or proposes
  a meeting the page gives to others, or carries notes between them (session 42, gpa42) ("the
  session between the two delegations was presided over by X", "X brokered the meeting
  between the two presidents", "At the request of X, A and B met", "The summit, proposed by
  X, opened ... with the African leaders alone"), or who urges others to meet ("X urged
  Belgrade and Pristina to meet");
- the witness of others' signing ("signed the pact at a ceremony witnessed by X", "in the
  presence of X", "watched by X");
- the teller of others' meeting ("A and B met, said X, a spokesman", "X, who skipped the
  talks, said A and B met", "X ... said he welcomed the outcome of the talks between A and
  B"), and one told it as its interviewer ("told interviewer X");
- the other side of a meeting the page says did not happen ("had not been able to meet X",
  "had wanted to meet X", "could not meet X", "had been due to meet X", "a meeting with his
  deputy, X, was scrapped"), or one who "should have been here", "was supposed to attend";
- one whose own clause sets them in a place while the meeting is told in another ("received
  the envoy in Jeddah while the leaders met in Washington"), one who met "each delegation
  separately" (shuttle talks are no meeting of the sides), one who opened it "with a
  prerecorded speech".

A mention is read so only when its own words say it; one mention that does not keeps the
older verdict ("X presided over the talks", "X said after meeting Y", "X said he met Y"; not
"he met reporters", nor another's "who led" in what X tells).
"""

from __future__ import annotations

import re

from ..context import Context, only_mentioned_as

_LEAD = (
    r"(?:(?:the|a|an|his|her|their|its|(?-i:[A-Z][\w'.-]*)|[a-z]+-?[a-z]*)(?:'s)?\s+"
    r"|(?-i:[a-z]+),\s+){0,6}"
)  # no comma after a name: "At the request of X, Y and Z met" is Y's presence
# Others' meeting: "between", "alone", "A and B met", "the two ... met", a signing.
_OTHERS = re.compile(
    r"\bbetween\b(?!\s+(?:\d|noon|midnight|dawn|dusk|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
    r"|\balone\b|\b(?:and|two|both)\s+(?:[A-Z][\w'-]*\s+){0,3}(?:\w+\s+)?met\b",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\b(?:signed|signing|sign)\b", re.IGNORECASE)
# X named after the verb of one standing over the meeting, passive or as a cause.
_OVER_BY = re.compile(
    r"(?:\b(?:presided\s+over|brokered|proposed|requested|suggested|initiated|mediated)\s+by"
    r"|\bat\s+the\s+(?:request|behest|suggestion)\s+of)\s+" + _LEAD + "$",
    re.IGNORECASE,
)
# Chairing or convening by X a meeting "between" others the sentence counts or describes ("the
# two governors", "the Latvian and Lithuanian ministers"), not one between named sides, one of
# which the chair may lead ("talks between Vietnam and Laos ... chaired by the Prime Minister")
_CHAIRED_BY = re.compile(
    r"\b(?:chaired|convened|moderated|organi[sz]ed|sponsored|facilitated)\s+by\s+" + _LEAD + "$",
    re.IGNORECASE,
)
_BETWEEN_OTHERS = re.compile(r"\bbetween\s+(?:the|two|both)\b", re.IGNORECASE)
_WITNESS_BY = re.compile(
    r"\b(?:witnessed|watched|observed)\s+by\s+"
    + _LEAD
    + r"$|\bin\s+the\s+presence\s+of\s+"
    + _LEAD
    + "$",
    re.IGNORECASE,
)
_ASIDE = r"(?:\s*,[^,]*,|,)?"
# X as the subject of brokering or urging others' meeting.
_OVER_VERB = re.compile(
    _ASIDE + r"\s+(?:brokered|mediated|arranged|urged|pressed|encouraged|persuaded)\s+"
    r"(?:the\s+(?:meeting|talks|summit)\s+between|(?:\w+\s+){1,4}to\s+meet)\b"
    # a go-between: "carried notes between the two delegations", "shuttled between the sides"
    r"|" + _ASIDE + r"\s+(?:carried|ferried|passed|relayed)\s+(?:\w+\s+){0,2}(?:notes|messages"
    r"|letters|proposals|offers)\s+between\b|" + _ASIDE + r"\s+shuttled\s+between\b",
    re.IGNORECASE,
)
# X as a speech tag: "said X", "X, a spokesman, said", "X told".
_SAID_BEFORE = re.compile(
    r"[,\"'\u201d]\s*(?:said|says|according\s+to)\s+" + _LEAD + "$", re.IGNORECASE
)
_TAG_END = re.compile(r"\s*(?:[,.;]|$)")
_SAID_AFTER = re.compile(_ASIDE + r"\s+(?:said|says|told)\b", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:met|talks\s+between|meeting\s+between)\b", re.IGNORECASE)
# The teller's own presence in what they tell: "he met", "after meeting Y", "we met".
# ("he met reporters" is a press meeting, none of the talks told)
_OWN_PRESENCE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)\s+(?:and\s+(?:[\w'-]+\s+){1,3})?(?:had\s+|has\s+|have\s+)?"
    r"(?:met|held|attended|joined|hosted|chaired|sat)\b(?!\s+(?:the\s+)?(?:reporters|journalists"
    r"|press|media|cameras)\b)|\b(?:after|before|while|when)\s+(?:meeting|attending|hosting"
    r"|chairing|talks\s+with)\b",
)
# A "who" clause is the teller's own only in the teller's aside ("X, who attended, said"), not
# another's ("X said the minister, who led the delegation, met")
_OWN_WHO = re.compile(
    r"^(?:\s*,[^,]*?)?,?\s+who\s+(?:had\s+|has\s+)?(?:met|attended|joined|hosted|chaired"
    r"|took\s+part|led)\b",
)
_INTERVIEWER = re.compile(
    r"\b(?:told|asked\s+by|speaking\s+to|interviewed\s+by|in\s+an\s+interview\s+with)\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:interviewer|presenter|reporter|journalist|anchor|correspondent"
    r"|broadcaster|host)\s+$",
    re.IGNORECASE,
)
_UNMET_LEAD = re.compile(
    r"\b(?:(?:not\s+(?:been\s+)?|un)able\s+to|failed\s+to|(?:had\s+)?(?:wanted|hoped|wished)"
    r"\s+to|did\s+not\s+get\s+to|never\s+got\s+to|(?:could|can)\s*(?:not|n't)"
    r"|(?:was|were)\s+supposed\s+to|had\s+been\s+(?:due|supposed|scheduled|expected|set)\s+to)"
    r"\s+(?:meet|see|sit\s+down)(?:\s+with)?\s+" + _LEAD + "$",
    re.IGNORECASE,
)
_APPOSED_MEETING = re.compile(r"\b(?:meeting|talks)\s+with\s+" + _LEAD + r"$", re.IGNORECASE)
_DROPPED = re.compile(
    r"^,?\s+(?:was|were|had\s+been|has\s+been)\s+(?:scrapped|cancell?ed|called\s+off|shelved"
    r"|postponed|dropped|axed)\b(?!.*\b(?:went\s+ahead|took\s+place|was\s+held)\b)",
    re.IGNORECASE,
)
# "should have been here", not "would have been forgiven for skipping" nor "could have come
# alone but brought his cabinet" (a counterfactual of another kind, then what they did)
# "was supposed to attend", "had been due to attend": a presence planned and not kept
_COUNTERFACTUAL = re.compile(
    r"^\s+(?:should|could|would|ought\s+to)\s+have\s+(?:been\s+(?:here|there|present|at|in|among)"
    r"|(?:come|attended|joined|travelled)(?!\s+(?:alone|but|yet)\b))\b"
    r"|^\s+(?:(?:was|were)\s+supposed|had\s+been\s+(?:due|supposed|scheduled|expected|set))"
    r"\s+to\s+(?:attend|join|come\s+to|travel\s+to|be\s+(?:at|there|present))\b"
)
_SEPARATELY = re.compile(
    _ASIDE + r"\s+(?:met|meets|saw)\s+(?:each|both|the\s+two|the\s+)\s*(?:\w+\s+){0,2}"
    r"(?:separately|in\s+turn)\b|" + _ASIDE + r"\s+held\s+separate\s+(?:talks|meetings)\b",
    re.IGNORECASE,
)
_RECORDED = re.compile(
    _ASIDE + r"\s+(?:opened|addressed|closed)\s+(?:\w+\s+){1,3}with\s+a\s+(?:pre-?recorded"
    r"|recorded|taped)\s+(?:\w+\s+)?(?:speech|address|message|statement|video|remarks)\b",
    re.IGNORECASE,
)
# X's own clause in a place, the meeting in another clause at another place.
# "as" cuts a clause of its own ("as the leaders met"), not a role ("as chairman of the summit")
_CLAUSE_CUT = re.compile(
    r"\s+(?:while|after|whereas|as(?=\s+(?!(?:the\s+)?(?:host|chair|chairman|chairwoman|head)\b)"
    r"(?:the|a|an|he|she|they|both|(?-i:[A-Z]))\b))\s+",
    re.IGNORECASE,
)
_OWN_MEETS = re.compile(r"\b(?:met|meets|talks|hosted|attended|joined|sat|summit|chaired)\b")
_IN_PLACE = re.compile(r"\bin\s+([A-Z][\w'-]+)")
_VENUE = re.compile(
    r"\b(?:met|meet|talks|summit|meeting)\s+(?:\w+\s+){0,3}?in\s+([A-Z][\w'-]+)"
    r"|\b(?!(?:The|A|An|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)([A-Z][\w'-]+)\s+"
    r"(?:summit|meeting|talks)\b"
)
# The sentence seats the person after all, whatever part it also gives them: their own clause
# ("X, who then sat down with", "..., and then joined them"), a reflexive or a pronoun the
# meeting takes ("between herself and", "finally met him in", "spent two hours with her in",
# "her and the minister alone"), the speaker's own meeting ("The two of us met", "our two
# nations"), "in person", "his own home", "all three", "before chairing a joint session".
_SEATED = re.compile(
    r"\b(?:himself|herself|the\s+two\s+of\s+us|our\s+two|in\s+person|all\s+three|the\s+(?:three"
    r"|four)\s+of\s+them|(?:his|her)\s+own\s+(?:home|table|office|ministry|residence)"
    r"|(?:met|meet|joined|join|hosted|received|with)\s+(?:him|her|them)(?=\s+(?:in|at|on|for|over"
    r"|again|together)\b|[.,;]|$)|(?:between|and)\s+(?:him|her)(?=\s+(?:lasted|had|has|was|were"
    r"|went|ended|met|in|at|on|for|over)\b|[.,;]|$)|(?:him|her)\s+and\s+the\b"
    r"|(?-i:he|she)\s+and\s+(?:[\w'-]+\s+){1,3}met|(?:sat|met)\s+(?:down\s+)?together"
    # the one over the talks seated at them after all (review rv42p): "where he sat at the head
    # of the table", "before sitting down with both leaders together"
    r"|where\s+(?-i:he|she)\s+(?:sat|joined|took\s+part)\b|(?:sat|sitting)\s+down\s+with\s+both\b"
    r"|(?:before|then|and)\s+(?:chairing|hosting|joining|leading))\b",
    re.IGNORECASE,
)
# A missed meeting that was only put off or was no meeting ("could not meet X until Friday",
# "could not meet X's demands"), a planned presence kept ("was supposed to attend only the
# dinner but stayed for the talks", "had been expected to attend and flew in"): review rv42p
_PUT_OFF = re.compile(r"^(?:['\u2019]s\b|\s+(?:until|till)\b)", re.IGNORECASE)
_KEPT = re.compile(
    r"\b(?:but|and|yet)\s+(?:then\s+|later\s+|still\s+)?(?:stayed\s+(?:for|on)|arrived|flew\s+in"
    r"|came|joined|attended|turned\s+up|showed\s+up|made\s+it)\b",
    re.IGNORECASE,
)
_OWN_TAIL = re.compile(
    r"^(?:\s*,[^,]*,)?,?\s+(?:who|and)\s+(?:also\s+|then\s+|later\s+)?(?:met|sat|joined|chaired"
    r"|hosted|led|headed|attended)\b|^\s*,[^,]*\b(?:at\s+the\s+table|in\s+the\s+room)\b[^,]*,",
    re.IGNORECASE,
)
# The person apposed to a clause that has them lead one side (review rv42p): "The envoy who
# led the Japanese delegation, X, said the two sides met" sits at the table as a side's head.
_LED_SIDE_LEAD = re.compile(
    r"\bwho\s+(?:also\s+)?(?:led|leads|headed|heads)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:(?!mediat|observ|monitor|security|press|organi[sz]|secretariat|joint|technical|facilitat"
    r"|UN\b|AU\b|African\s+Union|United\s+Nations)[\w'-]+\s+){0,3}"
    r"(?:delegation|side|team|negotiators|delegates)\s*,\s*$",
    re.IGNORECASE,
)
# The summit a pronoun opening the sentence hosted or chaired (review rv41p): "At the summit
# she hosted in Durban, the two leaders signed a pact in the presence of X": the pronoun, with
# no name before it, is X, the host at its own table. Not another occasion's ("last year's").
_OWN_SUMMIT = re.compile(
    r"\b(?:At|On|In|During|After|Before|Over|The)[ \t]+(?:[a-z]+[ \t]+){0,5}"
    r"(?<!last )(?<!previous )(?<!next )(?<!earlier )(?:summit|forum|conference|retreat)[ \t]+"
    r"(?:that[ \t]+|which[ \t]+)?(he|she)[ \t]+(?:had[ \t]+)?(?:hosted|chaired|convened)\b"
)
# A title of the other gender right before the mention: "he hosted ... by Mrs X" is no X.
_TITLED = {"he": re.compile(r"\b(?:Mrs|Ms|Miss|Dame|Lady|Queen)\.?\s*$"),
           "she": re.compile(r"\b(?:Mr|Sir|Lord|King)\.?\s*$")}  # fmt: skip


def _mentions(value: str, sentence: str) -> list[tuple[int, int]]:
    """Each mention of the person by their capitalised name words, a short gap merged."""
    names = [p for p in value.split() if p[:1].isupper() and len(p) > 2]
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(sentence):
        gap = sentence[spans[-1][1] : match.start()] if spans else ""
        if spans and re.fullmatch(r"[\s\w-]{0,5}|(?:\s+[a-z]{1,4})+\s+", gap):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append((match.start(), match.end()))
    return spans


def _elsewhere(tail: str) -> bool:
    """The mention's clause sets it in a place and the clause after it tells the meeting at
    another ("received the envoy in Jeddah while the leaders met in Washington")."""
    cut = _CLAUSE_CUT.search(tail)
    if cut is None:
        return False
    own, rest = tail[: cut.start()], tail[cut.end() :]
    if _OWN_MEETS.search(own):
        return False
    places = set(_IN_PLACE.findall(own))
    venues = {a or b for a, b in _VENUE.findall(rest)} - {p for p in places if p.isupper()}
    venues = {v for v in venues if not v.isupper()}  # "the ASEAN summit": a bloc, no place
    return bool(places and venues and not places & venues)


def _teller(sentence: str, start: int, end: int) -> bool:
    """The mention tags a telling of others' meeting with no presence of the teller's own."""
    lead, tail = sentence[:start], sentence[end:]
    if not ((_SAID_BEFORE.search(lead) and _TAG_END.match(tail)) or _SAID_AFTER.match(tail)):
        return False
    told = lead + " " + tail
    own = _OWN_PRESENCE.search(told) or _OWN_WHO.match(tail)
    return bool(_MEETING.search(told)) and not own


def _apart(sentence: str, start: int, end: int) -> bool:
    """Whether this mention names the person only in a part over others' meeting."""
    lead, tail = sentence[:start], sentence[end:]
    if _OWN_TAIL.match(tail) or _SEATED.search(sentence) or _LED_SIDE_LEAD.search(lead):
        return False
    if own_summit(lead):
        return False
    if _OVER_BY.search(lead) or _OVER_VERB.match(tail):
        asked = re.search(r"\bat\s+the\s+request\s+of\b", lead, re.IGNORECASE)
        return bool(_OTHERS.search(sentence)) or "urged" in tail[:60] or asked is not None
    if _CHAIRED_BY.search(lead):
        return bool(_BETWEEN_OTHERS.search(sentence))
    if _WITNESS_BY.search(lead):
        return bool(_SIGNED.search(sentence[:start]))
    if _INTERVIEWER.search(lead) or (_UNMET_LEAD.search(lead) and not _PUT_OFF.match(tail)):
        return True
    if _APPOSED_MEETING.search(lead) and _DROPPED.match(tail):
        return True
    if _COUNTERFACTUAL.match(tail) and not _KEPT.search(tail):
        return True
    if _SEPARATELY.match(tail) or _RECORDED.match(tail):
        return True
    return _teller(sentence, start, end) or _elsewhere(tail)


_BARE = re.compile(r"\b(?:of|by)[ \t]+$")  # the name right after "in the presence of", "watched by"


def own_summit(lead: str) -> bool:
    """Whether ``lead`` (a sentence up to a mention) opens with a summit a pronoun hosted or
    chaired, no name before the pronoun but a dateline's: the mention after is its host, when
    nothing describes it as another ("watched by the UN envoy Tom Baker")."""
    found = _OWN_SUMMIT.search(lead)
    if found is None or not _BARE.search(lead):
        return False  # "in the presence of her deputy, Ana Tembe": another, described (rv44d)
    return not _TITLED[found.group(1)].search(lead)


def third_party(value: str, ctx: Context) -> bool:
    """Whether every mention of ``value`` in the evidence names them only in a part over a
    meeting of others (see the module)."""
    if str(getattr(ctx.fact, "status", "") or "") not in ("held", "under_way"):
        return False
    return only_mentioned_as(ctx, lambda sentence: _mentions(value, sentence), _apart)


__all__ = ["own_summit", "third_party"]
