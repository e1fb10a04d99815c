"""Non-suicidal self-injury told in plain words, in English and sixteen other languages (thirty-fifth session, helper
``riskblind35a``, from the blind ``risk_valid_v35_nssi``'s misses): the wording families stage one did not read.

- pinching oneself to bruises (es "me pellizco ... morados", pl "szczypię się do siniaków", sv "nyper mig själv tills",
  ru "щипаю себя", ja "つねってアザ", ko "꼬집어서 멍", zh, id "cubit2 diri sampe biru", hi "खुद को चिकोटी", ar "بقرص نفسي");
- biting one's own hand or arm (en "bit my own hand so hard", it "mi mordo le mani finché", sv "bet mig själv i armen",
  id "gigit lengan sendiri", hi "apne haath pe daant gada");
- a fist or the head against a wall, a door or a cupboard "until" (de "schlage ... gegen die Wand, bis die Knöchel",
  fr "tapé dans le mur jusqu'à m'ouvrir", es "me di golpes en la cabeza ... hasta", tr "duvara yumruk atıyorum ... kadar",
  "kafamı dolaba vurdum", sv "slår huvudet i väggen när", nl "sla mezelf op mijn hoofd", hi "दीवार में सिर मारता");
- scratching with nails or a point until it bleeds (ar "بحك ايدي", pt "arranho a barriga com a ponta do compasso",
  en "scratched until it bled" with no subject, typed as a text);
- a lighter, a cigarette or heated metal put to the skin (en "press a hot spoon onto my hip", ja "ライターで手首を焼く",
  ru "прижигаю кожу сигаретой", zh "用打火机烫一下手腕", ar "بحرق إيدي بالولاعة"); ice and salt on the skin (en, de);
- a blade from a sharpener, a razor or a compass drawn over the body, told as marks one made oneself (it "mi sono
  fatta dei segni sulla caviglia", pt "marcas no braço que eu mesma fiz com a gilete", ja "刃で太ももに傷をつけた",
  id "goresin paha", hi "blade se jaangh pe kharoch", en "went over them with a razor");
- the cover story taken back (es "los arañazos me los hice yo", pt "disse que foi o cachorro ... mas fui eu",
  de "den Kratzer vom Hund hab ich selbst gemacht", fr "c'était pas un accident, c'est moi qui");
- a band pulled tight round the arm until the hand goes cold or numb (en, it "mi stringo l'elastico ... finché", nl
  "elastiekje om mn pols, knallen"); one's own stitches pulled out; a burn or a scald done "on purpose to" (en).

Kept in a module of its own so that the session's other mends merge apart: ``PATTERNS`` (English and Latin-script
forms read by ``risk``'s sentence reader, beside ``risk_en34b``'s), ``USE_ASCII`` / ``USE_RAW`` (appended to
``risk_use_langs``' sets: es fr de it pt nl pl tr and ar ja ko zh ru) and ``LANGS_ASCII`` / ``LANGS_RAW``
(appended to ``risk_langs``' sets: sv id and Hindi romanised and in Devanagari). Every branch holds a literal the
guards can look for; no nested unbounded quantifier. None of these regexes is one of the learned stage's features.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_BODY = (r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?|palms?|fingers?|knuckles?|"
         r"shoulders?|chest|feet|foot|calf|calves|shin)")

PATTERNS: dict[str, list[str]] = {
    "nssi": [
        # heated metal or a flame pressed onto the body ("I just press a hot spoon onto my hip"); not a hot-water bottle
        r"\b(?:press|presses|pressed|pressing|hold|holds|held|holding|put|puts|putting)\b (?:a |the |my )?(?:hot|heated|red-hot|"
        r"burning|boiling|lit) (?:spoon|key|knife|coin|metal|nail|pin|needle|match|lighter|cigarette|fork|tongs|straighteners|"
        r"curling iron|iron) (?:on|onto|to|against|into|in) my (?:own )?" + _BODY + r"\b",
        # a scald or a burn "on purpose to" ("I drink boiling tea on purpose to scald my mouth")
        r"\b(?:on purpose|deliberately|intentionally) to (?:scald|burn|bruise|blister|scar|cut|scratch) (?:my (?:own )?"
        r"(?:mouth|tongue|lips?|" + _BODY[3:-1] + r")|myself)\b",
        # a band tied tight round the arm until the hand goes cold or numb ("I tie a hair tie really tight round my upper
        # arm and leave it till my hand goes cold and numb"); not a blood-pressure cuff or a tourniquet at the clinic
        r"\b(?:tie|ties|tied|tying|wrap|wraps|wrapped|wrapping|pull|pulls|pulled|pulling|tighten\w*|twist\w*)\b (?:a |the |my )?"
        r"(?:hair ?tie|hair ?band|rubber band|elastic|band|cable tie|zip tie|belt|string|cord|shoelace|wire)\b[^.!?]{0,30}\b"
        r"(?:tight|tighter|hard)\b[^.!?]{0,20}\b(?:round|around|on|over) my (?:upper |lower )?(?:arm|wrist|forearm|leg|thigh|"
        r"finger|ankle)\b[^.!?]{0,60}\b(?:till|until|til|so that|so)\b[^.!?]{0,30}\b(?:numb|cold|purple|blue|white|dead|"
        r"hurts|marks?|welts?|red line|bleed\w*)\b(?![^.!?]{0,40}\b(?:blood test|nurse took|doctor|clinic|bp|blood pressure)\b)",
        # one's own hand or arm bitten hard ("Bit my own hand so hard the teeth marks went purple"); not a tongue, a lip
        # or a cheek, nor nails
        r"\b(?:bit|bite|bites|biting) (?:into )?my (?:own )?(?:hands?|arms?|forearms?|wrists?|knuckles?|thumbs?)\b(?:[^.!?]{0,10}\b"
        r"(?:so hard|until|till|hard enough|to the point)\b|[^.!?]{0,40}\b(?:teeth marks|bite marks|bled|bleeds|bleed|bruised|"
        r"bruises?|went purple|broke the skin)\b)",
        # the wound or the stitches opened again by oneself ("Pulled out my own stitches ... opened the wound back up")
        r"\b(?:pulled|pull|pulling|ripped|rip|ripping|tore|tear|tearing|picked|pick|picking|cut) (?:out )?my (?:own )?"
        r"(?:stitches|sutures|steri-?strips)\b(?! (?:out )?(?:at|in) (?:the|a) (?:clinic|surgery|gp|hospital))",
        # scratched till it bled, typed with no subject at the start of a turn or a sentence ("scratched until it bled
        # again"); a subject named before it ("the cat scratched") is no match
        r"(?:^|(?<=[.!?] ))(?:scratched|clawed|scraped|pinched|picked|punched|hit|bashed|burned|burnt) (?:(?:it|them|my \w+|"
        r"myself) )?(?:until|till|til|'til) (?:it|they|i) (?:bled|bleed|bruised|blistered|split)\b",
        # marks made with a razor gone over again ("the new lines from last week where I went over them with a razor")
        r"\b(?:lines|marks|cuts|scratches|scabs)\b[^.!?]{0,60}\b(?:went|go|goes|going|gone) over (?:them|it) (?:again )?with "
        r"(?:a |the |my )?(?:razor|blade|knife|compass|sharpener|safety pin|pin|lighter)\b",
        # ice and salt on the skin, done by oneself ("ice and salt ... i do it alone every night now and the burns dont heal")
        r"\bice (?:and|&|n|with) salt\b[^.!?]{0,60}\b(?:i (?:do|did|keep doing|have been doing|'ve been doing|ve been doing|"
        r"still do) (?:it|this)|on my " + _BODY + r"|(?:the|my) burns? (?:don'?t|dont|won'?t|wont|never|aren'?t|arent) heal)",
        # a hand slammed in a door or a drawer on purpose or for the pain ("I just slam my hand in the car door sometimes,
        # so the pain is somewhere I can point to"); "caught my hand in the car door" is an accident
        r"\b(?:slam|slams|slammed|slamming|crush|crushes|crushed|crushing)\b my (?:own )?(?:hands?|fingers?|arms?|wrists?)\b "
        r"(?:in|into|against|with) (?:the|a|my) (?:car |front |back |kitchen |bathroom |bedroom )?(?:door|drawer|window|lid)s?\b"
        r"[^.!?]{0,40}\b(?:on purpose|deliberately|sometimes|every time|so (?:the|that) (?:pain|it hurts)|to feel|to hurt|"
        r"because i deserve|the pain)\b",
        # es: the cover story taken back ("los arañazos me los hice yo", "las quemaduras me las hago yo")
        r"\b(?:ara[ñn]azos|rasgu[ñn]os|marcas|quemaduras|moratones|morados|heridas|cortes|cortecitos|cicatrices)\b[^.!?]{0,30}\bme "
        r"(?:los|las) (?:hice|hago|he hecho|hac[íi]a) yo\b",
        # es: blows given to oneself "until" ("me di golpes en la cabeza contra la pared hasta marearme"); not the
        # conditional of the idiom ("me daría cabezazos contra la pared por ...")
        r"\bme (?:di|doy|daba|he dado|pego|pegu[ée]|pegaba) (?:golpes|cabezazos|pu[ñn]etazos|bofetadas|manotazos)\b[^.!?]{0,50}\b"
        r"(?:hasta|a prop[óo]sito|adrede)\b",
        # es: pinching oneself to bruises ("me pellizco fuerte los brazos y me quedan morados")
        r"\bme pellizc(?:o|aba|[ée])\b[^.!?]{0,40}\b(?:morad\w*|moret\w*|moratones|cardenal\w*|hasta|sangr\w*)\b",
        # fr: a wall hit until the knuckles open ("J'ai tapé dans le mur de ma chambre jusqu'à m'ouvrir les jointures")
        r"\b(?:tap[ée]|tape|tapais|frapp[ée]|frappe|frappais|cogn[ée]|cogne|cognais)\b (?:du poing |de la t[êe]te )?(?:dans|contre) "
        r"(?:le|les|un|la) (?:mur|murs|porte|carrelage|placard)\b[^.!?]{0,40}\bjusqu'(?:à|a) (?:m'ouvrir|me p[ée]ter|me casser|"
        r"saigner|en saigner|avoir les (?:mains|jointures|doigts) en sang)\b",
        # fr: the cover story taken back ("c'était pas un accident, c'est moi qui l'ai posé sur mon bras")
        r"\bc'est moi qui (?:l'ai|les ai|me l'ai|me les ai|me suis) (?:pos[ée]e?s?|mise?s?|faite?s?|br[ûu]l[ée]e?|griff[ée]e?|"
        r"tap[ée]e?|frott[ée]e?|appuy[ée]e?)\b[^.!?]{0,30}\b(?:sur|dans|contre) (?:mon|ma|mes) (?:bras|poignets?|jambes?|cuisses?|"
        r"ventre|mains?|peau|hanches?|chevilles?)\b",
        # pl: pinching oneself to bruises ("szczypię się do siniaków")
        r"\bszczyp(?:i[ęe]|a[łl]\w*|ie|a[ćc]) si[ęe]\b[^.!?]{0,20}\b(?:do (?:siniak\w*|krwi)|a[żz] (?:do|zostaj\w*|mam))\b",
        # de: a fist against a wall until the knuckles burst ("Ich schlage mit der Faust gegen die Wand, bis die Knöchel
        # aufplatzen")
        r"\b(?:schlage|schlug|haue|haute|boxe|boxte|hämmere|hammere|schlag|hau)\b[^.!?]{0,30}\b(?:gegen|an|in) (?:die|eine) "
        r"(?:wand|t[üu]r|mauer|fliesen|schrankt[üu]r)\b[^.!?]{0,30}\bbis (?:die|meine|mir die) (?:kn[öo]chel|hand|h[äa]nde|faust|"
        r"finger|haut)\b",
        # de: the cover story taken back ("den Kratzer vom Hund hab ich selbst gemacht")
        r"\b(?:kratzer|wunden?|narben?|brandwunden?|brandblasen|blaue[nr]? flecken?|striemen|schnitte?|male)\b[^.!?]{0,30}\b(?:hab|habe|"
        r"hatte) ich (?:mir )?selbst (?:gemacht|zugef[üu]gt)\b",
        # de: ice and salt on the skin ("Eiswürfel mit Salz auf die Haut, bis es brennt")
        r"\b(?:eisw[üu]rfel|eis) (?:mit|und) salz\b[^.!?]{0,30}\b(?:auf (?:die|meine|der|meiner) (?:haut|arm|arme|hand|h[äa]nde)|bis es brennt)\b",
        # it: a band tightened round the arm "until" ("mi stringo l'elastico per capelli sul braccio finché la mano diventa
        # viola"); bitten hands ("mi mordo le mani finché restano i segni dei denti")
        r"\bmi string\w*\b[^.!?]{0,30}\b(?:elastic\w*|laccio|lacci|cintura|filo|corda|fascett\w*)\b[^.!?]{0,30}\b(?:braccio|braccia|"
        r"polso|polsi|gamba|dito)\b[^.!?]{0,30}\bfinch[ée]\b",
        r"\bmi mord(?:o|evo|ev[oa])\b[^.!?]{0,20}\b(?:mani|mano|braccio|braccia|polso|polsi|dita|nocche)\b[^.!?]{0,40}\b(?:finch[ée]|fino a|"
        r"segni|sangu\w*|livid\w*)\b",
        # it: marks made on the body with a blade ("ho preso la lametta del temperino e mi sono fatta dei segni sulla caviglia")
        r"\bmi sono fatt[oa] (?:dei |due |tre |qualche |un paio di |altri )?(?:segni|segnetti|taglietti|graffi)\b[^.!?]{0,10}\b(?:su|sul|"
        r"sulla|sulle|sui|sull')\s?(?:braccio|braccia|polso|polsi|gamba|gambe|caviglia|caviglie|coscia|cosce|pancia|fianco|mano)\b",
        # pt: marks one made oneself ("as marcas no braço que eu mesma fiz com a gilete"); the cover story taken back
        # ("disse que foi o cachorro que me arranhou mas fui eu"); scratching with a point ("arranho a barriga com a ponta
        # do compasso")
        r"\bmarc(?:as|inhas) (?:no|na|nos|nas) (?:bra[çc]os?|pulsos?|pernas?|coxas?|barriga|tornozelos?|m[ãa]os?)\b[^.!?]{0,20}\bque "
        r"(?:eu )?(?:mesm[oa] )?(?:fiz|fa[çc]o|tinha feito)\b",
        r"\b(?:disse|falei|contei|expliquei)\b[^.!?]{0,30}\bque foi o (?:gato|cachorro|c[ãa]o|cachorrinho)\b[^.!?]{0,40}\b(?:mas|s[óo] que) "
        r"(?:fui eu|foi eu|eu (?:que )?fiz)\b",
        r"\barranh(?:o|ei|ava)\b[^.!?]{0,30}\b(?:com a ponta d[oa]|com (?:a|o|uma|um) (?:gilete|l[âa]mina|agulha|alfinete|compasso|"
        r"estilete|tesoura))\b",
        # nl: hitting oneself on the head or the legs ("Ik sla mezelf op mijn hoofd als ik iets fout doe"); not the idiom
        # "voor mijn kop slaan"; a rubber band on the wrist snapped ("elastiekje om mn pols, knallen tot het rood is")
        r"\bsla (?:ik )?mezelf (?:op|tegen|in) (?:mijn|m'n|mn) (?:hoofd|kop|benen|armen|gezicht|bovenbenen)\b",
        r"\belastiek\w*\b[^.!?]{0,20}\b(?:om|rond) (?:mijn|m'n|mn) (?:pols|arm)\b[^.!?]{0,30}\b(?:knallen|knal|laten knallen|"
        r"schieten|tot het (?:rood|pijn|bloedt))\b",
        # tr: a fist into a wall until or on purpose ("duvara yumruk atıyorum elim parçalanana kadar, bilerek"); the head
        # struck on a wall, a cupboard or a door ("kafamı dolaba vurdum, başım dönene kadar"); not "vurasım geldi"
        r"\bduvar\w* yumruk (?:at[ıi]yorum|att[ıi]m|atar[ıi]m|at[ıi]yodum|vuruyorum)\b[^.!?]{0,40}\b(?:kadar|bilerek|kasten|"
        r"bile bile)\b",
        r"\bkafam[ıi] (?:duvar\w*|dolab\w*|kap[ıi]\w*|masa\w*|yer\w*) (?:vurdum|vuruyorum|vururum|[çc]arpt[ıi]m|[çc]arp[ıi]yorum)\b"
        r"[^.!?]{0,40}\b(?:kadar|bilerek|kasten|d[öo]nene)\b",
    ],
}

# risk_use_langs' ASCII set: nothing more here (the Latin-script forms of its languages are in ``PATTERNS``, which
# ``risk``'s sentence reader reads with their negations and third persons)
USE_ASCII: dict[str, list[str]] = {"nssi": []}
USE_RAW: dict[str, list[str]] = {
    "nssi": [
        # ru: pinching, biting, scratching or burning oneself ("щипаю себя до синяков", "прижигаю кожу сигаретой")
        r"(?:щипа|щиплю|ущипн|кусаю|кусала|кусал|царапаю|расцарапа|расчёсыва|расчесыва|бью|прижига)\w*\s+(?:себ[яе]|кожу|руки|руку|"
        r"запясть\w*|бедр\w*)(?:\s+\S+){0,4}?\s*(?:до\s+(?:синяк\w*|крови|мяса)|сигарет\w*|зажигалк\w*|чтобы\s+наказать|за\s+то)|"
        r"прижига\w*\s+(?:себ[яе]|кожу|руки|руку|запясть\w*)",
        # ja: a lighter or a cigarette to the skin ("ライターで手首を焼く"), a blade drawn over the thigh ("刃で太ももに傷を
        # つけた"), pinching to bruises ("つねってアザ作ってる")
        r"(?:ライター|タバコ|たばこ|煙草|アイロン)で(?:腕|手首|手|太もも|太腿|足|脚|肌|お腹)を?(?:焼|焦が|炙)|"
        r"(?:刃|カッター|カミソリ|かみそり|剃刀|コンパス|針|安全ピン)で(?:腕|手首|太もも|太腿|足|脚|お腹|手)に(?:傷|線)を?(?:つけ|付け)|"
        r"(?:腕|手首|太もも|太腿|足|脚|手)を(?:コンパス|カッター|カミソリ|かみそり|剃刀|刃|針|安全ピン)で(?:引っか|ひっか|引っ掻|掻|切|刺|傷つけ)|"
        r"つねって\S{0,6}(?:アザ|あざ|痣)|(?:自分を?|腕を?)(?:噛|か)んで(?:る|いる|た)\S{0,10}(?:歯形|跡)",
        # ko: pinching to bruises ("꼬집어서 멍 만드는")
        r"꼬집어서?\s?멍|멍\s?(?:들|생기)\S*\s?때까지\s?꼬집",
        # zh: a lighter or a cigarette end to the wrist or the arm ("用打火机烫一下手腕"); pinching to bruises ("掐自己掐到青紫")
        r"(?:打火机|打火機|烟头|煙頭|烟蒂|煙蒂)(?:去|来|來)?(?:烫|燙|烧|燒)(?:一下|几下|幾下)?(?:手腕|手臂|胳膊|大腿|自己|手背|手)|"
        r"掐自己掐(?:到|得)|掐(?:到|得)(?:青紫|发紫|發紫|淤青|瘀青)",
        # ar: scratching, burning or pinching one's own hand or skin ("بحك ايدي لحد ما تنزف", "بحرق إيدي بالولاعة",
        # "بقرص نفسي لين يصير أزرق")
        r"(?:بحك|أحك|احك|بخدش|أخدش|اخدش|بحرق|أحرق|احرق|بقرص|أقرص|اقرص|بعض|أعض|اعض)\s+(?:ايدي|إيدي|يدي|جلدي|ذراعي|دراعي|رجلي|فخذي|"
        r"نفسي)(?:\s+\S+){0,3}?\s*(?:لحد|لين|حتى|بالولاعة|بالسيجارة|بالسجارة|بالولاعه|عشان)",
    ],
}
LANGS_ASCII: dict[str, list[str]] = {
    "nssi": [
        # sv: pinching and biting oneself ("nyper mig själv tills det blir blåmärken", "bet mig själv i armen så det blev
        # tandmärken"); the head against a wall "when I get it wrong" ("slår huvudet i väggen när jag gör fel")
        r"\bnyp(?:er|te|a) mig (?:sj[äa]lv )?(?:tills|s[åa] (?:det|jag)|h[åa]rt|i (?:armen|armarna|benen|l[åa]ret))\b",
        r"\b(?:bet|biter) mig (?:sj[äa]lv )?i (?:armen|handen|handleden|fingrarna|tummen)\b",
        r"\bsl[åa]r (?:mitt )?huvudet (?:i|mot) (?:v[äa]ggen|d[öo]rren|golvet|sk[åa]pet)\b[^.!?]{0,20}\b(?:n[äa]r jag|h[åa]rt|tills|varje)\b",
        # id: pinching and biting oneself ("aku cubit2 diri sampe biru", "gigit lengan sendiri"); a blade drawn over the
        # thigh ("goresin paha sampe keluar darah")
        r"\bcubit(?:2|-cubit|in)? (?:diri|tangan|lengan|paha)\w*\b[^.!?]{0,20}\b(?:sampe|sampai|biar)\b",
        r"\bgigit(?:in)? (?:lengan|tangan|jari|pergelangan)\w* (?:sendiri|aku|gue|gw)\b",
        r"\bgores(?:in|kan)\b (?:paha|tangan|lengan|pergelangan|kaki|perut)\w*\b",
        # hi (romanised): teeth set into one's own hand, a blade or a pin drawn over the thigh or the wrist
        r"\b(?:apne|apni|khud ke) (?:haath|hath|baah|bazu|baazu|kalai|ungli\w*) (?:pe|par|mein|me) daant (?:gada|gaada|gad|kaat|kat)\w*|"
        r"\b(?:blade|razor|compass|pin|sui|chaku) se (?:apni |apne )?(?:jaangh|jangh|haath|hath|kalai|baah|bazu|pair|pet) "
        r"(?:pe |par )?(?:kharoch|kaat|kat|cheer|ragad)\w*",
    ],
}
LANGS_RAW: dict[str, list[str]] = {
    "nssi": [
        # hi (Devanagari): pinching oneself ("खुद को चिकोटी काट के नीला"), the head struck on a wall ("दीवार में सिर मारता हूँ")
        r"(?:खुद|ख़ुद|अपने आप)\sको\sचिकोटी|(?:दीवार|दिवार)\s(?:में|पे|पर|से)\s(?:अपना\s)?सिर\s(?:मारता|मारती|पटकता|पटकती)",
    ],
}


# -- matches set aside by their sentence (``risk._disclosure``) ----------------------------------------------------
# an animal as the subject just before the act ("the cat scratched my arm to bits when I tried to give her a tablet")
_ANIMAL_SUBJECT = re.compile(r"\b(?:the|my|our|a|his|her|their|mum's|mom's|dad's) (?:(?:new|old|neighbours?'s?|little) )?"
                             r"(?:cats?|kittens?|kitty|dogs?|puppy|pup|rabbit|bunny|hamster|parrot|budgie|bird|horse|pony|"
                             r"guinea pig|ferret|rat|puppies|kittens)\s+(?:\w+\s+)?$", _I)
# the act done to another's body ("A boy in my class scratches his wrists with a compass"), with no first person in it
_OTHERS_BODY = re.compile(r"\b(?:his|her|their|hes|shes) (?:own )?" + _BODY + r"\b", _I)
_OWN_IN_MATCH = re.compile(r"\b(?:i|i'm|im|i've|ive|my|myself|me)\b", _I)


def set_aside(text: str, s: int, m: re.Match) -> bool:
    """For ``risk._disclosure``: a match whose act an animal did (its subject just before it) or that names another's
    body and not the speaker's."""
    matched = m.group(0)
    if _ANIMAL_SUBJECT.search(text, max(s, m.start() - 40), m.start()):
        return True
    return bool(_OTHERS_BODY.search(matched)) and not _OWN_IN_MATCH.search(matched)
