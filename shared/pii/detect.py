"""PII/PHI detection and redaction for counselling text.

Detectors are regular expressions (``PATTERNS``) whose matches are then validated where a
check exists: Luhn for card numbers, mod 97 for IBANs, ``python-stdnum`` checksums for national ids (NHS number
mod 11, Spanish DNI/NIE, PESEL, CPF, ...), ``phonenumbers`` for phone numbers in UK, US and
international formats, ``ipaddress`` for IPv6; and context where a pattern alone is
ambiguous (a date is a date of birth only after "born"/"DOB"/"née le"/...; an NHS number
needs "NHS" before it, a US ZIP code a state or "zip", a continental postcode the street
address before it; a number after "version"/"ISBN"/"order" is neither an IP nor a phone).
Names come from ``pii_names`` (cues and a gazetteer), then from the learned tagger ``name_tagger`` (PII round
twenty-six: tokens the rules looked at and left, with a knowledge veto). Redaction replaces each span with a
typed placeholder (``[NAME]``, ``[EMAIL]``, ``[PHONE]``, ``[HANDLE]``, ``[POSTCODE]``, ...).

Every pattern runs only where its guard (``prefilter.guard``: literals and digits a match
needs) cannot rule it out, and the validators run only on a pattern's matches, so text
without digits, "@", "http" or a cue pays for little more than one literal scan. On text
without a digit where a word starts (most text; all of gen.py's ShareGPT), one native scan (the
alternation of the patterns' prescreens, ``shared.prescreen``) first rules out every pattern
at once when none can match.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.bg import egn
from stdnum.cz import rc as cz_rc
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.fi import hetu
from stdnum.no import fodselsnummer
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pk import cnic
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

from shared import prescreen
from shared.native import NATIVE
from shared.pii import name_tagger
from shared.pii import names as pii_names
from shared.prefilter import NATIVE_GUARDS, Folded, guard


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
           r"maj|marts|augusti|desember|"  # Danish, Swedish, Norwegian (probe round twenty-seven b)
           r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"  # Czech
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
           r"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik")
_YEAR = r"(?:19|20)\d{2}"
# a day in words (round thirteen): "the twelfth of March 1992", "premier avril 1990", "primero de mayo de 1995"
_DAY_WORDS = (r"premier|primeiro|primero|primo|(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|"
              r"seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
              r"eighteenth|nineteenth|twentieth|thirtieth|"
              # round twenty-nine: the day as a cardinal word (es, fr, pt, it) or a German ordinal ("am dritten
              # Oktober 1987", "le vingt-deux janvier 1995", "el tres de mayo", "a cinco de junho", "il ventitré marzo")
              r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|"
              r"diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|"
              r"treinta(?: y uno)?|"
              r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|"
              r"dix-neuf|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:[- ]et[- ]un)?|"
              r"dois|tr[eê]s|quatro|sete|oito|nove|dez|doze|treze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|"
              r"vinte(?: e (?:um|dois|tr[eê]s|quatro|cinco|seis|sete|oito|nove))?|trinta(?: e um)?|"
              # review29: Italian "due" only before an Italian month (English "due May 2026" is no day)
              r"due(?= (?:di )?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre))|"
              r"tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|"
              r"diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitr[eé]|ventiquattro|venticinque|ventisei|"
              r"ventisette|ventotto|ventinove|trenta|trentuno|"
              r"(?:erst|zweit|dritt|viert|f[üu]nft|sechst|sieb(?:en)?t|acht|neunt|zehnt|elft|zw[öo]lft|dreizehnt|vierzehnt|"
              r"f[üu]nfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|(?:(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|"
              r"neun)und)?zwanzigst|(?:einund)?drei(?:ß|ss)igst)e[nrs]?")
# piiblind34: an English year in words ("nineteen eighty-eight", "nineteen hundred and ninety-two", "two thousand and
# four", "twenty oh three"), after a day and a month only (a year alone in words is no birth date)
_UNIT_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR_WORDS = (rf"(?:nineteen[- ](?:hundred(?: and)? )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               rf"(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|oh[- ](?:{_UNIT_WORDS}))|"
               rf"two thousand(?:(?: and)? (?:twenty(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}))?|"
               rf"twenty[- ](?:oh[- ](?:{_UNIT_WORDS})|{_TEEN_WORDS}|twenty(?:[- ](?:{_UNIT_WORDS}))?))(?![\w-])")
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{_YEAR}|\d{{2}})(?!\d)|{_YEAR}-\d{{2}}-\d{{2}}|"
         rf"(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:{_YEAR}|['’]\d{{2}}(?!\d)|{_YEAR_WORDS})|"
         rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)? (?:of |de |di )?(?:{_MONTHS})\.?(?:,?(?: del?| of)? (?:{_YEAR}|['’]\d{{2}}(?!\d)|{_YEAR_WORDS})|"
         rf" del? \d{{2}}(?![\d/.:-])|"  # piiblind31: "3 de marzo del 87"; piiblind33: "2 de enero del 2000"
         # piiblind33: "dob - 4 july 85", a bare two-digit year (the date is kept only by a birth cue)
         rf" \d{{2}}(?![\d/.:'’-]|[ \t]*(?:weeks?|wks?|days?|years?|yrs?|months?|hours?|hrs?|minutes?|mins?|"
         rf"am|pm|h|mg|kg|g|lbs?|%|percent)\b))|"
         rf"\d{{1,2}} \d{{1,2}} (?:{_YEAR}|\d{{2}})(?![\d/.:-])|"  # piiblind31: "dob 11 9 85" (only right after the cue)
         rf"\d{{1,2}}-(?:{_MONTHS})-(?:{_YEAR}|\d{{2}}(?!\d))|{_YEAR}/\d{{1,2}}/\d{{1,2}}(?!\d)|"  # "30-Jan-1998", "30-Jan-98", "1998/01/30", as forms print it
         rf"{_YEAR}年\d{{1,2}}月\d{{1,2}}[日号]|"
         r"(?:昭和|平成|令和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日|"  # piiblind36b: a Japanese era year ("平成5年4月1日")
         rf"{_YEAR}\.\d{{1,2}}\.\d{{1,2}}(?![\d.])|"  # piiblind35: "出生年月日1985.11.22", year first with dots
         # piiblind35: the month in Roman numerals (Spanish, Polish, Italian forms: "3/III/1990", "12.V.1988")
         rf"\d{{1,2}}[/.-](?:I{{1,3}}|IV|VI{{0,3}}|IX|XI{{0,2}})[/.-](?:{_YEAR}|\d{{2}})(?!\d)|"
         rf"{_YEAR}년 ?\d{{1,2}}월 ?\d{{1,2}}일|"  # Korean "1993년 7월 2일" (probe round twenty-seven b)
         rf"\d{{1,2}}\. \d{{1,2}}\. ?{_YEAR}(?!\d)|"  # Czech, Slovak, German "21. 3. 1996"
         rf"(?:{_DAY_WORDS}) (?:of |de |di )?(?:{_MONTHS}),?(?: de| of| del)? {_YEAR}|"  # round thirteen: "premier avril 1990"
         rf"(?:{_MONTHS})\.?,? (?:{_YEAR}|['’]\d{{2}}(?![\w'’])))")  # piiblind31: "born October '90"
# piiblind34: a date of birth all in English words after its cue ("born the twenty-first of October, nineteen
# eighty-eight", "DOB: March the third, two thousand and one"): the cue is in the pattern (its literals guard it), since
# the date holds no digit (every other date does)
_EN_DAY_WORDS = (r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
                 r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_EN_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# piiblind35: a year said by its decade alone after a worded date ("dob twenty seventh of july ninety six")
_DECADE_YEAR_WORDS = rf"(?:fifty|sixty|seventy|eighty|ninety)[- ](?:{_UNIT_WORDS})(?![\w-])"
WORDED_DOB_PATTERN = re.compile(
    rf"\b(?:born|date of birth|birth date|birthday|d\.?o\.?b\.?)(?: (?:is|was))?(?: on)?(?: the)?[ \t]*[:,-]?[ \t]*"
    rf"((?:{_EN_DAY_WORDS}) (?:of )?(?:{_EN_MONTHS}),? (?:{_YEAR_WORDS}|{_DECADE_YEAR_WORDS})|"
    rf"(?:{_EN_MONTHS}) (?:the )?(?:{_EN_DAY_WORDS}),? (?:{_YEAR_WORDS}|{_DECADE_YEAR_WORDS}))", re.IGNORECASE)
# piiblind35: a date of birth with its year in words in other languages ("tres de marzo de mil novecientos noventa",
# "vingt-deux juin mille neuf cent quatre-vingt-sept", "dritten Mai neunzehnhundertneunundneunzig", "dodici maggio
# millenovecentottantasette", "twaalf juni negentienhonderdachtentachtig", "trzeciego marca tysiąc dziewięćset
# dziewięćdziesiątego roku", "on beş mayıs bin dokuz yüz doksan iki", "tjugonde april nittonhundranittiofyra") and a
# Chinese date in Chinese numerals ("一九九〇年三月三日"): no digit in it, so it is run on a text with a birth cue
# only (``_dob_cue``) and kept, as every date, beside its cue (``_DOB_BEFORE`` / ``_DOB_AFTER``)
_ES_NUM = (r"(?:veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|veinte|"
           r"(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y (?:uno|dos|tres|cuatro|cinco|seis|siete|"
           r"ocho|nueve))?|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|uno|dos|tres|"
           r"cuatro|cinco|seis|siete|ocho|nueve)")
_PT_NUM = (r"(?:(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?: e (?:um|dois|tr[eê]s|quatro|"
           r"cinco|seis|sete|oito|nove))?|dez|onze|doze|treze|catorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|"
           r"um|dois|tr[eê]s|quatro|cinco|seis|sete|oito|nove)")
_FR_NUM = (r"(?:(?:quatre-vingts?|soixante|cinquante|quarante|trente|vingt)(?:[- ]et[- ]un|-dix(?:-sept|-huit|-neuf)?|"
           r"-(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize))?|dix-sept|dix-huit|"
           r"dix-neuf|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)")
_TR_UNIT = r"bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz"
_LANG_YEAR_WORDS = (
    rf"(?:de |del )?(?:mil novecientos|dos mil)(?: {_ES_NUM})?|"
    rf"(?:de )?(?:mil novecentos|dois mil)(?: e {_PT_NUM})?|"
    rf"(?:mille|mil) neuf cents?(?:[- ]{_FR_NUM})?|deux mille(?:[- ]{_FR_NUM})?|"
    r"(?:mille|duemila)[a-zàèéìòù]*|(?:neunzehnhundert|zweitausend)[a-zäöüß]*|(?:negentienhonderd|tweeduizend)[a-zë]*|"
    r"(?:nittonhundra|tjugohundra|tvåtusen)[a-zåäö]*|"
    r"tysiąc dziewięćset(?: [a-ząćęłńóśźż]+ego){1,2}(?: roku)?|dwutysięczn(?:ego|y)(?: roku)?|"
    r"dwa tysiące(?: [a-ząćęłńóśźż]+ego)?(?: roku)?|"
    rf"bin dokuz yüz(?: (?:on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan))?(?: (?:{_TR_UNIT}))?|"
    rf"iki bin(?: (?:on|yirmi))?(?: (?:{_TR_UNIT}))?|{_YEAR_WORDS}")
_LANG_DAY_WORDS = (
    # Polish genitive ordinals, Turkish and Dutch cardinals, Swedish ordinals (the other languages' are ``_DAY_WORDS``)
    r"(?:pierwsz|drugi|trzeci|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|jedenast|dwunast|trzynast|czternast|"
    r"piętnast|szesnast|siedemnast|osiemnast|dziewiętnast)ego|(?:dwudziest|trzydziest)ego(?: [a-ząćęłńóśźż]+ego)?|"
    rf"(?:on|yirmi|otuz)(?: (?:{_TR_UNIT}))?|{_TR_UNIT}|"
    r"twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|(?:een|twee|drie|vier|vijf|zes|"
    r"zeven|acht|negen)(?:[eë]ntwintig)?|eenendertig|dertig|tien|elf|"
    r"första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|"
    r"sextonde|sjuttonde|artonde|nittonde|tjugo(?:nde|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde)|"
    r"trettionde|trettiförsta")
WORDED_DATE_PATTERN = re.compile(
    rf"(?<![\w-])(?:{_DAY_WORDS}|{_LANG_DAY_WORDS}) (?:of |de |di )?(?:{_MONTHS}),? (?:{_LANG_YEAR_WORDS})(?![\w-])|"
    r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]",
    re.IGNORECASE)
# piiblind35: a birthday without its year after a birthday word or an age about to be reached ("my birthday is the 9th
# of june", "Birthday: 5/17", "I'll be 30 on 18 August", "she turned 9 on the 2nd of May", "cumplo 17 el 9 de agosto",
# "faço 18 no dia 3 de fevereiro", "compio 15 anni il 7 luglio", "ik word 17 op 4 oktober", "skończę 16 lat 11
# listopada", "jag fyller 15 den 3 juni", "ich werde am 24. Dezember 18", "我生日是8月8日"); the cue is in the pattern
# (group 1 the date); "anniversaire" and "aniversário" only when no "de" follows ("anniversaire de mariage")
_BIRTHDAY_CUES = (r"birthday(?:['’]s)?|b-?day(?:['’]s)?|cumpleaños|cumple|aniversário(?! de)|aniversario(?! de)|"
                  r"anniversaire(?! de| d['’])|compleanno|geburtstag|verjaardag|urodzin(?:y|ki)|födelsedag|fødselsdag|"
                  r"doğum günü[mn]?")
_TURNING_CUES = (r"turn(?:s|ed|ing)? \d{1,2}|(?:i['’]?ll|i will|i['’]?m going to|gonna|she['’]?ll|he['’]?ll|she will|"
                 r"he will|they['’]?ll) be \d{1,2}(?: years old)? on|cumpl(?:o|e|ió|irá) \d{1,2}(?: años)?|"
                 r"(?:faço|faz|fez|fará) \d{1,2}(?: anos)?|compi(?:o|e|rò|rà) \d{1,2} anni|"
                 r"(?:word|wordt|werd) \d{1,2}(?: jaar)?|s?kończ(?:ę|y|yłam|yłem|yła|ył) \d{1,2} lat|"
                 r"fyll(?:er|de) \d{1,2}(?: år)?|werde? am|j['’]aurai \d{1,2} ans|aura \d{1,2} ans")
# the words a birthday's date may follow after its cue ("my birthday is on the", "cumpleaños el", "aniversário é dia",
# "urodzinki mam", "生日是"): nothing else ("birthday card on 3 May" is no birth date)
_BIRTHDAY_GAP_WORDS = (r"is|was|falls|will be|on|the|es|el|é|no|dia|em|est|c['’]est|le|ist|am|è|il|op|mam|jest|to|den|"
                       r"är|på|er|是|in|mine|mio|mia|mein|meu|mi|mój|moje|min|mijn")
_DAY_MONTH = (rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)? (?:of |de |di )?(?:{_MONTHS})\b\.?|"
              rf"(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?(?![\d/.:])|\d{{1,2}}[/.]\d{{1,2}}(?![\d/.:]|\.\d)|"
              r"\d{1,2}月\d{1,2}[日号]|"
              rf"(?:{_DAY_WORDS}) (?:of |de |di )?(?:{_MONTHS})\b|"  # "cumpleaños el treinta de octubre"
              # piiblind36b: the day alone as an ordinal ("I'll be 25 on the 14th", "my birthday's on the 3rd")
              r"\d{1,2}(?:st|nd|rd|th)(?![\w/.:-]| (?:of|floor|time|place|round|try|attempt|day|week|month|year|grade|"
              r"birthday|anniversary|session|appointment|date)\b)")
# piiblind36b: a date an age is reached on, in Japanese and Chinese ("3月3日で30歳になります", "11月12日满18岁")
CJK_TURNING_PATTERN = re.compile(r"(\d{1,2}月\d{1,2}[日号])(?=(?:で|に|には|就|我就)?[満满]?\d{1,3}[歳岁])")
BIRTHDAY_PATTERN = re.compile(
    rf"(\b(?:{_BIRTHDAY_CUES}|{_TURNING_CUES})\b|生日)(?:[ \t]*(?:[:=,-]|(?:{_BIRTHDAY_GAP_WORDS})(?![A-Za-z]))){{0,4}}[ \t]*"
    rf"(?<![A-Za-z0-9/.])({_DAY_MONTH})(?!,? ?(?:of |de |del |di )?(?:(?:19|20)\d\d|['’]\d))", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_BIRTHDAY_CUE_ONLY = re.compile(rf"(?:{_BIRTHDAY_CUES})|生日", re.IGNORECASE)
# the words allowed between a birthday cue and a date in figures ("Birthday: 5/17", "urodzinki mam 28.12"; not "birthday
# dinner at 7.30")
_BIRTHDAY_NUMERIC_GAP = re.compile(r"[ \t]*(?:[:=-]|is|was|es|é|est|ist|mam|jest|to|el|le|il|op|den|the|是)?[ \t:]*",
                                   re.IGNORECASE)


def _day_month(value: str) -> bool:
    """Whether "5/17", "28.12" or "8月8日" is a day and a month in either order."""
    parts = [int(p) for p in re.findall(r"\d+", value)]
    if len(parts) != 2 or "月" in value:
        return len(parts) == 2 and 1 <= parts[0] <= 12 and 1 <= parts[1] <= 31
    a, b = parts
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


_DOB_CUES = (r"born|date of birth|birth date|birthdate|birthday|b-day|bday|d\.?o\.?b\.?|"
             r"nac[ií]d[oa]|nac[ií]|naci[óo]|nacieron|fecha de nacimiento|fecha de nac\.?|n[ée]e?|date de naissance|geboren|geburtsdatum|geb\.|"
             # piiblind34: a form's short labels: Spanish "F. nac.", "fec. de nac."; French "DDN" (in capitals), "date de
             # naiss."; Portuguese and Italian "dt. nasc.", "data de nasc.", "data di nasc."; the English plural "DOBs"
             r"f(?:ec)?\.(?: ?de)? ?nac\.?|fecha nac\.?|(?-i:DDN)|(?-i:DOBs)|date de naiss\.?|(?:data|dt)\.? (?:de |di )?nasc\.?|"
             r"data de nascimento|nasci|nascid[oa]|nat[oa]|data di nascita|urodzi(?:łam|łem|ła|ł)(?: się)?|"
             r"urodzon[ya]|data urodzenia|geboortedatum|родил(?:ся|ась)|дата рождения|födelsedatum|född|fødselsdato|"
             r"født|fødd|syntymäaika(?:ni|si)?|syntynyt|synnyin|doğum tarihi[mn]?|doğdum|doğum günü[mn]?|"
             # Czech and Slovak (probe round twenty-seven b): "narodila jsem se", "datum narození"
             r"narodil[ao]? jsem se|narodil[ao]? som sa|narozen[aá]?|datum narozen[ií]|d[áa]tum narodenia|"
             # the birthday in other languages, with its year (round fifteen)
             r"geburtstag|cumpleaños|anniversaire|compleanno|aniversário|urodziny|verjaardag|födelsedag|fødselsdag|"
             # piiblind35: "d/o/b", the Portuguese "nascimento" alone ("e nascimento 1º de maio de 1990"), the Turkish
             # "doğumlu(yum)" after the date and "Doğum:" as a form's label
             r"d/o/b|nascimento|doğumlu(?:yum|sun|yuz|dur|ydu)?|doğum(?=[ \t]*:)|"
             # piiblind35: the third person and the plural of the birth verbs ("ele nasceu em 09/09/2009", "annem
             # 02.04.1956'da doğdu", "hon föddes 1994-04-20")
             r"nasceu|nasceram|doğdu|föddes")
_DOB_CJK_CUES = r"出生日期|出生于|出生|生日|生于|生まれ|生年月日|생년월일|생일"
# piiblind35: "我1990年3月3日生": "生" right after a Chinese date's day (``_DOB_AFTER`` only)
_DOB_ZH_AFTER = r"(?<=[日号])生(?![\u4e00-\u9fff])|(?<=[日号])生(?=的|人)"
# review29: not across "and" opening a new dated event ("Nací en Cádiz y el tres de mayo de 2018 me mudé", "Eu nasci no
# Porto e a cinco de junho de 2017 casei")
_DOB_BEFORE = re.compile(rf"(?:\b(?:{_DOB_CUES})(?!\w)|(?<![\w.])(?:b|ur)\.|{_DOB_CJK_CUES})"
                         r"(?![^\n.!?\d]{0,22}\b(?:y|e|and|et|und|en)\s+(?:el|la|a|o|on|in|le|am|il|op)\s)"
                         rf"[^\n.!?\d]{{0,22}}$",
                         re.IGNORECASE)
_DOB_KO_AFTER = r"(?<=일)(?:생(?=[이입으,.) ]|$)|에 ?태어)"  # "1993년 7월 2일생이에요", "2일에 태어났어요"
_DOB_AFTER = re.compile(rf"(?:['’][dt][ae])?[ \t]*(?:\(?\b(?:{_DOB_CUES})(?!\w)|{_DOB_CJK_CUES})|{_DOB_KO_AFTER}|{_DOB_ZH_AFTER}",
                        re.IGNORECASE)
# piiblind36b: "I am of <date>" in it, es, fr, pt, de ("sono del 6 giugno 2000", "soy del 3 de mayo de 1999", "je suis
# du 12 mars 1990", "ich bin vom 3. Mai 1990") and the short label "dn" ("dn 15-01-2004"): right before a date in
# figures only (``_DOB_RIGHT_BEFORE``)
# ("dn" as a label only: before a colon or opening its line)
_DOB_RIGHT_BEFORE_CUES = (r"\b(?:sono del(?:l['’])?|soy del?|je suis du|sou de|ich bin vom)|(?<![\w.])d\.?n\.?(?=[ \t]*:)|"
                          r"(?:^|(?<=\n))[ \t]*d\.?n\.?")
_DOB_RIGHT_BEFORE = re.compile(rf"(?:{_DOB_RIGHT_BEFORE_CUES})[ \t]*:?[ \t]*$", re.IGNORECASE)
_DOB_CUE = re.compile(rf"\b(?:{_DOB_CUES})(?!\w)|{_DOB_CJK_CUES}|{_DOB_KO_AFTER}|{_DOB_ZH_AFTER}|"
                      rf"(?:{_DOB_RIGHT_BEFORE_CUES})(?![^\W\d_])", re.IGNORECASE)
# the Spanish "nació" after an article and a noun: a company's, a project's, an idea's beginning (a person's birth is
# told with a name, a possessive or no subject: "Lucía ... y nació el", "mi hija nació el")
# piiblind35: the Portuguese "nasceu" too ("O projeto nasceu 15/03/2020"), now a birth cue; a baby, a son or a
# grandchild after the article is a person ("o bebê nasceu em", "la niña nació el")
_THING_BORN = re.compile(r"\b(?:la|el|los|las|un|una|este|esta|ese|esa|aquel|aquella|o|a|os|as|um|uma|esse|essa)\s+"
                         r"(?!(?:beb[eêé]|menin[oa]|filh[oa]|net[oa]|irm[ãa]o?|sobrinh[oa]|prim[oa]|niñ[oa]|hij[oa]|"
                         r"niet[oa]|herman[oa]|sobrin[oa]|gemel[oa]s?|g[eê]me[ao]s?)\b)[a-záéíóúñãõâêôç]+\s+"
                         r"(?:naci(?:ó|o|eron)|nasce(?:u|ram))\b[^\n.!?]{0,24}$", re.IGNORECASE)
_SPACED_DATE = re.compile(r"\d{1,2} \d{1,2} \d{2,4}")
# piiblind34: a possessive pronoun standing for "my / her date of birth" right before the date ("Mine is 30/10/1979 and
# hers is 12/05/2010", "my partner's DOB is 16 Nov 1990, mine is 4 Mar 1992", "la mía es", "le mien est"), a birth cue
# in the 120 characters before it (``_DOB_CUE``)
_DOB_PRONOUN_BEFORE = re.compile(r"\b(?:(?:mine|hers|his|theirs|yours|ours)(?:['’]s|[ \t]+(?:is|was)|[ \t]*[:=])|"
                                 r"(?:el|la) m[íi][oa] (?:es|era)|(?:le|la) mien(?:ne)? (?:est|c['’]est)|"
                                 r"(?:meins|meiner|meines) ist|(?:il|la) mi[oa] (?:è|e)|(?:o|a) (?:meu|minha) (?:é|e))"
                                 r"[ \t]*$", re.IGNORECASE)
_SPACED_DATE_CUE = re.compile(r"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)[ \t]*[:\-]?[ \t]*$", re.IGNORECASE)
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
                  r"justgiving\.com/(?:crowdfunding|fundraising|page)|"
                  # chat links and booking pages name their person ("wa.me/447700900461" is a WhatsApp
                  # number), and so does an ORCID iD
                  r"wa\.me|m\.me|telegram\.me|kik\.me|calendly\.com|steamcommunity\.com/id|orcid\.org)/|"
                  # any host's "/@name" is a profile by the fediverse's convention (Mastodon instances,
                  # TikTok, YouTube, Medium, Threads)
                  r"(?:[a-z0-9-]+\.)+[a-z]{2,}/@")
# a person's own subdomain on a blogging or newsletter host ("mendingslowly.substack.com"): the home
# page only, not a post cited as a resource ("x.wordpress.com/2016/06/20/what-makes-...")
_PERSONAL_SUBDOMAIN = (r"(?!www\.)[a-z0-9-]+\.(?:substack|tumblr|blogspot|wordpress|carrd|bandcamp|neocities|weebly|"
                       r"wixsite|livejournal|beehiiv|github|gitlab)\.(?:com|co|org|io)\b|"
                       r"(?!www\.)[a-z0-9-]+\.(?:netlify|vercel)\.app\b|(?!www\.)[a-z0-9-]+\.pages\.dev\b")
# any host's profile path: "/in/name", "/u/name", "/user/name", "/profile/name", "/people/...",
# "/members/...", "profile.php?id=...", "vimeo.com/user123" (with or without a scheme, a language
# segment before it: "es.linkedin.com/in/...", "open.spotify.com/user/...")
_PROFILE_PATH = (r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[a-z]{2}(?:-[a-z]{2})?)?"
                 r"/(?:(?:in|u|users?|profiles?|people|members?|authors?|creators?|artists?|athletes|freelancers|"
                 r"therapists|counsell?ors|~)/"  # a directory's page for one therapist
                 r"|profile\.php\?id=\d|user\d)")
_URL_TAIL = r"[^\s)\"'<>,\]}|]+"
# a therapist directory's page: one person's ("/therapists/jane-doe-lcsw", ".../jane-doe-chicago-il/123456")
# or a listing ("/therapists/new-york/new-york", "/therapists/ny/albany", "/counsellors/london", "/therapists/trauma")
_DIRECTORY_LISTING = re.compile(r"/(?:therapists|counsell?ors)/([^/?#]*)(?:/([^/?#]+))?", re.IGNORECASE)
# a person's own site named by its owner: "my website is www.x.co.uk", "my portfolio: <https://x.dev>",
# "see my work at x.com" (the host itself, with or without a path); no inline flags, so that the
# guard finds its cue words (a literal test in the guard table's one scan rules out most texts)
PERSONAL_SITE_PATTERN = re.compile(
    r"\b(?:(?:my|his|her)(?: own| personal| new| old| art| work| photography| coaching| business| therapy)? "
    r"(?:website|web ?site|site|homepage|home page|portfolio|blog|web ?page)|(?:see|find|view) my work (?:at|on)|"
    # round twenty: the same in es, fr, de, it, pt, pl, and a label opening a line or after a bar ("Website: x.com")
    r"(?:mi|mis) (?:web|página(?: web)?|sitio(?: web)?|blog)|mon (?:site(?: perso| web| internet)?|blog)|"
    r"meine? (?:Seite|Website|Webseite|Homepage|Blog)|(?:il mio|la mia) (?:sito|blog|pagina)|"
    r"(?:meu|minha) (?:site|blog|página)|moja strona|mój blog|"
    r"(?:^|(?<=\n)|(?<=\| ))(?:website|web|homepage|portfolio|blog|contact|site)(?= ?:))"
    r"(?:'s at|’s at| lives at| is now| is| at| was| is at| es| ist| c'est| c’est| est| è| é| to| ?:| -| –)?[ \t]*<?((?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
    r"(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s)\"'<>,\]}|]*)?)", re.IGNORECASE)
# ... and named after it: "www.x-art.com, that's my site", "x.dev is my portfolio", "x.co.uk (my blog)"
SITE_THEN_CUE_PATTERN = re.compile(
    r"(?<![\w@/.-])((?:https?://)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
    r"(?:/[^\s)\"'<>,\]}|]*)?)(?:,[ \t]*(?:that's |that’s |that is |it's |it’s )?|[ \t]+(?:is|was) |[ \t]*[(–—-][ \t]*)"
    r"my (?:own |personal |new |old |art |work |business |photography )?"
    r"(?:website|web ?site|site|portfolio|blog|web ?page)\b(?=[ \t]*(?:[.!,;)]|$|\n|now\b|too\b))", re.IGNORECASE)  # not "homepage": a browser's
_PUBLIC_HOST = re.compile(r"(?:^|[/.])(?:wikipedia|youtube|reddit|medium|github|stackoverflow|wordpress|blogger|blogspot|"
                          r"google|facebook|instagram|twitter|x|tiktok|linkedin|nytimes|bbc|amazon|duolingo|netflix|spotify|"
                          r"apple|microsoft|yahoo|quora|pinterest|tumblr|substack|wix|squarespace|etsy|ebay|imdb|"
                          r"goodreads|behance|dribbble|deviantart|flickr|vimeo|twitch|patreon)\.[a-z.]+(?:/|$)", re.IGNORECASE)
# (a host in lower case, as sites are written: "K.Aa" after a sign-off is no site)
SIGNATURE_SITE_PATTERN = re.compile(
    r"(?:[ \t](?:\||—|–)[ \t]|\n)((?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*[a-z0-9](?:\.[a-z0-9-]+)*\.[a-z]{2,})/?"
    r"(?=[ \t]*(?:\n|$))")
PERSONAL_SUBDOMAIN_PATTERN = re.compile(rf"(?<![\w@/.-])(?:https?://)?(?:{_PERSONAL_SUBDOMAIN}|"
                                        r"(?!www\.)[a-z0-9-]+\.wixsite\.com/[\w-]+)/?(?![\w/.-])",
                                        re.IGNORECASE)
_ID_CUES = (r"dni|nie|pesel|cpf|nif|bsn|sin|social insurance(?: number)?|steuer[- ]?id|steuer-?identifikationsnummer|"
            r"idnr|aadhaar|aadhar|आधार(?: कार्ड)?(?: नंबर)?|আধার(?: কার্ড)?(?: নম্বর)?|pps(?: number| no\.?)?|nir|num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|"
            r"n° de s[ée]cu(?:rit[ée] sociale)?|s[ée]curit[ée] sociale|s[ée]cu|codice fiscale|ppsn|passport|pasaporte|passeport|passaporto|passaporte|"
            r"paszport|reisepass(?:nummer)?|passnummer|personalausweis(?:nummer)?|ausweis(?:nummer)?|steuernummer|id card|identity card|"
            r"driving licen[cs]e|driver'?s licen[cs]e|carta d'identit[àa]|dowód(?: osobisty)?|"
            r"documento de identidad|carte d'identit[ée]|cartão de cidadão|rg|nhi|personnummer|personnr|f[øo]dselsnummer(?:et)?|"
            r"itin|individual taxpayer identification number|pan(?: card)?|personal (?:id(?:entity)? )?number|"
            r"henkil[öo]tunnu(?:s|kse(?:ni|si))|hetu|cpr|burgerservicenummer|rijksregisternummer|ahv|avs|"
            r"registre national|num[ée]ro (?:de registre )?national|niss|insz|"
            r"sozialversicherungsnummer|sv-nummer|medicare(?: card)?|tfn|tax file(?: number)?|ird|curp|rfc|utr|"
            r"unique taxpayer reference|nino|ni number|national insurance|national id|id number|id no|"
            r"numer dowodu|nr\.? dowodu|t\.c\.?(?: kimlik)?|n[úu]mero de identidad|(?:sa|south african|israeli) id|identity number|teudat zehut|"
            r"id-nummer|ahv-nummer|cpr-nummer|kennitala|nip|krankenversicherungsnummer|versichertennummer|"
            r"krankenkassennummer|health card|ohip|health insurance number|carte vitale|tessera sanitaria|"
            r"tarjeta sanitaria|nss|n[úu]mero de (?:la )?seguridad social|cf|cnp|(?:tc )?kimlik(?: no)?|tckn|주민등록번호|"
            # round twenty-one: more countries' personal ids that python-stdnum checks
            r"rut|cuit|cuil|egn|егн|isikukood|asmens kodas|em[šs]o|oib|amka|cnic|nric|mykad|hkid|hong kong id(?: card)?|"
            r"resident registration number|"
            # piiblind31: a tax id named in English, a national insurance number said in short, a Polish passport's
            # genitive, the Swedish "pnr", the Turkish "TC" in capitals or as "tc no"
            r"tax id(?:entification)?(?: number| no)?|nat(?:ional)? ins(?:urance)?(?: number| no)?|"
            r"(?:numer |nr\.? )?paszportu|pnr|(?-i:TC)|tc no|tc kimlik no|"
            # piiblind32: Nigeria's NIN, Japan's My Number, an Afrikaans "ID nommer", an upper-case "ID" alone (taken
            # only by a checksum: ``_ID_CHECKS``)
            r"nin|マイナンバー|個人番号|id[ -]?nommer|(?-i:ID)|"
            # piiblind34: the codice fiscale shortened ("cod fiscale", "cod. fiscale"), the Quebec NAS (a SIN; in capitals
            # only: "nas" is a Portuguese word), a NIR named by its registry ("N° INSEE", "numéro INSEE")
            r"cod\.? ?fisc(?:ale)?|(?-i:NAS)|num[ée]ro d['’]assurance sociale|insee|"
            # piiblind35: "cod. fisc." cut short; Turkish possessives ("kimliğim", "annemin tc'si")
            r"kimli(?:ğim|gim|ğin|ğimiz)|tc['’](?:si|sı|m|n|niz)|"
            # piiblind36b: the Steuer-ID by its other name alone, the German pension insurance number, the Belgian register
            # number cut short, the Korean resident number said short, the Spanish social-security affiliation number
            r"identifikationsnummer|rentenversicherungsnummer|rv-nummer|rijksregisternr|주민번호|seguridad social")

_AB = r"(?<![A-Za-z0-9])"  # an ASCII word start: "\b" is no boundary after a CJK character ("是139...")
_AE = r"(?![A-Za-z0-9])"
_HANDLE_CUES = (r"handle|reddit|insta(?:gram)?|instagramie|ig|finsta|snap(?:chat)?|snapie|gaming tag|pinterest|tumblr|youtube|tik ?tok|tiktoku|twitter|twitterze|discord|discordzie|user ?name|gamer ?tag|telegram|kik|psn|"
                r"xbox(?: live)?|twitch|wechat|skype|bluesky|roblox|steam|pseudo|usuario|benutzername|nutzername|nome utente|"
                r"signal")  # a Signal username ends in "." and two or more digits ("quiet_owl.07")
_POSTCODE_CUES = (r"(?i:post ?code|postal code|zip(?: code)?|code postal|postleitzahl|kod pocztowy|"
                  r"c[oó]digo postal|codice postale|eircode|pin ?code|postnummer|postnr\.?|postinumero|posta kodu)|PLZ|CEP|CAP|C\.P\.|CP|cap(?= è | \d{5},? via )")
_CN_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                "孔向汤欧阳")

EMAIL_PATTERN = re.compile(rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}{_AE}")
# "priya[at]outlook.com", "tom.ashworth88 at gmail dot com" (" at " only before a mail provider, after a
# local part with a digit, "." or "_")
_MAIL_PROVIDERS = (r"gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|protonmail|proton|gmx|btinternet|sky|"
                   r"virginmedia|msn|me|mail|yandex|web|qq|163|orange|free|libero|wp|o2|onet|interia|ymail|"
                   r"terra|uol|bol|tiscali|virgilio|alice|laposte|sfr|wanadoo|t-online|seznam|rambler")
# "@" and "." said in other languages ("marta.ruiz arroba hotmail punto com", "chiocciola", "apenstaartje",
# "małpa", "Klammeraffe", "собака"; "punto", "ponto", "punkt", "point", "punt", "точка"): only before a provider
_AT_WORDS = r"arroba|chiocciola|apenstaartje|ma[łl]pa|klammeraffe|собака"
_DOT_WORDS = r"dot|punto|ponto|punkt|point|punt|точка"
OBFUSCATED_EMAIL_PATTERN = re.compile(
    rf"(?<![\w.@])(?:[A-Za-z0-9._%+-]{{1,40}} ?(?:\[at\]|\(at\)|\{{at\}}|<at>) ?[A-Za-z0-9-]+|"
    rf"[A-Za-z0-9%+-]*[._0-9][A-Za-z0-9._%+-]* (?:at|AT) (?:{_MAIL_PROVIDERS})|"
    rf"[A-Za-z0-9]+(?: (?:dot|DOT) [A-Za-z0-9]+)+ (?:at|AT) (?:{_MAIL_PROVIDERS})|"  # "jonah dot reyes at outlook dot com"
    rf"[A-Za-z0-9._%+-]{{1,40}} (?:{_AT_WORDS}) (?:{_MAIL_PROVIDERS}))"
    rf"(?:(?: ?(?:\[dot\]|\(dot\)|\{{dot\}}) ?| (?:{_DOT_WORDS}) |\.)[A-Za-z]{{2,}})+(?![\w.])", re.IGNORECASE)
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
                           rf"Apartments|Hall|Block|Works|Mill),? )?)?"
                           rf"(?:\b(?i:Unit|Flat|Apt|Apartment|Suite)\.? #?(?=\d{{1,4}}[A-Za-z]?/\d))?"  # "Unit 5/22 Smith Street"
                           rf"\b(?:\d{{1,4}}[A-Za-z]?/)?\d{{1,5}}(?:-\d{{1,5}})?[A-Za-z]?,? "
                           rf"(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th)) ){{1,3}}(?:{_STREET_EN})\b\.?"
                           rf"(?: (?:[NSEW]|NE|NW|SE|SW)\b(?![.'’]\w)| (?:North|South|East|West)(?=,|\.|\n|$))?"  # "55 Bloor St W"
                           rf"(?:,? (?:Apt|Unit|Suite|Flat)\.? ?#?\w{{1,4}})?")
# a lower-case street after a cue ("i live at 27 elm road")
LOWER_ADDRESS_PATTERN = re.compile(
    r"\b(?:live|lives|living|lived|staying|stay|moved|moving|address is|address:|house is|home is|flat is)"
    r"(?: at| to| in| on)? (\d{1,5}[a-z]?,? (?:[a-z]+ ){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|close|"
    r"crescent|grove|gardens|way|place|terrace|court|square|row|walk|hill|mews|parade|rise|green|park|boulevard|blvd)"
    r")\b")
NI_PATTERN = re.compile(r"\b(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b",
                        re.IGNORECASE)
NHS_PATTERN = re.compile(r"\b(?P<cue>nhs|n\.h\.s\.?|chi|hospital|patient|health|medical|mrn|gp|surgery)\b[^\d\n]{0,45}?"
                         rf"{_AB}(\d{{3}}[ -]?\d{{3}}[ -]?\d{{4}}){_AE}", re.IGNORECASE)
_CJK_LETTER = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
CUED_ID_PATTERN = re.compile(rf"(?:\b|(?={_CJK_LETTER}))(?P<cue>{_ID_CUES})(?:\b|(?<={_CJK_LETTER}))[^\w\n]{{0,3}}(?:(?:number|numer|no|nr|n|is|es|ist|to|é|è|est|c'est|c’est|är|er|"
                             rf"é o|è il|nummer|numéro|número|numero|lautet|wynosi|numaram|numarası|on|le|el|ul|meu|mea|este|mitt|min|mit|е|yra|je|jest)\b\.?[^\w\n]{{0,3}}){{0,3}}"
                             rf"([A-Z0-9](?:[A-Z0-9]|[ .-](?=[A-Z0-9])|/(?=\d)){{6,24}}(?:\([0-9A]\))?)", re.IGNORECASE)  # "A123456(3)": a HKID's check digit
# ("/" between digits, piiblind36b: a Spanish social-security number "08/40927318/52")
# piiblind36b: an id further from its cue, other words between ("het burgerservicenummer van mijn dochter ..., het is
# 344004764", "le NIR, voilà : 1801...", "kimlik numaramı da yazayım: 2434...", "Rentenversicherungsnummer gefunden: 65
# 170885 W 01 2"): only the cues no everyday word shares (long names, the short ones in capitals), the words between
# without a digit or a sentence's end; the id by its checksum (``_ID_CHECKS``), or by its length after a colon
_DISTANT_ID_CUES = (r"\b(?i:burgerservicenummer|rijksregisternummer|rijksregisternr|identifikationsnummer|"
                    r"steuer-?identifikationsnummer|steuer-?id|rentenversicherungsnummer|sozialversicherungsnummer|"
                    r"personnummer|f[øo]dselsnummer|henkil[öo]tunnu(?:s|kse(?:ni|si))|codice fiscale|kimlik|pesel|"
                    r"aadhaar|s[ée]curit[ée] sociale|seguridad social|num[ée]ro national|registre national|"
                    r"national insurance|social insurance|tax file number)|주민등록번호|주민번호|マイナンバー|個人番号|"
                    r"(?<![A-Za-z])(?:DNI|NIE|NIR|BSN|CPF|PPSN|PPS|SIN|NAS|TFN|NIF|TC|CPR|AHV|AVS)(?![A-Za-z])")
DISTANT_ID_PATTERN = re.compile(rf"(?P<cue>{_DISTANT_ID_CUES})(?P<gap>[^\d\n.!?]{{1,70}})"
                                r"(?<![A-Za-z])(\d(?:[\dA-Za-z]|[ .-](?=[\dA-Za-z])|/(?=\d)){6,24})")
CHECKSUM_ID_PATTERN = re.compile(r"\b(?:[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]|\d{8}-?[A-Za-z]|[XYZ]-?\d{7}-?[A-Z]|"
                                 r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{1,2}\.\d{3}\.\d{3}-?[A-Z])\b")  # codice fiscale, DNI, NIE, CPF: checksums
BORN_YEAR_PATTERN = re.compile(r"(?:(?<=[Bb]orn )|(?<=[Bb]orn in ))(['’]\d\d)(?![\w'’])")
PESEL_PATTERN = re.compile(rf"{_AB}\d{{11}}{_AE}")
_POLISH = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_PESEL_CUE = re.compile(r"\bpesel\b", re.IGNORECASE)  # "numer PESEL mojej mamy: ..." without a Polish letter
# piiblind36b: or printed in its three parts, 6-8-4, with spaces or dashes ("310104 19870422 1662")
CN_ID_PATTERN = re.compile(rf"{_AB}[1-9]\d{{5}}(?P<sep>[ -]?)(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?P=sep)\d{{3}}[\dXx]"
                           rf"{_AE}")  # Chinese resident id: checksum
UK_POSTCODE_PATTERN = re.compile(r"(?<!#)\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b|"
                                 r"(?<!#)\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}\b")  # "m13 9pl" in chat
AFTER_ADDRESS_POSTCODE_PATTERN = re.compile(r"(?:(?<=, )|(?<=\n))(\d{5}-\d{3}|\d{6}(?= [А-ЯЁ])|\d{5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{4}) "
                                            r"(?=[A-ZÀ-ÖØ-ÞŁŚŻİĞŞÇ]|(?<=\d{6} )[А-ЯЁ])")
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
                                         r"[A-Z][a-zāēīōū]+(?: [A-Z][a-zāēīōū]+)? (\d{4}|[1-9]\d{5}(?! [a-z]))(?![\d/])")  # NZ; India's PIN
EIRCODE_PATTERN = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b")
CUED_HANDLE_PATTERN = re.compile(rf"\b(?P<cue>{_HANDLE_CUES})\b(?:[ -](?P<q>name|id|account|handle|user ?name|gamer ?tag|tag))?"
                                 r"(?P<filler>,?(?: [a-z]+){0,2} (?:ist|is|was|it's|it’s|its|c'est|c’est|es|é|è|jestem|soy|sono|sou|suis|ben|bin|called|named)|"
                                 r"(?:'s|’s) (?:called|named)|'s|’s| ?:|：|"
                                 r" -|,| me ?:| \((?=[A-Za-z0-9_.#-]{3,32}\)))"  # piiblind31: "discord, it's X", "tumblr (X)"
                                 r" ?"
                                 r"(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.#-]{0,30}[A-Za-z0-9_])?)(?![\w@])",
                                 re.IGNORECASE)
# a payment app's handle after the app's name: Venmo's "@Sarah-Jones-12" (hyphens inside), Cash App's
# "$cashtag" (a "$" and a letter: not an amount), Skype's "live:.cid.123abc"
PAYMENT_HANDLE_PATTERN = re.compile(
    r"\b(?:venmo|cash ?app|cashtag|skype)\b(?!['’]d)[^\n@$\d]{0,20}?((?:@[A-Za-z][A-Za-z0-9_-]{0,28}[A-Za-z0-9_]|"
    r"\$(?![A-Z]{2,5}\b)[A-Za-z][A-Za-z0-9_-]{0,28}[A-Za-z0-9_]|"
    r"live:\.?[A-Za-z0-9_.-]{3,40}[A-Za-z0-9]))(?![\w@-])", re.IGNORECASE)
REDDIT_PATTERN = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b")
_PLATFORMS = (r"insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|tumblr|discord|twitch|reddit|threads|bluesky|"
              r"telegram|kik|pinterest|youtube|roblox|steam|xbox(?: live)?|psn|facebook|soundcloud|spotify")
# a handle, then its platform: "I'm lizzie_draws on tumblr" (a "_", "." or digit inside it)
HANDLE_ON_PATTERN = re.compile(rf"(?<![\w@./])([a-z0-9_](?:[a-z0-9_.]{{1,28}})[a-z0-9_]) on (?i:{_PLATFORMS})\b")
_HANDLE_TOKEN = r"(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@]|\.\w|['’]\w|-\w)"
# a handle in running text after its platform, with no "@" and no "my insta is" (PII round twenty):
# "found him on twitch as GrumpyBadgerTV", "on instagram under the name X", "on snap he's X",
# "en insta soy X", "sur snap sous le nom de X", "auf Insta heiße ich X", "su instagram mi chiamo X"
PLATFORM_THEN_HANDLE_PATTERN = re.compile(
    rf"\b(?:on|in|en|sur|auf|no|na|su|em|op) (?:{_PLATFORMS}|kick(?=,? as ))(?:u|ie)?,? "
    r"(?P<v>as|under(?: the (?:user ?)?name)?|como|comme|sous le (?:nom|pseudo)(?: de)?|als|come|jako|"
    # piiblind31: an account's or a name's word in German, French, Spanish, Portuguese, Italian ("auf twitch den namen X",
    # "sur insta depuis le compte X", "en insta con la cuenta X")
    r"(?:unter )?(?:den|dem) (?:namen|account)|(?:depuis |avec |sous )?le compte|(?:con |desde )?la cuenta|"
    r"(?:com |pela |na )?a conta|con (?:l'|l’)account|con il nome|"
    r"i'm|i’m|i am|he's|he’s|she's|she’s|it's|it’s|they're|they’re|he is|she is|"
    r"soy|me llamo|je suis|je m'appelle|je m’appelle|bin ich|heiße ich|heisse ich|eu sou|sou|jestem|nazywam się|"
    rf"sono|mi chiamo) {_HANDLE_TOKEN}", re.IGNORECASE)
# a handle before its platform after a word that names it: "she goes by X on discord", "he calls
# himself X on reddit", "known as X on roblox", "I'm X on bluesky" (the platform is required: "as X"
# alone is everywhere); "an account called X" needs none (a pattern of its own, whose literals are rare)
HANDLE_THEN_PLATFORM_PATTERN = re.compile(
    r"\b(?P<v>go(?:es)? by|going by|went by|call(?:s|ing|ed)? (?:him|her|them|my)sel(?:f|ves)|known as|"
    r"i'm|i’m|i am|he's|he’s|she's|she’s|they're|they’re|as|under) "
    rf"{_HANDLE_TOKEN}(?P<p>,? on (?:{_PLATFORMS})\b)", re.IGNORECASE)
NAMED_ACCOUNT_PATTERN = re.compile(
    rf"\b(?P<v>(?:account|user|page|channel|profile) (?:called|named)) {_HANDLE_TOKEN}(?P<p>,? on (?:{_PLATFORMS})\b)?",
    re.IGNORECASE)
# a handle after a word for "my account" in Turkish ("instagram hesabım elif.yilmazz", "kullanıcı adım: kara_kedi")
# or after a Polish platform's locative and "to" ("moje konto na tiktoku to kasia_xd", "mój nick to ola.rysuje"):
# the handle holds "_", "." or a digit, so no word is taken ("na tiktoku to jest straszne") (probe round 27 b)
# piiblind31: a chat log's speaker ("[21:04] moonlit_orca: ..."), a handle's shape needed ("_", "." or a digit); a Discord
# tag ("velvetwaffle#2231", the platform named near it); "my @ is X"; a handle someone is told to search for or add, a
# platform named near it ("just search velvet_waffle")
CHAT_LOG_HANDLE_PATTERN = re.compile(r"(?:^|\n)[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\][ \t]*<?"
                                     r"([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,30}[A-Za-z0-9_]))>?:[ \t]")
DISCORD_TAG_PATTERN = re.compile(r"(?<![\w@#./-])([A-Za-z0-9_.]{2,32}#\d{4})(?![\w#])")
# review31: a ticket's, an order's or an issue's number written against its word ("issue#1234", "order#5521")
_REFERENCE_TAG = re.compile(r"(?:issues?|orders?|tickets?|case|ref|invoice|pr|bug|items?|no|nr|num|room|flight|booking|job|"
                            r"task|step|page|version|build|pull|commit|receipt|account|acct|ticket)#", re.IGNORECASE)
MY_AT_PATTERN = re.compile(r"\b(?:my|his|her|their|your) @ ?(?:is|was|=|:|-) ?"
                           r"([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@]|\.\w)", re.IGNORECASE)
SEARCH_HANDLE_PATTERN = re.compile(r"\b(?:search(?: for)?|look (?:me |him |her )?up|look for|add me(?: as)?|find me(?: as)?|"
                                   r"follow me(?: as)?) @?([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))(?![\w@]|\.\w)",
                                   re.IGNORECASE)
_PLATFORM_NEAR = re.compile(rf"\b(?:{_PLATFORMS}|kick|mastodon|vinted|depop|tinder|hinge|bumble|grindr)\b", re.IGNORECASE)
ACCOUNT_WORD_HANDLE_PATTERN = re.compile(
    r"(?:\b(?:hesab[ıi]m|kullan[ıi]c[ıi] ad[ıi]m)(?: ad[ıi])?:?|"
    r"\b(?:tiktoku|instagramie|snapie|snapchacie|discordzie|twitterze) to:?|"
    r"\b(?:m[oó]j|moje) (?:nick|login|konto)(?: na \w+)? to:?) "
    r"(@?(?=[A-Za-z0-9_.]*[_.\d])(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_]))(?![\w@]|\.\w)", re.IGNORECASE)
CJK_HANDLE_PATTERN = re.compile(r"(?:微信号?|(?<![A-Za-z])QQ号?|抖音号?|微博|"
                                # piiblind32: a LINE id ("LINEのIDは ..."), a KakaoTalk id ("카톡 아이디 ...")
                                r"(?<![A-Za-z])LINE ?(?:の|\s)?ID(?:は|:|：)?|(?:카톡|카카오톡|카카오) ?(?:아이디|ID)(?:는|은)?)"
                                r"(?:是|为|：|:)? ?([A-Za-z][A-Za-z0-9_-]{4,30})")

IPV6_PATTERN = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}:?(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?![\w:])",
                          re.IGNORECASE)
CUED_UK_POSTCODE_PATTERN = re.compile(r"\b(?:post ?code|postal code)(?: is|:)? ([a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})\b",
                                      re.IGNORECASE)
CA_POSTCODE_PATTERN = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b")

# An International Bank Account Number: a country code, two check digits and the account (BBAN),
# compact or in groups ("DE89 3704 0044 0532 0130 00", Italian "IT 40 S 05428 11101 000000123456"),
# either case. The match may run into the words after it ("... 3307 66 and"): the validator cuts
# it back at a space to the country's length (``_IBAN_LENGTHS``)
# (piiblind36b: or in groups with dashes, "ES62-0198-6936-...")
IBAN_PATTERN = re.compile(rf"{_AB}[A-Z]{{2}}[ -]?\d{{2}}(?:[ -]?[A-Z0-9]){{11,30}}{_AE}", re.IGNORECASE)
# piiblind36b: a Polish account number as Poles write it, the IBAN without its "PL" (26 digits, "13 3098 3979 5654
# 6083 8696 4624"): taken when "PL" before it makes a valid IBAN (``_valid_match``)
PL_ACCOUNT_PATTERN = re.compile(rf"{_AB}\d{{2}}(?:[ ]?\d{{4}}){{6}}{_AE}")
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
        compact = candidate.replace(" ", "").replace("-", "").upper()
        length = _IBAN_LENGTHS.get(compact[:2])
        if length is None:
            return None
        if len(compact) == length:
            if compact[2:4] in ("00", "01", "99"):
                return None  # piiblind36b: check digits run 02-98; "DE00 1234 ..." is a form's example, cue or not
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
        cut = max(candidate.rfind(" "), candidate.rfind("-"))
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
    ("URL", SITE_THEN_CUE_PATTERN, 1),
    ("URL", SIGNATURE_SITE_PATTERN, 1),
    ("IBAN", IBAN_PATTERN, 0),  # before the digit detectors take its groups
    ("IBAN", PL_ACCOUNT_PATTERN, 0),  # piiblind36b: a Polish account without its "PL"
    ("SSN", re.compile(r"\b(?:ssn|ss#|social security(?: number| no\.?| #)?|social)\b[^\w\n]{0,3}(?:is )?"
                       r"(?:number |no\.? |# ?)?(\d{3}[-–. ]?\d{2}[-–. ]?\d{4})\b", re.IGNORECASE), 1),
    ("SSN", re.compile(r"\b(?!000|666|9\d\d)\d{3}([-– ])(?!00)\d{2}\1(?!0000)\d{4}\b"), 0),
    ("NATIONAL_ID", CN_ID_PATTERN, 0),
    ("NATIONAL_ID", NHS_PATTERN, 2),
    ("NATIONAL_ID", NHS_AFTER_PATTERN, 1),
    ("NATIONAL_ID", NI_PATTERN, 0),  # UK NI number
    ("NATIONAL_ID", CUED_ID_PATTERN, 2),
    ("NATIONAL_ID", DISTANT_ID_PATTERN, 3),  # piiblind36b
    ("NATIONAL_ID", CHECKSUM_ID_PATTERN, 0),
    ("NATIONAL_ID", PESEL_PATTERN, 0),
    ("NATIONAL_ID", CZ_RC_PATTERN, 1),
    ("CARD", re.compile(rf"{_AB}(?<!\d\.)(?:\d[ -]?){{12,18}}\d{_AE}|{_AB}\d{{4}}(?:\.\d{{4}}){{2}}\.\d{{1,7}}{_AE}"), 0),
    ("IP", re.compile(rf"{_AB}(?<!\d\.)(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){{3}}(?:25[0-5]|2[0-4]\d|1?\d?\d){_AE}(?!\.\d)"),
     0),
    ("IP", IPV6_PATTERN, 0),
    ("DOB", re.compile(rf"(?<![A-Za-z0-9])(?:{_DATE})", re.IGNORECASE), 0),  # a date with a birth cue by it
    ("DOB", WORDED_DOB_PATTERN, 1),  # piiblind34: no digit in it
    ("DOB", WORDED_DATE_PATTERN, 0),  # piiblind35: the year in words in other languages, Chinese numerals
    ("DOB", BIRTHDAY_PATTERN, 2),  # piiblind35: a birthday without its year after its cue (group 1)
    ("DOB", CJK_TURNING_PATTERN, 1),  # piiblind36b: "3月3日で30歳になります"
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
                           rf"{_CAP}(?: {_CAP}){{0,2}},? (?:n\.? ?[º°o]\.? ?|nr\.? ?)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?(?: m\. ?\d{{1,4}})?\b"
                           rf"(?! (?:años|anos|anni|ans|years?|veces|vezes|volte|fois|times|minut\w*|km|metros|metri|mètres|horas|ore|"
                           rf"heures|días|dias|giorni|jours|meses|mesi|mois|semanas|settimane|semaines)\b)"), 0),  # (review28b) "10 años"
    # a Czech or Slovak street (an adjective or possessive in -á, -í, -é, -ova, -ovo, and a second word, its number, "58" or "1042/12") before a postcode "NNN NN" and
    # its town ("Korunní 58, 120 00 Praha 2", "Masarykova 27, 602 00 Brno")
    ("ADDRESS", re.compile(r"\b[A-ZÁČĎÉÍŇÓŘŠŤÚŽ][a-záčďéěíňóřšťúůýž]+(?:á|í|é|ova|ovo)(?: [A-ZÁČĎÉÍŇÓŘŠŤÚŽa-záčďéěíňóřšťúůýž][a-záčďéěíňóřšťúůýž.]+)? "
                           r"\d{1,4}(?:/\d{1,4})?[a-z]?(?=, \d{3} \d{2} (?!Kč|Sk\b|EUR|CZK)[A-ZÁČĎÉÍŇÓŘŠŤÚŽ])"), 0),
    # a Russian street with its house ("ул. Ленина, д. 5, кв. 12", "улице Гагарина, дом 7, квартира 3"): the house
    # word is needed
    ("ADDRESS", re.compile(r"(?<![\w.])(?:ул\.|улица|улице|улицу|пр\.|пр-т|просп\.|проспект|проспекте|пер\.|переулок|переулке|"
                           r"бул\.|бульвар|бульваре|ш\.|шоссе|наб\.|набережная|набережной|пл\.|площадь|площади) ?"
                           r"[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?,? (?:д\.|дом) ?\d{1,4}[а-я]?(?:/\d{1,3})?"
                           r"(?!\d|\s*(?:года|году|год|г\.|этаж\w*|лет|человек|метр\w*|км)(?!\w))"  # (review28b) "дом 1917 года", "дом 12 этажей"
                           r"(?:,? (?:корп\.|корпус|к\.|стр\.|строение) ?\d{1,3})?(?:,? (?:кв\.|квартира) ?\d{1,4})?"), 0),
    # German, Dutch and Scandinavian compounds ("Schillerstraße 14b", "Keizersgracht 123-II" with its
    # floor, "Götgatan 48", "Nørrebrogade 12")
    # (review28b) not a rank ("Tabellen-Platz 3", "Start-Platz 2"; "Willy-Brandt-Platz 4" stays), not an English word in
    # -tie nor a Finnish highway ("Auntie 2", "Valtatie 4")
    ("ADDRESS", re.compile(r"\b(?![A-ZÄÖÜ][a-zäöüß]+-Platz\b)"
                           r"(?!(?:Auntie|Cutie|Sweetie|Bestie|Hottie|Beastie|Valtatie|Kantatie|Seututie|Yhdystie|Moottoritie)\b)"
                           r"(?!(?:String|Spring|Offspring|Herring|Earring|Keyring|Bring|Stirring|Referring|Occurring|Preferring|Recurring|"
                           r"Transferring|Conferring|Deterring|Blurring|Spurring|Starring|Scarring|Sparring|Barring|Inferring|Deferring)\b)"
                           r"(?:(?!(?:Mrs?|Ms|Dr|Sr|Jr|Mx|Bij|In|Naar|Vanaf|Op|Aan|Van|Voor|Achter|Naast|Tot|Uit|Langs|Over|Door|Met|Om|Tegen|Richting|"
                           r"Via|Tussen|Onder|Boven|Nabij|Vlakbij|Rond|Zie|En|Of|Maar|Ook|Daar|Hier|Waar)\b)"  # (review28b) "Bij de Kerkstraat 3"
                           r"[A-Z][a-z]+ (?:van der|van den|van de|van|de|den|ter|ten) )?"  # "Johan de Wittlaan 30", not "Mr de ..."
                           r"[A-ZÄÖÜÅØÆ][\wäöüßåøæ-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|(?<![aeiouy])ring|damm|ufer|"
                           r"straat|laan|gracht|plein|steeg|gatan|vägen|gata|gränd|gade|vej|veien|gaten|katu|(?<=[aeiouyäön])tie|kuja|polku|"
                           r"(?: (?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring))|"
                           r"(?<=[a-zäöüß])-(?:Straße|Strasse|Str\.|Allee|Platz|Gasse|Damm|Ufer))"  # "Konrad-Adenauer-Straße 7" (not "-Weg", "-Ring": words)
                           r" \d{1,4}(?:[a-z]|[A-H](?!\w))?(?:/\d{1,4}[a-z]?|-(?:I{1,3}V?|hs|huis|bis)(?![\w-]))?\b"
                           r"(?: [A-H](?: \d{1,3})?(?!\w))?"  # "Storgatan 12B", "Aleksanterinkatu 15 A 3"
                           r"(?:,? (?:\d{1,2}\.|st\.|kl\.) ?(?:tv|th|mf|sal)\b\.?)?"), 0),  # a Danish floor and side: "Vesterbrogade 45, 3. tv."
    # Dutch streets named "X van Y" ("Laan van Meerdervoort 88", "Kade van de Vaart 3", "Weg naar Rhijnauwen 3")
    ("ADDRESS", re.compile(rf"\b(?:Laan|Weg|Kade|Singel|Dreef|Plein|Hof|Straat) (?:van|der|naar|op|achter|over)"
                           rf"(?: (?:de|der|den|het|'t))? {_CAP} \d{{1,4}}[a-z]?(?:-(?:I{{1,3}}V?|hs|huis|bis)(?![\w-]))?\b"), 0),
    # Norwegian and Danish streets written apart, before a postcode ("Thorvald Meyers gate 30, 0555 Oslo"), Turkish ones ("Bağdat Caddesi No: 112")
    ("ADDRESS", re.compile(rf"\b{_CAP}(?: {_CAP})? (?:gate|gata|gatan|vei|veien|vej|gade) \d{{1,4}}[A-Za-z]?\b(?=,? \d{{4}} [A-ZÆØÅ])|"
                           rf"\b{_CAP} (?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı) (?:No ?[:.]? ?)?\d{{1,4}}[A-Za-z]?\b"
                           rf"(?:,? (?:Daire|D\.|D:|Kat|K\.|K:) ?\d{{1,3}}\b)?"), 0),  # with the flat ("Daire 4", "D:5")
    ("ADDRESS", re.compile(r"(?:(?<=[区市县镇省])|(?<![\u4e00-\u9fff]))(?:(?![区市县镇省])[\u4e00-\u9fff]){1,5}"
                           r"(?:路|大街|街|大道|巷|胡同|弄)\d{1,5}号(?:\d{1,4}(?:栋|号楼|单元|楼|层|室))*"), 0),
    # Japanese: a district, its chōme and block numbers ("北沢2丁目14-7")
    ("ADDRESS", re.compile(r"(?:(?<=[区市町村都道府県])|(?<![\u4e00-\u9fff]))(?:(?![区市町村都道府県])[\u4e00-\u9fff]){1,5}"
                           r"\d{1,2}丁目\d{1,4}(?:[-－]\d{1,4}){0,2}(?:番地?|号)?|"
                           # or without "丁目", right after the ward or city ("新宿区西新宿2-8-1")
                           r"(?<=[区市町村])(?:(?![区市町村都道府県])[\u4e00-\u9fff]){1,5}\d{1,2}[-－]\d{1,4}(?:[-－]\d{1,4})?(?![階冊人日回個枚本時歳名件])(?:番地?|号)?"), 0),
    # a post-office box ("PO Box 4432", "Postfach 10 12 34", "Apartado de correos 123", "Caixa Postal 55")
    ("ADDRESS", re.compile(r"\b(?:P\.? ?O\.? ?Box|Post Office Box|Postfach|Apartado (?:de [Cc]orreos|[Pp]ostal)|Apdo\.|Caixa Postal|Casella [Pp]ostale|"
                           r"Skrytka [Pp]ocztowa|Bo[iî]te [Pp]ostale) ?\d{1,6}(?: \d{2}){0,2}\b"), 0),
    ("ADDRESS", LOWER_ADDRESS_PATTERN, 1),
    ("ADDRESS", re.compile(r"\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|"
                           r"Vor dem) (?!(?:Jahr|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                           r"November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Moment|"
                           r"Ende|Anfang|Alter|Schnitt|Durchschnitt|Prinzip|Grunde|Monat|Tag)\b)[A-ZÄÖÜ][\wäöüß-]+ "
                           r"\d{1,3}[a-z]?(?=,|[ \t]*(?:\n|$)|[ \t]+\d{5}\b)"), 0),
    # a street without a number where someone lives ("we live on Elm Street", "moved to Mill Lane")
    ("POSTCODE", UK_POSTCODE_PATTERN, 0),
    ("POSTCODE", CUED_UK_POSTCODE_PATTERN, 1),
    ("POSTCODE", re.compile(rf"\b(?:(?:{_US_STATES}),? |zip(?: code)?(?: is|:)? )(\d{{5}}(?:-\d{{4}})?)\b"), 1),
    ("POSTCODE", re.compile(r"\bzip(?: code)?(?: is|:)? (\d{5}(?:-\d{4})?)\b", re.IGNORECASE), 1),
    ("POSTCODE", re.compile(r"\b(\d{5}(?:-\d{4})?) (?:is|was) (?:my|our|the) zip\b", re.IGNORECASE), 1),
    ("POSTCODE", re.compile(r"\b(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA),? (\d{4})\b"), 1),  # Australia
    ("POSTCODE", re.compile(r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
                            r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
                            r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
                            r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
                            r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
                            r"Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming),? (\d{5}(?:-\d{4})?)\b"), 1),
    ("POSTCODE", re.compile(r"〒 ?(\d{3}-?\d{4})(?!\d)"), 1),  # Japan
    ("POSTCODE", CA_POSTCODE_PATTERN, 0),  # Canada
    ("POSTCODE", EIRCODE_PATTERN, 0),  # with an Irish place or "Eircode" on its line
    ("POSTCODE", re.compile(rf"\b(?:{_POSTCODE_CUES})(?:\b|(?<=\.))[^\w\n]{{0,3}}(?:(?:is|es|ist|est|é|è|to)[^\w\n]{{1,3}})?"
                            rf"(\d{{5}}-\d{{3}}(?!\d)|\d{{5}}(?:-\d{{4}})?|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{4}} ?[A-Z]{{2}}|\d{{3}} \d{{2}}|\d{{4,6}}){_AE}"),
     1),
    ("POSTCODE", re.compile(r"(?:邮编|邮政编码)(?:是|为|：|:)? ?(\d{6})(?!\d)"), 1),
    ("POSTCODE", AFTER_ADDRESS_POSTCODE_PATTERN, 1),
    ("POSTCODE", LIVING_POSTCODE_PATTERN, 1),
    ("POSTCODE", AFTER_CITY_POSTCODE_PATTERN, 1),
    ("HANDLE", PAYMENT_HANDLE_PATTERN, 1),  # before the plain "@name", which stops at a hyphen
    ("HANDLE", re.compile(r"(?<![A-Za-z0-9_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)"), 0),
    ("HANDLE", REDDIT_PATTERN, 0),
    ("HANDLE", HANDLE_ON_PATTERN, 1),
    ("HANDLE", CUED_HANDLE_PATTERN, "h"),
    ("HANDLE", CJK_HANDLE_PATTERN, 1),
    ("HANDLE", ACCOUNT_WORD_HANDLE_PATTERN, 1),
    ("HANDLE", PLATFORM_THEN_HANDLE_PATTERN, "h"),
    ("HANDLE", HANDLE_THEN_PLATFORM_PATTERN, "h"),
    ("HANDLE", NAMED_ACCOUNT_PATTERN, "h"),
    ("HANDLE", CHAT_LOG_HANDLE_PATTERN, 1),
    ("HANDLE", DISCORD_TAG_PATTERN, 1),
    ("HANDLE", MY_AT_PATTERN, 1),
    ("HANDLE", SEARCH_HANDLE_PATTERN, 1),
)

# -- validation ------------------------------------------------------------------------------

_NOT_AN_IP = re.compile(r"(?:version|ver\.?|v|build|release|windows|ios|android|update|chrome|firefox|"
                        r"python|app|zoom|software|firmware)\s*$", re.IGNORECASE)
_NOT_A_PHONE = re.compile(r"\b(?:order|ref|reference|invoice|account|acct|isbn|issn|case|policy|tracking|booking|"
                          r"membership|member|serial|claim|ticket|receipt|transaction|nhs|id|dni|pesel|cpf|bsn|"
                          r"nif|sin|aadhaar|ssn|social|card|iban|sort code|routing|pin|otp|code|build|version|student|employee|staff|"
                          r"customer|registration|matriculation|enrolment|enrollment|candidate|licen[cs]e|imei|parcel|"
                          r"shipment|confirmation|voucher|reservation|loyalty|"
                          # piiblind36b: a password or a barcode's digits ("the wifi password is 4471-8820-1193")
                          r"password|passcode|passwort|contraseña|mot de passe|wachtwoord|hasło|senha|"
                          r"boleto|barcode|código de barras|codice a barre|code-barres|strichcode)\b"
                          r"[^\d\n]{0,12}$",
                          re.IGNORECASE)
_PHONE_CUE = re.compile(r"(?:call|text|ring|phone|number|mobile|cell|tel|whatsapp|reach|contact|landline|sms|"
                        r"móvil|movil|teléfono|telefono|número|numero|numéro|appeler|appelle|portable|tél|"
                        r"handy|telefon|erreichen|erreichst|nummer|anrufen|telefone|telemóvel|telemovel|celular|ligar|"
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
# piiblind33: the tail of a longer number printed in groups of four ("9400 1118 9922 3856 4712 09", a parcel's
# tracking number): two or more four-digit groups right before it
_GROUPS_OF_FOUR_BEFORE = re.compile(r"(?<![\w.-])(?:\d{4}[ .-]){2,}$")
# piiblind34: the head of a longer number printed in groups of four ("4351 1341 4302 7067", a tracking or policy
# number): another four-digit group right after it
_GROUP_OF_FOUR_AFTER = re.compile(r"[ .-]\d{4}(?![\d])")
_GROUPS_OF_FOUR = re.compile(r"\d{4}(?:[ .-]\d{4})+")
# piiblind34: words naming a reference, an account or a record before an SSN-shaped number with no SSN cue (the shape
# alone is taken, so its cue must not name something else)
_NOT_AN_SSN_BEFORE = re.compile(r"\b(?:ref|case|claim|policy|account|acct|member(?:ship)?|serial|receipt|transaction|"
                                r"confirmation|voucher|reservation|customer|student|employee|staff|routing|pin|code|"
                                r"phone|tel|fax|ext|extension|isbn|model|part|item|sku|lot|batch|patient|hospital|mrn|"
                                r"file|docket|permit|badge|room|parcel|shipment)\b[^\d\n]{0,24}$", re.IGNORECASE)
_DECIMALS = re.compile(r"(?:^|\s)\d{1,3}\.\d{1,2}\s\d{1,3}\.\d")
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
                              r"botschaft|konsulat|ambassade|consulat|embajada|consulado|ambasciata|consolato|ambasada|"
                              r"\b(?:school|college|uni|university|clinic|surgery|hospital|council|pharmacy|"
                              r"dentist|bank|library|nursery|station)['’]?s? (?:main |phone |front desk )?"
                              r"(?:number|phone|line|landline))"
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


# a local number without its area or country code, as people give it after "call me" / "my number":
# "555-0199", "867 5309" (a US exchange and line: never opens with 0 or 1), "9123 4567" (the eight
# digits of Singapore, Hong Kong, Denmark, Norway, Qatar ...); a dot makes a decimal ("123.4567")
_LOCAL_SHAPE = re.compile(r"[2-9]\d\d[ -]\d{4}$|\d{4}[ -]\d{4}$")
_LOCAL8_REGIONS = ("SG", "HK", "DK", "NO", "QA", "KW", "BH", "CR", "MO")
# ... after a cue that names a phone, not any number ("Artikelnummer DE 4471 2290" is an article's)
_LOCAL_CUE = re.compile(r"(?:\b(?:call|text|ring|phone|whatsapp|sms|message|reach)(?: me| us| him| her)?(?: on| at)?|"
                        r"\b(?:my|his|her|their|your|our|mum's|dad's|mom's)(?: new| old| home| work)? "
                        r"(?:number|mobile|cell|phone|landline)(?: (?:phone )?number)?(?:'s| is| was|:)?|\bnumber(?:'s| is)|"
                        r"\btel[ée]fono(?: es)?|\bm[óo]vil(?: es)?|\bhandy(?:nummer)?(?: ist)?|\bcelular(?: é)?|"
                        r"\bcellulare(?: è)?|手机(?:号)?|电话)[ \t:]*$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[ \t]*(?:times|x\b|yen|rupiah|won|dollars?|euros?|pounds?|points?|steps?|calories|kcal|mg|ml|km|"
                         r"miles|people|users|views|likes|followers)\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:between|from|range|count|level|levels|score|rate|ratio)\b[^\n\d]{0,12}$", re.IGNORECASE)


_SIX_PAIRS = re.compile(r"\d{2}(?:[ .-]\d{2}){5,}")  # piiblind35: "04 11 19 27 33 41": lottery numbers, no phone


def _phone_ok(value: str, text: str, start: int) -> bool:
    digits = re.sub(r"\D", "", value)
    if _SIX_PAIRS.fullmatch(value):
        return False
    pairs = len(digits) == 8 and _PAIRS.match(value) is not None
    local = not pairs and _LOCAL_SHAPE.match(value) is not None
    if not 9 <= len(digits) <= 15 and not (value.startswith("+") and len(digits) >= 8) and not pairs and not local:
        return False
    if digits in HELPLINES or digits[1:] in HELPLINES and digits[0] == "1" or (
            _DATE_LIKE.search(value) and not _FR_SHAPE.match(value)):  # "01.42.68.53.00" is no date
        return False
    before = text[max(0, start - 40):start]
    if _NOT_A_PHONE.search(before) or _HELPLINE_BEFORE.search(before) or _CODE_BEFORE.search(before) or \
            _REFERENCE_BEFORE.search(before) or _IBAN_RUN_BEFORE.search(before) or _GROUPS_OF_FOUR_BEFORE.search(before):
        return False
    if _DECIMALS.search(value):
        return False  # "0.25 0.5 0.75 1.0": doses or scores in a row
    if _GROUPS_OF_FOUR.fullmatch(value) and _GROUP_OF_FOUR_AFTER.match(text, start + len(value)):
        return False  # piiblind34: "4351 1341 4302" of "4351 1341 4302 7067": the head of a longer number
    if _YEAR_FIRST.match(value):
        return False  # "2024-0041-887", "2024 118 943": a file's reference
    if local:  # seven or eight digits: a local number, after a phone cue only
        return _LOCAL_CUE.search(before) is not None and _RANGE_BEFORE.search(before) is None and \
            _UNIT_AFTER.match(text, start + len(value)) is None and (
            len(digits) == 7 or any(_valid_in(value, region) for region in _LOCAL8_REGIONS))
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


def _sg_nric(value: str) -> bool:
    """A Singapore NRIC or FIN (S, T, F, G: a letter, seven digits, a check letter) by its checksum."""
    value = value.upper()
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", value):
        return False
    total = sum(int(d) * w for d, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if value[0] in "TG" else 0)
    return value[8] == ("JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK")[total % 11]


def _hkid(value: str) -> bool:
    """A Hong Kong identity card number (one or two letters, six digits, a check digit or "A"), brackets or not."""
    value = value.upper().replace("(", "").replace(")", "")
    if not re.fullmatch(r"[A-Z]{1,2}\d{6}[0-9A]", value):
        return False
    body = value[:-1].rjust(8)  # a single letter: a space (36) before it
    total = sum((36 if c == " " else int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    return value[-1] == ("A" if check == 10 else str(check))


_ID_CHECKS = (
    # (cue prefix, validators, accepted length of the compact value when the checksum fails)
    (("dni", "nie"), (dni.is_valid, nie.is_valid), (8, 9)),  # 8: an Argentinian DNI
    (("nip",), (nip.is_valid,), (10,)),
    (("pesel",), (pesel.is_valid,), (11,)),
    (("cpf",), (cpf.is_valid,), (11,)),
    (("nif",), (nif.is_valid, dni.is_valid, nie.is_valid), (9,)),
    (("bsn", "burgerservice"), (bsn.is_valid,), (8, 9)),  # 8 digits after the cue, checksum or not (a valid 8-digit one already passed)
    (("itin", "individual taxpayer"), (), (9,)),  # a US ITIN (9xx-7x-xxxx): no checksum, its length
    (("pan",), (pan.is_valid,), ()),  # an Indian PAN: its strict shape only ("pan" is also a word)
    (("personal ",), (personnummer.is_valid,), ()),  # "my personal number": a Swedish one by its checksum only
    (("sin", "social"), (sin.is_valid,), (9,)),
    (("nas", "numéro d'assurance", "numero d'assurance", "numéro d’assurance", "numero d’assurance"), (sin.is_valid,), (9,)),  # piiblind34: Quebec
    (("steuer", "idnr", "identifikations"), (idnr.is_valid,), (11,)),
    (("tax id",), (idnr.is_valid, tfn.is_valid, codicefiscale.is_valid), (11,)),  # piiblind31: a Steuer-ID, a TFN, a codice fiscale
    (("nat ins", "national ins", "nat. ins"), (), (9,)),  # piiblind31: an NI number ("nat insurance, its ...")
    (("pnr",), (personnummer.is_valid,), (10, 12)),  # piiblind31: Swedish "pnr"
    (("aadhaar", "aadhar", "आधार", "আধার"), (aadhaar.is_valid,), (12,)),  # round twenty-seven: Hindi, Marathi, Bengali
    (("pps",), (pps.is_valid,), (8, 9)),
    (("registre national", "numéro national", "numero national", "numéro de registre", "numero de registre", "niss",
      "insz"), (nn.is_valid,), (11,)),  # Belgium (names round): before "num..." is taken for a NIR
    (("numer paszportu", "nr paszportu", "nr. paszportu", "paszportu"), (), tuple(range(6, 19))),  # piiblind31: not a NIR
    (("numer dowodu", "nr dowodu", "nr. dowodu", "número de", "numero de"), (), tuple(range(6, 19))),  # not a NIR ("num...")
    (("nir", "num", "n°", "séc", "sec", "insee"), (nir.is_valid,), (13, 15)),
    (("codice", "cod", "cf"), (codicefiscale.is_valid,), (16,)),
    (("cnp",), (cnp.is_valid,), (13,)),  # Romania
    (("tc", "t.c", "kimli"), (tckimlik.is_valid,), (11,)),  # "T.C. No:" too (thirtieth session)  # "tckn" too  # Turkey
    (("주민등록번호", "주민번호", "resident registration"), (rrn.is_valid,), (13,)),  # South Korea
    # round twenty-one: a cue and the id's checksum, or its length
    (("rut",), (rut.is_valid,), (8, 9)),  # Chile ("21.534.066-K")
    (("cuit", "cuil"), (cuit.is_valid,), (11,)),  # Argentina
    (("egn", "егн"), (egn.is_valid,), (10,)),  # Bulgaria
    (("isikukood", "asmens"), (ik.is_valid, asmens.is_valid), (11,)),  # Estonia, Lithuania
    (("emšo", "emso"), (emso.is_valid,), (13,)),  # Slovenia
    (("oib",), (oib.is_valid,), (11,)),  # Croatia
    (("amka",), (amka.is_valid,), (11,)),  # Greece
    (("cnic",), (cnic.is_valid,), (13,)),  # Pakistan
    (("nric", "mykad"), (nric.is_valid, _sg_nric), (12,)),  # Malaysia, and Singapore's NRIC ("S1234567D")
    (("hkid", "hong kong"), (_hkid,), (8, 9)),  # Hong Kong: "A123456(3)", its check digit in brackets
    (("tfn", "tax file"), (tfn.is_valid,), (8, 9)),
    (("personnummer", "personnr"), (personnummer.is_valid,), (10, 12)),
    (("tessera",), (codicefiscale.is_valid,), (16, 20)),  # the codice fiscale on it, or the card's 20 digits
    (("cpr",), (cpr.is_valid,), (10,)),
    (("henkil", "hetu"), (hetu.is_valid,), (10, 11)),  # Finland: 10 without its "-", 11 with a century letter
    (("fødsels", "fodsels"), (fodselsnummer.is_valid,), (11,)),  # Norway
    (("rijksregister",), (nn.is_valid,), (11,)),  # "rijksregisternr" too
    (("ahv", "avs"), (ahv.is_valid,), (13,)),
    (("sa id", "south african id", "id nommer", "id-nommer", "idnommer"), (za_idnr.is_valid,), (13,)),
    (("nin",), (), (11,)),  # piiblind32: Nigeria's NIN (no checksum: its 11 digits)
    (("マイナンバー", "個人番号"), (jp_in.is_valid,), ()),  # piiblind32: Japan's My Number, by its checksum
    (("passport", "pasaporte", "passeport", "passaporto", "passaporte", "paszport", "reisepass", "personalausweis",
      "ausweis", "id card", "identity card", "driving", "driver", "carta", "dowód", "documento", "carte", "cartão",
      "rg", "nhi", "personnummer", "fødsels", "fodsels", "henkil", "hetu", "cpr", "burgerservice", "rijksregister",
      "ahv", "avs", "sozialversicherung", "sv-nummer", "rentenversicherung", "rv-nummer", "seguridad social", "medicare", "tfn", "tax file", "ird", "curp", "rfc", "utr",
      "unique taxpayer", "nino", "ni number", "national", "id number", "id no", "israeli", "identity number", "teudat", "id-nummer", "kennitala", "kranken",
      "versicherten", "health", "ohip", "tessera", "tarjeta", "nss", "numer dowodu", "número de identidad",
      "numero de identidad"), (), tuple(range(6, 19))),
    # piiblind32: "my ID is ...", "ID: ...": an upper-case "ID" alone names no country, so only a checksum that
    # dates and checks the number (South Africa's 13 digits) takes it
    (("id",), (za_idnr.is_valid,), ()),
)


def _cued_id(cue: str, value: str, checksum_only: bool = False) -> str | None:
    """The longest prefix of ``value`` (at a separator) that is the id the cue names: a valid
    checksum, or the id's length (a cue is context enough; people mistype check digits); with
    ``checksum_only`` (a cue further away, ``DISTANT_ID_PATTERN``) its checksum alone."""
    cue = cue.lower()
    value = _TRAILING_WORDS.sub("", value.rstrip(" .-"))  # "217 415 288 and the ATO": the words are not the id
    for prefixes, validators, lengths in _ID_CHECKS:
        if not cue.startswith(prefixes):
            continue
        cut = len(value)
        while cut > 0:
            candidate = value[:cut]
            compact = re.sub(r"[ .()/-]", "", candidate)
            if any(_valid(v, compact) for v in validators) or (
                    not checksum_only and len(compact) in lengths and _id_shaped(candidate, compact)):
                return candidate
            cut = max((candidate.rfind(c) for c in " .-/"), default=-1)
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


# piiblind36b: a number a form prints for an example ("12345678Z", "123-45-6789", "1111111111"): its digits a run up
# or down from any digit, or one digit repeated; no one's id, whatever its checksum or cue
_RUNS = "01234567890123456789", "98765432109876543210"


_EXAMPLE_WORD = re.compile(r"(?<![@.])\b(?!example\.)(?:example|e\.g\.|sample|template|placeholder|dummy|ejemplo|exemple|beispiel|muster|"
                           r"esempio|exemplo|voorbeeld|przyk[łl]ad|örnek|exempel|eksempel|esimerkki)", re.IGNORECASE)


def _placeholder(value: str, text: str = "", start: int = 0) -> bool:
    """A run of digits up or down, or one digit repeated, with a word of an example beside it (a client who types
    "12345678901" after "TC kimlik" gives a number the reviewers label all the same)."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) >= 6 and (len(set(digits)) == 1 or any(digits in run for run in _RUNS)) and \
        _EXAMPLE_WORD.search(text, max(0, start - 60), start + len(value) + 40) is not None


def _id_by_checksum(value: str) -> bool:
    compact = re.sub(r"[ .-]", "", value)
    if len(compact) == 16:
        return _valid(codicefiscale.is_valid, compact)
    if compact[0] in "XYZ":
        return _valid(nie.is_valid, compact)
    if "." in value and not compact[-1].isalpha():  # piiblind36b: "96.621.553-W" is a DNI with dots, not a CPF
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
                               r"tracking|"
                               # piiblind33: the English "reference" (with "number for the refund" between), VAT
                               # numbers, Turkish order / tracking / invoice, shipments in other languages
                               r"reference|vat|sipari[şs]|takip|kargo|sendungsnummer|sendung|przesy[łl]ki|zending|"
                               r"env[íi]o|colis|suivi|spedizione|rastreio|rastreamento)\b[^\d\n]{0,24}$|"
                               # piiblind36b: orders and shipments in Japanese, Chinese and Korean (no "\b" between
                               # CJK letters)
                               r"(?:注文番号|注文|订单号|订单|訂單|单号|運単番号|追跡番号|주문번호|송장번호|운송장)[^\d\n]{0,8}$",
                               re.IGNORECASE)


# A payment card named just before the number ("my visa is", "card number:", "numéro de carte", "Kreditkarte"):
# there the number is a card however it was typed; a checksum that fails is a typo or a number written
# for an example, and a reviewer redacts it all the same. An id, health, loyalty or library card is not
# named here (its number is another kind, or none).
_CARD_BEFORE = re.compile(
    r"(?:\b(?:(?:credit|debit|bank|payment|visa|master|mastercard|amex|maestro)[ -]?card|"
    r"(?<!id )(?<!library )(?<!loyalty )(?<!health )(?<!gift )(?<!student )(?<!identity )(?<!insurance )(?<!membership )"
    r"(?<!sim )(?<!medicare )(?<!benefits )(?<!oyster )(?<!travel )(?<!rail )card (?:number|no\b|#|details)|"
    r"visa|mastercard|amex|american express|maestro|"
    r"tarjeta(?: de (?:cr[ée]dito|d[ée]bito))?|carte (?:bancaire|bleue|de cr[ée]dit|de d[ée]bit|visa)|num[ée]ro de carte|"
    r"kreditkarte\w*|bankkarte\w*|ec-karte|kartennummer|cart[ãa]o(?: de (?:cr[ée]dito|d[ée]bito))?|"
    r"carta di credito|carta (?:di debito|prepagata|bancomat)|bancomat|karta (?:kredytowa|p[łl]atnicza|debetowa)|numer karty|creditcard|bankpas|pinpas|"
    r"kortnummer|kreditkort|betalkort|"
    # thirtieth session (piiblind30): the card owned ("my card 4929 ...", "his card: ..."), Italian "numero
    # (della) carta", Turkish "kart numarası" / "kredi kartı", Dutch "kaartnummer" / "betaalkaart"
    r"(?:my|his|her|their|your|our|mum's|mom's|dad's) card|num(?:ero|\.) (?:della |di )?carta|"
    r"kart(?:ım[ıi]n|ın|ı)? numaras[ıi]|(?:kredi|banka) kart[ıi]\w*|kaartnummer|betaalkaart|bankkaart)"
    r"(?!\w)[^\d\n]{0,24}$)", re.IGNORECASE)


# piiblind33: the bare word for a card in each language right before the number, as a payment card is written in a
# sentence: after an article, a possessive, "other"/"same" or a preposition ("the card 4916 ...", "con la carta 5312
# ...", "mit der Karte ..."), or with a number sign after it ("carte n° 4970 ...", "card # ..."); Polish and Turkish
# inflected forms ("zapłaciłam kartą ...", "kartımla ...") alone. A bare "card 4111 ..." is not enough (a number
# written for an example), and only a card's shape is taken (15 digits of an Amex, 16 of an issuer), so a loyalty,
# SIM, library or gift card's number stays out
_CARD_WORDS = r"card|carte|carta|karte|kaart|karta|kart|kort|cartão|cartao"
_CARD_WORD_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|my|your|his|her|our|their|other|same|new|old|with|on|by|"
    r"la|le|ma|ta|sa|cette|votre|notre|une|par|mia|tua|sua|questa|con|una|der|die|meine[rn]?|deine[rn]?|seine[rn]?|"
    r"ihre[rn]?|unsere[rn]?|mit|einer|eine|el|mi|tu|su|esta|otra|o|a|meu|minha|com|pelo|mijn|het|deze|met|moja|moją|"
    r"min|mitt|med)[ \t]+(?:" + _CARD_WORDS + r")|\bkart[ąy]|\bkortet|\bkart(?:ım|ımla|ımdan|ıma|la)|"
    r"(?<!gift )(?<!loyalty )(?<!library )(?<!sim )(?<!\bid )(?<!student )(?<!health )(?<!club )(?<!cadeau )"
    r"(?<!regalo )(?<!fidélité )\b(?:" + _CARD_WORDS + r")[ \t]*(?:n[°º]|no|nr|n:o|#)\.?)"
    r"[ \t]*[:,]?[ \t]*$", re.IGNORECASE)


# piiblind35: words naming a code that is not a payment card (vouchers, coupons, gift card codes, warranties, serials,
# licence and activation keys, IMEIs) right before a card-shaped number with no card cue (``_CARD_BEFORE``)
_NOT_A_CARD_BEFORE = re.compile(r"\b(?:voucher|coupon|promo(?:tion(?:al)?)?|gift[ -]?card|warranty|serial|licen[cs]e|"
                                r"activation|redemption|imei|gutschein|bon d['’]achat|cup[oó]n|buono|vale[ -]presente|"
                                r"cadeaukaart|cadeaubon|karta podarunkowa|hediye çeki)\b[^\d\n]{0,24}$", re.IGNORECASE)


# piiblind36b: how a card's number is printed: in fours (the last group shorter: 19 digits as 4-4-4-4-3), Amex 4-6-5,
# Diners 4-6-4, or 6 and the rest; an order number's 3-7-4 ("249-1183307-4420") is no card's
_CARD_GROUPING = re.compile(r"\d+|(?:\d{4}[ .-]){2,4}\d{1,4}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{6}[ -]\d{7,13}")
# piiblind36b: a payment processor's test number named as one ("use 4111 1111 1111 1111 as the test card")
_TEST_CARD = re.compile(r"\b(?:test(?:ing)? (?:card|number|visa|mastercard)|sandbox|dummy (?:card|number))\b", re.IGNORECASE)


def _card(digits: str, text: str, start: int, value: str = "") -> bool:
    """A card number: 13 to 19 digits, Luhn-valid with an issuer's first digit, or any such number where a
    payment card is named just before it (``_CARD_BEFORE``)."""
    if not 13 <= len(digits) <= 19:
        return False
    # an issuer's first digit (2-6; a 13-digit card is an old Visa): a Luhn-valid id such as a
    # South African id number (13 digits, from a birth date) is no card
    issuer = digits[:1] in ("2", "3", "4", "5", "6") and (len(digits) != 13 or digits[0] == "4") and \
        (len(digits) != 15 or digits[:2] in ("34", "37"))  # 15 digits: an Amex, not an IMEI ("35 209900 ...")
    if _CARD_BEFORE.search(text, max(0, start - 48), start):
        return True
    if _NOT_A_CARD_BEFORE.search(text, max(0, start - 40), start):
        return False  # piiblind35: "the voucher code is 5012 8840 2276 1193": a code that names itself, Luhn or not
    if value and not _CARD_GROUPING.fullmatch(value):
        return False  # piiblind36b: grouped as no card is printed, and no card named before it
    if _TEST_CARD.search(text, max(0, start - 40), min(len(text), start + len(value) + 30)):
        return False  # piiblind36b: a test card number, named as one
    return (issuer and luhn.is_valid(digits)) or (
        issuer and len(digits) in (15, 16) and _CARD_WORD_BEFORE.search(text, max(0, start - 30), start) is not None)


# piiblind32: the flat before a street address the pattern began at its house number ("Flat 12 Marlowe Court",
# "unit 4, 19 Ngaio Gorge", "Apt 3B, 140 Riverside Drive")
_FLAT_BEFORE = re.compile(r"\b(?i:flat|apt|apartment|unit|suite)\.? ?#?(?:(?:(?=[A-Za-z]?\d)\w{1,4}|[A-Za-z]),? )?$")


def _valid_match(kind: str, m: re.Match, group: int, text: str, spans: list[Span]) -> tuple[int, int] | None:
    """The (start, end) of a match that is PII, or None."""
    start, end = m.span(group)
    value = m.group(group)
    pattern = m.re
    if kind == "IBAN" and pattern is PL_ACCOUNT_PATTERN:
        return (start, end) if _iban("PL" + value.replace(" ", ""), text, start) is not None else None
    if kind == "IBAN":
        length = _iban(value, text, start)
        return None if length is None else (start, start + length)
    if kind == "DOB":
        if pattern is CJK_TURNING_PATTERN:
            return (start, end)
        if pattern is BIRTHDAY_PATTERN:  # piiblind35: its cue is group 1; a date in figures only right after it
            if _ORDINAL_DAY.fullmatch(value):  # piiblind36b: a day alone only after an age to be reached, no date after it
                return None if _BIRTHDAY_CUE_ONLY.fullmatch(m.group(1)) or any(
                    c.isdigit() for c in text[end:end + 24]) else (start, end)
            if any(c.isalpha() for c in value):
                return (start, end)
            return (start, end) if _BIRTHDAY_NUMERIC_GAP.fullmatch(text, m.end(1), start) and \
                _day_month(value) else None
        if _SPACED_DATE.fullmatch(value):  # piiblind31: digits apart by spaces are a date only right after the cue
            return (start, end) if _SPACED_DATE_CUE.search(text, max(0, start - 20), start) else None
        cued = _DOB_BEFORE.search(text, max(0, start - 40), start) or _DOB_AFTER.match(text, end) or \
            _DOB_RIGHT_BEFORE.search(text, max(0, start - 16), start) or (
            _DOB_PRONOUN_BEFORE.search(text, max(0, start - 24), start) is not None and
            _DOB_CUE.search(text, max(0, start - 120), start) is not None)
        if cued and _THING_BORN.search(text, max(0, start - 70), start):
            return None  # piiblind31: "La empresa nació el 12/04/1985": a thing's founding, not a birth
        return (start, end) if cued else None
    if kind == "CARD":
        return (start, end) if _card(re.sub(r"\D", "", value), text, start, value) else None
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
        if pattern is SIGNATURE_SITE_PATTERN and not _signature_site(m, value, text):
            return None
        if pattern is SITE_THEN_CUE_PATTERN and _PUBLIC_HOST.search(value):
            return None  # "Wikipedia.org is my site of choice", "medium.com, my blog": a platform, not the writer's own
        if (pattern is PERSONAL_SITE_PATTERN or pattern is SITE_THEN_CUE_PATTERN) and _INSTITUTION_HOST.search(value):
            return None  # "Website: www.nhs.uk": an institution's
        if _ORGANISATION_PAGE.search(text, max(0, start - 40), start):
            return None  # "the charity's page https://www.instagram.com/mindcharity"
        tail = value.split("/", 3)[-1] if "//" in value else value.split("/", 1)[-1]
        listing = _DIRECTORY_LISTING.search(value)
        if listing and (not listing.group(1) or listing.group(2) and not listing.group(2).isdigit() or
                        not listing.group(2) and "-" not in listing.group(1)):
            return None  # ".../therapists/new-york/new-york": a directory's listing of a place, not one person
        if "/@" in value and _organisation_handle(value.rsplit("/@", 1)[1].split("/")[0]):
            return None  # "youtube.com/@NHSEngland"
        if pattern is not PERSONAL_SITE_PATTERN and pattern is not SITE_THEN_CUE_PATTERN and re.match(
                r"(?:watch|features|about|help|login|search|explore|hashtag|groups|events|pages|"
                r"policies|legal|privacy|terms|settings|share|sharer|p/|reel|topics|marketplace)\b",
                tail, re.IGNORECASE):
            return None
        return (start, start + len(value))
    if kind == "NATIONAL_ID":
        if pattern is CZ_RC_PATTERN:  # after its cue: the checksum, or the shape with "/" (a typo is still someone's)
            return (start, end) if _valid(cz_rc.is_valid, value) or "/" in value else None
        if pattern is CN_ID_PATTERN:  # its checksum, or the shape after "身份证(号码)"
            return (start, end) if _valid(ric.is_valid, re.sub(r"[ -]", "", value).upper()) or \
                "身份证" in text[max(0, start - 12):start] else None
        if pattern is NHS_PATTERN:  # after "NHS" or "hospital number" the number is enough (a typo is still
            # someone's); after "hospital"/"patient" alone its checksum
            if start - m.end("cue") > 25:  # piiblind35: further from its cue ("my nhs number and i only have it as
                # 9755011390"), by its checksum only
                return (start, end) if _valid(nhs.is_valid, re.sub(r"\D", "", value)) else None
            ok = m.group("cue").lower().startswith(("nhs", "n.h.s")) or \
                _NUMBER_WORD.match(text, m.end("cue"), start) is not None or _valid(nhs.is_valid, re.sub(r"\D", "", value))
            return (start, end) if ok else None
        if pattern is NHS_AFTER_PATTERN:  # its checksum, or "... is my NHS number" right after it
            return (start, end) if _valid(nhs.is_valid, re.sub(r"\D", "", value)) or \
                _NHS_NUMBER_AFTER.match(text, end) is not None else None
        if pattern is NI_PATTERN and not _NI_GROUPS.match(value):
            return None  # "PL34 2271 B": a batch code, not grouped as an NI number is
        if pattern is NI_PATTERN and (not value.isupper() or value[:2].upper() == "QQ"):
            # a lower-case NI number needs its cue, and so does one of "QQ", the prefix HMRC prints in examples
            if not re.search(r"\b(?:ni|nino|national insurance|nat(?:ional)? ins(?:urance)?)\b[^\n]{0,20}$", text[max(0, start - 30):start],
                             re.IGNORECASE):
                return None
        if _placeholder(value, text, start):
            return None  # piiblind36b: "12345678Z" in a form's example
        if pattern is DISTANT_ID_PATTERN:  # piiblind36b: by its checksum, or its length right after a colon
            gap = m.group("gap")
            if _REFERENCE_BEFORE.search(text, max(0, start - 40), start):
                return None
            found = _cued_id(m.group("cue"), value, checksum_only=not (gap.rstrip().endswith(":") and len(gap) <= 40))
            return (start, start + len(found)) if found else None
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
    if kind == "SSN" and _placeholder(value, text, start):
        return None  # piiblind36b: "123-45-6789" in a form's example
    if kind == "SSN" and group == 1:
        return (start, end)
    if kind == "SSN" and (_REFERENCE_BEFORE.search(text, max(0, start - 40), start) or
                          _NOT_AN_SSN_BEFORE.search(text, max(0, start - 40), start)):
        return None  # piiblind34: "Your ticket number is 448-29-1107", "claim no. 231-44-0917": a reference, no SSN
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
                text, max(0, start - 40), min(len(text), end + 20)) and not any(
                s.kind == "ADDRESS" and 0 <= start - s.end <= 40 and _TOWN_BETWEEN.fullmatch(text, s.end, start)
                for s in spans)):
            # piiblind33: or right after a street address, a town at most between ("22 Cliff Road, Howth, D13 K2R4")
            return None
        return (start, end)
    if kind == "HANDLE":
        if pattern is HANDLE_ON_PATTERN:
            ok = any(c.isdigit() or c in "_." for c in value) and not _FILE_OR_SITE.search(value) and \
                any(c.isalpha() for c in value)
            return (start, end) if ok else None
        if pattern is CUED_HANDLE_PATTERN:
            return (start, end) if _cued_handle(m, value) else None
        if pattern is PLATFORM_THEN_HANDLE_PATTERN or pattern is HANDLE_THEN_PLATFORM_PATTERN or \
                pattern is NAMED_ACCOUNT_PATTERN:
            return (start, end) if _running_handle(m, value, text) else None
        if pattern is CHAT_LOG_HANDLE_PATTERN or pattern is SEARCH_HANDLE_PATTERN:  # piiblind31
            if not any(c.isdigit() or c in "_." for c in value) or _FILE_OR_SITE.search(value) or \
                    not any(c.isalpha() for c in value):
                return None
            if pattern is SEARCH_HANDLE_PATTERN and (not _PLATFORM_NEAR.search(
                    text, max(0, start - 80), min(len(text), end + 80)) or not (
                    _HANDLE_FOLLOWS.match(text, end) or re.match(rf" on (?:{_PLATFORMS})\b", text[end:], re.IGNORECASE))):
                return None  # "search for covid_19 stats on twitter": a topic, not a person's account
        if pattern is DISCORD_TAG_PATTERN and not re.search(r"discord", text[max(0, start - 80):end + 80], re.IGNORECASE):
            return None
        if pattern is DISCORD_TAG_PATTERN and _REFERENCE_TAG.match(value):
            return None  # review31: "issue#1234", "Order#5521": a reference number, not a Discord tag
        name = value.lstrip("/u@")
        if name in _ORGANISATION_WORDS or _ORGANISATION_AFTER.match(text, end):
            return None  # piiblind31: "@Mind"; "@youngmindsuk - it's the charity one"
        return None if name.lower() in _NOT_HANDLES or _organisation_handle(name) else (start, end)
    if kind == "ADDRESS":
        if _NOT_AN_ADDRESS.search(value):
            return None
        if pattern is EN_ADDRESS_PATTERN and _RISKY_STREET.search(value) and not (
                _ADDRESS_CONTEXT.search(text, max(0, start - 30), start) or _ADDRESS_AFTER.match(text, end)):
            return None
        if value.endswith(".") and len(value.rsplit(None, 1)[-1]) > 5 and not _FLAT_AFTER.match(text, end):
            end -= 1  # piiblind31: a sentence's full stop after a street's name ("15 impasse des Tilleuls.")
        flat = _FLAT_AFTER.match(text, end)
        if flat:  # the flat is part of the street address: "Calle Mayor 14, 3º B", "12 rue X, appartement 5"
            end = flat.end()
        if pattern is EN_ADDRESS_PATTERN and start and text[start - 1] == " " and value[:1].isdigit() and \
                (before := _FLAT_BEFORE.search(text, max(0, start - 16), start)) is not None:
            start = before.start()  # piiblind32: "Flat 12 Marlowe Court", "unit 4, 19 Ngaio Gorge"
    return (start, end)


# piiblind31: a handle said to be an organisation's right after it ("@youngmindsuk - it's the charity one", "@x (the
# clinic's account)")
_ORGANISATION_AFTER = re.compile(r"[^\w\n]{0,4}(?:(?:it's|it’s|its|that's|that’s|which is|is)[ \t]+)?(?:the|a|an|our)?[ \t]*"
                                 r"(?:charity|charity's|charity’s|organi[sz]ation(?:'s|’s)?|company(?:'s|’s)?|"
                                 r"brand(?:'s|’s)?|official|council(?:'s|’s)?|service(?:'s|’s)?|clinic(?:'s|’s)?|"
                                 r"helpline(?:'s|’s)?|nhs)[ \t]+(?:one|account|page|handle|profile)\b", re.IGNORECASE)
# An account in CamelCase whose words name an organisation ("@MindCharity", "@TheSchoolOfLife",
# "@NHSEngland") or that spells a public figure's name ("@BreneBrown"): not a person's own
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|\d+")
_ORGANISATION_WORDS = frozenset("""NHS Charity Official Foundation Trust Team Support Help Helpline News Council Gov UK
School Mind Samaritans Life Health England Scotland Wales Ireland Org HQ Clinic Hospital Service Services Institute
University Uni College Society Association Network Group Club Media TV Radio Magazine Shop Store Company Inc Ltd App
Police Government Ministry Project Campaign Alliance Centre Center Care Aid Action Line Hub Live Daily Press""".split())


_LOWER_ORGANISATION_WORDS = frozenset(w.lower() for w in _ORGANISATION_WORDS)


def _organisation_words_only(name: str) -> bool:
    """A lower-case handle made of organisation words only ("@mindcharity", "@samaritans",
    "@nhsengland"): two or more, or one of six letters or more."""
    if not (name.isascii() and name.isalpha() and name.islower()):
        return False
    n = len(name)
    words = [0] + [None] * n  # words[i]: the fewest words that spell name[:i]
    for i in range(1, n + 1):
        for j in range(max(0, i - 12), i):
            if words[j] is not None and name[j:i] in _LOWER_ORGANISATION_WORDS and \
                    (words[i] is None or words[j] + 1 < words[i]):
                words[i] = words[j] + 1
    return words[n] is not None and (words[n] >= 2 or n >= 6)


def _organisation_handle(name: str) -> bool:
    if _organisation_words_only(name):
        return True
    if not name[:1].isupper() or sum(c.isupper() for c in name) < 2 or "_" in name or "." in name:
        return False
    words = _CAMEL_WORD.findall(name)
    if len(words) < 2:
        return False
    PUBLIC_FIGURES, gazetteer = pii_names.PUBLIC_FIGURES, pii_names.gazetteer
    if "_".join(words) in PUBLIC_FIGURES:
        return True
    return words[0] not in gazetteer() and not _ORGANISATION_WORDS.isdisjoint(words)  # not "@ChloeVlogsDaily"


_SIGNAL_USERNAME = re.compile(r"[A-Za-z_][\w.]*\.\d{2,}$")
_FILE_OR_SITE = re.compile(r"\.(?:com|org|net|co|uk|io|gov|edu|jpg|png|pdf|txt|mp3|mp4|exe)$|^v?\d+(?:\.\d+)+$")
_NOT_HANDLES = frozenset({"everyone", "here", "channel", "all", "home", "work", "admin", "mention", "me", "you"})
# Words a cued handle is not ("my insta is private", "my username was deleted")
_HANDLE_WORDS = frozenset("private public deleted gone down blocked banned hacked closed locked new old same "
                          "different the a an my his her their your on off there here it this that what not still "
                          "just also now dead fake real empty required taken and or but so if".split())
_FLAT_AFTER = re.compile(r",? (?:#\w{1,4}\b|(?i:flat|apto\.?|apt\.?|apartment|unit|suite|appartement|appt\.?|piso|puerta|interno|"
                         r"int\.|scala|andar|wohnung|whg\.?|mieszkanie|lok\.?|lgh\.?)[ ]?#?[\w/]{1,4}\b|"
                         r"\d{1,2}\.?[ ]?[ºª°](?:[ ]?(?:[A-Z]\b|(?i:izq(?:uierda)?\.?|izda\.?|dcha\.?|derecha|esq\.?|dto\.?|dir\.?)))?|"
                         # piiblind31: a floor or a part of the building after the number, in six languages ("17 Brook
                         # St, 2nd floor flat", "42 avenue Jean Jaurès, 3e étage", "Kastanienallee 12, Hinterhaus 2. OG",
                         # "Sveavägen 44, 3 tr.")
                         r"(?i:(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top|upper|lower|basement) floor(?: flat)?(?![ \t]+[a-z])|"
                         r"(?:top|basement|garden|ground floor) flat|\d{1,2}(?:e|er|ère|ème|eme) étage|rez-de-chaussée|"
                         r"(?:hinterhaus|vorderhaus|seitenflügel|gartenhaus|hh|vh)(?:,? \d{1,2}\. ?(?:og|stock|etage))?|"
                         r"\d{1,2}\. ?(?:og|obergeschoss|stock|etage)\b|\d{1,2} tr\.?|\d{1,2} (?:trappor|trappa)\b))|"
                         # a house number's suffix written after a space or a hyphen ("Oudegracht 231 bis",
                         # "Vondelstraat 88-2", "Kerkstraat 12-hs")
                         r"(?<=\d)(?: (?:bis|ter)\b|-(?:\d{1,3}|[IVX]{1,4}|hs|h|bg)(?![\w-]))")
_TOWN_BETWEEN = re.compile(r"(?:,?[ \n]|, ?\n)(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?:,?[ \n]|, ?\n))?")
_IRISH = re.compile(r"eircode|ireland|[ée]ire|dublin|cork|galway|limerick|waterford|kilkenny|sligo|kerry|\bco\. ",
                    re.IGNORECASE)
# Street names that are institutions or well-known public addresses, not where someone lives
_NOT_AN_ADDRESS = re.compile(r"\b(?:Family|Crown|Magistrates|County|Supreme|Youth) Court\b|"
                             r"\b(?:10 Downing|221B? Baker) Street\b")


# Words after "on insta as", "I'm ... on tiktok", "my pinterest is" that are no handle (round twenty)
_RUNNING_NOT_HANDLES = frozenset("""a an the my his her their our your me him them us it this that well usual always
much many soon little long often far ever such part someone somebody anyone everyone one if though before planned
expected normal good bad fine okay ok private public everywhere anywhere nowhere somewhere famous popular viral
inactive invisible anonymous unknown verified different obsessed addicted hooked stuck active online offline
pressure control review moderator admin guest friends usually constantly literally basically honestly
otra otro diferente siempre différent différente toujours anders immer inny inna sempre diverso diversa anonimo""".split())
_HANDLE_FOLLOWS = re.compile(r"[ \t]*(?:$|\n|[,.;:!?)]|(?:and|but|too|there|now|so|if|because|since|who|which|that|x|"
                             r"lol|btw|though|anyway|please|y|et|und|e|i|porque|parce|weil|perché|bo|ahí|là|da|lá|tam)\b)",
                             re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|his|her|their)[ \t]+$", re.IGNORECASE)
_STRONG_NAMING = ("go", "going", "went", "call", "known", "account", "user", "page", "channel", "profile", "under the",
                  "sous", "me llamo", "je m", "heiße", "heisse", "nazywam", "mi chiamo")


# an institution's host, not a person's site; a signature's line that names an organisation
_INSTITUTION_HOST = re.compile(r"(?:\.gov|\.edu|\.ac|\.nhs|\.mil|\.police|\.sch)(?:\.[a-z]{2})?/?$|(?:^|[./])nhs\.uk/?$",
                               re.IGNORECASE)
_SIGNATURE_ORG = re.compile(r"\b(?:Team|Support|Service|Services|Office|Department|Dept|University|College|School|Council|"
                            r"Trust|Charity|Foundation|Ltd|Limited|Inc|LLC|Clinic|Centre|Center|NHS|Helpline|Group|Society|"
                            r"Association|Company|Hospital|Practice|Partnership)\b")
_SIGN_OFF = re.compile(r"(?:^|\n|[.!?] )[ \t]*(?:best(?: wishes| regards)?|kind regards|warm(?:est)? regards|regards|cheers|thanks|"
                       r"thank you|warmly|sincerely|love|all the best|take care|with gratitude|gracias|saludos|cordialement|"
                       r"bises|grüße|viele grüße|liebe grüße|lg|pozdrawiam|abraços|saluti)\b[^\n]{0,30}$", re.IGNORECASE)


def _signature_site(m: re.Match, value: str, text: str) -> bool:
    """A bare host at the end of a signature (``SIGNATURE_SITE_PATTERN``): after a bar or dash on a
    line with a sign-off or a name and a role ("Dr. X | Counselling Psychologist | www.x.co.uk",
    "Best, Ruth — rutholuwole.com"), or alone on the text's last line within two lines of a
    sign-off; not an institution's host or a line that names an organisation."""
    if _INSTITUTION_HOST.search(value) or "." not in value.split("//")[-1]:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[m.start()] == "\n":  # alone on its line: the text's last, a sign-off and a name before it
        if text[m.end():].strip():
            return False
        before = text[max(0, m.start() - 60):m.start()]
        lines = before.split("\n")[-2:]
        return len(lines) == 2 and _SIGN_OFF.search(lines[0]) is not None and \
            re.fullmatch(r"[ \t]*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}[ \t]*", lines[1]) is not None and \
            not _SIGNATURE_ORG.search(lines[1])
    line = text[line_start:m.start()]
    if _SIGNATURE_ORG.search(line) or not line.strip():
        return False
    return _SIGN_OFF.search(line) is not None or re.match(
        r"[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3},?(?: [A-Z]{2,5},?)*"
        r"(?:[ \t](?:\||—|–)[ \t][^\n|]{2,60})?[ \t]*$", line) is not None


def _running_handle(m: re.Match, value: str, text: str) -> bool:
    """A handle in running text (``PLATFORM_THEN_HANDLE_PATTERN``, ``HANDLE_THEN_PLATFORM_PATTERN``): a
    handle's shape (a digit, "_", "." or a capital inside it), or, lower case, after a word that
    names it ("goes by", "calls himself", "known as", "under the name", "me llamo") or eight letters
    or more not ending as a word does (-ing, -ed, -ly), with a clause's end after it."""
    low, verb = value.lower(), m.group("v").lower()
    if low in _RUNNING_NOT_HANDLES or low in _HANDLE_WORDS or len(value) < 3 or _FILE_OR_SITE.search(value) or \
            not any(c.isalpha() for c in value):
        return False
    if any(c.isdigit() or c in "_." for c in value) or (any(c.isupper() for c in value[1:]) and
                                                        any(c.islower() for c in value)):
        return True
    if not value.islower():
        return False  # "as Headspace", "called Calm": a capitalised word is a brand's or a person's name
    if m.re is PLATFORM_THEN_HANDLE_PATTERN and not _HANDLE_FOLLOWS.match(text, m.end("h")):
        return False  # "on twitch as moderator for some streamer"
    if verb.startswith(_STRONG_NAMING):
        return len(value) >= 5
    return len(value) >= 8 and not low.endswith(("ing", "ed", "ly"))


def _cued_handle(m: re.Match, value: str) -> bool:
    """A handle named by its platform ("my insta is lucy.makes.art", "snapchat: kaylaa_22"): it
    holds a digit, "_", "." or "#", or comes after "is"/":" and is not a word like "private"."""
    if value.lower() in _HANDLE_WORDS or len(value) < 3:
        return False
    if m.group("cue").lower() == "handle" and _POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is None:
        return False  # also a verb ("I can't handle it"): only "my handle is ...", "her handle: ..."
    if m.group("cue").lower() in ("handle", "reddit") and not any(c.isalpha() for c in value):
        return False  # "Reddit's 2023 survey", "on reddit: 3.5 million": a number, no username
    if m.group("cue").lower() == "signal":  # also a word ("signal: 4G"): only a Signal username's shape
        return _SIGNAL_USERNAME.search(value) is not None
    if any(c.isdigit() or c in "_.#" for c in value):
        return True
    if m.group("filler") == " (":  # piiblind31: "my old tumblr (grey-static-heart)", a handle's shape only
        return "-" in value.strip("-")
    if m.group("filler") == ",":
        return False  # "on Instagram, iMessage, or snapchat": a list of apps
    if value[0].islower() and any(c.isupper() for c in value):
        return True
    filler = m.group("filler")
    if value.lower() not in _RUNNING_NOT_HANDLES:  # round twenty; what follows stays as it was before it
        named = filler.endswith(("called", "named")) or (m.group("q") != "account" and re.search(
            r"name|handle|tag", f"{m.group('cue')} {m.group('q') or ''}", re.IGNORECASE) is not None)
        if named and filler.endswith((":", "：", "is", "was", "c'est", "c’est", "es", "ist", "called", "named", "'s", "’s")) \
                and (value.islower() or any(c.isupper() for c in value[1:])):
            return True  # "my youtube is called SlowlyHealing", "her insta name is bloomandbruise", "Discord-Name ist X"
        if filler in (" is", "'s", "’s") and value.islower() and len(value) >= 8 and \
                not value.endswith(("ing", "ed", "ly")) and \
                _POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None and \
                _HANDLE_FOLLOWS.match(m.string, m.end("h")) is not None:
            return True  # "my pinterest is softgreymornings, it's full of ...", "my finsta is crumbsofcourage"
    return m.group("filler").endswith((":", "：", "is", "was", "c'est", "c’est", "es", "ist")) and (
        re.search(r"\b(?:user ?name|handle)\b", m.group("filler"), re.IGNORECASE) is not None or  # "my snapchat username is frogprince"
        m.group("cue").lower().replace(" ", "") in ("username", "gamertag", "handle", "pseudo", "usuario",
                                                    "benutzername", "nutzername", "nomeutente"))


def add_matches(kind: str, pattern: re.Pattern, group: int, text: str, spans: list[Span]) -> None:
    """Append one detector's valid matches in ``text`` to ``spans`` (validated as above;
    characters an earlier detector claimed stay its)."""
    pos = prescreen.leftmost(pattern, text)  # no match starts before it
    if pos is not None:
        _add_from(kind, pattern, group, text, spans, pos)


_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2}")


def _add_from(kind: str, pattern: re.Pattern, group: int, text: str, spans: list[Span], pos: int,
              matches=None) -> None:
    """``add_matches`` from ``pos``, where the prescreen put its leftmost candidate (``matches``: how the
    pattern's matches are found, ``_matches`` unless ``find_pii_plain`` says otherwise)."""
    for m in (matches or _matches)(pattern, text, pos):
        valid = _valid_match(kind, m, group, text, spans)
        if valid is None:
            if kind == "IBAN" and " " in m.group(group) and \
                    (inner := _IBAN_START.search(text, m.start(group) + 1, m.end(group))) is not None:
                # a run that opened early ("DNI es 71234567W y mi cuenta ES60 0049 ...": the pattern takes
                # "es 71" for a country and check digits, and single letters after spaces) may hide an
                # IBAN written as one (upper-case country code, check digits): look again from there, the
                # rest of the text with it
                _add_from(kind, pattern, group, text, spans, inner.start(), matches)
                return
            if pattern is CUED_ID_PATTERN and m.start(group) > m.start():
                # piiblind35: a value that was itself a cue ("Ausweis, Steuer-ID: 83 916 373 505": "Steuer-ID"
                # read as the Ausweis's number and refused): look again from the value, the rest of the text with it
                _add_from(kind, pattern, group, text, spans, m.start(group), matches)
                return
            continue
        start, end = valid
        if any(s.start < end and start < s.end for s in spans):
            continue  # an earlier, more specific detector already claimed these characters
        spans.append(Span(kind, start, end, text[start:end]))
        if pattern is CUED_ID_PATTERN and end < m.end(group):
            # piiblind31: the value ran on past the id into another cue and its id ("Aadhaar 3622 8743 2019 and PAN
            # ABCPE1234F"): look again after the id found, the rest of the text with it
            _add_from(kind, pattern, group, text, spans, end, matches)
            return


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
# (``(?<![A-Za-z0-9])\d`` with the digit first, so that ``re`` scans for digits instead of trying the
# lookbehind at every position; the character after the lookbehind's "." is the digit, never "\n")
_WORD_INITIAL_DIGIT = re.compile(r"\d(?<![A-Za-z0-9].)")  # not "\b": "是139..." starts a number too
# the same on ASCII text, natively (a scan without a lookbehind tried at every digit; on other
# text Python's ``\d`` decides: Rust's Unicode tables may be another version's)
_ASCII_INITIAL_DIGIT = NATIVE.Prescreen(r"(?:^|[^A-Za-z0-9])[0-9]") if NATIVE is not None else None


def _word_initial_ascii_digit(text: str) -> bool:
    """``_WORD_INITIAL_DIGIT.search(text) is not None`` for an ASCII ``text``."""
    return _ASCII_INITIAL_DIGIT.is_match(text)


_INSIDE_WORDS_OK = frozenset({"NATIONAL_ID", "POSTCODE", "IP", "IBAN"})  # RSSMRA85T..., SW1A1AA, fe80::1, DE89...
# The patterns of those kinds that may match where every digit sits inside a word: their first
# digit may follow a letter. Every other one starts its digits after ``(?<![A-Za-z0-9])``, ``\b``,
# a space, a comma or a CJK cue, i.e. where ``_WORD_INITIAL_DIGIT`` matches, so it is skipped
# like the other digit detectors on text without such a digit (gen.py's "w150 w395": all of
# CN ids, NHS numbers, PESEL, dotted IPs, cued and continental postcodes)
_DIGITS_INSIDE_WORDS = frozenset(map(id, (NI_PATTERN, CUED_ID_PATTERN, CHECKSUM_ID_PATTERN, IPV6_PATTERN, IBAN_PATTERN,
                                          UK_POSTCODE_PATTERN, CUED_UK_POSTCODE_PATTERN, CA_POSTCODE_PATTERN,
                                          EIRCODE_PATTERN)))


# Digits a text needs beyond what a guard derives from the pattern: a cued national id holds
# at least 5 (the validator refuses fewer), so the cue alternation does not run on most text.
_MIN_DIGITS = {CUED_ID_PATTERN: 2, DISTANT_ID_PATTERN: 7}
_FEW_DIGIT_CUES = ("passport", "pasaporte", "passeport", "passaporto", "passaporte", "paszport", "reisepass",
                   "personalausweis", "ausweis", "id card", "identity card", "carta", "dowód", "carte", "driving",
                   "driver", "pan")
# Patterns run in windows around digits (cue <= 40 characters, up to three filler words, a value of
# at most 25 characters, part of which may precede its first digit)
_AROUND_DIGITS = {id(CUED_ID_PATTERN): (160, 26), id(DISTANT_ID_PATTERN): (120, 26)}  # by id: hashing a compiled pattern hashes its code
# Patterns that need no digit and whose literals are common: the native prescreen decides before
# the literal guard (whose first use on a text costs a scan of all literals)
_PRESCREEN_FIRST = frozenset(map(id, (CUED_HANDLE_PATTERN, CJK_HANDLE_PATTERN, OBFUSCATED_EMAIL_PATTERN, HANDLE_ON_PATTERN,
                                       ACCOUNT_WORD_HANDLE_PATTERN,
                                       PLATFORM_THEN_HANDLE_PATTERN, HANDLE_THEN_PLATFORM_PATTERN, NAMED_ACCOUNT_PATTERN)))


def _plan() -> tuple[tuple[str, re.Pattern, int, int, str, bool, int, object], ...]:
    """Per pattern, the cheap facts tested before its guard: digits it needs (the guard's count
    or a floor of ``_MIN_DIGITS``), a character it needs, whether its digits may sit inside words."""
    plan = []
    for kind, pattern, group in PATTERNS:
        digits = max(guard(pattern).min_digits, _MIN_DIGITS.get(pattern, 0),
                     1 if kind not in ("EMAIL", "URL", "HANDLE") and pattern is not WORDED_DOB_PATTERN and
                     pattern is not WORDED_DATE_PATTERN and pattern is not BIRTHDAY_PATTERN else 0)
        char = _NEEDS.get(pattern, "@" if kind in ("EMAIL", "HANDLE") else "/" if kind == "URL" else "")
        plan.append((kind, pattern, group, digits, char, id(pattern) in _DIGITS_INSIDE_WORDS, guard(pattern).gid,
                     prescreen.prescreen(pattern)))
    return tuple(plan)


# Patterns of a kind that need no "@" (handles named by their platform, reddit's u/name)
_NEEDS = {REDDIT_PATTERN: "u/", CUED_HANDLE_PATTERN: "", CJK_HANDLE_PATTERN: "", OBFUSCATED_EMAIL_PATTERN: "",
          ACCOUNT_WORD_HANDLE_PATTERN: "",
          PLATFORM_THEN_HANDLE_PATTERN: " ", HANDLE_THEN_PLATFORM_PATTERN: " on ",
          NAMED_ACCOUNT_PATTERN: " ", SIGNATURE_SITE_PATTERN: ".",
          HANDLE_ON_PATTERN: " on ", PERSONAL_SUBDOMAIN_PATTERN: ".", PERSONAL_SITE_PATTERN: ".",
          SITE_THEN_CUE_PATTERN: ".", PAYMENT_HANDLE_PATTERN: "",
          CHAT_LOG_HANDLE_PATTERN: "[", DISCORD_TAG_PATTERN: "#", MY_AT_PATTERN: "@", SEARCH_HANDLE_PATTERN: " "}


_PLAN: tuple[tuple[str, re.Pattern, int, int, str, bool, int, object], ...] = ()
_PLANS: tuple[tuple[tuple[str, re.Pattern, int, int, str, bool, int, object], ...], ...] = ()
# Per plan of ``_PLANS``: (one native prescreen for all its patterns that have one, the entries
# without one), or None (``_whole_text_screen``)
_SCREENS: tuple[tuple[object, tuple] | None, ...] = ()


def _whole_text_screen(plan: tuple) -> tuple[object, tuple] | None:
    """The alternation of the prescreens (``prescreen.superset_source``) of every pattern in
    ``plan`` that has one, as one native prescreen, and the entries of those that have none: on
    a text it does not match, none of those patterns can match, so only the rest need run. None
    without the native module, or when the alternation is beyond the Rust engine's limits."""
    if NATIVE is None:
        return None
    sources, rest = [], []
    for entry in plan:  # entry[7]: the pattern's prescreen (``_plan``)
        source = prescreen.superset_source(entry[1]) if entry[7] is not None else None
        if source is None:
            rest.append(entry)
        else:
            sources.append(source)
    screen = prescreen.alternation_screen(sources)
    return None if screen is None else (screen, tuple(rest))


def _dob_cue(text: str) -> bool:
    """Whether ``text`` holds a birth cue (every ``_DOB_BEFORE``/``_DOB_AFTER`` match starts with one)."""
    for initial in _DOB_INITIALS:  # ``(?<![\w.])(?:b|ur)\.`` of ``_DOB_BEFORE``, by ``str.find`` ("our." is frequent)
        at = text.find(initial)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "._"):
                return True
            at = text.find(initial, at + 1)
    # ``re`` tried only where the native prescreen starts a match (``prescreen.holds``, the same answer as a search):
    # the long case-insensitive alternation searched from the first candidate cost ~75 us a CounselChat message,
    # ~12 us so
    return prescreen.holds(_DOB_CUE, text)


def find_pii(text: str, folded: Folded | None = None) -> list[Span]:
    """The PII spans in ``text``, in order; ``folded`` is ``Folded(text)`` when the caller
    has it. A pattern runs only when its guard cannot rule it out (literals it needs, such
    as "@" or "nhs", and digits: a card number needs 13), then names (``pii_names``). The
    cheapest facts (digits, "@", "/", a digit where a word starts) are tested first; then, for
    text without a digit where a word starts, one native prescreen of all the plan's patterns
    (``_whole_text_screen``): where it finds nothing, none of them runs."""
    global _PLAN, _PLANS, _SCREENS
    if not _PLAN:
        _PLAN = _plan()
        # the entries the tests below leave for text without digits, for text whose digits all
        # sit inside words, and for the rest (the same order)
        _PLANS = (tuple(e for e in _PLAN if not e[3]), tuple(e for e in _PLAN if not e[3] or e[5]), _PLAN)
        # one native scan rules out every pattern of the first two plans at once (gen.py's
        # ShareGPT: every text; CounselChat: 99.8% of those without digits); not the third,
        # whose alternation (dates in eight languages, id cues) costs ~140 us a text to scan
        _SCREENS = (_whole_text_screen(_PLANS[0]), _whole_text_screen(_PLANS[1]), None)
    spans: list[Span] = []
    folded = folded or Folded(text)
    digits = folded.digits
    initial_digit = digits > 0 and (_word_initial_ascii_digit(text) if _ASCII_INITIAL_DIGIT is not None
                                    and text.isascii() else _WORD_INITIAL_DIGIT.search(text) is not None)
    which = 2 if initial_digit else 1 if digits else 0
    plan = _PLANS[which]
    whole = _SCREENS[which]
    if whole is not None and not whole[0].is_match(text):
        plan = whole[1]  # none of the others can match anywhere in the text
    passes = None  # ``folded.passes()``, once (no guard is added during the loop)
    for kind, pattern, group, min_digits, char, inside_words_ok, gid, screen in plan:
        if digits < min_digits or (char and char not in text):
            continue
        if min_digits and not (initial_digit or inside_words_ok):
            continue
        if (pattern is AFTER_ADDRESS_POSTCODE_PATTERN or pattern is AFTER_CITY_POSTCODE_PATTERN) and \
                not any(s.kind == "ADDRESS" for s in spans):
            continue  # its matches are valid only right after an address span (``_valid_match``)
        if id(pattern) in _PRESCREEN_FIRST:
            if pattern is not CJK_HANDLE_PATTERN or (not text.isascii() and (
                    "QQ" in text or "微" in text or "抖" in text or "ID" in text or "아이디" in text)):  # a match holds one
                pos = screen.leftmost_start(text) if screen is not None else 0  # ``prescreen.leftmost``
                if pos is not None:
                    _add_from(kind, pattern, group, text, spans, pos)
        elif NATIVE_GUARDS and not (passes if passes is not None else (passes := folded.passes())) >> gid & 1:
            continue  # ``Guard.native_may_match``, inline
        elif (NATIVE_GUARDS or guard(pattern).may_match(folded)) and \
                (kind != "DOB" or pattern is BORN_YEAR_PATTERN or pattern is WORDED_DOB_PATTERN or
                 pattern is BIRTHDAY_PATTERN or pattern is CJK_TURNING_PATTERN or _dob_cue(text)):
            # a date is kept only after a birth cue (``_DOB_BEFORE``, searched in a window of the
            # text, whose every match starts with a match of ``_DOB_CUE`` in the whole text):
            # with no cue, the date pattern (a long month alternation) is not run; "born '90" holds
            # its cue in its own lookbehind, and its prescreen ("'" or "’" before two digits) is cheaper
            pos = screen.leftmost_start(text) if screen is not None else 0
            if pos is not None:
                _add_from(kind, pattern, group, text, spans, pos)
    _add_in_context(text, spans)
    return add_names(text, spans) if text else spans


def _every_match(pattern: re.Pattern, text: str, pos: int = 0):
    return pattern.finditer(text, pos)


def find_pii_plain(text: str) -> list[Span]:
    """What ``find_pii`` must find, the plain way: every detector of ``PATTERNS``, in order, over the whole
    text, each match validated as ``find_pii`` validates it, with none of its fast paths (digit counts,
    guards, prescreens, the whole-text screens, the date pattern's cue test, windows around digits); then
    names, as ``find_pii``. The oracle the fast paths are tested against (``test_pii_outputs_unchanged``);
    not for the product (it runs every pattern on every text)."""
    spans: list[Span] = []
    for kind, pattern, group in PATTERNS:
        _add_from(kind, pattern, group, text, spans, 0, _every_match)
    _add_in_context(text, spans)
    return add_names(text, spans) if text else spans


# piiblind32: a street address without a street-type word ("6 The Paddocks", "41 Hollybank", "17 Cae Glas",
# "3 Glenageary Lodge", "1042 Birchwood, Apt 5C") is an address when a postcode follows it, at most a town (and a
# US state) between: a house number, one or two capitalised words, a flat after them; sought only right before a
# postcode found, in the characters no other span took
_ADDRESS_BEFORE_POSTCODE = re.compile(
    r"(?:\b(?i:flat|apt|apartment|unit)\.? ?#?\w{1,4},? )?(?<![\w/.,-])\d{1,4}[A-Za-z]?(?:/\d{1,4})? "
    r"(?:The )?[A-Z][a-zà-ÿ'’]+(?: [A-Z][a-zà-ÿ'’]+)?(?:, (?i:apt|unit|flat|suite)\.? ?#?\w{1,4})?"
    r"(?=,(?: [A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+){0,2}(?: \d{1,2}| [A-Z]{2})?,?)? $)")
# piiblind32: initials before a surname that cannot be a common word ("J. McAllister", "T. Mbeki-Ndlovu",
# "J.R. O'Neill"), and a title's initial before its surname ("Dr R Khan", "Mrs J. Patel")
_INITIAL_SURNAME = re.compile(r"(?<![\w.'’-])(?:[A-Z]\.){1,2} ?((?:Mc|Mac|O['’])[A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)"
                              r"(?![\w'’-])")
_ADDRESS_WORDS = re.compile(r"(?<=[\d ])[A-Z][a-zà-ÿ'’]+")  # the capitalised words after the house number
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Fr|Rev|Cllr|Nurse|Judge)\b)[A-Z][a-z]+ $")  # "Plan B. ..."
_TITLE_INITIAL = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? ((?:[A-Z]\.? ?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?![\w'’-])")


def _add_in_context(text: str, spans: list[Span]) -> None:
    """Spans found by what the others found or by a literal cue, each behind its cheap test (piiblind32)."""
    def free(a: int, b: int) -> bool:
        return not any(s.start < b and a < s.end for s in spans)

    for p in [s for s in spans if s.kind == "POSTCODE"]:
        lo = max(0, p.start - 80)
        if any(s.kind == "ADDRESS" and lo <= s.end <= p.start for s in spans):
            continue
        m = _ADDRESS_BEFORE_POSTCODE.search(text, lo, p.start)
        if m is not None and free(m.start(), m.end()) and not _NOT_AN_ADDRESS.search(m.group()) and \
                ("The " in m.group() or not all(map(_a_word, _ADDRESS_WORDS.findall(m.group())))):
            # "2 Tablets, M14 6LT": a count of a thing; a street's name holds a word no lexicon has, or "The"
            spans.append(Span("ADDRESS", m.start(), m.end(), m.group()))
    if ". " in text and ("-" in text or "Mc" in text or "Mac" in text or "O'" in text or "O’" in text):
        for m in _INITIAL_SURNAME.finditer(text):
            if free(m.start(), m.end()) and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    and not all(map(_a_word, m.group(1).split("-"))):  # "U.S. Air-Force", "A. Follow-Up"
                spans.append(Span("NAME", m.start(), m.end(), m.group()))
    if "Dr" in text or "Mr" in text or "Ms" in text or "Miss" in text or "Prof" in text:
        for m in _TITLE_INITIAL.finditer(text):
            a, b = m.span(1)
            if free(a, b) and not m.group(1)[1:2].islower():  # an initial, not "Dr Khan" (the name rules' own)
                spans.append(Span("NAME", a, b, m.group(1)))


def add_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the names ``pii_names`` finds in the characters left, then those the learned tagger
    (``name_tagger``, PII round twenty-six) adds among the capitalised tokens the rules' scan looked at and
    left, in order."""
    seen: list = []
    found = pii_names.find_names(text, [(s.start, s.end) for s in spans], seen)
    for start, end in found:
        spans.append(Span("NAME", start, end, text[start:end]))
    if seen:
        for start, end in name_tagger.find_names(text, [(s.start, s.end) for s in spans], bool(found), tokens=seen):
            spans.append(Span("NAME", start, end, text[start:end]))
    if NAME_CUES_31B:
        _add_ambiguous_cued_names(text, spans)
        if any(s.kind == "NAME" for s in spans):
            _drop_non_person_names(text, spans)
    if any(s.kind == "NAME" for s in spans):
        _add_name_mentions(text, spans)
        _complete_full_names(text, spans)
        if DROP_INSTITUTIONS:
            _drop_institution_names(text, spans)
    return sorted(spans, key=lambda s: s.start)


# Thirtieth session (piiblind30): a name once found is the same person's name wherever else the text writes it
# in the same case ("told jess n amira ... jess was fine", "Jordan, and Jordan's mum"), and a given name from the
# gazetteer listed with a found name, in the same case, is a name too ("connor, liam and siobhan",
# "Lily, Oscar and Freddie"): the rules and the tagger look at each token in its own context, and a second
# mention or a list member often has none.
_LIST_JOIN = r"(?:, ?| (?:and|n|&|y|e|et|und|en|i|ve|ou|o|oder|of|lub|albo) |, (?:and|y|e|et|und|en|i|ve) )"
_LIST_WORD = r"[^\W\d_][^\W\d_'’-]*"
_LIST_BEFORE = re.compile(rf"(?<![\w'’-])({_LIST_WORD}){_LIST_JOIN}$")
_LIST_AFTER = re.compile(rf"{_LIST_JOIN}({_LIST_WORD})(?![\w'’-])")


def _list_name(text: str, m: re.Match, name: str) -> bool:
    """The word of ``m`` a gazetteer given name written in the same case as the found ``name`` (lower-case
    both, or capitalised both), no common word, place, month or public figure's name; a capitalised word
    that is also a word ("Will", "Grace", "Oscar") only between list joins ("Lily, Oscar and Freddie")."""
    word = m.group(1)
    if len(word) < 3 or re.match(r"[^\w\n]{0,3}\d", text[m.end(1):]):
        return False  # "Sarah, May 2024"
    if name.islower():
        return word.islower() and word in pii_names.lower_gazetteer()
    if not (word[:1].isupper() and word[1:].islower() and word in pii_names.gazetteer()) or word in _LIST_STOP:
        return False
    if word in pii_names.AMBIGUOUS:
        joined_before = _LIST_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        return bool(joined_before and _LIST_AFTER.match(text, m.end(1)))
    return True


_LIST_STOP = pii_names.COMMON | pii_names.NOT_NAMES | pii_names.PLACES | pii_names.PUBLIC_FIGURES | \
    frozenset(("April", "May", "June", "August"))


def _add_name_mentions(text: str, spans: list[Span]) -> None:
    taken = [(s.start, s.end) for s in spans]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int) -> None:
        spans.append(Span("NAME", a, b, text[a:b]))
        taken.append((a, b))

    # a worklist: each found single-word name's other mentions and list neighbours, then theirs in turn
    queue = [s for s in spans if s.kind == "NAME" and " " not in s.text]
    expanded: set[str] = set()
    while queue:
        s = queue.pop()
        if len(s.text) >= 3 and s.text not in expanded:
            expanded.add(s.text)
            for m in re.finditer(rf"(?<![\w@#./'’-]){re.escape(s.text)}(?![\w@-]|\.\w)", text):
                if free(*m.span()):
                    add(*m.span())
                    queue.append(spans[-1])
        before = _LIST_BEFORE.search(text, max(0, s.start - 30), s.start)
        after = _LIST_AFTER.match(text, s.end)
        for m in (before, after):
            if m and free(*m.span(1)) and _list_name(text, m, s.text):
                add(*m.span(1))
                queue.append(spans[-1])


# Thirty-first session (piiblind31b): names that are also words (Hope, Bill, Mark, Summer, Frank, August, Jordan) and
# names in no list, where a cue that only a person takes stands right beside them; the rules and the tagger leave an
# ambiguous word alone without a cue, and several cues did not reach these words:
# * a relation word and a lower-case name before a person's verb ("my ex jordan keeps", "my uncle bill is");
# * a name's introduction after another's possessive ("my boyfriend's name is August", "her name's Summer");
# * a vocative after "sorry/thanks/hi" with a comma after it ("sorry Frank, I know it's late");
# * the subject of a sentence that a personal pronoun takes up later in the same sentence ("Hope has been my best
#   friend since year 7 and now she won't", "Pat at the foodbank was kind to me, she gave me", "Jordan's dad ... he");
# * a capitalised word opening a sentence before an apposition of a relation ("Lulu, my little sister, drew");
# * the Polish "ex" ("mój były Kuba", "moja była Ola").
# ``bench/train_name_tagger.py`` turns these passes off (with the institution pass below), so that the committed model
# stays what its training command makes from the rows it was trained on
NAME_CUES_31B = True
_MODALS = frozenset("will may can might must shall would could should".split())
_MONTHS = frozenset("""january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre janvier février mars avril
mai juin juillet août septembre octobre novembre décembre januar februar märz juni juli oktober dezember gennaio
febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro
outubro novembro dezembro januari februari maart mei augustus styczeń luty marzec kwiecień maj czerwiec lipiec
sierpień wrzesień październik listopad grudzień maja ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim
kasım aralık""".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PERSON_VERB_AFTER = re.compile(r"[ \t]+(?:is|was|keeps|kept|said|says|has|had|told|tells|texted|texts|called|calls|"
                                r"never|always|still|just|won't|wont|doesn't|doesnt|didn't|didnt|and|who|"
                                r"gets|got|came|comes|went|goes|left|lives|hit|hits|shouted|shouts)\b|[ \t]*[,.!?]")
# piiblind36a: verbs after a relation word that are also given names in some list ("Said", "Sue", "Will")
_RELATION_VERBS = frozenset("said says told asked thinks thought reckons knows knew wants wanted".split())
_LOWER_RELATION_NAME = re.compile(
    rf"(?<![\w'’])(?:my|his|her|our|their|your) (?:(?:little|older|younger|big|best|twin|new|step|old|late) )?"
    rf"(?:{pii_names._LOWER_RELATIONS}|ex|uncle|aunt|auntie|grandad|nan),? ([a-z][a-z'-]+)(?![\w'’-])")
_NAME_IS = re.compile(r"(?:\b(?:my|his|her|their|our|your)|\w['’]s) (?:(?:real|full|first) )?name(?: is|['’]s) "
                      r"([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)(?![\w'’-])")
_NOT_PERSON_OWNER = re.compile(r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|hamster|rabbit|bunny|horse|pony|fish|"
                               r"bird|parrot|snake|guinea pig|tortoise|film|movie|book|song|show|band|album|company|"
                               r"shop|app|game|street|road|town|village|school|boat|car|business|channel|podcast)"
                               r"['’]s name\b")
_SORRY_VOCATIVE = re.compile(r"(?:^|[.!?\n] *)(?:[Ss]orry|[Tt]hanks|[Tt]hank you|[Hh]i|[Hh]ey|[Hh]iya|[Oo]k|[Oo]kay|"
                             r"[Hh]ello|[Mm]orning|[Ee]vening|[Nn]ight) ([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+), "
                             r"(?:I|i|you|it|we|this|that|just|sorry|thanks|thank)\b")
_PRONOUN_LATER = re.compile(r"\b(?:she|he|her|him|his|hers|herself|himself|she's|he's|she'd|he'd|she'll|he'll)\b",
                            re.I)
_SUBJECT_START = re.compile(r"(?:^|[.!?\n][ \t]*|\b(?:[Ii] think|tbh|[Hh]onestly) )"
                            r"([A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+)(?=['’]s |[ \t]+(?:is|was|has|had|and|at|from|of|in|keeps|kept|never|always|only|just|said|says|"
                            r"told|tells|texted|called|came|went|left|got|gets|gave|gives|lives|moved|used|still|"
                            r"also|doesn't|didn't|won't|can't|isn't|wasn't|hasn't|would|could|[a-z]+ed)\b)")
_NOT_PERSON_PREDICATE = re.compile(r"[ \t]+(?:is|was|isn't|wasn't|'s|’s)[ \t]+(?:a|an|what|not|all|everything|"
                                   r"something|nothing|the (?!only\b|one\b)|my favourite|(?:(?:always|so|too|really|very|never|just) )?"
                                   r"(?:hard|bad|difficult|tough|awful|terrible|horrible|great|lovely|nice|good|long|"
                                   r"short|over|coming|here|gone|important|key|the worst|the best))\b")
_APPOSED_RELATION = re.compile(
    rf"(?:^|[.!?\n][ \t]*)([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+), (?:my|our) (?:(?:little|older|younger|big|best|twin|new|step|"
    rf"old|baby|eldest|youngest) )?(?:{pii_names._LOWER_RELATIONS}|stepdad|stepmum|grandmother|grandfather|"
    rf"uncle|aunt|foster mum|foster dad),")
_PL_EX = re.compile(r"\b(?:[Mm]ój|[Mm]oja|[Jj]ej|[Jj]ego) (?:były|była|eks) ([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)\b")
_SENT_END = re.compile(r"[.!?\n]")
_LOWER_RELATION_WORD = re.compile(rf"(?:{pii_names._LOWER_RELATIONS}|aunty|nanny|grandpa|bro|sis|bruv|fam|hubby|wifey)")
_ONLY_ONE = re.compile(r"[ \t]+(?:is|was)[ \t]+the only (?:one|person)\b")
_KIN_AFTER_POSSESSIVE = re.compile(r"['’]s (?:mum|mom|dad|mother|father|brother|sister|wife|husband|boyfriend|"
                                   r"girlfriend|nan|gran|grandad|grandma|auntie|uncle|family|parents|son|daughter)\b")
# a lower-case text's first word before a person's verb ("jonny said he'd", "kez and me got"): a word of no training
# text, or a listed given name that is no word
_TEXTING_OPENER = re.compile(r"[ \t]*([a-z]{3,})(?= (?:said|says|told me|texted|and me|n me|and i|n i|&) )")
# "me n mark havent", "me and will are": a listed name, ambiguous ones too, after "me and" and before a verb
_ME_AND = re.compile(r"(?<![\w'’])(?:me|and i) (?:n|and|&) ([a-z]{3,})(?= (?:have|havent|haven't|had|are|were|r|used|"
                     r"got|went|broke|split|fell|used|always|never|still|both)\b)")
# a last sentence of one capitalised word after a closing ("grazie, ci sentiamo domani. Fede")
_LAST_SIGN_OFF = re.compile(r"[.!]\s+([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)[.!]?\s*$")
_GOODNIGHT = re.compile(r"(?:good ?night|night|nite|buonanotte|notte|buenas|bonne|nuit|gute|nacht|boa|noite|dobranoc|"
                        r"welterusten|iyi|love|hugs|kisses|besos|baci|bisous|abrazos|abbracci|beijos|buziaki|kusjes|"
                        r"ciao|salut|adios|adiós|tschüss|tschau|doei|hoşçakal|xoxo)", re.I)
_CLOSING = re.compile(r"\b(?:thanks|thank you|cheers|bye|speak soon|talk soon|grazie|a presto|ci sentiamo|gracias|"
                      r"hasta|merci|à bientôt|danke|bis bald|obrigad[oa]|até|dzięki|dziękuję|bedankt|tot ziens|"
                      r"teşekkür\w*|görüşürüz)\b", re.I)


def _plain_word(token: str) -> bool:
    low = token.lower()
    return low in _MONTHS or low in _WEEKDAYS or low in _MODALS or token in pii_names.PLACES or \
        token in pii_names.PUBLIC_FIGURES or token in pii_names.NOT_NAMES


# ``_SUBJECT_START``'s word ``[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+`` ends where ``_CAPITALISED_RUN`` ends (its lookahead asks for an
# apostrophe or a space next) and starts at a capital, which no run of lower-case letters before it takes in: so it is
# one of ``_CAPITALISED_RUN.findall(text)``, and a text none of whose runs is ``AMBIGUOUS`` gives that pass nothing
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+")


# every ambiguous name as a literal: a text without one as a substring has no such run (a native scan first)
_AMBIGUOUS_LITERAL = re.compile("|".join(re.escape(w) for w in sorted(pii_names.AMBIGUOUS, key=len, reverse=True)))


def _ambiguous_word_in(text: str) -> bool:
    """Whether a capitalised run of ``text`` is an ambiguous name (``pii_names.AMBIGUOUS``): without one the subject
    pass (``_SUBJECT_START``, whose word must be one) adds nothing."""
    return prescreen.may_match(_AMBIGUOUS_LITERAL, text) and \
        not pii_names.AMBIGUOUS.isdisjoint(_CAPITALISED_RUN.findall(text))


# The cues that few texts hold, as one native scan (the alternation of their prescreens, ``prescreen``: a superset of
# each): a text it finds nothing in has no match of any of them. None without the native module or a superset form.
_RARE_CUES = (_NAME_IS, _APPOSED_RELATION, _SORRY_VOCATIVE, _ME_AND, _PL_EX)


@lru_cache(maxsize=1)
def _rare_cue_screen():
    sources = [prescreen.superset_source(p) for p in _RARE_CUES]
    return None if NATIVE is None or None in sources else prescreen.alternation_screen(sources)


def _screened_finditer(pattern: re.Pattern, text: str, pos: int, tries: int = 8):
    """``pattern.finditer(text)`` for a pattern whose matches are never empty, with ``re`` tried only where the
    native prescreen starts a match (``prescreen.search``'s way, match after match): ``pos`` is
    ``prescreen.leftmost(pattern, text)``. Each match of the pattern at ``p >= q`` is one of the superset in
    ``text[q:]`` at ``p - q`` (its characters lie there; the superset has no assertions), so the superset's leftmost
    start from ``q`` is at or before the pattern's, and trying ``pattern.match`` (which sees the text before ``p``,
    as the scan does) at each start in turn finds the scan's next match; after a match the scan goes on from its end.
    After ``tries`` starts the pattern refuses, ``re`` scans on from the last (each native scan copies the rest of the
    text: a long text of such starts would cost more than the scan)."""
    screen = prescreen.prescreen(pattern)
    if screen is None:
        yield from pattern.finditer(text, pos)
        return
    q = pos
    while q < len(text):
        m = pattern.match(text, q)
        if m is not None:
            yield m
            q = m.end()
        else:
            tries -= 1
            if tries < 0:
                yield from pattern.finditer(text, q)
                return
            q += 1
        if q >= len(text):
            return
        p = screen.leftmost_start(text[q:])
        if p is None:
            return
        q += p


def _may_sign_off_last(text: str) -> bool:
    """False only when ``_LAST_SIGN_OFF`` cannot match: its match is the text's last word, capitalised, with only
    a full stop or "!" and white space after it (``\\s``, ``str.isspace`` and ``rstrip`` are the same characters),
    after white space after a full stop or "!": so the last word of ``text.rstrip()`` starts with its capital and the
    words before end in "." or "!"."""
    parts = text.rstrip().rsplit(None, 1)
    if len(parts) != 2 or parts[0][-1:] not in (".", "!"):
        return False
    c = parts[1][0]
    return "A" <= c <= "Z" or "À" <= c <= "Ö" or "Ø" <= c <= "Þ"


def _add_ambiguous_cued_names(text: str, spans: list[Span]) -> None:
    """The cues above (``_LOWER_RELATION_NAME``, ``_NAME_IS``, ``_SORRY_VOCATIVE``, ``_SUBJECT_START`` with
    ``_PRONOUN_LATER``, ``_APPOSED_RELATION``, ``_PL_EX``) add a NAME span where no other span is."""
    taken = [(s.start, s.end) for s in spans]

    def add(a: int, b: int) -> None:
        if all(b <= s or a >= e for s, e in taken):
            spans.append(Span("NAME", a, b, text[a:b]))
            taken.append((a, b))

    names = pii_names.gazetteer()
    rare = (screen := _rare_cue_screen()) is None or screen.is_match(text)  # any of ``_RARE_CUES`` possible
    if rare and (" name is" in text or " name's" in text or " name’s" in text) and \
            (pos := prescreen.leftmost(_NAME_IS, text)) is not None:
        for m in _NAME_IS.finditer(text, pos):
            if _NOT_PERSON_OWNER.search(text, max(0, m.start() - 12), m.start() + 12) or \
                    re.match(r" [A-Z0-9]", text[m.end(1):m.end(1) + 2]):
                continue  # "my dog's name is Biscuit" (pets are no names), "the film's name is Summer Wars"
            if not _plain_word(m.group(1)) or m.group(1) in pii_names.AMBIGUOUS:
                add(*m.span(1))
    if (NATIVE is not None or "my " in text or "our " in text or "his " in text or "her " in text or "their " in text) \
            and (pos := prescreen.leftmost(_LOWER_RELATION_NAME, text)) is not None:  # the literals: without the native scan
        for m in _screened_finditer(_LOWER_RELATION_NAME, text, pos):
            w = m.group(1)
            if w in _RELATION_VERBS:
                continue  # piiblind36a: the relation's verb, "my friend said.", not "my friend Said"
            if w.capitalize() in names and w not in _MODALS and not _plain_word(w.capitalize()) or \
                    w.capitalize() in pii_names.AMBIGUOUS and w not in _MODALS and w not in _MONTHS:
                if _PERSON_VERB_AFTER.match(text, m.end(1)):
                    add(*m.span(1))
    if rare and (", my " in text or ", our " in text):  # every match holds one (``, (?:my|our) ``)
        for m in _APPOSED_RELATION.finditer(text):
            w = m.group(1)
            if not _plain_word(w) and w.lower() not in pii_names._RELATIONS and not pii_names._a_training_word(w):
                add(*m.span(1))
    for m in _SORRY_VOCATIVE.finditer(text, pos) if rare and \
            (pos := prescreen.leftmost(_SORRY_VOCATIVE, text)) is not None else ():
        w = m.group(1)
        if (w in names or w in pii_names.AMBIGUOUS) and w.lower() not in _MONTHS and w.lower() not in _WEEKDAYS:
            add(*m.span(1))
    for m in _SUBJECT_START.finditer(text) if _ambiguous_word_in(text) else ():  # a match adds only such a word
        w = m.group(1)
        if w not in pii_names.AMBIGUOUS or w.lower() in _MONTHS or w.lower() in _MODALS or \
                w in pii_names.PLACES and not _KIN_AFTER_POSSESSIVE.match(text, m.end(1)):
            continue
        end = _SENT_END.search(text, m.end(1))
        stop = end.start() if end else len(text)
        if _NOT_PERSON_PREDICATE.match(text, m.end(1)) or stop - m.end(1) > 160:
            continue
        pron = _PRONOUN_LATER.search(text, m.end(1), stop)
        if pron is not None or _KIN_AFTER_POSSESSIVE.match(text, m.end(1)) or _ONLY_ONE.match(text, m.end(1)):
            add(*m.span(1))
    m = _TEXTING_OPENER.match(text)
    if m is not None:
        w = m.group(1)
        if (not pii_names._a_training_word(w) and re.search("[aeiouy]", w) or
                w.capitalize() in names and w.capitalize() not in pii_names.AMBIGUOUS and
                not _plain_word(w.capitalize())) and w not in _MODALS and w not in pii_names._RELATIONS and \
                not _LOWER_RELATION_WORD.fullmatch(w):  # "aunty said", "grace told me ... the sermon"
            add(*m.span(1))
    for m in _ME_AND.finditer(text, pos) if rare and (pos := prescreen.leftmost(_ME_AND, text)) is not None else ():
        w = m.group(1)
        if w.capitalize() in names and w not in _MODALS and w not in _MONTHS and w not in _WEEKDAYS and \
                not _plain_word(w.capitalize()) or w.capitalize() in pii_names.AMBIGUOUS and w not in _MODALS and \
                w not in _MONTHS:
            add(*m.span(1))
    m = _LAST_SIGN_OFF.search(text) if _may_sign_off_last(text) else None
    if m is not None and _CLOSING.search(text, max(0, m.start() - 60), m.start(1)):
        w = m.group(1)
        if not _plain_word(w) and not _CLOSING.fullmatch(w) and not _GOODNIGHT.fullmatch(w) and \
                (w in names or not pii_names._a_training_word(w) and len(w) <= 7):  # an unlisted nickname: short
            add(*m.span(1))
    if rare and ("był" in text or "eks" in text) and (pos := prescreen.leftmost(_PL_EX, text)) is not None:
        for m in _PL_EX.finditer(text, pos):
            if not _plain_word(m.group(1)):
                add(*m.span(1))


# piiblind31b: a "name" that is a month after a day's number or a month's preposition ("on 5 May", "Im Mai",
# "en junio"), a monarch's or a pope's with a regnal number after it ("Jan Paweł II", "Henry VIII"), a figure of
# devotion ("the Virgin Mary", "Our Lady"), or an adverb in "-ly" opening a sentence that no list holds as a name
# ("Finally told her")
_MONTH_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th|\.)?|\b(?:in|on|by|until|till|since|from|early|late|mid|"
                           r"im|am|ab|bis|seit|vom|en|de|em|a|di|da|w|we|od|do|in|op|sinds|tot|itibaren)) $", re.I)
_REGNAL_AFTER = re.compile(r" (?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})\b")
_READING_BEFORE = re.compile(r"\b(?:reading|read|re-?reading|re-?read|finished|studying) $")
_HOLIDAY_WORDS = frozenset("Day Eve Week Weekend Night Sale".split())
_DEVOTION_BEFORE = re.compile(r"\b(?:Virgin|Holy|Blessed|Saint|St\.?|Our Lady|Lady|Mother|Prophet) $")


def _drop_non_person_names(text: str, spans: list[Span]) -> None:
    def non_person(s: Span) -> bool:
        if s.kind != "NAME":
            return False
        before = text[max(0, s.start - 16):s.start]
        if _READING_BEFORE.search(before) and not re.match(r"['’]s\b", text[s.end:s.end + 3]):
            return True  # a book's title or its character: "reading Jane Eyre for English"
        if " " in s.text and not _REGNAL_AFTER.match(text, s.end):
            return False
        if s.text.lower() in _MONTHS and (_MONTH_BEFORE.search(before) or re.match(r" \d", text[s.end:s.end + 2])):
            return True
        if _REGNAL_AFTER.match(text, s.end) and all(t in pii_names.gazetteer() for t in s.text.split()):
            return True
        if _DEVOTION_BEFORE.search(before):
            return True
        if s.text in _HOLIDAY_WORDS and (prev := _LEFT_WORD.search(text, max(0, s.start - 30), s.start)) is not None \
                and prev.group(1) not in pii_names.gazetteer():
            return True  # a holiday or a sale's name: "Prime Day", "Boxing Day", "Black Friday Week"
        return s.text.endswith("ly") and len(s.text) > 5 and s.text not in pii_names.gazetteer() and \
            pii_names._STARTS_SENTENCE.search(before) is not None and \
            re.match(r" [a-z]", text[s.end:s.end + 2]) is not None and pii_names._a_training_word(s.text)
    spans[:] = [s for s in spans if not non_person(s)]


# Thirty-first session (piiblind31): a found name is completed to the whole of a long full name. The rules take a name
# and at most two capitalised words after it, and the tagger a token at a time, so a name of four or five parts loses
# its edges ("María José Fernández Ruiz" gave "José Fernández Ruiz", "Nguyen Thi Thu Ha" "Nguyen Thi Thu", "Zhang Wei"
# "Wei", "Tran Van Duc" "Duc"); a trailing initial is the surname's ("Tomasz G.", "Kévin D.").
# Romanised East Asian surnames written before a given name (Chinese pinyin, Vietnamese without diacritics, Korean);
# the ones that are also English words ("He", "Do", "Sun", "Song", "Park", "Young") are left out by ``_a_word``
_EAST_ASIAN_SURNAMES = frozenset("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren Shen
Yao Jin Zhong Qian Gao Fang Fu Lv Qiu Xia Zou Shi Hou Mao Hao Kong Bai Cui Kang Tan Gu Meng Qin Yan Xue Dai Duan Lei
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ho Ngo Duong Ly Luu Truong Dinh Doan Lam Trinh Nguyễn Trần Lê
Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lưu Trương Đinh Đoàn Trịnh Kim Lee Choi Jung Cho Yoon Jang Lim Shin
Kwon Hwang Ahn Yoo Jeon""".split())
# piiblind31b: Korean surnames that are also English words ("Park", "Moon", "Song") before a hyphenated romanised given
# name ("Park Min-jun", "Song Ji-ho")
_KOREAN_SURNAMES = frozenset("Park Moon Song Young Kang Han Oh Seo Nam Son Bae Baek Go Ko Hong Yoo Lee Kim Choi".split())
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
# Vietnamese middle names between the surname and the given name ("Tran Van Duc", "Nguyen Thi Thu Ha")
_VI_MIDDLE = frozenset("Van Thi Văn Thị Huu Hữu Ngoc Ngọc Duc Đức Minh Thanh Quoc Quốc Xuan Xuân".split())
_FULL_NAME_STOP = pii_names.COMMON | pii_names.NOT_NAMES | pii_names.PLACES | pii_names.PUBLIC_FIGURES | \
    pii_names.SURNAME_STOP | pii_names.ROLE_WORDS | frozenset(pii_names._HONORIFICS) | \
    frozenset("January February March April May June July August September October November December Monday Tuesday "
              "Wednesday Thursday Friday Saturday Sunday Don Dom Dame Sir Lady Lord Saint San Santa".split())  # titles
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƠƯḀ-ỹ][\wÀ-ÿĀ-ſƠ-ưḀ-ỹ'’-]*")
_LEFT_WORD = re.compile(r"(?<![\w'’@#./-])([A-ZÀ-ÖØ-ÞĀ-ſƠƯḀ-ỹ][\wÀ-ÿĀ-ſƠ-ưḀ-ỹ'’-]*) $")
_TRAILING_INITIAL = re.compile(r" ([A-ZÀ-ÖØ-Þ]\.)(?![\w.])(?![ \t]+[A-Z])")  # not a middle initial: "John F. Kennedy"
_PARTICLES = _VI_MIDDLE | frozenset("Lo La Li De Di Da Del Della Dos Das Do Van Von Der Den Ter Le Du Bin Al".split())


_PARTICLE_SURNAME = re.compile(r" (?:de la|de las|de los|del|de|da|das|do|dos|di|van der|van den|van de|van|von|"
                               r"von der) ([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)(?![\w'’-])")


def _a_word(token: str) -> bool:
    return token in _FULL_NAME_STOP or pii_names._a_training_word(token)


def _unaccented(token: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))


def _given_name(token: str) -> bool:
    names = pii_names.gazetteer()
    return token in names or _unaccented(token) in names


def _complete_full_names(text: str, spans: list[Span]) -> None:
    """Each NAME span widened to the long full name around it (``_EAST_ASIAN_SURNAMES``, ``_VI_MIDDLE``): on its
    left a surname written first ("Zhang Wei", "Tran Van Duc") or a given name ("María José Fernández Ruiz",
    "Grace Ifeoma Nwachukwu"; a name that is also a word only mid-sentence); on its right, after a name of three
    parts, one more capitalised part that is no word ("Maria Grazia Lo Bianco", "Nguyen Thi Thu Ha") and a trailing
    initial ("Tomasz G."). A neighbouring NAME span joined by one space is merged in."""
    changed = True
    while changed:
        changed = False
        spans.sort(key=lambda x: x.start)
        for i, sp in enumerate(spans):
            if sp.kind != "NAME" or "\n" in sp.text:
                continue
            start, end = sp.start, sp.end
            others = [o for o in spans if o is not sp]

            def free(a: int, b: int) -> bool:
                return all(b <= o.start or a >= o.end or (o.kind == "NAME" and a <= o.start and o.end <= b)
                           for o in others)

            parts = sp.text.split()
            joined = next((o for o in others if o.kind == "NAME" and o.end == start - 1 and text[o.end] == " "
                           and "\n" not in o.text), None)
            if joined is not None:  # two parts of one name found apart ("Maria Chiara De" and "Luca Bianchi")
                spans[:] = [o for o in spans if o is not sp and o is not joined]
                spans.append(Span("NAME", joined.start, end, text[joined.start:end]))
                changed = True
                break
            left = _LEFT_WORD.search(text, max(0, start - 40), start)
            if left is not None:
                tok = left.group(1)
                a = left.start(1)
                first = parts[0]
                ok = False
                if tok in _EAST_ASIAN_SURNAMES and not _a_word(tok):
                    ok = True
                elif NAME_CUES_31B and tok in _KOREAN_SURNAMES and _KOREAN_GIVEN.fullmatch(sp.text):  # piiblind31b: "Park Min-jun"
                    ok = True
                elif tok in _VI_MIDDLE and (sur := _LEFT_WORD.search(text, max(0, a - 30), a)) is not None and \
                        sur.group(1) in _EAST_ASIAN_SURNAMES:
                    tok, a, ok = sur.group(1), sur.start(1), True
                elif first not in _EAST_ASIAN_SURNAMES and tok not in _FULL_NAME_STOP and _given_name(tok) and \
                        (tok not in pii_names.AMBIGUOUS or not pii_names._STARTS_SENTENCE.search(text, max(0, a - 8), a)):
                    ok = True
                if ok and free(a, end):
                    start = a
            if NAME_CUES_31B and len(parts) >= 2 and (part := _PARTICLE_SURNAME.match(text, end)) is not None and \
                    part.group(1) not in _FULL_NAME_STOP and free(start, part.end()):
                end = part.end()  # piiblind31b: "María José Gutiérrez de la Peña", "Ana Costa dos Santos"
            if len(parts) >= 3 and start == sp.start:
                nxt = re.compile(r" ([^\s,.;:!?()\"]+)").match(text, end)
                if nxt is not None and _NAME_WORD.fullmatch(nxt.group(1)) and nxt.group(1) not in _FULL_NAME_STOP and \
                        (not pii_names._a_training_word(nxt.group(1)) or not _PARTICLES.isdisjoint(parts)) and \
                        free(start, nxt.end(1)):
                    end = nxt.end(1)  # a word of the project's text only after a particle ("Lo Bianco", "Thi Thu Ha")
            ini = _TRAILING_INITIAL.match(text, end)
            if ini is not None and free(start, ini.end(1)):
                end = ini.end(1)
            if (start, end) != (sp.start, sp.end):
                spans[:] = [o for o in spans if not (o.kind == "NAME" and start <= o.start and o.end <= end)]
                spans.append(Span("NAME", start, end, text[start:end]))
                changed = True
                break


# piiblind31: a "name" that is an institution's: after "the" and before a unit's or a building's noun ("at the Lindsey
# Unit", "the Priory Hospital", "the Maudsley Centre"), or one word of an organisation's alone ("NHS App says")
_INSTITUTION_AFTER = re.compile(r"[ \t]+(?:Unit|Ward|Centre|Center|Clinic|Hospital|Surgery|Practice|Hospice|Trust|"
                                r"Foundation|Institute|Academy|Library|Museum|Stadium|Arena|Theatre|Theater|Wing|"
                                r"Building)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


# The pass runs after the name tagger, which never sees what it drops; ``bench/train_name_tagger.py`` turns it off, so
# that the committed model stays what its training command makes (the rows it trained on, from before this pass)
DROP_INSTITUTIONS = True


def _drop_institution_names(text: str, spans: list[Span]) -> None:
    spans[:] = [s for s in spans if not (s.kind == "NAME" and (
        s.text in _ORGANISATION_WORDS or
        _INSTITUTION_AFTER.match(text, s.end) and _THE_BEFORE.search(text, max(0, s.start - 8), s.start)))]


def redact(text: str, spans: list[Span] | None = None) -> str:
    spans = find_pii(text) if spans is None else spans
    out, pos = [], 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(f"[{s.kind}]")
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
