# A frozen copy of ``shared/pii/detect.py`` at 61a8cc3 (before the PII speed work of issue 10 item 1):
# the oracle ``tests/unit/quality/test_pii_outputs_unchanged.py`` compares ``shared.pii`` with on
# generated strings. Not used by the product. The detection changes of the `piitune` pass of issue 12
# (2026-12-03: URLs, phones, DOBs, id cues, addresses, names), of the `piitune2` pass (2026-12-04:
# profile URLs and sites, national phones, handles, emails, names) and of the `piitune3` pass
# (2026-12-04: IBANs, cued ids with a failed checksum, references, Nordic birth cues, names) and of the `pii5` pass
# (2026-12-04: dotted cards, Finnish/Norwegian/Turkish id cues, "doğum tarihim", CEP, Nordic and Turkish streets) were applied to it as to ``shared/pii``; so were those of PII round twenty-one (2026-12-05: ids of ten more countries by their cues, a PESEL after its cue without a Polish letter, "born '90", a postcode where someone lives), at its merge.
# ruff: noqa
"""PII/PHI detection and redaction for counselling text.

Detectors are regular expressions (``PATTERNS``) whose matches are then validated where a
check exists: Luhn for card numbers, ``python-stdnum`` checksums for national ids (NHS number
mod 11, Spanish DNI/NIE, PESEL, CPF, ...), ``phonenumbers`` for phone numbers in UK, US and
international formats, ``ipaddress`` for IPv6; and context where a pattern alone is
ambiguous (a date is a date of birth only after "born"/"DOB"/"née le"/...; an NHS number
needs "NHS" before it, a US ZIP code a state or "zip", a continental postcode the street
address before it; a number after "version"/"ISBN"/"order" is neither an IP nor a phone).
Names come from ``pii_names`` (cues and a gazetteer). Redaction replaces each span with a
typed placeholder (``[NAME]``, ``[EMAIL]``, ``[PHONE]``, ``[HANDLE]``, ``[POSTCODE]``, ...).

Every pattern runs only where its guard (``prefilter.guard``: literals and digits a match
needs) cannot rule it out, and the validators run only on a pattern's matches, so text
without digits, "@", "http" or a cue pays for little more than one literal scan.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.au import tfn
from stdnum.cz import rc as cz_rc
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr
from stdnum.ar import cuit
from stdnum.bg import egn
from stdnum.cl import rut
from stdnum.ee import ik
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.lt import asmens
from stdnum.my import nric
from stdnum.pk import cnic
from stdnum.si import emso

from shared import prescreen
from shared.pii import name_tagger
from tests.support.pii_reference import names as pii_names
from shared.prefilter import Folded, guard


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    text: str


def luhn_ok(digits: str) -> bool:
    return luhn.is_valid(digits)


_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
           r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
           r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
           r"januar|jänner|februar|märz|juni|juli|oktober|dezember|"
           r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
           r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
           r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
           r"januari|februari|maart|mei|augustus|"
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
_YEAR = r"(?:19|20)\d{2}"
# a day in words (round thirteen): "the twelfth of March 1992", "premier avril 1990", "primero de mayo de 1995"
_DAY_WORDS = (r"premier|primeiro|primero|primo|(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|"
              r"seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
              r"eighteenth|nineteenth|twentieth|thirtieth")
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{_YEAR}|\d{{2}})(?!\d)|{_YEAR}-\d{{2}}-\d{{2}}|"
         rf"(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:{_YEAR}|['’]\d{{2}}(?!\d))|"
         rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)? (?:of |de |di )?(?:{_MONTHS})\.?,?(?: de| of)? (?:{_YEAR}|['’]\d{{2}}(?!\d))|"
         rf"\d{{1,2}}-(?:{_MONTHS})-(?:{_YEAR}|\d{{2}}(?!\d))|{_YEAR}/\d{{1,2}}/\d{{1,2}}(?!\d)|"  # "30-Jan-1998", "30-Jan-98", "1998/01/30", as forms print it
         rf"{_YEAR}年\d{{1,2}}月\d{{1,2}}[日号]|"
         rf"(?:{_DAY_WORDS}) (?:of |de |di )?(?:{_MONTHS}),?(?: de| of)? {_YEAR}|"  # round thirteen: "premier avril 1990"
         rf"(?:{_MONTHS})\.?,? {_YEAR})")
_DOB_CUES = (r"born|date of birth|birth date|birthdate|birthday|b-day|bday|d\.?o\.?b\.?|"
             r"nac[ií]d[oa]|nac[ií]|fecha de nacimiento|n[ée]e?|date de naissance|geboren|geburtsdatum|geb\.|"
             r"data de nascimento|nasci|nascid[oa]|nat[oa]|data di nascita|urodzi(?:łam|łem|ła|ł)(?: się)?|"
             r"urodzon[ya]|data urodzenia|geboortedatum|родил(?:ся|ась)|дата рождения|födelsedatum|född|fødselsdato|"
             r"født|fødd|syntymäaika|syntynyt|doğum tarihi[mn]?")
_DOB_CJK_CUES = r"出生日期|出生于|出生|生日|生于|生まれ"
_DOB_BEFORE = re.compile(rf"(?:\b(?:{_DOB_CUES})(?!\w)|(?<![\w.])(?:b|ur)\.|{_DOB_CJK_CUES})[^\n.!?\d]{{0,22}}$",
                         re.IGNORECASE)
_DOB_AFTER = re.compile(rf"[ \t]*(?:\(?\b(?:{_DOB_CUES})(?!\w)|{_DOB_CJK_CUES})", re.IGNORECASE)
_DOB_CUE = re.compile(rf"\b(?:{_DOB_CUES})(?!\w)|{_DOB_CJK_CUES}", re.IGNORECASE)
_DOB_INITIALS = ("b.", "B.", "ur.", "Ur.", "uR.", "UR.")  # "b. 22.08.1974", Polish "ur. 12.05.1990"
_STREET_EN = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|"
              r"Quay|Wharf|Croft|Mead|Meadows?|View|Vale|Heights|Yard|Circus|Chase|Dale|Gate|Hollow|Parkway|Pkwy|"
              r"Broadway|Embankment|Approach|Cottages|Villas|Mount|Circle|Cir|Loop|Trail|Trl|Plaza|Point|Cres|Gdns|"
              r"Pde|Esplanade|Promenade|Causeway|Fields?|Wynd|Ter|"
              r"Close|Crescent|Grove|Gardens|Square|Sq|Row|Walk|Hill|Mews|Parade|Rise|Green|Park|Highway|Hwy")
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\wà-ÿąćęłńóśźż'’.-]*"
_US_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|"
              "NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_PROFILE_HOSTS = (r"(?:facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|linkedin\.com/in|github\.com|"
                  r"reddit\.com/u(?:ser)?|youtube\.com/(?:c|channel|user)|linktr\.ee|snapchat\.com/add|"
                  r"pinterest\.[a-z.]+|twitch\.tv|vk\.com|t\.me|soundcloud\.com|onlyfans\.com|bsky\.app/profile|"
                  r"tumblr\.com|behance\.net|vsco\.co|kick\.com|ko-fi\.com|patreon\.com|etsy\.com/shop|"
                  r"weibo\.com(?:/u)?|xing\.com/profile|dribbble\.com|deviantart\.com|flickr\.com/(?:people|photos)|"
                  r"paypal\.me|cash\.app|venmo\.com(?:/u)?|about\.me|gofundme\.com/f|"
                  # code hosts, link-in-bio pages, tip jars, podcasts and fundraisers: /name is a person's
                  r"gitlab\.com|codeberg\.org|bitbucket\.org|beacons\.ai|lnk\.bio|bio\.link|solo\.to|linkin\.bio|"
                  r"taplink\.cc|allmylinks\.com|buymeacoffee\.com|pin\.it|anchor\.fm|vimeo\.com|letterboxd\.com|"
                  r"ok\.ru|myspace\.com|etsy\.com/[a-z]{2}(?:-[a-z]{2})?/shop|"
                  r"justgiving\.com/(?:crowdfunding|fundraising|page))/|"
                  # any host's "/@name" is a profile by the fediverse's convention (Mastodon instances,
                  # TikTok, YouTube, Medium, Threads)
                  r"(?:[a-z0-9-]+\.)+[a-z]{2,}/@")
# a person's own subdomain on a blogging or newsletter host ("mendingslowly.substack.com"): the home
# page only, not a post cited as a resource ("x.wordpress.com/2016/06/20/what-makes-...")
_PERSONAL_SUBDOMAIN = (r"(?!www\.)[a-z0-9-]+\.(?:substack|tumblr|blogspot|wordpress|carrd|bandcamp|neocities|weebly|"
                       r"wixsite|livejournal|beehiiv|github|gitlab)\.(?:com|co|org|io)\b")
# any host's profile path: "/in/name", "/u/name", "/user/name", "/profile/name", "/people/...",
# "/members/...", "profile.php?id=...", "vimeo.com/user123" (with or without a scheme, a language
# segment before it: "es.linkedin.com/in/...", "open.spotify.com/user/...")
_PROFILE_PATH = (r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[a-z]{2}(?:-[a-z]{2})?)?"
                 r"/(?:(?:in|u|users?|profiles?|people|members?|authors?|creators?|artists?|athletes|freelancers|~)/"
                 r"|profile\.php\?id=\d|user\d)")
_URL_TAIL = r"[^\s)\"'<>,\]}|]+"
# a person's own site named by its owner: "my website is www.x.co.uk", "my portfolio: <https://x.dev>",
# "see my work at x.com" (the host itself, with or without a path)
PERSONAL_SITE_PATTERN = re.compile(
    r"\b(?:(?i:my|his|her)(?: own| personal| new| old| art| work| photography| coaching| business| therapy)? "
    r"(?i:website|web ?site|site|homepage|home page|portfolio|blog|web ?page)|(?i:see|find|view) my work (?:at|on))"
    r"(?: is| at| was| is at|:| -| –)?[ \t]*<?((?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
    r"(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s)\"'<>,\]}|]*)?)", re.IGNORECASE)
PERSONAL_SUBDOMAIN_PATTERN = re.compile(rf"(?<![\w@/.-])(?:https?://)?{_PERSONAL_SUBDOMAIN}/?(?![\w/.-])",
                                        re.IGNORECASE)
_ID_CUES = (r"dni|nie|pesel|cpf|nif|bsn|sin|social insurance(?: number)?|steuer-?id|steuer-identifikationsnummer|"
            r"idnr|aadhaar|aadhar|pps(?: number| no\.?)?|nir|num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|"
            r"n° de s[ée]cu|s[ée]cu|codice fiscale|ppsn|passport|pasaporte|passeport|passaporto|passaporte|"
            r"paszport|reisepass(?:nummer)?|passnummer|personalausweis(?:nummer)?|ausweis(?:nummer)?|steuernummer|id card|identity card|"
            r"driving licen[cs]e|driver'?s licen[cs]e|carta d'identit[àa]|dowód(?: osobisty)?|"
            r"documento de identidad|carte d'identit[ée]|cartão de cidadão|rg|nhi|personnummer|f[øo]dselsnummer|"
            r"henkil[öo]tunnu(?:s|kse(?:ni|si))|hetu|cpr|burgerservicenummer|rijksregisternummer|ahv|avs|"
            r"registre national|num[ée]ro (?:de registre )?national|niss|insz|"
            r"sozialversicherungsnummer|sv-nummer|medicare(?: card)?|tfn|tax file number|ird|curp|rfc|utr|"
            r"unique taxpayer reference|nino|ni number|national insurance|national id|id number|id no|"
            r"numer dowodu|n[úu]mero de identidad|(?:sa|south african|israeli) id|identity number|teudat zehut|"
            r"id-nummer|ahv-nummer|cpr-nummer|kennitala|nip|krankenversicherungsnummer|versichertennummer|"
            r"krankenkassennummer|health card|ohip|health insurance number|carte vitale|tessera sanitaria|"
            r"tarjeta sanitaria|nss|n[úu]mero de (?:la )?seguridad social|cf|cnp|(?:tc )?kimlik(?: no)?|주민등록번호|"
            # round twenty-one: more countries' personal ids that python-stdnum checks
            r"rut|cuit|cuil|egn|егн|isikukood|asmens kodas|em[šs]o|oib|amka|cnic|nric|mykad|"
            r"resident registration number")

_AB = r"(?<![A-Za-z0-9])"  # an ASCII word start: "\b" is no boundary after a CJK character ("是139...")
_AE = r"(?![A-Za-z0-9])"
_HANDLE_CUES = (r"handle|reddit|insta(?:gram)?|instagramie|ig|snap(?:chat)?|snapie|tik ?tok|tiktoku|twitter|twitterze|discord|discordzie|user ?name|gamer ?tag|telegram|kik|psn|"
                r"xbox(?: live)?|twitch|wechat|skype|bluesky|roblox|steam|pseudo|usuario|benutzername|nutzername|nome utente")
_POSTCODE_CUES = (r"(?i:post ?code|postal code|zip(?: code)?|code postal|postleitzahl|kod pocztowy|"
                  r"c[oó]digo postal|codice postale|eircode|pin ?code)|PLZ|CEP|CAP|C\.P\.|CP|cap(?= è | \d{5},? via )")
_CN_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                "孔向汤欧阳")

EMAIL_PATTERN = re.compile(rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}{_AE}")
# "priya[at]outlook.com", "tom.ashworth88 at gmail dot com" (" at " only before a mail provider, after a
# local part with a digit, "." or "_")
_MAIL_PROVIDERS = (r"gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|protonmail|proton|gmx|btinternet|sky|"
                   r"virginmedia|msn|me|mail|yandex|web|qq|163|orange|free|libero|wp|o2|onet|interia|ymail")
OBFUSCATED_EMAIL_PATTERN = re.compile(
    rf"(?<![\w.@])(?:[A-Za-z0-9._%+-]{{1,40}} ?(?:\[at\]|\(at\)|\{{at\}}|<at>) ?[A-Za-z0-9-]+|"
    rf"[A-Za-z0-9%+-]*[._0-9][A-Za-z0-9._%+-]* (?:at|AT) (?:{_MAIL_PROVIDERS})|"
    rf"[A-Za-z0-9]+(?: (?:dot|DOT) [A-Za-z0-9]+)+ (?:at|AT) (?:{_MAIL_PROVIDERS}))"  # "jonah dot reyes at outlook dot com"
    r"(?:(?: ?(?:\[dot\]|\(dot\)|\{dot\}) ?| (?:dot|DOT) |\.)[A-Za-z]{2,})+(?![\w.])", re.IGNORECASE)
FEDIVERSE_PATTERN = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NHS_AFTER_PATTERN = re.compile(rf"{_AB}(\d{{3}}[ -]?\d{{3}}[ -]?\d{{4}}){_AE}(?=[^\n\d]{{0,20}}\b(?:NHS|CHI)\b)")
# A street suffix that is also a common word (Park, Green, Hill, Way, ...) needs an address around it
# after a street: a town after a comma, a postcode, or the end of the line ("24 Hour Park Run" is none)
_ADDRESS_AFTER = re.compile(r", [A-Z]|,? [A-Z]{1,2}\d|[ \t]*(?:\n|$)")
_RISKY_STREET = re.compile(r"(?:Way|Place|Pl|Square|Sq|Row|Walk|Hill|Rise|Green|Park|Court|Ct|Gardens|View|Vale|"
                           r"Heights|Yard|Chase|Dale|Gate|Hollow|Mount|Circle|Loop|Trail|Plaza|Point|Fields?|Approach|"
                           r"Meadows?|Mead|Broadway)\.?$")
_ADDRESS_CONTEXT = re.compile(r"\b(?:address|live|lives|living|lived|moved|staying|stay|at|flat|house|home)\b"
                              r"[^\n]{0,12}$", re.IGNORECASE)
EN_ADDRESS_PATTERN = re.compile(rf"(?:\b(?i:Flat|Apt|Apartment|Unit|Suite)\.? #?(?:(?=[\w/]{{0,4}}\d)[\w/]{{1,5}}|[A-Za-z]\b),? "
                           rf"(?:{_CAP}(?: {_CAP})? (?:Court|House|Mansions|Lodge|Tower|Building|Heights|Point|"
                           rf"Apartments|Hall|Block|Works|Mill),? )?)?\b(?:\d{{1,4}}[A-Za-z]?/)?\d{{1,5}}(?:-\d{{1,5}})?[A-Za-z]?,? "
                           rf"(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th)) ){{1,3}}(?:{_STREET_EN})\b\.?"
                           rf"(?: (?:[NSEW]|NE|NW|SE|SW)\b(?![.'’]\w))?"  # "55 Bloor St W"
                           rf"(?:,? (?:Apt|Unit|Suite|Flat)\.? ?#?\w{{1,4}})?")
# a lower-case street after a cue ("i live at 27 elm road")
LOWER_ADDRESS_PATTERN = re.compile(
    r"\b(?:live|lives|living|lived|staying|stay|moved|moving|address is|address:|house is|home is|flat is)"
    r"(?: at| to| in| on)? (\d{1,5}[a-z]?,? (?:[a-z]+ ){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|close|"
    r"crescent|grove|gardens|way|place|terrace|court|square|row|walk|hill|mews|parade|rise|green|park|boulevard|blvd)"
    r")\b")
NI_PATTERN = re.compile(r"\b(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b",
                        re.IGNORECASE)
NHS_PATTERN = re.compile(r"\b(?P<cue>nhs|n\.h\.s\.?|chi|hospital|patient|health|medical|mrn|gp|surgery)\b[^\d\n]{0,25}?"
                         rf"{_AB}(\d{{3}}[ -]?\d{{3}}[ -]?\d{{4}}){_AE}", re.IGNORECASE)
CUED_ID_PATTERN = re.compile(rf"\b(?P<cue>{_ID_CUES})\b[^\w\n]{{0,3}}(?:(?:number|numer|no|nr|is|es|ist|to|é|è|est|c'est|c’est|är|er|"
                             rf"é o|è il|nummer|numéro|número|numero|lautet|wynosi|numaram|numarası|on|le|el|ul|meu|mea|este|е|yra|je|jest)\b\.?[^\w\n]{{0,3}}){{0,3}}"
                             rf"([A-Z0-9](?:[A-Z0-9]|[ .-](?=[A-Z0-9])){{6,24}})", re.IGNORECASE)
CHECKSUM_ID_PATTERN = re.compile(r"\b(?:[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]|\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z]|"
                                 r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{1,2}\.\d{3}\.\d{3}-?[A-Z])\b")  # codice fiscale, DNI, NIE, CPF: checksums
BORN_YEAR_PATTERN = re.compile(r"(?:(?<=[Bb]orn )|(?<=[Bb]orn in ))(['’]\d\d)(?![\w'’])")
PESEL_PATTERN = re.compile(rf"{_AB}\d{{11}}{_AE}")
_POLISH = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_PESEL_CUE = re.compile(r"\bpesel\b", re.IGNORECASE)  # "numer PESEL mojej mamy: ..." without a Polish letter
CN_ID_PATTERN = re.compile(rf"{_AB}[1-9]\d{{5}}(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}[\dXx]"
                           rf"{_AE}")  # Chinese resident id: checksum
UK_POSTCODE_PATTERN = re.compile(r"(?<!#)\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b|"
                                 r"(?<!#)\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}\b")  # "m13 9pl" in chat
AFTER_ADDRESS_POSTCODE_PATTERN = re.compile(r"(?<=, )(\d{5}-\d{3}|\d{5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{4}) "
                                            r"(?=[A-ZÀ-ÖØ-ÞŁŚŻİĞŞÇ])")
# A continental postcode where someone lives, before its place ("j'habite à 75011 Paris", "mieszkam w
# 00-950 Warszawa", "moro em 01310-100 São Paulo"): a word of living or of an address in the clause
# before it (round twenty-one)
_LIVING_CUES = (r"live|lives|living|lived|moved to|move to|moving to|staying in|based in|address|adresse|adres|adresa|"
                r"direcci[oó]n|domicilio|indirizzo|morada|endere[cç]o|wohne|wohnen|wohnt|wohnhaft|lebe|lebt|habite|"
                r"habitons|habitez|habites|vis|vit|vivo|vive|vives|vivimos|moro|mora|moramos|abito|abita|abiti|abitiamo|"
                r"mieszkam|mieszka|mieszkamy|woon|woont|wonen|verhuisd|bor|asun|asuu|asumme|bydl[ií]m|bydl[ií]|"
                r"oturuyorum|ya[sş][ıi]yorum|resido|reside|residente|domiciliad[oa]|osoitteessa")
_PLACE_NOT = (r"(?:Euro|Euros|EUR|Dollar|Dollars|USD|Franken|CHF|Kronen|Kroner|Kronor|Pfund|Z[łl]oty|PLN|Reais|Pesos|Yen|"
              r"Meter|Metern|Kilometer|Km|Schritte|Tage|Tagen|Stunden|Minuten|Leute|Leuten|Menschen|Einwohner|"
              r"Followers?|Abonnenten|Likes|Punkte|Kalorien|Jahre|Jahren|Monate|Monaten)\b")
LIVING_POSTCODE_PATTERN = re.compile(
    r"(?<![\w-])(\d{5}-\d{3}|\d{5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}(?= )|\d{3} \d{2}|(?!19|20)\d{4}|\d{6})"
    rf" (?!{_PLACE_NOT})(?=[A-ZÀ-ÖØ-ÞŁŚŻČŘŠŽ][a-zà-ÿąćęłńóśźżčřšžů])")
_LIVING_BEFORE = re.compile(rf"\b(?:{_LIVING_CUES})\b[^\n\d.!?]{{0,30}}$", re.IGNORECASE)  # the cue, in the clause
# Czech and Slovak birth number (rodné číslo) after its cue, written with "/" (names round two)
CZ_RC_PATTERN = re.compile(r"(?<![\w.])(?:[Rr]odn[ée] [čc][íi]slo|RČ|R\. ?Č\.)(?!\w)[^\w\n]{0,3}"
                           r"(?:(?:je|mám|mam|moje|is|:)(?!\w)[^\w\n]{0,3}){0,2}(\d{6}/?\d{3,4})(?![\d/])")
# a New Zealand postcode after the town that follows a street address ("5 Cuba Street, Te Aro,
# Wellington 6011"): valid only right after an ADDRESS span (names round two)
AFTER_CITY_POSTCODE_PATTERN = re.compile(r"(?<=, )(?:[A-Z][a-zāēīōū]+(?: [A-Z][a-zāēīōū]+)?, ){0,2}"
                                         r"[A-Z][a-zāēīōū]+(?: [A-Z][a-zāēīōū]+)? (\d{4})(?![\d/])")
EIRCODE_PATTERN = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b")
CUED_HANDLE_PATTERN = re.compile(rf"\b(?P<cue>{_HANDLE_CUES})\b(?: (?:name|id|account|handle))?"
                                 r"(?P<filler>(?: [a-z]+){0,2} (?:ist|is|was|it's|it’s|its|c'est|c’est|es|é|è|jestem|soy|sono|sou|suis|ben|bin)|'s|’s|:|：|"
                                 r" -|,) ?"
                                 r"(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.#-]{0,30}[A-Za-z0-9_])?)(?![\w@])",
                                 re.IGNORECASE)
REDDIT_PATTERN = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b")
# a handle, then its platform: "I'm lizzie_draws on tumblr" (a "_", "." or digit inside it)
HANDLE_ON_PATTERN = re.compile(r"(?<![\w@./])([a-z0-9_](?:[a-z0-9_.]{1,28})[a-z0-9_]) on (?i:insta(?:gram)?|ig|"
                               r"tik ?tok|snap(?:chat)?|twitter|tumblr|discord|twitch|reddit|threads|bluesky|"
                               r"telegram|kik|pinterest|youtube|roblox|steam|xbox|psn)\b")
CJK_HANDLE_PATTERN = re.compile(r"(?:微信号?|(?<![A-Za-z])QQ号?|抖音号?|微博)(?:是|为|：|:)? ?([A-Za-z][A-Za-z0-9_-]{4,30})")

# An International Bank Account Number: a country code, two check digits and the account (BBAN),
# compact or in groups ("DE89 3704 0044 0532 0130 00", Italian "IT 40 S 05428 11101 000000123456"),
# either case. The match may run into the words after it ("... 3307 66 and"): the validator cuts
# it back at a space to the country's length (``_IBAN_LENGTHS``)
IBAN_PATTERN = re.compile(rf"{_AB}[A-Z]{{2}} ?\d{{2}}(?: ?[A-Z0-9]){{11,30}}{_AE}", re.IGNORECASE)
_IBAN_LENGTHS = {cc: int(n) for cc, n in (item.split(":") for item in (
    "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 DE:22 DK:18 DO:28 "
    "EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 "
    "IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18 "
    "NO:15 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27 ST:25 SV:28 TL:23 TN:24 "
    "TR:26 UA:29 VA:22 VG:24 XK:20").split())}
# An explicit cue before it ("my IBAN is", "Konto", "rekeningnummer", "numer konta", "RIB"): with one,
# a number of the country's length is reported even when its check digits fail (a client's typo)
_IBAN_CUE = re.compile(r"\b(?:iban|rib|account|acct|konto|kontonummer|bankkonto|bankverbindung|rekening|"
                       r"rekeningnummer|conto|cuenta|compte|conta|numer konta|bank details)\b[^\n]{0,30}$",
                       re.IGNORECASE)
# An organisation's account (a charity's donations, a company's invoices) is no one's personal data,
# unless a first-person possessive follows the organisation word ("the charity paid into my account")
_IBAN_ORGANISATION = re.compile(r"\b(?:charity|charit[ée]|donat\w*|donazion\w*|spende\w*|verein\w*|stiftung|"
                                r"company|business|ltd|limited|gmbh|e\.\s?v\.|association|associazione|asociaci[óo]n|"
                                r"fundaci[óo]n|fondation|fondazione|foundation|clinic's|clinic’s|practice's|"
                                r"invoices?|registered|onlus|vzw|stichting)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:my|mein|meine|meinem|meiner|mi|mis|mon|ma|mes|mijn|mój|moja|mojego|mojej|mio|mia|"
                           r"meu|minha|min|mitt|mina)\b", re.IGNORECASE)


def _iban(value: str, text: str, start: int) -> int | None:
    """The length of the IBAN at the start of ``value`` (cut at a space), or None: its check digits
    valid, or, after an explicit cue, the country's length; not an organisation's account."""
    cut = len(value)
    cued = None
    while cut > 0:
        candidate = value[:cut]
        compact = candidate.replace(" ", "").upper()
        length = _IBAN_LENGTHS.get(compact[:2])
        if length is None:
            return None
        if len(compact) == length:
            if not _valid(stdnum_iban.is_valid, compact):
                if cued is None:
                    cued = _IBAN_CUE.search(text, max(0, start - 40), start) is not None
                if not cued or not compact[2:4].isdigit():
                    return None
            before = text[max(0, start - 80):start]
            org = None
            for org in _IBAN_ORGANISATION.finditer(before):
                pass
            if org is not None and not _FIRST_PERSON.search(before, org.end()):
                return None
            return cut
        if len(compact) < length:
            return None
        cut = candidate.rfind(" ")
    return None

PATTERNS: tuple[tuple[str, re.Pattern, int], ...] = (
    # (kind, pattern, group holding the PII); earlier detectors claim characters first
    ("HANDLE", FEDIVERSE_PATTERN, 0),  # @rowan@mastodon.social, before EMAIL takes its tail
    ("EMAIL", EMAIL_PATTERN, 0),
    ("EMAIL", OBFUSCATED_EMAIL_PATTERN, 0),
    ("URL", re.compile(rf"(?<![\w@/.-])(?:https?://)?(?:www\.|m\.|[a-z]{{2}}\.)?(?:{_PROFILE_HOSTS})(?<=[@/]){_URL_TAIL}|"
                       rf"(?<![\w@/.-]){_PROFILE_PATH}{_URL_TAIL}|"
                       r"\bhttps?://[^\s)\"'<>]+/(?:users?|profiles?|members?|~)[/=][^\s)\"'<>,]+",
                       re.IGNORECASE), 0),
    ("URL", PERSONAL_SUBDOMAIN_PATTERN, 0),  # no "/" needed: "soft-static.carrd.co"
    ("URL", PERSONAL_SITE_PATTERN, 1),
    ("IBAN", IBAN_PATTERN, 0),  # before the digit detectors take its groups
    ("SSN", re.compile(r"\b(?:ssn|ss#|social security(?: number| no\.?| #)?|social)\b[^\w\n]{0,3}(?:is )?"
                       r"(?:number |no\.? |# ?)?(\d{3}[-–. ]?\d{2}[-–. ]?\d{4})\b", re.IGNORECASE), 1),
    ("SSN", re.compile(r"\b(?!000|666|9\d\d)\d{3}([-– ])(?!00)\d{2}\1(?!0000)\d{4}\b"), 0),
    ("NATIONAL_ID", CN_ID_PATTERN, 0),
    ("NATIONAL_ID", NHS_PATTERN, 2),
    ("NATIONAL_ID", NHS_AFTER_PATTERN, 1),
    ("NATIONAL_ID", NI_PATTERN, 0),  # UK NI number
    ("NATIONAL_ID", CUED_ID_PATTERN, 2),
    ("NATIONAL_ID", CHECKSUM_ID_PATTERN, 0),
    ("NATIONAL_ID", PESEL_PATTERN, 0),
    ("NATIONAL_ID", CZ_RC_PATTERN, 1),
    ("CARD", re.compile(rf"{_AB}(?<!\d\.)(?:\d[ -]?){{12,18}}\d{_AE}|{_AB}\d{{4}}(?:\.\d{{4}}){{2}}\.\d{{1,7}}{_AE}"), 0),
    ("IP", re.compile(rf"{_AB}(?<!\d\.)(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){{3}}(?:25[0-5]|2[0-4]\d|1?\d?\d){_AE}(?!\.\d)"),
     0),
    ("IP", re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}:?(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?![\w:])",
                      re.IGNORECASE), 0),
    ("DOB", re.compile(rf"(?<![A-Za-z0-9])(?:{_DATE})", re.IGNORECASE), 0),  # a date with a birth cue by it
    ("DOB", BORN_YEAR_PATTERN, 1),  # "born '90", "born in ’87": a year written as only a birth year is
    # not right after "=": a URL's parameter ("&qid=1471479801")
    ("PHONE", re.compile(r"(?<![A-Za-z0-9_+/.=-])(?:(?:\+|00|\(\+)\d{1,3}\)?[ .-]?(?:\(0\)[ .-]?|\(\d{1,5}\)[ .-]?)?|"
                         r"\(\d{2,5}\)[ .-]?|0\d{1,4}(?: ?/ ?| - ))?"  # a trunk-prefixed area code before "/" or " - "
                         r"\d(?:[ .-]?\d){6,13}(?![A-Za-z0-9_/]|[.-]\d)"), 0),
    ("ADDRESS", EN_ADDRESS_PATTERN, 0),
    ("ADDRESS", re.compile(rf"\b\d{{1,4}}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|"
                           rf"impasse|quai|cours|route)(?: (?:de la|de l'|des|du|de|d'))? ?{_CAP}(?: {_CAP})?"), 0),
    ("ADDRESS", re.compile(r"\b\d{1,5}[A-Za-z]? (?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:way|gate)\b(?=,? [A-Z])"), 0),
    ("ADDRESS", re.compile(rf"(?:\b(?:Calle|C/|Avenida|Avda\.|Av\.|Plaza|Paseo|Carrer|Camino|Rua|Avenida|Travessa|"
                           rf"calle|c/|avenida|rua|travessa|ulica|ulicy|Ulicy|viale|piazza|corso|(?<=\bin )via|(?<=\d{{5}}, )via|(?<=\d{{5}} )via|"
                           rf"Largo|Praça|Alameda|Via|Viale|Piazza|Corso|Vicolo|Piazzale|ul\.|ulica|al\.|aleja|"
                           rf"os\.|pl\.)) (?:(?:de la|de|del|da|do|dos|das|di|dei|degli|delle|della|dello) )?"
                           rf"{_CAP}(?: {_CAP})?,? (?:n\.? ?[º°o]\.? ?|nr\.? ?)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?(?: m\. ?\d{{1,4}})?\b"), 0),
    # German, Dutch and Scandinavian compounds ("Schillerstraße 14b", "Keizersgracht 123-II" with its
    # floor, "Götgatan 48", "Nørrebrogade 12")
    ("ADDRESS", re.compile(r"\b(?!(?:String|Spring|Offspring|Herring|Earring|Keyring|Bring|Stirring|Referring|Occurring|Preferring|Recurring|"
                           r"Transferring|Conferring|Deterring|Blurring|Spurring|Starring|Scarring|Sparring|Barring|Inferring|Deferring)\b)"
                           r"[A-ZÄÖÜÅØÆ][\wäöüßåøæ-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|(?<![aeiouy])ring|damm|ufer|"
                           r"straat|laan|gracht|plein|steeg|gatan|vägen|gata|gränd|gade|vej|veien|gaten|katu|"
                           r"(?: (?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring)))"
                           r" \d{1,4}(?:[a-z]|[A-H](?!\w))?(?:/\d{1,4}[a-z]?|-(?:I{1,3}V?|hs|huis|bis)(?![\w-]))?\b"
                           r"(?: [A-H](?: \d{1,3})?(?!\w))?"), 0),  # "Storgatan 12B", "Aleksanterinkatu 15 A 3" (mirrored 2026-12-06: a generated "Hauptstraße 5A" differed)
    # Norwegian and Danish streets written apart, before a postcode ("Thorvald Meyers gate 30, 0555 Oslo"), Turkish ones ("Bağdat Caddesi No: 112")
    ("ADDRESS", re.compile(rf"\b{_CAP}(?: {_CAP})? (?:gate|gata|gatan|vei|veien|vej|gade) \d{{1,4}}[A-Za-z]?\b(?=,? \d{{4}} [A-ZÆØÅ])|"
                           rf"\b{_CAP} (?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı) (?:No ?[:.]? ?)?\d{{1,4}}[A-Za-z]?\b"
                           rf"(?:,? (?:Daire|D\.|D:|Kat|K\.|K:) ?\d{{1,3}}\b)?"), 0),  # with the flat ("Daire 4", "D:5")
    ("ADDRESS", re.compile(r"(?:(?<=[区市县镇省])|(?<![\u4e00-\u9fff]))(?:(?![区市县镇省])[\u4e00-\u9fff]){1,5}"
                           r"(?:路|大街|街|大道|巷|胡同|弄)\d{1,5}号(?:\d{1,4}(?:栋|号楼|单元|楼|层|室))*"), 0),
    # Japanese: a district, its chōme and block numbers ("北沢2丁目14-7")
    ("ADDRESS", re.compile(r"(?:(?<=[区市町村都道府県])|(?<![\u4e00-\u9fff]))(?:(?![区市町村都道府県])[\u4e00-\u9fff]){1,5}"
                           r"\d{1,2}丁目\d{1,4}(?:[-－]\d{1,4}){0,2}(?:番地?|号)?"), 0),
    ("ADDRESS", LOWER_ADDRESS_PATTERN, 1),
    ("ADDRESS", re.compile(r"\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|"
                           r"Vor dem) (?!(?:Jahr|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                           r"November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Moment|"
                           r"Ende|Anfang|Alter|Schnitt|Durchschnitt|Prinzip|Grunde|Monat|Tag)\b)[A-ZÄÖÜ][\wäöüß-]+ "
                           r"\d{1,3}[a-z]?(?=,|[ \t]*(?:\n|$)|[ \t]+\d{5}\b)"), 0),
    # a street without a number where someone lives ("we live on Elm Street", "moved to Mill Lane")
    ("POSTCODE", UK_POSTCODE_PATTERN, 0),
    ("POSTCODE", re.compile(r"\b(?:post ?code|postal code)(?: is|:)? ([a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})\b",
                            re.IGNORECASE), 1),
    ("POSTCODE", re.compile(rf"\b(?:(?:{_US_STATES}),? |zip(?: code)?(?: is|:)? )(\d{{5}}(?:-\d{{4}})?)\b"), 1),
    ("POSTCODE", re.compile(r"\bzip(?: code)?(?: is|:)? (\d{5}(?:-\d{4})?)\b", re.IGNORECASE), 1),
    ("POSTCODE", re.compile(r"\b(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA),? (\d{4})\b"), 1),  # Australia
    ("POSTCODE", re.compile(r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
                            r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
                            r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
                            r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
                            r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
                            r"Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming),? (\d{5}(?:-\d{4})?)\b"), 1),
    ("POSTCODE", re.compile(r"〒 ?(\d{3}-?\d{4})(?!\d)"), 1),  # Japan
    ("POSTCODE", re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"), 0),  # Canada
    ("POSTCODE", EIRCODE_PATTERN, 0),  # with an Irish place or "Eircode" on its line
    ("POSTCODE", re.compile(rf"\b(?:{_POSTCODE_CUES})\b[^\w\n]{{0,3}}(?:(?:is|es|ist|est|é|è|to)[^\w\n]{{1,3}})?"
                            rf"(\d{{5}}-\d{{3}}(?!\d)|\d{{5}}(?:-\d{{4}})?|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{4}} ?[A-Z]{{2}}|\d{{4,6}}){_AE}"),
     1),
    ("POSTCODE", re.compile(r"(?:邮编|邮政编码)(?:是|为|：|:)? ?(\d{6})(?!\d)"), 1),
    ("POSTCODE", AFTER_ADDRESS_POSTCODE_PATTERN, 1),
    ("POSTCODE", LIVING_POSTCODE_PATTERN, 1),
    ("POSTCODE", AFTER_CITY_POSTCODE_PATTERN, 1),
    ("HANDLE", re.compile(r"(?<![A-Za-z0-9_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)"), 0),
    ("HANDLE", REDDIT_PATTERN, 0),
    ("HANDLE", HANDLE_ON_PATTERN, 1),
    ("HANDLE", CUED_HANDLE_PATTERN, "h"),
    ("HANDLE", CJK_HANDLE_PATTERN, 1),
)

# -- validation ------------------------------------------------------------------------------

_NOT_AN_IP = re.compile(r"(?:version|ver\.?|v|build|release|windows|ios|android|update|chrome|firefox|"
                        r"python|app|zoom|software|firmware)\s*$", re.IGNORECASE)
_NOT_A_PHONE = re.compile(r"\b(?:order|ref|reference|invoice|account|acct|isbn|issn|case|policy|tracking|booking|"
                          r"membership|member|serial|claim|ticket|receipt|transaction|nhs|id|dni|pesel|cpf|bsn|"
                          r"nif|sin|aadhaar|ssn|social|card|iban|sort code|routing|pin|otp|code|build|version)\b"
                          r"[^\d\n]{0,12}$",
                          re.IGNORECASE)
_PHONE_CUE = re.compile(r"(?:call|text|ring|phone|number|mobile|cell|tel|whatsapp|reach|contact|landline|sms|"
                        r"móvil|movil|teléfono|telefono|número|numero|numéro|appeler|appelle|portable|tél|"
                        r"handy|telefon|erreichen|nummer|anrufen|telefone|telemóvel|telemovel|celular|ligar|"
                        r"cellulare|chiamami|chiamare|numer|komórka|komórkowy|zadzwoń|dzwoń|zadzwon|llám|llam|"
                        r"liga|ligue|escríbe|escrib|wasap|whats|ruf|scrivimi|écris|napisz|电话|手机|号码|联系|打给|"
                        r"fijo|fisso|festnetz|erreichbar|\bbel\b|bellen|mobiel|recapito|kontakt|携帯|電話|番号|연락처|전화|번호|"
                        r"mobil|ring mig|ring meg|ringe|puhelin|soita|telefonnummer)"
                        r"[^\n]{0,30}$", re.IGNORECASE)
# the tail of a code of letters and digits ("1Z 999 AA1 01 2345 6784" is a parcel's tracking code)
_CODE_BEFORE = re.compile(r"\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,} $")
_ALONE_ON_LINE = re.compile(r"[ \t]*(?:\n|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_DATE_LIKE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}")
# a national number does not open with a year and a separator; nor does it continue an account
# number ("IT 40 S 05428 11101 ...", "IBAN DE12 ...")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[ ./-]")
_IBAN_RUN_BEFORE = re.compile(r"\b[A-Z]{2} ?\d{2}(?: [A-Z0-9]{1,6})* $")
_FR_SHAPE = re.compile(r"0[1-9](?:[ .]\d\d){4}$")


def _valid_in(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


_UK_SHAPE = re.compile(r"(?:\+44 ?(?:\(0\) ?)?|0)(?:\d ?){9,10}$")
_US_SHAPE = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}$")
_OTHER_REGIONS = ("FR", "DE", "ES", "IT", "PT", "PL", "NL", "IE", "AU", "IN", "CA", "BE", "CH", "AT", "SE", "NG",
                  "CN", "BR", "MX", "ZA", "NZ", "JP", "KR", "NO", "DK", "FI", "TR", "AR", "CO", "KE", "PH", "SG")
# Public helplines are not personal data (Samaritans, Mind, CALM, Shout, 988, ...)
HELPLINES = frozenset({
    "116123", "03001233393", "0800585858", "85258", "08001111", "988", "8002738255", "08088084994",
    "03005000927", "08000684141", "08457909090", "111", "999", "08088005000", "08082000247", "03003047000",
    "08088010677", "741741", "8007997233", "8006624357", "8775658860", "8773306366", "8664887386",
    # Telefonseelsorge, SOS Amitié, 3114, Teléfono de la Esperanza, 024, Telefono Amico, CVV, Lifeline AU,
    # Beyond Blue, Kids Helpline, 9-8-8 Canada, Pieta, NAMI, Childline, Papyrus, Nightline
    "08001110111", "08001110222", "116111", "0972394050", "3114", "717003717", "024", "0223272327", "188",
    "131114", "1300224636", "1800551800", "8334564566", "1800247247", "8009506264", "1737", "08004784478",
    "08000684141", "2074311234", "0800111000", "116117",
})
# A number named as a helpline ("Samaritans on 116 123", "the crisis line 0800 ...") is public
_HELPLINE_BEFORE = re.compile(r"(?:helpline|hotline|lifeline|samaritans|crisis (?:line|team)|seelsorge|sos amiti|"
                              r"beyond blue|telefono amico|tel[ée]fono de la esperanza|l[ií]nea|ligne d'[ée]coute|"
                              r"befrienders|shout|childline|papyrus|nightline|crisis text|support line|advice line|"
                              r"info ?line|switchboard|reception|the clinic|the surgery|the practice|the service|"
                              r"freephone|free ?phone|toll[- ]free|linha|telefone amigo|cvv|telefon zaufania|热线|embassy|consulate|"
                              r"botschaft|konsulat|ambassade|consulat|embajada|consulado|ambasciata|consolato|ambasada)"
                              r"[^\n]{0,25}$", re.IGNORECASE)
_UK_POSTCODE_NOT = frozenset({"PHQ", "GAD"})


# Numbers that belong to organisations by their type: freephone, premium-rate, shared-cost and
# UK 03 numbers ("Breathing Space on 0800 83 85 87", "Clinic: 0300 123 4567"), unless a possessive
# says whose line it is ("my work phone is 0300 ...", "my mum's number: 1-800-...")
_ORGANISATION_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                                 phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN})
_WHOSE = re.compile(r"\b(?:my|his|her|their|mi|mon|ma|mein|meine|meu|minha|mio|mia|mój|moja)\b|\w['’]s\b|"
                    r"\b(?:call|text|ring|phone|reach|contact|message|whatsapp) me\b|"  # "call me on 098203 45718"
                    r"\b(?:ruf mich an|ruf mich|schreib mir|llámame|llamame|escríbeme|appelle-moi|appelez-moi|chiamami|"
                    r"scrivimi|liga-me|ligue-me|me liga|zadzwoń do mnie|bel me|beni ara)\b",
                    re.IGNORECASE)


_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _national_hint(value: str, text: str) -> tuple[str, ...] | None:
    """Regions a national number's writing points to before the UK and US: a trunk area code
    before "/" is the German and Austrian convention ("030 / 84 71 92 55"); Japanese or Korean
    script around it ("携帯は090-1234-5678")."""
    if "/" in value:
        return ("DE", "AT", "CH")
    if not text.isascii():
        if _KANA.search(text):
            return ("JP",)
        if _HANGUL.search(text):
            return ("KR",)
    return None


def _organisation_number(value: str, text: str, start: int) -> bool:
    """Whether a number found is an organisation's line by its type, with no possessive before it."""
    if _WHOSE.search(text, max(0, start - 40), start):
        return False
    intl = value.startswith(("+", "00", "(+"))
    if intl:
        value = "+" + value[2:] if value.startswith("00") else value.replace("(+", "+", 1).replace(")", " ", 1)
    # national: a UK number starts with its trunk "0", a North American one does not; their
    # organisation ranges start 03/08/09 and 8xx/9xx, so other numbers skip the parse (~120 us)
    digits = re.sub(r"\D", "", value)
    if not intl and _national_hint(value, text):
        return False  # a German or Japanese number, not a UK range
    region = None if intl else "GB" if digits.startswith("0") else "US"
    if region == "GB" and digits[1:2] not in ("3", "8", "9") or \
            region == "US" and (digits[1:2] if digits.startswith("1") else digits[:1]) not in ("8", "9"):
        return False
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _ORGANISATION_TYPES


_PAIRS = re.compile(r"\d\d(?: \d\d){3}$")  # a Danish or Norwegian number as written: "22 45 67 89"


def _phone_ok(value: str, text: str, start: int) -> bool:
    digits = re.sub(r"\D", "", value)
    pairs = len(digits) == 8 and _PAIRS.match(value) is not None
    if not 9 <= len(digits) <= 15 and not (value.startswith("+") and len(digits) >= 8) and not pairs:
        return False
    if digits in HELPLINES or digits[1:] in HELPLINES and digits[0] == "1" or (
            _DATE_LIKE.search(value) and not _FR_SHAPE.match(value)):  # "01.42.68.53.00" is no date
        return False
    before = text[max(0, start - 40):start]
    if _NOT_A_PHONE.search(before) or _HELPLINE_BEFORE.search(before) or _CODE_BEFORE.search(before) or \
            _REFERENCE_BEFORE.search(before) or _IBAN_RUN_BEFORE.search(before):
        return False
    if _YEAR_FIRST.match(value):
        return False  # "2024-0041-887", "2024 118 943": a file's reference
    if pairs:  # eight digits in pairs: a Danish or Norwegian number, after a phone cue
        return _PHONE_CUE.search(before) is not None and (_valid_in(value, "DK") or _valid_in(value, "NO"))
    if value.startswith(("+", "00", "(+")):
        intl = value.replace("(+", "+", 1).replace(")", " ", 1) if value.startswith("(+") else value
        try:
            number = phonenumbers.parse("+" + intl[2:] if intl.startswith("00") else intl, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(number)
    compact = re.sub(r"[ .-]", "", value)
    hint = _national_hint(value, text)
    if hint is not None and any(_valid_in(value, region) for region in hint):
        return True
    for region in ("GB", "US"):
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    if _FR_SHAPE.match(value) and _valid_in(value, "FR"):
        return True
    if _UK_SHAPE.match(compact if compact.startswith("0") else "") or _US_SHAPE.match(value):
        return True  # the shape, in fictional ranges too (07700 900xxx, 555-01xx)
    if _PHONE_CUE.search(before) or _ALONE_ON_LINE.match(text, start + len(value)) and _LINE_START.search(before):
        # after a cue, or alone on its line (a signature: "Maarten Visser\n06 2847 1930")
        for region in _OTHER_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                    return True
            except phonenumbers.NumberParseException:
                continue
    return False


_ID_CHECKS = (
    # (cue prefix, validators, accepted length of the compact value when the checksum fails)
    (("dni", "nie"), (dni.is_valid, nie.is_valid), (8, 9)),  # 8: an Argentinian DNI
    (("nip",), (nip.is_valid,), (10,)),
    (("pesel",), (pesel.is_valid,), (11,)),
    (("cpf",), (cpf.is_valid,), (11,)),
    (("nif",), (nif.is_valid, dni.is_valid, nie.is_valid), (9,)),
    (("bsn",), (bsn.is_valid,), (8, 9)),
    (("sin", "social"), (sin.is_valid,), (9,)),
    (("steuer", "idnr"), (idnr.is_valid,), (11,)),
    (("aadhaar", "aadhar"), (aadhaar.is_valid,), (12,)),
    (("pps",), (pps.is_valid,), (8, 9)),
    (("registre national", "numéro national", "numero national", "numéro de registre", "numero de registre", "niss",
      "insz"), (nn.is_valid,), (11,)),  # Belgium (names round): before "num..." is taken for a NIR
    (("numer dowodu", "número de", "numero de"), (), tuple(range(6, 19))),  # not a NIR ("num...")
    (("nir", "num", "n°", "séc", "sec"), (nir.is_valid,), (13, 15)),
    (("codice", "cf"), (codicefiscale.is_valid,), (16,)),
    (("cnp",), (cnp.is_valid,), (13,)),  # Romania
    (("tc", "kimlik"), (tckimlik.is_valid,), (11,)),  # Turkey
    (("주민등록번호", "resident registration"), (rrn.is_valid,), (13,)),  # South Korea
    # round twenty-one: a cue and the id's checksum, or its length
    (("rut",), (rut.is_valid,), (8, 9)),  # Chile ("21.534.066-K")
    (("cuit", "cuil"), (cuit.is_valid,), (11,)),  # Argentina
    (("egn", "егн"), (egn.is_valid,), (10,)),  # Bulgaria
    (("isikukood", "asmens"), (ik.is_valid, asmens.is_valid), (11,)),  # Estonia, Lithuania
    (("emšo", "emso"), (emso.is_valid,), (13,)),  # Slovenia
    (("oib",), (oib.is_valid,), (11,)),  # Croatia
    (("amka",), (amka.is_valid,), (11,)),  # Greece
    (("cnic",), (cnic.is_valid,), (13,)),  # Pakistan
    (("nric", "mykad"), (nric.is_valid,), (12,)),  # Malaysia
    (("tfn", "tax file"), (tfn.is_valid,), (8, 9)),
    (("personnummer",), (personnummer.is_valid,), (10, 12)),
    (("cpr",), (cpr.is_valid,), (10,)),
    (("henkil", "hetu"), (hetu.is_valid,), (10, 11)),  # Finland: 10 without its "-", 11 with a century letter
    (("fødsels", "fodsels"), (fodselsnummer.is_valid,), (11,)),  # Norway
    (("rijksregister",), (nn.is_valid,), (11,)),
    (("ahv", "avs"), (ahv.is_valid,), (13,)),
    (("sa id", "south african id"), (za_idnr.is_valid,), (13,)),
    (("passport", "pasaporte", "passeport", "passaporto", "passaporte", "paszport", "reisepass", "personalausweis",
      "ausweis", "id card", "identity card", "driving", "driver", "carta", "dowód", "documento", "carte", "cartão",
      "rg", "nhi", "personnummer", "fødsels", "fodsels", "henkil", "hetu", "cpr", "burgerservice", "rijksregister",
      "ahv", "avs", "sozialversicherung", "sv-nummer", "medicare", "tfn", "tax file", "ird", "curp", "rfc", "utr",
      "unique taxpayer", "nino", "ni number", "national", "id number", "id no", "israeli", "identity number", "teudat", "id-nummer", "kennitala", "kranken",
      "versicherten", "health", "ohip", "tessera", "tarjeta", "nss", "numer dowodu", "número de identidad",
      "numero de identidad"), (), tuple(range(6, 19))),
)


def _cued_id(cue: str, value: str) -> str | None:
    """The longest prefix of ``value`` (at a separator) that is the id the cue names: a valid
    checksum, or the id's length (a cue is context enough; people mistype check digits)."""
    cue = cue.lower()
    value = _TRAILING_WORDS.sub("", value)  # "217 415 288 and the ATO": the words are not the id
    for prefixes, validators, lengths in _ID_CHECKS:
        if not cue.startswith(prefixes):
            continue
        cut = len(value)
        while cut > 0:
            candidate = value[:cut]
            compact = re.sub(r"[ .-]", "", candidate)
            if any(_valid(v, compact) for v in validators) or (len(compact) in lengths and _id_shaped(candidate, compact)):
                return candidate
            cut = max((candidate.rfind(c) for c in " .-"), default=-1)
        return None
    return None


def _id_shaped(candidate: str, compact: str) -> bool:
    """An id taken by its length alone (``compact``: ``candidate`` without its separators) holds digits for at
    least a third of it ("AB123456C", "L01X00T47", "RSSMRA85T10A562S") and no lower-case word ("at the age of
    16", "in 2019" after "driver's license")."""
    return sum(c.isdigit() for c in compact) * 3 >= len(compact) and \
        not any(p.isalpha() and p.islower() and len(p) >= 2 for p in candidate.split())


_TRAILING_WORDS = re.compile(r"(?: [A-Za-z]{2,})+$")


def _valid(validator, value: str) -> bool:
    try:
        return bool(validator(value))
    except Exception:  # a validator that rejects the shape by raising
        return False


def _id_by_checksum(value: str) -> bool:
    compact = re.sub(r"[ .-]", "", value)
    if len(compact) == 16:
        return _valid(codicefiscale.is_valid, compact)
    if compact[0] in "XYZ":
        return _valid(nie.is_valid, compact)
    if "." in value:
        return _valid(cpf.is_valid, compact)
    return _valid(dni.is_valid, compact)


# "hospital number", "patient no.", "MRN:": the cue names the number
_NI_GROUPS = re.compile(r"[A-Z]{2}(?:[ -]?\d{6}|[ -]?\d{2}([ -])\d{2}\1\d{2})[ -]?[A-D]$", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"[ \t]*(?:number|no\b|nr\b|num\b|id\b|#|record number|reference number)", re.IGNORECASE)
_NHS_NUMBER_AFTER = re.compile(r"[ \t]*(?:\(|,|-|–|—)?[ \t]*(?:(?:is|was|=|:)[ \t]+)?(?:(?:my|his|her|their|the|our)[ \t]+)?"
                               r"(?:NHS|CHI)[ \t]+(?:number|no\b)", re.IGNORECASE)
# Words that name a number as an order, a file or an invoice (in the languages of the sets): the
# number after them is no personal id or phone, whatever its checksum
_REFERENCE_BEFORE = re.compile(r"\b(?:order|bestel|bestelling|bestelnummer|ordernummer|ordernr|dossier|dossiernummer|"
                               r"factuur|factuurnummer|rechnung|rechnungsnummer|bestellnummer|kundennummer|aktenzeichen|"
                               r"vorgangsnummer|référence|réf|commande|facture|referencia|pedido|expediente|factura|"
                               r"encomenda|fatura|protocollo|pratica|ordine|fattura|zamówienia|zamówienie|faktura|"
                               r"faktury|sygnatura|ärende|ärendenummer|referens|sagsnummer|booking|invoice|ticket|"
                               r"tracking)\b[^\d\n]{0,24}$", re.IGNORECASE)


def _valid_match(kind: str, m: re.Match, group: int, text: str, spans: list[Span]) -> tuple[int, int] | None:
    """The (start, end) of a match that is PII, or None."""
    start, end = m.span(group)
    value = m.group(group)
    pattern = m.re
    if kind == "IBAN":
        length = _iban(value, text, start)
        return None if length is None else (start, start + length)
    if kind == "DOB":
        cued = _DOB_BEFORE.search(text, max(0, start - 40), start) or _DOB_AFTER.match(text, end)
        return (start, end) if cued else None
    if kind == "CARD":
        digits = re.sub(r"\D", "", value)
        # an issuer's first digit (2-6; a 13-digit card is an old Visa): a Luhn-valid id such as a
        # South African id number (13 digits, from a birth date) is no card
        issuer = digits[:1] in ("2", "3", "4", "5", "6") and (len(digits) != 13 or digits[0] == "4") and \
            (len(digits) != 15 or digits[:2] in ("34", "37"))  # 15 digits: an Amex, not an IMEI ("35 209900 ...")
        return (start, end) if 13 <= len(digits) <= 19 and issuer and luhn.is_valid(digits) else None
    if kind == "PHONE":  # the type's parse only for a number otherwise taken
        return (start, end) if _phone_ok(value, text, start) and not _organisation_number(value, text, start) \
            else None
    if kind == "IP":
        if ":" in value:
            if value.count(":") < 3:
                return None
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                return None
        if "." in value and any(len(o) > 1 and o[0] == "0" for o in value.split(".")):
            return None  # 06.12.34.56: a phone or a date, not an address
        return None if _NOT_AN_IP.search(text, max(0, start - 12), start) else (start, end)
    if kind == "URL":
        value = value.rstrip(".,;:!?")
        if _ORGANISATION_PAGE.search(text, max(0, start - 40), start):
            return None  # "the charity's page https://www.instagram.com/mindcharity"
        tail = value.split("/", 3)[-1] if "//" in value else value.split("/", 1)[-1]
        if "/@" in value and _organisation_handle(value.rsplit("/@", 1)[1].split("/")[0]):
            return None  # "youtube.com/@NHSEngland"
        if pattern is not PERSONAL_SITE_PATTERN and re.match(
                r"(?:watch|features|about|help|login|search|explore|hashtag|groups|events|pages|"
                r"policies|legal|privacy|terms|settings|share|sharer|p/|reel|topics|marketplace)\b",
                tail, re.IGNORECASE):
            return None
        return (start, start + len(value))
    if kind == "NATIONAL_ID":
        if pattern is CZ_RC_PATTERN:  # after its cue: the checksum, or the shape with "/" (a typo is still someone's)
            return (start, end) if _valid(cz_rc.is_valid, value) or "/" in value else None
        if pattern is CN_ID_PATTERN:  # its checksum, or the shape after "身份证(号码)"
            return (start, end) if _valid(ric.is_valid, value.upper()) or \
                "身份证" in text[max(0, start - 12):start] else None
        if pattern is NHS_PATTERN:  # after "NHS" or "hospital number" the number is enough (a typo is still
            # someone's); after "hospital"/"patient" alone its checksum
            ok = m.group("cue").lower().startswith(("nhs", "n.h.s")) or \
                _NUMBER_WORD.match(text, m.end("cue"), start) is not None or _valid(nhs.is_valid, re.sub(r"\D", "", value))
            return (start, end) if ok else None
        if pattern is NHS_AFTER_PATTERN:  # its checksum, or "... is my NHS number" right after it
            return (start, end) if _valid(nhs.is_valid, re.sub(r"\D", "", value)) or \
                _NHS_NUMBER_AFTER.match(text, end) is not None else None
        if pattern is NI_PATTERN and not _NI_GROUPS.match(value):
            return None  # "PL34 2271 B": a batch code, not grouped as an NI number is
        if pattern is NI_PATTERN and (not value.isupper() or value[:2].upper() == "QQ"):
            # a lower-case NI number needs its cue, and so does "QQ" (piiblind36b: HMRC's example prefix; mirrored)
            if not re.search(r"\b(?:ni|nino|national insurance)\b[^\n]{0,20}$", text[max(0, start - 30):start],
                             re.IGNORECASE):
                return None
        if pattern is CUED_ID_PATTERN:
            if sum(c.isdigit() for c in value) < (2 if m.group("cue").lower().startswith(_FEW_DIGIT_CUES) else 5):
                return None
            found = _cued_id(m.group("cue"), value)
            return (start, start + len(found)) if found else None
        if pattern in (PESEL_PATTERN, CHECKSUM_ID_PATTERN) and _REFERENCE_BEFORE.search(text, max(0, start - 40), start):
            return None  # "numer zamówienia 90031098992": an order's number, whatever its checksum
        if pattern is PESEL_PATTERN:
            return (start, end) if (_POLISH.search(text) or _PESEL_CUE.search(text, max(0, start - 40), start)) and \
                _valid(pesel.is_valid, value) else None
        if pattern is CHECKSUM_ID_PATTERN:
            return (start, end) if _id_by_checksum(value) else None
        return (start, end)
    if kind == "SSN" and group == 1:
        return (start, end)
    if kind == "POSTCODE":
        if pattern is AFTER_ADDRESS_POSTCODE_PATTERN:  # a continental postcode right after a street address
            if not any(s.kind == "ADDRESS" and 0 <= start - s.end <= 2 for s in spans):
                return None
        elif pattern is LIVING_POSTCODE_PATTERN:  # a word of living or of an address before it, in its clause
            if not _LIVING_BEFORE.search(text, max(0, start - 48), start):
                return None
        elif pattern is AFTER_CITY_POSTCODE_PATTERN:  # after a town right after a street address
            if not any(s.kind == "ADDRESS" and 0 <= m.start() - s.end <= 2 for s in spans):
                return None
        elif pattern is UK_POSTCODE_PATTERN and value[:3].upper() in _UK_POSTCODE_NOT:
            return None
        elif pattern is EIRCODE_PATTERN and (not any(c.isalpha() for c in value[-4:]) or not _IRISH.search(
                text, max(0, start - 40), min(len(text), end + 20))):
            return None
        return (start, end)
    if kind == "HANDLE":
        if pattern is HANDLE_ON_PATTERN:
            ok = any(c.isdigit() or c in "_." for c in value) and not _FILE_OR_SITE.search(value) and \
                any(c.isalpha() for c in value)
            return (start, end) if ok else None
        if pattern is CUED_HANDLE_PATTERN:
            return (start, end) if _cued_handle(m, value) else None
        name = value.lstrip("/u@")
        return None if name.lower() in _NOT_HANDLES or _organisation_handle(name) else (start, end)
    if kind == "ADDRESS":
        if _NOT_AN_ADDRESS.search(value):
            return None
        if pattern is EN_ADDRESS_PATTERN and _RISKY_STREET.search(value) and not (
                _ADDRESS_CONTEXT.search(text, max(0, start - 30), start) or _ADDRESS_AFTER.match(text, end)):
            return None
        # thirty-first session (piiblind31), mirrored from the live module: a sentence's full stop after a street's
        # name is left out, and a floor or a building's part after the number is the address's (``_FLAT_AFTER``)
        from shared.pii.detect import _FLAT_AFTER as _FLAT_AFTER_31

        if value.endswith(".") and len(value.rsplit(None, 1)[-1]) > 5 and not _FLAT_AFTER_31.match(text, end):
            end -= 1
        flat = _FLAT_AFTER_31.match(text, end)
        if flat:  # the flat is part of the street address: "Calle Mayor 14, 3º B", "12 rue X, appartement 5"
            end = flat.end()
    return (start, end)


# An account in CamelCase whose words name an organisation ("@MindCharity", "@TheSchoolOfLife",
# "@NHSEngland") or that spells a public figure's name ("@BreneBrown"): not a person's own
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|\d+")
_ORGANISATION_WORDS = frozenset("""NHS Charity Official Foundation Trust Team Support Help Helpline News Council Gov UK
School Mind Samaritans Life Health England Scotland Wales Ireland Org HQ Clinic Hospital Service Services Institute
University Uni College Society Association Network Group Club Media TV Radio Magazine Shop Store Company Inc Ltd App
Police Government Ministry Project Campaign Alliance Centre Center Care Aid Action Line Hub Live Daily Press""".split())


def _organisation_handle(name: str) -> bool:
    if not name[:1].isupper() or sum(c.isupper() for c in name) < 2 or "_" in name or "." in name:
        return False
    words = _CAMEL_WORD.findall(name)
    if len(words) < 2:
        return False
    PUBLIC_FIGURES, gazetteer = pii_names.PUBLIC_FIGURES, pii_names.gazetteer
    if "_".join(words) in PUBLIC_FIGURES:
        return True
    return words[0] not in gazetteer() and not _ORGANISATION_WORDS.isdisjoint(words)  # not "@ChloeVlogsDaily"


_FILE_OR_SITE = re.compile(r"\.(?:com|org|net|co|uk|io|gov|edu|jpg|png|pdf|txt|mp3|mp4|exe)$|^v?\d+(?:\.\d+)+$")
_NOT_HANDLES = frozenset({"everyone", "here", "channel", "all", "home", "work", "admin", "mention", "me", "you"})
# Words a cued handle is not ("my insta is private", "my username was deleted")
_HANDLE_WORDS = frozenset("private public deleted gone down blocked banned hacked closed locked new old same "
                          "different the a an my his her their your on off there here it this that what not still "
                          "just also now dead fake real empty required taken and or but so if".split())
_FLAT_AFTER = re.compile(r",? (?:#\w{1,4}\b|(?i:flat|apto\.?|apt\.?|apartment|unit|suite|appartement|appt\.?|piso|puerta|interno|"
                         r"int\.|scala|andar|wohnung|whg\.?|mieszkanie|lok\.?)[ ]?#?[\w/]{1,4}\b|"
                         r"\d{1,2}\.?[ ]?[ºª°](?:[ ]?(?:[A-Z]\b|(?i:izq(?:uierda)?\.?|dcha\.?|derecha|esq\.?|dto\.?|dir\.?)))?)")
_IRISH = re.compile(r"eircode|ireland|[ée]ire|dublin|cork|galway|limerick|waterford|kilkenny|sligo|kerry|\bco\. ",
                    re.IGNORECASE)
# Street names that are institutions or well-known public addresses, not where someone lives
_NOT_AN_ADDRESS = re.compile(r"\b(?:Family|Crown|Magistrates|County|Supreme|Youth) Court\b|"
                             r"\b(?:10 Downing|221B? Baker) Street\b")


_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|his|her|their)[ \t]+$", re.IGNORECASE)


def _cued_handle(m: re.Match, value: str) -> bool:
    """A handle named by its platform ("my insta is lucy.makes.art", "snapchat: kaylaa_22"): it
    holds a digit, "_", "." or "#", or comes after "is"/":" and is not a word like "private"."""
    if value.lower() in _HANDLE_WORDS or len(value) < 3:
        return False
    if m.group("cue").lower() == "handle" and _POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is None:
        return False  # also a verb ("I can't handle it"): only "my handle is ...", "her handle: ..."
    if m.group("cue").lower() in ("handle", "reddit") and not any(c.isalpha() for c in value):
        return False  # "Reddit's 2023 survey", "on reddit: 3.5 million": a number, no username
    if any(c.isdigit() or c in "_.#" for c in value):
        return True
    if m.group("filler") == ",":
        return False  # "on Instagram, iMessage, or snapchat": a list of apps
    if value[0].islower() and any(c.isupper() for c in value):
        return True
    return m.group("filler").endswith((":", "：", "is", "was", "c'est", "c’est", "es", "ist")) and \
        m.group("cue").lower().replace(" ", "") in ("username", "gamertag", "handle", "pseudo", "usuario",
                                                    "benutzername", "nutzername", "nomeutente")


def add_matches(kind: str, pattern: re.Pattern, group: int, text: str, spans: list[Span]) -> None:
    """Append one detector's valid matches in ``text`` to ``spans`` (validated as above;
    characters an earlier detector claimed stay its)."""
    pos = prescreen.leftmost(pattern, text)  # no match starts before it
    if pos is None:
        return
    _add_from(kind, pattern, group, text, spans, pos)


_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2}")


def _add_from(kind, pattern, group, text, spans, pos):
    for m in _matches(pattern, text, pos):
        valid = _valid_match(kind, m, group, text, spans)
        if valid is None:
            if kind == "IBAN" and " " in m.group(group) and \
                    (inner := _IBAN_START.search(text, m.start(group) + 1, m.end(group))) is not None:
                _add_from(kind, pattern, group, text, spans, inner.start())  # names round: see shared/pii/detect.py
                return
            continue
        start, end = valid
        if any(s.start < end and start < s.end for s in spans):
            continue  # an earlier, more specific detector already claimed these characters
        spans.append(Span(kind, start, end, text[start:end]))


def _matches(pattern: re.Pattern, text: str, pos: int = 0):
    """``pattern.finditer(text)``, whose matches start at ``pos`` or later; a pattern of ``_AROUND_DIGITS`` only in windows around runs of
    digits (its match holds digits, its cue sits at most ``before`` characters before them and the
    value ends at most ``after`` characters after them)."""
    around = _AROUND_DIGITS.get(id(pattern))
    if around is None:
        yield from pattern.finditer(text, pos)
        return
    before, after = around
    windows: list[list[int]] = []
    for run in _DIGIT_RUN.finditer(text):
        lo, hi = max(0, run.start() - before), min(len(text), run.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        if hi >= pos:  # a window ending before ``pos`` holds no match
            yield from pattern.finditer(text, max(lo, pos), hi)


_DIGIT_RUN = re.compile(r"\d+")
# an organisation's own page or account, not a person's
_ORGANISATION_PAGE = re.compile(r"\b(?:charity|charity's|charity’s|organi[sz]ation(?:'s|’s)?|company(?:'s|’s)?|brand(?:'s|’s)?|"
                                r"official|council(?:'s|’s)?|service(?:'s|’s)?|clinic(?:'s|’s)?|nhs|group(?:'s|’s)?)"
                                r" (?:page|account|site|website|channel|profile|feed)\b[^\n\w]{0,3}(?:is |at |on )?$",
                                re.IGNORECASE)


def _could_match(kind: str, text: str, has_digit: bool, initial_digit: bool = True) -> bool:
    """Preconditions beyond the guards, so most text skips most patterns."""
    if kind == "EMAIL":
        return "@" in text
    if kind == "HANDLE":  # "@sam_r92", and named by a platform without "@" ("snapchat: kaylaa_22")
        return True
    if kind == "URL":
        return "/" in text
    return has_digit and (initial_digit or kind in _INSIDE_WORDS_OK)


# Every digit detector but those of national ids, postcodes and IPs finds its first digit where
# a word starts: text whose digits all sit inside words ("w123", "mp3") cannot match them.
_WORD_INITIAL_DIGIT = re.compile(r"(?<![A-Za-z0-9])\d")  # not "\b": "是139..." starts a number too
_INSIDE_WORDS_OK = frozenset({"NATIONAL_ID", "POSTCODE", "IP", "IBAN"})  # RSSMRA85T..., SW1A1AA, fe80::1, DE89...


# Digits a text needs beyond what a guard derives from the pattern: a cued national id holds
# at least 5 (the validator refuses fewer), so the cue alternation does not run on most text.
_MIN_DIGITS = {CUED_ID_PATTERN: 2}
_FEW_DIGIT_CUES = ("passport", "pasaporte", "passeport", "passaporto", "passaporte", "paszport", "reisepass",
                   "personalausweis", "ausweis", "id card", "identity card", "carta", "dowód", "carte", "driving",
                   "driver")
# Patterns run in windows around digits (cue <= 40 characters, up to three filler words, a value of
# at most 25 characters, part of which may precede its first digit)
_AROUND_DIGITS = {id(CUED_ID_PATTERN): (160, 26)}  # by id: hashing a compiled pattern hashes its code
# Patterns that need no digit and whose literals are common: the native prescreen decides before
# the literal guard (whose first use on a text costs a scan of all literals)
_PRESCREEN_FIRST = frozenset(map(id, (CUED_HANDLE_PATTERN, CJK_HANDLE_PATTERN, OBFUSCATED_EMAIL_PATTERN, HANDLE_ON_PATTERN,
                                      PERSONAL_SUBDOMAIN_PATTERN, PERSONAL_SITE_PATTERN)))


def _plan() -> tuple[tuple[str, re.Pattern, int, int, str, bool], ...]:
    """Per pattern, the cheap facts tested before its guard: digits it needs (the guard's count
    or a floor of ``_MIN_DIGITS``), a character it needs, whether its digits may sit inside words."""
    plan = []
    for kind, pattern, group in PATTERNS:
        digits = max(guard(pattern).min_digits, _MIN_DIGITS.get(pattern, 0),
                     1 if kind not in ("EMAIL", "URL", "HANDLE") else 0)
        char = _NEEDS.get(pattern, "@" if kind in ("EMAIL", "HANDLE") else "/" if kind == "URL" else "")
        plan.append((kind, pattern, group, digits, char, kind in _INSIDE_WORDS_OK))
    return tuple(plan)


# Patterns of a kind that need no "@" (handles named by their platform, reddit's u/name)
_NEEDS = {REDDIT_PATTERN: "u/", CUED_HANDLE_PATTERN: "", CJK_HANDLE_PATTERN: "", OBFUSCATED_EMAIL_PATTERN: "",
          HANDLE_ON_PATTERN: " on ", PERSONAL_SUBDOMAIN_PATTERN: ".", PERSONAL_SITE_PATTERN: "."}


_PLAN: tuple[tuple[str, re.Pattern, int, int, str, bool], ...] = ()


def _dob_cue(text: str) -> bool:
    """Whether ``text`` holds a birth cue (every ``_DOB_BEFORE``/``_DOB_AFTER`` match starts with one)."""
    for initial in _DOB_INITIALS:  # ``(?<![\w.])(?:b|ur)\.`` of ``_DOB_BEFORE``, by ``str.find`` ("our." is frequent)
        at = text.find(initial)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "._"):
                return True
            at = text.find(initial, at + 1)
    pos = prescreen.leftmost(_DOB_CUE, text)
    return pos is not None and _DOB_CUE.search(text, pos) is not None


def find_pii(text: str, folded: Folded | None = None) -> list[Span]:
    """The PII spans in ``text``, in order; ``folded`` is ``Folded(text)`` when the caller
    has it. A pattern runs only when its guard cannot rule it out (literals it needs, such
    as "@" or "nhs", and digits: a card number needs 13), then names (``pii_names``). The
    cheapest facts (digits, "@", "/", a digit where a word starts) are tested first."""
    global _PLAN
    if not _PLAN:
        _PLAN = _plan()
    spans: list[Span] = []
    folded = folded or Folded(text)
    digits = folded.digits
    initial_digit = digits > 0 and _WORD_INITIAL_DIGIT.search(text) is not None
    for kind, pattern, group, min_digits, char, inside_words_ok in _PLAN:
        if digits < min_digits or (char and char not in text):
            continue
        if min_digits and not (initial_digit or inside_words_ok):
            continue
        if id(pattern) in _PRESCREEN_FIRST:
            if pattern is not CJK_HANDLE_PATTERN or not text.isascii():
                add_matches(kind, pattern, group, text, spans)
        elif guard(pattern).may_match(folded) and (kind != "DOB" or pattern is BORN_YEAR_PATTERN or _dob_cue(text)):
            # a date is kept only after a birth cue (``_DOB_BEFORE``, searched in a window of the
            # text, whose every match starts with a match of ``_DOB_CUE`` in the whole text):
            # with no cue, the date pattern (a long month alternation) is not run
            add_matches(kind, pattern, group, text, spans)
    return add_names(text, spans) if text else spans


def add_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the names ``pii_names`` finds in the characters left, then the learned tagger's
    additions (PII round twenty-six: the live ``shared.pii.name_tagger`` and its model, scanning the text
    for its candidates itself where the detector hands it the rules' scan), in order."""
    found = pii_names.find_names(text, [(s.start, s.end) for s in spans])
    for start, end in found:
        spans.append(Span("NAME", start, end, text[start:end]))
    for start, end in name_tagger.find_names(text, [(s.start, s.end) for s in spans], bool(found)):
        spans.append(Span("NAME", start, end, text[start:end]))
    # thirty-first session (piiblind31b): names that are also words after a cue only a person takes, and months,
    # monarchs and figures of devotion dropped: mirrored by calling the live passes, as the one below
    from shared.pii.detect import _add_ambiguous_cued_names, _drop_non_person_names

    _add_ambiguous_cued_names(text, spans)
    if any(s.kind == "NAME" for s in spans):
        _drop_non_person_names(text, spans)
    if any(s.kind == "NAME" for s in spans):
        # thirtieth session (piiblind30): a found name's other mentions and list neighbours, mirrored by calling the
        # live pass (as the tagger above), so that the fast paths stay compared on everything else
        from shared.pii.detect import _add_name_mentions

        _add_name_mentions(text, spans)
    return sorted(spans, key=lambda s: s.start)


def redact(text: str, spans: list[Span] | None = None) -> str:
    spans = find_pii(text) if spans is None else spans
    out, pos = [], 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(f"[{s.kind}]")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
