"""Whom an epithet stands for when it speaks a quote ("the Brazilian leader said", '"...," the
Oregon Democrat said', "the 71-year-old told supporters", "said the former general"), read for
:mod:`summarizer.verification.quotes.speakers`.

News names a person once with a description ("Brazilian President Luiz Inacio Lula da
Silva", "Senator Rhea Collins of Oregon, a Democrat,", "Tomas Ilves, 71, a former general,")
and then speaks of them by it. The clause reading took such a subject to point back to the
nearest earlier attribution, and so gave the quote to whoever spoke last (a rival quoted in
between), or refused the right person. Here the epithet is read against the page: each of
its words must be among the words the page gave one person, in the name's own phrase
("Kenyan diplomat Ruth Wanjiru", "former Brazilian President Jair Bolsonaro"), after it ("of
Oregon", "(D-Ore.)"), or in an appositive after it (", a Democrat,", ", 71,"). Words match
as themselves, as one country ("Brazilian", "Brazil's"), as an abbreviation ("Ore." for
Oregon, "D" for Democrat), as one office ("leader" for a president, prime minister or
chancellor; "lawmaker" for a senator) or as an age ("71-year-old" for ", 71,").

One person fitting decides ("yes" or "other"); two or more (two Brazilian presidents named,
two Oregon Democrats) leave two readings: "unsure" (unconfirmed) for either of them,
"other" for anyone else. An epithet of a people, party or staff word that nobody on the page
fits ("the Indian leader" with only Xi Jinping named, "the official" after Putin) gives no one
("unsure": the one named before may be another person). Any other epithet nobody on the page
fits ("the veteran organiser"), and a
bare title ("the president", left to
:func:`summarizer.verification.quotes.attribution.by_title`), are not read here ("none").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from ..people.epithet_words import (
    CLASSES,
    HEADS,
    OPENER_VERBS,
    class_of,
    epithet_word,
)
from ..people.names import NOT_NAMES, PARTICLES, TITLES, is_proper
from ..people.party_names import party_of
from ..people.thing_names import thing_named
from ..sentences.antecedents import capitalised_runs
from ..sentences.clauses import Verdict, by_subject
from ..sentences.speech import speaks
from ..sentences.subjects import DESCRIBING, INSTITUTIONS, PAPERS
from .attribution import same_qualifier
from .epithet_leads import joined_verb
from .office_ties import fronted, predicate_office

_INVERTED = word_set("said says added adds noted continued explained insisted recalled replied")
_NOT_PERSON = (
    DESCRIBING
    | NOT_NAMES
    | word_set(
        """the a an his her their its this that these those after before when while as if in on
    at for from with by of to and but mr mrs ms dr afterwards afterward later earlier
    meanwhile then"""
    )
)


def _descriptors(words: Sequence[Token]) -> list[str] | None:
    """The epithet's words as descriptors ("age:71" for "71-year-old"); None when it is no
    epithet this rule reads: a bare title, a body or paper, a word of another kind."""
    if not words or len(words) > 5 or not all(epithet_word(t) for t in words):
        return None
    if any(t.norm in INSTITUTIONS or t.norm in PAPERS for t in words):
        return None
    norms = [t.norm for t in words]
    if norms[-2:] == ["year", "old"] and len(words) >= 3 and words[-3].is_number:
        return [*norms[:-3], "age:" + norms[-3]]
    if norms[-1] not in HEADS or (len(norms) == 1 and norms[0] in TITLES):
        return None
    return norms


def _after_quote(tail: Sequence[Token], text: str) -> list[Token] | None:
    """'"...," the Oregon Democrat said', '"...," said the former general.'"""
    if len(tail) >= 2 and tail[0].norm == "the":
        for verb in range(2, min(len(tail), 7)):
            if speaks(tail, verb):
                return list(tail[1:verb])
            if "," in text[tail[verb - 1].end : tail[verb].start]:
                return None
        return None
    if len(tail) >= 3 and tail[0].norm in _INVERTED and tail[1].norm == "the":
        words: list[Token] = []
        for index in range(2, min(len(tail), 8)):
            words.append(tail[index])
            ends = index + 1 == len(tail) or text[tail[index].end : tail[index + 1].start] != " "
            if ends:
                after = tail[index + 1] if index + 1 < len(tail) else None
                if after is not None and after.capitalised:
                    return None  # "said the Kenyan diplomat, Ruth Wanjiru": named
                return words
            if not epithet_word(tail[index + 1]):
                return words
        return None
    return None


def _before_quote(lead: Sequence[Token], text: str) -> list[Token] | None:
    """ "The Brazilian leader said it was "..."": a clause opening with "the", the epithet,
    and the clause's first speech verb."""
    for start, token in enumerate(lead):
        if speaks(lead, start):
            return None
        if token.norm != "the":
            continue
        if start and "," not in text[lead[start - 1].end : token.start]:
            continue
        if start and lead[start - 1].capitalised and lead[start - 1].norm not in _NOT_PERSON:
            continue  # "Collins, the Oregon Democrat, said": the name is the subject
        for verb in range(start + 2, min(len(lead), start + 7)):
            if speaks(lead, verb):
                return list(lead[start + 1 : verb])
            if "," in text[lead[verb - 1].end : lead[verb].start]:
                break
        joined = joined_verb(lead, start, text)
        if joined is not None:
            return joined
    return None


def _describing(run: Sequence[Token], index: int, text: str) -> bool:
    """Whether a word of a capitalised run describes the name after it ("Brazilian
    President", "Oregon Democrat", "Brazil's"); a people's adjective only before an office
    ("Juan Carlos" is a name)."""
    token = run[index]
    norm = token.norm
    if norm in HEADS or norm in DESCRIBING or any(norm in c for c in CLASSES):
        return True
    if is_possessive(token, text):
        return True
    office = index + 1 < len(run) and run[index + 1].norm in HEADS
    return office and norm.endswith(("an", "ese", "ish", "i"))


def _mentions(tokens: Sequence[Token], text: str) -> Iterator[tuple[list[Token], set[str]]]:
    """Each person a sentence names, with the words it describes them by."""
    for first, last in capitalised_runs(tokens, text):
        run = tokens[first : last + 1]
        cut = max((i for i in range(len(run) - 1) if _describing(run, i, text)), default=-1)
        name = list(run[cut + 1 :])
        if not name or name[0].norm in _NOT_PERSON or name[-1].norm in PARTICLES:
            continue
        words = {t.norm for t in run[: cut + 1]}
        at = first - 1  # "former Brazilian President", "Kenyan diplomat", "71-year-old"
        while at >= 0 and first - at <= 5 and text[tokens[at].end : tokens[at + 1].start] in (
            " ", "-",
        ) and (epithet_word(tokens[at]) and tokens[at].norm not in _NOT_PERSON):  # fmt: skip
            words.add(tokens[at].norm)
            at -= 1
        if (
            len(name) == 1
            and name[0].text.isupper()
            and text[name[0].end :].lstrip()[:1] in ("(", "\u2014", "-")
        ):
            continue  # a dateline ("KYIV (Wire) \u2014"), no person
        words |= _following(tokens, last, text) | fronted(tokens, first, last, text)
        yield name, {f"age:{w}" if w.isdigit() else w for w in words}


def _titled_name(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether a capitalised title at ``tokens[at]`` runs straight into a name ("Prime
    Minister Nguyen Xuan Phuc"): a person of its own, no appositive of the name before."""
    start = at
    while at < len(tokens) and tokens[at].capitalised and tokens[at].norm in HEADS:
        at += 1
        if at < len(tokens) and text[tokens[at - 1].end : tokens[at].start] != " ":
            return False
    named = at < len(tokens) and tokens[at].capitalised and tokens[at].norm not in NOT_NAMES
    return at > start and named


def _following(tokens: Sequence[Token], last: int, text: str) -> set[str]:
    """What follows a name: "of Oregon", "(D-Ore.)", ", a Democrat,", ", 71,"."""
    words: set[str] = set()
    at = last + 1
    if at + 1 < len(tokens) and tokens[at].norm == "of" and tokens[at + 1].capitalised:
        at += 1  # "of Oregon", "of South Carolina"
        while at < len(tokens) and tokens[at].capitalised and at - last < 5:
            words.add(tokens[at].norm)
            at += 1
    if at < len(tokens) and "(" in text[tokens[at - 1].end : tokens[at].start]:
        while at < len(tokens) and at - last < 6:
            words.add(tokens[at].norm)
            if ")" in text[tokens[at].end : tokens[at].end + 1]:
                break
            at += 1
        at += 1
    if predicate_office(tokens, at, text):
        words.add(tokens[at + 2].norm)  # "where Donald Trump was the host"
    for _ in range(2):  # up to two appositives: ", 71, a former general,"
        if at >= len(tokens) or "," not in text[tokens[at - 1].end : tokens[at].start]:
            break
        head = tokens[at]
        if not (head.norm in {"a", "an", "the"} or head.is_number or _describing([head], 0, text)):
            break
        if _titled_name(tokens, at, text):
            break  # "in Hanoi, Prime Minister Nguyen Xuan Phuc said": another person's title
        chunk = [head]
        while at + len(chunk) < len(tokens) and len(chunk) < 8:
            nxt = tokens[at + len(chunk)]
            if not {",", ".", ";"}.isdisjoint(text[chunk[-1].end : nxt.start]):
                break
            chunk.append(nxt)
        words |= {t.norm for t in chunk}
        at += len(chunk)
    return words


def _fits(descriptor: str, words: set[str]) -> bool:
    if descriptor in words:
        return True
    if descriptor.startswith("age:"):
        return False
    kin = class_of(descriptor)
    if len(kin) > 1 and not kin.isdisjoint(words):
        return True
    country = party_of(descriptor) if descriptor.isalpha() else None
    if country is not None and any(party_of(w) == country for w in words):
        return True  # "Turkish" for "Turkey's"
    return any(
        (len(w) >= 4 and len(descriptor) >= 4 and same_qualifier(descriptor, w))
        or (3 <= len(w) < len(descriptor) and descriptor.startswith(w))  # "Ore." for Oregon
        for w in words
        if not _other_country(country, w)
    )


def _other_country(country: str | None, word: str) -> bool:
    """Whether ``word`` names a country other than the descriptor's own: "Australia's" is no
    spelling of "Austrian", nor "Nigeria's" of "Nigerien", however alike they are written."""
    if country is None:
        return False
    other = party_of(word)
    return other is not None and other != country


def _people(article: ArticleText, before: int) -> dict[str, tuple[list[Token], set[str]]]:
    """Each person named before ``before`` outside quotation marks (by surname), with every
    word the page described them by."""
    people: dict[str, tuple[list[Token], set[str]]] = {}
    for start, end in article.sentences:
        if start >= before:
            break
        tokens = article.outside_quotes(start, min(end, before))
        for name, words in _mentions(tokens, article.text):
            known = people.get(name[-1].norm)
            if known is None or len(name) > len(known[0]):
                people[name[-1].norm] = (name, words | (known[1] if known else set()))
            else:
                known[1].update(words)
    return {key: one for key, one in people.items() if not thing_named(*one)}


def epithet_verdict(
    article: ArticleText,
    region: tuple[int, int],
    lead: Sequence[Token],
    tail: Sequence[Token],
    parts: Sequence[str],
) -> Verdict:
    """Verdict of a quote whose speaker is an epithet ("the Oregon Democrat said"), by the
    one person on the page before it that the epithet fits; "none" when it has no such
    speaker or fits no one."""
    text = article.text
    words = _after_quote(tail, text) or _before_quote(lead, text) or _colon_subject(lead, text)
    return fitted_verdict(article, words or [], region[0], parts)


def _colon_subject(lead: Sequence[Token], text: str) -> list[Token] | None:
    """ "The Israeli minister was blunt: "..."": a lead with no speech verb that opens with
    "the", the epithet and its verb, and ends in a colon before the quote: the epithet's."""
    if len(lead) < 3 or lead[0].norm != "the" or ":" not in text[lead[-1].end :].split('"')[0]:
        return None
    end = 1
    while end < min(len(lead), 6) and epithet_word(lead[end]):
        if lead[end].norm in OPENER_VERBS:
            break
        end += 1
    if end == 1 or end == len(lead) or lead[end].norm not in OPENER_VERBS:
        return None
    return None if any(speaks(lead, i) for i in range(len(lead))) else list(lead[1:end])


def fitted_verdict(
    article: ArticleText, words: Sequence[Token], before: int, parts: Sequence[str]
) -> Verdict:
    """:func:`described_verdict`, and for a telling epithet that fits no one ("the Indian
    leader" after Xi alone) the verdict of :func:`_unfitted`."""
    verdict = described_verdict(article, words, before, parts)
    if verdict == "none" and words and _telling(words):
        return _unfitted(article, words, before, parts)
    return verdict


def _unfitted(
    article: ArticleText, words: Sequence[Token], before: int, parts: Sequence[str]
) -> Verdict:
    """Verdict of a telling epithet that fits no one on the page: "other" when the page
    describes the value's person by a word of the same kind that the epithet lacks ("Russian
    President Vladimir Putin" for "the Belarusian president", "President Putin" for "the
    official" or "the spokesman"); else "unsure" for a staff word ("the spokesman": a value
    that is a description is left to the title rules) and for a people the page speaks of
    nowhere else (it never says who Xi is, and "the Indian leader" need not be him); else
    "none": the nearest earlier attribution decides, as before ("American mediation ... the
    American president": the one just named)."""
    if not all(is_proper(part) for part in parts):
        return "none"  # "a ministry spokeswoman": a description, read by the title rules
    head = words[-1].norm
    own = {t.norm for t in words}
    for name, described in _people(article, before).values():
        if _is(parts, name) != "yes":
            continue
        if head in _OFFICIAL:  # "the official" is no president or prime minister
            return "other" if described & _PRINCIPALS else "none"
        if head in _STAFF:  # a spokesman is not the principal the page titles
            return "other" if described & TITLES else "unsure"
        if any(_people_word(w) for w in described - own):
            return "other"
    if head in _OFFICIAL:
        return "none"
    if head in _STAFF or foreign_people(words, article):
        return "unsure"
    return "none"


def _telling(words: Sequence[Token]) -> bool:
    """Whether an epithet that fits no one on the page still says who may speak: a people's
    or party's word ("the Belarusian president", "the Lithuanian leader", "the Democrat"),
    which the last person named need not fit, or a staff word ("the official", "the
    spokesman"), which is never the principal the sentence before names."""
    if words[-1].norm in _STAFF | _OFFICIAL:
        return all(epithet_word(t) or t.norm in _STAFF for t in words)
    if _descriptors(words) is None:
        return False
    return any(t.capitalised and _people_word(t.norm) for t in words)


def foreign_people(words: Sequence[Token], article: ArticleText) -> bool:
    """Whether an epithet's words name a people ("Indian", "Belarusian"; not a party) the page
    speaks of nowhere outside them and outside quotation marks: no "India", "Belarus" or
    "Indian" in the narration elsewhere (a quote's own "China and India" says nothing of who
    speaks it)."""
    if not words:
        return False
    text = article.text
    pieces, at = [], 0
    for start, end in sorted([*article.quoted, (words[0].start, words[-1].end)]):
        if start >= at:
            pieces.append(text[at:start])
            at = end
    rest = " ".join([*pieces, text[at:]])
    for token in words:
        if not token.capitalised or not _people_word(token.norm) or token.norm in _PARTIES:
            continue
        stem = re.sub(r"(ians?|ans?|ese|ish|is?|ic)$", "", token.text)
        if len(stem) < 3 or not re.search(rf"\b{re.escape(stem)}", rest):
            return True
    return False


def _people_word(word: str) -> bool:
    """A people's or party's word ("russian", "belarusian", "republican"), not an office."""
    if word in _PARTIES:
        return True
    return len(word) >= 4 and word.endswith(_PEOPLE_ENDINGS) and word not in HEADS


_PARTIES = CLASSES[2] | CLASSES[3] | word_set("republicans democrats")
_STAFF = word_set("spokesman spokeswoman spokesperson aide adviser advisor")
_OFFICIAL = word_set("official")
_PRINCIPALS = word_set("president premier chancellor king queen prime pope emperor")
_PEOPLE_ENDINGS = ("an", "ese", "ish", "ian", "i", "ic")


def described_verdict(
    article: ArticleText, words: Sequence[Token], before: int, parts: Sequence[str]
) -> Verdict:
    """Verdict of an epithet's ``words`` ("Oregon Democrat", "71-year-old", "Ukrainian
    leader") by the one person the page before ``before`` describes so (the reading of
    :func:`epithet_verdict`, for any place the epithet stands); "none" when the words are no
    epithet this reading knows, or fit no one."""
    descriptors = _descriptors(words) if words else None
    if not descriptors:
        return "none"
    people = _people(article, before)
    fitting = [
        name
        for name, described in people.values()
        if all(_fits(descriptor, described) for descriptor in descriptors)
    ]
    if not fitting:  # "the Argentine leader" for "Argentina's Javier Milei, the host"
        fitting = _by_people(people, descriptors)
    if not fitting:
        return "none"
    verdicts = {_is(parts, name) for name in fitting}
    if len(fitting) == 1:
        return verdicts.pop()
    return "unsure" if "yes" in verdicts else "other"


def _by_people(
    people: dict[str, tuple[list[Token], set[str]]], descriptors: Sequence[str]
) -> list[list[Token]]:
    """When no one fits every word of an epithet, the people it names by every word but its
    office, a people's or country's word among them ("Argentine" of "the Argentine leader":
    the office a page words another way; an age or "former" must still fit): a reader takes
    the one person of that people the page has named; [] when the epithet has no such word,
    or no one or more than one person fits it."""
    own = [d for d in descriptors if d not in HEADS]  # all but the office must fit
    if not any(party_of(d) is not None for d in own if d.isalpha()):
        return []
    # a spokesman is not the body's head, nor its head its spokesman: "Kremlin spokesman X"
    # is no "Kremlin leader", "President Y" no "Kremlin spokesman" (review rvrb32)
    apart = _PRINCIPALS if _STAFF & set(descriptors) else _STAFF
    fitting = [
        name
        for name, words in people.values()
        if all(_fits(d, words) for d in own) and not apart & words
    ]
    return fitting if len(fitting) == 1 else []  # two of that people: the other readings


def _is(parts: Sequence[str], name: Sequence[Token]) -> Verdict:
    """ "yes" when the fitting person is the speaker: by name, or by a short form whose
    words all stand in the name the page described ("Lula" of "Luiz Inacio Lula da
    Silva")."""
    if by_subject(list(parts), list(name)) == "yes":
        return "yes"
    words = {t.norm for t in name}
    inside = all({t.norm for t in tokenize(part)} <= words for part in parts)
    return "yes" if inside else "other"


__all__ = [
    "described_verdict",
    "epithet_verdict",
    "epithet_word",
    "fitted_verdict",
    "foreign_people",
]
