"""An actor or party its evidence gives only by a stand-in: a pronoun ("He admitted all 16
offences", "It reopened on Wednesday", "Its troubles became public") or a definite description
("The airline first saw ...", "This week the carmaker put ...", "The Bank now expects ...", "the
corporation's staff", "The 54-year-old former Royal Marine ...", "the Malaysian premier"), read
for :mod:`summarizer.verification.sides.parties` (outside checks 62 to 77, session 35).

English ties such a stand-in to the last fitting name before it; a fact-checker reads it so:
- "he", "she" and, opening a clause, "his", "her" stand for a person (a name the page marks
  with a title, a gender or a given name, or writes by its last word alone: "Doyle");
- "it" opening a clause ("At that point it said", not "rejected it") and "its" stand for a body
  (a name with a body's word, in capitals, with "&", one word, or abbreviated: "JLR");
- a description's head names its class: one sharing a word with the value ("the Bank" for Bank
  of England) ties surely unless a nearer name holds that word; a class head ("the union",
  "the airline") fits a value whose name tells no other class, unless a name of that class
  stands before it; a title head ("the president", "the pope") only a value the page writes
  with that title; a country's word ("the Ukrainian president") the person tied to it.

"yes" when the value is the last fitting name before the stand-in, near enough (:data:`_NEAR`
sentences for a pronoun, :data:`_FAR` for a description); "other" when a nearer name surely
fits (it holds the head's class word or title, the pronoun's gender, or stands in the pronoun's
own sentence: "CrowdStrike said it would"; after it for an owner: "For its part, IOM says"), so
a value swapped in from elsewhere on the page stays refused; "unsure" when a nearer name may
fit; None when no stand-in of the value's kind is there or the page names the value nowhere
before it. Review rvsi35: another fitting name before the value in the sentence of its last
mention (its subject: "Acme sued Borealis. It said") makes "yes" "unsure"; a pronoun in a
quotation is at best "unsure" and never the quote's speaker; a dummy "it" ("It is understood
that") and a predicate ("It was the first chain") stand for no actor; unread: they, their, him.
An owner's people act in its place ("Her attacker"), a "he" after them at best "unsure" (go40a).
Past the near reach, or where a name on the way leaves it "unsure", a body's "it" or "the
company" reads the page's topic (:mod:`summarizer.verification.sentences.far_standins`, fac46).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from summarizer.text.vocabulary import STOPWORDS
from ..context import Context, Result, fact_description, unconfirmed
from ..page.article import ArticleText
from ..page.tokens import APOSTROPHE_ENDINGS, SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.company_owners import company_owner
from ..people.lone_surnames import marks_person
from ..people.names import TITLES, norms
from ..people.party_names import party_of, ties
from ..people.standin_checks import (
    acting_description,
    bodylike,
    class_named,
    dummy_it,
    last_mention,
    one_body,
    opens,
    salient_subject,
    speaker_quoted,
    thing_before,
)
from ..people.standin_words import (
    BODY_HEADS,
    BODY_WORDS,
    BRAND_HEADS,
    CLASSES,
    GENERIC,
    NOT_NAMES,
    OWNERS,
    PERSON_HEADS,
    ROLE_TIES,
    TITLE_HEADS,
    age_clash,
    name_fragment,
    name_runs,
    owned_before,
    owns_people,
    public_named,
    role_tied,
    says,
    titled,
    titled_others,
)
from ..people.transfer_holders import holder_reading
from ..sentences.far_standins import DESCRIPTION_REACH, PRONOUN_REACH, topic_reading, unsure_for
from ..sentences.genders import gender_of

Reading = Literal["yes", "other", "unsure"]

_HE, _SHE, _IT = word_set("he his"), word_set("she her"), word_set("it its")
_MEN, _WOMEN = word_set("he him"), word_set("she her")  # "She praised his work" is hers
_DETERMINERS = word_set("the this that")
_NEAR = 3  # sentences back a pronoun reads ("X said ... . It had ... . At that point it")
_FAR = 12  # sentences back a description reads
_REACH = 4  # tokens from a determiner to its head ("the 141-year-old chain")
_STOPS = NOT_NAMES - TITLES
_ARTICLES = word_set("the a an")  # "the Dunmore by-election": no person after them
# A description's head, made once (not a set of ninety words at every token, about 1 us each).
_HEADS = PERSON_HEADS | BODY_HEADS
# The words _at reads a stand-in at: a pronoun, an owner, a description's head, "old".
_READ = _HE | _SHE | _IT | _HEADS | {"old"}


def standin_reading(
    value: str, article: ArticleText, sentences: Sequence[int], deed: bool = False
) -> Reading | None:
    """The verdict of the first stand-in in the evidence ``sentences`` that settles one (see
    the module); "yes" over "unsure" over "other" when several do; ``deed``: the fact told is
    no saying ("His agent said he had signed" tells the player's signing, rv40a)."""
    words = tuple(norms(tokenize(value)))
    if not words or party_of(value) is not None:
        return None
    kind = _kind(value, words, article)
    if kind is None:
        return None
    verdicts = {
        _at(tokens, position, words, kind, article, value, deed)
        for tokens in (article.sentence_tokens(index) for index in sentences)
        for position in range(len(tokens))
        if tokens[position].norm in _READ  # (any other word: _at gives None)
    }
    ranked: tuple[Reading, ...] = ("yes", "unsure", "other")
    return next((wanted for wanted in ranked if wanted in verdicts), None)


def standin_result(value: str, part: str, ctx: Context) -> Result:
    """The verdict on ``part`` (of ``value``) as a Result: supported, unconfirmed, refused."""
    told = fact_description(ctx.fact)
    read = standin_reading(value, ctx.article, ctx.sentences, bool(told) and not says(told))
    if read == "yes":
        return True, ""
    if read == "unsure":
        return unconfirmed(f"{part!r} may be what its evidence's pronoun or description means")
    nearer = "; its pronoun or description stands for a nearer name" if read == "other" else ""
    return False, f"{part!r} is not named in its evidence{nearer}"


def _at(
    tokens: Sequence[Token], position: int, words: tuple[str, ...], kind: str,
    article: ArticleText, value: str, deed: bool = False,
) -> Reading | None:  # fmt: skip
    """The verdict of the stand-in at ``position``, or None when none stands there; a pronoun
    quoted at best "unsure": its speaker chose whom it means ('"He let us all down"')."""
    read = _read(tokens, position, words, kind, article, value, deed)
    if read == "unsure" and kind != "person" and salient_subject(article, tokens, position, words):
        read = "yes"  # "Ferrand Cement raised prices. It expects" (review rv-r3actors)
    if read == "yes" and kind != "person" and thing_before(article, tokens, position, words):
        read = "unsure"  # "Corrick Steel opened a new furnace. It burns" (review rv41b)
    held = holder_reading(article, tokens, position, words)  # "sold X to B. It will" (gac45)
    read = held if held == "other" or (held and read) else read  # "yes" not at "The union" rv45e
    quoted = tokens[position].norm in _HE | _SHE | _IT and article.in_quotes(tokens[position].start)
    return "unsure" if quoted and read == "yes" else read


def _read(
    tokens: Sequence[Token], position: int, words: tuple[str, ...], kind: str,
    article: ArticleText, value: str, deed: bool = False,
) -> Reading | None:  # fmt: skip
    """The verdict of the stand-in at ``position`` read as the narrator's (see :func:`_at`)."""
    token = tokens[position]
    if token.norm in OWNERS and not opens(tokens, position, article.text):
        return None  # "rejected its offer", "on his way": an owner inside a clause
    if token.norm in OWNERS and owns_people(tokens, position):
        return None  # "Her supporters marched", "His former coach said": they act, not he
    if token.norm in _HE | _SHE | _IT and any(_description(tokens, i) for i in range(position)):
        return None  # "The ministry said it would": the description before takes it
    if token.norm in _HE | _SHE | _IT and speaker_quoted(article, token, words):
        return "other"  # '"He let us down," Brandt said': a speaker says "I"
    if token.norm == "it" and dummy_it(tokens, position):
        return None  # "It is understood that", "It was raining": no actor
    if token.norm in _HE | _SHE and kind in ("person", "either") and not token.joined:
        if token.norm == "her" and tokens[min(position + 1, len(tokens) - 1)].norm in _STOPS:
            return None  # "told her that": an object
        pronoun = "he" if token.norm in _HE else "she"
        if {t.norm for t in tokens} & _MEN and {t.norm for t in tokens} & _WOMEN:
            return "unsure"  # "He invited her": which of the two is which is not read
        marked = gender_of(article, [value])
        if marked is not None and marked != pronoun:
            return None
        read = _nearest(article, token, words, "person", _NEAR, pronoun=pronoun)
        return "unsure" if read == "yes" and owned_before(tokens, position, deed) else read
    if token.norm == "it" and not opens(tokens, position, article.text):
        return None  # "rejected it": an object, no actor
    if token.norm in _IT and kind in ("body", "either") and not token.joined:
        near = _nearest(article, token, words, "body", _NEAR)  # the page's topic past it (fac46)
        return unsure_for(kind, topic_reading(near, article, token, words, PRONOUN_REACH))
    head = _description(tokens, position)
    if head is None:
        return None
    if not acting_description(tokens, position):
        return None  # "It was the first chain to stay open": a predicate
    country, fits = head
    reach = _FAR if fits else _NEAR
    if token.norm in PERSON_HEADS or token.norm == "old":
        if kind not in ("person", "either") or token.text.endswith(SINGULAR_POSSESSIVES):
            return None  # "The Russian president's envoy met": the envoy
        if age_clash(tokens, position, words, article):
            return "other"  # "The 79-year-old" for "Putin, 72"
        if country is not None:
            return _by_country(article, token, words, country)
        if token.norm in TITLE_HEADS and not titled(article, words, token.norm):
            return None  # "The pope received X": the page never titles the value so
        if token.norm in ROLE_TIES and not role_tied(article, token, words, token.norm):
            return None  # "said of the goalkeeper": a role the page never gives the value
        title = token.norm if token.norm in TITLE_HEADS else None
        if title and titled_others(article, token, words, title, _FAR):
            return "unsure"  # "Judge A and Judge B both heard it. The judge ordered"
        return _nearest(article, token, words, "person", _FAR, title=title)
    return unsure_for(kind, _body_head(token, words, article, reach)) if kind != "person" else None


def _body_head(
    token: Token, words: tuple[str, ...], article: ArticleText, reach: int
) -> Reading | None:
    """The verdict of a body's description headed by ``token`` (see the module)."""
    marks = CLASSES.get(token.norm, frozenset({token.norm}))
    if set(words) & marks:  # "the Bank" for "Bank of England"; not ALPA for "the carrier"
        clash = set(words) & BODY_WORDS - marks
        return None if clash else _nearest(article, token, words, "body", _FAR, head=marks)
    if token.norm in GENERIC and not public_named(token.norm, words):  # (review rv-r3actors)
        near = _nearest(article, token, words, "body", reach)  # the page's topic past it (fac46)
        return topic_reading(near, article, token, words, DESCRIPTION_REACH)
    if set(words) & BODY_WORDS or token.norm not in BRAND_HEADS:
        return None  # "the union" for "Canada Post", "the ministry" for "Gravitas"
    if class_named(article, token, marks, _FAR):
        return "other"  # "IAM District 837 ... with Boeing ... the union": the union's
    near = _nearest(article, token, words, "body", reach, head=marks, brand=True)
    return topic_reading(near, article, token, words, DESCRIPTION_REACH)


def _description(tokens: Sequence[Token], position: int) -> tuple[str | None, bool] | None:
    """(its country, whether its head is sure) for the head of a definite description at
    ``position`` ("The airline", "the Malaysian premier", "the 54-year-old"), else None."""
    token = tokens[position]
    aged = token.norm == "old" and token.joined and position >= 2 and tokens[position - 1].joined
    if not aged and token.norm not in _HEADS:
        return None
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    named = after is not None and (after.norm == "of" or (after.capitalised and not after.joined))
    if named and not aged:
        return None  # "the carrier Jazz", "the Bank of England": a name, not a stand-in
    country: str | None = None
    back = position - 1
    while back >= 0 and position - back <= _REACH:
        word = tokens[back]
        if word.norm in _DETERMINERS:
            return country, aged or token.capitalised
        if word.text.endswith(APOSTROPHE_ENDINGS):
            return None  # "Boeing's union", "the company's lawyers"
        key = party_of(word.text) if word.capitalised else None
        if key is not None:
            country = key  # "the Russian leader", "the U.S. president"
        elif word.capitalised and not token.capitalised:
            return None  # "the Canadian Union", "the Labour leader": a name
        elif not (word.is_number or word.joined or word.text.islower() or aged):
            return None  # "the embattled trucking company": lower-case modifiers only
        back -= 1
    return None


def _kind(value: str, words: tuple[str, ...], article: ArticleText) -> str | None:
    """ "person", "body", "either" (a short name the page marks neither way) or None."""
    if bodylike(value, words):
        return "body"
    if _personlike(value, words, article, -1):
        return "person"
    if len(words) == 1:
        return "body"  # "Qantas", "Nestlé"
    initials = "".join(w[0] for w in words if w not in STOPWORDS)
    if article.phrase_spans((initials,)):
        return "body"  # "JLR" for the carmaker
    owner = len(words) <= 4 and company_owner(article, words)  # "X's chief executive" (s44)
    if owner:
        return "body"
    if _personlike(value, words, article, -1, own=False):
        return "person"  # "either" reads no body's stand-in surely, only hides the topic (aa58)
    return "either" if len(words) <= 4 else None  # "Tom Adair": unmarked


def _personlike(
    value: str, words: tuple[str, ...], article: ArticleText, upto: int, own: bool = True
) -> bool:
    """A name the page marks with a gender, writes after a title, or writes by its last word
    alone ("Doyle", after "Paul Doyle"; not before ``upto``: "Larsen, the owner run by Erik
    Larsen" names the body first, review rv43g)."""
    if gender_of(article, [value]) is not None:
        return True
    return marks_person(value, words, article, upto, own)  # not "Forever 21" by "21" (aa58)


def _nearest(
    article: ArticleText,
    standin: Token,
    words: tuple[str, ...],
    kind: str,
    reach: int,
    pronoun: str | None = None,
    head: frozenset[str] | None = None,
    title: str | None = None,
    brand: bool = False,
) -> Reading | None:
    """Whether the value is the last fitting name before ``standin`` (see the module); one
    fitting in its own sentence (a pronoun's: after it too, "For its part, IOM says") wins."""
    last = last_mention(article, standin.start, words, kind)
    if last is None:
        return None
    here = article.sentence_at(standin.start)
    if here - article.sentence_at(last) > reach:
        return None
    end, begin = standin.start, last
    if head is None and title is None and standin.norm in OWNERS:
        end = article.sentences[here][1]  # "For its part, IOM says": the owner named after
    verdict: Reading = "yes"
    between = article.tokens_between(begin, end)
    if kind == "person" and pronoun and _other_described(between, words, article):
        verdict = "unsure"  # "X met troops. The Russian president stayed home. He agreed"
    for run in name_runs(between, article):
        run_words = {t.norm for t in run}
        if run_words <= set(words) or run[0].start == standin.start:
            continue  # the value's own words ("Doyle", "Nestlé's")
        if run[0].start < last and run[-1].text.endswith(SINGULAR_POSSESSIVES):
            continue  # "Takaichi's predecessor, Shigeru Ishiba": an owner before the value
        if brand and head is not None and run_words & BODY_WORDS and not run_words & head:
            continue  # "the Financial Conduct Office" is no "lender"
        if head is not None and not brand:
            if run_words & head:
                return "other"  # "the Bank of Japan" between: "the Bank" may be it
            if len(run) == 1 and len(run[0].text) > 2 and run[0].text.isupper():
                verdict = "unsure"  # "the NEU and the NASUWT ... The union"
            continue
        own = article.sentence_at(run[0].start) == here
        if kind == "person" and _person_run(run, article):
            if title is not None:
                if title in run_words or titled(article, [run[-1].norm], title):
                    return "other"  # another "President X" nearer
                continue  # the page titles only the value so
            if pronoun is not None:
                marked = gender_of(article, [" ".join(t.text for t in run)])
                if marked is not None and marked != pronoun:
                    continue  # "Mrs Chow" between is no "he"
                if marked == pronoun:
                    return "other"
            verdict = "other" if own else "unsure"
        elif kind == "body" and _body_run(run, article):
            verdict = "other" if own else "unsure"
        if verdict == "other":
            return verdict
    if verdict == "yes" and _subject_before(
        article, last, words, kind, pronoun, head, title, brand
    ):
        return "unsure"  # "Acme sued Borealis. It said": the subject may be meant
    return verdict


def _subject_before(
    article: ArticleText,
    last: int,
    words: tuple[str, ...],
    kind: str,
    pronoun: str | None,
    head: frozenset[str] | None,
    title: str | None,
    brand: bool,
) -> bool:
    """Whether another fitting name stands before the value in the sentence of its last
    mention (ending at ``last``): "Corvane sued Teskel. It said", "Voss met Treadwell. He
    said", "Harrowgate agreed to buy Penwick. The company said". English leans to the
    subject, so the value's being the last name is no longer enough."""
    begin = article.sentences[article.sentence_at(last - 1)][0]
    if article.text[last : last + 2] in SINGULAR_POSSESSIVES:
        return False  # "Leavitt, Mr Trump's press secretary": an owner, no clause's object
    for run in name_runs(article.tokens_between(begin, last), article):
        run_words, text = {t.norm for t in run}, " ".join(t.text for t in run)
        if run_words <= set(words) or run[-1].text.endswith(SINGULAR_POSSESSIVES):
            continue  # the value's own words, an owner ("Fenwick Media's chief, Tessa Morrow")
        if head is not None:
            class_word = bool(run_words & head)  # "Quillon Air and the carrier Skyvane"
            brand_name = brand and _body_run(run, article) and not run_words & BODY_WORDS
            if class_word or brand_name:
                return True  # "Acme bought Vennor. The airline"
        elif kind == "person" and _person_run(run, article):
            if title is not None:
                if title in run_words or titled(article, [run[-1].norm], title):
                    return True
                continue
            if pronoun is None or gender_of(article, [text]) in (None, pronoun):
                return True
        elif kind == "body" and _body_run(run, article) and one_body(run, text, article):
            return True
    return False


def _other_described(tokens: list[Token], words: Sequence[str], article: ArticleText) -> bool:
    """Whether a person's description among ``tokens`` is someone else's: a country's the value
    is not tied to ("The Russian president" after "Zelensky"; a bare "the President": its own)."""
    for at, token in enumerate(tokens):
        read = _description(tokens, at) if token.norm in PERSON_HEADS else None
        if read is not None and read[0] is not None:
            return read[0] not in ties(article, words[-1])
    return False


def _person_run(run: list[Token], article: ArticleText) -> bool:
    """Whether a capitalised run names a person: a gendered or titled name, two to four words
    with no body's word, or a person's last word the page writes after a first name."""
    run = run[: [t.norm for t in run].index("of")] if any(t.norm == "of" for t in run) else run
    words = tuple(t.norm for t in run)
    ahead = article.tokens_between(max(0, run[0].start - 8), run[0].start)[-1:]
    if set(words) & BODY_WORDS or any(party_of(t.text) for t in run):
        return False
    if ahead and ahead[0].norm in _ARTICLES:
        return False  # "the Dunmore by-election": no person after an article
    if len(run) >= 2:
        return len(run) <= 4
    return not bodylike(run[0].text, words)  # "Trump": a single name may be a person's


def _body_run(run: list[Token], article: ArticleText) -> bool:
    """Whether a capitalised run may name a body: any name but a country's (read by the party
    table, not by "it": "United States" whole too), one the page marks as a person's (a gender,
    a title, a surname after a given name: :func:`_personlike`) or a piece of a name ("Co" of
    "Nintendo Co.", "U" of "U.S.": :func:`name_fragment`, fa43a)."""
    text = " ".join(t.text for t in run)
    if any(party_of(t.text) for t in run) or party_of(text) or name_fragment(run):
        return False
    words = tuple(t.norm for t in run)  # "Cook" after "Tim Cook": a person's (fa43a)
    owned = article.text[: run[0].start].rstrip().endswith(SINGULAR_POSSESSIVES)  # "Rail's Leeds"
    person = not owned and _personlike(text, words, article, run[0].start, own=False)
    return bodylike(text, words) or not (gender_of(article, [text]) or person)


def _by_country(
    article: ArticleText, standin: Token, words: tuple[str, ...], country: str
) -> Reading | None:
    """ "the Ukrainian president": the value when the page ties it to that country and no
    other person tied to it is named between its last mention and the description."""
    if country not in ties(article, words[-1]):
        return "other" if ties(article, words[-1]) else None
    last = last_mention(article, standin.start, words, "person")
    if last is None:
        return None
    for token in article.tokens_between(last, standin.start):
        named = token.capitalised and token.norm not in {*words, *NOT_NAMES}
        if named and country in ties(article, token.norm):
            return "unsure"  # another of that country's people named nearer
    return "yes"


__all__ = ["standin_reading", "standin_result"]
