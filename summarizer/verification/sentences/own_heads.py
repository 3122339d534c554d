"""An event's actor told in its evidence by "the" and its own name's head noun, as an active
clause's subject ("the commission made it official" for the Securities and Exchange
Commission, "The bureau lowered the gains" for the Bureau of Labor Statistics, "the Navy
ordered" for the U.S. Navy, "The family also made 141 journeys" for the royal family, "the
Thunder won the third quarter" for the Oklahoma City Thunder; outside checks 80-99, session
60), for the ``actor`` kind (:mod:`summarizer.verification.sides.event_actors`).

News copy names a body in full once and then shortens it to "the" and the noun its name is
built on: the name's last word, or the word before its "of" ("Bureau of Labor Statistics",
"Independent Commission Against Corruption"). A reader takes the short form for the body when
it can stand for nothing else on the page. Read here, for a value of two or more words that is
no person and no country:
- the page writes the value in full before the evidence's short form;
- up to the short form, the page uses the head noun for nothing else: every other place the
  noun stands is inside the value's own name or is the same bare "the <noun>" (no "a
  commission", "the appeals court", "European Commission", "the Commission President":
  another body of the noun, or one the page leaves unnamed, may be the one meant);
- in the evidence, "the <noun>" (no owner's "'s", no words between) opens a clause (the
  sentence's start, after a fronted phrase's comma, a colon or semicolon, ", and"/", but")
  and an active verb follows it, not a passive ("the commission was sued") nor a verb of
  saying or thinking ("the bureau said the economy added jobs": it only reports the act).

Not read: the short form as an object or after a preposition ("sued the commission", "a
filing by the commission"), its possessive ("the Navy's own estimate"), a short form
with a modifier ("the federal commission"), a title before a person's name ("King Charles"
is no "the king" here: a person is left to the people readers), a business's noun ("the
group", "the company": any business may be meant; :mod:`.described_actors` reads those with
their rivals), words in quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, Token, tokenize, word_set
from ..people.names import TITLES
from .body_kinds import BUSINESS, KINDS, NAME_WORDS
from .described_actors import FRONT_REACH, FRONTED
from .description_misfits import a_person
from .passives import ADVERBS, PARTICIPLES, passive_participle

# Words a name's head stands before: "Bureau of Labor Statistics", "Commission Against ...".
_CUTS = word_set("of for on against in to")
# A company's legal suffix names no noun a page shortens the body to ("the Inc").
_SUFFIXES = word_set("inc ltd plc corp co llc ag sa nv se spa bv ab asa oyj")
# A business's nouns stand for any business ("Halvorsen Steel Group ... Brandt Metals Inc cut
# jobs. The group also shut": Brandt is meant), not only one with the word in its name.
_BUSINESS_WORDS = KINDS[BUSINESS] | NAME_WORDS[BUSINESS]
# Heads a page uses for another body of the same word without naming it ("the House" for the
# House of Representatives beside the White House; "the state", "the city" for a place; "the
# party", "the union", "the government" for a body the page names without the word: "the
# Conservatives", "Unite", "Kenya": the party and union readers read those with their rivals).
_LOOSE = word_set(
    """house state states city country kingdom republic people party union government army
    military"""
)
_TIME_ENDS = word_set("later earlier ago before after")
_EARLY = word_set("early late")
_TIME_WORDS = word_set(
    """on in at last this next week weeks month months year years day days morning afternoon
    evening night quarter spring summer autumn winter weekend then"""
)
_JOINERS = word_set("and but while so yet")
_AUXILIARIES = word_set(
    """is are was were has have had will would can could may might should must does did do"""
)
_PASTS = word_set(
    """took gave rose fell grew began became drew drove saw ran sank spoke wrote chose broke
    froze stood withdrew forecast set put cut won lost made kept left held met paid sold
    bought sent spent brought struck led went came got"""
)
# Verbs of saying, reckoning or thinking: the body only reports or judges the act.
_SAYING = word_set(
    """said says say told tells added adds noted notes stated states estimated estimates
    reckons reckoned believes believed thinks thought argued argues claimed claims insisted
    insists warned warns expects expected predicted predicts suggested suggests according
    acknowledged admits admitted denied denies disputed disputes contends contended"""
)
# Verbs of reporting or finding: before "that" the body only tells another's act ("the bureau
# reported that growers planted", "the board confirmed that the chief executive had resigned").
_REPORTING = word_set(
    """reported reports announced announces confirmed confirms revealed reveals disclosed
    discloses found finds concluded concludes showed shows calculated calculates projected
    projects forecast forecasts learned learns heard hears"""
)
_NOT_VERBS = word_set(
    """of in at for from with to by on and or but as than that which who whose where into
    against about over under between among"""
)


def own_head_actor(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence tells ``value`` by "the" and its own name's head noun as
    an active clause's subject (see the module)."""
    name = value.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    head = _head(name)
    if head is None or a_person(article, name):
        return False
    words = tuple(t.norm for t in tokenize(name))
    spans = article.phrase_spans(words)
    if not spans:
        return False
    for index in sentences:
        start, end = article.sentences[index]
        tokens = article.outside_quotes(start, end)
        for at in _starts(tokens, article.text):
            place = tokens[at].start
            if (
                _short_form(tokens, at, head)
                and spans[0][0] < place
                and _sole_use(article, spans, head, place)
            ):
                return True
    return False


def _head(name: str) -> str | None:
    """The noun the name is built on: the word before its first "of" (or "for", "against"
    ...), else its last word; None for a one-word name, a suffix, a title or a loose head."""
    tokens = tokenize(name)
    if len(tokens) < 2:
        return None
    cut = next((i for i, t in enumerate(tokens) if i and t.norm in _CUTS), len(tokens))
    token = tokens[cut - 1]
    norm = token.norm
    if not token.text[:1].isalpha() or not norm.isalpha() or len(norm) < 3:
        return None
    if norm in _SUFFIXES or norm in TITLES or norm in _LOOSE or norm in _BUSINESS_WORDS:
        return None  # "the group" may be any business: the description readers' to read
    return norm


def _sole_use(
    article: ArticleText, spans: Sequence[tuple[int, int]], head: str, place: int
) -> bool:
    """Whether every place the page writes ``head`` before ``place`` (what a reader has read
    when the short form comes) is inside the value's own name or is the bare short form "the
    <head>" (see the module)."""
    tokens = article.tokens_between(0, place)
    for at, token in enumerate(tokens):
        if token.norm != head:
            continue
        if any(start <= token.start < end for start, end in spans):
            continue
        before = tokens[at - 1] if at else None
        if before is None or before.norm != "the":
            return False  # "a commission", "European Commission", "the appeals court"
        if token.text.endswith(APOSTROPHE_ENDINGS):
            continue  # "the commission's ruling": the same short form, owning
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if after is not None and after.capitalised and not _sentence_break(article, token):
            return False  # "the Commission President": another name
        if (
            after is not None
            and after.norm in _CUTS
            and at + 2 < len(tokens)
            and tokens[at + 2].capitalised
        ):
            return False  # "the Bureau of Trade Statistics", "the Court of Appeal"
    return True


def _sentence_break(article: ArticleText, token: Token) -> bool:
    """Whether a sentence ends right after ``token`` (the next capital opens a sentence)."""
    gap = article.text[token.end : token.end + 3]
    return any(mark in gap for mark in ".:;!?\n")


def _starts(tokens: Sequence[Token], text: str) -> list[int]:
    """Where a clause's subject may stand: the sentence's start, after a fronted phrase and
    its comma, after a colon or semicolon, after ", and" / ", but"."""
    if not tokens:
        return []
    found, opening = [0], 0
    for index in range(1, min(len(tokens), FRONT_REACH)):
        if "," not in text[tokens[index - 1].end : tokens[index].start]:
            continue
        if not _fronted(tokens[opening:index]):
            break
        found.append(index)  # "Six days later, on February 27, the commission made"
        opening = index
    for index in range(1, 5):  # no comma: "On Friday the bureau", "Last week the exchange"
        if index < len(tokens) and tokens[index].norm == "the" and _timed(tokens[:index]):
            found.append(index)
            break
    for index in range(1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if set(gap) & set(":;") or (
            tokens[index - 1].norm in _JOINERS
            and index > 1
            and "," in text[tokens[index - 2].end : tokens[index - 1].start]
        ):
            found.append(index)
    return found


def _fronted(stretch: Sequence[Token]) -> bool:
    """A fronted phrase: it opens with a preposition or adverb ("In June,"), or tells a time
    ("Six days later,", "Last year,", "On February 27,")."""
    if not stretch:
        return False
    if stretch[0].norm in FRONTED or stretch[-1].norm in _TIME_ENDS:
        return True
    return len(stretch) <= 4 and any(
        t.is_number or t.norm in MONTHS or t.norm in WEEKDAYS for t in stretch
    )


def _timed(stretch: Sequence[Token]) -> bool:
    """A short fronted time with no comma: a preposition or "last"/"this"/"then" and time
    words only ("On Friday", "In June", "Last week", "Early on Sunday")."""
    return (
        stretch[0].norm in FRONTED | _EARLY
        and all(
            t.is_number or t.norm in MONTHS or t.norm in WEEKDAYS or t.norm in _TIME_WORDS
            for t in stretch[1:]
        )
        and len(stretch) > 1
    )


def _short_form(tokens: Sequence[Token], at: int, head: str) -> bool:
    """ "the <head>" at ``at``, no owner's "'s", then an active verb that is no saying."""
    if at + 2 >= len(tokens) or tokens[at].norm != "the":
        return False
    noun = tokens[at + 1]
    if noun.norm != head or noun.text.endswith(APOSTROPHE_ENDINGS):
        return False
    verb = at + 2
    while verb < len(tokens) - 1 and tokens[verb].norm in ADVERBS:
        verb += 1
    if not _finite(tokens[verb]) or tokens[verb].norm in _SAYING:
        return False
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if after is not None and tokens[verb].norm in _REPORTING and after.norm == "that":
        return False  # "the bureau reported that growers planted": another's act, reported
    if after is not None and _plural_noun(tokens[verb]) and _finite(after):
        return False  # "the council workers walked out": a compound's noun, then its verb
    return passive_participle(tokens, verb) is None


def _plural_noun(token: Token) -> bool:
    """A word in -s that may be a plural noun ("workers", "fees", "members"): no auxiliary, no
    irregular past, no "-ed"."""
    word = token.norm
    return (
        word.endswith("s")
        and word not in _AUXILIARIES
        and word not in PARTICIPLES
        and word not in _PASTS
    )


def _finite(token: Token) -> bool:
    """A word that shows a finite verb: an auxiliary or modal, a past in -ed, a present in -s,
    an irregular past; no capitalised word, preposition or number."""
    word = token.norm
    if token.capitalised or word in _NOT_VERBS or not word.isalpha():
        return False
    if word in _AUXILIARIES or word in PARTICIPLES or word in _PASTS:
        return True
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


__all__ = ["own_head_actor"]
