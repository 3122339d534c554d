"""A quote attributed by a description ("the US president added", "the British prime
minister has warned") that no one on the page holds, read back to an earlier sentence, for
:mod:`summarizer.verification.quotes.speakers`.

A title the page gives to one person before the quote names them
(:func:`summarizer.verification.quotes.attribution.by_title`); one it gives to no one points
back, and the nearest earlier attribution decides, as for "he said". That reading is the
page's salience, not a tie between the description and a person: it is as good as the
sentence it lands on is plain. When that sentence names the value and someone else besides
("Ursula von der Leyen met Donald Trump. "...," the U.S. president said"), the page gives
no reason to prefer either for the title, so neither a "yes" nor a strong "other" is read:
the verdict is "unsure" (an unconfirmed flag). One person named there ("Donald Trump wrote
on social media that ... "...," the US president added") keeps the reading.

Before session 32 a description with a country's name in it ("the US president", "the
U.S. president") that no one was named with before the quote made the quote someone
else's outright: on outside checks 50-63 that was a strong false alarm on the right speaker
six times (a digest's "TRUMP (United States). The US president used his address ...", a
"Donald Trump wrote ... the US president added"), so it now points back like any other
unheld description (:mod:`summarizer.verification.quotes.attribution`).

Review rvrb32: the read-back is salience, so it never gives the description to a person the
page gives only another office (:func:`other_office`, asked by ``by_title`` before it points
back): '"...," said Ana Ruiz, the UN refugee chief. "...," the US president said' is not
Ruiz's, "President Vadim Orlov told the council ... "...," the Kremlin spokesman said" not
Orlov's; nor is such a person a rival that leaves the value unsure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from ..sentences.antecedents import others_named
from ..sentences.clauses import Verdict
from ..sentences.speech import SPEECH_VERBS
from .page_offices import (
    HEADS,
    HEADS_OF_GOVERNMENT,
    OPENERS,
    ROLES,
    STRICT_RANKS,
    Office,
    office_from,
    page_people,
)


def described_verdict(
    article: ArticleText, at: int, verdict: Verdict, parts: Sequence[str], title: str
) -> Verdict:
    """The read-back verdict of a description no one holds, landed on the sentence at ``at``:
    "unsure" when that sentence names another person besides the value (not one the page
    gives another office: :func:`_others_apart`), or names only the value but neither speaks
    nor gives them the office (``title``'s last word); the verdict as read otherwise."""
    if verdict not in ("yes", "other"):
        return verdict
    index = article.sentence_at(at)
    start, end = article.sentences[index]
    tokens = article.outside_quotes(start, end)
    rivals = others_named(parts, tokens, article.text)
    if rivals and not _others_apart(article, index, parts, title):
        return "unsure" if verdict == "yes" else verdict  # two people named: either's
    if verdict == "yes" and not _speaks_or_holds(tokens, title):
        return "unsure"  # "X visited a farm. ... "...," the Welsh minister said": no tie
    return verdict


def named_apart(article: ArticleText, index: int, parts: Sequence[str], title: str) -> bool:
    """Whether sentence ``index`` is an attribution (or gives the office) that names the value
    and besides it only people the page gives another office than ``title`` ("Ivan Lesnoy told
    reporters that President Vadim Orlov had no plans to travel. "...," the Kremlin spokesman
    said"): the description reads back to the value as if it were named alone (review
    rvrb32)."""
    start, end = article.sentences[index]
    own = tokenize(parts[0])[-1].norm if len(parts) == 1 and tokenize(parts[0]) else ""
    people, _, _ = page_people(article, index)
    named = {surname for surname, _ in people.get(index, [])}
    tokens = article.outside_quotes(start, end)
    return (
        own in named
        and _others_apart(article, index, parts, title)
        and (_speaks_or_holds(tokens, title))
    )


def _others_apart(article: ArticleText, index: int, parts: Sequence[str], title: str) -> bool:
    """Whether everyone else sentence ``index`` names is a person the page gives another
    office than the description ("Dana Whitfield told Canadian Prime Minister Mark Lowe ...
    "...," the US president said"): they are no rival for it (review rvrb32)."""
    own = tokenize(parts[0])[-1].norm if len(parts) == 1 and tokenize(parts[0]) else ""
    people, _, _ = page_people(article, index)
    rivals = {surname for surname, _ in people.get(index, []) if surname != own}
    return bool(own and rivals) and all(other_office(article, title, [r]) for r in rivals)


def _speaks_or_holds(tokens: Sequence[Token], title: str) -> bool:
    """Whether the sentence read back to is an attribution (a speech verb outside its
    quotes: "X wrote on social media that ...") or gives its subject the description's own
    office ("The US president used his address ..."): salience ties the description to the
    one person there; a sentence that only says what they did does not."""
    office = title.split()[-1].lower() if title.split() else ""
    return any(t.norm in SPEECH_VERBS or t.norm == office for t in tokens)


# The words that make an office a press one ("White House press secretary", "the director of
# the press office"): its holder is the body's spokesman in other words.
_PRESS = frozenset({"press", "communications", "spokesman"})


def other_office(article: ArticleText, title: str, parts: Sequence[str]) -> bool:
    """Whether the page gives the one person ``parts`` names only offices that are not the
    description ``title`` ("Prime Minister Mark Lowe", "Ana Ruiz, the UN refugee chief" for
    "the US president"; "President Vadim Orlov" for "the Kremlin spokesman"; "UN spokesman
    Peter Okafor" for "the UN chief"): whatever the read-back lands on, the description is
    not theirs (review rvrb32: the nearest speaker of another office was accepted)."""
    tokens = [t for t in tokenize(title) if t.norm not in OPENERS]
    if len(parts) != 1 or not tokens or tokens[-1].norm not in HEADS:
        return False
    surname = tokenize(parts[0])[-1].norm if tokenize(parts[0]) else ""
    _, offices, _ = page_people(article, len(article.sentences) - 1)
    # an office noun the page gives them, not a misread aside ("a former coordinator of the
    # UN panel of experts on the DRC, Mr Trump" gives no office "DRC")
    held = [o for o in offices.get(surname, []) if o.head in HEADS | ROLES]
    want = office_from(tokens, len(tokens) - 1)
    return bool(held) and all(_unlike(want, office) for office in held)


def _unlike(want: Office, held: Office) -> bool:
    """Whether ``held`` is another office than the description ``want``: a role ("the
    economist"); a spokesman's against any other (the body's head is not its spokesman, nor
    its spokesman its head, unless the office is a press one); another rank ("Vice President"
    for "the president"); another noun, unless either is "chief", "head" or "leader" (which
    name any office) or both head a government ("premier", "prime minister", "chancellor");
    a head of another body or place ("the Senate majority leader", "the UN refugee chief" for
    "the US president"); and, both with a country or body's word, none in common."""
    if held.head in ROLES:
        return True
    press = held.head == "spokesman" or bool(_PRESS & (held.places | held.ranks))
    if (want.head == "spokesman") != press:
        return True
    if (want.ranks ^ held.ranks) & STRICT_RANKS:
        return True
    if held.head == "head" != want.head and want.places and held.places:
        return not want.places & held.places  # "the Senate majority leader", "the UN chief"
    governing = {o.head for o in HEADS_OF_GOVERNMENT}
    nouns = {want.head, held.head}
    if "head" not in nouns and not nouns <= governing and want.head != held.head:
        return True
    return bool(want.peoples and held.peoples and not want.peoples & held.peoples)
