"""Organizations: well-known bodies with their short forms, and the head nouns
that make a capitalised phrase an organization ("... Ministry", "Office of ...").

``KNOWN`` maps a surface form to (canonical name, affiliation). Affiliation is
the country (or parent body) an organization belongs to, where that is fixed.
A name written "=Name" is the body's canonical name only, never read in text: a full name
holding a country's ("Kuwait News Agency") is read by its head word, which also names the
country, and its short form ("KUNA") joins it by that canonical name.
Initials are listed only where they name nothing else in news: not "DPP" (also the Director of Public
Prosecutions of Commonwealth courts), "CHP" (also the California Highway Patrol) nor "NDP" (also Egypt's
National Democratic Party, among others).
"""

from __future__ import annotations

_KNOWN = """
United Nations|UN|U.N. ;
UN Security Council|United Nations Security Council|U.N. Security Council|Security Council ; United Nations
UN General Assembly|United Nations General Assembly|U.N. General Assembly|General Assembly ; United Nations
United Nations High Commissioner for Refugees|UNHCR|UN refugee agency ; United Nations
UNICEF ; United Nations
World Health Organization|WHO ; United Nations
International Atomic Energy Agency|IAEA ;
World Food Programme|WFP ; United Nations
North Atlantic Treaty Organization|NATO ;
European Union|EU|E.U. ;
European Commission ; European Union
European Parliament ; European Union
European Council ; European Union
Association of Southeast Asian Nations|ASEAN|Asean ;
Economic Community of West African States|ECOWAS ;
African Union|AU ;
Arab League|League of Arab States ;
Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf ;
Organization of Islamic Cooperation|Organisation of Islamic Cooperation|OIC ;
Organization of American States|OAS ;
Shanghai Cooperation Organization|Shanghai Cooperation Organisation|SCO ;
Asia-Pacific Economic Cooperation|APEC ;
Group of Seven|G7|G-7 ;
Group of Eight|G8|G-8 ;
Group of 20|G20|G-20 ;
BRICS ;
Quad|Quadrilateral Security Dialogue ;
Quartet|Middle East Quartet ;
Troika Plus|Extended Troika ;
Organisation for Economic Co-operation and Development|OECD ;
Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|OSCE ;
Council of Europe ;
Collective Security Treaty Organization|CSTO ;
Eurasian Economic Union|EAEU ;
Mercosur|MERCOSUR|Mercosul ;
Community of Latin American and Caribbean States|CELAC ;
Union of South American Nations|UNASUR ;
Caribbean Community|CARICOM ;
Southern African Development Community|SADC ;
East African Community|EAC ;
Economic Community of Central African States|ECCAS ;
Arab Maghreb Union ;
South Asian Association for Regional Cooperation|SAARC ;
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation|BIMSTEC ;
Conference on Interaction and Confidence-Building Measures in Asia|CICA ;
Indian Ocean Rim Association|IORA ;
Organization of Turkic States ;
Nordic Council ;
Visegrad Group|Visegrád Group ;
Organisation internationale de la Francophonie|International Organisation of La Francophonie|Francophonie ;
Community of Portuguese Language Countries|CPLP ;
Andean Community ;
Central American Integration System|SICA ;
Central American Parliament|PARLACEN ;
Non-Aligned Movement ;
Group of 77|G77|G-77 ;
Inter-Parliamentary Union|IPU ;
Intergovernmental Authority on Development|IGAD ;
Pacific Islands Forum ;
Commonwealth|Commonwealth of Nations ;
Commonwealth of Independent States|CIS ;
African Development Bank|AfDB ;
Asian Development Bank ;
Asian Infrastructure Investment Bank|AIIB ;
International Energy Agency|IEA ;
Interpol ;
UN Office for the Coordination of Humanitarian Affairs|OCHA ; United Nations
=Office of the United Nations High Commissioner for Human Rights|UN Human Rights Office|OHCHR ; United Nations
International Labour Organization|International Labor Organization|ILO ; United Nations
International Organization for Migration|IOM ; United Nations
UN Human Rights Council|United Nations Human Rights Council|UNHRC ; United Nations
International Civil Aviation Organization|ICAO ; United Nations
International Maritime Organization|IMO ; United Nations
World Meteorological Organization|WMO ; United Nations
International Telecommunication Union|ITU ; United Nations
World Intellectual Property Organization|WIPO ; United Nations
International Fund for Agricultural Development|IFAD ; United Nations
United Nations Industrial Development Organization|UNIDO ; United Nations
UNAIDS ; United Nations
United Nations Population Fund|UNFPA ; United Nations
United Nations Environment Programme|UN Environment Programme|UNEP ; United Nations
United Nations Conference on Trade and Development|UNCTAD ; United Nations
UN Women ; United Nations
Organisation for the Prohibition of Chemical Weapons|OPCW ;
Comprehensive Nuclear-Test-Ban Treaty Organization|CTBTO ;
International Renewable Energy Agency|IRENA ;
Financial Action Task Force|FATF ;
Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF ;
International Federation of Red Cross and Red Crescent Societies|IFRC ;
Parliamentary Assembly of the Council of Europe|PACE ; Council of Europe
European Court of Human Rights|ECHR ; Council of Europe
Court of Justice of the European Union|European Court of Justice|CJEU|ECJ ; European Union
Council of the European Union|Council of the EU ; European Union
Committee of Permanent Representatives|COREPER|Coreper ; European Union
European External Action Service|EEAS ; European Union
Frontex ; European Union
Europol ; European Union
European Central Bank|ECB ; European Union
European Investment Bank|EIB ; European Union
European Bank for Reconstruction and Development|EBRD ;
Islamic Development Bank|IsDB ;
Inter-American Development Bank|IDB ;
New Development Bank ;
Federal Reserve|U.S. Federal Reserve|US Federal Reserve|Fed ; United States
=Bank of England|BoE ; United Kingdom
=Bank of Japan|BOJ|BoJ ; Japan
=People's Bank of China|PBOC|PBoC ; China
=Reserve Bank of India|RBI ; India
=Reserve Bank of Australia|RBA ; Australia
=Reserve Bank of New Zealand|RBNZ ; New Zealand
=Swiss National Bank|SNB ; Switzerland
Bank of Russia|Central Bank of Russia ; Russia
=Central Bank of the Republic of Turkey|Central Bank of the Republic of Türkiye|CBRT ; Türkiye
=Bank of Korea|BOK ; South Korea
=State Bank of Pakistan|SBP ; Pakistan
=Central Bank of Nigeria|CBN ; Nigeria
=South African Reserve Bank|SARB ; South Africa
=Saudi Central Bank|Saudi Arabian Monetary Authority|SAMA ; Saudi Arabia
Bank Indonesia ; Indonesia
Bank Negara Malaysia ; Malaysia
Central Bank of Brazil|Banco Central do Brasil ; Brazil
Bank of Mexico|Banxico ; Mexico
=National Bank of Ukraine|NBU ; Ukraine
Bundesbank ; Germany
Banque de France ; France
UNESCO ; United Nations
United Nations Development Programme|UN Development Programme|UNDP ; United Nations
UNRWA ; United Nations
United Nations Support Mission in Libya|UNSMIL ; United Nations
United Nations Interim Force in Lebanon|UNIFIL ; United Nations
United Nations Assistance Mission in Afghanistan|UNAMA ; United Nations
United Nations Assistance Mission for Iraq|UNAMI ; United Nations
United Nations Mission in South Sudan|UNMISS ; United Nations
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|MONUSCO ; United Nations
United Nations Multidimensional Integrated Stabilization Mission in Mali|MINUSMA ; United Nations
United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic|MINUSCA ; United Nations
United Nations Peacekeeping Force in Cyprus|UNFICYP ; United Nations
United Nations Interim Administration Mission in Kosovo|UNMIK ; United Nations
United Nations Disengagement Observer Force|UNDOF ; United Nations
United Nations Mission for the Referendum in Western Sahara|MINURSO ; United Nations
United Nations Assistance Mission in Somalia|UNSOM ; United Nations
Food and Agriculture Organization|FAO ; United Nations
International Monetary Fund|IMF ;
World Bank ;
World Trade Organization|WTO ;
Organization of the Petroleum Exporting Countries|OPEC ;
International Criminal Court|ICC ;
International Court of Justice|ICJ ;
Red Cross|International Committee of the Red Cross|ICRC ;
British Red Cross ; United Kingdom
Amnesty International ;
Human Rights Watch ;
Hamas ;
Hezbollah|Hizbollah ;
Taliban ; Afghanistan
al-Qaida|al-Qaeda|Al-Qaeda|Al Qaeda|al Qaeda ;
al-Shabaab|Al-Shabaab|Al Shabaab|al-Shabab|Al-Shabab|Al Shabab ;
Islamic State|ISIS|ISIL|Daesh ;
ISIS-K ;
Houthis|Houthi ; Yemen
Muslim Brotherhood ;
Fatah ; Palestine
=Palestine Liberation Organization|Palestine Liberation Organisation|PLO ; Palestine
Islamic Jihad ;
Wagner Group|Wagner ; Russia
M23|March 23 Movement|M23 movement ;
Democratic Forces for the Liberation of Rwanda|FDLR ;
Armed Forces of the Democratic Republic of the Congo|FARDC ; Democratic Republic of the Congo
Libya Dawn ; Libya
Boko Haram ;
Islamic State West Africa Province|ISWAP ;
Jama'at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal-Muslimin|JNIM ;
Allied Democratic Forces ;
Lord's Resistance Army ;
Rapid Support Forces ;
Sudanese Armed Forces ; Sudan
Janjaweed ;
Tigray People's Liberation Front|TPLF ;
Polisario Front ;
Hayat Tahrir al-Sham|HTS ;
Nusra Front|al-Nusra Front ;
Syrian Democratic Forces ;
Kurdistan Workers' Party|PKK ;
People's Protection Units|YPG ;
Popular Mobilization Forces ; Iraq
Kataib Hezbollah|Kata'ib Hezbollah ;
Izz ad-Din al-Qassam Brigades|Qassam Brigades|al-Qassam Brigades ;
Al-Aqsa Martyrs' Brigades ;
Lashkar-e-Taiba ;
Jaish-e-Mohammed ;
Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|TTP ;
Baloch Liberation Army ;
Arakan Army ;
Kachin Independence Army ;
Revolutionary Armed Forces of Colombia|FARC ; Colombia
Shining Path ;
White House ; United States
State Department|U.S. State Department|US State Department|Department of State|U.S. Department of State ; United States
Pentagon|Department of Defense|U.S. Department of Defense|Defense Department ; United States
Department of the Treasury|Treasury Department|U.S. Treasury ; United States
United States Agency for International Development|USAID ; United States
Congress|U.S. Congress|US Congress ; United States
U.S. Senate ; United States
Kremlin ; Russia
Élysée|Elysée|Elysee|Élysée Palace|Elysee Palace|Elysée Palace ; France
Blue House ; South Korea
State Duma|Duma ; Russia
Knesset ; Israel
Bundestag ; Germany
Lok Sabha ; India
Rajya Sabha ; India
Sejm ; Poland
Likud ; Israel
Communist Party of China|Chinese Communist Party|CPC|CCP ; China
Communist Party of Vietnam|CPV ; Vietnam
Workers' Party of Korea|WPK ; North Korea
Meretz ; Israel
Mossad ; Israel
Shin Bet ; Israel
Inter-Services Intelligence|ISI ; Pakistan
Tatmadaw ; Myanmar
Amiri Diwan|Emiri Diwan ;
Home Office ; United Kingdom
=Ministry of External Affairs|MEA ; India
=Department of Foreign Affairs and Trade|DFAT ; Australia
Global Affairs Canada ; Canada
Federal Foreign Office|Auswärtiges Amt ; Germany
Quai d'Orsay ; France
=Secretariat of Foreign Affairs|Secretaría de Relaciones Exteriores|SRE ; Mexico
Royal Court|Royal Hashemite Court ;
Foreign, Commonwealth and Development Office|Foreign and Commonwealth Office|FCDO ; United Kingdom
Downing Street ; United Kingdom
Labour|Labour Party ; United Kingdom
Conservative Party|Tories ; United Kingdom
Liberal Democrats|Lib Dems ; United Kingdom
=Scottish National Party|SNP ; United Kingdom
Democratic Unionist Party|DUP ; United Kingdom
Plaid Cymru ; United Kingdom
Reform UK ; United Kingdom
Sinn Féin|Sinn Fein ;
Republican Party|GOP ; United States
Bharatiya Janata Party|BJP ; India
Aam Aadmi Party ; India
Shiv Sena ; India
Samajwadi Party ; India
Dravida Munnetra Kazhagam|DMK ; India
=Liberal Democratic Party of Japan|LDP ; Japan
Komeito ; Japan
Christian Democratic Union|CDU ; Germany
Christian Social Union|CSU ; Germany
Free Democratic Party|FDP ; Germany
Alternative for Germany|AfD ; Germany
National Rally|Rassemblement National ; France
France Unbowed|La France Insoumise ; France
Brothers of Italy|Fratelli d'Italia ; Italy
Five Star Movement|M5S ; Italy
Forza Italia ; Italy
=Spanish Socialist Workers' Party|PSOE ; Spain
African National Congress|ANC ; South Africa
Economic Freedom Fighters|EFF ; South Africa
Inkatha Freedom Party|IFP ; South Africa
Justice and Development Party|AKP|AK Party ; Türkiye
Republican People's Party ; Türkiye
Nationalist Movement Party|MHP ; Türkiye
Golkar ; Indonesia
Gerindra ; Indonesia
=Indonesian Democratic Party of Struggle|PDI-P ; Indonesia
Institutional Revolutionary Party|PRI ; Mexico
National Regeneration Movement ; Mexico
Pakistan Tehreek-e-Insaf|Pakistan Tehreek-i-Insaf|Pakistan Tehrik-e-Insaf ; Pakistan
=Pakistan Muslim League-Nawaz|PML-N ; Pakistan
Awami League ; Bangladesh
All Progressives Congress ; Nigeria
United Russia ; Russia
New Democratic Party ; Canada
Bloc Québécois|Bloc Quebecois ; Canada
People Power Party ; South Korea
Democratic Progressive Party ; Taiwan
Kuomintang|KMT ; Taiwan
Yesh Atid ; Israel
Xinhua|Xinhua News Agency ; China
Korean Central News Agency|KCNA ; North Korea
Yonhap|Yonhap News Agency ; South Korea
TASS ; Russia
Interfax ; Russia
Interfax-Ukraine ; Ukraine
Ukrinform ; Ukraine
Anadolu|Anadolu Agency ; Türkiye
Politico ;
RIA Novosti ; Russia
Kyodo|Kyodo News ; Japan
Reuters ;
Associated Press|AP ;
Agence France-Presse|AFP ;
Bloomberg|Bloomberg News|Bloomberg Television ;
BBC|BBC News ;
CNN ;
Al Jazeera ;
Al Arabiya ;
Le Monde ;
Bangladesh Sangbad Sangstha ; Bangladesh
=Kuwait News Agency|KUNA ; Kuwait
=Emirates News Agency|WAM ; United Arab Emirates
=Saudi Press Agency|SPA ; Saudi Arabia
=Qatar News Agency|QNA ; Qatar
=Bahrain News Agency|BNA ; Bahrain
=Oman News Agency|ONA ; Oman
=Syrian Arab News Agency|SANA ; Syria
Islamic Republic News Agency|IRNA ; Iran
Fars News Agency ; Iran
Mehr News Agency ; Iran
Tasnim News Agency ; Iran
=Palestinian News and Information Agency|WAFA ; Palestine
Middle East News Agency ; Egypt
=Sudan News Agency|SUNA ; Sudan
Maghreb Arab Press ; Morocco
Asian News International|ANI ; India
Associated Press of Pakistan ; Pakistan
Bernama|BERNAMA ; Malaysia
Antara News Agency|ANTARA ; Indonesia
=Vietnam News Agency|VNA ; Vietnam
Jiji Press ; Japan
NHK ; Japan
BelTA ; Belarus
Kazinform ; Kazakhstan
AzerTac|Azertac ; Azerbaijan
Armenpress ; Armenia
UNIAN ; Ukraine
ANSA ; Italy
EFE ; Spain
Prensa Latina ; Cuba
=Somali National News Agency|SONNA ; Somalia
Sky News ;
GB News ;
ABC News ;
NBC News ;
CBS News ;
Fox News ;
The Guardian|Guardian ;
The New York Times|New York Times ;
The Washington Post|Washington Post ;
The Wall Street Journal|Wall Street Journal ;
Financial Times ;
The Straits Times|Straits Times ;
Deseret News ;
Google ;
Facebook|Meta ;
Twitter ;
Microsoft ;
Apple ;
Amazon ;
Airbus ;
Boeing ;
NASA ; United States
FBI ; United States
CIA ; United States
"""

KNOWN: dict[str, tuple[str, str | None]] = {}

# Organs of a state: a person's office in one of them belongs to the state
# ("White House National Security Advisor ..." -> United States), whereas an
# office in a party, company or agency belongs to that body ("Labour's ...").
GOVERNMENT: frozenset[str] = frozenset(
    {
        "White House",
        "State Department",
        "Pentagon",
        "Department of the Treasury",
        "Congress",
        "U.S. Senate",
        "Kremlin",
        "Élysée",
        "Blue House",
        "Home Office",
        "Foreign, Commonwealth and Development Office",
        "Downing Street",
        "Mossad",
        "Shin Bet",
        "Inter-Services Intelligence",
        "Tatmadaw",
        "Ministry of External Affairs",
        "Department of Foreign Affairs and Trade",
        "Global Affairs Canada",
        "Federal Foreign Office",
        "Quai d'Orsay",
        "Secretariat of Foreign Affairs",
        "Royal Court",
        # central banks
        "Federal Reserve",
        "European Central Bank",
        "Bank of England",
        "Bank of Japan",
        "People's Bank of China",
        "Reserve Bank of India",
        "Reserve Bank of Australia",
        "Reserve Bank of New Zealand",
        "Swiss National Bank",
        "Bank of Russia",
        "Central Bank of the Republic of Turkey",
        "Bank of Korea",
        "State Bank of Pakistan",
        "Central Bank of Nigeria",
        "South African Reserve Bank",
        "Saudi Central Bank",
        "Bank Indonesia",
        "Bank Negara Malaysia",
        "Central Bank of Brazil",
        "Bank of Mexico",
        "National Bank of Ukraine",
        "Bundesbank",
        "Banque de France",
    }
)

# Movements that govern a state de facto: a minister of theirs is that state's official (the state is
# their lexicon affiliation).
DE_FACTO_GOVERNMENTS: frozenset[str] = frozenset({"Taliban", "Houthis"})

# The buildings among them: written where a visit happens ("talks at the White House") or before an
# office ("Kremlin spokesman"), they name the place or the office's side, not an acting body.
# Online platforms: most often where words were posted ("said on Twitter"), seldom an actor.
PLATFORMS: frozenset[str] = frozenset({"Facebook", "Twitter"})
SEATS: frozenset[str] = frozenset(
    {"White House", "Kremlin", "Élysée", "Blue House", "Downing Street", "Pentagon", "Quai d'Orsay"}
)
# Rooms of a seat of government, named like bodies ("... Office", "... Room"): where leaders sit, never
# a body that acts ("met in the Oval Office", "the Oval Office meeting").
ROOMS: frozenset[str] = frozenset(
    {"Oval Office", "Situation Room", "Cabinet Room", "East Room", "Roosevelt Room", "State Dining Room"}
)


def _other_spellings(forms: list[str]) -> list[str]:
    """A name's British or American spelling the list leaves out ("North Atlantic Treaty Organisation"),
    and a compass point written in two words ("Association of South East Asian Nations")."""
    spelt = [
        f.replace("ization", "isation") if "ization" in f else f.replace("isation", "ization")
        for f in forms
        if "ization" in f or "isation" in f
    ]
    return spelt + [
        f.replace(one, two) for f in forms for one, two in _COMPASS_POINTS if f" {one} " in f" {f} "
    ]


# The compass points written as one word or two: "Southeast Asia", "South East Asia"
_COMPASS_POINTS = (
    ("Southeast", "South East"),
    ("Southwest", "South West"),
    ("Northeast", "North East"),
    ("Northwest", "North West"),
)


# Acronyms written as a word would be a given name or a word ("Sana", "Irena", "Pace", "Kuna"): only
# in capitals are they the body's
_CAPITALS_ONLY = frozenset(
    {
        "SANA",
        "WAFA",
        "IRENA",
        "PACE",
        "ANTARA",
        "KUNA",
        "SAMA",
        "SUNA",
        "SONNA",
        "ANSA",
        "IRNA",
        "CICA",
        "SICA",
        "IORA",
    }
)


def _load() -> None:
    for line in _KNOWN.strip().splitlines():
        names, _, aff = line.partition(";")
        forms = [n.strip() for n in names.split("|") if n.strip()]
        affiliation = aff.strip() or None
        read = [f for f in forms if not f.startswith("=")]
        forms[0] = forms[0].removeprefix("=")
        for form in [*read, *_other_spellings(read)]:
            KNOWN.setdefault(form, (forms[0], affiliation))
            head, of, rest = form.partition(" of ")
            if of and rest[:1].isupper() and " " in rest and not rest.startswith("the "):
                # "Economic Community of the West African States": the name with a "the" written in
                KNOWN.setdefault(f"{head} of the {rest}", (forms[0], affiliation))
    for form, entry in list(KNOWN.items()):
        if len(form) >= 4 and form.isalpha() and form.isupper() and form not in _CAPITALS_ONLY:
            # "Nato", "Caricom", "Ecowas": the house style of many papers writes an acronym of
            # four letters or more as a word (those listed here are no English words nor names)
            KNOWN.setdefault(form.title(), entry)


_load()

# A body named in one word of its own language, told by its shape: German, Dutch and Nordic compounds
# end in the body's own noun ("Bundesbank", "Riksbank", "Bundestag", "Riksdag", "Bundesrat",
# "Storting", "Kartellamt", "Bundeswehr"), and assemblies and seats of government go by one word
# ("the Sejm", "the Oireachtas", "the Farnesina"). No title of a ruler ("the Kabaka", "the
# Asantehene") has such a shape.
_BODY_WORD_ENDS = (
    "bank",
    "tag",
    "dag",
    "rat",
    "amt",
    "gericht",
    "wehr",
    "polizei",
    "ministerium",
    "kammer",
    "partei",
    "ting",
    "tinget",
    "thing",
    "duma",
    "rada",
)
BODY_WORDS: frozenset[str] = frozenset(
    {
        "Althing",
        "Cortes",
        "Dail",
        "Dáil",
        "Duma",
        "Eduskunta",
        "Farnesina",
        "Itamaraty",
        "Jirga",
        "Khural",
        "Knesset",
        "Majlis",
        "Mejlis",
        "Moncloa",
        "Oireachtas",
        "Planalto",
        "Quirinale",
        "Rada",
        "Riigikogu",
        "Sabor",
        "Saeima",
        "Seanad",
        "Seimas",
        "Sejm",
        "Shura",
        "Skupstina",
        "Skupština",
        "Sobranie",
        "Zhongnanhai",
    }
)


def body_shaped(word: str) -> bool:
    """A word of no dictionary shaped as a body's name ("Bundesbank", "Riksdag", "Sejm")."""
    if word in BODY_WORDS:
        return True
    low = word.lower()
    return word[:1].isupper() and any(low.endswith(e) and len(low) - len(e) >= 3 for e in _BODY_WORD_ENDS)


# A party member's label before a name or an office ("Republican Charlie Baker", "Tory MP X"):
# not part of the name, and the person's party. Only labels that are not also given names.
PARTY_LABELS: dict[str, str] = {
    "Republican": "Republican Party",
    "Democrat": "Democratic Party",
    "Labour": "Labour",
    "Conservative": "Conservative Party",
    "Tory": "Conservative Party",
    "Socialist": "Socialist Party",
    "Communist": "Communist Party",
}

# Last words that make a capitalised phrase an organization. Programmes, funds, initiatives,
# partnerships and conferences are things bodies run, not actors, and are left out.
HEADS: frozenset[str] = frozenset(
    [
        "Ministry",
        "Department",
        "Agency",
        "Office",
        "Council",
        "Commission",
        "Committee",
        "Party",
        "Army",
        "Navy",
        "Forces",
        "Force",
        "Police",
        "Guard",
        "Guards",
        "Corps",
        "Brigade",
        "Brigades",
        "University",
        "College",
        "Institute",
        "Association",
        "Union",
        "Federation",
        "League",
        "Organization",
        "Organisation",
        "Bank",
        "Court",
        "Parliament",
        "Assembly",
        "Senate",
        "Congress",
        "Cabinet",
        "Government",
        "Administration",
        "Secretariat",
        "Embassy",
        "Presidency",
        "Chancellery",
        "Bureau",
        "Service",
        "Services",
        "Authority",
        "Command",
        "Coalition",
        "Foundation",
        "Movement",
        "Front",
        "Network",
        "News",
        "Times",
        "Post",
        "Journal",
        "Herald",
        "Tribune",
        "Telegraph",
        "Gazette",
        "Shimbun",  # Japanese for "newspaper": the Yomiuri Shimbun, the Asahi Shimbun
        "Ilbo",  # Korean for "daily": the Chosun Ilbo, the JoongAng Ilbo
        "Press",
        "Television",
        "TV",
        "Radio",
        "Corporation",
        "Company",
        "Group",
        "Airlines",
        "Airways",
        "Airline",
        "Inc",
        "Corp",
        "Ltd",
        "Industries",
        "Chamber",
        "Society",
        "Alliance",
        "Center",
        "Centre",
        "Board",
        "Trust",
        "District",
        "Department",
        "Directorate",
        "Institution",
        "Unit",
        "Watch",
        "Club",
        "Forum",
    ]
)

# Words before "Forum" that make it a gathering held once or yearly, of a trade or of talks on
# security or peace ("the Indo-Pacific Business Forum", "the Halifax Security Forum", "an annual
# Peace Forum"), not a standing body ("the Pacific Islands Forum")
EVENT_FORUM_KINDS: frozenset[str] = frozenset(
    {"Business", "Investment", "Investors", "Infrastructure", "Trade", "Tourism", "Security", "Peace"}
)

# First words that make a capitalised phrase a body whatever follows: news agencies named in
# Romance languages ("Agence France-Presse", "Agencia Brasil", "Agenzia Nova") and carriers
# named for their means of transport ("Air Canada", "Bus Eireann", "Rail Baltica").
OPENING_HEADS: frozenset[str] = frozenset({"Agence", "Agencia", "Agência", "Agenzia", "Air", "Bus", "Rail"})

# Plural party words that end a party's name ("Free Democrats", "Young Greens"): the members as a body.
PARTY_PLURALS: frozenset[str] = frozenset(
    {"Democrats", "Republicans", "Socialists", "Greens", "Liberals", "Conservatives", "Communists"}
)

# First words that start an organization name followed by "of"/"for" ("Ministry of Energy").
STARTS: frozenset[str] = frozenset(
    [
        "Ministry",
        "Department",
        "Office",
        "Bureau",
        "Council",
        "Commission",
        "Committee",
        "Agency",
        "Organization",
        "Organisation",
        "Association",
        "Union",
        "Federation",
        "League",
        "Bank",
        "Court",
        "University",
        "Institute",
        "Secretariat",
        "Embassy",
        "Consulate",
        "Directorate",
        "Government",
        "Parliament",
        "House",
        "Assembly",
        "Chamber",
        "Academy",
    ]
)

# Heads that only make an organization with a name before them, never alone.
WEAK_ALONE: frozenset[str] = frozenset(
    {
        "Government",
        "Administration",
        "Office",
        "Department",
        "Ministry",
        "Cabinet",
        "Court",
        "Press",
        "News",
        "Post",
        "Times",
        "Program",
        "Programme",
        "Conference",
        "Partnership",
        "Forum",
        "Initiative",
        "Mission",
        "Center",
        "Centre",
        "Board",
        "Unit",
        "Service",
        "Embassy",
    }
)

# Lowercase nouns that describe a body: an unknown capitalised word in apposition with one
# and speaking ("the national grid operator, Ukrenergo, said") is that body.
# Lowercase nouns that only ever name a body, never a person's occupation ("producer", "publisher",
# "broadcaster" may be a person's): a name written right after one is that body ("the ruling
# party Komeito said", "rebel group Hamas", "the daily Haaretz").
BODY_NOUNS_BEFORE_NAME: frozenset[str] = frozenset(
    {
        "party",
        "coalition",
        "bloc",
        "alliance",
        "movement",
        "militia",
        "group",
        "company",
        "firm",
        "agency",
        "bank",
        "union",
        "network",
        "newspaper",
        "outlet",
        "channel",
        "daily",
        "weekly",
        "magazine",
        "tabloid",
        "programme",
        "program",
        "organisation",
        "organization",
        "association",
        "charity",
        "airline",
        "carrier",
        "regulator",
        "watchdog",
        "conglomerate",
        "consortium",
        "giant",
        "maker",
    }
)


BODY_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "operator",
        "company",
        "firm",
        "agency",
        "group",
        "bloc",
        "alliance",
        "coalition",
        "party",
        "movement",
        "militia",
        "regulator",
        "watchdog",
        "broadcaster",
        "newspaper",
        "network",
        "carrier",
        "airline",
        "bank",
        "lender",
        "insurer",
        "utility",
        "producer",
        "manufacturer",
        "maker",
        "giant",
        "conglomerate",
        "charity",
        "union",
        "organisation",
        "organization",
        "association",
        "consortium",
        "outlet",
        "publisher",
        "developer",
        "exporter",
        "retailer",
    }
)

# Lowercase nouns after a capitalised word that make it a body's name ("the Mercosur bloc").
BODY_AFTER_NAME: frozenset[str] = frozenset(
    {"bloc", "alliance", "coalition", "consortium", "militia", "movement", "cartel"}
)

# Head words that name a body when a country or an office owns them ("Britain's Treasury",
# "the Prime Minister's Office").
POSSESSED_HEADS: frozenset[str] = frozenset(
    {
        "Office",
        "Ministry",
        "Treasury",
        "Cabinet",
        "Parliament",
        "Senate",
        "Army",
        "Navy",
        "Police",
        "Embassy",
        "Consulate",
        "Secretariat",
        "Chancellery",
        "Presidency",
    }
)
