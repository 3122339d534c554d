"""A quote that its clause's own subject expresses, the subject given by name, pronoun, title or
epithet, and the verb not "X said" (outside checks 50-52, session 24), read for
:func:`summarizer.verification.quotes.continued_speakers.continued_verdict`.

News gives a quote to the one who acts in its own clause in more ways than "X said":

- a verb of expressing with the quoted words as its object: 'Chrobog, whose plane landed in
  Mali on Sunday, praised the "great diplomatic skill of the Malian President"', 'He proposed
  calling it "THE 12 DAY WAR"', 'and he repeated a favourite line: "..."';
- a participle after a comma that continues the subject: 'Christians United for Israel was
  pleased as well, calling it a "good first step"';
- a speech verb joined by "and" to another verb of the subject: 'The Russian leader greeted
  his guest and told him he was "very glad"';
- a subject named by a pronoun or a title or epithet ("She stressed that", "The Russian
  leader ... told him"), read back with the antecedent reading of
  :func:`summarizer.verification.quotes.referred_parties.references` (the nearest compatible
  antecedent, its rivals and gender; a title fitting two people, or a pronoun whose nearest
  antecedent is someone else, gives no speaker);
- an epithet with a proper word that the page gives no one ('"...," the Tennessee Republican
  said', "The American president spoke of "...""): the one person the sentence before names
  (in its paragraph or the one before), as a reader takes it; not when that sentence names
  two people, when the page gives that person another people's word ("North Korean leader
  Kim" for "the Russian leader"), nor for an epithet of no proper word ("the official");
- '"...," he added' alone after a quote this reading (or "For X,") gives to the value: the
  same speaker's words going on, unless the page marks the value with the other gender;
- "For X, ... "..."" (:func:`for_view`, asked from
  :mod:`summarizer.verification.quotes.attribution_shapes`): the view is X's ("For Zobel Behalal, a
  former UN expert, Mr Trump "pulled off a major diplomatic coup""); a value the clause after
  "For X," names, the one the words are about, is refused.

The readings but "For X," only accept, and only when nothing gives the words to anyone else: no
verb of saying after the quote in its sentence (an attribution of its own: '"...," the official
told Reuters'), no capitalised word between the verb and the quote (another person: 'X praised Y
as "..."' is left to the other readings), no reported clause ("that" other than right before the
quote, "which", "who", "whether": 'X welcomed the plan, which Y called "..."'), no other finite
verb of saying, and no owner right before the quote ('X rejected Iran's "final offer"', 'his
"..."'), nor when the quoted words name a thing (a title, 'the "America First" agenda', 'the
"..." as a war': :func:`named_thing`). A name inside the quoted words is never read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import Result
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.quote_spots import lead_of, quote_spot, tail_of
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.names import find_named, first_name_conflict, split_people
from ..sentences.antecedents import named_alone
from ..sentences.clauses import Verdict, by_subject
from ..sentences.genders import pronoun_verdict
from ..sentences.opening_subjects import sentence_subject
from ..sentences.speech import SPEECH_VERBS, speaks
from .described_reads import named_apart
from .epithets import foreign_people
from .referred_parties import references

# Verbs whose object may be the subject's own words, besides the verbs of saying.
_EXPRESSING = word_set(
    """spoke speaks praised praises hailed hails welcomed welcomes criticised criticized criticises
    criticizes condemned condemns denounced denounces thanked thanks proposed proposes
    repeated repeats offered offers expressed expresses voiced voices"""
)
# Words that open a clause whose subject may be someone else before the quote.
_REPORTING = word_set("that whether who whom which whose what if because while whereas")
# Words that may stand before the verb without changing its subject.
_FILLERS = word_set("also then later had has have once again just simply quickly")
# A chunk before the subject ("Asked whether he had won, he said"), set off by a comma.
_OPENERS = word_set(
    "asked after before when while in on at later earlier speaking meanwhile afterwards"
)
_OWNERS = word_set("his her their its our my your")
# Words of an aside that hand the words on from someone else ("X, quoting the president,").
_RELAYS = word_set("quoting citing according relaying")
_JOINS = word_set("and")
# An auxiliary opens a reported clause of someone else's unless right after a pronoun ("told
# him he was" is the subject's own report; "said the union had" is the union's).
_AUXILIARIES = word_set("had has have would will was were is are could did")
_SUBJECTS = word_set("he she they we i it")
_NAMING = word_set("branded brands dubbed dubs labelled labeled labels termed terms")
_POSSESSIVE = ("'", "\u2019", *POSSESSIVE_ENDINGS)
_PRONOUNS = word_set("he she")
_FOR = word_set("for to")
_CHUNK = 12


def expressed_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is expressed by ``value`` as its clause's own
    subject (see the module's doc); False leaves the quote to the other readings."""
    parts = split_people(value)
    text = article.text
    for start, end in spans:
        region, index = quote_spot(article, start, end)
        lead, tail = lead_of(article, region, index), tail_of(article, region, index)
        if _unsaid(lead) and _tail_epithet(article, index, tail, parts) == "yes":
            return True  # '"...," the Tennessee Republican said', after "Corker ..."
        if not lead and _added(article, index, tail, value):
            return True  # 'For X, ... "...". "...," he added': X's words go on
        if not lead or "\n" in text[lead[0].start : region[0]]:
            continue  # a headline run into the sentence says nothing of its subject
        if any(speaks(tail, at) for at in range(len(tail))) or _owned(lead, text):
            continue  # '"...," the official told Reuters'; 'Iran's "final offer"'
        if _for_owner(lead, text) is not None:
            continue  # "For X, ... "...": read by for_view
        if named_thing(text, region, tail):
            continue  # 'X condemned the "America First" agenda': a label, not X's words
        after, verdict = _subject(article, index, lead, parts, text)
        if verdict == "yes" and _expresses(_past_join(_past_aside(lead[after:], lead, text))):
            return True
    return False


def named_thing(text: str, region: tuple[int, int], tail: Sequence[Token]) -> bool:
    """Whether the quoted words name a thing rather than give the subject's words: a title
    ("the "One Big Beautiful Bill""), a modifier of the noun after it ('the "America First"
    agenda', 'the "national security" justification'), or what the subject characterises
    ('denounced the "special military operation" as a war')."""
    words = text[region[0] : region[1]].split()
    if len(words) > 1 and all(word[:1].isupper() and not word.isupper() for word in words):
        return True
    if not tail or re.search(r"[^\w\s]", text[region[1] + 1 : tail[0].start]):
        return False  # the words end the clause: the object itself
    if _closed(text, region, tail):
        return False  # '"... £1 billion," he told': the US mark after the comma ends it too
    if tail[0].norm == "as":
        return True  # 'denounced the "..." as a war': the words are what X characterises
    return len(words) > 1 and tail[0].norm not in _OBJECT_ENDS  # 'the "historic" deal': X's


def _closed(text: str, region: tuple[int, int], tail: Sequence[Token]) -> bool:
    """Whether punctuation inside the closing mark (US style) ends the quoted clause: a stop
    always; a comma or semicolon when a clause of its own follows, opened by a pronoun or a
    name ('"...," he told'), not a noun phrase or an "as" that goes on about the words ('the
    "special military operation," a phrase coined by the Kremlin', '"efficiency savings," as
    the Treasury calls them': someone else's label, written US style)."""
    mark = text[region[0] : region[1]].rstrip()[-1:]
    if mark in _STOPS:
        return True
    return mark in _COMMAS and (tail[0].norm in _SUBJECTS or tail[0].capitalised)


# Punctuation that, written inside the closing mark (US style), ends the quoted clause.
_STOPS = frozenset(".?!")
_COMMAS = frozenset(",;")
# Words that may follow the object: a preposition or a conjunction, not a noun it modifies.
_OBJECT_ENDS = word_set(
    """in at on to for of from with by during after before when while and but or nor that
    which who whom since because about over into among amid against than until within
    without through under despite if so yet rather instead"""
)


def _added(article: ArticleText, index: int, tail: Sequence[Token], value: str) -> bool:
    """Whether a quote told by '"...," he added' goes on from the quote of the sentence before,
    which this reading (or "For X,") gives to ``value``; not when the page marks ``value``
    with the other gender."""
    if len(tail) != 2 or tail[0].norm not in _PRONOUNS or tail[1].norm not in _GOING_ON:
        return False
    if not index:
        return False
    start, end = article.sentences[index - 1]
    earlier = [q for q in article.quoted if start <= q[0] < end]
    if (
        not earlier
        or article.paragraph_at(article.sentences[index][0]) - article.paragraph_at(start) > 1
    ):
        return False
    last = [earlier[-1]]
    if for_view(article, last, value) != (True, "") and not expressed_verdict(article, last, value):
        return False
    own = article.sentences[index][0]
    return pronoun_verdict(article, split_people(value), tail[0].norm, start, own) != "other"


_GOING_ON = word_set("added adds continued continues")


def for_view(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> Result | None:
    """The verdict on ``value`` for a quote in a sentence that opens "For X," with no verb of
    saying: X's view, and not the words of anyone the clause after it names (the one the view
    is about: "For Zobel Behalal, ..., Mr Trump "pulled off ...""); None for any other
    sentence or value."""
    parts = split_people(value)
    text = article.text
    for start, end in spans:
        region, index = quote_spot(article, start, end)
        lead, tail = lead_of(article, region, index), tail_of(article, region, index)
        owner = _for_owner(lead, text)
        if not owner or not _unsaid(lead) or not _unsaid(tail):
            continue
        if ":" in text[lead[-1].end : region[0]]:
            continue  # 'For Democrats, Schumer had a promise: "..."': the clause's subject's
        if by_subject(list(parts), owner) == "yes":
            return True, ""
        rest = lead[lead.index(owner[-1]) + 1 :]
        if any(find_named(part, rest) for part in parts):
            return False, f"the view is {' '.join(t.text for t in owner)}'s, about {value!r}"
    return None


def _for_owner(lead: Sequence[Token], text: str) -> list[Token] | None:
    """The name of a leading "For X," (its capitalised run), [] for a "For" chunk that names
    no one; None when the sentence does not open so."""
    if len(lead) < 3 or lead[0].norm not in _FOR or not lead[1].capitalised:
        return None
    run = [lead[1]]
    for token in lead[2:]:
        if "," in text[run[-1].end : token.start]:
            return run
        if not token.capitalised:
            return []
        run.append(token)
    return []


def _unsaid(lead: Sequence[Token]) -> bool:
    return not any(speaks(lead, at) for at in range(len(lead)))


def _subject(
    article: ArticleText, index: int, lead: Sequence[Token], parts: Sequence[str], text: str
) -> tuple[int, Verdict]:
    """Where the subject of the quote's clause ends in ``lead``, and whether it is ``parts``:
    a name by :func:`sentence_subject`, a pronoun or a title by the reference reading."""
    at = 0
    if lead[0].norm in _OPENERS:  # "Asked whether he had won outright, he said"
        at = next(
            (
                i
                for i in range(1, min(len(lead), _CHUNK))
                if "," in text[lead[i - 1].end : lead[i].start]
            ),
            0,
        )
    token = lead[at]
    if token.norm in _PRONOUNS or token.norm == "the":
        for start, end, verdict in _referred(article, index, parts):
            if start == token.start:
                after = next((i for i in range(at, len(lead)) if lead[i].end >= end), at)
                return after + 1, verdict
        return 0, "none"
    written = [t.norm for t in tokenize(" ".join(parts))] if len(parts) == 1 else []
    named = lead[at : at + len(written)]
    if (
        written
        and [t.norm for t in named] == written
        and at + len(written) < len(lead)
        and not lead[at + len(written)].capitalised
        and not is_possessive(named[-1], text)
    ):
        return at + len(written), "yes"  # "Christians United for Israel was pleased"
    subject = sentence_subject(list(lead), text)
    if not subject or subject[-1] not in lead or lead.index(subject[0]) != at:
        return 0, "none"  # "Marta Quill, of the Harbor Trust, said": the trust is no subject
    words = {word.lower() for part in parts for word in part.split()}
    owners = {
        t.norm
        for t in subject[:-1]
        if t.text.lower().endswith(_POSSESSIVE) or text[t.end : t.end + 1] in ("'", "\u2019")
    }
    if owners & words or any(first_name_conflict(part, article) for part in parts):
        return 0, "none"  # "Guterres' spokesman X told"; "In May, Rutte said" for "May Rutte"
    head = [subject[0]]  # the name the subject opens with: "Marta Quill, of the Harbor Trust,"
    for token in subject[1:]:
        if not token.capitalised or "," in text[head[-1].end : token.start]:
            break
        head.append(token)
    return lead.index(subject[-1]) + 1, by_subject(list(parts), head)


def _referred(
    article: ArticleText, index: int, parts: Sequence[str]
) -> list[tuple[int, int, Verdict]]:
    """The references of sentence ``index`` (:func:`references`), an epithet with a proper
    word that the page gives no one ("the Tennessee Republican", "The American president")
    read as the one person the sentence before names, as a reader takes it."""
    found = []
    for start, end, verdict in references(article, index, parts):
        proper = any(t.capitalised for t in tokenize(article.text[start:end])[1:])
        epithet = article.text[start:end]
        # "the Indian leader" where the page never speaks of India: not the one just named
        foreign = foreign_people(tokenize(epithet, start)[1:], article)
        if verdict == "none" and proper and epithet[:3].lower() == "the" and not foreign:
            verdict = _named_before(article, index, parts)
            if verdict == "none" and _near_before(article, index):  # beside another office
                verdict = "yes" if named_apart(article, index - 1, parts, epithet) else verdict
            if verdict == "yes" and _other_people(article, parts, article.text[start:end]):
                verdict = "none"  # "North Korean leader Kim ... the Russian leader said'
        found.append((start, end, verdict))
    return found


def _near_before(article: ArticleText, index: int) -> bool:
    """Whether the sentence before ``index`` is in its paragraph or the one before."""
    start = article.sentences[index - 1][0] if index else 0
    return (
        bool(index)
        and article.paragraph_at(article.sentences[index][0]) - article.paragraph_at(start) <= 1
    )


def _named_before(article: ArticleText, index: int, parts: Sequence[str]) -> Verdict:
    """ "yes" when the sentence before ``index``, in its paragraph or the one before, names
    ``parts`` and no other person; "none" otherwise."""
    if not index:
        return "none"
    start, end = article.sentences[index - 1]
    if article.paragraph_at(article.sentences[index][0]) - article.paragraph_at(start) > 1:
        return "none"
    tokens = article.outside_quotes(start, end)
    text = article.text
    alone = {named_alone(list(parts), tokens, pronoun, text) for pronoun in ("he", "she")}
    return "yes" if "yes" in alone else "none"


def _other_people(article: ArticleText, parts: Sequence[str], epithet: str) -> bool:
    """Whether the page gives the person a people's word ("North Korean leader Kim") the
    epithet does not hold ("the Russian leader"): the epithet is then someone else's."""
    own = {t.norm for t in tokenize(epithet)}
    placed = any(t.capitalised and not _people_word(t) for t in tokenize(epithet)[1:])
    text = article.text
    for part in parts:
        for match in re.finditer(re.escape(part), text):
            line = text.rfind("\n", 0, match.start()) + 1  # a masthead above says nothing
            before = tokenize(text[max(match.start() - 40, line) : match.start()])[-4:]
            if any(_people_word(t) and t.norm not in own for t in before):
                return True
            aside = _ASIDE.match(text, match.end())  # "X, a Tennessee Republican,"; "X of Utah"
            after = tokenize(aside.group(1) or aside.group(2)) if aside else []
            if any(
                t.capitalised and t.norm not in own and (_people_word(t) or placed) for t in after
            ):
                return True  # "the Utah Republican": the page gives X another state
    return False


# An aside that places the person right after the name: ", a Tennessee Republican", " of Utah".
_ASIDE = re.compile(r",[ \t]+(?:an?|the)[ \t]+([^,.;]{1,40})|[ \t]+of[ \t]+([A-Z][\w-]*)")


def _people_word(token: Token) -> bool:
    return token.capitalised and token.norm.endswith(_PEOPLE_ENDINGS)


_PEOPLE_ENDINGS = ("an", "ese", "ish", "ian", "i", "ic")


def _tail_epithet(
    article: ArticleText, index: int, tail: Sequence[Token], parts: Sequence[str]
) -> Verdict:
    """The verdict of an epithet that speaks right after the quote ('"...," the Tennessee
    Republican said'), by :func:`_referred`; "none" for any other tail."""
    if not tail or tail[0].norm != "the":
        return "none"
    for start, end, verdict in _referred(article, index, parts):
        if start == tail[0].start:
            after = next((i for i in range(len(tail)) if tail[i].start >= end), len(tail))
            return verdict if after < len(tail) and speaks(tail, after) else "none"
    return "none"


def _past_aside(rest: Sequence[Token], lead: Sequence[Token], text: str) -> list[Token]:
    """The words after the subject without an aside set off by commas right after it
    ("Chrobog, whose plane landed in Mali on Sunday, praised")."""
    if not rest or rest[0] is lead[0]:
        return list(rest)
    before = lead[lead.index(rest[0]) - 1]
    if "," not in text[before.end : rest[0].start]:
        return list(rest)
    for at in range(1, len(rest)):
        if "," in text[rest[at - 1].end : rest[at].start]:
            relays = any(token.norm in _RELAYS for token in rest[:at])
            return [] if relays else list(rest[at:])  # "X, quoting the president, told"
    return []


def _past_join(rest: list[Token]) -> list[Token]:
    """The words after an "and he" that carries the subject on ("Trump said ..., and he
    repeated"), when no one else is named before it."""
    for at in range(len(rest) - 1):
        if rest[at].norm in _JOINS and rest[at + 1].norm in _PRONOUNS:
            if any(token.capitalised for token in rest[:at]):
                return []
            return rest[at + 2 :]
    return rest


def _expresses(rest: Sequence[Token]) -> bool:
    """Whether the words between the subject and the quote give it the subject's own verb of
    expressing, and no one else's clause."""
    at = 0
    while at < len(rest) and rest[at].norm in _FILLERS:
        at += 1
    if at >= len(rest) or any(token.capitalised for token in rest):
        return False
    if any(token.norm in _REPORTING for token in rest[:-1]):
        return False  # "X welcomed the plan, which Y called": another clause
    own = rest[at].norm in _EXPRESSING or rest[at].norm in SPEECH_VERBS
    for index in range(at + 1, len(rest)):
        if rest[index].norm in _AUXILIARIES and rest[index - 1].norm not in _SUBJECTS:
            return False  # "said the union had branded": the union's clause
        saying = rest[index].norm in SPEECH_VERBS or rest[index].norm in _NAMING
        if not saying and not speaks(rest, index):
            continue
        if rest[index].norm.endswith("ing") or rest[index - 1].norm in _JOINS:
            own = True  # ", calling it"; "and told him"
            continue
        return False  # a finite verb of saying of some other subject
    return own


def _owned(lead: Sequence[Token], text: str) -> bool:
    """Whether the word right before the quote owns it ("Iran's", "his", "so-called")."""
    if not lead:
        return False
    last = lead[-1]
    return (
        last.norm in _OWNERS
        or is_possessive(last, text)
        or (last.norm == "called" and len(lead) > 1 and lead[-2].norm == "so")
    )


__all__ = ["expressed_verdict", "for_view", "named_thing"]
