"""Person names in counselling text, by cue and by gazetteer (no NER model: none that installs
from PyPI with its weights measured better within the quality stage's budget; see docs/quality.md).

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
  cue, or a verb that takes a person before them ("I asked Grace");
* a maintained list's given name (``data/listed_given.txt``, round fourteen; ``name_rules.listed_name``)
  mid-sentence in the client's voice ("coffee with Lucinda"), lower case after a relation word.

A name after a pet word ("our cat Bella", "mi perro Toby") is not one, nor one of a few public
figures ("Taylor Swift", "Brené Brown"). A capitalised token right after a found first name
(``Joseph Adeyemi``) joins it as the surname. Once found, every other capitalised occurrence of
the name in the text is a name too ("Tom said ... Tom always says").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from shared import prescreen
from shared.pii import name_rules


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
_LOWER = "a-zß-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūũůűźżžĩơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"  # PII round nineteen: Vietnamese ("Tuấn", "Hương", "Nguyễn")
# A capitalised name token: Tom, O'Neill, D'Souza, McAllister, Jean-Luc, Élodie
TOKEN = rf"(?:[OD]['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?"
# ``(?<![\w'’-]){TOKEN}(?![\w-])``, written to start with the upper-case class so that ``re`` scans
# for its first character (a leading lookbehind makes it try every position; 2.2x the scan): every
# token starts with an upper-case letter (O and D of "O'Neill" too), the lookbehind sees the
# character before it from one character on, and "O'"/"D'" is the same optional prefix
_TOKEN = re.compile(rf"[{_UPPER}](?<![\w'’-].)(?:(?<=[OD])['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
                    rf"(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?(?![\w-])")
_NEXT_TOKEN = re.compile(rf" ({TOKEN})(?![\w-])")
_NEXT_PARTICLE = re.compile(rf" ((?:van der|van den|van de|van|von der|von|de la|de los|del|de|di|da|du|dos|das|ter|ten) "
                            rf"{TOKEN}|(?:al|el)-{TOKEN}|(?:bin|ibn|bint|Ó|Ní|Nic|Ua|Mac) {TOKEN})(?![\w-])")  # round thirteen: "al-Rashid";
# round sixteen: the Irish "Ó Murchú", "Ní Bhriain", "Mac Giolla"

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
Ocean Made Floor Beau Deacon Zion Tor Aurora Macy Paisley Bao Tuba Shea Grant Destiny Brandy
Kuba Alba Pau Darwin Philippine Kerry Prudence Peregrine Ebony Marquise Lorraine Beryl Angus Tomas Moana Everton Solange
Krishna Ganesh Ganesha Shiva Vishnu Hanuman Durga Jehovah Yahweh
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
Mein Meine Mi Mon Ma Mio Meu Minha Mój Moja Unsere Unser Nuestro Notre Grüße Gruesse Grüßen Saludos Regards
Having Being Getting Going Making Saying Doing Trying Feeling Thinking Knowing Looking Taking Seeing Keeping
Coming Living Working Talking Learning Waiting Asking Telling Leaving Losing Finding Giving Hearing Letting
Speaking Considering According Regarding Including Assuming Given El Él Ellos Ellas Ele Elles Ils
As Are Would Could Should Be Easier First Wow Listen Counselors Therapists
""".split())
# Capitalised words that a person verb may follow without being a name ("Research says", "Anxiety keeps")
NOT_NAMES = frozenset("""
Research Science Society Work Life Therapy Counselling Counseling School Uni University College Church Government
Police Court Council Insurance Benefits News Media Reddit Google Youtube Twitter Instagram Facebook Tiktok Netflix
Spotify Tesco Amazon Apple Microsoft Mind Samaritans Childline Papyrus Shout Calm Headspace Bible Quran Torah Kids
Parents Teachers Doctors Nurses Friends Mates Anxiety Depression Grief Sadness Trauma Panic Stress Fear Shame Guilt
Loneliness Anger Sleep Food Exercise Alcohol Drinking Weed Sertraline Fluoxetine Prozac Citalopram Lithium Xanax
Medication Meds Nature Music Art Writing Reading Running Yoga Religion Faith Love Hope Time History Science Mental
Health Everybody Nobody Somebody Someone Everyone Anyone Society Culture Social Media Chatgpt Jesus God Allah
Buddha Satan Santa Universe Karma Whoever Whatever Both Neither Either Most Many Some Few Several Each Every Other
Another Such Which Whose Whom The This That Dad Mum Mom
Mercadona Carrefour Lidl Aldi Edeka Rewe Rossmann Hema Netto Biedronka Żabka Continente Esselunga Conad Primark
Ikea Decathlon Uber Glovo Deliveroo Vinted Allegro Zalando Bershka Sephora Douglas Renfe Deutsche
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
Rome Lisbon Warsaw Amsterdam Brussels Vienna Prague Canada Mexico England Scotland Wales Ireland Australia Britain
India Pakistan Nigeria Kenya Ghana China Japan Korea Brazil Spain France Germany Italy Portugal Poland
Wellington Christchurch Dunedin Tauranga Rotorua Whangarei Invercargill
""".split())
PUBLIC_FIGURES = frozenset("""
Taylor_Swift Brené_Brown Brene_Brown Viktor_Frankl Harry_Potter Harry_Styles Emma_Watson Michelle_Obama
Barack_Obama Elon_Musk Carl_Rogers Sigmund_Freud Carl_Jung Jordan_Peterson Oprah_Winfrey Kim_Kardashian
Billie_Eilish Ed_Sheeran Lady_Gaga Mel_Robbins Jay_Shetty Eckhart_Tolle Marie_Kondo Gabor_Maté Gabor_Mate
Prince_Harry Meghan_Markle Kate_Middleton Tom_Hanks Selena_Gomez Demi_Lovato Simone_Biles Naomi_Osaka
Michael_Phelps Robin_Williams Kurt_Cobain Amy_Winehouse Princess_Diana Donald_Trump Joe_Biden Keir_Starmer
Rishi_Sunak Boris_Johnson Kanye_West Justin_Bieber Ariana_Grande Lewis_Capaldi Stephen_Fry Russell_Brand
Matthew_Perry Anthony_Bourdain Aaron_Beck Albert_Ellis Marsha_Linehan Kristin_Neff Brené Oprah Beyoncé
Adele Rihanna Freud Jung Shakespeare Einstein Sherlock Voldemort Mr_Bean Marcus_Aurelius Nelson_Mandela
Dr_Pepper Dr_Martens Dr_Oetker Dr_Who Doctor_Who Dr_Seuss Mr_Motivator Mr_Men Mr_Blobby Mr_Kipling
Mahatma_Gandhi Winston_Churchill Maya_Angelou Frida_Kahlo Virginia_Woolf Sylvia_Plath Mother_Teresa Albert_Camus
Hermione Mario Luigi Sonic Jolene Bella_Swan Madame_Bovary Mrs_Dalloway
Alan_Watts Ram_Dass Irvin_Yalom Glennon_Doyle Matt_Haig Martin_Luther Luther_King Mary_Oliver Anne_Frank Gandhi
Mandela Churchill Seneca Epictetus Rumi
Lewis_Hamilton Billie_Holiday Kylian_Mbappé Lionel_Messi Cristiano_Ronaldo Greta_Thunberg Herbert_Grönemeyer
Helene_Fischer Vasco_Rossi Laura_Pausini Arjen_Lubach Andreas_Bourani Angela_Merkel Olaf_Scholz Emmanuel_Macron
Pedro_Sánchez Giorgia_Meloni Robert_Lewandowski Dawid_Podsiadło Iga_Świątek Rafael_Nadal Roger_Federer
Novak_Djokovic Serena_Williams Naomi_Campbell Lady_Di Bad_Bunny Justin_Trudeau Jacinda_Ardern Stephen_King
Paulo_Coelho Elena_Ferrante Sally_Rooney Matt_Haig Johann_Hari Gabor_Maté Jürgen_Klopp Pep_Guardiola
Zinedine_Zidane Luka_Modrić Erling_Haaland Ed_Sheeran Harry_Kane Marcus_Rashford Bruce_Springsteen Elton_John
Freddie_Mercury David_Bowie Mariah_Carey Whitney_Houston Britney_Spears Miley_Cyrus Olivia_Rodrigo Dua_Lipa
Lana_Del Shawn_Mendes Bruno_Mars Zendaya Anitta Stromae Rihanna Eminem Mbappé Messi Neymar Bolsonaro Merkel
Macron Obama Trump Biden Putin Zelensky Thunberg Grönemeyer Pausini Ferragni Chiara_Ferragni Fedez Måneskin
Prince_William King_Charles Queen_Elizabeth Princess_Anne Albert_Heijn Albert_Einstein Hermann_Hesse Franz_Kafka
Anne_Frank
""".split())
# piiblind36a: brands named after people and a presenter (apart from ``PUBLIC_FIGURES``, a feature list of the tagger)
_PUBLIC36 = frozenset("""Uncle_Ben Aunt_Bessie Aunt_Jemima Jack_Daniel Jim_Beam Johnnie_Walker Captain_Morgan Tim_Hortons
Ted_Baker Calvin_Klein Ralph_Lauren Tommy_Hilfiger Hugo_Boss Papa_John Baskin_Robbins Louis_Theroux""".split())

_PETS = frozenset("""dog dogs cat cats kitten kitty puppy pup hamster rabbit bunny horse pony parrot budgie goldfish
fish pet tortoise turtle snake lizard gecko ferret perro perra perrito gato gata gatito chien chienne chat chaton
hund katze kater cão cachorro cadela cane gatto gattina cagnolino pies piesek kot kotek kotka""".split())


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
    r"przyjaciółka|szef|szefowa|terapeutka|babcia|dziadek|sis|bro|stepsister|stepbrother|grandson|granddaughter|"
    r"belle-mère|beau-père|belle-sœur|beau-frère|demi-frère|demi-sœur|"
    r"vriend|vriendin|man|vrouw|broer|zus|zusje|broertje|moeder|vader|zoon|dochter|collega|baas|"
    r"twin|godmother|godfather|landlord|landlady|classmate|lecturer|babysitter|childminder|step-dad|step-mum|"
    r"step-mom|foster carer|foster mum|foster mom|foster dad|foster brother|foster sister|in-law|"
    r"suegra|suegro|cuñada|cuñado|yerno|nuera|madrastra|padrastro|"
    r"schwiegermutter|schwiegervater|schwager|schwägerin|stiefvater|stiefmutter|"
    r"suocera|suocero|cognata|cognato|patrigno|matrigna|sogra|sogro|cunhada|cunhado|padrasto|madrasta|"
    r"teściowa|teść|szwagier|szwagierka|ojczym|macocha|schoonmoeder|schoonvader|zwager|schoonzus|stiefvader|"
    r"stiefmoeder|kocam|karım|sevgilim|pojkvän|flickvän|sambo|mamma|pappa|kæreste|kjæreste|"
    # thirtieth session (piiblind30): Polish relations in the instrumental ("z chłopakiem, Kacprem", "z mężem
    # Tomkiem") and genitive ("od chłopaka Kacpra", "u brata Pawła"), the cases after "z", "od", "u", "do"
    r"chłopakiem|mężem|bratem|synem|ojcem|tatą|dziadkiem|przyjacielem|partnerem|kuzynem|wujkiem|ojczymem|"
    r"dziewczyną|żoną|mamą|matką|siostrą|córką|babcią|przyjaciółką|partnerką|kuzynką|ciocią|"
    r"chłopaka|męża|brata|syna|ojca|taty|dziadka|przyjaciela|partnera|kuzyna|wujka|ojczyma|"
    r"dziewczyny|żony|mamy|matki|siostry|córki|babci|przyjaciółki|partnerki|kuzynki|cioci")

_SIGN_WORDS = (r"best|best wishes|all the best|regards|kind regards|warm regards|best regards|many thanks|"
               r"warmly|sincerely|yours|yours sincerely|yours truly|thanks|thank you|thanks again|cheers|"
               r"take care|love|lots of love|with love|speak soon|talk soon|un abrazo|abrazos|saludos|"
               r"un saludo|atentamente|cordialement|bien à vous|bises|bisous|amitiés|viele grüße|"
               r"liebe grüße|lg|mit freundlichen grüßen|grüße|abraço|abraços|beijos|beijinhos|atenciosamente|"
               r"cumprimentos|un abbraccio|saluti|cordiali saluti|baci|un bacio|pozdrawiam|pozdrowienia|"
               r"buziaki|ściskam|un beso|besos|groetjes|groeten|liefs|hartelijke groeten|"
               r"salam|salaam|salam hangat|hormat saya|terima kasih|peluk")  # round sixteen: Indonesian, "Salam,\nBayu"
# the owners and relations the name tagger's committed model was trained with (``name_tagger._lists``): its features
# stay as trained whatever the rules add below
_POSSESSIVES_TAGGER = frozenset("""my his her our their your mi mis tu su mon ma mes son sa ton ta mein meine meinem meiner
meinen sein seine ihr ihre dein deine meu minha mio mia mój moja mojego mojej mojemu mijn zijn haar min mitt mina
hennes""".split())
_POSSESSIVES = _POSSESSIVES_TAGGER | frozenset(  # piiblind31: German dative and genitive forms, more owners in nl, sv, fr, es, pt, it
    """ihrer ihrem ihren seiner seinem seinen deiner deinem deinen unser unsere unserer unserem unseren
onze hun jouw hans deras vår sin sina notre leur nuestro nuestra seu sua nosso nossa suo nostro nostra""".split())
# German owners in the dative or genitive, after which a capitalised noun is often the verb's object, not a name
# ("meinem Bruder Geld leihen", "ihrer Mutter Bescheid sagen"): such a token needs the gazetteer or no lower-case
# word right after it
_GERMAN_OBLIQUE = frozenset("meinem meiner meinen seinem seiner seinen ihrem ihrer ihren deinem deiner deinen "
                            "unserem unserer unseren".split())
_LOWER_NEXT = re.compile(r" [a-zäöüß]")
# piiblind31: Swedish, Norwegian and Danish relation nouns in the definite form, which notes write without an owner
# ("pappan (Göran) dricker", "sambon Erik"): the form names the client's own
_DEFINITE_RELATIONS = frozenset("""pappan mamman brodern brorsan systern syrran sambon maken frun pojkvännen flickvännen
kompisen mormodern farmodern styvpappan styvmamman faren moren broren søsteren kjæresten kæresten""".split())
_ADJECTIVES = frozenset("""little older younger big baby late new old eldest oldest youngest best twin former current
wee lil elder middle only favourite favorite first
dear lovely darling sweet step half petit petite grand grande meilleur meilleure mejor pequeño pequeña mayor
kleiner kleine große großer ältere älterer jüngere jüngerer beste bester miglior migliore piccolo piccola
młodszy młodsza starszy starsza najlepsza najlepszy querido querida""".split())
_RELATIONS_TAGGER = frozenset(_RELATION.split("|")) | {"fiancé", "fiancée", "fiance", "fiancee"}  # "fianc[ée]e?" spelt out
_RELATIONS = _RELATIONS_TAGGER | _DEFINITE_RELATIONS
# piiblind36a: the neighbour in es fr it pt de nl pl, for a name in another script after it ("la mia vicina, मीनाक्षी,")
_NEIGHBOURS36 = frozenset("vecino vecina voisin voisine vicino vicina vizinho vizinha nachbar nachbarin buurman buurvrouw "
                          "sąsiad sąsiadka".split())
_HONORIFICS = frozenset("""Dr Mr Mrs Ms Miss Mx Prof Professor Dra Sr Sra Srta Mme Mlle Herr Frau Dott Dott.ssa Dottoressa Dottor Pan Pani
Doktor Docteur Doctora Nurse Sister Father Auntie Aunty Aunt Uncle Coach Pastor Rabbi Imam Officer Detective Judge
Reverend Rev Fr Sgt Cllr Councillor Tía Tío Tia Tio Onkel Tante Zio Zia Ciocia Wujek Nan Nana Gran Granny Grandma
Grandpa Grandad Granddad Nanna Nonna Nonno Oma Opa Abuela Abuelo Avó Avô Mamie Papi Babcia Dziadek Babushka
Madame Monsieur Meneer Mevrouw Mevr Dhr Señor Señora Signor Signora Doña""".split())  # round sixteen: "Madame Boulanger", "Meneer Bakker"
# piiblind36a: religious and kin titles before a name, left out of it ("Sheikh Abdullah bin Rashid", "Baba Nastya"); apart
# from ``COMMON`` and ``_HONORIFICS``, which the name tagger's features read as the committed model was trained
_TITLES36 = frozenset("Sheikh Sheikha Shaykh Hajji Haji Ustadh Ustaz Baba Kuya Tita".split())  # round sixteen: "Madame Boulanger", "Meneer Bakker"
_LOWER_HONORIFICS = frozenset("frau docteure doña professeur professeure "  # round twenty-two
                               "pan pani dr dra doctora doktor docteur dott dottoressa dottor dottore señor señora signora signor monsieur "
                              "madame herr sig sig.ra sig.na".split())
# Words after a title that are roles, not names ("Nurse Practitioner", "Officer Manager")
ROLE_WORDS = frozenset("""Practitioner Specialist Consultant Lead Team Unit Ward Service Services Coordinator
Co-ordinator Worker Officer Manager Assistant Associate Director Support Line Practice Navigator Clinician Advisor
Adviser Supervisor Mentor Chaplain Counsellor Counselor Therapist Psychotherapist Psychologist Psychiatrist Teacher
Tutor Student Trainee Intern Volunteer Receptionist Administrator Nurse Doctor Registrar Christmas""".split())
# round twenty-seven: a desk, an office or a label that signs a message or is greeted at a line's end, no person
# ("Many thanks,\nFront Desk", "Kind regards,\nAdmissions Office", "— Anonymous", "Dear Head Office,")
_UNIT_WORDS = frozenset("""Desk Helpdesk Office Reception Admissions Department Dept Enquiries Bookings Accounts Billing
Payroll Secretariat Administration Management Admin Anonymous Anon Moderator Moderators Mods Webmaster Staff Faculty
Rezeption Verwaltung Sekretariat Geschäftsstelle Accueil Secrétariat Direction Recepción Administración Secretaría
Dirección Segreteria Direzione Amministrazione Recepção Secretaria Direção Recepcja Sekretariat Administracja
Dyrekcja Receptie Secretariaat Administratie Directie""".split())
# round twenty-seven b: a title greeted or named without a name after it is no name ("Bonjour Docteur,",
# "Hola Doctora,", "Guten Tag Herr Doktor,", "Dear Professor,"); kin words (Nan, Gran, Auntie) are not in it
_TITLES_ALONE = frozenset("""Doktor Docteur Doctora Dottoressa Dottor Dottore Dott Professor Professore Professoressa
Professeur Professeure Profesor Profesora Prof Dra Dr Herr Frau Madame Monsieur Meneer Mevrouw Señor Señora Signor
Signora Doña Mme Mlle Sr Sra Srta Pan Pani Mr Mrs Ms Mx""".split())
# a possessive that opens a German sign-off before the name ("Viele Grüße\nIhr Thomas", "Deine Lena"): not the name's
_SIGNOFF_POSSESSIVES = frozenset("Ihr Ihre Dein Deine Euer Eure".split())
_STRONG_INTROS = frozenset("""my name is|my name's|my names|name's|i'm called|i am called|call me|me llamo|
mi nombre es|je m'appelle|je m’appelle|mon nom est|mon prénom est|ich heiße|ich heisse|mein name ist|mi chiamo|
il mio nome è|me chamo|chamo-me|o meu nome é|meu nome é|nazywam się|mam na imię""".replace("\n", "").split("|"))
# piiblind36a: third-person naming intros
_STRONG_INTROS36 = frozenset("""she's called|he's called|she’s called|he’s called|she is called|he is called|they're called|
they are called|her name is|his name is|her name's|his name's|her name was|his name was|their name is""".replace("\n", "").split("|"))
_WEAK_INTROS = frozenset("""i'm|i’m|im|i am|this is|it's|it’s|it is|je suis|c'est|ich bin|hier ist|sono|eu sou|soy|
jestem|aquí""".replace("\n", "").split("|"))
_GREETINGS = frozenset("""hi|hey|hello|hiya|dear|morning|evening|thanks|thank you|thx|ty|ta|cheers|hola|querida|
querido|estimada|estimado|bonjour|bonsoir|salut|coucou|chère|cher|hallo|liebe|lieber|servus|moin|olá|oi|cara|caro|
ciao|gentile|salve|cześć|witaj|droga|drogi|dzień dobry|thanks again|thank you so much|thanks so much|hi again|
hey again""".replace("\n", "").split("|"))
_SIGN_OFFS = frozenset(_SIGN_WORDS.split("|"))
_KISSES = frozenset({"x", "xx", "xxx", "xxxx", "xo", "—", "–", "-", "--", "~"})
# Words after a capitalised token that make it a person ("Ngozi said", "Xiaoling keeps saying", "Yusuf and I")
_PERSON_AFTER = re.compile(
    r"(?:,? )(?:(?P<strong>said|says|told|tells|texted|texts|messaged|rang|phoned|asked|asks|reckons|promised|admitted|"
    r"apologi[sz]ed|shouted|yelled|screamed|punched|slapped|blames|blamed|hugged|replied|insists|insisted|"
    r"suggested|noticed|laughed|lied|(?:ghosted|blocked) me|"
    # what only a person does to the writer (twenty-sixth session): "Summer unfollowed me", "Penny bullied me"
    # (not "lent": "Chase lent me the deposit" is a bank)
    # (not "pushed", "kicked", "betrayed": "Covid pushed me over the edge", "Fate betrayed me")
    # and only for a name the lists know ("Lockdown humiliated me", "Tinder humiliated me": no)
    r"(?P<known>(?:unfollowed|humiliated|bullied|abused|assaulted|raped|molested|groped|stalked|harassed|choked|"
    r"strangled|spat at|spat on) me)|"
    r"(?:keeps|kept|keep) (?:saying|telling|asking|texting|calling|messaging|ringing|sending|emailing|taking credit|"
    r"putting me down|making comments|comparing me|critici[sz]ing|mocking|teasing|picking on|checking my phone|"
    r"going through my phone|lying|gaslighting|belittling|interrupting|undermining|flirting|"
    r"phoning|turning up|showing up|coming round|coming over|shouting|yelling|threatening|ignoring|blaming|"
    r"following|posting|commenting|begging|pressuring|contacting|bringing (?:it|that|this) up)|and I\b|and me\b|"
    r"doesn't know|broke up|cheated|dumped me|left me|moved (?:in|out)|came (?:round|over)|dijo|me dijo|dice|"
    r"m'a dit|a dit|sagt|sagte|hat gesagt|disse|diz|ha detto|mi ha detto|powiedział|powiedziała)|"
    # only mid-sentence (see _person_around)
    r"will|would|had|has been|had been|is going to|was going to|might|hasn't|hadn't|doesn't|didn't|won't|"
    r"(?:ignored|ignores|hates|hated|misses|missed|hit|hurt) me|"  # "Lockdown hit me hard": mid-sentence only
    r"wouldn't|can't|couldn't|never|always|finds out|found out)\b")
# "a guy called Marek", "a woman named Folasade": a person noun, then "called"/"named"
_NAMED = re.compile(r"\b(?:guy|man|woman|girl|boy|lad|bloke|lady|gentleman|someone|somebody|person|kid|child|"
                    r"friend|chap|dude|fella|teacher|doctor|nurse|therapist|counsell?or|colleague|neighbou?r|"
                    r"student|patient|worker|officer|social worker|partner|boyfriend|girlfriend|husband|wife|son|"
                    r"daughter|baby|brother|sister|cousin|mate|boss|manager|(?:is|was) (?:called|named)) "
                    r"(?:(?:is|was) )?(?:called|named|named after|llamad[oa]|appel[ée]e?|chiamat[oa]|chamad[oa]|"
                    r"namens|o imieniu) $", re.IGNORECASE)
_NAMED_OBJECT = re.compile(r"\b(?:named|called|call|name) (?:him|her|them|the baby|our (?:son|daughter|baby)|"
                           r"my (?:son|daughter|baby)|the (?:boy|girl)) $")
_ME_AND = re.compile(r"\b(?:me|Me) (?:and|&) $")
# Necessary conditions of the three above: how a match ends (``$`` is the end or before a final
# "\n"); ``_NAMED_END`` is ``_NAMED``'s last part (at most 12 characters)
_NAMED_TAIL = r"(?:called|named|named after|llamad[oa]|appel[ée]e?|chiamat[oa]|chamad[oa]|namens|o imieniu) $"
assert _NAMED.pattern.endswith(_NAMED_TAIL)
_NAMED_END = re.compile(_NAMED_TAIL, re.IGNORECASE)
_ME_AND_ENDS = ("and ", "& ", "and \n", "& \n")
_NAMED_OBJECT_ENDS = tuple(f"{w} {nl}" for w in ("him", "her", "them", "baby", "son", "daughter", "boy", "girl")
                           for nl in ("", "\n"))
# "the kids' dad, Warren": a possessive noun before a relation word
_POSSESSIVE_NOUN = re.compile(r"^[a-z]+(?:'s|’s|s'|s’)$")
_NOT_AFTER_NAME = re.compile(r" (?:\d{1,3}:\d|the (?:dog|cat|puppy|kitten|rabbit|hamster|horse|parrot|budgie)\b)")
# An initial as a sign-off at the end of a message: "... - J.", "thanks\nK."
_INITIAL_SIGN_OFF = re.compile(r"(?:^|\n|[.!?,] )[ \t]*(?:[-–—~][ \t]*([A-Z])\.?|([B-HJ-Z])\.)[ \t]*x*[ \t]*$")
# round twenty-seven: a hyphen glued to the name that signs the message off ("ok speak soon\n-Rashid", "see you then
# -Marek"): the token scan sees no token after a hyphen ("ex-Rashid", "Jean-Luc"), so the message's last line is
# read here; the hyphen opens its line or follows a space, and nothing but the name (and kisses) follows it
_GLUED_DASH_SIGN_OFF = re.compile(rf"(?:^|(?<=[\s]))--?({TOKEN})(?: {TOKEN})?(?:[ \t]+x+)?[ \t]*\n?$")
# Chinese: a name after an introduction or a relation word, or a surname before a title (李医生)
_CN_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                "孔向汤欧阳")
_CN_TITLES = ("医生", "老师", "先生", "女士", "小姐", "阿姨", "叔叔", "主任", "教授", "律师", "大夫")
_CN_CUED = re.compile(
    r"(?:我叫|我的名字是|我名字叫|名字叫|名叫|叫做|我(?:的|和|跟|与)?(?:丈夫|老公|先生|妻子|老婆|太太|男朋友|女朋友|男友|女友|前夫|前妻|"
    r"前男友|前女友|儿子|女儿|妈妈|爸爸|母亲|父亲|哥哥|姐姐|弟弟|妹妹|好朋友|朋友|同事|老板|领导|室友|同学|咨询师|"
    rf"治疗师|心理医生|医生|老师)(?:叫|是|，|,)?)([{_CN_SURNAMES}][\u4e00-\u9fff]{{1,2}})")
_CN_TITLED = re.compile(rf"(?<![\u4e00-\u9fff])([{_CN_SURNAMES}])(?:{'|'.join(_CN_TITLES)})|"
                        rf"(?<=[的是和跟叫找])([{_CN_SURNAMES}])(?:{'|'.join(_CN_TITLES)})")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CN_STOP = frozenset("每天都也总说是在的了和跟对把被给就还又不没很会要想让叫有今昨明一这那他她我你们，。！？、 医老先女小最经已刚再才常"
                     "分离结吵打骂走去来住回见过死病喝吃出做看知觉认告问求帮")
# Verbs after which a capitalised word mid-sentence is a person ("I texted Karolina"): not "love"/"visit"
_PERSON_BEFORE36 = frozenset("text from|texts from|voicemail from|dm from|dms from".split("|"))  # piiblind36a
_PERSON_BEFORE = frozenset(("ask for|asking for|asked for|speak to|talk to|spoke to|talked to|speak with|spoke with|"
                            "talk with|talked with|speaking to|talking to|living with|live with|lives with|married to|"
                            "engaged to|split from|separated from|divorced from|up with").split("|"))
_STRONG_PERSON_VERBS = frozenset("asked told texted messaged rang phoned hugged married dating kissed".split())
# A signature block: a line of two or three capitalised words, then a line with a role or credentials
_ROLES = (r"Counsell?or|Therapist|Psychotherapist|Psychologist|Psychiatrist|Practitioner|Manager|Coordinator|"
          r"Co-ordinator|Worker|Lead|Officer|Nurse|Advis[oe]r|Consultant|Director|Assistant|Specialist|Supervisor|"
          r"Teacher|Tutor|Chaplain|Mentor|Navigator|Clinician|Volunteer|MBACP|BACP|UKCP|LMFT|LCSW|LPC|PhD|MSc|RMN|"
          r"DClinPsy|PsyD|LMHC|LCPC|LPCC|LICSW|NCC|EdD|Psicóloga|Psicólogo|Psychologue|Psychologin|Therapeutin|Psicologa|Psicologo|Terapeuta|"
          r"Psycholog|Terapeutka")
_SIGNATURE_LINE = re.compile(rf"[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? )?({TOKEN}(?: {TOKEN}){{1,2}})[ \t]*"
                             rf"(?:,[^\n]{{0,30}})?$")
_ROLE = re.compile(rf"\b(?:{_ROLES})\b")
_PERSON_VERBS = frozenset("""asked told texted messaged rang called phoned hugged married dating met with tell ask
text call message visit visited see saw seeing love miss missed trust blame forgive""".split())
_SAINTS = frozenset({"St", "St.", "Saint", "San", "Santa", "Santo", "São", "Sankt", "Ste", "Ste."})
# Titles of public figures: "Pope Francis", "King Charles", "President Lula"
_PUBLIC_TITLES = frozenset("Pope King Queen Prince Princess President Emperor Empress Tsar Sultan Archbishop Cardinal "
                           "Chancellor Senator Governor Pharaoh".split())
# Place words after a capitalised word: "Victoria Park", "Albert Square" name places, not people
_PLACE_SUFFIXES = frozenset("Park Street Road Lane Avenue Hill Square Gardens Green Bridge Station Lake Beach Bay Hall "
                            "Centre Center Common Heath Field Fields Wood Woods Valley Castle Palace Abbey Cathedral "
                            "Market Arena Stadium Airport Harbour Port Point Island".split())
# An organisation named "<Word> de la <Name>" / "<Word> of <Name>": "Teléfono de la Esperanza"
_ORG_PARTICLE = re.compile(rf"\b({TOKEN}) (?:de la|de las|de los|del|de|of the|of|della|delle|du|des|do|da|dos) $")
_PARTICLE_LAST = frozenset("la las los del de of the della delle du des do da dos".split())
# Romanised Korean and Chinese given names are written with a hyphen: "Jun-seo", "Mei-ling"
_ROMANISED_HYPHEN = re.compile(r"-(?:seo|woo|eun|jin|min|hyun|yeon|ho|hee|young|jun|ah|bin|won|soo|sung|hye|ji|yun|"
                               r"hoon|kyung|mi|na|ri|su|ye|yoon|jae|seong|sook|hwa|rin|ling|mei|ming|wei|hua|yu|yi|"
                               r"lan|li|jie|xin|ying|yan|fei|hao|kai|long|feng)$")
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?\n])[ \t\xa0]*$")
# round twenty-eight: a name that is also a word, mid-sentence, before a possessive and a home or a person of
# theirs ("at Grace's house", "Rose's flat", "Will's mum"): no word has a house or a mum
_MONTH_NAMES = frozenset(("April", "May", "June", "August"))  # the word-names that are months
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")  # a capitalised word next: a place's or a full name's
# review29: a name said to the reader after thanks or a greeting ("Thanks so much Priya and Hope the move goes well",
# "Love you Mia and Hope your exam goes well"): "and" there opens a new clause more often than it adds a second name
_VOCATIVE_BEFORE = re.compile(r"(?:^|[\s,.!?])(?:thanks|thank you|thx|ty|cheers|love you|miss you|hi|hey|hello|hiya|sorry|"
                              r"congrats|congratulations|bye|night|morning)(?: (?:so much|again|both|all|loads|lots|babe))?,?[ \t]*$",
                              re.IGNORECASE)
_AMBIGUOUS_OWNER = re.compile(r"['’]s (?:house|place|flat|home|room|bedroom|apartment|mum|mom|mam|dad|parents|sister|"
                              r"brother|boyfriend|girlfriend|husband|wife|partner)\b"
                              # (review28b) not a place's or a team's ("Sydney's house prices", "Jordan's home stadium")
                              r"(?! (?:prices?|market|music|games?|ground|stadium|form|teams?|match\w*|crowd|page|screen|town|"
                              r"city|state|country|wins?|loss\w*|record|fans|advantage|office|secretary|affairs|sales|values?|"
                              r"owners?|buyers?|improvement|insurance|rents?|rental\w*)\b)")
_GODS = frozenset("Krishna Ganesh Ganesha Shiva Vishnu Hanuman Durga Jehovah Yahweh "
                  "Paris Dallas Brooklyn Orlando Lincoln".split())  # and places whose "'s house" is a landmark
_ENDS_LINE = re.compile(r"[ \t]*(?:\([^)\n]*\))?[ \t]*x*[ \t]*(?:\n|$)")
_CREDENTIALS = re.compile(r",[^\n]{1,30}(?=\n|$)")  # "Maria Lopez, LMFT"
_AFTER_GREETING = re.compile(r"\s*(?:[,!.:;)\n]|$| x| -| it's| its| i | just| hope| thanks| sorry)")
# Capitalised words that follow a name without being a surname
SURNAME_STOP = frozenset("Street Road Lane Avenue Drive Close Way Court Place Terrace Crescent Said Says Thinks "
                         "Wants Keeps Is Was Has Had Told Asked Project Foundation Lifeline Centre Center Hospital "
                         "Clinic Institute University College School Trust Line Helpline Group Church Society "
                         "Association Network "
                         # round sixteen: German nouns after a name ("mit Jonas Schluss gemacht", "mit Lea Streit")
                         "Schluss Schluß Streit Stress Ärger Zoff Kontakt Sex Probleme Krach "
                         # round twenty-seven b: a Turkish title after the given name ("Merhaba Elif Hanım,")
                         "Hanım Hanim Bey Hoca Hocam".split())


_LISTED_STOP = COMMON | NOT_NAMES | SURNAME_STOP | _PLACE_SUFFIXES | ROLE_WORDS  # "Camden Market"
_LISTED = name_rules.listed_given()


def _words(s: str) -> list[str]:
    return [w.strip(",.:;!?()\"") for w in s.lower().split()]


def _ends(words: list[str], options: frozenset[str], longest: int = 4) -> int:
    """How many of the last words form one of ``options`` (0 when none)."""
    for k in range(min(longest, len(words)), 0, -1):
        if " ".join(words[-k:]) in options:
            return k
    return 0


_COMMON_OR_PLACES = COMMON | PLACES


def _is_word(token: str) -> bool:
    return token in _COMMON_OR_PLACES


def _extend(text: str, end: int) -> int:
    """The end of the full name: up to two capitalised tokens after the first ("Sarah Okafor"),
    a surname's lower-case particle with them ("Maarten de Wit", "Ana dos Santos")."""
    for _ in range(2):
        nxt = _NEXT_TOKEN.match(text, end) or _NEXT_PARTICLE.match(text, end)
        if nxt is None or _is_word(nxt.group(1).split(" ")[-1]) or nxt.group(1) in SURNAME_STOP:
            break
        end = nxt.end(1)
    return end


def _line_ends_after(text: str, end: int) -> bool:
    """Whether only the rest of a name (a surname, credentials, pronouns, kisses) ends the line."""
    end = _extend(text, end)
    m = _CREDENTIALS.match(text, end)
    return _ENDS_LINE.match(text, m.end() if m else end) is not None


def _starts_sentence(before: str, words_taken: int) -> bool:
    """Whether the last ``words_taken`` words of ``before`` open a line or a sentence."""
    head = before.rstrip(" ,.!:\t\n")
    for _ in range(words_taken):
        head = head.rstrip()
        head = head[:len(head) - len(head.split()[-1])] if head.split() else head
    return _STARTS_SENTENCE.search(head.rstrip(" \t")) is not None or not head.strip()


# Forms and notes name a contact after a label: "Emergency contact: [Wren Castillo, ...]", "Next of
# kin — Ifeoma Chukwu", "Contact in emergency: Dad - Femi Adebayo"
_CONTACT_CUES = frozenset("emergency contact|next of kin|nok|contact in emergency|in case of emergency|"
                          "contact in case of emergency|ice contact".split("|"))
_CONTACT_FILLER = frozenset({"", "[", "-", "–", "—", "my"})
_CONTACT_WORDS = frozenset({"contact", "kin", "nok", "emergency"})  # one of them ends or sits in every cue
_BREAK = re.compile(r"[.!?\n]")  # a contact label ends right before the name, not a sentence earlier
# A form's name field, opening a line or a sentence or after whose it is: "Name: Bartholomew Ng",
# "Client name: ...", "Nombre: ...", "Imię i nazwisko: ..."
_NAME_LABELS = frozenset("name nombre nom nome imię nazwisko naam".split())
_NAME_FIELD_OWNERS = frozenset("full first given client client's patient patient's user's your my".split())
# Thirty-first session (piiblind31): a form's surname or forename field and the multi-word labels of a name field
# ("Surname: O'Driscoll", "Prénom : Yasmine", "Cognome e nome: Esposito Gianluca", "Adı Soyadı: Elif Nur Yılmaz"),
# and a note's or a letter's label of the person it is about ("Client: T. Okafor", "YP: Lily-Mae Prothero"): only
# when the label opens its line and is all of the line before the name
_FIELD_LABEL_WORDS = _NAME_LABELS | frozenset(
    "surname surnames forename forenames forename(s) firstname lastname first last given family full middle "
    "prénom prenom prénoms nom(s) cognome nachname vorname familienname achternaam voornaam voornamen namn förnamn "
    "efternamn apellido apellidos sobrenome apelido nomes imiona soyadı soyadi adı adi ad soyad "
    "e i y and & / et und en och ve".split())
_FIELD_LABEL_LAST = frozenset(
    "name nombre nom nome imię nazwisko naam surname surnames forename forenames forename(s) firstname lastname "
    "prénom prenom prénoms nom(s) cognome nachname vorname familienname achternaam voornaam voornamen namn förnamn "
    "efternamn apellido apellidos sobrenome apelido nomes imiona soyadı soyadi soyad".split())
_PERSON_LABELS = frozenset(
    "client cl pt patient yp cyp service user child young person "
    "cliente paciente usuario usuaria klient klientin patient patiënt paziente utente pacjent danışan".split())
_FIELD_LINE = re.compile(r"(?:^|\n)[ \t]*([^\n:]{1,40}?)[ \t]*:[ \t]*$")


def _field_label(before: str) -> bool:
    """Whether ``before`` ends with a line that is only a name field's label or a note's person label and its colon
    ("Surname:", "Cognome e nome:", "Adı Soyadı:", "Client:", "YP:")."""
    m = _FIELD_LINE.search(before[-60:])
    if m is None:
        return False
    words = m.group(1).lower().replace("(s)", "").split()
    if not words or len(words) > 4:
        return False
    if " ".join(words) in _PERSON_LABELS or words[-1].rstrip(".") in _PERSON_LABELS and len(words) == 1:
        return "person"
    return "field" if words[-1] in _FIELD_LABEL_LAST and all(w in _FIELD_LABEL_WORDS for w in words) else False


def _after_contact_cue(words: list[str]) -> bool:
    """Whether ``words`` end with a contact label, then perhaps a relation word ("Dad -")."""
    tail = [w for w in words[-7:] if w not in _CONTACT_FILLER]
    if tail and tail[-1] in _RELATIONS:
        tail.pop()
    return _ends(tail, _CONTACT_CUES, 5) > 0


# The last word of every cue: a token after any other word has no cue (one set look-up)
_CUE_LAST_WORDS = frozenset(w.split()[-1] for group in (_STRONG_INTROS, _WEAK_INTROS, _RELATIONS, _GREETINGS,
                                                       _SIGN_OFFS, _KISSES) for w in group) \
    | {h.lower() for h in _HONORIFICS} \
    | _LOWER_HONORIFICS | {"baby", "him", "her", "them", "boy", "girl"} \
    | {"contact", "kin", "nok", "emergency"} | _NAME_LABELS \
    | {"called", "named", "after", "llamado", "llamada", "appelé", "appelée", "chiamato", "chiamata", "chamado",
       "chamada", "namens", "imieniu", "and", "&"}

_CUE_LAST36 = frozenset({"was", "sheikh", "sheikha", "shaykh", "hajji", "haji", "ustadh", "ustaz", "baba", "kuya", "tita"})


def _cued(text: str, start: int, token: str, names: frozenset[str]) -> bool:
    """Whether the words right before ``start`` (and the line around it) make the token a name."""
    before = text[max(0, start - 60):start]
    if before[-2:] == ". " and len(before) > 3 and before[-3].isupper() and before[-4] in " ,(":
        before = before[:-3]  # round twenty-two: an initial between the cue and the surname ("my coach, B. Gallagher")
    if before.endswith(":\t") or before.endswith(": ") or before.endswith(":"):
        label = _field_label(before.rstrip(" \t"))
        if label == "field" or label and (token in names or not _a_training_word(token)
                                          or _CAPITAL_NEXT.match(text, start + len(token))):
            # piiblind31: "Surname: O'Driscoll"; "Client: T. Okafor", not "Client: Reports low mood"
            return token not in ROLE_WORDS
    if before.strip() and not before.endswith("\n"):
        words = before.rstrip(" ([").rsplit(None, 1)
        if not words:  # only "(" before the token: "(Lyrics to a song)"
            return False
        last = words[-1].lower().strip(",.:;!?()[]\"")
        if last not in _CUE_LAST_WORDS and not (name_rules.CUES_36A and last in _CUE_LAST36):
            return False
    end = start + len(token)
    if not before.strip():
        return token in names and "\n" in text and _line_ends_after(text, end)
    raw_last = before.split()[-1].lstrip("([\"“")  # piiblind31: a title in brackets, "(Mr Gallagher)"
    if (raw_last.rstrip(".") in _HONORIFICS or raw_last.rstrip(".") in _LOWER_HONORIFICS or
            name_rules.CUES_36A and raw_last in _TITLES36) and before.endswith(" "):
        return token not in ROLE_WORDS
    words = _words(before.rstrip(" (") + " " if before.endswith(" (") else before)
    if before.endswith((" ", ": ")) and _ends(words, _STRONG_INTROS):
        return True
    if name_rules.CUES_36A and before.endswith(" ") and _ends(words, _STRONG_INTROS36):
        return True
    if not _CONTACT_WORDS.isdisjoint(words[-6:]) and _after_contact_cue(words) and \
            not _BREAK.search(before, max(0, len(before) - 14)):
        return True
    if before.endswith(": ") and words[-1] in _NAME_LABELS and (
            _starts_sentence(before, 1) or len(words) > 1 and words[-2] in _NAME_FIELD_OWNERS):
        return True  # a form's name field, not "Product Name: Smartphone"
    if token in names and before.endswith(" ") and _ends(words, _WEAK_INTROS, 2):
        return True
    k = _ends(words, _RELATIONS, 3)
    if k and before.endswith((" ", ", ", " - ", " – ", " — ", " (")) and before.rstrip()[-1:] not in ".!?":
        rest = words[:-k]
        for _ in range(2):
            if rest and rest[-1] in _ADJECTIVES:
                rest = rest[:-1]
        if rest and (rest[-1] in _POSSESSIVES or " ".join(rest[-2:]) in _POSSESSIVES
                     or _POSSESSIVE_NOUN.match(rest[-1])) or words[-k] in _DEFINITE_RELATIONS:
            if rest and rest[-1] in _GERMAN_OBLIQUE and token not in names and _LOWER_NEXT.match(text, end):
                return False  # piiblind31: a German noun, the verb's object ("meinem Bruder Geld leihen")
            return True
        if before.endswith(" (") and text[end:end + 1] in (")", ","):
            return True  # in brackets after the relation: "Dad (Bill) says", "cousin (Lakshmi, 07700 ...)"
    g = _ends(words, _GREETINGS)
    if g and _AFTER_GREETING.match(text, end) and _starts_sentence(before, g):
        return True
    s = _ends(words, _SIGN_OFFS)
    if s and _line_ends_after(text, end) and _starts_sentence(before, s):
        return True
    if raw_last.lower() in _KISSES and _line_ends_after(text, end) and (
            token in names or not _dash_list(before, raw_last, text[end:end + 80]) and (
                _starts_sentence(before, 1) or not text[end:].strip(" x\n"))):
        return True  # "xx Chloe", "— Priya", "... speak Thursday - Moz" at the end of the message
    if token in names and before.endswith("\n") and _line_ends_after(text, end):
        return True  # a line that is only a name: a signature block
    # each only where its last words end ``before`` (a necessary condition, cheap to test: the
    # person-noun alternation of ``_NAMED`` tried at every position costs ~20 us)
    return (_NAMED_END.search(before, max(0, len(before) - 13)) is not None and _NAMED.search(before) is not None) \
        or (before.endswith(_ME_AND_ENDS) and _ME_AND.search(before) is not None) \
        or (before.endswith(_NAMED_OBJECT_ENDS) and _NAMED_OBJECT.search(before) is not None)


_DASHES = frozenset({"-", "–", "—", "--"})


def _dash_list(before: str, dash: str, after: str) -> bool:
    """Whether the dash before a capitalised word at a line's end marks an item of a list written with that
    dash ("Jupiter - Saturn - Neptune", "Mammals:\n- Horses\n- Sheep"): a list item is no sign-off."""
    if dash not in _DASHES:
        return False
    head = before.rstrip()[:-len(dash)][-200:]
    return f" {dash} " in head or f"\n{dash} " in head or head.lstrip().startswith(dash + " ") or \
        f"\n{dash} " in after


# common words that open a sentence before a name without being an organisation's first word
_OPENERS = frozenset("""And But Or So If When Then Because Since While After Before Also Just Still Even Only Now
Today Tomorrow Yesterday Tonight Anyway Honestly Basically Literally Again Maybe Sometimes Never Always Apparently
Obviously Luckily Sadly Suddenly Later Lately Recently Finally Eventually Plus Pero Mais Aber Und Et Y E""".split())


def _person_around(text: str, start: int, end: int) -> bool:
    """Words around an unknown capitalised token that make it a person: a person verb after it
    ("Ngozi said", "Yusuf and I"; mid-sentence also "Lorcan will"), or before it ("I texted
    Karolina", "ask for Jas")."""
    after = _PERSON_AFTER.match(text, end) if text[end:end + 1] in (" ", ",") else None
    prev = _words(text[max(0, start - 16):start]) if text[start - 1:start] == " " else []
    if prev and prev[-1] in _SPEECH_LAST and _QUOTE_SAID.search(text, max(0, start - 40), start):
        return True  # '"I'm done," said Nkechi', "« Tu n'es rien », m'a dit Gaëtan"
    if after is None and text.startswith(_NEXT_WORDS, end):  # one test for the four below
        if text.startswith(" and ", end) and _AND_ARE_MY.match(text, end) or \
                text.startswith(" are ", end) and _ARE_MY.match(text, end) and \
                _AND_BEFORE.search(text, max(0, start - 30), start):
            return True  # "Bill and Hope are my foster parents"
        if text.startswith((" is ", " was "), end) and _IS_MY_RELATION.match(text, end) and (
                text[start:end] in gazetteer() or not _STARTS_SENTENCE.search(text, max(0, start - 8), start)) or \
                text.startswith(" from ", end) and (_FROM_GROUP.match(text, end) or name_rules.CUES_36A and _FROM_GROUP36.match(text, end) and (
                    text[start:end] in gazetteer() or not _a_training_word(text[start:end]) or
                    not _STARTS_SENTENCE.search(text, max(0, start - 8), start))):
            return not _THE_BEFORE.search(text, max(0, start - 40), start)  # "Summer is my daughter", "Ayasha from my course"
    if prev and (prev[-1] in _STRONG_PERSON_VERBS or " ".join(prev[-2:]) in _PERSON_BEFORE or
                 name_rules.CUES_36A and " ".join(prev[-2:]) in _PERSON_BEFORE36):
        return True
    if after is None:
        return False
    if after.group("known") is not None and text[start:end] not in gazetteer() and text[start:end] not in _LISTED:
        return False
    if after.group("strong") is None:  # mid-sentence only: "what Lorcan will do", not "okay. Forgiveness doesn't"
        raw = text[max(0, start - 16):start].split()
        if not (prev and raw[-1].isalpha() and raw[-1].islower()):
            # or after an adverb opening the sentence, a name the lists know ("Anyway, Ferdinand won't ...")
            return _after_opener(text, start, end)
    # "the Wellbeing Hub said", "she lives in Camden and I", "my Apple Watch says": an organisation,
    # a place or a product
    if prev and prev[-1] in _PLACE_WORDS or text[start:end] in SURNAME_STOP or \
            _THE_BEFORE.search(text, max(0, start - 40), start):
        return False
    brand = _PREV_TOKEN.search(text, max(0, start - 30), start)
    if brand is not None and brand.group(1) in _OPENERS and _after_opener(text, start, end, brand):
        return True  # "Even Perpetua noticed": an adverb opening the sentence, no organisation's word ("So Duolingo said": no)
    return brand is None or not (_is_word(brand.group(1)) or brand.group(1) in NOT_NAMES or
                                 brand.group(1).endswith("s") and brand.group(1) not in gazetteer())  # "Citizens Advice said"


def _after_opener(text: str, start: int, end: int, brand: re.Match | None = None) -> bool:
    """The token follows an adverb or conjunction that opens its sentence ("Even", "Anyway,", "So") and is a
    given name the lists know (the gazetteer's or the maintained list's, not one that is also a word)."""
    if brand is None:
        brand = _PREV_OPENER.search(text, max(0, start - 30), start)
        if brand is None or brand.group(1) not in _OPENERS:
            return False
    token = text[start:end]
    return _STARTS_SENTENCE.search(text, max(0, brand.start(1) - 8), brand.start(1)) is not None and \
        (token in gazetteer() or token in _LISTED) and token not in AMBIGUOUS


# A speech verb right after a closing quote: the name after it is the speaker ('"...," said Rhiannon')
_QUOTE_SAID = re.compile(r"[\"”»’'][,.!?]?[ \t]*,?[ \t]*(?:said|says|replied|asked|whispered|shouted|yelled|screamed|"
                         r"snapped|added|told me|wrote|texted|m'a dit|a dit|m’a dit|a répondu|a crié|dijo|me dijo|"
                         r"respondió|contestó|gritó|sagte|meinte|schrieb|rief|ha detto|mi ha detto|disse|me disse|"
                         r"respondeu|powiedział|powiedziała|zei|schreef|sa|sade)[ \t]+$")
_NEXT_WORDS = (" and ", " are ", " is ", " was ", " from ")
# the last word of each verb of ``_QUOTE_SAID`` (as ``_words`` gives it): a cheap test before the search
_SPEECH_LAST = frozenset("""said says replied asked whispered shouted yelled screamed snapped added me wrote texted
dit répondu crié dijo respondió contestó gritó sagte meinte schrieb rief detto disse respondeu powiedział powiedziała
zei schreef sa sade""".split())
# "<name> is my daughter": a relation word after the name
_IS_MY_RELATION = re.compile(rf" (?:is|was) (?:my|our|his|her|their) (?:(?:{'|'.join(sorted(_ADJECTIVES))}) )?"
                             rf"(?:{_RELATION})\b")
# "<name> and <name> are my foster parents"
_ARE_MY = re.compile(r" are (?:my|our|his|her|their) (?:(?:foster|adoptive|step|god|grand|best|older|younger|little|big) ?)?"
                     r"(?:parents|grandparents|kids|children|sons|daughters|brothers|sisters|friends|mates|flatmates|"
                     r"housemates|roommates|neighbou?rs|carers|siblings|cousins|aunts|uncles|bosses|colleagues|"
                     r"therapists|mums|moms|dads|twins)\b")
_AND_ARE_MY = re.compile(rf" and {TOKEN}{_ARE_MY.pattern}")
_AND_BEFORE = re.compile(rf"{TOKEN} and $")
# a work and its author: "Atomic Habits by James Clear", "a song by ...": the name is a public one
_WORK_BY = re.compile(r"(?:\b(?:book|books|song|songs|album|novel|podcast|talk|film|movie|poem|poems|article|paper|"
                      r"video|quote|painting|show|series|memoir|essay|lyrics|track|workbook)\b[^.!?\n]{0,40}|[\"”»] |"
                      rf"(?:{TOKEN} ){{1,4}})(?:written |sung |painted |directed )?by $")
# "<name> from my course / work / class": a person of a group
_FROM_GROUP = re.compile(r" from (?:my |our |the )?(?:course|class|work|school|uni|college|church|team|office|gym|"
                         r"group|job|year|lectures?|seminar|support group|clinic|ward|mosque|temple|synagogue|club|"
                         r"choir|band|squad|shift|unit|floor|department|placement|halls|block|street|estate)\b")
# piiblind36a: more groups ("Joss from the foodbank", "Mo from football"); a word of the training text opening a sentence
# is no name before them ("Deliveries from the foodbank")
_FROM_GROUP36 = re.compile(r" from (?:my |our |the )?(?:"
                         r"food ?bank|football|footy|rugby|netball|cricket|boxing|karate|climbing|swimming|dance|"
                         r"parkrun|youth club|book club|nursery|playgroup|baby group|rehab|meetings?|pub)\b")
# piiblind36a: a relation word in apposition right after the token ("May, my housemate, is", "Faith (my sponsor)",
# "Olga, my mother-in-law, calls"), in the languages of ``_RELATION``
_APPOSED_KIN = re.compile(rf"(?:, | \()(?:my|our|mi|mon|ma|mein|meine|meu|minha|mio|mia|mijn|mój|moja) "
                          rf"(?:(?:{'|'.join(sorted(_ADJECTIVES))}) )?(?:{_RELATION})[,)]")  # closed: not "United, my dad was"
# piiblind36a: apps and brands used as verbs ("Facetimed", "Slacked me", "Ubered home", "WhatsApped", "Venmo'd")
_APP_STEMS = frozenset("""facetime slack uber whatsapp venmo google zoom skype snapchat snap paypal hoover photoshop
tinder airdrop facebook insta instagram tiktok deliveroo netflix youtube hinge bumble grindr teams revolut monzo
cashapp zelle lyft bolt""".split())
_APP_VERBS = frozenset({w + "ed" for w in _APP_STEMS} | {w + "d" for w in _APP_STEMS if w.endswith("e")} |
                       {w + w[-1] + "ed" for w in ("slack", "snap", "skype", "zoom", "uber", "whatsapp", "airdrop")}
                       | {"whatsapped", "snapped", "facetimed", "ubered", "googled", "zoomed", "skyped"})
_LAST_LINE_NAME = re.compile(rf"\n[ \t]*\n[ \t]*({TOKEN})[ \t]*\n?$")
_JA_SUFFIXES = ("-chan", "-san", "-kun", "-sama", "-senpai", "-sensei")
# A title and a surname with a lower-case particle: "Dr. van der Berg", "Mr de Souza"
_TITLED_PARTICLE = re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Herr|Frau|Mme|Sr|Sra|Dra)\.? "
                              rf"((?:van der|van den|van de|van|von der|von|de la|de los|del|de|di|da|du|dos|das|le|la|"
                              rf"ter|ten) {TOKEN})")
# piiblind36a: titles of other languages and a capitalised particle ("La prof.ssa De Luca", "Meneer van den Heuvel",
# "Signora Di Stefano", "Dr De Souza")
_TITLED_PARTICLE36 = re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Herr|Frau|Mme|Sr|Sra|Dra|"
                                rf"prof\.ssa|Prof\.ssa|Meneer|Mevrouw|Mevr|Dhr|Signora|Signor|Sig|Sig\.ra|Pani|Pan|Señora|"
                                rf"Señor|Madame|Monsieur)\.? "
                                rf"((?:[Vv]an der|[Vv]an den|[Vv]an de|[Vv]an|[Vv]on der|[Vv]on|[Dd]e la|[Dd]e los|[Dd]el|[Dd]e|"
                                rf"[Dd]i|[Dd]a|[Dd]u|[Dd]os|das|le|la|ter|ten) {TOKEN})")
_PLACE_WORDS = frozenset("in at near from into around outside inside towards via visit visited the "
                          "das die der dem den het".split())  # German and Dutch articles: "das Finanzamt sagt"
_THE_BEFORE = re.compile(rf"\b(?:[Tt]he|[Dd]as|[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Hh]et) (?:{TOKEN} ){{1,3}}$")
# An initial and a surname under a sign-off: "Sincerely,\nM. Okafor, PsyD"
_SIGN_OFF_INITIAL = re.compile(rf"(?:^|\n)[ \t]*(?i:{_SIGN_WORDS}),?[ \t]*\n[ \t]*((?:[A-Z]\. ?){{1,2}}{TOKEN})(?=[ \t]*(?:,|\n|$))")


def _signature_names(text: str) -> list[tuple[int, int]]:
    """A line of two or three capitalised words above a line with a role or credentials."""
    spans = []
    lines = text.split("\n")
    offset = 0
    for line, following in zip(lines, lines[1:]):
        if 5 <= len(line) <= 70 and line.lstrip()[:1].isupper() and _ROLE.search(following, 0, 40):
            m = _SIGNATURE_LINE.match(line)
            first = m.group(1).split(" ")[0] if m else ""
            if m and not (_is_word(first) or first in NOT_NAMES or first in ROLE_WORDS):
                spans.append((offset + m.start(1), offset + m.end(1)))
        offset += len(line) + 1
    return spans


# a subject pronoun after a word that is also a name: the word is the verb of a question or a wish
_PRONOUN_NEXT = re.compile(r" (?:you|I|we|they|he|she|it|this|that)\b")


def find_names(text: str, taken: list[tuple[int, int]], seen: list | None = None) -> list[tuple[int, int]]:
    """(start, end) of each name in ``text``, in order, not overlapping ``taken`` (characters
    other detectors claimed) nor each other. Only capitalised tokens are looked at, and for
    each only the few words before it (set look-ups), so the cost is one scan of the text.
    ``seen``, when given, gets the match of every capitalised token the scan looks at (each one
    not in the common words and places): the learned tagger's candidates (``name_tagger``), so
    that it need not scan the text again."""
    names = gazetteer()
    found: list[tuple[int, int]] = []
    public: set[int] = set()  # tokens left out as public figures: not taken by the pass for other occurrences
    skip_until = 0
    polish = not text.isascii() and name_rules.polish_text(text)  # Polish given names in other cases
    czech = not polish and not text.isascii()  # Czech and Slovak ones (round thirteen; the text test last)
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token in _COMMON_OR_PLACES:
            continue
        if token in _TITLES36 and name_rules.CUES_36A:
            continue  # piiblind36a: a title, as "Dr" in ``COMMON``
        if name_rules.CUES_36A and (token[-1] in "dD" and token.lower() in _APP_VERBS or
                                    text.startswith(("'d ", "’d "), m.end()) and token.lower() in _APP_STEMS):
            continue  # piiblind36a: an app or a brand as a verb, "my sister Facetimed me", "my ex Venmo'd me"
        if seen is not None:
            seen.append(m)
        if token in AMBIGUOUS and text.startswith(" ", m.end()) and _PRONOUN_NEXT.match(text, m.end()) and \
                _STARTS_SENTENCE.search(text, max(0, m.start() - 8), m.start()):
            continue  # a verb opening a sentence: "Can you ...", "Hope this helps", "Will I ever ..."
        if "-" in token and token[token.index("-") + 1].islower() and token not in names and \
                not _ROMANISED_HYPHEN.search(token):
            if name_rules.CUES_36A and token.endswith(_JA_SUFFIXES) and m.start() >= skip_until and \
                    not any(s < m.end() and m.start() < e for s, e in taken) and \
                    token[:token.index("-")] not in _COMMON_OR_PLACES:
                found.append((m.start(), m.start() + token.index("-")))  # piiblind36a: "Yuki-chan", "Tanaka-san"
            continue  # "Self-care", "Well-being"; but "Ha-eun", "Ji-woo", "Jun-seo" are names
        start = m.start()
        if found and start < found[-1][1] or start < skip_until:
            continue  # inside the surname of the name before (or of a public one left out)
        # a Polish feminine name in another case ("z Kasią", "o Agnieszkę")
        in_names = token in names or (token[-1] in "ąę" and token[:-1] + "a" in names) or \
            (polish and (name_rules.polish_nominative(token, names, AMBIGUOUS) or
                         name_rules.polish_soft_dative(token, names, AMBIGUOUS))) or \
            (czech and name_rules.czech_nominative(token, names, AMBIGUOUS) and name_rules.czech_text(text))
        if in_names and token not in AMBIGUOUS:
            ok = True
        else:
            ok = _cued(text, start, token, names)
            if not ok and name_rules.CUES_36A and text.startswith((", ", " ("), m.end()) and \
                    _APPOSED_KIN.match(text, m.end()) and \
                    token not in _HONORIFICS and token.lower() not in _RELATIONS:
                ok = True  # piiblind36a: "May, my housemate, is", "Faith (my sponsor) says"
            if not ok and token in AMBIGUOUS:
                prev = _words(text[max(0, start - 12):start])
                ok = bool(prev) and prev[-1] in _PERSON_VERBS
                if not ok and token not in _GODS and _AMBIGUOUS_OWNER.match(text, m.end()) and \
                        not _STARTS_SENTENCE.search(text, max(0, start - 8), start) and \
                        (not prev or prev[-1] not in ("the", "The", "our", "Our", "your", "Your")):  # review28b: "our Deacon's"
                    ok = True  # round twenty-eight: "I went to Grace's house", "at Rose's flat"
        if not ok and token in AMBIGUOUS and token not in _MONTH_NAMES and found and \
                text[found[-1][1]:start] in (" & ", " and ") and \
                " " not in text[found[-1][0]:found[-1][1]] and not _CAPITAL_NEXT.match(text, m.end()) and \
                not _VOCATIVE_BEFORE.search(text, max(0, found[-1][0] - 30), found[-1][0]):
            ok = True  # round twenty-nine: a word-name joined to a name just found ("with Rose and Grace"; not
            # "Tom and Hope Street", "Sam Smith and Will", nor a month, capitalised anyway: "Henry and June")
        if not ok and found and text[found[-1][1]:start] in (" & ", " and ") and \
                _STARTS_SENTENCE.search(text, max(0, found[-1][0] - 8), found[-1][0]) and _line_ends_after(text, m.end()):
            ok = True  # a sign-off of two: "Thanks again,\nPriyanka & Dev"
        if not ok and token not in NOT_NAMES and token not in ROLE_WORDS:
            ok = _person_around(text, start, m.end()) or \
                (token not in AMBIGUOUS and _person_context(text, start, m.end(), token, names))
            if not ok and text[m.end():m.end() + 1] == " " and token not in AMBIGUOUS and \
                    token not in _HONORIFICS:  # names round two: the next two characters first
                after2 = text[m.end() + 1:m.end() + 3]
                ok = after2 in name_rules._INITIAL_FIRST2 and name_rules.initial_subject(text, start, m.end(), token) \
                    and token.lower() not in _RELATIONS or \
                    after2[:1].isupper() and _pair_person(text, start, m.end(), token, names)  # "Brat": "brother"
        if not ok and token in _LISTED and not in_names and token not in AMBIGUOUS and token not in NOT_NAMES and \
                token not in ROLE_WORDS:  # round fourteen: a maintained list's given name (name_rules.listed_name)
            prev = text[max(0, start - 30):start].split()
            at_start = _STARTS_SENTENCE.search(text, max(0, start - 8), start) is not None
            ok = name_rules.listed_name(text, start, m.end(), token, prev, at_start, _LISTED_STOP, _POSSESSIVES)
        if ok and token in name_rules._POSSESSIVE_NAMES and name_rules.possessive_not_name(text, m.end(), token, _RELATIONS):
            continue  # "Mia sorella": Italian "my sister"
        if not ok or (text[m.end():m.end() + 1] == " " and _NOT_AFTER_NAME.match(text, m.end())):
            continue
        if _unit_line(text, start, m.end()):
            continue  # round twenty-seven: "Many thanks,\nFront Desk", "— Anonymous"
        prev_words = text[max(0, start - 30):start].split()
        if prev_words and (prev_words[-1] in _SAINTS or prev_words[-1] in _PUBLIC_TITLES):
            public.add(start)
            skip_until = _extend(text, m.end())
            continue
        if text[start - 1:start] == " " and prev_words and (
                token in _PLACE_SUFFIXES and _PREV_TOKEN.search(text, max(0, start - 30), start) or
                prev_words[-1] in _PARTICLE_LAST and
                (org := _ORG_PARTICLE.search(text, max(0, start - 40), start)) is not None
                and not any(s <= org.start(1) < e for s, e in found) and org.group(1) not in names
                and org.group(1) not in _HONORIFICS
                and not (prev_words[-1] == "do" and name_rules.polish_text(text))):  # Polish "do" is "to"
            public.add(start)
            skip_until = _extend(text, m.end())
            continue  # "Victoria Park", "Teléfono de la Esperanza"
        if prev_words and prev_words[-1].lower() in _PLACE_WORDS and text[m.end():m.end() + 1] == " " and \
                (nxt := _NEXT_TOKEN.match(text, m.end())) is not None and nxt.group(1) in _PLACE_SUFFIXES:
            public.add(start)
            skip_until = nxt.end(1)
            continue  # "a picnic in Albert Park": a place named after a person
        if not _PETS.isdisjoint(_words(" ".join(prev_words[-4:]))) or _public(text, start, m.end()):
            continue
        if prev_words and prev_words[-1] == "by" and _WORK_BY.search(text, max(0, start - 60), start):
            public.add(start)
            skip_until = _extend(text, m.end())
            continue  # an author or an artist: "Reading Atomic Habits by James Clear"
        end = _extend(text, m.end())
        if token in _SIGNOFF_POSSESSIVES and end > m.end():
            start = m.end() + 1  # round twenty-seven b: "Ihr Thomas" -> "Thomas"
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end))
    if found:  # "Kasia and Tomek", "Samuele e Ilaria": a capitalised token joined to a name found
        for s, e in name_rules.coordinated(text, found, taken, _TOKEN, _not_person_word, _known_name,
                                           _not_person_word_plain):
            found.append((s, _extend(text, e)))
        found.sort()
    _add_uncapitalised(text, taken, found, names)
    if found:  # every other capitalised occurrence of a name found above
        first = {text[s:e].split(" ")[0] for s, e in found}
        spans = set(found)
        for m in _TOKEN.finditer(text):
            if m.group(0) in first and m.start() not in public and not any(s <= m.start() < e for s, e in spans) \
                    and not any(s < m.end() and m.start() < e for s, e in taken):
                spans.add(m.span())
        found = sorted(spans)
    if found and "." in text:  # round twenty-two: "H. Fitzgerald", an initial before a surname found
        found = name_rules.initial_extend(text, found, taken)
    return found


def _unit_word(word: str) -> bool:
    """A desk's, an office's or a label's word, or a German team compound ("Praxisteam", "Orga-Team")."""
    return word in _UNIT_WORDS or len(word) > 5 and word[-4:] in ("team", "Team")


def _unit_line(text: str, start: int, end: int) -> bool:
    """Whether the token is a desk's, an office's or a label's word (``_UNIT_WORDS``: "I spoke to Reception"), or
    the name's words (``_extend``) hold one and its line ends after them: a sign-off or a greeting of no person
    ("Many thanks,\nFront Desk", "Mit freundlichen Grüßen\nIhr Praxisteam"); or a title greeted alone
    ("Bonjour Docteur,", "Dear Professor,": ``_TITLES_ALONE``, no name after it)."""
    if _unit_word(text[start:end]):
        return True
    if text[start:end] in gazetteer() and text[start:end] not in AMBIGUOUS:
        return False  # (review27b) a given name before the desk's word is a person of that desk: "Cheers,\nPriya Reception"
    full = _extend(text, end)
    if full == end:
        return text[start:end] in _TITLES_ALONE
    return any(map(_unit_word, text[end:full].split())) and _line_ends_after(text, end)


def _a_training_word(token: str) -> bool:
    """Whether ``token`` in lower case is a word of the project's training text (the name tagger's word bit)."""
    from shared.pii import name_tagger

    words = name_tagger.model()[2]
    return words is not None and name_tagger.is_word(token.lower(), words)


def _glued_dash_sign_off(text: str) -> tuple[int, int] | None:
    """The span of a name glued to a hyphen at the message's end (``_GLUED_DASH_SIGN_OFF``): no word, place or
    role ("-Update", "-Reception"), not an item of a list written with glued hyphens ("-Milk\\n-Eggs"); on a line
    of its own, any such token, after other words on its line, a name the gazetteer knows ("see you then -Marek")."""
    m = _GLUED_DASH_SIGN_OFF.search(text, max(0, len(text) - 40))
    if m is None:
        return None
    token = m.group(1)
    if _not_person_word(token) or _is_word(token.split("-")[0]):
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    own_line = not text[line_start:m.start()].strip()
    if own_line:
        if token not in gazetteer() and _a_training_word(token):
            return None  # "-Update", "-Edit", "-Admin": a word of the project's training text, no name the gazetteer knows
        prev_end = line_start - 1
        prev_line = text[text.rfind("\n", 0, max(0, prev_end)) + 1:max(0, prev_end)] if prev_end > 0 else ""
        if prev_line.lstrip().startswith("-") or "\n-" in text[max(0, line_start - 200):line_start]:
            return None  # a list: "-Milk\n-Eggs\n-Bread"
    elif token not in gazetteer():
        return None
    if _unit_line(text, m.start(1), m.end(1)):
        return None
    return m.start(1), _extend(text, m.end(1))


def _add_uncapitalised(text: str, taken: list[tuple[int, int]], found: list[tuple[int, int]],
                       names: frozenset[str]) -> None:
    """Names the capitalised-token scan cannot see: a signature block of an unknown name, an initial
    signing off ("- J."), Chinese names after a cue ("我丈夫王建国", "李医生")."""
    extra = _signature_names(text) if "\n" in text else []
    extra += _lower_names(text)
    extra += name_rules.listed_lower_names(text, prescreen.leftmost)  # round fourteen: "my best friend tobiah"
    extra += _texting_names(text)  # round sixteen: "told my mum abt tom", "i miss kwame"
    extra += _shouted_names(text)  # round seventeen: "I MISS ANSELM SO MUCH"
    extra += _nickname_family(text)  # round sixteen: "Lexi (short for Alexandra)", "The Hendersons next door"
    tail = max(0, len(text) - 160)  # a sign-off ends the message
    # each ``prescreen.leftmost``: no match starts before it
    if "\n" in text and (pos := prescreen.leftmost(_SIGN_OFF_INITIAL, text[tail:])) is not None:
        extra += [m.span(1) for m in _SIGN_OFF_INITIAL.finditer(text, tail + pos)]
    particle = _TITLED_PARTICLE36 if name_rules.CUES_36A else _TITLED_PARTICLE
    if (pos := prescreen.leftmost(particle, text)) is not None:
        titled = [m.span(1) for m in particle.finditer(text, pos)]
        extra += titled
        if found and name_rules.CUES_36A:  # piiblind36a: "De Luca" replaces the "Luca" found inside it
            inside = {(s, e) for a, b in titled for s, e in found if s < b and a <= s and e <= b} if len(titled) < 50 else set()
            found[:] = [f for f in found if f not in inside]
    # a match ends in a capital, or a capital and ".", then only spaces, tabs and "x" (and one "\n")
    core = (text[:-1] if text.endswith("\n") else text).rstrip(" \tx")
    tail = _INITIAL_SIGN_OFF.search(text, max(0, len(text) - 24)) if core and (
        "A" <= core[-1] <= "Z" or core[-1] == "." and "A" <= core[-2:-1] <= "Z") else None
    if tail:
        extra.append(tail.span(1) if tail.group(1) else tail.span(2))
    if "-" in text[-40:] and (glued := _glued_dash_sign_off(text)) is not None:
        extra.append(glued)
    if name_rules.CUES_36A and "\n\n" in text[-40:] and (last := _LAST_LINE_NAME.search(text, max(0, len(text) - 40))) is not None:
        word = last.group(1)  # piiblind36a: a message's last line, one unknown word after a blank line ("...\n\nSiobhán")
        if len(word) > 2 and text[:last.start()].strip() and \
                word not in _LISTED_STOP and word not in _HONORIFICS and not _unit_word(word) and word not in AMBIGUOUS \
                and (word in names or not _a_training_word(word)):
            extra.append(last.span(1))
    if not text.isascii() and _CJK.search(text):
        for m in _CN_CUED.finditer(text):
            start, end = m.span(1)
            if text.startswith(_CN_TITLES, start + 1):
                end = start + 1  # 李医生: the surname, as "Dr Aziz" gives "Aziz"
            elif end - start == 3 and text[end - 1] in _CN_STOP:
                end -= 1
            extra.append((start, end))
        for m in _CN_TITLED.finditer(text):
            extra.append(m.span(1) if m.group(1) else m.span(2))
        extra += name_rules.chinese_names(text)  # "跟张伟说", "刘洋总是说"
    if not text.isascii():
        extra += name_rules.cyrillic_names(text)  # "позвонила Мише", "у Натальи" (round thirteen)
        extra += name_rules.script_names(text)  # "मेरी दोस्त प्रिया ने", "我和小雨吵架" (round sixteen)
    extra += name_rules.clause_names(text, _not_person_word, _known_or_listed, _public)  # round eighteen
    extra += name_rules.roman_urdu_names(text, _not_person_word)  # round nineteen: "Sadaf ne", "Usman ko"
    if not text.isascii():  # round nineteen: Vietnamese names; a full name takes the shorter span inside it
        for start, end in name_rules.vietnamese_names(text, _TOKEN, _not_person_word_plain):
            found[:] = [(s, e) for s, e in found if not (start <= s and e <= end)]
            extra.append((start, end))
    if not text.isascii():
        if name_rules.CUES_36A:
            extra += name_rules.foreign_script_names(text, _RELATIONS | _NEIGHBOURS36, _POSSESSIVES)  # "mijn oma Ελένη"
            extra += name_rules.east_asian_named(text)  # piiblind36a: "田中さんに", "이름은 김도현이에요"
        extra += name_rules.kin_script_names(text)  # round twenty-two: "أخي أحمد", "팀장 박지훈 씨가", "η αδερφή μου η Ελένη"
    extra += name_rules.initial_names(text)  # round twenty-two: "-- R. Okafor", "I told T.J."
    for start, end in extra:
        if not any(s < end and start < e for s, e in taken) and not any(s < end and start < e for s, e in found):
            found.append((start, end))
    found.sort()


# Lower-case names in chat ("my bf jake", "hi sarah,", "i told jess", "me n kwame"): only a
# gazetteer name that is not also a word, right after a strong cue (a possessive and a relation
# word, a greeting that opens a line, a person verb, "me and"), or alone on the message's last line
_LOWER_RELATIONS = ("husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[ée]e?|ex|son|daughter|mum|mom|dad|"
                    "brother|sister|stepdad|stepmum|stepmom|nan|gran|grandma|grandad|aunt|auntie|uncle|cousin|niece|"
                    "aunty|nana|nanna|granny|grandpa|grandmother|grandfather|stepsister|stepbrother|"  # round twenty-seven
                    "nephew|friend|bestie|best friend|mate|flatmate|roommate|housemate|colleague|coworker|boss|"
                    "manager|therapist|counsellor|counselor|sponsor|marido|novio|novia|hermano|hermana|amigo|amiga|"
                    "mari|copain|copine|frère|sœur|soeur|freund|freundin|bruder|schwester|namorado|namorada|"
                    "irmão|irmã|marito|fidanzato|fidanzata|ragazzo|ragazza|fratello|sorella|mąż|żona|chłopak|"
                    "dziewczyna|brat|siostra")
_LOWER_CUES = (
    rf"\b(?:my|his|her|our|their|your|mi|mon|ma|mein|meine|meu|minha|mio|mia|mój|moja)"
    rf"(?: (?:little|older|younger|big|best|twin|new|step))? (?:{_LOWER_RELATIONS}),? ({{names}})(?![\w'-])|"
    r"(?:^|\n)[ \t]*(?:hi|hey|hiya|hello|dear|morning|thanks|thank you|cheers|hola|salut|hallo|ciao|olá|oi|cześć)"
    r"[ ,]+({names})(?=[ ,.!:;\n]|$)|"
    r"\b(?:i|we|he|she|they) (?:told|texted|asked|messaged|rang|phoned|hugged|kissed|dumped|married) "
    r"({names})(?![\w'-])|"
    r"\b(?:me|Me) (?:and|n|&) ({names})(?![\w'-])|"
    # round twenty-seven: a kin title as a form of address, without a possessive ("i told aunty folake", "uncle tunde
    # came round"), as "Aunty Folake" is one capitalised (``_HONORIFICS``)
    r"(?<![\w'-])(?:aunty|auntie|aunt|uncle|nana|granny|grandma|grandpa|cousin) ({names})(?![\w'-])")
# a kin title and a name that are one public figure or a brand together ("uncle sam", "aunt jemima")
_KIN_PUBLIC = ("uncle sam", "aunt jemima", "auntie jemima", "aunty jemima", "uncle ben", "uncle joe", "uncle tom")
# names round two: a lower-case name before a verb of a person ("jonah cheated", "marta dice"). A
# third of all texts hold "said" or "told", few a lower-case name before a verb: the native
# prescreen of ``_verb_reversed`` on the reversed text (a verb, then a name, read backwards: its
# states enter the gazetteer only after a verb, so the scan costs what a short alternation costs)
# says whether one is there; only then are the verbs searched for and the word before each looked
# up in the lower-case gazetteer
_PERSON_VERBS_LOWER = ("said says told keeps kept cheated hates hated blocked ghosted dumped ignored ignores "
                       "screamed yelled shouted lied texted dice dijo powiedział powiedziała mówi sumiu disse zei "
                       "zegt").split() + ["hat mich", "hat mir", "m'a", "ha detto"] + \
    "didnt doesnt wont cant isnt wasnt unfollowed invited".split()  # twenty-sixth session: "priya didnt invite me"
_LOWER_VERB = re.compile(rf" (?:{'|'.join(_PERSON_VERBS_LOWER)})\b")

# Gazetteer names that are also ordinary lower-case words
_LOWER_WORDS = frozenset("""bob rob nick ted kim jay dean carol sonny bunny honey buddy cherry sage river rain autumn
harmony patience nova bear fox wolf rocky ace bishop king prince duke earl baron marshal major cash
clay stone cliff dusty misty rusty sandy stormy tiny tucker gus bud kit pip sky scout ranger angel
blue""".split())


@lru_cache(maxsize=1)
def lower_gazetteer() -> frozenset[str]:
    return frozenset(n.lower() for n in gazetteer() - AMBIGUOUS - COMMON - NOT_NAMES - PLACES
                     if n.isalpha()) - _LOWER_WORDS


@lru_cache(maxsize=1)
def lower_cued() -> re.Pattern:
    """The cues with the lower-case gazetteer in the pattern, so that the native prescreen (a DFA
    over the whole alternation) rules out nearly every text before Python's ``re`` runs."""
    names = "|".join(sorted(lower_gazetteer(), key=len, reverse=True))
    return re.compile(_LOWER_CUES.replace("{names}", names))


@lru_cache(maxsize=1)
def _verb_reversed() -> re.Pattern:
    """A lower-case gazetteer name, then ``_LOWER_VERB``, written backwards (for ``text[::-1]``)."""
    names = "|".join(sorted((n[::-1] for n in lower_gazetteer()), key=len, reverse=True))
    verbs = "|".join(re.escape(v[::-1]) for v in _PERSON_VERBS_LOWER)
    return re.compile(rf"(?<![\w'])(?:{verbs}) (?:{names})(?![a-zà-ÿąćęłńóśźż])")


def _lower_names(text: str) -> list[tuple[int, int]]:
    pattern = lower_cued()
    pos = prescreen.leftmost(pattern, text)  # no match starts before it
    found = [] if pos is None else [m.span(m.lastindex) for m in pattern.finditer(text, pos)
                                    if m.lastindex is not None and not (m.lastindex == pattern.groups and
                                                                                       m.group(0).lower() in _KIN_PUBLIC)]
    names = lower_gazetteer()
    if prescreen.leftmost(_verb_reversed(), text[::-1]) is not None:  # a lower-case name before a verb
        for m in _LOWER_VERB.finditer(text):
            j = m.start()
            k = max(text.rfind(" ", max(0, j - 20), j), text.rfind("\n", max(0, j - 20), j))
            if text[k + 1:j] in names:
                found.append((k + 1, j))
    if found:  # "i told ayesha and rhys"
        found += name_rules.lower_coordinated(text, found, names)
    # a last line of only the name: a lower-case sign-off ("cheers for the advice x\nnadia")
    head, newline, last = text.rstrip(" \t\n").rpartition("\n")
    name = last.strip(" \tx")
    if newline and name in names:
        start = len(head) + 1 + last.index(name)
        found.append((start, start + len(name)))
    return found


# Round sixteen: lower-case names in texting style after a wider set of verbs and prepositions
# ("told my mum abt tom", "i miss kwame", "scared of seeing aoife", "went round to callum's",
# "what siobhan thinks", "j'ai croisé mathis") and opening a text before "and i"/"and me"/"is the"
# ("kayleigh and me are", "tbh oluwaseun is the only one"). Only gazetteer names that no general
# or multilingual text of the project holds in lower case (a word somewhere: "ben" is Turkish "I",
# "mia" Italian "my", "tom" Czech "that" but is kept: none of the cues below is Czech), and the cue
# words are English, with a few Romance and German prepositions.
_TEXTING_BEFORE = ("with|w/|abt|about|bout|miss|missed|missing|tell|telling|see|seeing|saw|seen|text|texting|"
                   "call|calling|ask|asking|love|hate|trust|met|meet|meeting|forgive|block|blocked|unblocked|"
                   "than|to|at|from|of|and|or|bc of|because of|what|why|when|invite|invited|help|hurt|left|"
                   "kiss|kissed|hug|hugged|date|dating|follow|ignore|ignoring|over|against|without|around|"
                   "con|avec|chez|croisé|vu|mit|bei|und|com|da|na|e|et|y|z|ze")
_TEXTING_AFTER_START = r" (?:(?:and|n|&) (?:i|me)|is (?:the|my|so|always|literally|such|being)|thinks)[ ,.!?;:\n]"
_TEXTING_NOT = frozenset("""olive marine elif dan violet john emma jenny troy graham sally clara ben sean bode keith reto
ole cara uma mia ama sem ada elke hans hari lata vera bola tez thanh jos sana nina jana lene lena dina sora gia
serena ander anders lina nell kez luka bence ken adam lily ira aina aage amani klara milan jihad""".split())


@lru_cache(maxsize=1)
def texting_gazetteer() -> frozenset[str]:
    return lower_gazetteer() - _TEXTING_NOT


@lru_cache(maxsize=1)
def _texting_cued() -> re.Pattern:
    """A lower-case name of the list as a whole word: the native prescreen of this one list (no cue
    words in it: with them, the automaton walked the cue words and the names together and cost
    ~8 µs a CounselChat message) rules out nearly every text; the cue before the name and the words
    after it are looked at in Python, for each hit. Every part consumes characters (the prescreen
    drops assertions: a name that only starts a longer word, "to tomorrow", is ruled out by the
    scan)."""
    names = "|".join(sorted(texting_gazetteer(), key=len, reverse=True))
    return re.compile(rf"[ \n\t(\"“‘,.!?;:*]({names})(?:['’]s)?[ ,.!?;:)\n]")


_TEXTING_CUE_BEFORE = re.compile(rf"(?:^|[ \n\t(\"“‘,.!?;:*])(?:{_TEXTING_BEFORE}) $")
_TEXTING_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?] )[ \t]*(?:(?:tbh|ngl|so|and|but|omg|like|honestly|basically|lol|idk|ok|well|i think|i guess|i feel like|i swear|apparently) ){0,2}$")
_TEXTING_AFTER = re.compile(_TEXTING_AFTER_START)


# Round sixteen: a nickname before "(short for ...)" ("Lexi (short for Alexandra) is"), and a family
# named by its plural with "the" and a neighbour's place ("The Hendersons next door called")
_SHORT_FOR = re.compile(rf"(?<![\w'’-])({TOKEN}) \((?:short for|real name|full name) ")
_FAMILY = re.compile(rf"\b[Tt]he ({TOKEN}s) (?:next door|upstairs|downstairs|across the (?:road|street|hall|landing)|"
                     r"over the road|down the (?:road|street|hall))\b")


_NICK_FAMILY_LITERALS = re.compile(r"\((?:short for|real name|full name) |"
                                   r"s (?:next door|upstairs|downstairs|across the|over the road|down the) ")


def _nickname_family(text: str) -> list[tuple[int, int]]:
    if not prescreen.may_match(_NICK_FAMILY_LITERALS, text):  # one native literal scan (~0.3 µs)
        return []
    out = []
    if "(short for " in text or "(real name " in text or "(full name " in text:
        out += [m.span(1) for m in _SHORT_FOR.finditer(text) if not _is_word(m.group(1))]
    if (pos := prescreen.leftmost(_FAMILY, text)) is not None:
        out += [m.span(1) for m in _FAMILY.finditer(text, pos) if not _is_word(m.group(1)[:-1])
                and m.group(1) not in SURNAME_STOP and m.group(1) not in NOT_NAMES]
    return out


# the text's first words and its last one, which the pattern above cannot reach (it consumes a
# character before the cue or the sentence's start and one after the name): looked up in Python
_FILLERS = r"(?:(?:tbh|ngl|so|and|but|omg|like|honestly|basically|lol|idk|ok|well|i think|i guess|i feel like|i swear|apparently) ){0,2}"
_TEXTING_START = re.compile(rf"[ \t]*(?:{_FILLERS}([a-zà-ÿ]+)(?={_TEXTING_AFTER_START})|"
                            rf"(?:{_TEXTING_BEFORE}) ([a-zà-ÿ]+)(?:['’]s)?(?:[ ,.!?;:)\n]|$))")
_TEXTING_END = re.compile(rf"[\s(\"“‘,.!?;:*](?:{_TEXTING_BEFORE}) ([a-zà-ÿ]+)(?:['’]s)?$")


def _texting_names(text: str) -> list[tuple[int, int]]:
    """A lower-case name after a texting cue, in any text (round seventeen dropped round sixteen's
    texting-style guard, the text opening in lower case or holding a lower-case "i": a client who
    capitalises "I" still writes a name in lower case now and then, "I really miss kwame so much";
    the scan of the names alone rules out nearly every text natively)."""
    pattern = _texting_cued()
    out = []
    if prescreen.may_match(pattern, text):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            before = text[max(0, start - 40):start]
            if _TEXTING_CUE_BEFORE.search(before) or (
                    _TEXTING_SENTENCE_BEFORE.search(before) and _TEXTING_AFTER.match(text, end)):
                out.append((start, end))
    names = texting_gazetteer()
    if text[:1].islower() or text[:1] in " \t":  # the first words: no character before them
        m = _TEXTING_START.match(text)
        if m and m.group(m.lastindex) in names:
            out.append(m.span(m.lastindex))
    if text[-1:].isalpha() and text[-1:].islower():  # the last word: no character after it
        m = _TEXTING_END.search(text, max(0, len(text) - 40))
        if m and m.group(1) in names:
            out.append(m.span(1))
    # a name inside an address is no name of its own: "jane.doe@example.com", "@tom", "/kwame"
    return sorted({(s, e) for s, e in out if not _INSIDE_ADDRESS.match(text, e) and text[s - 1:s] not in ("@", "/")})


_INSIDE_ADDRESS = re.compile(r"[.\w+-]*@\w")


def _shouted_names(text: str) -> list[tuple[int, int]]:
    """Round seventeen: a text written all in capitals ("I MISS ANSELM SO MUCH", "WHY DOES TARIQ
    ALWAYS DO THIS") has no capitalised token for the scan of ``find_names``; the lower-case rules
    read it in lower case (only where lower-casing keeps every offset). ``str.isupper`` rules out
    every other text."""
    if not text.isupper() or len(text) < 12 or " " not in text:
        return []
    low = text.lower()
    if len(low) != len(text):
        return []
    return _lower_names(low) + _texting_names(low)


_CLEFT_LAST = frozenset("was is it's it’s c'est c’est fue era foi była był".split())


def _person_context(text: str, start: int, end: int, token: str, names: frozenset[str]) -> bool:
    """The names round's context rules (``name_rules``) for an unknown capitalised token: a cleft
    sentence ("It was Teodora who"), a verb whose object is a person ("Should I tell Eamon", "le
    conté a Itziar"), a person's possessive ("Ifeoma's flat"), a clause opener before a subject
    ("When Ezinne found out"), an object pronoun after a subject ("Esteban se lo contó"), a relative
    "who" ("to Siobhan, who"), a vocative ("Olumide, if you read this"). Not a plural-looking word,
    nor a word before another capitalised one (a title, an organisation)."""
    # cheap first tests: the word before is a cue of one of the rules, or the text after goes on as
    # one of them needs
    space_before = text[start - 1:start] == " "
    if space_before and text[start - 2:start - 1].isalpha():
        k = text.rfind(" ", max(0, start - 30), start - 1)
        before_cue = text[k + 1:start - 1].lower().strip("(\"") in name_rules.PREV_CUES
    else:
        before_cue = False
    if not before_cue and not name_rules.after_hit(text, end, token):
        return False
    if token.endswith("s") and token not in names or token in SURNAME_STOP or token in name_rules.TIME_WORDS or \
            token.lower() in _RELATIONS or _NEXT_TOKEN.match(text, end):
        return False
    prev = _words(text[max(0, start - 30):start]) if space_before else []
    if prev:
        raw = text[max(0, start - 30):start].split()[-1]
        if raw[:1].isupper() and prev[-1] not in name_rules.CAPITALISED_CUES:
            return False  # the rest of a name of several capitalised words ("Mathieu Lefèvre m'a")
        if _THE_BEFORE.search(text, max(0, start - 40), start):
            return False
        if prev[-1] in name_rules.NOT_BEFORE_PERSON:  # "in the Midwest who", "on Earth who", "her Property, and he"
            return text[start - 2:start - 1].isalpha() and name_rules.possessive_person(text, end, prev)
    if prev and text[start - 2:start - 1].isalpha() and (  # the word before ends no sentence or clause
            prev[-1] in _CLEFT_LAST and name_rules.cleft(text, start, end) or
            name_rules.tell_before(text, start, prev) or
            name_rules.possessive_person(text, end, prev) or
            name_rules.clause_subject(text, start, end, prev)):
        return True
    if prev and text[start - 2:start - 1].isalpha() and text[start - 2:start - 1].islower() and \
            name_rules.relative_person(text, end, token):
        return True  # mid-sentence: "to Siobhan, who"
    # also after a comma or at a sentence's start
    return name_rules.subject_clitic(text, end, token) or name_rules.vocative(text, start, end, token)


# words that open a sentence before a name without being part of it ("Like Sherry said", "As Tomasz says")
_PAIR_NOT_FIRST = frozenset("""Like As Unlike Per Whereas Though Although Unless Just Even Ask Tell Let Call Thank Meet
Poor Dear Sweet Little Big Young Old Only Both Without With From Apparently Says Said According
Hi Hiya Heya Hey Hello Morning Evening Cheers Thanks Hola Hallo Moin Servus Coucou Salut Ciao Olá Oi Ahoj Cześć""".split())


def _pair_person(text: str, start: int, end: int, token: str, names: frozenset[str]) -> bool:
    """Two capitalised tokens, neither a known name nor a word, in a person context that the pair
    as a whole meets: "Marisela Quintanilla told", "Dagny Holmqvist from my class", "Tancredi
    Guerrieri mi ha chiamato", "Dörthe Lammers hat mich" (names round two). Not three capitalised
    words in a row (a title, an organisation)."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper() or token in _PAIR_NOT_FIRST or token in name_rules.FUNCTION_WORDS or token in name_rules.TIME_WORDS or \
            token in name_rules._DISCOURSE or token in name_rules._INITIAL_ARTICLES or \
            token.lower() in name_rules._LEADS or _not_person_word(token) or token.endswith("s") and token not in names:
        return False  # not "Citizens Advice said"
    nxt = _NEXT_TOKEN.match(text, end)
    if nxt is None:
        return False
    second = nxt.group(1)
    if second in names or _not_person_word(second) or second in NOT_NAMES or second in name_rules.FUNCTION_WORDS or \
            second in name_rules.TIME_WORDS or second in name_rules._DISCOURSE or _NEXT_TOKEN.match(text, nxt.end(1)):
        return False
    pair_end = nxt.end(1)
    # only a strong verb after the pair ("Artificial Intelligence would be" is no person)
    after = _PERSON_AFTER.match(text, pair_end) if text[pair_end:pair_end + 1] in (" ", ",") else None
    if (after is None or after.group("strong") is not None) and _person_around(text, start, pair_end):
        return True
    return _person_context(text, start, pair_end, token, names) or name_rules.initial_subject(text, start, pair_end, token)


def _known_name(token: str) -> bool:
    return token in gazetteer() and token not in AMBIGUOUS


def _known_or_listed(token: str) -> bool:
    return (token in gazetteer() or token in _LISTED) and token not in AMBIGUOUS


def _not_person_word(token: str) -> bool:
    return token in _COMMON_OR_PLACES or token in NOT_NAMES or token in ROLE_WORDS or token in SURNAME_STOP \
        or token in _PLACE_SUFFIXES or token in AMBIGUOUS or token in _HONORIFICS


def _not_person_word_plain(token: str) -> bool:
    """``_not_person_word`` without the ambiguous names (round thirteen: a known name next to one
    vouches for it, "Leyla und Deniz")."""
    return token in _COMMON_OR_PLACES or token in NOT_NAMES or token in ROLE_WORDS or token in SURNAME_STOP \
        or token in _PLACE_SUFFIXES or token in _HONORIFICS


def _public(text: str, start: int, end: int) -> bool:
    following = _NEXT_TOKEN.match(text, end)
    full = text[start:end] + ("_" + following.group(1) if following else "")
    preceding = _PREV_TOKEN.search(text, max(0, start - 30), start)
    return full in PUBLIC_FIGURES or text[start:end] in PUBLIC_FIGURES or (
        preceding is not None and f"{preceding.group(1)}_{text[start:end]}" in PUBLIC_FIGURES) or name_rules.CUES_36A and (
        full in _PUBLIC36 or preceding is not None and f"{preceding.group(1)}_{text[start:end]}" in _PUBLIC36)


_PREV_TOKEN = re.compile(rf"({TOKEN}) $")
_PREV_OPENER = re.compile(rf"({TOKEN}),? $")  # "Anyway, Ferdinand"
name_rules.compile_tokens(TOKEN)
