"""An actor its evidence names only as the object of a pronoun's deed (session 44, closer
gac44; review rvactors37): "He called Oduya to congratulate him", "He gave Dunn his first
part", "It sued Kestrel Bank".

A pronoun opening the clause is its subject, and English never lets a plain pronoun and a
name that is the same verb's object be one person (a speaker says "himself" for that): the
one the pronoun stands for acts, the one named after the verb is acted on, given to or
spoken to. An actor the evidence names only there was swapped with the pronoun's person, so
the name alone no longer supports it (read as "unconfirmed": the words are there, no wording
gives the value the actor's part).

Not read so: a verb of meeting or contest, whose object takes part as much as its subject
("He met Oduya", "She beat Kerr", "He joined Brandt"); a verb whose object carries out the
infinitive after it ("He urged Oduya to concede", "She asked Dunn to stay"); a verb of
saying or thinking, whose name after it opens a clause of its own ("He said Oduya had won");
an owner ("He gave Dunn's son a job": the son is given to); a value the sentence names again
elsewhere ("He called Oduya, and Oduya thanked him"); a pronoun inside a clause rather than
opening the sentence or following a fronted adverbial ("Within two years he had closed").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, tokenize, word_set
from ..people.names import TITLES, norms
from ..people.standin_words import SAYS

_PRONOUNS = word_set("he she it")
# Words between the pronoun and its verb: auxiliaries, modals and adverbs of time or manner.
_BEFORE_VERB = word_set(
    """had has have will would could should may might then later also once soon quickly
    personally promptly immediately first finally eventually already never"""
)
# Verbs whose object takes part as much as their subject does (a meeting, a contest, a bond).
_MUTUAL = word_set(
    """met meets meet meeting joined joins join faced faces face played plays play beat beats
    defeated defeats drew draws married marries marry partnered partners debated debates
    visited visits visit hosted hosts accompanied accompanies greeted greets embraced
    embraces hugged hugs joined succeeded succeeds replaced replaces"""
)
# Verbs whose object carries out the infinitive after them ("urged Oduya to concede").
_CONTROL = word_set(
    """urged urges asked asks told tells persuaded persuades forced forces allowed allows
    invited invites wanted wants expected expects encouraged encourages ordered orders begged
    begs pressed presses helped helps let lets made makes convinced convinces got gets
    challenged challenges"""
)
# Verbs after which a name opens a clause of its own ("He said Oduya had won").
_THINKS = SAYS | word_set(
    """thinks thought believes believed knew knows hoped hopes feared fears expects expected
    suggested suggests insisted argued argues noted notes warned warns admitted admits
    felt feels saw sees heard hears reckoned reckons guessed assumed assumes"""
)
# Words after the pronoun that are no verb taking an object (review rv44d): a copula of a
# cleft ("It was Kerr who scored"), a conjunction joining a second subject ("He and Aisha
# Rahman founded"), a verb of welcoming a guest who then takes part ("He welcomed Modi").
_NO_OBJECT = word_set(
    """is was were are be been became becomes remains remained and or nor welcomed welcomes
    received receives"""
)
# "It took Oduya three attempts to win", "It cost Kerr a year to recover": a dummy "It".
_DUMMY = word_set("took takes take cost costs")
# Verbs whose object carries out a "to" infinitive right after it ("sent Nemeth to
# negotiate", "appointed Dunn to lead"), but is acted on without one ("appointed Dunn").
_SENDS = word_set(
    """sent sends commissioned commissions appointed appoints recruited recruits hired hires
    chose chooses picked picks named names tasked tasks assigned assigns authorised authorized
    instructed instructs advised advises reminded reminds taught teaches trained trains enabled
    enables inspired inspires selected selects nominated nominates employed employs paid pays"""
)
# Verbs of seeing whose object does what the bare verb or "-ing" after it says ("He watched
# Kerr score twice"), but is only seen before a preposition ("watched Kerr from the box").
_PERCEIVES = word_set("watched watches watch noticed notices spotted spots observed caught found")
_NOT_VERBS = word_set(
    """from in at on during throughout with for by to of the a an and or as after before
    over into under since"""
)


def pronoun_object(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether every mention of ``value`` in the evidence ``sentences`` is the object of a
    verb whose subject is a pronoun opening the clause (see the module), and there is one."""
    words = tuple(norms(tokenize(value)))
    if not words:
        return False
    seen = False
    for index in sentences:
        tokens = article.sentence_tokens(index)
        spans = _mentions(tokens, words)
        if not spans:
            continue
        if len(spans) > 1 or not _object_of_pronoun(tokens, spans[0], article.text):
            return False
        seen = True
    return seen


def _mentions(tokens: Sequence[Token], words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each mention of the value: its whole name, or its last word alone (a surname)."""
    found: list[tuple[int, int]] = []
    size, at = len(words), 0
    while at < len(tokens):
        if tuple(t.norm for t in tokens[at : at + size]) == words:
            found.append((at, at + size - 1))
            at += size
            continue
        if size > 1 and tokens[at].norm == words[-1] and tokens[at].capitalised:
            found.append((at, at))
        at += 1
    return found


def _object_of_pronoun(tokens: Sequence[Token], span: tuple[int, int], text: str) -> bool:
    """Whether the mention at ``span`` is the direct object of a verb whose subject is a
    pronoun opening the sentence (or right after a fronted adverbial and its comma)."""
    first, last = span
    if tokens[last].text.endswith(APOSTROPHE_ENDINGS) or text[tokens[last].end :].startswith(
        APOSTROPHE_ENDINGS
    ):
        return False  # "He gave Dunn's son a job": the son is given to
    start = first
    while start > 0 and tokens[start - 1].norm in TITLES:
        start -= 1  # "He called President Oduya"
    verb = start - 1
    if verb < 1 or not tokens[verb].text.islower():
        return False
    if tokens[verb].norm in _MUTUAL | _CONTROL | _THINKS | _NO_OBJECT:
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.text.islower():
        if tokens[verb].norm in _SENDS and after.norm == "to":
            return False  # "He sent Nemeth to negotiate": Nemeth negotiates (rv44d)
        if tokens[verb].norm in _PERCEIVES and after.norm not in _NOT_VERBS:
            return False  # "He watched Kerr score twice": Kerr scores (rv44d)
    if tokens[verb].norm in _DUMMY and tokens[verb - 1].norm == "it":
        return False  # "It took Oduya three attempts to win": no one's deed (rv44d)
    if text[tokens[verb].end : tokens[start].start].strip():
        return False  # a comma or a dash between: no object
    at = verb - 1
    while at >= 0 and tokens[at].norm in _BEFORE_VERB:
        at -= 1
    if at < 0 or tokens[at].norm not in _PRONOUNS or (at and not tokens[at].text.islower()):
        return False
    return at == 0 or _fronted(tokens, at, text)


def _fronted(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the words before the pronoun at ``at`` are one fronted adverbial closed by a
    comma ("In 1963, he gave Dunn"), naming no one."""
    if "," not in text[tokens[at - 1].end : tokens[at].start]:
        return False
    return not any(t.capitalised for t in tokens[1:at]) and at <= 6


__all__ = ["pronoun_object"]
