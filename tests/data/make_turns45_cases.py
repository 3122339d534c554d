"""Build the turns-45 set (``grounding_turns45.jsonl``): whose stance a cue states when two
sides, or two times, share a passage (an outside check, session 21, check 45's cause 6: "The
rebels accepted the ceasefire, while the army said it would keep fighting" read the army as
agreeing, and "initially rejected ... On Thursday ... it accepted" as rejecting on Thursday).
By category:

- ``contrast-side``: one side's clause and another's parted by while, whereas, but, a
  semicolon, unlike or in contrast to; the cue of one clause is not the other side's stance. A
  side that goes on fighting ("would keep fighting", "vowed to press on with their
  offensive", "would not halt its advance") rejects the truce.
- ``relative-side``: "Unlike Serbia, which welcomed the proposal, Kosovo ..." gives the cue of
  a which / who / whose clause to the name before it.
- ``stance-turn``: a stance marked as earlier ("initially", "at first", "originally", "had
  earlier", "after weeks of refusing") or dated to another day or month than the position's
  ``as_of`` is not the stance as of that time, nor now; it is when ``as_of`` names it.

Run ``python tests/data/make_turns45_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_turns45.jsonl")

LEADS = [
    "NAIROBI (Horn Wire) -",
    "Live updates | Day 41 of the talks",
    "The Lakeside Observer | World",
    "Briefing note: where the parties stand",
    "Agence Meridien - Dépêche",
    "Evening bulletin",
]
built = SupportCases("tu45", LEADS)
OK, NO = True, False


def side(category: str, sentence: str, party: str, value: str, expect: bool,
         as_of: str | None = None) -> None:  # fmt: skip
    position = {"party": party, "stance": value, "as_of": as_of, "evidence": [sentence]}
    built.add(
        category, expect, f"{party} {value}{' as of ' + as_of if as_of else ''}: {sentence[:50]}",
        built.page(sentence), {"ceasefires": [{"positions": [position], "evidence": [sentence]}]},
        "ceasefires[0].positions[0].stance",
    )  # fmt: skip


C, R, T = "contrast-side", "relative-side", "stance-turn"
s = (
    "The militia signed the truce on Monday, whereas government forces "
    "vowed to press on with their offensive."
)
side(C, s, "government forces", "rejects", OK)
side(C, s, "government forces", "agreed", NO)
side(C, s, "the militia", "agreed", OK)
side(C, s, "the militia", "rejects", NO)
s = (
    "Opposition fighters agreed to the pause, but the junta said its "
    "troops would continue operations in the north."
)
side(C, s, "the junta", "rejects", OK)
side(C, s, "the junta", "agreed", NO)
side(C, s, "opposition fighters", "agreed", OK)
s = "The FDLR endorsed the ceasefire; the M23 said it would fight on until Goma fell."
side(C, s, "the M23", "rejects", OK)
side(C, s, "the M23", "supports", NO)
side(C, s, "the FDLR", "supports", OK)
s = "Hezbollah accepted the truce while Israel said it would keep striking targets in the south."
side(C, s, "Israel", "rejects", OK)
side(C, s, "Israel", "agreed", NO)
side(C, s, "Hezbollah", "agreed", OK)
s = "While the separatists welcomed the plan, Kyiv said its forces would keep up the fight."
side(C, s, "Kyiv", "rejects", OK)
side(C, s, "Kyiv", "supports", NO)
side(C, s, "the separatists", "supports", OK)
s = "The army accepted the ceasefire, while the rebels said they would keep fighting."
side(C, s, "the army", "agreed", OK)
side(C, s, "the rebels", "agreed", NO)
side(C, s, "the rebels", "rejects", OK)
s = "Ankara backed the proposal, although the PKK dismissed it as a ploy."
side(C, s, "Ankara", "supports", OK)
side(C, s, "the PKK", "supports", NO)
s = (
    "The Israeli cabinet accepted the truce late on Thursday, while Hamas "
    "said it would keep up its attacks."
)
side(C, s, "Israel", "agreed", OK)
side(C, s, "Hamas", "agreed", NO)
side(C, s, "Hamas", "rejects", OK)
s = "After hours of talks, the Kremlin accepted the pause, but Kyiv has yet to respond."
side(C, s, "Russia", "agreed", OK)
side(C, s, "Ukraine", "agreed", NO)
s = "The FDLR endorsed the ceasefire; the M23 said it would fight on until Goma fell."
side(C, s, "the FDLR", "rejects", NO)
s = (
    "Le Drian said France backed the plan, whereas Mali's junta, whose "
    "leader is Assimi Goita, opposed it."
)
side(C, s, "France", "supports", OK)
side(C, s, "Mali", "supports", NO)
side(C, s, "Mali", "rejects", OK)
s = "Hamas, after two days of talks in Cairo, accepted the truce."
side(C, s, "Hamas", "agreed", OK)
s = "Egyptian officials said on Friday, Hamas accepted the truce."
side(C, s, "Hamas", "agreed", OK)
s = "Unlike Armenia, Azerbaijan welcomed the plan."
side(C, s, "Azerbaijan", "supports", OK)
s = "Kinshasa accepted the pause but the rebels' commanders said they would not halt their advance."
side(C, s, "Kinshasa", "agreed", OK)
side(C, s, "the rebels", "agreed", NO)
side(C, s, "the rebels", "rejects", OK)
s = "The government vowed to continue its offensive until the capital was secured."
side(C, s, "the government", "rejects", OK)
s = "Despite the truce, the rebels kept fighting near Goma."  # a breach told, no stance
side(C, s, "the rebels", "rejects", NO)
s = "The rebels said they would keep to the truce and stop fighting."
side(C, s, "the rebels", "rejects", NO)
s = "The army did not stop the attacks for a day."
side(C, s, "the army", "rejects", NO)

s = "Unlike Serbia, which welcomed the proposal, Kosovo said it would reply next week."
side(R, s, "Kosovo", "supports", NO)
side(R, s, "Serbia", "supports", OK)
s = "In contrast to Ethiopia, which endorsed the deal, Eritrea has not responded."
side(R, s, "Eritrea", "supports", NO)
side(R, s, "Eritrea", "agreed", NO)
side(R, s, "Ethiopia", "supports", OK)
side(R, s, "Eritrea", "awaiting_answer", OK)
s = "Sudan's army, unlike the RSF, which accepted the truce, said it would not halt its advance."
side(R, s, "Sudan's army", "agreed", NO)
side(R, s, "the RSF", "agreed", OK)
side(R, s, "Sudan's army", "rejects", OK)
s = "Peru, whose president backed the accord, and Ecuador, which rejected it, met on Friday."
side(R, s, "Ecuador", "supports", NO)
side(R, s, "Ecuador", "rejects", OK)
side(R, s, "Peru", "rejects", NO)
side(R, s, "Peru", "supports", OK)
s = "Unlike Georgia, which rejected the plan, Moldova said it would sign."
side(R, s, "Moldova", "rejects", NO)
side(R, s, "Georgia", "rejects", OK)
s = "Beijing welcomed the proposal, but Taipei, which was not consulted, rejected it."
side(R, s, "Taipei", "rejects", OK)
side(R, s, "Taipei", "supports", NO)
side(R, s, "Beijing", "rejects", NO)
side(R, s, "Beijing", "supports", OK)
s = (
    "The pause grew out of a call between the two presidents, in which President Ilir Hoxha "
    "accepted a 30-day halt to strikes on power plants."
)
side(R, s, "Ilir Hoxha", "agreed", OK)
s = "Kenya, whose negotiators accepted the text, and Somalia, which rejected it, left Arusha."
side(R, s, "Kenya", "agreed", OK)
side(R, s, "Somalia", "agreed", NO)
s = "Kosovo, which had welcomed the proposal, asked for talks on its wording."
side(R, s, "Kosovo", "supports", OK)

s = "Hamas at first rejected the plan. On Sunday, after talks with Egyptian mediators, it agreed."
side(T, s, "Hamas", "rejects", NO, "On Sunday")
side(T, s, "Hamas", "agreed", OK, "On Sunday")
side(T, s, "Hamas", "rejects", OK, "at first")
side(T, s, "Hamas", "rejects", NO)
s = "The Taliban had earlier dismissed the offer but later accepted it."
side(T, s, "the Taliban", "rejects", NO)
side(T, s, "the Taliban", "agreed", OK)
s = "Originally opposed to the truce, Moscow signed it on 12 March."
side(T, s, "Moscow", "rejects", NO, "12 March")
side(T, s, "Moscow", "agreed", OK, "12 March")
s = "Bogota initially welcomed the proposal, but on Tuesday it rejected it outright."
side(T, s, "Bogota", "supports", NO, "on Tuesday")
side(T, s, "Bogota", "rejects", OK, "on Tuesday")
side(T, s, "Bogota", "supports", OK, "initially")
s = "The rebels rejected the deal in May. In June they signed it."
side(T, s, "the rebels", "rejects", NO, "In June")
side(T, s, "the rebels", "rejects", OK, "in May")
side(T, s, "the rebels", "agreed", OK, "In June")
s = "After weeks of refusing, Islamabad accepted the truce on Friday."
side(T, s, "Islamabad", "rejects", NO, "on Friday")
side(T, s, "Islamabad", "agreed", OK, "on Friday")
side(T, s, "Islamabad", "rejects", NO)
s = "Tbilisi originally endorsed the plan; on 3 June it rejected it outright."
side(T, s, "Tbilisi", "supports", NO, "3 June")
side(T, s, "Tbilisi", "rejects", OK, "3 June")
s = "Hanoi rejected the proposal on Monday and has not changed its position since."
side(T, s, "Hanoi", "rejects", OK)
s = "Manila previously backed the ceasefire; it now opposes it, the foreign secretary said."
side(T, s, "Manila", "supports", NO)
side(T, s, "Manila", "rejects", OK)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
