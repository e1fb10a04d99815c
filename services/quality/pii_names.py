"""Person names in counselling text, by cue and by gazetteer (no NER model: none that installs
from PyPI with its weights measured better within the quality stage's budget; see README).

A name is a capitalised token (``Tom``, ``O'Neill``, ``Élodie``, ``Jean-Luc``, ``McAllister``)
found by one of these rules, in any of en/es/fr/de/pt/it/pl:

* an introduction: "my name is X", "call me X", "me llamo X", "je m'appelle X", "ich heiße X",
  ...; the weak ones ("I'm X", "this is X", "it's X") only for a name in the gazetteer;
* a relation word: "my husband Tom", "her boyfriend, Kyle,", "mi marido Carlos", "mein Mann
  Stefan", "mój mąż Paweł", ... ("my dog Max" is not one: no pets among the relations);
* an honorific: "Dr. Patel", "Mrs O'Neill", "Prof. Nakamura", "Herr Weber", "Pani Nowak";
* a greeting or thanks where a line or sentence starts: "Hi Marcus,", "Dear Sophie", "Hola Marta";
* a sign-off: "— Priya", "xx Chloe", "Best,\\nJonathan Reyes", "Pozdrawiam,\\nMarta Nowak", or a
  line that is only a gazetteer name (a signature block);
* the gazetteer alone (``data/first_names.txt``), for a capitalised given name anywhere ("Kwame
  said"); names that are also words, months or places (Will, May, Grace, Jordan, Paris) need a
  cue, or a verb that takes a person before them ("I asked Grace").

A name after a pet word ("our cat Bella", "mi perro Toby") is not one, nor one of a few public
figures ("Taylor Swift", "Brené Brown"). A capitalised token right after a found first name
(``Joseph Adeyemi``) joins it as the surname. Once found, every other capitalised occurrence of
the name in the text is a name too ("Tom said ... Tom always says").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from services.quality.checks.prefilter import Folded, guard

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž"
# A capitalised name token: Tom, O'Neill, D'Souza, McAllister, Jean-Luc, Élodie
TOKEN = rf"(?:[OD]['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?"
_TOKEN = re.compile(rf"(?<![\w'’-]){TOKEN}(?![\w-])")
_NEXT_TOKEN = re.compile(rf" ({TOKEN})(?![\w-])")

DATA = Path(__file__).with_name("data") / "first_names.txt"


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    names = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(line.split())
    return frozenset(names | AMBIGUOUS)


# Given names that are also words, months, places or pet names: a cue is needed.
AMBIGUOUS = frozenset("""
Will May June April August Grace Hope Faith Joy Mark Bill Rose Amber Jade Ruby Summer Dawn Frank Sue Pat
Jack Jean Art Chase Miles Max Angel Sunny Rich Guy Don Florence Charlotte Jordan Georgia Victoria Sydney
Chelsea Austin Paris Lincoln Madison Brooklyn Dallas Phoenix Orlando Carter Li Yi Yu Bo Ren Jin Min Lin
Kai Tao Hao Lei Ming Kit Lee Gene Jan Mai Ella Iris Ivy Daisy Poppy Molly Bella Luna Charlie Teddy Milo
Oscar Ginger Hazel Holly Robin Drake Christian Chance Sky Storm Star Lucky Can Said Sami Deniz Saga Hana
Dev Ray Eve Hunter Cooper Mason Taylor Morgan Sterling
Warren Wade Page Reed Penny Sandy Ginny Mercedes Porsche Lexus Yang Chen Jing Hui Xin Mei Ling Fang Jie
Qing Hua Yan Ying Jun Wei Xiao Zhen Emi Linh Anh
Frank Crystal Precious Rich Bond Gay Glen Glenn Dale Lane Brook Brooke Heather Shannon Ash
""".split())
# Tokens that start sentences or follow "my husband" etc. without being names.
COMMON = frozenset("""
I I'm The A An And But Or So If When Then Than Because Since While After Before Also Just Still Even Only
He She They We You It This That These Those There Here What Why How Who Where Which My Your His Her Our
Their Its Me Him Them Us Yes No Not Never Always Sometimes Maybe Please Thanks Thank Hi Hey Hello Dear
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July September October
November December Mum Mom Mummy Mommy Dad Daddy Nan Nana Nanna Gran Granny Grandma Grandpa Grandad Granddad
Mother Father Sister Brother Aunt Auntie Uncle Cousin Baby Babe Hun Love Mate Sir Madam Doctor Team All
Everyone Everybody Guys Folks Friends Diary God Lord Jesus Christ Google Siri Alexa Cortana Chatgpt Facebook
Instagram Twitter Tiktok Snapchat Whatsapp Amazon Netflix Tesco Ford Apple Samsung Zoom Teams Headspace Calm
Mr Mrs Ms Miss Mx Dr Prof Sr Sra Dra Mme Mlle Herr Frau Dott Pan Pani Ok Okay Sorry Well Now Today Tomorrow
Yesterday Tonight Also Anyway Honestly Basically Literally Again Everything Nothing Something Anything Someone
Anyone Nobody Somebody Person People Family Husband Wife Partner Boyfriend Girlfriend Son Daughter Friend Boss
Therapist Counsellor Counselor Psychiatrist Nurse Teacher Manager Christmas Easter Ramadan Eid Diwali
English British Irish Scottish Welsh American Spanish French German Polish Italian Portuguese Muslim Jewish
Catholic Hindu Sikh Buddhist Black White Asian Latina Latino Gay Lesbian Trans Bi Queer Also Hola Bonjour
Hallo Ciao Olá Oi Cześć Señor Señora Madame Monsieur Signora Signore Ja Nein Si Sí Oui Non Tak Nie Não Sim
Bien Gracias Danke Grazie Obrigado Obrigada Dziękuję Merci Pero Mais Aber Ma Mas Ale Und Et Y E
Mein Meine Mi Mon Ma Mio Meu Minha Mój Moja Unsere Unser Nuestro Notre
""".split())
# Places a greeting may address (CounselChat answers greet the asker by their town: "Hi Houston,")
PLACES = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
Wisconsin Wyoming Carolina Dakota Jersey York Boston Chicago Houston Dallas Austin Denver Seattle Portland
Phoenix Atlanta Miami Orlando Tampa Detroit Anaheim Frostproof Philadelphia Baltimore Nashville Memphis Vegas
Angeles Francisco Diego Sacramento Toronto Montreal Vancouver Ottawa Calgary London Manchester Birmingham
Leeds Glasgow Edinburgh Liverpool Bristol Cardiff Belfast Dublin Sheffield Newcastle Nottingham Leicester
Coventry Brighton Oxford Cambridge York Aberdeen Sydney Melbourne Brisbane Perth Auckland Paris Berlin Madrid
Rome Lisbon Warsaw Amsterdam Brussels Vienna Prague Canada Mexico England Scotland Wales Ireland Australia
India Pakistan Nigeria Kenya Ghana China Japan Korea Brazil Spain France Germany Italy Portugal Poland
""".split())
PUBLIC_FIGURES = frozenset("""
Taylor_Swift Brené_Brown Brene_Brown Viktor_Frankl Harry_Potter Harry_Styles Emma_Watson Michelle_Obama
Barack_Obama Elon_Musk Carl_Rogers Sigmund_Freud Carl_Jung Jordan_Peterson Oprah_Winfrey Kim_Kardashian
Billie_Eilish Ed_Sheeran Lady_Gaga Mel_Robbins Jay_Shetty Eckhart_Tolle Marie_Kondo Gabor_Maté Gabor_Mate
Prince_Harry Meghan_Markle Kate_Middleton Tom_Hanks Selena_Gomez Demi_Lovato Simone_Biles Naomi_Osaka
Michael_Phelps Robin_Williams Kurt_Cobain Amy_Winehouse Princess_Diana Donald_Trump Joe_Biden Keir_Starmer
Rishi_Sunak Boris_Johnson Kanye_West Justin_Bieber Ariana_Grande Lewis_Capaldi Stephen_Fry Russell_Brand
Matthew_Perry Anthony_Bourdain Aaron_Beck Albert_Ellis Marsha_Linehan Kristin_Neff Brené Oprah Beyoncé
Adele Rihanna Freud Jung Shakespeare Einstein Sherlock Voldemort Mr_Bean
""".split())

_PETS = re.compile(r"\b(?:dog|dogs|cat|cats|kitten|kitty|puppy|pup|hamster|rabbit|bunny|horse|pony|parrot|budgie|"
                   r"goldfish|fish|pet|guinea pig|tortoise|turtle|snake|lizard|gecko|ferret|perro|perra|perrito|"
                   r"gato|gata|gatito|chien|chienne|chat|chaton|hund|katze|kater|cão|cachorro|cadela|cane|gatto|"
                   r"gattina|cagnolino|pies|piesek|kot|kotek|kotka)\b[^.!?\n]{0,25}$", re.IGNORECASE)

# -- cues ---------------------------------------------------------------------------------
_POSSESSIVE = (r"my|his|her|our|their|your|mi|mis|tu|su|mon|ma|mes|son|sa|ton|ta|mein|meine|meinem|meiner|"
               r"meinen|sein|seine|ihr|ihre|dein|deine|o meu|a minha|meu|minha|il mio|la mia|mio|mia|mój|moja|"
               r"mojego|mojej|mojemu")
_RELATION = (
    r"husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[ée]e?|spouse|ex|ex-husband|ex-wife|ex-partner|"
    r"ex-boyfriend|ex-girlfriend|son|daughter|stepson|stepdaughter|child|kid|baby|toddler|teenager|mum|mom|"
    r"mother|dad|father|stepdad|stepmum|stepmom|stepfather|stepmother|brother|sister|half-brother|"
    r"half-sister|brother-in-law|sister-in-law|mother-in-law|father-in-law|grandma|grandmother|grandad|"
    r"granddad|grandpa|grandfather|nan|nana|gran|granny|aunt|auntie|uncle|cousin|niece|nephew|friend|"
    r"bestie|best friend|mate|flatmate|roommate|housemate|neighbour|neighbor|colleague|coworker|co-worker|"
    r"boss|manager|supervisor|line manager|teacher|tutor|coach|therapist|counsellor|counselor|psychiatrist|"
    r"psychologist|doctor|gp|nurse|midwife|health visitor|social worker|caseworker|case worker|key worker|"
    r"support worker|sponsor|pastor|priest|imam|rabbi|carer|"
    r"marido|esposo|esposa|mujer|novio|novia|pareja|hijo|hija|madre|padre|mamá|papá|hermano|hermana|amigo|"
    r"amiga|jefe|jefa|terapeuta|psicólogo|psicóloga|primo|prima|abuela|abuelo|tío|tía|compañero|compañera|"
    r"mari|femme|copain|copine|compagnon|compagne|fils|fille|mère|père|frère|sœur|soeur|ami|amie|patron|"
    r"patronne|psy|psychologue|thérapeute|cousine|grand-mère|grand-père|collègue|"
    r"mann|frau|freund|freundin|partnerin|sohn|tochter|mutter|vater|bruder|schwester|chef|chefin|"
    r"therapeut|therapeutin|kollege|kollegin|oma|opa|"
    r"namorado|namorada|mulher|filho|filha|mãe|pai|irmão|irmã|chefe|avó|avô|colega|"
    r"marito|moglie|fidanzato|fidanzata|ragazzo|ragazza|compagno|compagna|figlio|figlia|mamma|papà|"
    r"fratello|sorella|amico|amica|capo|psicologa|psicologo|nonna|nonno|"
    r"mąż|żona|chłopak|dziewczyna|partnerka|syn|córka|matka|mama|ojciec|tata|brat|siostra|przyjaciel|"
    r"przyjaciółka|szef|szefowa|terapeutka|babcia|dziadek")
_ADJ = r"(?:[a-zà-ÿ-]+ ){0,2}"  # "my little brother", "my late husband", "my older half-sister"
_NAME_AT = rf"(?-i:(?P<name>{TOKEN}))(?![\w-])"

STRONG_INTRO = re.compile(
    rf"\b(?:my name is|my name's|my names|name's|i'm called|i am called|call me|me llamo|mi nombre es|"
    rf"je m'appelle|je m’appelle|mon nom est|mon prénom est|ich heiße|ich heisse|mein name ist|"
    rf"mi chiamo|il mio nome è|me chamo|chamo-me|o meu nome é|meu nome é|nazywam się|mam na imię)[ :]+{_NAME_AT}",
    re.IGNORECASE)
WEAK_INTRO = re.compile(
    rf"\b(?:i'm|i’m|im|i am|this is|it's|it’s|it is|je suis|c'est|ich bin|hier ist|sono|eu sou|soy|"
    rf"jestem|tu|aquí)[ ,]+{_NAME_AT}", re.IGNORECASE)
RELATION = re.compile(rf"\b(?:{_POSSESSIVE}) {_ADJ}(?:{_RELATION})(?:,| -| –| —)? {_NAME_AT}", re.IGNORECASE)
HONORIFIC = re.compile(
    rf"(?-i:\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Dra|Sr|Sra|Srta|Mme|Mlle|Herr|Frau|Dott|Dott\.ssa|"
    rf"Pan|Pani|Doktor|Docteur|Doctora))\.? {_NAME_AT}")
GREETING = re.compile(
    rf"(?:^|\n|[.!?] )[ \t]*(?:hi|hey|hello|hiya|dear|morning|evening|thanks|thank you|thx|ty|ta|cheers|"
    rf"hola|querida|querido|estimada|estimado|bonjour|bonsoir|salut|coucou|chère|cher|hallo|liebe|lieber|"
    rf"servus|moin|olá|oi|cara|caro|ciao|gentile|salve|cześć|witaj|droga|drogi|dzień dobry)"
    rf"(?: again| so much)?,? {_NAME_AT}(?=\s*(?:[,!.:;)\n]|$| x| -| it's| its| i | just| hope| thanks| sorry))",
    re.IGNORECASE)
_SIGN_WORDS = (r"best|best wishes|all the best|regards|kind regards|warm regards|best regards|many thanks|"
               r"warmly|sincerely|yours|yours sincerely|yours truly|thanks|thank you|thanks again|cheers|"
               r"take care|love|lots of love|with love|speak soon|talk soon|un abrazo|abrazos|saludos|"
               r"un saludo|atentamente|cordialement|bien à vous|bises|bisous|amitiés|viele grüße|"
               r"liebe grüße|lg|mit freundlichen grüßen|grüße|abraço|abraços|beijos|beijinhos|atenciosamente|"
               r"cumprimentos|un abbraccio|saluti|cordiali saluti|baci|un bacio|pozdrawiam|pozdrowienia|"
               r"buziaki|ściskam")
SIGN_OFF = re.compile(
    rf"(?:^|\n|[.!?] )[ \t]*(?:{_SIGN_WORDS})[,!.]*(?:[ \t]*\n\s*|,? ){_NAME_AT}"
    rf"(?=(?: {TOKEN})*(?:,? [A-Za-z(][^\n]*)?[ \t]*(?:\n|$))", re.IGNORECASE)
DASH_SIGN = re.compile(rf"(?:^|\n)[ \t]*(?:—|–|--?|~|x{{1,4}}|xo)[ \t]*{_NAME_AT}(?=(?: {TOKEN})?[ \t]*"
                       rf"(?:\([^)\n]*\))?[ \t]*x*[ \t]*(?:\n|$))", re.IGNORECASE)
KISS_SIGN = re.compile(rf"\b(?:x{{1,4}}|xo|thx|ty|ta|luv|love)[ \t]+{_NAME_AT}(?=[ \t]*x*[ \t]*(?:\n|$))",
                       re.IGNORECASE)
# Verbs and prepositions that take a person: enough for a name that is also a word ("asked Grace")
PERSON_CONTEXT = re.compile(r"\b(?:asked|told|texted|messaged|rang|called|phoned|hugged|married|dating|met|"
                            r"with|tell|ask|text|call|message|visit|visited|see|saw|seeing|love|miss|"
                            r"missed|trust|blame|forgive)\s$", re.IGNORECASE)

_SAINT = re.compile(r"\b(?:St\.?|Saint|San|Santa|Santo|São|Sankt|Ste\.?) $")

CUE_RULES: tuple[tuple[re.Pattern, bool], ...] = (
    # (pattern, needs the name in the gazetteer)
    (STRONG_INTRO, False), (RELATION, False), (HONORIFIC, False), (GREETING, False), (SIGN_OFF, False),
    (DASH_SIGN, False), (KISS_SIGN, True), (WEAK_INTRO, True),
)
_LINE_NAME = re.compile(rf"(?:^|\n)[ \t]*(?P<name>{TOKEN})(?: {TOKEN}){{0,2}}(?:,[^\n]{{1,30}})?[ \t]*(?=\n|$)")


def _is_word(token: str) -> bool:
    return token in COMMON or token in PLACES or token.rstrip("'’") in COMMON


def _pet(text: str, start: int) -> bool:
    return _PETS.search(text, max(0, start - 40), start) is not None


def _public(text: str, start: int, end: int) -> bool:
    following = _NEXT_TOKEN.match(text, end)
    full = text[start:end] + ("_" + following.group(1) if following else "")
    return full in PUBLIC_FIGURES or text[start:end] in PUBLIC_FIGURES


def _extend(text: str, start: int, end: int) -> int:
    """The end of the full name: up to two capitalised tokens after the first ("Sarah Okafor")."""
    for _ in range(2):
        nxt = _NEXT_TOKEN.match(text, end)
        if nxt is None or _is_word(nxt.group(1)) or nxt.group(1) in AMBIGUOUS_SURNAME_STOP:
            break
        end = nxt.end(1)
    return end


# Capitalised words that follow a name without being a surname
AMBIGUOUS_SURNAME_STOP = frozenset("Street Road Lane Avenue Drive Close Way Court Place Terrace Crescent "
                                   "Said Says Thinks Wants Keeps Is Was Has Had Told Asked Project Foundation "
                                   "Lifeline Centre Center Hospital Clinic Institute University College School "
                                   "Trust Line Helpline Group Church Society Association Network".split())


def find_names(text: str, taken: list[tuple[int, int]], folded: Folded | None = None,
               guarded: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each name in ``text``, in order, not overlapping ``taken`` (characters
    other detectors claimed) nor each other. A cue rule runs only where its guard (the cue's
    literals, ``prefilter.guard``) cannot rule it out; ``guarded=False`` runs every rule (the
    reference the tests compare with)."""
    names = gazetteer()
    found: list[tuple[int, int]] = []

    def add(start: int, end: int, extend: bool = True) -> None:
        end = _extend(text, start, end) if extend else end
        if any(s < end and start < e for s, e in taken) or any(s < end and start < e for s, e in found):
            return
        found.append((start, end))

    folded = folded or Folded(text)
    for pattern, needs_gazetteer in CUE_RULES:
        if not guarded or guard(pattern).may_match(folded):
            for m in pattern.finditer(text):
                start, end = m.span("name")
                token = m.group("name")
                if _is_word(token) or (needs_gazetteer and token not in names):
                    continue
                if pattern is not STRONG_INTRO and (_pet(text, start) or _public(text, start, end)):
                    continue
                add(start, end)
    if "\n" in text:
        for m in _LINE_NAME.finditer(text):
            token = m.group("name")
            if token in names and token not in AMBIGUOUS and not _is_word(token):
                add(*m.span("name"))
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token not in names or _is_word(token):
            continue
        start = m.start()
        if token in AMBIGUOUS and not PERSON_CONTEXT.search(text, max(0, start - 12), start):
            continue
        if _pet(text, start) or _public(text, start, m.end()) or _SAINT.search(text, max(0, start - 7), start):
            continue
        add(start, m.end())
    if found:  # every other capitalised occurrence of a name found above
        first_names = {text[s:e].split(" ")[0] for s, e in found}
        for m in _TOKEN.finditer(text):
            if m.group(0) in first_names:
                add(m.start(), m.end(), extend=False)
    return sorted(found)
