"""A business's noun ("The firm said") read back past the body that acted on it, for
:mod:`summarizer.verification.quotes.continued_speakers` (review rvsp31, session 31).

News names a business and the body that acts on it in one sentence, then gives the quote to
"the firm": "The Financial Reporting Council fined Deloitte £1.2m. The firm said it had
"..."". The read-back gives a description to the sentence before's subject, the council,
which a business's noun never stands for (:data:`collective_speakers.BUSINESSES`, refused by
``group_refusal``). :func:`business_verdict` accepts the value when it is the object right
after the verb of the sentence before (its capitalised words, nothing else) and that
sentence's subject is a name that writes a body's or an office's noun ("Council",
"Department", "Ministry", "Union"): the one business the sentence names. Not read: a passive
("Thames Water was fined by Ofwat. The regulator said": the regulator's noun fits a body
whose name writes no kind as well as the water company), a regulator's or a charity's noun,
an object described as "a/an ..." ("fined Jane Whitlow, a former trader": a person). Known
limit: a person fined with no such description ("fined Jane Whitlow on Monday. The firm
said") is read as the business. Session 42 (gsp42b): also the one name such a sentence writes
after its subject elsewhere than right after the verb ("Leeds City Council said it would sue
Kestrel Water over its spills"), when its own words make it a business (:func:`_business_like`
without the sentence's "its", which is the body's): not a person's name, nor one of two.

Session 41 (gsp41b): "the company said" also goes back to the business that is the named
subject of a sentence before it (up to three, in its paragraph or the one before), past
sentences that name no business: their subjects are a person with a title ("Chief executive
Ola Berg", "Health Minister Ida Lunde", "Marta Selby, the company's chair"), a public body
("The European Medicines Agency", "The union, Unite,") or a common noun ("Shares in the
company"), and they name nothing else but days and months. Not read: a sentence between that
names any other name (an object, "sued Borealis"), a business described in lower case
("The family-owned miller rejected it"), a value that is never the subject.

Session 42 (gsp42b): a title a business's noun opens ("Business Secretary Ruth Kemp") is a
titled person, not a business described; a body's name runs across "and"/"of"/"for" ("The Food
and Drug Administration", "The Ministry of Defence"); a one-word name opening the sentence is a
name ("Ofgem, the energy regulator, said").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.ordinary import ordinary_forms
from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Result
from ..page.article import ArticleText
from ..page.quote_spots import quote_spot
from ..page.tokens import POSSESSIVE_ENDINGS, Token, tokenize, word_set
from ..people.names import TITLES
from ..people.party_names import party_of
from ..people.role_descriptions import OFFICE_WORDS, own_descriptions
from ..sentences.body_kinds import BUSINESS, NAME_WORDS
from ..sentences.description_misfits import FIRM_FIELDS, organisation_name
from ..sentences.opening_subjects import sentence_subject
from ..sentences.trade_names import apposed_trade, own_its, trade_led, unapposed
from .attribution_phrases import attribution_phrase
from .business_backs import BUSINESS_NOUNS, other_trade
from .collective_speakers import BODY_NOUNS, business_phrase

_OFFICES = BODY_NOUNS | word_set("department office")


def _object_after_verb(tokens: Sequence[Token], subject: Sequence[Token]) -> list[Token]:
    """The capitalised words right after the lower-case word that follows the subject
    ("fined Deloitte", "sued Visa"), or []."""
    at = next((i for i, t in enumerate(tokens) if t.start == subject[-1].start), None)
    if at is None or at + 2 >= len(tokens) or tokens[at + 1].capitalised:
        return []
    run: list[Token] = []
    for token in tokens[at + 2 :]:
        if not token.capitalised:
            break
        run.append(token)
    following = tokens[at + 2 + len(run) : at + 4 + len(run)]
    if run and [t.norm for t in following][:1] in (["a"], ["an"]):
        return []  # "fined Jane Whitlow, a former trader": a person described, no business
    return run


def business_verdict(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether the quote at one of ``spans`` is given to "the firm" (a business's noun) and
    the value is the business the sentence before acts on (see the module's doc)."""
    wanted = [t.norm for t in tokenize(value)]
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = attribution_phrase(article, region, sentence)
        if not wanted or phrase is None or not business_phrase(phrase) or sentence < 1:
            continue
        before, stop = article.sentences[sentence - 1]
        if article.paragraph_at(region[0]) - article.paragraph_at(before) > 1:
            continue
        tokens = article.outside_quotes(before, stop)
        subject = sentence_subject(tokens, article.text)
        if not subject or not {t.norm for t in subject} & _OFFICES:
            continue
        if [t.norm for t in _object_after_verb(tokens, subject)] == wanted:
            return True
        if (
            _names_after(tokens, subject) == [wanted]
            and _business_like(value, [])
            and not _owner_of_other(tokens, subject, wanted)
        ):
            return True  # "The council said it would sue Kestrel Water": the one name else
            # (its own words a business's: the sentence's "its" is the body's)
    return False


def _owner_of_other(tokens: Sequence[Token], subject: Sequence[Token], wanted: list[str]) -> bool:
    """Whether the one name after a body's subject stands for another that the sentence acts
    on: a possessive ("talks with Marlin Water's biggest customer") or the object of a noun
    described ("a rival of Tollgate Logistics", "a supplier to Orrin Telecom"): "the company"
    is that other one, unnamed (review rv42s)."""
    for at, token in enumerate(tokens):
        if token.start <= subject[-1].start or token.norm != wanted[0]:
            continue
        end = tokens[at + len(wanted) - 1] if at + len(wanted) <= len(tokens) else token
        if end.text.lower().endswith(POSSESSIVE_ENDINGS):
            return True
        lead = [t.norm for t in tokens[max(at - 3, 0) : at]]
        return len(lead) == 3 and lead[2] in _OF_OTHER and lead[0] in _OWNING_DETERMINERS
    return False


_OF_OTHER = word_set("of to for")
_OWNING_DETERMINERS = word_set("a an the its their his her another one")


def _names_after(tokens: Sequence[Token], subject: Sequence[Token]) -> list[list[str]]:
    """The runs of capitalised words after a sentence's subject, days and months aside."""
    runs: list[list[str]] = []
    last = next((i for i, t in enumerate(tokens) if t.start == subject[-1].start), -2)
    for index, token in enumerate(tokens):
        if token.start <= subject[-1].start or not token.capitalised or token.norm in _DATES:
            continue
        if not runs and _inner(tokens, last, index):
            last = index  # "The Ministry of Defence": the subject's own name goes on
            continue
        if index == last + 1 and runs:
            runs[-1].append(token.norm)
        else:
            runs.append([token.norm])
        last = index
    return runs


# A person's post or rank noun ("Union official Dean Wragg", "Okafor, the plant manager,"),
# not its modifiers or verbs of heading ("First Solar", "Acme, which runs").
_POSTS = OFFICE_WORDS - word_set(
    "first senior junior acting interim vice who heads leads led runs ran chairs headed"
)
# What a subject between names instead of a business: a public body's noun or a person's title.
_NO_BUSINESS = (
    BODY_NOUNS
    | TITLES
    | word_set(
        """agency authority council ministry union department government court regulator
    watchdog police executive judge inspector mayor officer investor analyst shareholder
    founder owner resident customer worker economist professor lawyer administration"""
    )
)
# A post's noun no name ends with ("Hugo Boss", "Gold Envoy" are names): only before or
# after one ("Union official Dean Wragg", "Okafor, the plant manager,"): review rv43a.
_POST_ONLY = _POSTS - _NO_BUSINESS
_NO_BUSINESS |= _POSTS
_DATES = word_set(" ".join(WEEKDAYS + MONTHS))


def _named(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised words after a sentence's first word, days and months aside."""
    return [t for t in tokens[1:] if t.capitalised and t.norm not in _DATES]


def _no_business(tokens: Sequence[Token], text: str) -> bool:
    """Whether a sentence names no business: a common noun opens it ("Shares in the company
    rose"), or each name it writes is a public body's or a titled person's: it writes the
    body's noun or the title in or right before the name ("The European Medicines Agency",
    "The union, Unite,", "Chief executive Ola Berg") or after it ("Marta Selby, the
    company's chair")."""
    if any(_described(tokens, index) for index in range(min(len(tokens), 3))):
        return False  # "The family-owned miller rejected it": a business described
    named = _named(tokens)
    if len(tokens) > 1 and tokens[1].norm in _OF and not named:
        return True  # "Shares in the company rose", "Sales of the drug fell"
    runs: list[list[int]] = []
    for index, token in enumerate(tokens):
        if token in named or (index == 0 and _opening_name(tokens)):
            if runs and (runs[-1][-1] == index - 1 or _inner(tokens, runs[-1][-1], index)):
                runs[-1].extend(range(runs[-1][-1] + 1, index + 1))
            else:
                runs.append([index])
    for run in _split_bodies(runs, tokens):
        if _firm_named(run, tokens):
            return False  # "Envoy Air grounded 40 jets": a business's name, whatever title opens it
        around = list(tokens[max(run[0] - 1, 0) : run[-1] + 1])
        after = tokens[run[-1] + 1 : run[-1] + 5]
        if after and "," in text[tokens[run[-1]].end : after[0].start]:
            around += after  # an apposition: "Marta Selby, the company's chair,"
        if not any(t.norm in _NO_BUSINESS and _title_at(t, run, tokens) for t in around):
            return False  # another name: an object ("sued Borealis") may be the business
    return bool(runs)


# A business's own name words ("Envoy Air", "Ambassador Motors", "Judge Holdings Ltd"): such a
# run is a business named, not a titled person (session 44); not "Group" or "International",
# which causes and charities write too ("Residents Action Group", "Amnesty International").
_FIRM_NAME_WORDS = (
    NAME_WORDS["airline"] | NAME_WORDS["bank"] | NAME_WORDS["carmaker"] | NAME_WORDS[BUSINESS]
) - word_set("group international")


def _firm_named(run: list[int], tokens: Sequence[Token]) -> bool:
    """Whether a run of names holds a business's name word with no title or body's noun after
    it ("Envoy Air", "Judge Holdings Ltd"), not one that a post follows ("Bank of England
    Governor Ana Ruiz", "Air Marshal Tom Reade": a titled person; review rv44a)."""
    words = [tokens[i].norm for i in run]
    at = next((k for k, word in enumerate(words) if word in _FIRM_NAME_WORDS), None)
    return at is not None and not set(words[at + 1 :]) & _NO_BUSINESS


def _title_at(token: Token, run: list[int], tokens: Sequence[Token]) -> bool:
    """Whether ``token``, a word of or around a name ``run``, may be a title: not a post's
    noun written as the name's own last word ("Hugo Boss")."""
    return not (token.norm in _POST_ONLY and token.capitalised and token is tokens[run[-1]])


def _split_bodies(runs: list[list[int]], tokens: Sequence[Token]) -> list[list[int]]:
    """The runs of names, one split at an "and" that ends a body's name and opens a name of
    two words or more ("The Ministry of Defence and Vardy Aerospace": a body and a business;
    "The Health and Safety Executive", "Agency for Medicines and Devices" are one; rv42s)."""
    split: list[list[int]] = []
    for run in runs:
        while True:
            ands = [k for k, i in enumerate(run) if tokens[i].norm == "and"]
            cut = next(
                (
                    k
                    for k in ands
                    if any(tokens[i].norm in _NO_BUSINESS for i in run[:k]) and len(run) - k > 2
                ),
                None,
            )
            if cut is None:
                break
            split.append(run[:cut])
            run = run[cut + 1 :]
        split.append(run)
    return split


def _opening_name(tokens: Sequence[Token]) -> bool:
    """Whether the sentence's first word is part of a name: the first of a run of capitals
    ("Chief executive Ola Berg") or a name of one word no common word spells ("Ofgem, the
    energy regulator, said")."""
    if not tokens[0].capitalised or len(tokens) < 2:
        return False
    common = tokens[0].norm in ordinary_forms() or tokens[0].norm in STOPWORDS
    return tokens[1] in _named(tokens) or not common


def _described(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a business's noun that describes a business, not one
    that names an office's field before a title ("Business Secretary Ruth Kemp")."""
    if tokens[index].norm not in BUSINESS_NOUNS:
        return False
    after = tokens[index + 1 : index + 2]
    return not (tokens[index].capitalised and after and after[0].norm in TITLES)


def _inner(tokens: Sequence[Token], last: int, index: int) -> bool:
    """Whether one lower-case joining word stands between two capitalised runs that make one
    name ("Food and Drug Administration", "Ministry of Defence")."""
    return index == last + 2 and tokens[last + 1].norm in _JOINING


_JOINING = word_set("and of for")
_OF = word_set("in of at for from")
_CLAUSE = word_set("which who whose that")
_PERSONAL = word_set("who whom whose his her him he she")


def _country(value: str) -> bool:
    """Whether the value is a country's name ("Norway" is never "the company")."""
    key = party_of(value.removeprefix("the ").strip())
    return key is not None and bool(PARTIES[key][1])


def _norms(tokens: Sequence[Token]) -> set[str]:
    """The tokens' folded words."""
    return {t.norm for t in tokens}


def _unnamed_business(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence brings in a business unnamed ("Harcourt University has hired a
    catering company"): "the company" after it is that one, not the subject (review rv42old);
    not the subject described so, in an apposition after a name or after a form of "be"
    ("Pellow Homes, a family-owned company,", "became a listed company"; review rv42s)."""
    for index, token in enumerate(tokens):
        if token.norm not in BUSINESS_NOUNS:
            continue
        article = next(
            (i for i in range(index - 1, max(index - 4, -1), -1) if tokens[i].norm in _INDEFINITE),
            None,
        )
        if article is None:
            continue
        if article and (tokens[article - 1].norm in _BEING or _apposed(tokens, article, text)):
            continue  # the subject described: "X, a family company,", "X is an employee-owned firm"
        return True
    return False


def _apposed(tokens: Sequence[Token], article: int, text: str) -> bool:
    """Whether the indefinite article at ``article`` opens an apposition to the sentence's
    subject ("Pellow Homes, a family-owned company,"), not to an object ("hired Brook Ltd, a
    catering company")."""
    subject = sentence_subject(list(tokens), text)
    last = tokens[article - 1]
    return (
        bool(subject)
        and subject[-1].start == last.start
        and "," in text[last.end : tokens[article].start]
    )


_INDEFINITE = word_set("a an another")
_BEING = word_set("is was are were became becomes remains remained been be")


# The last word of a trade's name that the list of common words lacks ("Strand Telecom").
_TRADES = word_set(
    """water telecom telecoms logistics pharma pharmaceuticals labs laboratories biotech holdings
    technologies"""
)


def _business_like(value: str, tokens: Sequence[Token], led: Sequence[str] = ()) -> bool:
    """Whether the subject the read-back reaches shows itself a business: its own words give
    a body's kind ("Redwing Airlines"), it ends in a common word no person's name ends in
    ("Tolland Brewing", "Fenby Bakeries") or a trade's word ("Strand Telecom"), or its
    sentence writes a thing's "its" ("Novo Nordisk asked regulators to approve its pill").
    A person with no title the rule knows ("Billionaire Lars Eide"), a regulator's or a
    city's one word ("Ofgem", "Sheffield") is none (review rv41b)."""
    words = tokenize(value)
    if len(words) == 1:
        return True  # "Coinbase": one word gives no person's shape (nor "Ofgem"'s, a limit)
    last = words[-1].norm
    plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
    if organisation_name(value) or last in _TRADES or {last, plural} & ordinary_forms():
        return True  # "Harrow Timber" ("timbers"), "Dunmore Energy" ("energies")
    if led:  # "Fund manager Ardley Capital sold its stake": the subject's own "its" (rv44a)
        return own_its(led, tokens) or apposed_trade(led, tokens)
    return "its" in _norms(tokens) or apposed_trade([t.norm for t in words], tokens)


def subject_business(article: ArticleText, spans: Sequence[tuple[int, int]], value: str) -> bool:
    """Whether "the company said" (a business's noun) goes back past sentences that name no
    business to the value as a sentence's named subject (see the module's doc); only for a
    bare "the company said" in a sentence naming no one else ("The company, which employs 900
    drivers, said" describes a business of its own)."""
    wanted = [t.norm for t in tokenize(value)]
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = attribution_phrase(article, region, sentence)
        if not wanted or phrase is None or len(phrase) != 2 or phrase[0].norm != "the":
            continue
        own = article.outside_quotes(*article.sentences[sentence])
        if phrase[1].norm not in BUSINESS_NOUNS or _named(own) or _norms(own) & _CLAUSE:
            continue  # "IG Metall said ... the company calls", "The company, which employs"
        if other_trade(article.text[: region[0]], value, phrase[1].norm):
            continue  # "Lumber supplier Pine Valley Mills" for "the homebuilder" (rv45b)
        for index in range(sentence - 1, max(sentence - 4, -1), -1):
            first, stop = article.sentences[index]
            if article.paragraph_at(region[0]) - article.paragraph_at(first) > 2:
                break
            tokens = article.outside_quotes(first, stop)
            subject = unapposed(sentence_subject(tokens, article.text), article.text)
            led = trade_led(tokens)
            subject = led or subject  # "Fund manager Ardley Capital sold"
            if subject[-len(wanted) :] == wanted:
                if not _business_like(value, tokens, led):
                    return False  # "Billionaire Lars Eide", "Ofgem", "Sheffield" (review rv41b)
                if (
                    _norms(tokens) & _PERSONAL
                    or _country(value)
                    or _unnamed_business(tokens, article.text)
                ):
                    return False  # "Lars Eide, who runs Halvard, raised his offer", "Norway"
                return not _no_business(tokens, article.text)  # "Investor Maria Lind": a person
            if not _no_business(tokens, article.text):
                break
    return False


def titled_refusal(
    article: ArticleText, spans: Sequence[tuple[int, int]], value: str
) -> Result | None:
    """A refusal when the quote's own phrase is a business's noun ("the firm said") and the
    value is a person the page gives a post: right before the name ("Union official Sam
    Pryor") or in an apposition after it ("Okafor, the plant manager,"). A business's noun
    never stands for a person; the read-back of "the firm" to the last sentence's speaker
    reached one (session 43, gsp43). None leaves the quote to the other readings."""
    wanted = tuple(t.norm for t in tokenize(value))
    if not wanted:
        return None
    for start, end in spans:
        region, sentence = quote_spot(article, start, end)
        phrase = attribution_phrase(article, region, sentence)
        if phrase is None or not business_phrase(phrase):
            continue
        if _posted(article, wanted):
            return False, f"the quote's own sentence gives it to a business, not {value!r}"
    return None


def _posted(article: ArticleText, name: tuple[str, ...]) -> bool:
    """Whether the page writes a post's noun right before the name or an apposition after
    it that is a post ("the plant manager", "a consumer adviser"; not "whose chief ...")."""
    for start, _ in article.phrase_spans(name):
        before = article.window_tokens(start, start, before=20)
        if before and before[-1].norm in _POSTS and article.text[before[-1].end : start] == " ":
            return len(before) < 2 or before[-2].norm not in FIRM_FIELDS
    return any(
        found.words & _POSTS
        and found.words & _ARTICLES
        and not found.words & _CLAUSE
        and not found.words & FIRM_FIELDS
        for found in own_descriptions(article, name)
    )


_ARTICLES = word_set("the a an")


__all__ = ["business_verdict", "subject_business", "titled_refusal"]
