"""More roles a party's name may stand in, for :mod:`summarizer.verification.sides.party_roles`: the
frames around a name that make it no party to what the sentence reports.

- *An announcer* (a stance): the one who says, announces or confirms that others accepted
  ("the Qatari foreign minister said Israel and Hamas had accepted the pause", "Egypt
  announced on Monday that Israel and Hamas agreed") reports their acceptance, not its own.
  Only when the reported clause opens with another party's name or a group of sides ("said
  both sides had accepted"; "told Reuters the warring factions agreed"): "Kyiv said it
  would", "said our strikes against Israeli ships will stop" and "Russia said the truce was
  holding" are the speaker's own. A tag after the clause ("...,
  Egyptian officials said", "according to Qatar", ", said a spokesman for X") is a report
  also where no party is named, when the clause's subject is a group of sides or the truce
  itself (:mod:`summarizer.verification.sides.report_subjects`).
- *A persuader* (a stance): the subject of "persuaded", "convinced", "pressed", "urged" with
  an object ("Angola persuaded Congo and Rwanda to sign the truce"): the one who got others to
  agree.
- *A place of speaking, signing or talks* (a stance): a capital after "Speaking in"
  ("Speaking in Doha, the minister said ..."), after the truce or its signing ("sign the truce
  in Luanda", "signed in Doha") or before ", where" ("in Doha, where the talks were held"):
  where it was said, made or held, not the government acting ("officials in Moscow" still is).
- *A group others are urged to talk with*: :mod:`summarizer.verification.sides.urged_talks`.
- *A naming aside* (no role): "The resistance, as Hamas calls its fighters, accepted" names
  Hamas as who gives its own people a name, so the "calls" after it is no appeal ("as Israel
  calls the group" names another's: Israel stays out).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.act_subjects import claims_act
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES
from ..people.party_names import is_capital, named_at
from .own_forces import own_act, tagged_own_act
from .quoted_parties import speaker_only_asks
from .report_subjects import (
    AIMED,
    SIDES,
    counted_group,
    paired_sides,
    tag_subject,
)

_SPEECH = word_set(
    """said says announced announces confirmed confirms stated states declared declares
    disclosed discloses revealed reveals reported reports noted notes added adds told tells
    claimed claims insisted insists wrote writes posted posts tweeted"""
)
# Words between a name and its speech verb: its titles, body words, a person's name
# ("the Qatari foreign minister", "Qatar's Prime Minister Mohammed bin Abdulrahman").
_SPEAKER_WORDS = word_set(
    """foreign minister ministry prime president spokesman spokeswoman spokesperson official
    officials government office statement envoy negotiator negotiators mediator mediators
    al bin el de mediation team chief top senior deputy state media agency news of for
    affairs presidency palace embassy source sources security military diplomat diplomats
    policy adviser advisor aide aides commission council department service intelligence
    officer authorities administration cabinet presidential diplomatic press high army police
    governor general staff command wing defence defense health interior civil regional air
    force navy naval coast guard"""
)
# Words between a speech verb and the clause it reports ("said on Monday that", "told
# reporters late on Sunday that").
_REPORT_SKIPS = word_set(
    """that on late early reporters journalists journalists a news conference press briefing today
    yesterday earlier later night morning evening monday tuesday wednesday thursday friday
    saturday sunday also had previously"""
)
# Words that end a reported clause's subject before a party is named in it.
_CLAUSE_STOPS = word_set(
    """it they we he she i had has have was were is are would will could accepted agreed
    signed truce ceasefire deal plan"""
)
_THINGS = word_set(
    """proposal proposals plan plans offer offers terms demands demand ceasefire truce deal
    idea initiative call request conditions draft text"""
)
_TAG_TAILS = word_set(
    """in a an the statement interview address video televised speech post written joint
    brief its his her their own x condition anonymity of"""
)
_FIRST_PERSON = word_set("our my")
_PERSUADING = word_set(
    """persuaded convinced pressed pressured urged coaxed cajoled nudged talked prodded
    pushed"""
)
_ARTICLES = word_set("the a an")
_OBJECT_OPENERS = word_set("the both its their his her all")
_SUBJECT_FILLERS = word_set("had has have also finally eventually successfully then")
_SPEAKING = word_set("speaking talking addressing writing")  # "Speaking in Doha, ..."
# Where others met, at a sentence's start or after the sides: "Meeting in Doha, ...".
_MEETING = word_set("meeting met meet gathered gathering convened convening negotiating")
# Where one spoke, before what is reported: "told reporters in Nairobi that ...".
_AUDIENCES = word_set("reporters journalists conference briefing statement interview")
# Where a truce was made, not who made it: "sign the truce in Luanda", "was signed in Doha".
_EVENTS = word_set(
    """truce ceasefire deal agreement accord pact sign signed signing ceremony
    agreed reached"""
)
_OWN = word_set("its their")
_OWN_BODIES = word_set(
    """fighters army armies troops forces soldiers wing movement government militia militias
    brigades members men units military group organisation organization fighter militants
    combatants navy"""
)
_NAMING = word_set("calls call called describes describe terms term dubs dub names brands refers")


def naming_aside(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "as Hamas calls its fighters": the one who gives a name, in an aside."""
    before = first - 1 if first and tokens[first - 1].norm == "the" else first
    words = [t.norm for t in tokens[last + 1 : last + 5]]
    if before < 1 or tokens[before - 1].norm != "as" or len(words) < 3:
        return False
    if words[0] not in _NAMING or words[1] not in _OWN:
        return False  # "as Israel calls the group": another's name for it
    if tokens[last + 3].text.endswith(SINGULAR_POSSESSIVES):
        return False  # "as Moscow calls its neighbour's government": another's body
    # "its fighters", "its armed wing"; not "its allies"
    return not _OWN_BODIES.isdisjoint(words[2:4])


def announces(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is the speaker of a clause that reports another party acting ("the Qatari
    foreign minister said Israel and Hamas had accepted")."""
    own = named_at(tokens, first) if tokens[first].capitalised else None
    if speaker_only_asks(tokens, text, own[0] if own else None):
        return False  # '"Washington has to rein in its ally," Lula said' (quoted_parties)
    tagged = _tags_a_report(tokens, first, last, text, own)
    if tagged is not None:
        return tagged
    index, steps = last + 1, 0
    while index < len(tokens) and steps < 9 and tokens[index].norm not in _SPEECH:
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start].strip()
        initial = gap == "." and len(tokens[index - 1].text) == 1  # "U.S. Secretary of State"
        if (gap not in ("", ",", "-") and not initial) or not (
            token.capitalised or token.norm in TITLES or token.norm in _SPEAKER_WORDS
        ):
            return False
        index, steps = index + 1, steps + 1
    if index >= len(tokens) or tokens[index].norm not in _SPEECH:
        return False
    told = tokens[index].norm in ("told", "tells")
    if told and index + 1 < len(tokens) and tokens[index + 1].capitalised:
        if named_at(tokens, index + 1) is not None:
            return False  # "Ukraine told Russia it accepted": an addressee, not a report
        while index + 1 < len(tokens) and tokens[index + 1].capitalised:
            index += 1  # "told Reuters both sides had agreed": an outlet, then the report
    between = own is None and not _GO_BETWEENS.isdisjoint(t.norm for t in tokens[:first])
    return _reports_other(tokens, index + 1, own, between)


# A go-between's title before the speaker's name ("UN envoy X said", "The envoy, X, said"):
# one telling of both sides ("said the government and the rebels had agreed").
_GO_BETWEENS = word_set("envoy envoys mediator mediators facilitator facilitators")


def _tags_a_report(
    tokens: Sequence[Token], first: int, last: int, text: str, own: tuple[str, str, int] | None
) -> bool | None:
    """For a name that tags a report ("according to X", "..., X said" after the clause):
    whether the sentence names another party; None when the name tags nothing. The name's
    speaker phrase is read back to its start first ("Turkish President Recep Tayyip
    Erdogan"), as "according to" stands before the title."""
    start = first
    while (
        start > 0 and first - start < 6 and text[tokens[start - 1].end : tokens[start].start] == " "
    ):
        word = tokens[start - 1]
        if not (word.capitalised or word.norm in TITLES or word.norm in _SPEAKER_WORDS):
            break
        start -= 1
    said = _said_before(tokens, start, last, text)
    if said is not None:  # '"...," said a spokesman for the Saudi foreign ministry.'
        return _tag_reports_others(tokens, (0, said), text, own)
    if _according_to(tokens, start) or _tag_after(tokens, start, last, text):
        begin = start
        while begin > 0 and tokens[begin - 1].norm in _TAG_OPENERS:
            begin -= 1  # back to "according to the ...", ", a ..."
        clause = (0, begin)
        if begin < 4:  # "According to Qatar's foreign ministry, both sides ..."
            for position in range(last + 1, min(last + 8, len(tokens))):
                if "," in text[tokens[position - 1].end : tokens[position].start]:
                    clause = (position, len(tokens))
                    break
        return _tag_reports_others(tokens, clause, text, own)
    return None


def _said_before(tokens: Sequence[Token], start: int, last: int, text: str) -> int | None:
    """The speech verb of a tag that puts it before its speaker, after the clause it
    reports (", said a spokesman for the Saudi foreign ministry.", '," said Kremlin
    spokesman Dmitry Peskov.'), the speaker's phrase running to the sentence's end."""
    index = start - 1
    while index > 0 and start - index <= 6 and tokens[index].norm not in _SPEECH:
        word = tokens[index]
        if not (word.capitalised or word.norm in _SPEAKER_OPENERS or word.norm in TITLES):
            return None
        index -= 1
    if index < 1 or tokens[index].norm not in _SPEECH or tokens[index].capitalised:
        return None
    if "," not in text[tokens[index - 1].end : tokens[index].start]:
        return None
    for word in tokens[last + 1 :]:
        if not (
            word.capitalised
            or word.norm in _SPEAKER_WORDS
            or word.norm in TITLES
            or word.norm in _OWN_BODIES
        ):
            return None
    return index


def _tag_reports_others(
    tokens: Sequence[Token], clause: tuple[int, int], text: str, own: tuple[str, str, int] | None
) -> bool:
    """Whether a tag's clause reports others' act (:mod:`report_subjects`): its subject a
    group of sides, the truce or meeting, or another party; where the subject is unread, a
    quotation is the speaker's own words ('"Attacks on Israel will stop," X said') and a
    clause in narration reports others when the sentence names another party."""
    if clause[0] >= clause[1]:
        return _other_party(tokens, own, 0, len(tokens))
    subject = tag_subject(tokens, clause[0], clause[1], text, own[0] if own else None)
    if subject is not None:
        return subject == "others"
    quoted = text[max(tokens[clause[0]].start - 2, 0) : tokens[clause[1] - 1].end + 3]
    if not _QUOTE_MARKS.isdisjoint(quoted):
        return False  # '"Attacks on Israel will stop," Houthi spokesman X said.'
    return _other_party(tokens, own, 0, len(tokens))


def _reports_other(
    tokens: Sequence[Token], index: int, own: tuple[str, str, int] | None, between: bool = False
) -> bool:
    """Whether the clause reported from ``index`` (after "said", "told reporters in Doha")
    opens with another party than ``own`` as its subject, or with a counted group ("both
    armies"); for a go-between (``between``), also with two sides' bodies ("the government
    and the rebels")."""
    for _ in range(7):
        if index >= len(tokens):
            return False
        if tokens[index].norm == "in" and index + 1 < len(tokens):
            index += 2  # "said in Doha that ..."
        elif tokens[index].norm in _REPORT_SKIPS:
            index += 1
        else:
            break
    for position in range(index, min(index + 6, len(tokens))):  # the reported subject
        token = tokens[position]
        if token.norm in SIDES or counted_group(tokens, position):
            return True  # "said both sides had accepted", "said both armies had agreed"
        if between and paired_sides(tokens, position):
            return True  # the envoy "said the government and the rebels had agreed"
        if token.norm in _CLAUSE_STOPS or token.norm in AIMED or token.norm in _FIRST_PERSON:
            return False  # "said it would", "said the truce was holding", "attacks on Israel"
        hit = named_at(tokens, position) if token.capitalised else None
        if hit is None:
            continue
        if own is not None and hit[0] == own[0]:
            return False  # "Azerbaijani officials said Baku had accepted"
        after = position + hit[2]
        # "Russia said Ukraine's proposal was acceptable": the speaker judges a thing
        return after >= len(tokens) or tokens[after].norm not in _THINGS
    return False


def _other_party(
    tokens: Sequence[Token], own: tuple[str, str, int] | None, start: int, end: int
) -> bool:
    """Whether ``tokens[start:end]`` name a party other than ``own``."""
    for index in range(start, end):
        hit = named_at(tokens, index) if tokens[index].capitalised else None
        if hit is not None and (own is None or hit[0] != own[0]):
            return True
    return False


def _according_to(tokens: Sequence[Token], first: int) -> bool:
    """ "according to Qatar's foreign ministry", "according to the Egyptian mediators"."""
    index = first - 1
    while (
        index >= 0
        and first - index <= 4
        and (
            tokens[index].norm in TITLES
            or tokens[index].norm in _ARTICLES
            or tokens[index].capitalised
        )
    ):
        index -= 1
    return index >= 1 and [t.norm for t in tokens[index - 1 : index + 1]] == ["according", "to"]


def _tag_after(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A speech tag after the clause it reports: "Israel and Hamas accepted the pause, the
    Qatari foreign minister said." (a comma before the name, the sentence ending after the
    verb or its day)."""
    index = first - 1 if first and tokens[first - 1].norm in ("the", "a", "an") else first
    if index < 1 or "," not in text[tokens[index - 1].end : tokens[index].start]:
        return False
    position = last + 1
    while position < len(tokens) and position <= last + 6 and tokens[position].norm not in _SPEECH:
        word = tokens[position]
        if not (word.capitalised or word.norm in _SPEAKER_WORDS or word.norm in TITLES):
            return False
        position += 1
    if position >= len(tokens) or tokens[position].norm not in _SPEECH:
        return False
    for index in range(position + 1, len(tokens)):  # "..., Qatar said on Monday."
        gap = text[tokens[index - 1].end : tokens[index].start]
        if "," in gap:  # a tag closed by a comma: ", the Angolan presidency said Tuesday, after"
            return _QUOTE_MARKS.isdisjoint(gap)  # not '..., X said, "We have obliged."': X's
        token = tokens[index]
        if not (token.norm in _REPORT_SKIPS or token.norm in _TAG_TAILS or token.capitalised):
            return False
    return True


_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')
_TAG_OPENERS = word_set("the a an according to")
_SPEAKER_OPENERS = _SPEAKER_WORDS | word_set("the a an")
# Words opening a reported clause about the speaker itself ("Libya said it had postponed").
_SELF = word_set("it its they their we our he she his her")
_SUBJECTS = word_set("it they we he she i")
# "the two delegations", "both sides": those meeting, as a reported subject.
_TOGETHER = word_set("two three both all")
_MEETING_SIDES = word_set(
    "delegations sides leaders ministers parties negotiators envoys presidents teams countries"
)


def reports_only(
    tokens: Sequence[Token], first: int, last: int, text: str, strict: bool = False
) -> bool:
    """The name only reports something (checks 24 to 26): it tags a report ("according to
    Qatar", "..., an Egyptian security source said", "..., the Angolan presidency said
    Tuesday, after ...") or speaks a clause that does not open with itself ("A Libyan
    official said the change was made after calls from Chad"; not "Libya said it had
    postponed", "Kenyan officials said Kenya would send police"). ``strict`` (a meeting's
    party): the spoken clause must open with another party or with those meeting ("the
    Kenyan foreign ministry said Ethiopia and Eritrea agreed to meet", "an Egyptian official
    said the two delegations met"); a speaker's view of a thing is no report of others ("Ruto
    said dialogue is not a sign of weakness": he may speak at the meeting)."""
    start = first
    while start > 0 and (
        tokens[start - 1].norm in _SPEAKER_OPENERS
        or tokens[start].joined
        or tokens[start - 1].joined
    ):
        if "," in text[tokens[start - 1].end : tokens[start].start]:
            break  # "off the coast, the coast guard said": the tag starts after the comma
        start -= 1  # "according to the Egyptian mediators", ", the Houthi-run ministry said"
    spaced = last + 1 >= len(tokens) or text[tokens[last].end : tokens[last + 1].start] == " "
    joined = not start or "," not in text[tokens[start - 1].end : tokens[start].start]
    reporter = {t.norm for t in tokens[start : last + 4]}
    if (joined and _according_to(tokens, start)) or (
        spaced and _tag_after(tokens, start, last, text)
    ):  # not "Our forces destroyed ..., the army said": its own act
        return not tagged_own_act(tokens, (start, last), reporter, text)
    index = last + 1
    if index + 2 < len(tokens) and tokens[index].norm == "in" and tokens[index + 1].capitalised:
        index += 2  # "the health ministry in Gaza said": where the body sits
    while index < len(tokens) and index <= last + 4 and tokens[index].norm in _SPEAKER_WORDS:
        index += 1
    if index + 1 >= len(tokens) or tokens[index].norm not in _SPEECH:
        return False
    if claims_act(tokens, index):
        return False  # "IS claimed the attack": its own act (act_subjects, check 41)
    if tokens[index].norm in ("told", "tells") and tokens[index + 1].capitalised:
        return False  # "Ukraine told Russia it accepted": an addressee
    after = index + 1
    while after < len(tokens) - 1 and after <= index + 6 and tokens[after].norm in _REPORT_SKIPS:
        after += 1  # "said on Monday that it had opened"
    if tokens[after].norm in _SELF or any(t.norm in _SUBJECTS for t in tokens[after : after + 20]):
        return False  # "Trump said last week, after meeting Zelenskiy, that he wanted": his own
    if own_act(tokens, after, {t.norm for t in tokens[start:index]}):
        return False  # "Police said officers shot two gunmen": the police's own act
    own = named_at(tokens, first) if tokens[first].capitalised else None
    if strict:
        heads = {t.norm for t in tokens[after : after + 4]}
        together = not heads.isdisjoint(_TOGETHER) and not heads.isdisjoint(_MEETING_SIDES)
        return together or _reports_other(tokens, index + 1, own)
    hit = named_at(tokens, after) if tokens[after].capitalised else None
    return not (own is not None and hit is not None and hit[0] == own[0])


def persuades(tokens: Sequence[Token], last: int) -> bool:
    """The subject of "persuaded X to ...": who got another party to act."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _SUBJECT_FILLERS:
        index += 1
    if index + 1 >= len(tokens) or tokens[index].norm not in _PERSUADING:
        return False
    following = tokens[index + 1]
    if not (following.capitalised or following.norm in _OBJECT_OPENERS):
        return False
    return any(t.norm == "to" for t in tokens[index + 2 : index + 9])  # "... to sign"


def spoken_in(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A capital as where something was said, signed or held, with a stance given: "Speaking
    in Doha,", "told reporters in Nairobi that Ethiopia ... had accepted", "sign the truce in
    Luanda", "in Doha, where the talks were held". ("he told a news conference in Moscow" with
    nothing reported after it still stands for Russia.)"""
    if first < 2 or tokens[first - 1].norm not in ("in", "at", "from"):
        return False
    if not is_capital(tokens, first):
        return False
    before = tokens[first - 2].norm
    if before in _SPEAKING or before in _EVENTS:
        return True  # "Speaking in Doha,", "sign the truce in Luanda", "signed in Doha"
    if before in _MEETING and (first == 2 or tokens[first - 3].norm in SIDES):
        return True  # "Meeting in Doha, ...", "the negotiators met in Doha": the venue
    if before in _AUDIENCES and _reports_other(tokens, last + 1, named_at(tokens, first)):
        return True  # "told reporters in Nairobi that Ethiopia and the TPLF had accepted"
    after = last + 1
    return (
        after < len(tokens)
        and tokens[after].norm == "where"
        and text[tokens[last].end : tokens[after].start].strip() == ","
    )


__all__ = [
    "announces",
    "naming_aside",
    "persuades",
    "reports_only",
    "spoken_in",
]
