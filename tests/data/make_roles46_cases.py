# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles-46 set (``grounding_roles46.jsonl``): a party's role read from its clause,
and truce-like nouns (an outside check, session 22, check 46's causes 5 and 9). By category:

- ``co-chairs``: leaders listed as one subject of "co-chaired", "co-hosted" or "jointly
  chaired" a summit are its parties, however long the names in the list ("Kenya's President
  William Ruto and Ethiopia's Prime Minister Abiy Ahmed co-chaired the summit, attended by
  ..."), also with others attending; refused: a lone chair of talks between others, co-chairs
  of talks "between" two other sides.
- ``conjoined-proposers``: a name joined by "and" to a common noun phrase as one subject
  ("Hamas and other armed factions in the Gaza Strip declared a one-week ceasefire", "Qatar
  and several Gulf states floated a pause") proposed the truce; a place in that phrase
  ("militias in Yemen") is no proposer nor a rival one, unless a capital ("officials in
  Cairo proposed"). Refused: the phrase's own verb of another act ("and other factions
  welcomed the truce"), a relative clause ("the factions that declared"), an aside between
  commas, a verb of saying.
- ``lessening-lengths``: a hyphen-joined length of a noun of lessening fighting ("a seven-day
  reduction in violence", "a three-day respite from the shelling", "a 10-day letup in the
  fighting") is the truce's ``duration_days``; refused: the same nouns of something else ("a
  30-day reduction in tariffs", "a 14-day easing of curfew rules", "a two-day respite from the
  talks").

Run ``python tests/data/make_roles46_cases.py`` to rebuild it. Every page below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_roles46.jsonl")
built = SupportCases(
    "ro46",
    leads=[
        "NAIROBI, June 3 (Rift Wire) -",
        "Live: summit diplomacy, by our correspondents.",
        "The Harbour Ledger | World desk",
        "ANALYSIS | Dario Fenn on the week's talks",
    ],
)

C = "co-chairs"
for sentence, parties, passes, fails in [
    (
        "On Sunday, Egypt's President Hosni Mubarak and France's President Nicolas Sarkozy co-chaired a summit at Sharm el-Sheikh, attended by Angela Merkel and Gordon Brown.",
        ["Hosni Mubarak", "Nicolas Sarkozy", "Angela Merkel"],
        ["Nicolas Sarkozy", "Hosni Mubarak"],
        [],
    ),
    (
        "Kenya's President William Ruto and Ethiopia's Prime Minister Abiy Ahmed co-chaired the summit in Nairobi, attended by the leaders of Somalia and Djibouti.",
        ["William Ruto", "Abiy Ahmed"],
        ["Abiy Ahmed", "William Ruto"],
        [],
    ),
    (
        "President Lula and Prime Minister Modi co-chaired the forum at which the leaders of Chile and Peru met.",
        ["Lula", "Narendra Modi"],
        ["Narendra Modi"],
        [],
    ),
    (
        "Chancellor Olaf Scholz and President Emmanuel Macron jointly chaired the summit in Paris, where Meloni and Sanchez also met.",
        ["Olaf Scholz", "Emmanuel Macron"],
        ["Emmanuel Macron"],
        [],
    ),
    (
        "Japan's Prime Minister Fumio Kishida and Australia's Prime Minister Anthony Albanese co-hosted the Pacific summit, joined by Fiji and Samoa.",
        ["Fumio Kishida", "Anthony Albanese"],
        ["Anthony Albanese"],
        [],
    ),
    (
        "Lukashenko chaired the talks between Putin and Zelensky in Minsk.",
        ["Alexander Lukashenko", "Vladimir Putin"],
        ["Vladimir Putin"],
        ["Alexander Lukashenko"],
    ),
    (
        "Brazil's President Lula and Mexico's President Sheinbaum co-chaired talks between Maduro and Gonzalez in Bogota.",
        ["Claudia Sheinbaum", "Nicolas Maduro"],
        [],
        ["Claudia Sheinbaum"],
    ),
    (
        "Mr Erdogan and Mr Guterres co-chaired the talks between Russia and Ukraine in Istanbul.",
        ["Antonio Guterres", "Vladimir Putin"],
        [],
        ["Antonio Guterres"],
    ),
    (
        "Emir Tamim al-Thani and Secretary Rubio co-hosted the talks between the Congolese and Rwandan delegations, led by Felix Tshisekedi and Paul Kagame.",
        ["Tamim al-Thani", "Felix Tshisekedi"],
        [],
        ["Tamim al-Thani"],
    ),
    (
        "Ghana's President Mahama and Senegal's President Faye co-chaired the summit in Accra, attended by Tinubu and Ouattara.",
        ["John Mahama", "Bassirou Diomaye Faye"],
        ["Bassirou Diomaye Faye", "John Mahama"],
        ["Bola Tinubu and Peter Mutharika"],
    ),
    (
        "Tokayev and Mirziyoyev co-chaired the talks between Aliyev and Pashinyan in Astana.",
        ["Kassym-Jomart Tokayev", "Ilham Aliyev", "Nikol Pashinyan"],
        ["Nikol Pashinyan"],
        ["Kassym-Jomart Tokayev"],
    ),
    (
        "President Ramaphosa and President Lourenco jointly chaired talks between Tshisekedi and Kagame in Luanda.",
        ["Cyril Ramaphosa", "Felix Tshisekedi"],
        [],
        ["Cyril Ramaphosa"],
    ),
    (
        "Norway's Prime Minister Jonas Gahr Store chaired the session in Oslo at which Ruto and Museveni met.",
        ["Jonas Gahr Store", "William Ruto"],
        ["William Ruto"],
        ["Jonas Gahr Store"],
    ),
    (
        "Lukashenko and Tokayev co-hosted the talks between the Russian and Ukrainian delegations in Minsk.",
        ["Alexander Lukashenko", "Vladimir Putin"],
        [],
        ["Alexander Lukashenko"],
    ),
    (
        "Mirziyoyev co-chaired the session at which Aliyev and Pashinyan met.",
        ["Shavkat Mirziyoyev", "Nikol Pashinyan"],
        [],
        ["Shavkat Mirziyoyev"],
    ),
    (
        "Prime Minister Anwar Ibrahim and President Prabowo Subianto co-chaired talks between Hun Manet and Anutin Charnvirakul in Kuala Lumpur.",
        ["Anwar Ibrahim", "Hun Manet"],
        [],
        ["Anwar Ibrahim"],
    ),
]:
    for expect, name in verdicts(passes, fails):
        index = parties.index(name) if name in parties else 0
        listed = [*parties]
        listed[index] = name
        built.meeting_party(C, expect, listed, index, [sentence], f"party {name}: {sentence[:50]}")

L = "lessening-lengths"
for sentence, days, expect in [
    (
        'The signing follows a seven-day "reduction in violence" that began at midnight on March 3-4.',
        7,
        True,
    ),
    (
        "The deal came after a week-long reduction in violence across the northern provinces.",
        7,
        True,
    ),
    ("Both sides observed a three-day respite from the shelling around Kharkiv.", 3, True),
    ("A 10-day letup in the fighting allowed aid convoys into the city.", 10, True),
    ("Militia commanders promised a five-day easing of attacks on the coastal highway.", 5, True),
    ("A 60-day decrease in rocket fire preceded the formal truce, the army said.", 60, True),
    ("The rebels offered a four-day abatement of hostilities around the airport.", 4, True),
    ("Negotiators in Juba secured a 21-day reduction in attacks on aid workers.", 21, True),
    ("A two-week respite from the bombing began on Friday, the mediators said.", 14, True),
    ("The two armies held to a 12-day reduction in violence along the border.", 12, True),
    (
        "The ministry announced a 30-day reduction in tariffs on fuel, while the truce held.",
        30,
        False,
    ),
    ("A 14-day easing of curfew rules followed the ceasefire.", 14, False),
    ("The partial truce followed a 90-day reduction in fuel subsidies.", 90, False),
    (
        "Officials agreed a two-day respite from the talks before the ceasefire was signed.",
        2,
        False,
    ),
    ("The truce came with a 45-day decrease in import duties on grain.", 45, False),
    ("A five-day letup in deportations was announced alongside the ceasefire.", 5, False),
    ("The ceasefire began as the bank ordered a 60-day easing of loan repayments.", 60, False),
    ("A 10-day reduction in flights to the capital accompanied the truce.", 10, False),
    ("After the truce, the council voted a three-day respite from evictions.", 3, False),
    ("A seven-day abatement of interest payments was part of the truce package.", 7, False),
]:
    built.add(
        L,
        expect,
        f"{days} days: {sentence[:50]}",
        built.page(sentence),
        {
            "ceasefires": [
                {
                    "kind": "other",
                    "evidence": [sentence],
                    "duration_days": {"value": days, "qualifier": "exact", "as_written": None},
                }
            ]
        },
        "ceasefires[0].duration_days",
    )

# A lessening that is one stage of a truce carrying its own length is not the truce's length
# ("The 45-day truce followed a seven-day reduction in violence"); a strike or a fire is
# fighting only with a weapon before it ("a decrease in strikes at the port" is a labour
# story), and a word of fighting that only qualifies another noun words nothing.
for sentence, days, kind, expect in [
    ("The 30-day ceasefire came after a five-day reduction in violence in the south.", 5,
     "full", False),
    ("A 21-day truce was preceded by a 7-day easing of hostilities, officials said.", 7,
     "full", False),
    ("The truce, which opened with a three-day respite from the shelling, has now lasted 40 "
     "days.", 3, "full", False),
    ("Dockers secured a 10-day decrease in strikes at the terminal, the union said.", 10,
     "other", False),
    ("The county granted a 20-day easing of fire restrictions in the hills.", 20, "other",
     False),
    ("Hauliers won a 15-day reduction in strike-related fines from the regulator.", 15,
     "other", False),
    ("The 60-day ceasefire followed a seven-day reduction in violence in Tigray.", 60, "full",
     True),
    ("A 12-day decrease in air strikes preceded the truce, the monitors said.", 12, "other",
     True),
    ("The militia promised a four-day letup in drone strikes on the port.", 4, "other", True),
    ("A 30-day reduction in artillery fire took hold across the front, the army said.", 30,
     "other", True),
    ("The army agreed a nine-day easing of missile strikes on the capital.", 9, "other", True),
]:  # fmt: skip
    built.add(
        L,
        expect,
        f"{days} days ({kind}): {sentence[:45]}",
        built.page(sentence),
        {
            "ceasefires": [
                {
                    "kind": kind,
                    "evidence": [sentence],
                    "duration_days": {"value": days, "qualifier": "exact", "as_written": None},
                }
            ]
        },
        "ceasefires[0].duration_days",
    )

P = "conjoined-proposers"
for sentence, who, expect in [
    (
        "Hamas and other armed factions in the Gaza Strip declared a one-week ceasefire on Sunday afternoon.",
        "Hamas",
        True,
    ),
    (
        "The ELN and two smaller guerrilla groups in Catatumbo announced a unilateral truce for Christmas.",
        "ELN",
        True,
    ),
    (
        "Russia and its allies in the Collective Security Treaty Organization proposed a ceasefire on Monday.",
        "Russia",
        True,
    ),
    ("Qatar and several Gulf states floated a humanitarian pause in the fighting.", "Qatar", True),
    (
        "The Houthis and allied militias in Yemen declared a three-day truce on Friday.",
        "Houthis",
        True,
    ),
    (
        "Turkey and a group of Arab foreign ministers put forward a ceasefire plan in Riyadh.",
        "Turkey",
        True,
    ),
    ("Officials in Cairo proposed a three-day truce for the holiday.", "Egypt", True),
    ("The army and allied militias in the north announced a unilateral ceasefire.", "army", True),
    (
        "The Taliban and other insurgent groups in the east declared a three-day ceasefire for Eid.",
        "Taliban",
        True,
    ),
    (
        "Ukraine and several European governments proposed a 30-day ceasefire in the air and at sea.",
        "Ukraine",
        True,
    ),
    ("Hamas and other factions welcomed the truce that Egypt proposed.", "Hamas", False),
    (
        "Talks between Israel and the factions that declared a truce continued in Cairo.",
        "Israel",
        False,
    ),
    (
        "Israel and the armed groups, which declared a three-day truce, exchanged fire on Monday.",
        "Israel",
        False,
    ),
    (
        "Ethiopia and rebel groups in Tigray rejected the ceasefire that Kenya proposed.",
        "Ethiopia",
        False,
    ),
    ("Colombia and the guerrilla groups said the ELN had declared a truce.", "Colombia", False),
    ("Russia and its allies in the region accepted a truce proposed by Turkey.", "Russia", False),
    (
        "The Houthis and allied militias in Yemen declared a three-day truce on Friday.",
        "Yemen",
        False,
    ),
    ("Armed groups in Sudan declared a week-long truce for the holiday.", "Sudan", False),
    ("Fighters in the Donbas and their commanders declared a one-day truce.", "Ukraine", False),
    (
        "The Taliban and other insurgent groups rejected the ceasefire that Kabul offered.",
        "Taliban",
        False,
    ),
    (
        "Azerbaijan and the separatist authorities, who declared a truce on Wednesday, met in Yevlakh.",
        "Azerbaijan",
        False,
    ),
]:
    built.add(
        P,
        expect,
        f"proposer {who}: {sentence[:50]}",
        built.page(sentence),
        {"ceasefires": [{"kind": "full", "evidence": [sentence], "proposer": who}]},
        "ceasefires[0].proposer",
    )

# The conjoined phrase ends at a word with a determiner after it (its own verb and object, in
# the present or "-ing": "other factions accept a truce proposed by Egypt"), not at a
# preposition ("other militias in the north declared").
for sentence, who, expect in [
    ("The PKK and allied groups accept a truce proposed by Ankara's opposition.", "PKK", False),
    ("Hezbollah and smaller militias welcome the ceasefire first proposed by France.",
     "Hezbollah", False),
    ("The Houthis and other tribes backing a truce offered by Oman met in Muscat.", "Houthis",
     False),
    ("M23 and its allies praise a pause drafted by Angola, the rebels said.", "M23", False),
    ("The RSF and several militias respect the truce announced by Saudi Arabia.", "RSF", False),
    ("The ELN and other guerrilla fronts in the east declared a three-day truce.", "ELN", True),
    ("Hamas and other factions in southern Gaza announced a truce for Eid.",
     "Hamas", True),
    ("The army and allied militias across the border region proposed a week-long ceasefire.",
     "army", True),
    ("Fatah and the smaller factions of the PLO offered a truce on Monday.", "Fatah", True),
    ("The Taliban and allied fighters from the north declared a ceasefire for the holiday.",
     "Taliban", True),
]:  # fmt: skip
    built.add(
        P,
        expect,
        f"proposer {who}: {sentence[:50]}",
        built.page(sentence),
        {"ceasefires": [{"kind": "full", "evidence": [sentence], "proposer": who}]},
        "ceasefires[0].proposer",
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
