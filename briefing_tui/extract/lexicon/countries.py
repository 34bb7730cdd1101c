"""Country gazetteer: names, short forms, demonyms and capitals, compiled by hand.

Each line is ``Canonical|alias... ; demonym... ; capital...``. Canonical names are
the common English short names. Capitals are listed where news uses them as
metonyms for a government ("Beijing said"); a capital after "in"/"to" is a
place, and the mentions stage decides that, not this table.
"""

from __future__ import annotations

_DATA = """
Afghanistan ; Afghan|Afghans ; Kabul
Albania ; Albanian|Albanians ; Tirana
Algeria ; Algerian|Algerians ; Algiers
Andorra ; Andorran ; Andorra la Vella
Angola ; Angolan|Angolans ; Luanda
Antigua and Barbuda ; Antiguan ;
Argentina ; Argentine|Argentinian|Argentines ; Buenos Aires
Armenia ; Armenian|Armenians ; Yerevan
Australia ; Australian|Australians ; Canberra
Austria ; Austrian|Austrians ; Vienna
Azerbaijan ; Azerbaijani|Azeri|Azerbaijanis ; Baku
Bahamas|The Bahamas ; Bahamian ; Nassau
Bahrain ; Bahraini|Bahrainis ; Manama
Bangladesh ; Bangladeshi|Bangladeshis ; Dhaka
Barbados ; Barbadian ; Bridgetown
Belarus ; Belarusian|Belarusians ; Minsk
Belgium ; Belgian|Belgians ;
Belize ; Belizean ; Belmopan
Benin ; Beninese ; Porto-Novo
Bhutan ; Bhutanese ; Thimphu
Bolivia ; Bolivian|Bolivians ; La Paz
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|BiH ; Bosnian|Bosnians ; Sarajevo
Botswana ; Botswanan ; Gaborone
Brazil ; Brazilian|Brazilians ; Brasilia|Brasília
Brunei|Brunei Darussalam ; Bruneian ; Bandar Seri Begawan
Bulgaria ; Bulgarian|Bulgarians ; Sofia
Burkina Faso ; Burkinabe ; Ouagadougou
Burma|Myanmar ; Burmese ; Naypyidaw|Naypyitaw
Burundi ; Burundian ; Bujumbura|Gitega
Cambodia|Kingdom of Cambodia ; Cambodian|Cambodians ; Phnom Penh
Cameroon ; Cameroonian|Cameroonians ; Yaounde|Yaoundé
Canada ; Canadian|Canadians ; Ottawa
Cape Verde|Cabo Verde ; Cape Verdean ; Praia
Central African Republic ; Central African ; Bangui
Chad ; Chadian|Chadians ; N'Djamena
Chile ; Chilean|Chileans ; Santiago
China|People's Republic of China|PRC|P.R.C.|Mainland China ; Chinese ; Beijing
Colombia ; Colombian|Colombians ; Bogota|Bogotá
Comoros ; Comorian ; Moroni
Cook Islands ; Cook Islander|Cook Islanders ; Avarua
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa ; Congolese ; Kinshasa
Republic of the Congo|Congo-Brazzaville|Congo ; ; Brazzaville
Costa Rica ; Costa Rican|Costa Ricans ; San Jose
Croatia ; Croatian|Croat|Croats|Croatians ; Zagreb
Cuba ; Cuban|Cubans ; Havana
Cyprus ; Cypriot|Cypriots ; Nicosia
Czech Republic|Czechia ; Czech|Czechs ; Prague
Denmark ; Danish|Dane|Danes ; Copenhagen
Djibouti ; Djiboutian ;
Dominica ; Dominican ; Roseau
Dominican Republic ; ; Santo Domingo
East Timor|Timor-Leste ; Timorese ; Dili
Ecuador ; Ecuadorian|Ecuadorean|Ecuadorians ; Quito
Egypt|Arab Republic of Egypt ; Egyptian|Egyptians ; Cairo
El Salvador ; Salvadoran|Salvadorans ; San Salvador
Equatorial Guinea ; Equatoguinean ; Malabo
Eritrea ; Eritrean|Eritreans ; Asmara
Estonia ; Estonian|Estonians ; Tallinn
Eswatini|Swaziland ; Swazi ; Mbabane
Ethiopia ; Ethiopian|Ethiopians ; Addis Ababa
Fiji ; Fijian|Fijians ; Suva
Finland ; Finnish|Finn|Finns ; Helsinki
France|French Republic ; French ; Paris
Gabon ; Gabonese ; Libreville
Gambia|The Gambia ; Gambian|Gambians ; Banjul
Georgia ; Georgian|Georgians ; Tbilisi
Germany|Federal Republic of Germany ; German|Germans ; Berlin
Ghana ; Ghanaian|Ghanaians ; Accra
Greece ; Greek|Greeks ; Athens
Grenada ; Grenadian ;
Guatemala ; Guatemalan|Guatemalans ; Guatemala City
Guinea ; Guinean|Guineans ; Conakry
Guinea-Bissau ; Bissau-Guinean ; Bissau
Guyana ; Guyanese ; Georgetown
Haiti ; Haitian|Haitians ; Port-au-Prince
Honduras ; Honduran|Hondurans ; Tegucigalpa
Hungary ; Hungarian|Hungarians ; Budapest
Iceland ; Icelandic|Icelanders ; Reykjavik
India|Republic of India ; Indian|Indians ; New Delhi
Indonesia|Republic of Indonesia ; Indonesian|Indonesians ; Jakarta
Iran|Islamic Republic of Iran ; Iranian|Iranians ; Tehran
Iraq ; Iraqi|Iraqis ; Baghdad
Ireland|Republic of Ireland ; Irish ; Dublin
Israel|State of Israel ; Israeli|Israelis ; Jerusalem|Tel Aviv
Italy ; Italian|Italians ; Rome
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire ; Ivorian|Ivorians ; Abidjan|Yamoussoukro
Jamaica ; Jamaican|Jamaicans ; Kingston
Japan ; Japanese ; Tokyo
Jordan|Hashemite Kingdom of Jordan ; Jordanian|Jordanians ; Amman
Kazakhstan ; Kazakh|Kazakhstani|Kazakhs ; Astana
Kenya ; Kenyan|Kenyans ; Nairobi
Kiribati ; ; Tarawa
Kosovo ; Kosovar|Kosovars ; Pristina
Kuwait|State of Kuwait ; Kuwaiti|Kuwaitis ; Kuwait City
Kyrgyzstan ; Kyrgyz ; Bishkek
Laos|Lao PDR|Lao People's Democratic Republic ; Laotian|Lao ; Vientiane
Latvia ; Latvian|Latvians ; Riga
Lebanon ; Lebanese ; Beirut
Lesotho ; Basotho ; Maseru
Liberia ; Liberian|Liberians ; Monrovia
Libya ; Libyan|Libyans ; Tripoli
Liechtenstein ; ; Vaduz
Lithuania ; Lithuanian|Lithuanians ; Vilnius
Luxembourg ; Luxembourgish ;
Madagascar ; Malagasy ; Antananarivo
Malawi ; Malawian|Malawians ; Lilongwe
Malaysia ; Malaysian|Malaysians ; Kuala Lumpur|Putrajaya
Maldives ; Maldivian|Maldivians ; Malé|Male
Mali ; Malian|Malians ; Bamako
Malta ; Maltese ; Valletta
Marshall Islands ; Marshallese ; Majuro
Mauritania ; Mauritanian|Mauritanians ; Nouakchott
Mauritius ; Mauritian|Mauritians ; Port Louis
Mexico ; Mexican|Mexicans ; Mexico City
Micronesia|Federated States of Micronesia ; Micronesian ; Palikir
Moldova ; Moldovan|Moldovans ; Chisinau
Monaco ; Monegasque ;
Mongolia ; Mongolian|Mongolians ; Ulaanbaatar
Montenegro ; Montenegrin|Montenegrins ; Podgorica
Morocco ; Moroccan|Moroccans ; Rabat
Mozambique ; Mozambican|Mozambicans ; Maputo
Namibia ; Namibian|Namibians ; Windhoek
Nauru ; Nauruan ;
Nepal ; Nepali|Nepalese ; Kathmandu
Netherlands|The Netherlands|Holland ; Dutch ; Amsterdam|The Hague
New Zealand ; New Zealander|New Zealanders ; Wellington
Nicaragua ; Nicaraguan|Nicaraguans ; Managua
Niger ; Nigerien|Nigeriens ; Niamey
Nigeria ; Nigerian|Nigerians ; Abuja
Niue ; Niuean ; Alofi
North Korea|DPRK|Democratic People's Republic of Korea ; North Korean|North Koreans ; Pyongyang
North Macedonia|Macedonia ; Macedonian|Macedonians ; Skopje
Norway ; Norwegian|Norwegians ; Oslo
Oman ; Omani|Omanis ; Muscat
Pakistan ; Pakistani|Pakistanis ; Islamabad
Palau ; Palauan ; Ngerulmud
Palestine|State of Palestine|Palestinian Territories|Palestinian territories ; Palestinian|Palestinians ; Ramallah
Panama ; Panamanian|Panamanians ; Panama City
Papua New Guinea|PNG ; Papua New Guinean ; Port Moresby
Paraguay ; Paraguayan|Paraguayans ; Asuncion|Asunción
Peru ; Peruvian|Peruvians ; Lima
Philippines|The Philippines ; Philippine|Filipino|Filipinos ; Manila
Poland ; Polish|Poles ; Warsaw
Portugal ; Portuguese ; Lisbon
Qatar|State of Qatar ; Qatari|Qataris ; Doha
Romania ; Romanian|Romanians ; Bucharest
Russia|Russian Federation ; Russian|Russians ; Moscow
Rwanda ; Rwandan|Rwandans ; Kigali
Sahrawi Arab Democratic Republic|SADR ; ;
Saint Kitts and Nevis|Federation of Saint Kitts and Nevis|Federation of St Kitts and Nevis ; ; Basseterre
Saint Lucia ; ; Castries
Saint Vincent and the Grenadines ; ; Kingstown
Samoa ; Samoan|Samoans ; Apia
San Marino ; ;
Sao Tome and Principe ; ; São Tomé
Saudi Arabia|Kingdom of Saudi Arabia|KSA ; Saudi|Saudis ; Riyadh
Senegal ; Senegalese ; Dakar
Serbia ; Serbian|Serb|Serbs|Serbians ; Belgrade
Seychelles ; Seychellois ;
Sierra Leone ; Sierra Leonean ; Freetown
Singapore ; Singaporean|Singaporeans ;
Slovakia ; Slovak|Slovaks ; Bratislava
Slovenia ; Slovenian|Slovene|Slovenes ; Ljubljana
Solomon Islands ; Solomon Islander ; Honiara
Somalia ; Somali|Somalis ; Mogadishu
South Africa ; South African|South Africans ; Pretoria
South Korea|Republic of Korea|ROK ; South Korean|South Koreans ; Seoul
South Sudan ; South Sudanese ; Juba
Soviet Union|Union of Soviet Socialist Republics|USSR ; ;
Spain ; Spanish|Spaniards ; Madrid
Sri Lanka ; Sri Lankan|Sri Lankans ; Colombo
Sudan ; Sudanese ; Khartoum
Suriname ; Surinamese ; Paramaribo
Sweden ; Swedish|Swede|Swedes ; Stockholm
Switzerland ; Swiss ; Bern
Syria|Syrian Arab Republic ; Syrian|Syrians ; Damascus
Taiwan|Republic of China ; Taiwanese ; Taipei
Tajikistan ; Tajik|Tajiks ; Dushanbe
Tanzania ; Tanzanian|Tanzanians ; Dodoma|Dar es Salaam
Thailand|Kingdom of Thailand ; Thai ; Bangkok
Togo ; Togolese ; Lome|Lomé
Tonga ; Tongan|Tongans ; Nuku'alofa
Trinidad and Tobago ; Trinidadian ; Port of Spain
Tunisia ; Tunisian|Tunisians ; Tunis
Turkey|Turkiye|Türkiye ; Turkish|Turks ; Ankara
Turkmenistan ; Turkmen ; Ashgabat
Tuvalu ; Tuvaluan ; Funafuti
Uganda ; Ugandan|Ugandans ; Kampala
Ukraine ; Ukrainian|Ukrainians ; Kyiv|Kiev
United Arab Emirates|UAE|U.A.E.|Emirates ; Emirati|Emiratis ; Abu Dhabi
United Kingdom|UK|U.K.|Britain|Great Britain ; British|Briton|Britons ; London
United States|United States of America|US|U.S.|USA|U.S.A.|America ; American|Americans ; Washington
Uruguay ; Uruguayan|Uruguayans ; Montevideo
Uzbekistan ; Uzbek|Uzbeks ; Tashkent
Vanuatu ; Ni-Vanuatu ; Port Vila
Vatican|Holy See|Vatican City ; ;
Venezuela ; Venezuelan|Venezuelans ; Caracas
Vietnam|Viet Nam|Việt Nam ; Vietnamese ; Hanoi|Hà Nội
Yemen ; Yemeni|Yemenis ; Sanaa|Sana'a
Zambia ; Zambian|Zambians ; Lusaka
Zimbabwe ; Zimbabwean|Zimbabweans ; Harare
Hong Kong ; ;
French Polynesia ; ; Papeete
New Caledonia ; ; Nouméa|Noumea
Greenland ; Greenlandic ; Nuuk
Faroe Islands ; Faroese ; Tórshavn|Torshavn
Puerto Rico ; Puerto Rican|Puerto Ricans ;
Bermuda ; Bermudian|Bermudians ;
Cayman Islands ; Caymanian ;
British Virgin Islands ; ;
Turks and Caicos Islands|Turks and Caicos ; ;
Montserrat ; Montserratian ;
Anguilla ; Anguillan ;
Aruba ; Aruban ; Oranjestad
Curacao|Curaçao ; ; Willemstad
"""

# Surface forms that are too often something else to count on their own
# ("Georgia" the U.S. state; "Jordan" and "Chad" the given names; "Santiago"
# and "Kingston" elsewhere too). They still count inside a longer country
# phrase and as demonyms.
AMBIGUOUS: frozenset[str] = frozenset(
    {
        "Georgia",
        "Jordan",
        "Chad",
        "Dominica",
        "Lima",
        "Santiago",
        "Kingston",
        "Georgetown",
        "Victoria",
        "Male",
        "Sofia",
        "Vienna",
        "Rome",
        "Juba",
        "Emirates",
        "Holland",
        "Macedonia",
        "Congo",
        "Jerusalem",
        "Tel Aviv",
        "Tripoli",
    }
)

# Demonyms two states share: the state DEMONYMS gives ("Dominican": Dominica) and the other one.
# An article that names the other state and never the first means the other ("the Dominican
# government" in a story on the Dominican Republic and Haiti).
SHARED_DEMONYMS: dict[str, str] = {
    "Dominican": "Dominican Republic",
    "Dominicans": "Dominican Republic",
    "Congolese": "Republic of the Congo",
}

# The scorer-independent, usual-English canonical name for every surface form.
NAMES: dict[str, str] = {}
DEMONYMS: dict[str, str] = {}
CAPITALS: dict[str, str] = {}


def _load() -> None:
    for line in _DATA.strip().splitlines():
        names, demonyms, capitals = (part.strip() for part in line.split(";"))
        forms = [n.strip() for n in names.split("|") if n.strip()]
        canonical = forms[0]
        # "St Lucia", "St. Kitts and Nevis": Saint written short
        short = [f"St{dot} {f[6:]}" for f in forms if f.startswith("Saint ") for dot in ("", ".")]
        for form in forms + short:
            NAMES.setdefault(form, canonical)
            if "-" in form and all(part[:1].isupper() for part in form.split("-")):
                NAMES.setdefault(form.replace("-", " "), canonical)  # "Timor Leste", "Guinea Bissau"
        for dem in demonyms.split("|"):
            if dem.strip():
                DEMONYMS.setdefault(dem.strip(), canonical)
                if dem.strip().endswith(("an", "i")):
                    DEMONYMS.setdefault(
                        dem.strip() + "s", canonical
                    )  # "Sierra Leoneans", "Nepalis": its people
        for cap in capitals.split("|"):
            if cap.strip():
                CAPITALS.setdefault(cap.strip(), canonical)


# The styles of a state's formal name ("the Federative Republic of Brazil", "the Hashemite Kingdom
# of Jordan"): "<style> of <short name>" names the state, so protocol prose ("the Minister of
# Foreign Affairs of the Bolivarian Republic of Venezuela") reads as the country, not as a person
# "Bolivarian". ("State of" is left out: "Secretary of State of the United States".)
FORMAL_STYLES: tuple[str, ...] = (
    "Republic",
    "Kingdom",
    "Federative Republic",
    "Federal Republic",
    "Federal Democratic Republic",
    "Islamic Republic",
    "Arab Republic",
    "People's Republic",
    "People's Democratic Republic",
    "Democratic Republic",
    "Democratic Socialist Republic",
    "Socialist Republic",
    "United Republic",
    "Bolivarian Republic",
    "Oriental Republic",
    "Plurinational State",
    "Hashemite Kingdom",
    "Commonwealth",
    "Sultanate",
    "Principality",
    "Grand Duchy",
)


def _load_formal() -> None:
    """Each state's canonical short name under every formal style, with and without "the"."""
    for canonical in sorted(set(NAMES.values())):
        if not canonical.replace(" ", "").isalpha() or any(w in canonical for w in ("Republic", "Kingdom")):
            continue  # "United Kingdom", "Czech Republic": already formal; "Hong Kong" etc. harmless
        short = canonical.removeprefix("The ")
        # "the Commonwealth of The Bahamas": a name whose article is part of it keeps its capital
        articles = ("the", "The") if NAMES.get(f"The {short}") == canonical else ("the",)
        for style in FORMAL_STYLES:
            NAMES.setdefault(f"{style} of {short}", canonical)
            for article in articles:
                NAMES.setdefault(f"{style} of {article} {short}", canonical)


_load()
# "the United States" keeps its article; "the U.S." too.
NAMES["Burma"] = "Burma"
NAMES["Myanmar"] = "Burma"
_load_formal()


def is_plural_demonym(surface: str) -> bool:
    """ "Afghans", "Bangladeshis": people, not the state."""
    return surface in DEMONYMS and surface.endswith("s") and surface[:-1] in DEMONYMS


def country_of(surface: str) -> str | None:
    """Canonical country for a name, short form, demonym or capital (exact surface)."""
    return NAMES.get(surface) or DEMONYMS.get(surface) or CAPITALS.get(surface)
