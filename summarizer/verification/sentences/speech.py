"""The words that mark speech around a quotation: speech verbs ("said", "tweeted"), nouns for
what was said ("statement", "reply"), verbs that hand a statement over ("issued the following
statement:"), and how far after a quote its verb may stand. Kept apart from the clause reading
in :mod:`summarizer.verification.sentences.clauses`, which uses them."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import PARTICLES, TITLES, find_named
from .paper_issuers import agent_at
from .passives import BE, GET, be_before

SPEECH_VERBS = word_set(
    """said say says saying told tell tells telling wrote write writes writing stated stating
    added adds adding asked asks noted notes noting posted tweeted declared declares warned
    warns warning argued argues insisted insists explained explains replied remarked commented
    claimed claims urged urges urging emphasized emphasised emphasizing emphasising stressed
    stresses acknowledged conceded hinted suggested described describes recalled predicted
    announced announces continued concluded according quipped responded confirmed confirms
    cautioned contended observed threatened threatening threatens vowed vowing called calling
    calls dubbed termed labeled labelled agreed answered countered retorted joked dismissed
    reported reports denied denies indicated indicates underlined underscored reiterated
    affirmed assured admitted pledged promised signalled signaled highlighted mentioned
    complained lamented maintained alleged add warn insist explain describe urge declare
    stress reiterate disagreed disagrees objected summed summarised summarized"""
)

# Nouns for what someone said: "Rubio's summary:", "in the Kremlin's word,", "In its words,".
SPEECH_NOUNS = word_set(
    """word words summary verdict reply answer response message comment quip statement view
    take assessment warning retort phrase description characterisation characterization hope
    case plea pitch argument position"""
)

# How far after a closing quote the speech verb may stand: 8 words, 16 when a comma opens an
# aside in the first 8 ('"...," Jo Rae, a Democrat and one of its sponsors, said'; check 18).
NEAR_WORDS, TAIL_WORDS = 8, 16


def reach_of(clause: Sequence[Token], wide: bool) -> int:
    """How many words after a quote its speech verb may stand (TAIL_WORDS when ``wide``: an
    aside or an office opens the clause), not counting a name's lower-case particles and the
    surname after them ("That is how Minister Elena Vargas de la Cruz explained": check 24)."""
    reach = TAIL_WORDS if wide or _carried(clause) else NEAR_WORDS
    inside = clause[1 : reach + 3]
    return reach + sum(
        1 + after.capitalised  # "de la Cruz": three words a name without them would not have
        for before, token, after in zip(clause, inside, clause[2 : reach + 4], strict=False)
        if token.norm in PARTICLES and not token.capitalised
        and (after.capitalised or after.norm in PARTICLES)
        and (before.capitalised or before.norm in PARTICLES)
    )  # fmt: skip


# "X issued the following statement:": a verb that hands over a statement, before a colon.
ISSUING = word_set("issued issues released releases gave gives delivered made posted published")


def aside_opens(tokens: list[Token], text: str) -> bool:
    """A comma between two of the tokens: an aside opens."""
    return any("," in text[tokens[i - 1].end : tokens[i].start] for i in range(1, len(tokens)))


def issuing_verb(clause: list[Token], text: str) -> list[int]:
    """The verb of "issued the following (responsive) statement:" ending the clause at a
    colon, or of "issued a statement on Tuesday:" (the noun within three words of the verb)."""
    end = clause[-1]
    if ":" not in text[end.end : end.end + 2]:
        return []
    if end.norm in SPEECH_NOUNS:
        return [i for i, token in enumerate(clause[:-1]) if token.norm in ISSUING][-1:]
    return [
        i
        for i, token in enumerate(clause[:-1])
        if token.norm in ISSUING and any(t.norm in SPEECH_NOUNS for t in clause[i + 1 : i + 4])
    ][-1:]


# "a statement issued by the office of X", "a statement from X": who issued the paper.
_FROM_BY = word_set("by from")
# Verbs a paper speaks with right after a quote ('"...," read a statement from X'), or
# after the paper ('"...," the statement read').
READ_VERBS = word_set("read reads")
# Papers that speak for their issuer ("the statement said", "the statement read").
PAPERS = word_set("statement report readout document communique release letter declaration text")


def paper_issuer(tokens: list[Token], text: str) -> list[Token] | None:
    """'"...," said a statement released by the office of President X, after ...': the
    words naming who issued the paper (after "by" or "from", up to the first comma), or None
    when the words open with no paper so issued."""
    for index, token in enumerate(tokens[:5]):
        if token.norm not in SPEECH_NOUNS:
            continue
        at = agent_at(tokens, index)  # "a statement issued on Monday by" (paper_issuers.py)
        if at is None:
            return None
        rest = tokens[at + 1 :]
        for cut in range(1, len(rest)):
            if "," in text[rest[cut - 1].end : rest[cut].start]:
                return rest[:cut]
        return rest
    return None


def released_by(clause: list[Token], text: str) -> int | None:
    """ "in a statement released by the office of President X:": the index of "by" after a
    statement noun and an issuing verb, in a clause ending at a colon; whoever is named after
    it (through "the office of") speaks."""
    end = clause[-1]
    if ":" not in text[end.end : end.end + 2]:
        return None
    for index in range(len(clause) - 3):
        if clause[index].norm in SPEECH_NOUNS and clause[index + 1].norm in ISSUING:
            at = agent_at(clause, index)  # "released on Monday night by" (paper_issuers.py)
            return at if at is not None and clause[at].norm == "by" else None
    return None


def issued_by(parts: Sequence[str], issuer: Sequence[Token]) -> str:
    """ "yes" when the words naming a paper's issuer name every part of the speaker, else
    "other": the paper is its issuer's, never whoever the sentence names besides."""
    return "yes" if all(find_named(part, issuer) for part in parts) else "other"


# Where a post is made: a past verb right before "on Twitter" speaks ("rejoiced on Twitter").
_PLATFORMS = word_set("twitter x facebook instagram telegram tiktok youtube weibo bluesky threads")


def speaks(clause: Sequence[Token], index: int) -> bool:
    """Whether ``clause[index]`` is a speech verb: one of :data:`SPEECH_VERBS`, "read" right
    after a paper ("the statement read", check 23's arguable flags), or a past verb
    of feeling or reacting right before "on" and a platform ("Santos rejoiced on Twitter",
    "celebrated on X"): a post is said (check 22's tweet)."""
    norm = clause[index].norm
    if norm not in _CAN_SPEAK and not norm.endswith("ed"):
        return False  # no branch below says yes to any other word (asked of every word)
    agent = index + 1 < len(clause) and clause[index + 1].norm == "by"  # "been told by X"
    if be_before(clause, index, be=_BE) and not norm.endswith("ing") and not agent:
        return False  # "would be recalled", "had been called": done to them, not said
    if norm in SPEECH_VERBS or (norm in READ_VERBS and _paper_before(clause, index)):
        return True  # "the statement read" as "the statement said"
    if norm in _PUTTING and index + 1 < len(clause) and clause[index + 1].norm == "it":
        return put_it(clause[index + 2 : index + 3])  # "X put it bluntly:", "as X put it"
    if norm in _CHARGING:  # '"...," Ruiz charged', "Ruiz charged that": not "charged him with"
        return not _passive(clause, index) and charge_spoken(clause[index + 1 :])
    if norm in _SPOKE and index + 2 == len(clause):  # 'The mayor spoke of "..."' (check 53)
        return clause[index + 1].norm in ("of", "about")
    return (
        norm.endswith("ed")
        and index + 2 < len(clause)
        and clause[index + 1].norm == "on"
        and clause[index + 2].norm in _PLATFORMS
        and clause[index + 2].capitalised
    )


_PUTTING = frozenset({"put", "puts", "putting"})
_BE = frozenset({"be", "been", "being"})  # after a modal or a perfect: never a speaker's
# Verbs of talking that say a quote only right before it, through "of" or "about".
_SPOKE = frozenset({"spoke", "speaks", "talked", "talks"})


def speech_verbs(clause: Sequence[Token]) -> list[int]:
    """Where :func:`speaks` holds a speech verb, asked only at words it can say yes to."""
    can = _CAN_SPEAK
    return [
        i
        for i, token in enumerate(clause)
        if (token.norm in can or token.norm.endswith("ed")) and speaks(clause, i)
    ]


# What "put it" takes when it says something ("put it this way", "put it best"), not where
# the thing went ("put it on hold", "put it to a vote", "put it off").
_PUT_HOW = frozenset({"this", "that", "thus", "so", "best", "simply", "another", "more", "most"})


def put_it(following: Sequence[Token]) -> bool:
    """Whether "put it" is a speech verb ("Lysenko put it memorably:", "as Lysenko put it",
    "she put it this way"): nothing after it, a manner adverb or a word of how (check 40);
    not "put it on hold", "put it to a vote", "put it off"."""
    if not following:
        return True
    norm = following[0].norm
    return norm in _PUT_HOW or (norm.endswith("ly") and norm not in {"only", "early"})


def _paper_before(clause: Sequence[Token], index: int) -> bool:
    """A paper right before ``clause[index]``, or before a participle that carries it: "the
    statement read", "a Kremlin statement published on its website read"; not a participle
    itself ("a statement issued by X and read out by Y said")."""
    following = clause[index + 1].norm if index + 1 < len(clause) else ""
    if following in _READ_PARTICLE or (index and clause[index - 1].norm in _READ_PARTICLE):
        return False
    for at in range(index - 1, max(index - 9, -1), -1):
        if clause[at].norm in PAPERS:
            return at == index - 1 or carrying(clause[at + 1])
    return False


# Words around "read" that make it a participle ("read out by", "and read", "was read").
_READ_PARTICLE = word_set("out by aloud and was were been being is be")


def carrying(token: Token) -> bool:
    """A participle after a paper's noun ("carried", "seen", "read out", "posted")."""
    return not token.capitalised and (token.norm.endswith("ed") or token.norm in _CARRIED)


_CARRIED = word_set("seen sent read put run shown given made written broadcast cast quoted")


def _carried(clause: Sequence[Token]) -> bool:
    """A paper opening the clause after a quote with a participle after it ("an army statement
    carried by the national agency said"): its verb stands past the usual reach."""
    at = next((i for i, t in enumerate(clause[:5]) if t.norm in PAPERS), None)
    return at is not None and at + 1 < len(clause) and carrying(clause[at + 1])


# Verbs of accusing that report speech only with nothing after them, "that", or where and
# when it was said (outside check 31, session 14's review): "charged Ruiz with fraud" and
# "Vidal was charged on Monday" are an arrest, not a quote's verb.
_CHARGING = word_set("charged charges")
# The words :func:`speaks` can say yes to besides a past form in "-ed" (its first test).
_CAN_SPEAK = SPEECH_VERBS | READ_VERBS | _PUTTING | _CHARGING | _SPOKE
# Words of when after such a verb ('"...," Ruiz charged on Tuesday', "late last night").
_WHEN = word_set(
    """on late earlier last this yesterday today tonight night morning afternoon evening week
    monday tuesday wednesday thursday friday saturday sunday hours minutes moments days day
    later shortly again also"""
)
# Words before a name or place after where it was said ("an interview with Radio Sahel").
_NAMED_AFTER = word_set("with to by of")
_NEXT_CLAUSE = word_set("as while after before when and but adding saying")
# Where an accusation is made: "charged in a statement", "on social media", "at a briefing".
_VENUE_OPENERS = word_set("in on at during via through over from")
_VENUES = _PLATFORMS | word_set(
    """statement statements interview interviews post posts posting tweet tweets message
    messages video speech remarks address briefing conference hearing debate broadcast
    podcast radio television tv programme program letter column editorial media platform
    website blog newsletter parliament chamber floor senate assembly session appearance
    filing complaint lawsuit"""
)
_VENUE_REACH = 4
# Participles that carry a venue further ("in a statement posted on X").
_CARRYING = word_set("posted issued released published shared broadcast aired sent filed")
# Auxiliaries of the passive: "Vidal was charged on Monday" is an arrest, never speech.
_PASSIVE = BE | GET | word_set("am")  # "I am charged": a speaker's own words


def _passive(clause: Sequence[Token], index: int) -> bool:
    """A passive auxiliary before ``clause[index]``, with only adverbs or other participles
    and their "and" between ("was charged", "who was formally charged", "had been charged",
    "was arrested and charged"): the shared :func:`.passives.be_before`, five words back."""
    return be_before(clause, index, be=_PASSIVE, reach=5, between=_between_passive)


def _between_passive(norm: str) -> bool:
    return norm.endswith(("ed", "ly")) or norm in _PARTICIPLE_JOINS


_PARTICIPLE_JOINS = word_set("and or then later also not")


def charge_spoken(rest: Sequence[Token]) -> bool:
    """Whether the words after "charged" leave it a verb of saying: nothing, "that", words of
    when ("on Tuesday", "late last night", "hours after"), where it was said ("in a
    statement", "on social media", "at a news conference"), with a place or a name after it
    ("in an interview with Radio Sahel", "at a rally in Lagos"), an adverb ("angrily") or
    "without" and up to three words ("without offering evidence"), up to "that" or the next
    clause's opening word. Anything else is an object or a movement ("charged him with
    fraud", "charged into the crowd", "charged at police")."""
    at, venue = 0, False
    while at < len(rest):
        word = rest[at].norm
        if word == "that" or word in _NEXT_CLAUSE:
            return True  # ", as X left": another clause
        if at and word.endswith("ing") and not rest[at].capitalised:
            return True  # "charged in a post, replying to X": a participle's clause
        if word in {"a", "an"} and at + 1 < len(rest) and rest[at + 1].norm in _WHEN:
            at += 1  # "a day after"
            continue
        if word in _VENUE_OPENERS:
            found = next(
                (i for i in range(at + 1, min(at + 1 + _VENUE_REACH, len(rest)))
                 if rest[i].norm in _VENUES), None,
            )  # fmt: skip
            if found is not None:
                at, venue = found + 1, True
                continue
        if (venue or word == "in") and word in _VENUE_OPENERS | _NAMED_AFTER:
            named = at + 1 + (at + 1 < len(rest) and rest[at + 1].norm == "the")
            if named < len(rest) and rest[named].capitalised:
                at = named  # "in an interview with Radio Sahel", "in Lagos"
                while at < len(rest) and rest[at].capitalised:
                    at += 1
                continue
        if word == "without":  # "charged, without offering evidence, that"
            stop = next((i for i in range(at + 1, len(rest)) if rest[i].norm == "that"), len(rest))
            if stop - at > 4:
                return False
            at = stop
            continue
        if not (word in _WHEN or word in _CARRYING or (word.endswith("ly") and word != "only")):
            return False
        at += 1
    return True


def inverted_charge(clause: Sequence[Token], index: int) -> bool:
    """'"...," charged Ana Ruiz, the opposition leader': "charged" opening the words right
    after a quote, before a name or "the" and no "with" or "for" (no arrest's charge)."""
    if index or not clause or clause[0].norm not in _CHARGING or len(clause) < 2:
        return False
    # a name, "the", or a lower-case title before a name ("charged opposition leader Saleh")
    lead = next((i for i, t in enumerate(clause[1:5], 1) if t.capitalised), 0)
    if not (clause[1].norm in {"the", "a", "an"} or (lead and _titled(clause[1:lead]))):
        return False
    return not any(t.norm in {"with", "for", "over"} for t in clause[1:12])


def speaks_after_quote(clause: Sequence[Token], index: int) -> bool:
    """Whether ``clause[index]`` of the words right after a quote is its verb: a speech verb,
    "charged" inverted before the speaker, or "read" opening them ('"...," read a statement')."""
    if speaks(clause, index) or inverted_charge(clause, index):
        return True
    return index == 0 and bool(clause) and clause[0].norm in READ_VERBS


def _titled(words: Sequence[Token]) -> bool:
    """Lower-case words before a name that are its title ("opposition leader"), or none."""
    return all(t.norm in TITLES or t.norm in _TITLE_FIELDS for t in words)


_TITLE_FIELDS = word_set("opposition party union rebel army police government ruling")

# Words opening a subordinate clause of time, reason or condition before the main one.
_OPENERS = word_set("after before when once since as although though because if until while")


def after_opener(clause: Sequence[Token], text: str) -> int:
    """The index of the first word after an opening subordinate clause ("After the deal was
    announced Saturday, Chan called for calm": "Chan"), 0 when the clause opens otherwise: the
    opener's verbs ("announced") are not the sentence's (check 22's "he" after such a
    clause)."""
    if not clause or clause[0].norm not in _OPENERS:
        return 0
    for index in range(1, min(len(clause), 20)):
        if "," in text[clause[index - 1].end : clause[index].start]:
            return index
    return 0


# Verbs that hand a paper over before "by" ("a letter signed by X"), with ISSUING's.
_HANDED = ISSUING | word_set("signed sent circulated distributed read")
# Words that may open the clause before such a paper ("On Monday, a statement issued by").
_SCENE = word_set("on in at after earlier late later meanwhile separately then today yesterday")
# Words after an issuer's name that open what it is not ("by X on Monday", "after talks with Y").
_RELATIVES = word_set("who which that")
_AFTER_ISSUER = word_set(
    "on after before following with during in at when while as amid which who that over late"
    " to about concerning regarding"  # "by X to Ambassador Y", "about Y": not the issuer
)


def paper_subject(tokens: Sequence[Token], verb: int, text: str) -> list[Token] | None:
    """ "A press statement issued by the Maoist supremo, Prachanda, on Monday said ...": a
    paper (after "a", "an" or "the" and up to two words) issued by someone is the speech
    verb's subject, and the paper speaks for its issuer (check 27). The words naming the
    issuer: the comma chunk after "by" or "from", with an appositive of capitalised words
    right after it ("the rebel chief, Ana Ruiz,"), never a later chunk ("on Monday", "after
    talks with Y"), and a list's further chunks ("the U.K., France, and other nations"). None
    when the clause before the verb opens with no such paper (after at most a chunk setting
    the scene: "On Monday, a statement from X said")."""
    if not any(t.norm in _ISSUED for t in tokens[:verb]):
        return None  # the common case, told at once
    if verb and tokens[verb - 1].norm in _RELATIVES:
        return None  # "a letter signed by X accused Y, who said": Y's words
    chunks: list[list[Token]] = [[]]
    for index in range(verb):
        if index and "," in text[tokens[index - 1].end : tokens[index].start]:
            chunks.append([])
        chunks[-1].append(tokens[index])
    for at, chunk in enumerate(chunks[:2]):
        if at and chunks[0][0].norm not in _SCENE:
            return None
        issuer = _issuer_of(chunk)
        if issuer is None and at + 1 < len(chunks) and chunk[-1].norm in _ISSUED:
            at += 1  # "The statement, issued by X on Monday, said"
            issuer = _issuer_of(chunk + chunks[at])
        if issuer is None:
            continue
        for after in chunks[at + 1 :]:  # "from the U.K., France, and other Western nations"
            listed = after[0].norm in _LIST_ENDS and not any(map(_acts, after))
            if not (_name_chunk(after) or listed):
                break
            issuer += after
        return issuer
    return None


_LIST_ENDS = word_set("and or")
# Papers and posts that speak for whoever issued them ("a message posted by X on X said").
_ISSUED = PAPERS | word_set("message post tweet note memo")


def _issuer_of(chunk: list[Token]) -> list[Token] | None:
    """The words after "by" or "from" in a chunk opening "a/the [two words] paper [issued]"."""
    if len(chunk) < 4 or chunk[0].norm not in {"a", "an", "the"}:
        return None
    for index in range(1, min(5, len(chunk))):  # "a two-page press release"
        if chunk[index].norm in _ISSUED:
            at = agent_at(chunk, index)  # "a statement Tuesday by" (paper_issuers.py)
            if at is None:
                return None
            issuer = chunk[at + 1 :]  # "by Ana Ruiz on Monday": not "after talks with Y"
            cut = next((i for i, t in enumerate(issuer) if t.norm in _AFTER_ISSUER), None)
            if any(_verb_like(t) for t in issuer[:cut]):
                return None  # "a letter signed by X accused Y": the letter is no subject
            return [t for t in issuer[:cut] if not t.text.lower().endswith(SINGULAR_POSSESSIVES)]
        if chunk[index].norm in SPEECH_VERBS or chunk[index].norm in _HANDED:
            return None
    return None


def _verb_like(token: Token) -> bool:
    """A word in lower case ending like a past verb ("accused", "criticised")."""
    return not token.capitalised and token.norm.endswith("ed") and token.norm not in TITLES


def _acts(token: Token) -> bool:
    """A verb of handing over or speaking, or a word in lower case ending like a past verb."""
    return token.norm in _HANDED or token.norm in SPEECH_VERBS or _verb_like(token)


def _name_chunk(chunk: list[Token]) -> bool:
    """A chunk of capitalised words only: a name in apposition ("Prachanda"), or two joined
    by "and" ("Ana Ruiz and Tom Berg")."""
    inner = chunk[1:-1]
    return (
        bool(chunk)
        and len(chunk) <= 8
        and chunk[0].capitalised
        and chunk[-1].capitalised
        and all(t.capitalised or t.norm == "and" for t in inner)
    )
