# ruff: noqa: E501  (one party a line: the table reads best unwrapped)
"""The one table of the parties news names by more than one name: countries (their names, the
adjective for their people, their capital and seat of government) and groups or organisations
(their names and short forms).

Grounding reads a stance's or a summit's party against its evidence, and an article names a
country in many ways: "Moscow rejected", "the Kremlin said", "Ukrainian forces", "the U.S.",
"Downing Street". Each entry is written once here; :mod:`summarizer.verification.parties`
builds its token lookups from it at import.

An entry is ``key: names | people | capitals | seats``, each part a comma-separated list (may
be empty). Every alias is matched as whole words, longest first, so "South Korea" is never
"Korea" and "Nigerian" never "Niger". A capital or a seat stands for its government only
when it is not part of a longer name ("the Washington Post", "Moscow Times").

Kept to the countries and groups the covered news (the war in Ukraine, sanctions, the Middle
East, summits) names; extend by adding a line. Deliberately absent: "Europe"/"European" as the
EU (European diplomats are not the EU), "Georgia" as a US state, bare "Congo" as either Congo
(it is its own entry and supports only itself), and Brussels as Belgium (it is the EU's seat
in this news).
"""

from __future__ import annotations

from types import MappingProxyType

_ENTRIES = """
us: United States, United States of America, U.S., US, U.S.A., USA, America | American, Americans | Washington | White House, Pentagon, State Department
russia: Russia, Russian Federation | Russian, Russians | Moscow | Kremlin
ukraine: Ukraine | Ukrainian, Ukrainians | Kyiv | Bankova
uk: United Kingdom, UK, U.K., Britain, Great Britain | British, Briton, Britons | London | Downing Street, Whitehall
france: France | French | Paris | Elysee, Elysee Palace, Quai d'Orsay
germany: Germany | German, Germans | Berlin | Chancellery
china: China, People's Republic of China, PRC | Chinese | Beijing | Zhongnanhai
hungary: Hungary | Hungarian, Hungarians | Budapest |
poland: Poland | Polish, Pole, Poles | Warsaw |
slovakia: Slovakia | Slovak, Slovaks, Slovakian | Bratislava |
czechia: Czech Republic, Czechia | Czech, Czechs | Prague |
romania: Romania | Romanian, Romanians | Bucharest |
moldova: Moldova | Moldovan, Moldovans | Chisinau |
belarus: Belarus | Belarusian, Belarusians | Minsk |
georgia: Georgia | Georgian, Georgians | Tbilisi |
armenia: Armenia | Armenian, Armenians | Yerevan |
azerbaijan: Azerbaijan | Azerbaijani, Azerbaijanis | Baku |
turkey: Turkey, Turkiye | Turkish, Turks | Ankara |
italy: Italy | Italian, Italians | Rome | Palazzo Chigi
spain: Spain | Spanish | Madrid |
netherlands: Netherlands, Holland | Dutch | The Hague, Amsterdam |
belgium: Belgium | Belgian, Belgians | |
denmark: Denmark | Danish, Dane, Danes | Copenhagen |
sweden: Sweden | Swedish, Swede, Swedes | Stockholm |
finland: Finland | Finnish, Finn, Finns | Helsinki |
norway: Norway | Norwegian, Norwegians | Oslo |
estonia: Estonia | Estonian, Estonians | Tallinn |
latvia: Latvia | Latvian, Latvians | Riga |
lithuania: Lithuania | Lithuanian, Lithuanians | Vilnius |
austria: Austria | Austrian, Austrians | Vienna |
switzerland: Switzerland | Swiss | Bern |
greece: Greece | Greek, Greeks | Athens |
serbia: Serbia | Serbian, Serb, Serbs | Belgrade |
canada: Canada | Canadian, Canadians | Ottawa |
mexico: Mexico | Mexican, Mexicans | Mexico City |
brazil: Brazil | Brazilian, Brazilians | Brasilia | Planalto
venezuela: Venezuela | Venezuelan, Venezuelans | Caracas | Miraflores
cuba: Cuba | Cuban, Cubans | Havana |
israel: Israel | Israeli, Israelis | Jerusalem |
palestine: Palestine, Palestinian Authority | Palestinian, Palestinians | Ramallah |
iran: Iran | Iranian, Iranians | Tehran |
iraq: Iraq | Iraqi, Iraqis | Baghdad |
syria: Syria | Syrian, Syrians | Damascus |
lebanon: Lebanon | Lebanese | Beirut |
jordan: Jordan | Jordanian, Jordanians | Amman |
egypt: Egypt | Egyptian, Egyptians | Cairo |
saudi: Saudi Arabia, Kingdom of Saudi Arabia | Saudi, Saudis | Riyadh |
qatar: Qatar | Qatari, Qataris | Doha |
uae: United Arab Emirates, UAE, U.A.E. | Emirati, Emiratis | Abu Dhabi |
oman: Oman | Omani, Omanis | Muscat |
yemen: Yemen | Yemeni, Yemenis | Sanaa |
india: India | Indian, Indians | New Delhi |
pakistan: Pakistan | Pakistani, Pakistanis | Islamabad |
afghanistan: Afghanistan | Afghan, Afghans | Kabul |
japan: Japan | Japanese | Tokyo |
southkorea: South Korea, Republic of Korea, ROK | South Korean, South Koreans | Seoul |
northkorea: North Korea, DPRK | North Korean, North Koreans | Pyongyang |
korea: Korea | Korean, Koreans | |
taiwan: Taiwan | Taiwanese | Taipei |
vietnam: Vietnam | Vietnamese | Hanoi |
kazakhstan: Kazakhstan | Kazakh, Kazakhs | Astana |
sudan: Sudan | Sudanese | Khartoum |
southsudan: South Sudan | South Sudanese | Juba |
niger: Niger | Nigerien, Nigeriens | Niamey |
nigeria: Nigeria | Nigerian, Nigerians | Abuja |
drcongo: Democratic Republic of Congo, Democratic Republic of the Congo, DRC, DR Congo | Congolese | Kinshasa |
congo: Congo | | |
congorepublic: Republic of Congo, Republic of the Congo, Congo-Brazzaville | | Brazzaville |
rwanda: Rwanda | Rwandan, Rwandans | Kigali |
ethiopia: Ethiopia | Ethiopian, Ethiopians | Addis Ababa |
southafrica: South Africa | South African, South Africans | Pretoria |
eu: European Union, EU, E.U., European Commission, Council of the EU, European Council | | Brussels | Berlaymont
nato: NATO, North Atlantic Treaty Organization, North Atlantic Treaty Organisation | | |
un: United Nations, UN, U.N., UN Security Council | | |
hamas: Hamas | | |
hezbollah: Hezbollah, Hizbollah, Hizballah | | |
houthis: Houthis, Houthi, Ansar Allah | | |
taliban: Taliban | | |
"""


def _parse(table: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    entries: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in table.strip().splitlines():
        key, rest = line.split(":", 1)
        parts = [tuple(a.strip() for a in part.split(",") if a.strip()) for part in rest.split("|")]
        entries[key.strip()] = tuple(parts + [()] * (4 - len(parts)))
    return entries


PARTIES = MappingProxyType(_parse(_ENTRIES))
"""key -> (names, people's adjectives and nouns, capitals, seats of government)."""

__all__ = ["PARTIES"]
