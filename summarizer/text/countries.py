# ruff: noqa: E501  (one party a line: the table reads best unwrapped)
"""The one table of the parties news names by more than one name: countries (their names, the
adjective for their people, their capital and seat of government) and groups or organisations
(their names and short forms).

Grounding reads a stance's or a summit's party against its evidence, and an article names a
country in many ways: "Moscow rejected", "the Kremlin said", "Ukrainian forces", "the U.S.",
"Downing Street". Each entry is written once here; :mod:`summarizer.verification.sides.parties`
builds its token lookups from it at import.

An entry is ``key: names | people | capitals | seats``, each part a comma-separated list (may
be empty). Every alias is matched as whole words, longest first, so "South Korea" is never
"Korea" and "Nigerian" never "Niger". A capital or a seat stands for its government only
when it is not part of a longer name ("the Washington Post", "Moscow Times").

Every UN member state, and the organisations and armed groups the covered news names (the war
in Ukraine, sanctions, the Middle East, African and Asian truces); extend by adding a line. A
capital that is mostly another word in English news is left out (the Maldives' Male, the
Seychelles' Victoria). Deliberately absent: "Europe"/"European" as the
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
greece: Greece, Hellenic Republic | Greek, Greeks, Hellenic | Athens |
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
australia: Australia | Australian, Australians | Canberra |
newzealand: New Zealand | New Zealander, New Zealanders | Wellington |
portugal: Portugal | Portuguese | Lisbon |
ireland: Ireland, Republic of Ireland | Irish | Dublin |
iceland: Iceland | Icelandic, Icelander, Icelanders | Reykjavik |
luxembourg: Luxembourg | Luxembourger, Luxembourgers | |
malta: Malta | Maltese | Valletta |
cyprus: Cyprus | Cypriot, Cypriots | Nicosia |
bulgaria: Bulgaria | Bulgarian, Bulgarians | Sofia |
croatia: Croatia | Croatian, Croatians, Croat, Croats | Zagreb |
slovenia: Slovenia | Slovenian, Slovenians, Slovene, Slovenes | Ljubljana |
bosnia: Bosnia and Herzegovina, Bosnia-Herzegovina, Bosnia | Bosnian, Bosnians | Sarajevo |
montenegro: Montenegro | Montenegrin, Montenegrins | Podgorica |
northmacedonia: North Macedonia, Macedonia | Macedonian, Macedonians | Skopje |
albania: Albania | Albanian, Albanians | Tirana |
kosovo: Kosovo | Kosovar, Kosovars, Kosovan | Pristina |
liechtenstein: Liechtenstein | | Vaduz |
monaco: Monaco | Monegasque | |
sanmarino: San Marino | | |
andorra: Andorra | Andorran, Andorrans | |
vatican: Vatican, Holy See | | Vatican City |
uzbekistan: Uzbekistan | Uzbek, Uzbeks | Tashkent |
kyrgyzstan: Kyrgyzstan | Kyrgyz | Bishkek |
tajikistan: Tajikistan | Tajik, Tajiks | Dushanbe |
turkmenistan: Turkmenistan | Turkmen | Ashgabat |
mongolia: Mongolia | Mongolian, Mongolians | Ulaanbaatar, Ulan Bator |
bangladesh: Bangladesh | Bangladeshi, Bangladeshis | Dhaka |
srilanka: Sri Lanka | Sri Lankan, Sri Lankans | Colombo |
nepal: Nepal | Nepali, Nepalis, Nepalese | Kathmandu |
bhutan: Bhutan | Bhutanese | Thimphu |
maldives: Maldives | Maldivian, Maldivians | |
thailand: Thailand | Thai, Thais | Bangkok |
cambodia: Cambodia | Cambodian, Cambodians | Phnom Penh |
laos: Laos | Laotian, Laotians | Vientiane |
myanmar: Myanmar, Burma | Burmese | Naypyidaw, Naypyitaw |
malaysia: Malaysia | Malaysian, Malaysians | Kuala Lumpur, Putrajaya |
singapore: Singapore | Singaporean, Singaporeans | |
indonesia: Indonesia | Indonesian, Indonesians | Jakarta |
philippines: Philippines | Filipino, Filipinos, Philippine | Manila | Malacanang
brunei: Brunei | Bruneian, Bruneians | Bandar Seri Begawan |
timorleste: Timor-Leste, East Timor | Timorese | Dili |
papuanewguinea: Papua New Guinea | Papua New Guinean, Papua New Guineans | Port Moresby |
fiji: Fiji | Fijian, Fijians | Suva |
solomonislands: Solomon Islands | | |
vanuatu: Vanuatu | | |
samoa: Samoa | | |
tonga: Tonga | | |
kiribati: Kiribati | | |
tuvalu: Tuvalu | | |
nauru: Nauru | | |
palau: Palau | | |
marshallislands: Marshall Islands | | |
micronesia: Micronesia | | |
bahrain: Bahrain | Bahraini, Bahrainis | Manama |
kuwait: Kuwait | Kuwaiti, Kuwaitis | Kuwait City |
argentina: Argentina | Argentine, Argentines, Argentinian, Argentinians | Buenos Aires | Casa Rosada
chile: Chile | Chilean, Chileans | Santiago | La Moneda
colombia: Colombia | Colombian, Colombians | Bogota | Casa de Narino
peru: Peru | Peruvian, Peruvians | Lima |
ecuador: Ecuador | Ecuadorian, Ecuadorians | Quito |
bolivia: Bolivia | Bolivian, Bolivians | La Paz, Sucre |
paraguay: Paraguay | Paraguayan, Paraguayans | Asuncion |
uruguay: Uruguay | Uruguayan, Uruguayans | Montevideo |
guyana: Guyana | Guyanese | Georgetown |
suriname: Suriname | Surinamese | Paramaribo |
panama: Panama | Panamanian, Panamanians | Panama City |
costarica: Costa Rica | Costa Rican, Costa Ricans | San Jose |
nicaragua: Nicaragua | Nicaraguan, Nicaraguans | Managua |
honduras: Honduras | Honduran, Hondurans | Tegucigalpa |
elsalvador: El Salvador | Salvadoran, Salvadorans, Salvadorean, Salvadoreans | San Salvador |
guatemala: Guatemala | Guatemalan, Guatemalans | Guatemala City |
belize: Belize | Belizean, Belizeans | Belmopan |
haiti: Haiti | Haitian, Haitians | Port-au-Prince |
dominicanrepublic: Dominican Republic | Dominican, Dominicans | Santo Domingo |
jamaica: Jamaica | Jamaican, Jamaicans | Kingston |
trinidad: Trinidad and Tobago | Trinidadian, Trinidadians | Port of Spain |
bahamas: Bahamas | Bahamian, Bahamians | Nassau |
barbados: Barbados | Barbadian, Barbadians | Bridgetown |
grenada: Grenada | | |
antiguaandbarbuda: Antigua and Barbuda | | |
saintkittsandnevis: Saint Kitts and Nevis | | |
saintvincentandthegrenadines: Saint Vincent and the Grenadines | | |
dominica: Dominica | | |
saintlucia: Saint Lucia, St. Lucia | | |
algeria: Algeria | Algerian, Algerians | Algiers |
morocco: Morocco | Moroccan, Moroccans | Rabat |
tunisia: Tunisia | Tunisian, Tunisians | Tunis |
libya: Libya | Libyan, Libyans | Tripoli |
mauritania: Mauritania | Mauritanian, Mauritanians | Nouakchott |
mali: Mali | Malian, Malians | Bamako |
burkinafaso: Burkina Faso | Burkinabe | Ouagadougou |
senegal: Senegal | Senegalese | Dakar |
gambia: Gambia, The Gambia | Gambian, Gambians | Banjul |
guineabissau: Guinea-Bissau | Bissau-Guinean, Bissau-Guineans | Bissau |
guinea: Guinea | Guinean, Guineans | Conakry |
sierraleone: Sierra Leone | Sierra Leonean, Sierra Leoneans | Freetown |
liberia: Liberia | Liberian, Liberians | Monrovia |
ivorycoast: Ivory Coast, Cote d'Ivoire | Ivorian, Ivorians | Yamoussoukro, Abidjan |
ghana: Ghana | Ghanaian, Ghanaians | Accra |
togo: Togo | Togolese | Lome |
benin: Benin | Beninese | Porto-Novo, Cotonou |
cameroon: Cameroon | Cameroonian, Cameroonians | Yaounde |
chad: Chad | Chadian, Chadians | N'Djamena |
centralafrica: Central African Republic | | Bangui |
gabon: Gabon | Gabonese | Libreville |
equatorialguinea: Equatorial Guinea | Equatoguinean, Equatorial Guinean | Malabo |
saotome: Sao Tome and Principe | | |
angola: Angola | Angolan, Angolans | Luanda |
zambia: Zambia | Zambian, Zambians | Lusaka |
zimbabwe: Zimbabwe | Zimbabwean, Zimbabweans | Harare |
mozambique: Mozambique | Mozambican, Mozambicans | Maputo |
malawi: Malawi | Malawian, Malawians | Lilongwe |
tanzania: Tanzania | Tanzanian, Tanzanians | Dodoma, Dar es Salaam |
kenya: Kenya | Kenyan, Kenyans | Nairobi |
uganda: Uganda | Ugandan, Ugandans | Kampala |
burundi: Burundi | Burundian, Burundians | Gitega, Bujumbura |
somalia: Somalia | Somali, Somalis | Mogadishu |
djibouti: Djibouti | Djiboutian, Djiboutians | |
eritrea: Eritrea | Eritrean, Eritreans | Asmara |
madagascar: Madagascar | Malagasy | Antananarivo |
mauritius: Mauritius | Mauritian, Mauritians | Port Louis |
seychelles: Seychelles | Seychellois | |
comoros: Comoros | Comoran, Comorans | |
capeverde: Cape Verde, Cabo Verde | Cape Verdean, Cape Verdeans | Praia |
namibia: Namibia | Namibian, Namibians | Windhoek |
botswana: Botswana | Motswana, Batswana | Gaborone |
lesotho: Lesotho | Basotho | Maseru |
eswatini: Eswatini, Swaziland | Swazi, Swazis | Mbabane |
au: African Union | | |
asean: ASEAN, Association of Southeast Asian Nations | | |
arableague: Arab League, League of Arab States | | |
gcc: Gulf Cooperation Council, GCC | | |
opec: OPEC, OPEC+ | | |
g7: G7, Group of Seven | | |
g20: G20, Group of 20 | | |
brics: BRICS | | |
mercosur: Mercosur, Mercosul, Southern Common Market | | |
osce: OSCE, Organization for Security and Co-operation in Europe | | |
iaea: IAEA, International Atomic Energy Agency | | |
icc: International Criminal Court, ICC | | |
islamicstate: Islamic State, ISIS, ISIL, Daesh | | |
islamicjihad: Islamic Jihad, Palestinian Islamic Jihad | | |
fatah: Fatah | | |
pkk: PKK, Kurdistan Workers' Party | | |
sdf: Syrian Democratic Forces, SDF | | |
hts: Hayat Tahrir al-Sham, HTS | | |
wagner: Wagner, Wagner Group | | |
rsf: Rapid Support Forces, RSF | | |
m23: M23 | | |
alshabaab: al-Shabaab | | |
bokoharam: Boko Haram | | |
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
