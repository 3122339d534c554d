"""A report of the reporter's own act (review of session 14): "Our forces destroyed three
launchers, the army said", "Police said officers shot two gunmen", "the navy said its
warships sank the boat". A body that tells what its own people did is the actor, not only
the one reporting it (:func:`party_frames.reports_only`); "A glide bomb hit a hospital, the
air force said" still only reports another's attack.

The reported clause's subject is the reporter's own when it is "we", or "our" / "its" before
a word for armed people or their arms (up to three words between: "our air defence units"),
or a bare word for the reporter's own kind of people: officers or policemen for the police,
soldiers or troops for an army or military, sailors or warships for a navy, pilots or jets
for an air force, crews or cutters for a coast guard. Only an active clause: "Two soldiers
were killed in an ambush, the army said" tells what was done to the army's men, and "our
soldiers died" what befell them.

Left out: "their" ("their positions were shelled" is as often another's as the reporter's
own) and a subject named by a unit's proper name ("the 47th Brigade destroyed ...", which
needs the army's order of battle to tie to the army).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..page.tokens import Token, word_set

_OWNERS = word_set("our its")
# Armed people and their arms, after "our" or "its".
_ARMED = word_set(
    """forces force troops soldiers units unit fighters men personnel officers jets warplanes
    aircraft planes drones pilots warships ships vessels boats navy artillery gunners snipers
    commandos paratroopers marines sailors crews tanks batteries defences defenses brigade brigades
    battalion battalions patrol patrols agents guards police"""
)
# The reporter's own kind of people, keyed by a word of the reporter's name.
_KINDS: dict[str, frozenset[str]] = {
    "police": word_set("officers policemen policewomen police agents detectives"),
    "army": word_set("soldiers troops forces units paratroopers commandos gunners tanks"),
    "navy": word_set("sailors warships ships vessels marines"),
    "guard": word_set("crews cutters vessels ships boats"),
}
for _word in ("military", "forces", "idf", "defence", "defense"):
    _KINDS[_word] = _KINDS["army"]
for _word in ("air", "force"):
    _KINDS.setdefault(_word, word_set("pilots jets warplanes aircraft planes drones"))
_SKIPS = word_set("the a an two three four several some")
# A subject's verb that tells what was done to it or befell it.
_UNDERGOING = word_set("was were is are been being be died die dies perished came come")


def tagged_own_act(
    tokens: Sequence[Token], tag: tuple[int, int], reporter: Collection[str], text: str
) -> bool:
    """Whether a clause the tag at ``tokens[tag[0]:tag[1] + 1]`` stands beside tells the
    reporter's own act: :func:`own_act` at the sentence's start or after any mark that may
    open a clause (a comma, a dash, a dateline's bracket, a quotation mark), outside the
    tag."""
    for at in range(len(tokens)):
        if tag[0] <= at <= tag[1]:
            continue
        gap = text[tokens[at - 1].end : tokens[at].start] if at else "^"
        if gap.strip() and gap != "-" and own_act(tokens, at, reporter):
            return True
    return False


def own_act(tokens: Sequence[Token], at: int, reporter: Collection[str]) -> bool:
    """Whether the clause from ``tokens[at]`` is the act of the reporter's own people (see
    the module); ``reporter`` holds the norms of the reporter's words ("the", "army")."""
    if at >= len(tokens):
        return False
    norm = tokens[at].norm
    if norm == "we":
        return _active(tokens, at + 1)
    if norm in _OWNERS:
        for position in range(at + 1, min(at + 5, len(tokens))):
            if tokens[position].norm in _ARMED:
                return _active(tokens, position + 1)
        return False
    kinds: set[str] = set()
    for word in reporter:
        kinds |= _KINDS.get(word, frozenset())
    if not kinds:
        return False
    position = at
    while position < len(tokens) - 1 and tokens[position].norm in _SKIPS:
        position += 1
    following = tokens[position + 1].norm if position + 1 < len(tokens) else ""
    if tokens[position].norm == "police" and following == "officers":
        position += 1  # "police officers shot"
    return tokens[position].norm in kinds and _active(tokens, position + 1)


def _active(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the subject's verb at ``verb`` (after an auxiliary "had" or "have") is active
    and not one of undergoing."""
    if verb < len(tokens) and tokens[verb].norm in ("had", "have", "has"):
        verb += 1
    return verb < len(tokens) and tokens[verb].norm not in _UNDERGOING


__all__ = ["own_act", "tagged_own_act"]
