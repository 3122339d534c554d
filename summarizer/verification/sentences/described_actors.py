"""An event's actor told in its evidence by a definite description of its kind or by "it", as
the subject of a clause ("The group left its guidance untouched", "In August, the firm had
struck a deal with banks", "EDITOR'S NOTE: The group narrowed its guidance", "It now sees
revenue of up to $34.2 billion"), read back to the organisation a reader takes it for (session
39, outside checks 86-94), for the ``actor`` kind
(:mod:`summarizer.verification.sides.event_actors`).

News copy names a body once and then refers to it by a description ("the company", "the
group", "the lender", "the regulator", "the airline", "the union") or by "it". A reader
resolves a definite description to the most salient organisation of its kind, the same way a
quote's "the company said" is resolved (:func:`described_bodies.reads_back`: the name is of
the noun's kind, the description names no other body, and no other organisation of the kind
is a nearer sentence's subject), and "it" to the organisation that is the subject of the
sentence before (or of a run of sentences whose subject is "it" or such a description). The
description acts only as a clause's subject: at the sentence's start, after a fronted
adverbial set off by a comma ("In its fiscal fourth quarter, the builder ..."), after a colon
or semicolon, or after ", and"/", but"; and only in the active voice ("the bank was fined" is
acted on).

Refused: a description after a preposition or as an object ("a deal with the company", "sued
the firm"); a passive's subject; a description whose nearer antecedent is another body of its
kind ("Tresco Mills rejected it. The company ..."), or with another's name in it ("the Trump
administration"); a value not of the noun's kind (a person, a country: never "the group");
"it" whose sentence before has another subject ("The deal closed in March. It ...") or is a
dummy "it" ("It is likely", "It remains unclear", "it has been a year"); a value the article
does not name.

Left out: "its" ("Its 16 January reading slipped"), a possessive description ("the company's
loans"), a description joined to another ("the bank and the regulator jointly proposed"), an
indefinite one ("a union whose 16,000 workers"), evidence that names no one (a results table).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_of
from ..people.standin_checks import dummy_it, thing_before
from ..people.transfer_holders import gives_away
from .described_bodies import a_thing, kind_of, of_some_kind, reads_back, subject_names
from .kind_nouns import noun_before
from .passives import ADVERBS, PARTICIPLES, passive_participle

_MODIFIERS = 3  # words between "the" and the head noun ("the Copenhagen-based drug company")
# Fronted adverbials: a sentence opening with one has its subject after the first comma.
FRONTED = word_set(
    """in on at after before during since for from with without by under over across amid
    despite following as when while meanwhile separately also however earlier later last this
    then yet still instead overall until within through"""
)
FRONT_REACH = 14
_JOINERS = word_set("and but while so yet")
_CLAUSE_MARKS = frozenset(":;")
# A word after the head noun that shows it is no clause's subject: a preposition or a joiner
# ("the company in Ohio", "the group and its partners"), or a noun the head modifies.
_NOT_VERBS = word_set(
    """of in at for from with to by on and or but as than that which who whose where 's s
    into against about over under between among"""
)
_ADVERBS = ADVERBS  # the shared reader's (passives)
_PARTICIPLES = PARTICIPLES
# Verbs a dummy "it" opens ("It is likely", "It remains unclear", "It took three years").
_DUMMY = word_set(
    """is was 's seems seemed appears appeared remains remained becomes became means meant
    matters mattered takes took happened emerged follows followed turned will would may might
    could can should must has had"""
)
_GOING = word_set("going worth")
_AUXILIARIES = word_set(
    """is are was were has have had will would can could may might should must does did do
    sees saw"""
)
# Irregular pasts (the ones a body's acts take in business copy) beside _PARTICIPLES.
_PASTS = word_set(
    """stuck took gave rose fell grew began became drew drove saw ran sank spoke wrote chose
    broke froze swore tore wore stood understood withdrew forecast"""
)
_PARAGRAPHS = 8  # how far an actor's generic noun reads back (a quote's: 3)
_BACK_REACH = 3  # sentences "it" reads back through a run of "it" or descriptions
_SUFFIXES = word_set("group holdings inc ltd plc corp co llc ag sa nv corporation company")


def described_actor(value: str, ctx: Context) -> bool:
    """Whether an evidence sentence tells ``value`` as a clause's subject by a description of
    its kind or by "it" that reads back to it (see the module)."""
    if not ctx.sentences:
        return False
    name = value.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    key = party_of(name)
    if not name or (key is not None and PARTIES[key][1]):
        return False  # a country is never "the company"
    article = ctx.article
    forms = written_forms(name, article)
    if not forms:
        return False

    def given(tokens: list[Token], at: int) -> bool:  # "sold X to B. It will" (gac45)
        return gives_away(name, article, tokens, at)

    for index in ctx.sentences:
        start, end = article.sentences[index]
        tokens = list(article.outside_quotes(start, end))
        starts = set(subject_starts(tokens, article.text))
        for at, token in enumerate(tokens):
            if token.norm == "the" and (at in starts or tokens[at - 1].norm not in _NOT_VERBS):
                head = _described(tokens, at, finite=at not in starts)
                if head is not None and any(
                    description_reads(article, form, index, tokens, head) for form in forms
                ):
                    return not (nearer_body(article, forms, token) or given(tokens, at))
            elif (
                (at in starts or _after_fronted(tokens, at, article.text))
                and _acting_it(tokens, at)
                and any(it_reads(article, form, index) for form in forms)
            ):
                return not (nearer_body(article, forms, token) or given(tokens, at))
    return False


def nearer_body(article: ArticleText, forms: Sequence[str], standin: Token) -> bool:
    """Whether another organisation is named between the value's last mention and the
    stand-in ("Unite called the vote, and the Communication Workers Union joined it. The
    union said ...": the nearer one is meant)."""
    ends = [
        end
        for form in forms
        for start, end in article.phrase_spans(tuple(t.norm for t in tokenize(form)))
        if start < standin.start
    ]
    if not ends:
        return False
    own = {t.norm for form in forms for t in tokenize(form)}
    initials = {"".join(w[0] for w in form.split() if w[0].isupper()) for form in forms}
    run: list[Token] = []
    for token in [*article.tokens_between(max(ends), standin.start), None]:
        if token is not None and token.capitalised:
            run.append(token)
            continue
        words = [t for t in run if t.norm not in own and t.norm not in _CALENDAR]
        if (
            len(run) == 1
            and article.sentences[article.sentence_at(run[0].start)][0] == run[0].start
        ):
            words = []  # "After a weak December, ...": capitalised by its place (the walk reads
            # a sentence's subject)
        if words and not (len(words) == 1 and words[0].norm in STOPWORDS):
            name = article.text[run[0].start : run[-1].end]
            if (
                party_of(name) is None
                and name not in initials
                and (of_some_kind(article, name) or a_thing(article, name))
            ):  # not a country ("UK"), nor the value's own initials ("SEC")
                return True
        run = []
    return False


def description_reads(
    article: ArticleText, name: str, index: int, tokens: Sequence[Token], head: int
) -> bool:
    """Whether the description at ``head`` reads back to ``name``; a union's name only to a
    union word, and never past a group the page introduced by that noun."""
    if {t.norm for t in tokenize(name)} & _LABOUR and kind_of(tokens[head].norm) != "union":
        return False  # "the carrier" is never the Air Line Pilots Association
    if _introduced(article, index, tokens[head].norm):
        return False  # "A group of investors ... bid for Strand Mills. The group": the investors
    organisation = _organisation(article, name)
    return reads_back(article, name, index, tokens, head, None, organisation, _PARAGRAPHS)


def _introduced(article: ArticleText, own: int, noun: str) -> bool:
    """Whether the sentence before sentence ``own`` opens with an indefinite description of
    the description's own noun ("A group of investors led by Hollin Capital bid for Strand
    Mills. The group also offered"): the description reads back to it, no name after it."""
    opening = [t.norm for t in article.sentence_tokens(own - 1)[:4]] if own else []
    return bool(opening) and opening[0] in {"a", "an"} and noun in opening[1:]


def written_forms(name: str, article: ArticleText) -> list[str]:
    """The value as the article writes it: whole, without a company suffix ("Country Garden"
    for Country Garden Holdings), or as its last hyphened part ("Maersk" for A.P.
    Moller-Maersk); only forms the article writes, a part only where it stands as a name of
    its own (review rv-r3actors: "Kessler Engines" names no "Ostrova-Kessler", "Arden Capital"
    no "Arden Group")."""
    words = name.split()
    parts = []
    if len(words) > 1 and words[-1].lower().strip(".") in _SUFFIXES:
        parts.append(" ".join(words[:-1]))
    if "-" in words[-1] and len(words[-1].split("-")[-1]) >= 4:
        parts.append(words[-1].split("-")[-1])
    text = article.text
    whole = [name] if name in text else []
    return whole + [form for form in parts if form and _alone(form, text)]


def _alone(form: str, text: str) -> bool:
    """Whether the page writes ``form`` somewhere as a whole name: no capitalised word joined
    to it before (by a space or hyphen) or after ("Maersk said", not "Moller-Maersk" alone
    nor "Kessler Engines")."""
    for match in re.finditer(r"(?<![\w.'-])" + re.escape(form) + r"(?![\w-])", text):
        before = re.search(r"(?<![\w.&'-])([A-Z][\w.&'-]*)[ -]$", text[: match.start()])
        joined = before is not None and (
            not before[1].endswith(".") or re.fullmatch(r"(?:[A-Z]\.)+", before[1]) is not None
        )  # "Monday. Kessler": a sentence's end; "A.P. Maersk": initials
        if not joined and re.match(r"[ -][A-Z&]", text[match.end() :]) is None:
            return True
    return False


def subject_starts(tokens: Sequence[Token], text: str) -> Iterator[int]:
    """Where a clause's subject may stand: the sentence's start, after a fronted adverbial and
    its comma, after a colon or semicolon, after ", and" / ", but"."""
    if not tokens:
        return
    yield 0
    if tokens[0].norm in FRONTED:
        for index in range(1, min(len(tokens), FRONT_REACH)):
            if "," in text[tokens[index - 1].end : tokens[index].start]:
                yield index
                break
    for index in range(1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if _CLAUSE_MARKS & set(gap) or (
            tokens[index - 1].norm in _JOINERS
            and index > 1
            and "," in text[tokens[index - 2].end : tokens[index - 1].start]
        ):
            yield index


def _described(tokens: Sequence[Token], at: int, finite: bool = False) -> int | None:
    """The head noun's index of "the [words] NOUN" at ``at`` followed by an active verb, NOUN
    a kind of organisation's noun; else None. Where no clause opens (``finite``), the verb
    must show it is one ("For the three months ended June 30 the company earned"), so that an
    object and an adverb ("sold the group heavily") are no subject and verb."""
    if tokens[at].norm != "the":
        return None
    for head in range(at + 1, min(at + 2 + _MODIFIERS, len(tokens))):
        token = tokens[head]
        if token.text.endswith(APOSTROPHE_ENDINGS):
            return None  # "the company's loans": an owner, not the subject
        if kind_of(token.norm) is None:
            continue
        after = head + 1
        if after >= len(tokens) or _not_verb(tokens, after):
            return None
        if finite and not _finite(tokens, after):
            return None
        return None if _passive(tokens, after) else head
    return None


def _finite(tokens: Sequence[Token], at: int) -> bool:
    """A word that shows a finite verb: an auxiliary or modal, a past in -ed, a present in -s,
    an irregular past."""
    while at < len(tokens) - 1 and tokens[at].norm in _ADVERBS:
        at += 1
    word = tokens[at].norm
    if word in _AUXILIARIES or word in _PARTICIPLES or word in _PASTS:
        return True
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _not_verb(tokens: Sequence[Token], at: int) -> bool:
    token = tokens[at]
    return (
        token.capitalised
        or token.norm in _NOT_VERBS
        or token.norm in TITLES
        or kind_of(token.norm) is not None
        or not token.norm.isalpha()
    )


def _passive(tokens: Sequence[Token], at: int) -> bool:
    """ "was fined", "has been hit", "got sued": the subject is acted on (the shared reader,
    :mod:`.passives`, with one form of *be* only: "is being sued" is untested here)."""
    return passive_participle(tokens, at) is not None


def _acting_it(tokens: Sequence[Token], at: int) -> bool:
    """ "It now sees", "it has put up", "it is cutting": "it" then an active verb; not a dummy
    "it" ("It is likely", "It remains unclear", "It took three years")."""
    if tokens[at].norm != "it" or at + 1 >= len(tokens) or dummy_it(tokens, at):
        return False  # "It was raining", "It is understood that" (standin_checks)
    index = at + 1
    while index < len(tokens) and tokens[index].norm in _ADVERBS:
        index += 1
    if index >= len(tokens) or _not_verb(tokens, index):
        return False
    word = tokens[index].norm
    if word in {"is", "was"}:
        index += 1
        while index < len(tokens) - 1 and tokens[index].norm in _ADVERBS:
            index += 1
        following = tokens[index].norm if index < len(tokens) else ""
        return following.endswith("ing") and following not in _GOING  # "it is now guiding"
    if word in {"has", "had"} and index + 1 < len(tokens):
        following = tokens[index + 1].norm  # "it has put up", not "it has been a year"
        return following != "been" and not _not_verb(tokens, index + 1)
    if word in _DUMMY:
        return False
    return not _passive(tokens, index)


def _after_fronted(tokens: Sequence[Token], at: int, text: str) -> bool:
    """ "For the full year it is now guiding": "it" after a fronted phrase with no comma, the
    sentence opening with a preposition or adverb and "it" following a lower-case word that is
    no preposition (a noun ends the phrase: "buying it" is an object)."""
    if not (0 < at < FRONT_REACH and tokens[0].norm in FRONTED):
        return False
    if "," in text[tokens[0].start : tokens[at].start]:
        return False
    before = tokens[at - 1]
    return (
        not before.capitalised and before.norm not in _NOT_VERBS and not before.norm.endswith("ing")
    )


def it_reads(article: ArticleText, name: str, own: int) -> bool:
    """Whether "it" in sentence ``own`` reads back to the organisation ``name``: the subject
    of the sentence before names it, or that sentence's subject is itself "it" or a
    description and the walk goes on (see the module)."""
    if not _organisation(article, name):
        return False  # a person is "he" or "she"
    if thing_before(article, article.sentence_tokens(own), 0, [t.norm for t in tokenize(name)]):
        return False  # "X launched a new ferry. It carries": the ferry may be meant (rv41b)
    text = article.text
    for index in range(own - 1, max(-1, own - 1 - _BACK_REACH), -1):
        start, end = article.sentences[index]
        tokens = list(article.outside_quotes(start, end))
        if not tokens:
            continue
        names = subject_names(tokens, text)
        if names:
            return any(name in named for named in names)
        head = _described(tokens, 0)
        if head is not None:  # "The builder trimmed its range. It now sees ...": the builder's
            return reads_back(article, name, index, tokens, head, None, True, _PARAGRAPHS)
        if tokens[0].norm != "it":
            return False  # "The deal closed in March. It ...": the deal's "it"
    return False


def _organisation(article: ArticleText, name: str) -> bool:
    """Whether the page treats ``name`` as an organisation, never as a person: no title beside
    it and no "he"/"she" after it, and it writes "its" of it (:func:`a_thing`), a kind's noun
    before it, or a definite description of a kind in its sentence or the next with no other
    name between ("Persimmon said profit climbed, as the housebuilder handed over more
    homes")."""
    memo_key = ("organisation", name)
    found: bool | None = article.memo.get(memo_key)
    if found is None:
        found = not _person_marked(article, name) and (
            a_thing(article, name)
            or of_some_kind(article, name, own=True)  # "Air Solenne": an airline's word
            or _kind_named(article, name)
            or _tied(article, name)
        )
        article.memo[memo_key] = found
    return found


def _mentions(article: ArticleText, name: str) -> Iterator[tuple[int, int, int]]:
    """(sentence, first token, last token) of each mention of ``name``, outside quotes."""
    words = tuple(t.norm for t in tokenize(name))
    for start, end in article.phrase_spans(words):
        index = article.sentence_at(start)
        s_start, s_end = article.sentences[index]
        tokens = list(article.outside_quotes(s_start, s_end))
        first = next((i for i, t in enumerate(tokens) if t.start >= start), None)
        if first is None or tokens[first].start >= end:
            continue
        last = max(i for i, t in enumerate(tokens) if t.start < end)
        yield index, first, last


def _person_marked(article: ArticleText, name: str) -> bool:
    """A title before or in apposition after a mention ("chief executive Vincent Clerc",
    "Vincent Clerc, CEO"), or "he"/"she"/"his"/"her" later in its sentence."""
    for index, first, last in _mentions(article, name):
        start, end = article.sentences[index]
        tokens = list(article.outside_quotes(start, end))
        before = tokens[max(0, first - 3) : first]
        if before and before[-1].norm in _OWNING:
            before = []  # "chief executive of A.P. Moller-Maersk": the title's body
        near = before + tokens[last + 1 : last + 4]
        if any(t.norm in TITLES or t.norm in _PERSON_ROLES for t in near):
            return True
        if any(t.norm in _PERSONAL for t in tokens[last + 1 :]):
            return True
    return False


_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
# A labour body's words: only "the union" describes it.
_LABOUR = word_set("union unions guild federation association workers employees brotherhood")
_OWNING = word_set("of at for from")
_PERSON_ROLES = word_set("ceo cfo coo executive officer founder analyst economist")
_PERSONAL = word_set("he she his her him himself herself")


def _tied(article: ArticleText, name: str) -> bool:
    """A definite description of a kind after a mention, in its sentence or the next, with no
    other name between (see :func:`_organisation`)."""
    own = {t.norm for t in tokenize(name)}
    for index, _, last in _mentions(article, name):
        stretch = list(article.outside_quotes(*article.sentences[index]))[last + 1 :]
        opening = -1
        if index + 1 < len(article.sentences):
            opening = len(stretch)  # the next sentence's first word: capitalised by its place
            stretch += list(article.outside_quotes(*article.sentences[index + 1]))
        for at, token in enumerate(stretch):
            if (
                token.capitalised
                and at != opening
                and party_of(token.norm) is None  # "the Chinese developer"
                and token.norm not in own
                and token.norm not in ordinary_forms()
                and token.norm not in _CALENDAR
            ):
                break  # another name first: the description may be its
            if kind_of(token.norm) is not None and any(
                t.norm == "the" for t in stretch[max(0, at - 1 - _MODIFIERS) : at]
            ):
                return True
    return False


def _kind_named(article: ArticleText, name: str) -> bool:
    """Whether the page writes a kind's noun right before the name ("housebuilder Persimmon",
    "shipping group Maersk")."""
    for start, _ in article.phrase_spans(tuple(t.norm for t in tokenize(name))):
        before = noun_before(article, start, name, strict=True)  # no lead's word (mn62c)
        if before is not None and kind_of(before.norm) is not None and not before.capitalised:
            return True
    return False
