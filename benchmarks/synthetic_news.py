"""A deterministic generator of synthetic news articles for the near-duplicate benchmark (dedup.py).

An article is rendered from a `Spec`: a structure seed (event type, cast, which template sentences and
wording), a facts seed (counts, money, dates), a furniture seed (page furniture lines, paragraph order) and
its kind. Copies reuse their original's structure and facts; "facts" rewrites reuse only the structure.
Context sentences are assembled from parts, so that unrelated articles share about as little wording as
real ones do; the event-type templates give same-topic articles the shared phrasing wire copy has.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

# ---------------------------------------------------------------------------------------------------
# Vocabulary. (country, adjective, capital, other cities)
COUNTRIES = [
    ("Georgia", "Georgian", "Tbilisi", ["Batumi", "Kutaisi", "Rustavi"]),
    ("Armenia", "Armenian", "Yerevan", ["Gyumri", "Vanadzor"]),
    ("Azerbaijan", "Azerbaijani", "Baku", ["Ganja", "Sumgait"]),
    ("Serbia", "Serbian", "Belgrade", ["Novi Sad", "Nis"]),
    ("Hungary", "Hungarian", "Budapest", ["Debrecen", "Szeged"]),
    ("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Wroclaw"]),
    ("Romania", "Romanian", "Bucharest", ["Cluj-Napoca", "Iasi"]),
    ("Bulgaria", "Bulgarian", "Sofia", ["Plovdiv", "Varna"]),
    ("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Dnipro", "Lviv"]),
    ("Belarus", "Belarusian", "Minsk", ["Gomel", "Brest"]),
    ("Moldova", "Moldovan", "Chisinau", ["Balti", "Comrat"]),
    ("Turkey", "Turkish", "Ankara", ["Istanbul", "Izmir", "Diyarbakir"]),
    ("Iran", "Iranian", "Tehran", ["Isfahan", "Mashhad", "Tabriz"]),
    ("Iraq", "Iraqi", "Baghdad", ["Basra", "Mosul", "Erbil"]),
    ("Syria", "Syrian", "Damascus", ["Aleppo", "Homs", "Idlib"]),
    ("Lebanon", "Lebanese", "Beirut", ["Tripoli", "Sidon", "Tyre"]),
    ("Jordan", "Jordanian", "Amman", ["Zarqa", "Irbid"]),
    ("Egypt", "Egyptian", "Cairo", ["Alexandria", "Port Said"]),
    ("Libya", "Libyan", "Tripoli", ["Benghazi", "Misrata"]),
    ("Tunisia", "Tunisian", "Tunis", ["Sfax", "Sousse"]),
    ("Sudan", "Sudanese", "Khartoum", ["El Fasher", "Port Sudan", "Omdurman"]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ["Mekelle", "Gondar", "Bahir Dar"]),
    ("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Nakuru"]),
    ("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Maiduguri"]),
    ("Ghana", "Ghanaian", "Accra", ["Kumasi", "Tamale"]),
    ("Senegal", "Senegalese", "Dakar", ["Thies", "Ziguinchor"]),
    ("Mali", "Malian", "Bamako", ["Gao", "Timbuktu", "Mopti"]),
    ("Somalia", "Somali", "Mogadishu", ["Kismayo", "Baidoa"]),
    ("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta"]),
    ("India", "Indian", "New Delhi", ["Mumbai", "Kolkata", "Chennai", "Srinagar"]),
    ("Bangladesh", "Bangladeshi", "Dhaka", ["Chittagong", "Khulna"]),
    ("Myanmar", "Myanmar", "Naypyitaw", ["Yangon", "Mandalay", "Sittwe"]),
    ("Thailand", "Thai", "Bangkok", ["Chiang Mai", "Surin", "Hat Yai"]),
    ("Cambodia", "Cambodian", "Phnom Penh", ["Siem Reap", "Battambang"]),
    ("Philippines", "Philippine", "Manila", ["Cebu", "Davao", "Zamboanga"]),
    ("Indonesia", "Indonesian", "Jakarta", ["Surabaya", "Medan", "Makassar"]),
    ("Venezuela", "Venezuelan", "Caracas", ["Maracaibo", "Valencia"]),
    ("Colombia", "Colombian", "Bogota", ["Medellin", "Cali", "Cucuta"]),
    ("Peru", "Peruvian", "Lima", ["Arequipa", "Cusco"]),
    ("Bolivia", "Bolivian", "La Paz", ["Santa Cruz", "Cochabamba"]),
    ("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Tijuana"]),
    ("Haiti", "Haitian", "Port-au-Prince", ["Cap-Haitien", "Gonaives"]),
]
FIRST = ["Giorgi", "Nino", "Ahmed", "Fatima", "Olena", "Andriy", "Maria", "Jose", "Ana", "Luis", "Amina", "Samuel",
         "Grace", "Peter", "Mohammed", "Leila", "Arman", "Karen", "Irina", "Sergei", "Tomasz", "Katarzyna", "Ivan",
         "Elena", "Mehmet", "Ayse", "Reza", "Maryam", "Hassan", "Nour", "Kwame", "Abena", "Ibrahim", "Aisha",
         "Rahul", "Priya", "Somchai", "Dara", "Ramon", "Siti", "Carlos", "Lucia", "Daniel", "Sofia", "Omar",
         "Yusuf", "Halima", "Tariq", "Zainab", "Viktor", "Milena", "Dragan", "Anca", "Bogdan", "Ruth", "Joseph"]
LAST = ["Beridze", "Kapanadze", "Hassan", "Mahmoud", "Kovalenko", "Shevchenko", "Gonzalez", "Ramirez", "Mensah",
        "Okafor", "Otieno", "Mwangi", "Diallo", "Traore", "Khan", "Hussain", "Sharma", "Gupta", "Nguyen", "Santos",
        "Reyes", "Morales", "Petrov", "Ivanova", "Nowak", "Kowalski", "Yilmaz", "Demir", "Karimi", "Rahimi",
        "Haddad", "Khoury", "Boateng", "Asante", "Abdullahi", "Bello", "Chowdhury", "Rahman", "Suwan", "Sok",
        "Cruz", "Garcia", "Popescu", "Ionescu", "Dimitrov", "Georgiev", "Jovanovic", "Horvath", "Nagy", "Ali",
        "Osman", "Tesfaye", "Bekele", "Abebe", "Farah", "Warsame", "Siddiqui", "Aziz", "Mendoza", "Vargas"]
TITLES = ["Foreign Minister", "Interior Minister", "Defence Minister", "Prime Minister", "President",
          "Finance Minister", "Trade Minister", "Justice Minister", "Deputy Foreign Minister", "government spokesperson",
          "opposition leader", "police spokesperson", "army spokesperson", "Economy Minister"]
ORGS = ["the United Nations", "the European Union", "the African Union", "the International Monetary Fund",
        "the World Bank", "NATO", "the Red Cross", "Amnesty International", "Human Rights Watch",
        "the World Food Programme", "the UN refugee agency", "the Organization of American States",
        "the Arab League", "ASEAN", "the OSCE", "Doctors Without Borders", "the World Health Organization"]
GROUPS = ["protesters", "demonstrators", "students", "opposition supporters", "workers", "farmers", "teachers",
          "miners", "lorry drivers", "doctors", "pensioners", "activists"]
SECTORS = ["energy", "mining", "banking", "shipping", "defence", "technology", "aviation", "steel", "agriculture"]
GOODS = ["steel", "electric vehicles", "solar panels", "grain", "fertiliser", "textiles", "semiconductors",
         "aluminium", "pharmaceuticals", "timber", "rice", "cement"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight"}

# ---------------------------------------------------------------------------------------------------
# Sentence templates. {slots} come from the article's cast (structure) or facts (numbers and dates);
# [a|b|c] alternatives are resolved per sentence from the structure seed, so copies share the wording.
# Facts: {n1} tens, {n2} hundreds, {n3} thousands, {n4} units, {money} "$1.2 billion", {pct} percent,
# {day} weekday, {date} "Dec. 2", {date2} a date weeks later, {hour} "14:05".
TYPES: dict[str, dict[str, list[str]]] = {
    "protest": {
        "lead": [
            "{adj} police [fired tear gas|used water cannon|charged] at thousands of {group} in {city} on {day} and detained {n1} people, as protests against the government entered a [third|fourth|fifth] [day|night].",
            "Thousands of {group} [marched|rallied] through central {city} on {day}, and police detained {n1} of them after clashes near the [parliament|presidential palace|interior ministry], officials said.",
            "Police in {city} detained {n1} people on {day} as [tens of thousands|thousands] of {group} [took to the streets|filled the main square] to demand the resignation of the government.",
        ],
        "body": [
            "The interior ministry said {n1} people had been detained for disobeying police orders and that {n4} officers were [injured|hurt] in the clashes.",
            "Organisers put the crowd at more than {n3}, while the police estimated about {n2} people [took part|attended].",
            "{person}, a [leader of the protest movement|spokesperson for the organisers], told reporters that the demonstrations would continue until {date2}.",
            "The protests began on {date} after the government [announced|approved] a [law|plan] that critics say [restricts|threatens] independent media.",
            "Rights groups said at least {n2} people had been detained since the rallies began and called for their immediate release.",
            "{title} {person2} accused the opposition of organising the unrest with money from abroad.",
            "Video posted online showed police [beating|dragging away] [protesters|demonstrators] near the main avenue shortly after {hour}.",
            "The {adj} ombudsman said {n4} detainees had been [beaten|mistreated] in custody and asked prosecutors to investigate.",
        ],
    },
    "arrest": {
        "lead": [
            "{adj} security forces arrested {n1} suspected members of an armed group in raids in and around {city} on {day}, the {ministry} said.",
            "Police in {country} detained {n1} people on {day} in an operation against what officials called a [militant cell|criminal network|smuggling ring] based in {city}.",
            "{adj} authorities said on {day} they had arrested {n1} suspects, including {n4} foreign nationals, after raids on {n4} addresses in {city}.",
        ],
        "body": [
            "Officers seized {n4} rifles, ammunition and about {money} in cash during the searches, the statement said.",
            "A court in {capital} ordered {n4} of the suspects held for {n1} days pending trial.",
            "{title} {person2} said the group had been planning attacks on [police stations|government buildings|a military base] since {date}.",
            "Lawyers for the detainees said they had not been allowed to see their clients and that {n4} of them were minors.",
            "The operation involved more than {n2} officers and lasted [several hours|most of the night], according to local media.",
            "{org} urged the authorities to respect due process and to release anyone held without charge.",
        ],
    },
    "visit": {
        "lead": [
            "{adj} President {person} arrived in {capital_b} on {day} for a [two-day|three-day|state] visit, the first by a {adj} leader in {n4} years, and signed agreements worth {money}.",
            "The leaders of {country} and {country_b} met in {capital_b} on {day} and agreed to deepen cooperation in {sector} and trade, signing {n4} agreements worth {money}.",
            "{title} {person} held talks with {adj_b} counterpart {person2} in {capital_b} on {day}, the two sides said, pledging to raise bilateral trade to {money}.",
        ],
        "body": [
            "The agreements cover {sector}, transport and education, and include a loan of {money} for a new [railway|power plant|port].",
            "Trade between the two countries reached {money} last year, up {pct} percent from the year before, officials said.",
            "{person2} said the visit opened a new chapter in relations and invited {person} to return before {date2}.",
            "The two sides also discussed security along their [border|shared frontier] and agreed to hold regular consultations.",
            "Business leaders from both countries signed {n1} commercial contracts on the sidelines of the talks.",
            "The visit comes {n4} weeks after [a dispute|tensions] over [water rights|transit fees|a border crossing] strained ties.",
            "Officials said a joint commission would meet on {date2} to follow up on the agreements.",
        ],
    },
    "sanctions": {
        "lead": [
            "{org_eu} on {day} imposed sanctions on {n1} {adj} officials and {n4} companies over [human rights abuses|the crackdown on protesters|arms transfers], freezing their assets and banning them from travel.",
            "{country_b} announced new sanctions against {country} on {day}, targeting {n1} individuals and entities in its {sector} sector.",
            "Foreign ministers meeting in {city_b} on {day} agreed to widen sanctions on {country}, adding {n1} people and {n4} firms to the list.",
        ],
        "body": [
            "Those listed include senior officers of the [security services|revolutionary guards|national police] and the head of a state {sector} company.",
            "The measures bring the number of {adj} individuals under sanctions to {n2}, officials said.",
            "{adj} {title} {person2} called the decision illegal and said {country} would respond.",
            "Assets worth about {money} have been frozen since the first measures were adopted on {date}.",
            "Diplomats said further steps would be considered at a meeting on {date2} if the situation did not improve.",
            "Exports of {goods} and dual-use goods to {country} were also banned, a statement said.",
        ],
    },
    "shelling": {
        "lead": [
            "Shelling of a [market|camp for displaced people|residential district] in {city} killed at least {n1} people and wounded {n2} on {day}, local officials and medics said.",
            "At least {n1} civilians were killed on {day} when [artillery shells|drones|rockets] hit {city}, [the local health authority|a medical charity|residents] said.",
            "An attack on {city} on {day} killed {n1} people, including {n4} children, and wounded dozens more, according to [the governor|local officials|the health ministry].",
        ],
        "body": [
            "The [army|government] blamed [rebel fighters|an armed group|paramilitary forces] for the attack, which the group denied.",
            "{org} said {n3} people had fled the city since {date} and that food and medicine were running out.",
            "A doctor at the main hospital, {person}, said the wards were overwhelmed and that {n4} of the wounded were in critical condition.",
            "The city has been under siege for {n1} days, and [aid convoys|supplies] have not reached it since {date}.",
            "{title} {person2} called for an immediate ceasefire and an independent investigation.",
            "Satellite images showed {n2} buildings destroyed in the district, according to researchers.",
            "Fighting continued on the outskirts late on {day}, residents said.",
        ],
    },
    "loan": {
        "lead": [
            "{org_imf} staff reached a preliminary agreement with {country} on {day} on a {money} loan programme to support the country's economic recovery.",
            "{country} secured a {money} loan from {org_imf} on {day}, the {ministry} said, after months of talks on [debt restructuring|spending cuts|subsidy reform].",
            "The board of {org_imf} approved a {money} disbursement to {country} on {day}, saying the government had met most of the programme's targets.",
        ],
        "body": [
            "Inflation fell to {pct} percent in the year to {date}, from more than {n1} percent a year earlier, official data showed.",
            "{title} {person} said the money would [shore up reserves|fund infrastructure|pay for social programmes] and that the budget deficit would narrow to {pct} percent of output.",
            "The programme requires the government to raise tax revenue and cut [fuel|electricity|bread] subsidies by {date2}.",
            "Unions called a [strike|protest] against the measures, saying they would hit [the poor|public sector workers] hardest.",
            "The country restructured about {money} of external debt last year.",
            "The currency has lost {pct} percent of its value against the dollar since {date}.",
        ],
    },
    "ceasefire": {
        "lead": [
            "{country} and {country_b} agreed on {day} to an immediate ceasefire along their border after {n4} days of fighting that killed at least {n1} people.",
            "Military commanders from {country} and {country_b} signed a ceasefire in {city_b} on {day}, ending clashes that displaced more than {n3} people.",
            "A truce between {country} and {country_b} took effect at {hour} on {day}, [mediators|officials] said, after fighting that killed {n1} people.",
        ],
        "body": [
            "The agreement was brokered by {org} and provides for the withdrawal of heavy weapons {n1} km from the frontier.",
            "{title} {person} said both sides would exchange prisoners by {date2}.",
            "Residents of border villages began returning home, although {n3} people remained in shelters, officials said.",
            "Each side accused the other of firing first when clashes broke out on {date}.",
            "Observers from {org} will monitor the truce, with the first team due to arrive within {n4} days.",
            "{adj_b} {title} {person2} warned that any violation would be met with force.",
        ],
    },
    "expulsion": {
        "lead": [
            "{country} expelled {n4} {adj_b} diplomats on {day}, accusing them of activities incompatible with their status, the foreign ministry said.",
            "The {adj} government ordered {n4} diplomats from the {adj_b} embassy to leave the country within {n1} hours, officials said on {day}.",
            "{country} declared {n4} {adj_b} embassy staff persona non grata on {day} over alleged [espionage|interference in domestic politics].",
        ],
        "body": [
            "The {adj_b} ambassador was summoned to the foreign ministry in {capital} and handed a note of protest.",
            "{adj_b} {title} {person2} called the move a provocation and said {country_b} would respond in kind.",
            "The expulsions follow the arrest on {date} of a {adj} official suspected of passing secrets to a foreign intelligence service.",
            "{title} {person} said the diplomats had been [gathering information on military sites|meeting with extremist groups].",
            "Relations between the two countries have deteriorated since {date}, when {country} closed a {adj_b} consulate in {city}.",
        ],
    },
    "accusation": {
        "lead": [
            "{country} accused {country_b} on {day} of [ramming|firing water cannon at|blocking] one of its [coast guard vessels|supply boats] near a disputed reef, the latest of {n4} such incidents this year.",
            "{adj} officials accused {country_b} on {day} of violating its airspace {n1} times in the past week and summoned the {adj_b} ambassador.",
            "The {adj} government said on {day} that {adj_b} forces had fired on its border posts, an accusation {country_b} rejected.",
        ],
        "body": [
            "{adj_b} {title} {person2} said its forces had acted lawfully and accused {country} of provocation.",
            "{title} {person} said {n4} crew members were [injured|hurt] and the vessel was damaged.",
            "Video released by the {adj} military showed the incident, which occurred at about {hour} on {date}.",
            "{org} urged both sides to show restraint and resolve the dispute through dialogue.",
            "The two countries have traded accusations over the area since {date}, and talks on a code of conduct stalled in {month}.",
        ],
    },
    "tariff": {
        "lead": [
            "{country_b} threatened on {day} to impose tariffs of {pct} percent on imports of {goods} from {country} unless a trade deal is reached by {date2}.",
            "{adj_b} President {person2} said on {day} he would raise tariffs on {adj} {goods} to {pct} percent, escalating a trade dispute between the two countries.",
            "{country} said on {day} it would retaliate if {country_b} went ahead with planned tariffs of {pct} percent on {money} of its exports.",
        ],
        "body": [
            "{country} exported {money} of {goods} to {country_b} last year, according to official figures.",
            "{title} {person} called the threat unjustified and said {country} was ready to negotiate.",
            "Shares in {adj} {goods} producers fell {pct} percent after the announcement.",
            "Negotiators from both sides met {n4} times since {date} without reaching agreement, officials said.",
            "Economists said the tariffs could cost {n3} jobs in the {sector} sector.",
            "The dispute began when {country_b} accused {country} of dumping cheap {goods} on its market.",
        ],
    },
    "exercise": {
        "lead": [
            "The air forces of {country} and {country_b} began a joint exercise on {day} involving {n1} aircraft, the {adj} defence ministry said.",
            "{adj} and {adj_b} troops started [joint drills|a joint military exercise] near {city} on {day}, with about {n3} personnel taking part.",
            "{country} and {country_b} launched {n4} days of naval exercises on {day} off {city}, the two navies said.",
        ],
        "body": [
            "The drills will run until {date2} and include [air combat training|amphibious landings|live-fire exercises].",
            "{title} {person} said the exercise was not aimed at any third country.",
            "The exercise has been held {n4} times since it was first staged near {city_b} in {year}.",
            "{adj_b} officials said the drills would improve coordination between the two forces.",
            "Neighbouring states were notified of the exercise on {date}, officials said.",
        ],
    },
    "election": {
        "lead": [
            "Voters in {country} went to the polls on {day} in a [presidential|parliamentary] election [that the opposition has called unfair|seen as a test for the government], with turnout at {pct} percent by {hour}.",
            "{adj} opposition parties rejected the results of {day}'s election, in which the ruling party won {n1} of {n2} seats, and called for protests in {city}.",
            "The electoral commission of {country} said on {day} that incumbent {person} had won {pct} percent of the vote, with {n1} percent of ballots counted.",
        ],
        "body": [
            "Observers from {org} said they had recorded {n2} complaints of irregularities, including [ballot stuffing|vote buying|intimidation].",
            "Opposition candidate {person2} said his supporters would not accept the result and would take to the streets.",
            "About {n3} police officers were deployed in {capital} on election day, officials said.",
            "The new parliament is due to meet for the first time on {date2}.",
            "The campaign was marred by the arrest of {n4} opposition figures on {date}.",
            "{title} {person} congratulated voters and called for calm.",
        ],
    },
    "strike": {
        "lead": [
            "Tens of thousands of {group} in {country} went on strike on {day} to demand higher wages, closing [schools|hospitals|ports|mines] across the country.",
            "{adj} {group} began an indefinite strike on {day}, [blocking roads|shutting down production] in {city} and {n4} other cities, unions said.",
            "A general strike called by {adj} unions on {day} [halted transport|shut shops and offices] in {city}, where {n3} people joined a march on the labour ministry.",
        ],
        "body": [
            "Union leader {person} said workers wanted a {pct} percent pay rise to keep up with inflation.",
            "{title} {person2} said the government could not afford the demands and offered {pct} percent.",
            "Talks between the unions and the government broke down on {date}, and no new meeting has been set.",
            "The strike is costing the economy about {money} a day, according to the chamber of commerce.",
            "Police detained {n4} union members who tried to block the entrance to the ministry.",
            "The unions said the strike would continue until {date2} unless an agreement was reached.",
        ],
    },
    "aid": {
        "lead": [
            "{org} said on {day} it would send {money} in emergency aid to {country} after floods displaced more than {n3} people.",
            "{country_b} pledged {money} in humanitarian aid to {country} on {day} as the number of people displaced by fighting rose to {n3}.",
            "Aid agencies appealed on {day} for {money} to help {n3} people in {country} who face [hunger|severe food shortages] after [drought|floods|fighting].",
        ],
        "body": [
            "The first convoy of {n1} trucks carrying food and medicine reached {city} on {date}, officials said.",
            "{title} {person} thanked donors and said the needs were far greater than the aid received so far.",
            "The appeal is only {pct} percent funded, {org} said.",
            "About {n2} people have died of [cholera|hunger|disease] since {date}, health officials said.",
            "{person2}, who runs a shelter in {city}, said families were arriving every day with nothing.",
            "The government has declared a state of emergency in {n4} provinces until {date2}.",
        ],
    },
}
BACKGROUND = [
    "{country} has been [gripped by|struggling with] a [political|economic] crisis since {year}.",
    "The government of {title_owner} {person3} has faced [growing criticism|mounting pressure] at home and abroad.",
    "Relations between {country} and {country_b} have [been strained|improved] in recent years.",
    "{org} has repeatedly called on all sides to respect international law.",
    "Analysts said the developments would be closely watched in {capital_b} and other capitals.",
    "The {adj} economy has slowed sharply, and the currency has weakened against the dollar.",
    "Critics accuse the government of [backsliding on democracy|cracking down on dissent|mismanaging the economy].",
    "The region has seen repeated outbreaks of violence over the past decade.",
    "{country} is a key [transit route|supplier|partner] for its neighbours in the region.",
    "The opposition has [boycotted parliament|called for early elections|demanded reforms] for months.",
    "Officials in {capital} did not respond to requests for comment.",
    "The {adj} foreign ministry said it was following the situation closely.",
    "A spokesperson for {org} said the organisation was ready to help.",
    "The dispute has its roots in decisions taken after the end of the [cold war|civil war|last conflict].",
    "[Western|Regional] governments have [urged restraint|expressed concern] over the situation.",
    "Independent media in {country} have come under [increasing|growing] pressure.",
    "{person3}, an analyst at a think tank in {capital}, said the government was [under pressure|running out of options].",
    "[Local|State] media reported the events without comment.",
    "Some residents said they feared the situation would get worse.",
    "The ministry did not say when further details would be released.",
    "{person3}, a [professor of politics|researcher|former diplomat] in {capital}, said the [government|leadership] had [misjudged the public mood|little room to manoeuvre] and that the coming weeks would be decisive.",
    "In {city}, [shops|markets|schools] [stayed open|reopened|remained shut] and residents [went about their business|queued for fuel|gathered in cafes to follow the news].",
    "{country} and {country_b} [established diplomatic relations|signed a friendship treaty|opened their border] in {year}, and their leaders have met regularly since then.",
    "The [European Parliament|US State Department|UN Security Council] [discussed|is due to discuss] the situation in {country} at a meeting later this month.",
    "[Prices of bread and fuel|Rents and food prices|Electricity bills] in {country} have [risen sharply|doubled|climbed steadily] over the past year, adding to public anger.",
    "{org} has [kept a mission|run programmes|had staff] in {country} for many years and says conditions for ordinary people have worsened.",
    "Opposition newspapers in {capital} [accused the authorities of hiding the truth|called for an independent inquiry|demanded that ministers resign].",
    "The {adj} [army|police|security services] [have|has] been [criticised|praised] by [rights groups|the government|foreign observers] for [its|their] [handling of|role in] previous [crises|unrest|emergencies].",
    "[Diplomats|Officials|Analysts] in {capital_b} said privately that they expected [little change|a long stand-off|further escalation] in the coming months.",
    "{person3}, who [lives|works|runs a small business] in {city}, said [people were tired|nobody trusted the officials|life had become much harder] and that [change was needed|things had to improve|the world should pay attention].",
    "Under the constitution, the [president|prime minister|parliament] must [approve|sign|review] any such [decision|agreement|measure] within a set period.",
    "The [state broadcaster|main television channels|pro-government media] gave [extensive|little|no] coverage to the events, focusing instead on [a football match|the weather|an official ceremony].",
    "[Neighbouring|Regional] governments [have called for calm|are watching closely|have offered to mediate], fearing [instability|a wider conflict|an economic shock] along their borders.",
    "Earlier statements by {title_owner} {person3} had [played down|dismissed|acknowledged] the [problem|crisis|tensions], saying the situation was under control.",
    "{country} has a population of about [{n3}|several] million people and [depends heavily on|is a major exporter of] {goods}.",
    "Social media users in {country} shared [photos|videos|messages] of the events, although some [platforms|websites] were [blocked|slowed down] for several hours.",
]
# Context sentences are built from parts ("<who> <says> <what> <does> <to what> <where/when>"), so that
# unrelated articles share about as little wording as real ones do (a few common phrases, not sentences).
CTX_WHO = [
    "{adj} officials", "Diplomats in {capital_b}", "{person3}, a [historian|economist|lawyer|former minister] in {capital},",
    "Residents of {city}", "Many voters", "Opposition newspapers", "Business leaders in {city}", "Aid workers",
    "Western diplomats", "Local journalists", "Bankers in {capital}", "Military analysts", "Church leaders",
    "Student groups", "Farmers near {city}", "Human rights lawyers", "The central bank", "Teachers' unions",
    "Regional governors", "Security experts", "Senior members of the ruling party", "Exiled activists",
    "Foreign investors", "Shopkeepers in {city}", "Veterans' associations", "Independent pollsters",
    "A parliamentary committee", "Hospital staff in {city}", "Former officials", "Economists at {org}",
    "Local councillors", "Taxi drivers in {city}", "Academics", "Members of the diaspora", "Trade envoys",
]
CTX_SAYS = ["said", "argued", "warned", "noted", "complained", "suggested", "acknowledged", "insisted", "believe",
            "fear", "told reporters", "wrote in a recent report", "said in interviews", "have long argued",
            "said privately", "pointed out", "conceded", "predicted", "contend", "cautioned"]
# <what> and <to what> are "the <adjective> <noun> of <noun>" phrases drawn from these lists.
NOUNS = """budget harvest tariff currency pipeline pension coalition census charter court customs debt drought
election embargo factory ferry fisheries forest garrison grain harbour highway hospital housing inflation
irrigation judiciary ledger levy licence loan market militia mine ministry monopoly mortgage museum network
parliament payroll pipeline police port poverty press prison quota railway refinery reform refugee remittance
reservoir revenue river road salary school seaport senate shipyard smuggling subsidy supply surplus tax
telecoms textile timber tourism trade treasury tribunal truce union university valley vineyard wage warehouse
water welfare wheat workforce airport archive army asylum audit bakery bank border bridge bureaucracy cabinet
canal cement clinic coal coastline commission congress constitution contract cotton council crop dairy dam
diaspora dockyard economy electorate embassy energy estate exchange export farmland fertiliser finance fleet
fuel gasfield gold governor grid guild highland hydropower import industry insurance investment jobs
landowner lithium livestock logging manifesto manufacturing media migration minority mining mosque nickel
oilfield opposition orchard outpost pasture pharmacy plantation pollster printing province quarry rail rainfall
ranch recruitment referendum regulator rent rice salt sanitation savings shipping silver steel stock sugar
tea tenancy textbook tobacco toll trawler tunnel uranium vaccine village vote wind""".split()
ADJECTIVES = """ageing ambitious annual armed bitter bloated brittle central chronic civic coastal costly crumbling
disputed domestic dwindling eastern emergency expanding federal fragile frozen generous hasty heavy hidden
idle illegal informal isolated lengthy local looming lucrative mandatory meagre modest municipal national
northern obsolete overdue overcrowded parallel patchy provincial quiet rapid regional reluctant remote rival
rural scarce seasonal secret severe shadow shrinking southern sprawling stagnant strategic sudden sweeping
tentative troubled uneven unpaid unpopular urban vast volatile western widening""".split()
CTX_PREP = ["of", "over", "in", "for", "at", "behind", "around", "against"]
CTX_DOES = ["had deepened", "would worsen", "could undermine", "had weakened", "risked inflaming", "was fuelling",
            "had overshadowed", "might delay", "was eroding", "had complicated", "threatened", "had exposed",
            "would reshape", "had hardened", "could derail", "was straining", "had revived", "would test",
            "had divided", "was squeezing", "had soured", "may yet decide", "had distorted", "was reviving"]
CTX_WHERE = ["in {city}", "across the north", "in rural districts", "over the past decade", "since the last vote",
             "ahead of the winter", "among young people", "in the border provinces", "despite official denials",
             "for the first time in years", "in the capital", "along the coast", "in recent months",
             "in the mining towns", "in the south", "more than anything else", "in ways few expected",
             "well before the crisis", "in the long run", "at a critical moment", "in the eastern valleys"]
HEADLINES = [
    "{adj} {kind_word} in {city} draws international concern",
    "{country} and {country_b} in new [row|talks|standoff]",
    "What we know about the {kind_word} in {city}",
    "{adj} government under pressure after {kind_word}",
]
# Page furniture: most of it is dropped by the cleaner, a few lines are not (as on real pages).
FURNITURE = [
    "Skip to content", "Advertisement", "Subscribe to our newsletter", "Share this article",
    "Reading Time: {m} min", "{m} min read", "Updated {hour} GMT", "Published {date} {hour}",
    "Follow us on Telegram", "Read more: {headline}", "Related: {headline}", "Sign up for our daily briefing",
    "Photo: {agency}", "Copyright {year} {agency}. All rights reserved.", "Click here to get our app",
    "Listen to this article", "Most read", "Tags: {country}, politics, world",
    "Support independent journalism", "Comments are closed for this story.",
]
AGENCIES = ["Reuters", "AFP", "AP", "Anadolu", "Xinhua", "EFE", "dpa"]
KIND_WORDS = {"protest": "protests", "arrest": "arrests", "visit": "visit", "sanctions": "sanctions",
              "shelling": "attack", "loan": "loan deal", "ceasefire": "ceasefire", "expulsion": "expulsions",
              "accusation": "stand-off", "tariff": "tariff threat", "exercise": "military drills",
              "election": "election", "strike": "strike", "aid": "aid appeal"}

PREFIX = {"boilerplate": "c", "shuffle": "s", "lead": "l", "facts": "f"}  # doc_id prefixes; bases are "b"

# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """What to render: the wording/cast seed, the facts seed, the furniture seed and the variant."""

    doc_id: str
    group: str  # which story it is a copy of (its own doc_id unless planted as a copy)
    kind: str  # base, boilerplate, shuffle, lead, facts
    structure: int
    facts: int
    furniture: int
    pub: date  # publication date (Article.date)
    written: date  # the date the text was written for (facts and dateline): a copy keeps its original's


def _alts(template: str, rng: random.Random) -> str:
    """Resolve [a|b|c] alternatives."""
    out, i = [], 0
    while True:
        j = template.find("[", i)
        if j < 0:
            out.append(template[i:])
            return "".join(out)
        k = template.index("]", j)
        out.append(template[i:j])
        out.append(rng.choice(template[j + 1:k].split("|")))
        i = k + 1


def _phrase(rng: random.Random) -> str:
    """"the <adjective> <noun> [<preposition> the <noun>]": rarely the same in two articles."""
    head = f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    return head if rng.random() < 0.4 else f"{head} {rng.choice(CTX_PREP)} the {rng.choice(NOUNS)}"


def _money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"${rng.randint(11, 95) / 10:.1f} billion"
    return f"${rng.randint(12, 950)} million"


def _fmt_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def make_facts(seed: int, pub: date) -> dict[str, str]:
    """The numbers and dates of one article (the part a template rewrite changes)."""
    rng = random.Random(seed)
    event = pub - timedelta(days=rng.randint(0, 2))
    earlier = event - timedelta(days=rng.randint(5, 40))
    later = pub + timedelta(days=rng.randint(7, 60))
    n4 = str(rng.randint(2, 8))
    return {"n1": str(rng.randint(11, 98)), "n2": str(rng.randint(110, 980)), "n3": f"{rng.randint(2, 95)},000",
            "n4": NUMBER_WORDS[n4] if rng.random() < 0.5 else n4, "money": _money(rng),
            "pct": str(rng.randint(3, 60)), "day": WEEKDAYS[event.weekday()], "date": _fmt_date(earlier),
            "date2": _fmt_date(later), "hour": f"{rng.randint(6, 23)}:{rng.choice([0, 5, 10, 15, 20, 30, 40, 45]):02d}",
            "month": MONTHS[earlier.month - 1].rstrip("."), "year": str(pub.year - rng.randint(2, 12))}


def make_cast(rng: random.Random) -> dict[str, str]:
    """Who and where: the part a template rewrite keeps."""
    a, b = rng.sample(COUNTRIES, 2)
    person = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    eu = rng.choice(["The European Union", "The United States", "Britain", "Canada"])
    imf = rng.choice(["The International Monetary Fund", "The World Bank", "The African Development Bank"])
    title = rng.choice(TITLES)
    return {"country": a[0], "adj": a[1], "capital": a[2], "city": rng.choice([a[2]] + a[3]),
            "country_b": b[0], "adj_b": b[1], "capital_b": b[2], "city_b": rng.choice([b[2]] + b[3]),
            "person": person(), "person2": person(), "person3": person(), "title": title,
            "ministry": rng.choice(["foreign ministry", "interior ministry", "defence ministry", "government"]),
            "title_owner": rng.choice(["President", "Prime Minister"]), "org": rng.choice(ORGS),
            "org_eu": eu, "org_imf": imf, "group": rng.choice(GROUPS), "sector": rng.choice(SECTORS),
            "goods": rng.choice(GOODS)}


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def render(spec: Spec) -> str:
    """The page text of an article (furniture and all)."""
    rng = random.Random(spec.structure)
    kind = rng.choice(list(TYPES))
    cast = make_cast(rng)
    facts = make_facts(spec.facts, spec.written)
    slots = {**cast, **facts, "kind_word": KIND_WORDS[kind]}
    templates = TYPES[kind]
    lead_index = rng.randrange(len(templates["lead"]))
    if spec.kind == "lead":
        lead_index = (lead_index + 1 + spec.furniture % (len(templates["lead"]) - 1)) % len(templates["lead"])
    n_body = rng.randint(2, 4)  # few, so that two unrelated articles of one type share little wording
    body = rng.sample(templates["body"], n_body)
    background = rng.sample(BACKGROUND, rng.randint(0, 2)) + [
        " ".join([rng.choice(CTX_WHO), rng.choice(CTX_SAYS), _phrase(rng), rng.choice(CTX_DOES), _phrase(rng),
                  rng.choice(CTX_WHERE)]) + "."
        for _ in range(rng.randint(6, 13))]
    sentences = [templates["lead"][lead_index]] + body
    for s in background:  # background sentences go anywhere after the lead
        sentences.insert(rng.randint(1, len(sentences)), s)

    def fill(i: int, template: str) -> str:
        wording = random.Random(spec.structure * 1000 + i)  # per sentence, so a rewritten lead leaves the rest
        return _cap(_alts(template, wording).format(**slots))

    filled = [fill(i, t) for i, t in enumerate(sentences)]
    filled[0] = fill(10_000 + lead_index, templates["lead"][lead_index])
    paragraphs, i = [], 0
    while i < len(filled):
        size = 1 if i == 0 else rng.choice([1, 2, 2, 3])
        paragraphs.append(" ".join(filled[i:i + size]))
        i += size
    dateline = f"{cast['city'].upper()}, {_fmt_date(spec.written)} ({rng.choice(AGENCIES)}) - "
    paragraphs[0] = dateline + paragraphs[0]
    headline = _cap(_alts(rng.choice(HEADLINES), rng).format(**slots))
    if spec.kind == "shuffle":
        order = list(range(len(paragraphs)))
        shuffler = random.Random(spec.furniture)
        while order == sorted(order) and len(order) > 1:
            shuffler.shuffle(order)
        paragraphs = [paragraphs[k] for k in order]

    furn = random.Random(spec.furniture)
    lines = [headline, ""]
    for p in paragraphs:
        lines += [p, ""]
        if furn.random() < 0.2:
            lines += [_furniture(furn, slots, headline), ""]
    top = [_furniture(furn, slots, headline) for _ in range(furn.randint(1, 3))]
    credit = f"(Reporting by {furn.choice(FIRST)} {furn.choice(LAST)}; Editing by {furn.choice(FIRST)} {furn.choice(LAST)})"
    bottom = [_furniture(furn, slots, headline) for _ in range(furn.randint(1, 3))]
    return "\n".join(top + [""] + lines + [credit, ""] + bottom) + "\n"


def _furniture(rng: random.Random, slots: dict[str, str], headline: str) -> str:
    line = rng.choice(FURNITURE)
    return line.format(m=rng.randint(2, 9), hour=f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}",
                       date=slots["date2"], headline=headline, agency=rng.choice(AGENCIES),
                       year=rng.randint(2022, 2025), country=slots["country"])


def plan(n: int, seed: int, share: float, start: date, span_days: int) -> list[Spec]:
    """The stream: base articles and planted copies/rewrites, in publication-date order."""
    rng = random.Random(seed)
    n_planted_each = int(n * share)
    kinds = ["boilerplate", "shuffle", "lead", "facts"]
    n_base = n - n_planted_each * len(kinds)
    seeds = rng.sample(range(1, 2 ** 40), n_base * 2 + n_planted_each * len(kinds) * 2)
    bases = []
    for i in range(n_base):
        pub = start + timedelta(days=rng.randrange(span_days))
        bases.append(Spec(f"b{i:06d}", f"b{i:06d}", "base", seeds[2 * i], seeds[2 * i + 1], rng.getrandbits(40),
                          pub, pub))
    originals = rng.sample(range(n_base), n_planted_each * len(kinds))
    planted = []
    extra = iter(seeds[2 * n_base:])
    for k, kind in enumerate(kinds):
        for j in originals[k * n_planted_each:(k + 1) * n_planted_each]:
            o = bases[j]
            doc_id = f"{PREFIX[kind]}{j:06d}"
            if kind == "facts":  # same wording and cast, new facts, written for a date 2-6 days later
                pub = o.pub + timedelta(days=rng.randint(2, 6))
                planted.append(Spec(doc_id, doc_id, kind, o.structure, next(extra), rng.getrandbits(40), pub, pub))
            else:  # the original's text (facts, dates, dateline), re-published the same day or the next
                planted.append(Spec(doc_id, o.doc_id, kind, o.structure, o.facts, rng.getrandbits(40),
                                    o.pub + timedelta(days=rng.randint(0, 1)), o.written))
    stream = bases + planted
    order = {s.doc_id: rng.random() for s in stream}
    stream.sort(key=lambda s: (s.pub, order[s.doc_id]))
    return stream
