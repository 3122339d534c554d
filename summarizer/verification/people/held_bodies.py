"""A body the person governs, works in or stands for, written as what they run or what they
stand for rather than beside their title, read for
:mod:`summarizer.verification.people.person_rules` (session 56, false-alarm writer fo56).

Two readings of the affiliation rule refused a correct body because the page writes it as the
person's act, not as a title's body:
- the page's "NAME for VALUE" ("Captain Ibrahim Traore for Burkina Faso, Colonel Assimi Goita
  for Mali and General Abdourahamane Tchiani for Niger", "a goal by Ada Bell for Rovers"): the
  body the person acts for, governs or plays for, right after their name; the party table's
  list reading tied the general to "Mali" and refused "Niger" (seen check 59);
- the holder the value is tied to is the body the person runs ("Rescuers at Codelco's El
  Teniente copper mine ..." and "Andres Music, who runs the El Teniente division"): the value
  owns the person's own body, so the holder reading's "another holder" is no other person;
  it refused "Codelco" for him (seen check 79); and the page's "VALUE's BODY" for a body
  the readings tie to the person is the value above their own, never "elsewhere".
- a post in the value written by its head noun's stand-in in the person's own sentence
  ("Fiji's Nazhat Khan ... serve as the court's deputy prosecutors"), when the page names no
  other body with that head: the party table's nationality tie refused the court (check 65).
Each asks the words after THIS person's name, so the body another person acts for or
runs, or a body the person acts on ("Bell scored against Rovers"), is left to the rules.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.mark_search import matches_from, places
from .left_bodies import BODY_NOUNS
from .role_descriptions import sentences_of

#: What a person's clause says before the body they hold a post in ("who runs the X").
_RUNS = (
    r"(?:,\s+(?:who|which)\s+(?:now\s+|also\s+|currently\s+)?"
    r"(?:runs|heads|leads|directs|manages|oversees|chairs|works\s+(?:at|for|in))|"
    r",\s+(?:the\s+)?(?:head|chief|director|manager|boss|leader)\s+(?:of|at))"
)


def stands_for(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page writes the value right after the person's name by "for" ("General
    Abdourahamane Tchiani for Niger"): the body they act for (see the module)."""
    lowered = article.lowered
    if surname.lower() not in lowered or value.lower() not in lowered:
        return False  # the pattern's literal parts, found by str's scan: no regex scan (sd57)
    pattern = rf"\b{re.escape(surname.lower())}\s+for\s+(?:the\s+)?{re.escape(value.lower())}\b"
    return _opens_at(pattern, lowered, surname.lower())


def runs_holder(article: ArticleText, surname: str, holder: str) -> bool:
    """Whether the person's own clause names ``holder`` (the one the page ties the value to)
    as the body they run or work in ("Andres Music, who runs the El Teniente division"):
    the holder is their body, part of the value's, not another person."""
    lowered = article.lowered
    if surname.lower() not in lowered or holder.lower() not in lowered:
        return False  # the pattern's literal parts, found by str's scan: no regex scan (sd57)
    pattern = (
        rf"\b{re.escape(surname.lower())}{_RUNS}\s+(?:the\s+|its\s+|a\s+)?"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(holder.lower())}\b"
    )
    return _opens_at(pattern, lowered, surname.lower())


def _opens_at(pattern: str, lowered: str, opening: str) -> bool:
    """``re.search(pattern, lowered) is not None`` for a pattern whose every match opens with
    the literal ``opening`` (after a zero-width ``\\b``): tried only where ``str.find`` sees it
    (.mark_search), not at every offset of the page. The page-wide search, whose leading
    ``\\b`` gives ``re`` no literal prefix to skip by, was about 1.4% of a grounding's time on
    the seeds when both the surname and the value are on the page (sd58)."""
    compiled = re.compile(pattern)  # re's own cache, as re.search's
    return next(matches_from(compiled, lowered, places(lowered, (opening,))), None) is not None


def post_in_stand_in(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the person's own sentence gives them a post in the value by its head noun's
    stand-in, after a copula, "as" or a comma ("Fiji's Nazhat Khan and Mame Niang, a
    Senegalese lawyer, serve as the court's deputy prosecutors" for the International
    Criminal Court), when the page names no other body with that head ("the court" is then
    the value, whatever country the person is of)."""
    words = re.findall(r"[a-z]+", value.lower())
    if len(words) < 2 or re.fullmatch(BODY_NOUNS, words[-1]) is None:
        return False
    head = words[-1]
    low = article.lowered.replace("\u2019", "'")
    if value.lower() not in low:
        return False
    named = re.finditer(rf"(?:[A-Z][\w'-]*\s+)+{head.title()}\b", article.text)
    for match in named:  # another court, bank or council of the page: "the court" unsure
        run = re.sub(r"^(?:the|a|an)\s+", "", match.group(0).lower())
        if run != head and value.lower() not in run:
            return False
    title = re.compile(rf"(?:\bas|\bis|\bwas|\bare|,)\s+the\s+{head}'s\s+[a-z]")
    for index in sentences_of(article, surname.lower()):
        begin, end = article.sentences[index]
        sentence = low[begin:end]
        at = re.search(rf"\b{re.escape(surname.lower())}\b", sentence)
        if at is not None and title.search(sentence, at.end()) is not None:
            return True
    return False


def owns_body(article: ArticleText, value: str, body: str) -> bool:
    """Whether the page writes the value as the owner of the person's own body ("Andes
    Copper's Cerro Azul mine" for the one "who runs the Cerro Azul division"): the value is
    the body above theirs."""
    lowered = article.lowered.replace("\u2019", "'")
    if f"{value.lower()}'s" not in lowered or body.lower() not in lowered:
        return False  # the pattern's literal parts, found by str's scan: no regex scan (sd57)
    pattern = rf"\b{re.escape(value.lower())}'s\s+{re.escape(body.lower())}\b"
    return re.search(pattern, lowered) is not None


__all__ = ["owns_body", "post_in_stand_in", "runs_holder", "stands_for"]
