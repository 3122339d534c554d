"""Who does what in a sentence: is a named person the one acting in a cue word ("introduced",
"sponsored", "warned"), or merely named near it?

A name is the actor of a cue when:
- passive: the cue has a "by" within a few words after it, and the name follows that "by"
  with only names, titles, party words, places, counts and parentheses between
  ("introduced in April by Republican Senator Lindsey Graham of South Carolina and
  Democratic Senator Richard Blumenthal": both act; "joined by four Democrats (Sens. A, B
  and C)": all three). A name *before* a passive cue never acts in it;
- co-actor: "drafted the measure with Blumenthal", "led by Graham with Blumenthal";
- active: the name stands before the cue (within ``ACTIVE_SPAN`` words) with no speech verb,
  no other cue and no stance word ("opposition", "veto", "praised") between, and no other
  person named after a verb between them ("Schumer praised the bill, which Graham filed");
  appositives and parentheses are skipped, and do not count in the span ("Jack Reed (D-RI),
  the Ranking Member of ..., cosponsored"); a name that is a verb's or preposition's object
  ("prohibit President Trump from lifting sanctions that were imposed") or a cue in a
  relative clause of another noun ("sanctions that were imposed") is no actor; an infinitive
  cue counts only after an intention word ("are expected to roll out"), not as someone
  else's power ("grant Trump the authority to impose");
- possessive: "Graham's bill";
- co-sponsoring is sponsoring: where "sponsor" is a cue, so is "cosponsor" ("co-sponsored",
  "cosponsors"), and "joined by" names co-sponsors (:func:`actor_cues`); not a co-sponsor
  numbered in the order of signing ("became the 84th co-sponsor" of someone else's bill);
- a threat's voice: for a threat, the one the article attributes the threatening quotation to
  ("Bessent ... said "Treasury is prepared to take further action if necessary"").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from summarizer.text.vocabulary import NUMBER_WORDS, ORDINALS
from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import NOT_NAMES, TITLES
from ..quotes.speakers import attribute
from ..sentences.speech import SPEECH_VERBS
from ..sentences.subjects import PAPERS
from .act_subjects import active_subject, other_clause
from .amount_bys import amount_by
from .co_actors import (
    CO_ACTING,
    JOINERS,
    OWN_BY,
    PARTY_WORDS,
    in_relative_aside,
    only_agents,
    teamed_to,
    without_co_phrases,
)
from .law_owners import MEASURES, owns_measure
from .listed_agents import listed_subject
from .measure_makers import (
    led_against,
    made_against,
    others_by,
    others_person,
)
from .sponsor_verb_uses import off_measure, pronoun_acts
from .threat_quotes import conditional_promise, relayed

ACTIVE_SPAN = 12
# Those a critic leads against a measure ("opponents led by X"): no sponsor's "led".
_AGAINST = word_set(
    "critics opponents opposition detractors holdouts skeptics sceptics revolt resistance"
)
_LIST_SPAN = 40  # a list of agents after "by" ("joined by four Democrats (Sens. A of X, ...)")
_PASSIVE_GAP = 7
# Stance and reaction words: their subject takes a view of a measure, it does not make it.
STANCES = frozenset(
    [
        "veto",
        "vetoed",
        "vetoes",
        "oppose",
        "opposed",
        "opposes",
        "opposing",
        "opposition",
        "block",
        "blocked",
        "blocking",
        "criticized",
        "criticised",
        "criticizing",
        "criticising",
        "criticism",
        "praised",
        "praise",
        "praising",
        "rejected",
        "rejects",
        "rejecting",
        "objected",
        "against",
        "supported",
        "supports",
        "supporting",
        "support",
        "endorsed",
        "endorsing",
        "welcomed",
        "welcoming",
        "backed",
        "backing",
        "questioned",
        "doubts",
    ]
)
_INTENDING = frozenset(
    [
        "expected",
        "set",
        "planning",
        "plans",
        "plan",
        "planned",
        "going",
        "wants",
        "want",
        "intends",
        "intend",
        "aims",
        "aim",
        "likely",
        "poised",
        "ready",
        "due",
        "seeking",
        "seeks",
        "seek",
        "vowed",
        "promised",
        "threatened",
        "moved",
        "prepared",
        "preparing",
        "hopes",
        "hoping",
    ]
)
# Words that open an aside set off by commas: an appositive, a relative clause, a companion
# ("Sen. Eva Strand, joined by Sen. Hal Greer, unveiled").
# "alongside", "with" and "together" open a companion aside too ("Sen. Tim Scott, alongside
# Sen. Mark Warner, filed"): the subject before it still acts in the verb after it.
_ASIDE_STARTS = frozenset(
    {"a", "an", "the", "who", "which", "whose", "joined", "along", "alongside", "with", "together"}
)
_NEUTRAL = TITLES | PARTY_WORDS | JOINERS | {"a", "an", "or"}
# Words that make the name right after them (titles and party words skipped) an object, not
# the one acting: "prohibit President Trump from lifting", "urged Graham", "sanctions on Putin".
_GOVERNING = word_set(
    """prohibit prohibits prohibited prohibiting bar bars barred barring block blocks prevent
    prevents prevented stop stops stopped urge urges urged ask asks asked press pressed
    pressing allow allows allowed let lets grant grants granted give gives gave authorize
    authorizes authorized authorise authorises authorised require requires required force
    forces forced target targets targeted targeting sanction sanctioned punish punishes
    told tell tells lobbied persuade persuaded to for on against from at upon of over by"""
)
# Words that open a relative clause about another noun ("sanctions that were imposed"): a
# cue after one, outside an aside, is not the name's act.
_RELATIVE = frozenset({"that", "which"})
# Words between a cue and "with" that make "with" someone else's company, not co-acting.
_NOTCO_ACTING = word_set("after before during following call talks meeting meetings phone")
_COPULAS = word_set("include includes included including are is were was among them")
_BECOMING = word_set("is was are were has had been became becomes remains also now")
_LAWMAKERS = word_set(
    """sen sens senator senators rep reps representative representatives congressman
    congresswoman congressmen lawmaker lawmakers legislator legislators mp mps"""
)
# Counts that co-sponsoring is also (see the module).
_CO_CUES = {"sponsor": ("cosponsor", "joined")}


def actor_cues(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cue stems of a field with the words for co-sponsoring added where "sponsor" is a
    cue: "cosponsored" does not start with "sponsor", and "joined by" lists co-sponsors
    ("joined" counts only passive, see :func:`is_actor`)."""
    extra = [word for cue, words in _CO_CUES.items() if cue in cues for word in words]
    return (*cues, *extra) if extra else cues


def outside_asides(
    tokens: Sequence[Token], start: int, end: int, text: str
) -> tuple[list[int], str]:
    """The indexes in ``start..end-1`` outside asides: an appositive set off by commas that
    opens with an article or a relative pronoun (", the ranking Democrat on the committee,")
    and parentheses ("(D-RI)"); and the first word of the aside the last one is in ("" if
    none)."""
    plain: list[int] = []
    opener = ""
    depth = 0
    for index in range(start, end):
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start] if index else ""
        depth = max(depth + gap.count("(") - gap.count(")"), 0)
        if "," in gap:
            opener = token.norm if token.norm in _ASIDE_STARTS else ""
        if not opener and not depth:
            plain.append(index)
    return plain, opener if not depth else "("


def _noun(tokens: Sequence[Token], cue: int) -> str:
    """The cue word with its hyphen-joined second half ("co-sponsors": "cosponsors")."""
    word = tokens[cue].norm
    if cue + 1 < len(tokens) and tokens[cue + 1].joined:
        word += tokens[cue + 1].norm
    return word


def _sponsor_noun(tokens: Sequence[Token], cue: int, first: int, text: str) -> bool:
    """ "The bill's sponsors, Sens. A and B", "co-sponsors include Sen. A": the name follows
    the noun "sponsor"/"co-sponsor" in the same clause (no ";" or dash between) with only
    agents and "include"/"are" between."""
    word = _noun(tokens, cue)
    if not word.endswith(("sponsor", "sponsors")) or not cue < first <= cue + _LIST_SPAN:
        return False
    if any(mark in text[tokens[cue].end : tokens[first].start] for mark in ";\u2014\u2013"):
        return False
    words = [t for t in tokens[cue + 1 : first] if t.norm not in _COPULAS]
    return only_agents(words[1:] if word.startswith("co") else words)


def _joined_by_lawmakers(tokens: Sequence[Token], by: int, last: int) -> bool:
    """ "joined by four Democrats (Sens. ...)": co-sponsors are lawmakers, named as such, and
    not joined in opposing ("joined by Sen. Kemp in opposing the bill")."""
    named = any(t.norm in _LAWMAKERS or t.norm in PARTY_WORDS for t in tokens[by + 1 : last + 1])
    return named and not any(t.norm in STANCES for t in tokens[by + 1 :])


def _numbered(tokens: Sequence[Token], cue: int) -> bool:
    """A co-sponsor numbered in the order of signing ("the 84th co-sponsor", "fifth
    cosponsor"), who joined a bill rather than sponsored it."""
    if cue < 1 or not tokens[cue].norm.startswith("co"):
        return False
    before = tokens[cue - 1]
    return before.norm in ORDINALS or (before.attached and cue > 1 and tokens[cue - 2].is_number)


def _sponsor_role(between: Sequence[Token], tokens: Sequence[Token], cue: int, text: str) -> bool:
    """ "a co-sponsor", "a Connecticut Democrat and one of the bill's sponsors": the last
    conjunct of an appositive before the noun "sponsor" names the role and nothing else (its
    words: articles, "one of", the measure, "lead", "original", a number ...), and after the
    noun, to the aside's end, only what it sponsors ("of the bill", "in the House"); so "a
    critic of the sponsors" or "one of the sponsors' fiercest critics" gives no role."""
    conjunct = list(between)
    for index in range(len(between) - 1, -1, -1):
        if between[index].norm == "and":
            conjunct = list(between[index + 1 :])
            break
    if not all(_role_word(t) for t in conjunct):
        return False
    end = cue + 1 if cue + 1 < len(tokens) and tokens[cue + 1].joined else cue
    if tokens[end].text.endswith(("'", "\u2019")):
        return False  # "the sponsors' critics"
    for index in range(end + 1, len(tokens)):
        if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;()"):
            break
        if not (_role_word(tokens[index]) or tokens[index].capitalised):
            return False
    return True


def _role_word(token: Token) -> bool:
    norm = token.norm
    return norm in _ROLE_WORDS or norm in MEASURES or norm in NUMBER_WORDS or token.is_number


_ROLE_WORDS = word_set(
    """a an the one of its their his her this that lead chief main original key leading
    primary senior bipartisan co in on republican democratic democrat"""
)


def _from_paper(tokens: Sequence[Token], index: int) -> bool:
    """ "announced in a press release from Blumenthal and Graham": "from" after a paper that
    announces a measure names its announcers, as "by" does."""
    return tokens[index].norm == "from" and index > 0 and tokens[index - 1].norm in PAPERS


def _object(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name starting at ``first`` is the object of the word before it (titles and
    party words skipped): "prohibit President Trump", "pressed Sen. Graham"."""
    before = first - 1
    while before >= 0 and (
        tokens[before].norm in TITLES
        or tokens[before].norm in PARTY_WORDS
        or (tokens[before].norm in ("of", "for") and before and tokens[before - 1].norm in TITLES)
    ):  # "Secretary of State Ann Cole": the "of" of a title (check 41)
        before -= 1
    return before >= 0 and not tokens[before].capitalised and tokens[before].norm in _GOVERNING


def _other_actor_between(plain: Sequence[Token]) -> bool:
    """Whether another person is named, after a verb or other content word, between a name and
    a cue (``plain``: the tokens between, asides already skipped; single letters skipped)."""
    content = False
    for token in plain:
        norm = token.norm
        if len(token.text) == 1 or norm in _NEUTRAL or norm in NOT_NAMES:
            continue
        if token.capitalised:
            if content:
                return True
            continue
        content = True
    return False


def _agent_by(tokens: Sequence[Token], index: int) -> bool:
    """A "by" that may name an agent: not an amount ("extended them by six months")."""
    return tokens[index].norm == "by" and not amount_by(tokens, index)


def _semicolon(tokens: Sequence[Token], left: int, right: int, text: str) -> bool:
    return bool(text) and ";" in text[tokens[left].end : tokens[right].start]


def is_actor(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[int], text: str
) -> bool:
    """Whether the name at ``tokens[first..last]`` acts in one of the cue words."""
    if others_person(tokens, last, text):
        return False  # "approved by Calderon's predecessor": the predecessor acts
    cue_set = set(cues)
    governed = _object(tokens, first)
    for cue in cues:
        if listed_subject(tokens, first, last, cue):
            return True  # "the Prime Minister, A, the Minister of X, B, announced" (listed_agents)
        if tokens[cue].norm == "led" and (
            (cue and tokens[cue - 1].norm in _AGAINST) or led_against(tokens, last)
        ):  # "lawmakers led by Rep. Voss voted against the sanctions"
            continue  # "critics led by Senator Fenn": leading the bill's opponents
        if off_measure(tokens, cue, text) or pronoun_acts(tokens, last, cue):
            continue  # "adopted a stance", "the tariffs he unveiled" (sponsor_verb_uses)
        if cue > 1 and tokens[cue - 1].norm == "to" and tokens[cue - 2].norm not in _INTENDING:
            if teamed_to(tokens, first, last, cue):
                return True
            continue
        window = range(cue + 1, min(cue + _PASSIVE_GAP + 1, len(tokens)))
        by = next((i for i in window if _agent_by(tokens, i) or _from_paper(tokens, i)), None)
        if by is not None and (
            (by - 1 != cue and tokens[by - 1].norm in OWN_BY) or others_by(tokens, cue, by)
        ):  # "approves the measures recommended by X": X recommended (measure_makers)
            by = None  # "Bera introduced the bill, joined by Rep. Kim": Kim's "by", not its
        if by is not None and not governed and active_subject(tokens, first, last, cue, text):
            by = None  # "Lee imposed the tariffs by decree": an active verb's means (check 41)
        if tokens[cue].norm == "joined" and not (
            by == cue + 1 and _joined_by_lawmakers(tokens, by, last)
        ):
            continue  # "joined by" lists co-sponsors; "X joined the talks" is no sponsoring
        if _numbered(tokens, cue):
            continue  # "became the 84th co-sponsor": joined a bill someone else sponsors
        if by is not None:
            # "by A with B", "by A, alongside B and C", "by A along with B"
            agents = without_co_phrases(tokens[by + 1 : first])
            if (
                by < first <= by + _LIST_SPAN
                and only_agents(agents)
                and not _semicolon(tokens, by, first, text)
            ):  # "introduced by Senator Lane; Senator Ruiz said": a new clause
                return True
            continue
        if governed:
            continue
        if _sponsor_noun(tokens, cue, first, text):
            return True
        with_ = next((i for i in window if tokens[i].norm in CO_ACTING), None)
        if (
            with_ is not None
            and with_ < first <= with_ + _LIST_SPAN
            and only_agents([t for t in tokens[with_ + 1 : first] if t.norm not in CO_ACTING])
            and not any(t.norm in _NOTCO_ACTING for t in tokens[cue + 1 : with_])
        ):
            return True  # "drafted the measure with Blumenthal", not "after a call with"
        if not last < cue:
            continue
        between = tokens[last + 1 : cue]
        kept, opener = outside_asides(tokens, last + 1, cue + 1, text)
        if cue not in kept and opener != "who":
            if (
                opener in {"a", "an", "the"}
                and not kept
                and _noun(tokens, cue).endswith(("sponsor", "sponsors"))
                and _sponsor_role(between, tokens, cue, text)
            ):
                return True  # "Ana Ruiz, a co-sponsor, said"; not "a critic of the sponsors"
            continue  # "X, whose committee drafted", "X, the senator who filed last year's"
        if opener == "who" and _noun(tokens, cue).endswith(("sponsor", "sponsors")):
            who = max(i for i in range(last + 1, cue) if tokens[i].norm == "who")
            role = [t for t in tokens[who + 1 : cue] if t.norm not in _BECOMING]
            if not _sponsor_role(role, tokens, cue, text):
                continue  # "X, who once worked for one of the sponsors": not "who is one"
        plain = [tokens[i] for i in kept if i != cue]
        if len(plain) > ACTIVE_SPAN or any(t.norm in _RELATIVE for t in plain):
            continue
        if (
            any(t.norm in SPEECH_VERBS or t.norm in STANCES for t in between)
            or any(t.norm == "by" for t in plain)
            or any(i in cue_set for i in kept if i != cue)
        ):
            continue
        if any(
            t.norm in STANCES
            and tokens[i + 1].norm != "by"  # not "opposed by Rep. B"
            and not made_against(tokens, i)  # "authorizes the penalties against three firms"
            for i, t in enumerate(tokens[cue + 1 : cue + 5], cue + 1)
            if i + 1 < len(tokens)
        ):
            continue
        if any(a.norm in _SUBORDINATE and b.norm in _PRONOUNS for a, b in pairwise(plain)):
            continue  # "A met with B before she introduced": the verb has its own subject
        if other_clause(tokens, first, last, cue, text):
            continue  # "opened by Moss; the cabinet imposed": another subject's (act_subjects)
        closed = "," in text[tokens[last].end : tokens[cue].start]  # the aside ends first
        if _other_actor_between(plain) or (closed and in_relative_aside(tokens, first, text)):
            continue
        return True
    possessive = tokens[last].text.lower().endswith(SINGULAR_POSSESSIVES)
    return possessive and owns_measure(tokens, first, last)


_SUBORDINATE = word_set("before after when while because since until once although though")
_PRONOUNS = word_set("he she they we i it")


# Words that make quoted words a threat: an intention ("is prepared to", "will") or what a
# threat promises ("further action", "consequences").
_THREATENING = _INTENDING | frozenset({"will", "further", "consequences"})


def voices_threat(article: ArticleText, sentences: Sequence[int], name: str) -> bool:
    """Whether, in these sentences, a quotation with threatening words (or one a condition
    follows: '"strong and swift economic actions" if the vote goes ahead') is attributed to
    ``name`` by the speaker rules: a threat is made by whoever voices it."""
    for index in sentences:
        start, end = article.sentences[index]
        for q_start, q_end in article.quoted:
            if not start <= q_start < end:
                continue
            words = {token.norm for token in tokenize(article.text[q_start:q_end])}
            if_ = conditional_promise(article, start, q_start, q_end)  # (threat_quotes)
            threat = (words & _THREATENING or if_) and not relayed(article, start, q_start)
            if threat and attribute(article, q_start, q_end, name):
                return True
    return False
