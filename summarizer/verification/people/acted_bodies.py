"""A body the person only acts on, read for a person's ``affiliation``
(:mod:`summarizer.verification.people.person_rules`, session 49).

The largest held-out cause (20 of 47 misses) was a body the person only spoke to, met, sued
or visited: "Holden met Boeing negotiators" gives Holden no tie to Boeing (the free-text check
asks only that the words occur). A body tied by apposition, possessive, "of", a bracket or a
membership verb is theirs (:mod:`.affiliation_holders`); one only the OBJECT of their act is not.

:func:`acted_on` reads every sentence naming the person (by surname) that writes the value. In
each, the person's mention is read as a clause subject: past a bracket ("(D-Ill.)"), an
apposition set off by commas, a second coordinated name ("X and Rep. Y"), auxiliaries and
adverbs, to the clause's verb, or to a relative clause's verb (", who sued ..."). The value is
the act's object when it starts within the verb's object phrase: straight after the verb or
after a preposition of an act's target ("to", "with", "against", ...), before any clause
boundary (a comma not opening a list, "that", "said", a relative pronoun ...). A verb of
saying reaches only a value written straight after it ("told the council", "wrote to Meta";
never "said Meta would ...", the reported clause's subject).

Never an act's object: a copula or a passive of no adversity ("X was hired by Y"); a verb of
membership, leaving, acting for one's own body or gaining (:data:`.act_shapes.MEMBERSHIP`); a
verb before "for", "at", "on", "in", "as". Passives of adversity, progressives, second verbs,
disputes and contests are read by :mod:`.act_shapes` (session 50).

:func:`acted_on` refuses only when the value is written in at least one sentence naming the
person as such an object AND in no sentence naming the person in any other place (a title run
"TikTok chief executive Shou Chew", an apposition, a bracket, the headline), and the page's
own tie readers (:func:`.affiliation_holders.value_holders`) never tie the value to them; a
pronoun tie ("Its spokeswoman, X") in a sentence naming the person also lets the value pass.

:func:`never_beside` reads the other half of the cause (another person's body, the story's
subject): the value is written on the page but in no sentence naming the person (nor its short
form, nor "the fund" / "its" standing for it beside them); :mod:`.person_rules` refuses it then
only when the page ties the person to a body of their own that shares no word with it (the
older holder shapes, or :func:`.affiliation_holders.apposed_bodies`: "X, Alpen Chocolate's
chief executive,"). A value in a "He"/"She" sentence after one naming them is kept when that
sentence may tie it to them (:func:`.act_shapes.pronoun_tie`: "She works for Acme Foods").

Left: a body given only as a former one ("X, a former director at the FAA"): refused, it
flagged two correct values on the unseen checks for one plant caught. The own side after a
verb ("helped Rovers beat", "thanked Harlow Foods staff") is :mod:`.own_side`'s.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, spaced_set
from .act_shapes import (
    ADVERSE_PRESENT,
    adverse_start,
    coordinated,
    membership,
    other_party,
    pronoun_tie,
    skip_adverbs,
)
from .own_mentions import guard_text
from .own_side import LEADING, own_side, stand_in

_TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019.&-]*[\w]|[A-Za-z0-9]|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_BE = spaced_set("is was are were be been being am 's")
_AUX = spaced_set(
    "has have had will would could can may might should must did does do also previously "
    "repeatedly then later recently already never once earlier twice reportedly allegedly "
    "personally not n't first still since just again"
)
# Verbs of telling: their object is the value only straight after them ("wrote to Meta").
_SAYING = spaced_set("told tells wrote writes warned warns asked asks urged urges informed informs")
# Verbs whose complement is a reported clause: never an act on the value after them.
_CLAUSE = spaced_set(
    "said says added adds argued argues noted notes stated states insisted insists claimed "
    "claims explained explains confirmed confirms suggested suggests testified testifies "
    "believes believed thinks thought predicted predicts acknowledged acknowledges "
    "admitted admits conceded concedes stressed stresses denied denies say claim insist "
    "argue add note state suggest confirm explain deny believe think predict admit concede "
    "stress acknowledge testify hope hopes hoped expect expects expected fear fears feared"
)
# Words an object phrase may not cross before the value: a possessive of the subject's side
# ("his Democratic Alliance colleague") or a preposition (the value is then another noun's).
_OWN = spaced_set("his her their its our my own")
_PREPOSITIONS = spaced_set(
    "of to in on at for from by with against into over about toward towards under within "
    "between among across through during after before since per via beside besides near "
    "behind alongside outside inside around despite like unlike"
)
_IRREGULAR = spaced_set(
    "met told wrote spoke sent gave saw beat fought hit brought made held lost went came "
    "struck sought took drove threw sold bought paid flew rang dealt"
)
_MEMBER_PREPS = spaced_set("for at on in as under within inside among behalf alongside of by")
_ACT_PREPS = spaced_set("to with against into over about toward towards upon from")
_LEAD_INS = spaced_set("to before the a an its their")
_BOUNDARY_WORDS = spaced_set(
    "that who which where whose when while after before because but said says saying if "
    "since until whom although though as"
)
# An apposition's first word after the name ("Robbins, a former ..."), not a verb.
_OPENERS = spaced_set("a an the who whose which now also currently formerly once then")
_LIST_AFTER_COMMA = spaced_set("including such as plus notably among")
_FUNCTION = spaced_set(
    "of and or the a an to in on at for from with by who which that as this these those"
)
_OBJECT_SPAN = 10  # tokens of an object phrase read after its verb


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _skip_bracket(words: list[str], at: int) -> int:
    depth = 0
    for index in range(at, min(len(words), at + 20)):
        if words[index] == "(":
            depth += 1
        elif words[index] == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(words)


def _subject_end(words: list[str], at: int) -> tuple[int, bool]:
    """Where the subject started at ``at`` (a name's last word) ends: past brackets,
    appositions and a coordinated name; and whether a relative clause (", who") follows."""
    index = at + 1
    while index < len(words):
        word = words[index]
        if word == "(":
            index = _skip_bracket(words, index)
        elif word == ",":
            if index + 1 < len(words) and words[index + 1].lower() == "who":
                return index + 2, True
            after = words[index + 1] if index + 1 < len(words) else ""
            if (
                _verb_like(words, index + 1)
                and after.lower() not in _OPENERS
                and (after.lower() in _AUX or _verb_shaped(after))
            ):
                return index + 1, False  # "Glenview's founder, Larry Robbins, had met ..."
            close = next(
                (k for k in range(index + 1, min(len(words), index + 16)) if words[k] == ","),
                None,
            )
            if close is None or any(w in ";:." for w in words[index + 1 : close]):
                return index, False
            index = close + 1
        elif (
            word.lower() in ("of", "from", "at")
            and index + 1 < len(words)
            and words[index + 1][:1].isupper()
        ):  # "Jon Cox of Kepler Cheuvreux": the person's own body, then the verb
            index += 1
            while index < len(words) and (
                words[index][:1].isupper() or words[index].lower() in ("of", "and", "&")
            ):
                index += 1
        elif word.lower() == "and" and index + 1 < len(words) and words[index + 1][:1].isupper():
            index += 1
            while index < len(words) and words[index][:1].isupper():
                index += 1
        else:
            return index, False
    return index, False


def _verb_like(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` may be a verb (or an auxiliary): lowercase, no function word."""
    if at >= len(words):
        return False
    word = words[at]
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in _FUNCTION
        and low not in _OWN
        and low not in _PREPOSITIONS
        and low not in _BOUNDARY_WORDS
    )


def _verb_shaped(word: str) -> bool:
    """A finite verb's shape with no auxiliary: "-ed", "-s" or an irregular past ("met")."""
    low = word.lower()
    return low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")) or low in _IRREGULAR


def _object_span(words: list[str], at: int) -> tuple[int, int] | None:
    """The tokens of the act's object after the subject ending at ``at``: None when no act
    verb follows (a copula, a passive, a verb of membership, a preposition of membership)."""
    index = at
    while index < len(words) and (words[index].lower() in _AUX or words[index].endswith("ly")):
        index += 1
    if index >= len(words):
        return None
    verb = words[index]
    low = verb.lower()
    adverse = adverse_start(words, index)  # "was sued by", "is suing", "took X to court"
    if adverse is not None:
        return _phrase(words, adverse)
    if low in _BE or not _verb_like(words, index):
        return None
    if index == at and not _verb_shaped(verb):
        return None
    if membership(low) or low in LEADING:  # "steadied the bank": a leader's own body
        return None
    start = skip_adverbs(words, index + 1)
    if start < len(words) and words[start].lower() in _MEMBER_PREPS:
        return None
    if low in _CLAUSE and (start >= len(words) or words[start].lower() not in ("to", "before")):
        return None  # "insisted the Amazon cuts ...": the value opens the reported clause
    if low in _SAYING or low in _CLAUSE:
        lead = start
        while lead < len(words) and words[lead].lower() in _LEAD_INS:
            lead += 1
        after = words[lead + 1] if lead + 1 < len(words) else ""
        hearers = after[:1].islower() and after.lower() not in _PREPOSITIONS  # not "about"
        if hearers or after in SINGULAR_POSSESSIVES or _POSSESSIVE.search(words[lead]):
            return None  # "told Labour MPs", "the alliance's ministers": its own side, maybe
        return (lead, lead + 1)
    return _phrase(words, start)


def _phrase(words: list[str], start: int) -> tuple[int, int] | None:
    """The object phrase starting at ``start``: past a preposition of an act's target, to a
    clause boundary, a possessive pronoun or a second preposition."""
    if start < len(words) and words[start].lower() in _ACT_PREPS:
        start += 1
    end = start
    crossed = False
    while end < len(words) and end < start + _OBJECT_SPAN:
        word = words[end]
        if word in ';:.!?"\u201c\u201d' or word.lower() in _BOUNDARY_WORDS:
            break
        if word == "," and (
            end + 1 >= len(words) or words[end + 1].lower() not in _LIST_AFTER_COMMA
        ):
            break
        if word.lower() in _ACT_PREPS and not crossed and 0 < end - start <= 3:
            crossed = True  # "filed a lawsuit against X", "sent a letter to X": the target
        elif word.lower() in _OWN or word.lower() in _PREPOSITIONS:
            break  # "his Chanel collection", "the cost of tariffs to Apple": not the object
        end += 1
    return (start, end) if end > start else None


def _value_places(article: ArticleText, value: str) -> list[tuple[int, int, int]]:
    """(sentence index, start, end) of every place the value is written, as written (read once
    per article; an ASCII value is tried only where its lower case stands, spd50)."""
    bare = re.sub(r"^the\s+", "", value.strip(), flags=re.IGNORECASE)
    if len(bare) < 2:
        return []
    if (found := article.memo.get(("value places", bare))) is None:
        pattern = re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", re.IGNORECASE)
        matches = article.word_matches(pattern, (bare.lower(),)) if bare.isascii() else None
        found = article.memo[("value places", bare)] = [
            (article.sentence_at(match.start()), match.start(), match.end())
            for match in (pattern.finditer(article.text) if matches is None else matches)
        ]
    return list(found)


def acted_on(article: ArticleText, surname: str, value: str) -> str | None:
    """The verb whose object the value only is in the sentences naming the person (see the
    module), or None when the page writes it in any other place beside them."""
    memo_key = ("acted_bodies.acted_on", surname, value)
    if memo_key not in article.memo:
        article.memo[memo_key] = _acted_on(article, surname, value)
    answer: str | None = article.memo[memo_key]
    return answer


def _verb_spans(words: list[str], hit: int) -> list[tuple[int, int, int]]:
    """(verb index, object start, object end) of the acts whose subject is the name ending at
    ``hit``: a relative clause's (", who sued ...") and the main clause's after it."""
    found: list[tuple[int, int, int]] = []
    end, relative = _subject_end(words, hit)
    starts = [end]
    if relative:
        commas = [k for k in range(end, min(len(words), end + 30)) if words[k] == ","][:3]
        main = next((k + 1 for k in commas if _verb_like(words, k + 1)), None)
        if main is not None:
            starts.append(main)
    for index, start in enumerate(starts):
        verb = start
        while verb < len(words) and (words[verb].lower() in _AUX or words[verb].endswith("ly")):
            verb += 1
        present = verb < len(words) and words[verb].endswith("s")
        if relative and index == 0 and present and not _adverse(words, verb):
            continue  # ", who commands the Tigrayan forces": a present description, a tie
        span = _object_span(words, start)
        if span is not None:
            found.append((verb, *span))
        for second in coordinated(words, verb, _IRREGULAR):  # "joined the talks and met X"
            span = _object_span(words, second)
            if span is not None:
                found.append((second, *span))
    return found


def _adverse(words: list[str], verb: int) -> bool:
    """Whether the present verb at ``verb`` acts against its object ("who faces", "is suing")."""
    return words[verb].lower() in ADVERSE_PRESENT or adverse_start(words, verb) is not None


def _reported(words: list[str], at: int, hit: int) -> bool:
    """Whether the value at ``at`` stands in the words a trailing attribution reports
    ("ExxonMobil has been promising ..., Bonta said"): neither a tie nor an act."""
    marks = (",", '"', "\u201d")
    if (at >= hit or hit == 0 or words[hit - 1] not in marks) and not (
        hit >= 2 and words[hit - 2] in marks
    ):
        return False
    after = hit + 1
    return after < len(words) and words[after].lower() in _SAYING


def _modifies(matches: list[re.Match[str]], words: list[str], begin: int, end: int) -> bool:
    """Whether the value ending at ``end`` modifies a plural noun after it ("Labour MPs")."""
    after = next((k for k, m in enumerate(matches) if begin + m.start() >= end), None)
    if after is None:
        return False
    word = words[after]
    return word.isalpha() and word.endswith("s") and word.lower() not in _BOUNDARY_WORDS


def _acted_on(article: ArticleText, surname: str, value: str) -> str | None:
    verb: str | None = None
    for sentence, start, stop_at in _value_places(article, value):
        if article.quoted_region_at(start) is not None:
            continue  # a quote's words are the speaker's, not the page's tie
        begin, stop = article.sentences[sentence]
        text = article.text[begin:stop]
        if surname not in text.lower():
            continue
        matches = _tokens(text)
        words = [m.group(0) for m in matches]
        at = next((k for k, m in enumerate(matches) if begin + m.start() >= start), None)
        hits = [k for k, w in enumerate(words) if _bare(w).lower() == surname and w[:1].isupper()]
        if at is None or not hits:
            return None
        if all(_reported(words, at, hit) for hit in hits):
            continue
        found = None
        for hit in hits:
            if found is not None:
                break
            if words[hit] != _bare(words[hit]):
                continue  # "Bonta's office": the possessive's noun is the subject
            for verb_at, first, last in _verb_spans(words, hit):
                if words[verb_at].lower() in _SAYING and _modifies(matches, words, begin, stop_at):
                    continue  # "told Labour MPs": the value names the hearers' side
                if first <= at < last:
                    found = words[verb_at]
                    break
            if found is not None:
                break
        if found is None and min(hits) < at:  # the person named first: "X ... beat Leinster"
            found = other_party(words, at)  # "a lawsuit from the union", not "the agency, led by X"
        if found is None or own_side(found, article.text[stop_at:stop], found.lower() in _SAYING):
            return None
        verb = verb or found
    return verb


# Nouns a page uses for a body it named before ("the people now running the agency").
_BODY_NOUNS = (
    "agency|company|firm|group|party|bank|council|club|team|union|ministry|department|"
    "government|organisation|organization|board|court|network|league|church|body|regulator"
)


def never_beside(
    article: ArticleText, surname: str, value: str, own: frozenset[str] | None = None
) -> bool:
    """Whether the page writes the value (outside quotes) but never in a sentence naming the
    person, nor in the sentence before one that names them after "its" or "their" ("The
    council said ... Its leader, X"): nothing on the page can tie it to them. Given ``own``
    (session 56), quotes and the person's own bodies are blanked first, and a sentence
    writing an own body reads no stand-in as the value's (:mod:`.own_mentions`)."""
    places = [
        sentence
        for sentence, start, _ in _value_places(article, value)
        if article.quoted_region_at(start) is None
    ]
    if not places:
        return False
    opens = any(  # the value opens a sentence: the story's subject ("the airline")
        article.text[article.sentences[at][0] : start].strip().lower() in ("", "the")
        for at, start, _ in _value_places(article, value)
    )
    nouns = "|".join(
        w for w in re.findall(r"\b[a-z]{4,}\b", value.lower()) if w not in ("with", "from")
    )
    nouns = nouns or "(?!)"
    for sentence in set(places):
        begin, stop = article.sentences[sentence]
        last = article.sentences[sentence - 1] if sentence else (0, 0)
        if surname in article.lowered[last[0] : last[1]] and pronoun_tie(
            [m.group(0) for m in _tokens(article.text[begin:stop])][:12]
        ):  # the opening tokenised only after a sentence naming the person
            return False  # "X, 41, of Leeds. She works for Acme": the pronoun is theirs
        for index in (sentence, sentence + 1):
            if index >= len(article.sentences):
                continue
            begin, stop = article.sentences[index]
            if surname not in article.lowered[begin:stop]:
                continue
            text, named = guard_text(article, begin, stop, own, surname)
            low = text.lower()
            if (
                index == sentence
                or re.search(rf"\bthe (?:{nouns})\b", low)
                or (not named and re.search(r"\b(?:its|their)\b", low))
            ):
                return False  # "Its leader, X", "the committee's ranking member, X"
    for begin, stop in article.sentences:  # a short form beside them: "Ishin co-leader X"
        if surname not in article.lowered[begin:stop]:
            continue
        text, named = guard_text(article, begin, stop, own, surname)
        lowered = text.lower()
        if re.search(rf"\bthe (?:{nouns})\b", lowered) or (
            not named
            and (re.search(rf"\bthe (?:{_BODY_NOUNS})\b", lowered) or (opens and stand_in(lowered)))
        ):
            return False  # "she says the fund simply brings that approach home"
        if any(
            re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            for word in re.findall(r"[A-Z][\w&-]{2,}", value)
        ):
            return False
    return True


__all__ = ["acted_on", "never_beside"]
