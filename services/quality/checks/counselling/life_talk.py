"""Everyday life talk in other languages (thirtieth session, mlgfp30): quarrels with a flatmate, a partner
or the family ("Ich habe seit Wochen Streit mit meinem Mitbewohner", "ho litigato di nuovo con il mio
ragazzo", "又跟男朋友吵架了"), having finished or settled everything before a holiday or a trip ("Her şeyi
bitirdim, yarın tatile çıkıyorum", "ho chiuso tutto e domani si parte per le ferie"), and feeling lonely or
crying ("Je me sens seule tous les soirs et je pleure", "Akhir-akhir ini aku merasa kesepian"): complaints a
counsellor hears every day, not disclosures of suicide or self-harm risk.

The learned risk stage, to which the router sends every cue-less turn of a language other than English,
read such turns as plans and preparation (settling everything), an attempt, intent or a passive wish
(``bench/general_false_positives.py``'s ``general_langs`` set, blind reading: 47 of 49 false flags by the
learned stage alone). ``crisis.everyday_alone`` reads a client turn without these spans when stage one finds
no disclosure in it, as it does for medication, sleep and diagnosis talk: with no pattern and no cue left,
stage one decides ("none"); with a cue left, the learned stage reads the rest. A turn that also speaks of
death, dying, goodbyes or the means (``_DARK``) keeps every word, and "settled everything" without a holiday
or trip word in the same sentence is no span (it may be a goodbye).
"""

from __future__ import annotations

import re

from services.quality.checks.counselling.risk_en36b import DENIED36B, EVERYDAY36B  # riskblind36b
from services.quality.checks.counselling.risk_cc37 import everyday_spans as everyday_cc37  # ccfp37
from services.quality.checks.counselling.spans import sentence_bounds

_I = re.IGNORECASE

# a quarrel, an argument, a fight in words (not blows: harm by others is ``harm_by_others``'s), with whom in
# at most three words ("con mi pareja"): a run-on turn without stops goes on to other things
QUARREL = re.compile("|".join([
    # es
    r"\b(?:he |hemos |me he |nos hemos )?(?:discutid[oa]|pelead[oa]s?|peleo|discuto|discutimos|peleamos)\b"
    r"(?: (?:otra vez|de nuevo))?(?: (?:con|a gritos)\b(?: [^\s.!?,]+){1,3})?",
    # fr
    r"\b(?:je me suis |on s'est |nous nous sommes )?(?:encore )?disput[ée]e?s?\b(?: (?:avec|à propos)\b(?: [^\s.!?,]+){1,3})?",
    # de
    r"\b(?:ich )?(?:habe? |hatte |hab )?(?:mich )?(?:schon wieder |wieder |ständig |seit \w+ )?(?:Streit|gestritten|streiten|Krach)\b"
    r"(?: (?:mit|wegen)\b(?: [^\s.!?,]+){1,3})?",
    # it
    r"\b(?:ho |abbiamo )?(?:litigato|litighiamo|litigo)\b(?: (?:di nuovo|ancora|di brutto))?(?: (?:con|per)\b(?: [^\s.!?,]+){1,3})?",
    # pt
    r"\b(?:briguei|brigamos|brigo|discuti|discutimos)\b(?: (?:de novo|outra vez))?(?: (?:com|por)\b(?: [^\s.!?,]+){1,3})?",
    # nl
    r"\b(?:weer |altijd )?ruzie\b(?: (?:met|over)\b(?: [^\s.!?,]+){1,3})?",
    # pl
    r"\b(?:znowu |ciągle )?(?:pokłóci\w+|kłóc\w+|kłótni\w*)\b(?: (?:się )?(?:z|ze|o)\b(?: [^\s.!?,]+){1,3})?",
    # tr
    r"\b(?:\w+ )?(?:kavga ettik|kavga ediyoruz|tartışıyoruz|tartıştık|anlaşamıyoruz)\b",
    # ru
    r"(?:опять |снова |постоянно )?(?:поругал\w*|поссорил\w*|ругаемся|ссоримся)(?: с (?: [^\s.!?,]+){1,3})?",
    # zh, ja, ko
    r"吵架|吵了一架|ケンカ|喧嘩|口論|揉めて|싸웠|싸워요|싸운|다퉈|다퉜",
    # hi, id, ar
    r"झगड़ा|झगड़े|बहस|\b(?:ladai|jhagda)\b|\b(?:bertengkar|berantem|ribut)\b|تشاجر|أتشاجر|تخانقت|أتجادل|تجادلنا",
    # en (riskblind31c): wanting one's parents to stop fighting ("I just want my parents to stop fighting")
    r"\b(?:i (?:just |only )?want|i wish|wishing) (?:my )?(?:parents|mum and dad|mom and dad|mam and dad|mummy and daddy|"
    r"family|folks) (?:would |to )?(?:stop|quit) (?:fighting|arguing|shouting|yelling|screaming|quarrell?ing)\b",
]), _I)

# having finished or settled everything (work, packing, bills), in the sentence of a holiday or a trip
_SETTLED = (r"(?:(?:he |lo he |ya lo he )?(?:terminado|acabado|dejado) todo|terminé todo|j'ai tout (?:fini|rangé|réglé|payé)|"
            r"(?:habe |hab )?alles (?:erledigt|fertig|geregelt)|ho (?:finito|chiuso|sistemato) tutto|"
            r"(?:terminei|deixei) tudo|alles (?:is )?(?:af|geregeld)|wszystko (?:już )?(?:skończy\w+|załatwione)|"
            r"skończy\w+ wszystko|her şeyi (?:bitirdim|hallettim)|işleri hallettim|вс[её] (?:закончил\w*|доделал\w*|сделал\w*)|"
            r"都(?:做完|收拾好|弄完)了|全部(?:片付けた|終わらせた)|다 (?:끝냈|정리했)|सारा काम खत्म|sab kaam khatam|"
            r"(?:udah|sudah) (?:beres|selesai)|خلصت كل|hallettim|bitirdim)")
_TRIP = (r"(?:vacaciones|playa|viaje|maleta|vacances|valise|Urlaub|Reise|Koffer|ferie|viaggio|valigia|férias|viagem|mala|"
         r"vakantie|koffer|urlop\w*|wakacj\w*|walizk\w*|nad morze|tatil\w*|bavul\w*|отпуск\w*|чемодан\w*|度假|旅行|旅游|行李|"
         r"休暇|スーツケース|휴가|여행|짐|छुट्टी|liburan|cuti|koper|إجاز\w*|مسافر|سفر|الشنطة"
         # leaving for a named place: "me voy a la playa", "gehts los nach italien", "vertrek ik naar spanje"
         r"|\b(?:me voy a|me voy de|salgo para|je pars (?:en|à|pour)|je m'en vais [^\n]{0,20}?(?:en|à)|(?:geht'?s|gehts) los nach|"
         r"fliege (?:\w+ )?nach|fahre (?:\w+ )?nach|parto per|si parte per|vado a|embarco pra|vou pra|vou para|viajo pra|"
         r"vertrek (?:ik )?naar|vlieg (?:ik )?naar|lecę do|jadę (?:do|na|nad)|wyjeżdżam (?:do|na|nad)|лечу в|еду в|"
         r"berangkat ke|pergi ke|terbang ke)\b|飞[\u4e00-\u9fff]{1,4}|去[\u4e00-\u9fff]{1,4}(?:玩|旅)|"
         r"[\u3040-\u30ff\u4e00-\u9fff]{1,6}(?:に|へ)?行ってくる|[\uac00-\ud7a3]{1,6}(?:에|로)? 간다|"
         r"بكرة مسافر|مسافر\w*)")
TRIP = re.compile(rf"{_SETTLED}[^\n]{{0,80}}?{_TRIP}|{_TRIP}[^\n]{{0,60}}?{_SETTLED}", _I)

# idioms of being killed by someone for a small fault ("si llego tarde mi madre me mata", "엄마한테 죽는다") and of
# dying of laughter, hunger, heat, shame or boredom ("me muero de risa", "أموت من الجوع"): no one's risk
IDIOM = re.compile("|".join([
    r"\b(?:me mata|me va a matar|va me tuer|vont me tuer|bringt mich um|bringen mich um|mi ammazza|mi uccide|me mata|"
    r"vermoordt me|mnie zabije|beni öldürür|меня убь[её]т|maar daalegi|maar dalegi|dibunuh \w+)\b|会杀了我|に殺される|한테 죽는다|"
    r"رح (?:تقتلني|يقتلني)|بتقتلني|بيقتلني",
    r"\b(?:me muero|me mor[ií]|muerto|muerta|morí|morri|morrendo|mourir|meurs|mort[e]?|sterbe|starb|muoio|morendo|morto|morta|"
    r"sterf|dood|umieram|umarł\w*|öl(?:dü|üyorum|üyordum)|умира\w*|умер\w*|mar (?:gaya|gayi|raha|rahi)|mati)\s+"
    r"(?:de |d'|di |do |da |van |vor |z |ze |со |с |от |من )?(?:risa|rire|lachen|ridere|rir|het lachen|śmiechu|смеху|"
    r"hambre|faim|Hunger|fame|fome|honger|głodu|голоду|calor|chaleur|Hitze|caldo|hitte|upał\w*|жары|vergüenza|honte|"
    r"Scham|vergogna|vergonha|schaamte|wstydu|стыда|aburrimiento|ennui|Langeweile|noia|tédio|verveling|nudów|скуки|kelaparan)",
    r"gülmekten öl\w*|açlıktan öl\w*|utanc\w* öl\w*|hans hans ke mar \w+|sharam se mar \w+|भूख से मर \w+|"
    r"(?:أموت|مت|متت|رح أموت|كنت رح أموت) (?:من|م) (?:الضحك|الجوع|الحر|الإحراج|الخجل|الملل)",
    # thirty-first session (riskblind31b): Korean "졸려 죽을 뻔", "회의가 세 개라 죽는 줄 알았어" (sleepy, hungry, a meeting or
    # an exam "nearly killed me"), not after pills; Vietnamese "chết cười", "nóng chết đi được", "dí chết mất" and a boss
    # or a parent who "will kill me" (not "tự giết mình", oneself)
    r"(?:졸려|배고파|웃겨|더워|추워|지루해|심심해|피곤해)\s?(?:서\s?)?죽(?:을\s?뻔|는\s?줄\s?알았|겠)|"
    r"(?:회의|시험|야근|운동|수업|발표|출근|과제|마감)\S*\s?(?:\S+\s?){0,4}?(?:진짜\s?|정말\s?)?죽는\s?줄\s?알았",
    r"(?:dí|đói|nóng|mệt|buồn ngủ|cười|chán|lạnh|sợ|no)\s?chết\s?(?:mất|đi được|luôn|được)|\bchết (?:cười|đói|mệt|rét)|"
    r"(?<!tự )(?:sếp|mẹ|bố|ba|má|vợ|chồng|cô|thầy)\s(?:\S+\s){0,3}?(?:chắc|sẽ|thế nào cũng)\s(?:\S+\s)?giết (?:mình|tôi|tao|em|tớ)",
    # riskblind31c: killing a sibling or a flatmate over a small fault ("I'm going to kill my brother for finishing the suya")
    r"\b(?:i'?m|i am|im|i'?ll|i will|i go|i wan) (?:going to |gonna |literally |actually )?kill (?:my|that|this|dat) (?:little |big |"
    r"younger |older |baby |kid )?(?:brother|bro|sister|sis|cousin|roommate|room-mate|flatmate|housemate|husband|wife|"
    r"boyfriend|girlfriend|bf|gf|son|daughter|kids?|dog|cat|boss|teacher|friend)\b(?= (?:for|if|when|because|cos|cuz)\b)",
]), _I)

# feeling lonely, missing home, crying
LONELY = re.compile("|".join([
    r"\bme siento (?:muy |bastante )?sol[oa]\b|\blloro\b|\bsoledad\b",
    r"\bje me sens (?:très |si )?seule?\b|\bje pleure\b|\bla solitude\b",
    r"\bich fühle mich (?:\w+ ){0,3}?(?:einsam|allein)\b|\bweine\b",
    r"\bmi sento (?:molto |così )?sol[oa]\b|\bpiango\b",
    r"\bme sinto (?:muito )?sozinh[oa]\b|\btenho me sentido (?:muito )?sozinh[oa]\b|\bchoro\b",
    r"\bik voel me (?:\w+ ){0,3}?eenzaam\b|\bhuilen\b",
    r"\bczuję się (?:\w+ ){0,2}?samotn\w+|\bpłacz\w*",
    r"\bkendimi (?:çok )?yalnız hissediyorum\b|\bağlıyorum\b",
    r"\bмне (?:\w+ ){0,3}?одиноко\b|\bплачу\b",
    r"孤单|孤独|寂寞|哭|寂しく|寂しい|泣いて|외로워|외롭|울어요|अकेलापन|अकेला|"
    r"\bkesepian\b|\bnangis\b|بالوحدة|أبكي|"
    # thirty-first session: Gulf / Levantine "حاسة بوحدة" (I feel lonely, without the article)
    r"(?:حاسة|حاسس|حاسه|أحس|احس|أشعر|اشعر) (?:ب)?(?:ال)?وحدة",
]), _I)

# death, dying, goodbyes, the means (tablets, medicines): any of them keeps every word of the turn
_DARK = re.compile(
    r"\b(?:muer\w*|morir\w*|matar\w*|mort|morte|mourir|tuer|suicid\w*|tot|Tod|Todes\w*|sterben|umbringen|morire|uccider\w*|"
    r"morrer|dood|zelfmoord|śmier\w*|umrzeć|zabić|ölmek|ölüm\w*|intihar\w*|adiós|adieu|Abschied|addio|pastillas|"
    r"pilules|Tabletten|pillole|comprimidos|tabletki|rem[ée]dios?|medicamentos?|m[ée]dicaments?|Medikament\w*|farmac\w*|medicin\w*|medicijn\w*|leki|lek[óu]w|ila[çc]\w*|obat|hap(?:lar\w*|ı|ları)|goodbye|mati|bunuh\w*|f[üu]r immer|para siempre|pour toujours|per sempre|para sempre|voor altijd|na zawsze|sonsuza (?:kadar|dek)|selamanya|hamesha ke liye)\b|навсегда|永远|永遠|영원히|हमेशा के लिए|للأبد|"
    r"смерт\w*|умер\w*|умереть|убить|таблетк\w*|лекарств\w*|药|薬|약|दवा|دواء|أدوية|死|자살|죽|मर|मौत|आत्महत्या|موت|انتحار|أموت", _I)


# riskblind31 (English, from the blind ``risk_valid_v31``'s false flags by the learned stage alone): checking out of a
# hotel or a caravan park, clocking out of a shift, "in case I get hit by a bus" of passwords or a will, life insurance
# taken out now the baby is here, "I could have hanged myself when the mechanic told me the price": everyday talk, cut when the turn has no
# death word, means or goodbye of its own outside them (``_DARK_EN31``)
EVERYDAY_EN31 = re.compile("|".join([
    r"\b(?:check(?:ing|ed|s)?|booking|booked) out of (?:the |our |a |my |this |that )?(?:[\w-]+ ){0,2}?(?:hotel|caravan(?: park| site)?|"
    r"cottage|b&b|b and b|airbnb|hostel|room|campsite|lodge|holiday (?:let|park|home)|chalet|villa|apartment|motel|inn)\b",
    r"\bclock(?:ing|ed|s)? (?:out|off)\b(?= (?:tonight|today|at \d|at (?:five|six|seven|eight|nine|ten|midnight|noon)|early|late|"
    r"for the (?:day|night|weekend|week)|of (?:work|my shift)|on time|after)\b|\s*[,.!]? (?:it'?s|it has|it'?s been|been) )",
    r"\b(?:can'?t|cannot) wait to clock (?:out|off)(?: (?:tonight|today|later|early|at \d+(?:[:.]\d\d)?(?: ?[ap]m)?))?\b",
    r"\b(?:in case|if|should) i (?:get|got|ever get|was|were|am|'m) (?:hit|run over) by a (?:bus|car|lorry|truck|train)\b"
    # (main session) not when the accident is welcomed: "If I got hit by a bus tomorrow honestly it would be a relief"
    r"(?![^.!?]{0,60}\b(?:relief|relieved|blessing|mercy|wouldn'?t (?:mind|care|be (?:so |that |too )?bad)|not (?:mind|care)|"
    r"(?:fine|ok|okay|happy|glad|grateful) (?:with|about) (?:it|that)|better off|welcome)\b)",
    r"\b(?:sorted|put|moved|saved|stored|keep|kept)\b[^.!?]{0,40}\bpasswords?\b[^.!?]{0,20}\bpassword manager\b(?:[^.!?]{0,60}\b(?:master|main) "
    r"(?:one|password)\b)?",
    # a new policy taken out for a life event in its sentence (the baby, the mortgage, a wedding); settling one's life
    # insurance is no such span (it may be a goodbye)
    r"\b(?:took|taken|taking|take|got|getting) out (?:a |some |our |my |joint )?life (?:insurance|cover|assurance)(?: (?:policy|quote))?\b"
    r"(?=[^.!?]{0,40}\b(?:baby|babies|mortgage|married|wedding|pregnan\w*|new house|born)\b)",
    r"\bcould (?:have |'ve |of )?(?:hanged|hung|shot|strangled|throttled) (?:myself|him|her|them) (?:when|after|at|because|over)\b",
    # someone who "will kill me" for a small fault, and lying down to die of tiredness ("my wife said she'll kill me, and
    # after six hours of sanding I'd happily lie down and die on the dust sheet")
    r"\b(?:she|he|they|mum|mom|dad|wife|husband|boss|missus|gaffer)(?:'ll| will| would|'d| is going to| is gonna) (?:actually |literally |"
    r"absolutely )?kill me\b",
    r"\b(?:could|'d|would) (?:happily |just |gladly )?lie down and die\b(?= (?:on|in|right|after|here|there)\b|\s*[.!,])",
    # replyblind34 (from the blind reply file's false flags: the learned stage read a sign-off and eating talk as intent or
    # preparation): thanks at the end of a session ("Thanks for tonight, I feel a bit better"; not "thanks for everything"),
    # food hidden at meals, weight put on, relapse feared
    r"\bthank(?:s| you)(?: so much| a lot| again)? for (?:tonight|today|this evening|the chat|listening|talking(?: to me)?|your time|"
    r"your help)\b",
    r"\b(?:hid(?:e|ing)?|hidden) (?:my |the |some |all my )?(?:food|dinner|lunch|meals?|snacks?)\b",
    r"\b(?:put on|gained|gaining|putting on) (?:some |a bit of |a little |a lot of )?weight\b",
    r"\b(?:scared|afraid|worried|terrified|frightened) (?:of|about) relaps(?:e|ing)\b",
]), _I)
_DARK_EN31 = re.compile(
    r"\b(?:die|died|dying|dead|death|suicid\w*|kill\w*|end (?:it|my life|things)|overdose\w*|pills|tablets|rope|noose|"
    r"goodbye|farewell|gone|not (?:be )?(?:here|around)|for good|self[- ]inflicted|pays? out)\b", _I)


# (main session, thirty-first) a whole box, packet or tub of something to eat, eaten or swallowed ("I swallowed a whole
# box of chocolates last night", "me comí una caja entera de galletas", "j'ai avalé toute une boîte de chocolats"): a
# binge, not an overdose, which the learned stage (and the French "j'ai avalé toute(s)" pattern) read as an attempt.
# The span is the eating and the food; any medicine, death or goodbye word keeps the whole turn (``_DARK``, ``_DARK_EN31``).
_FOOD = (r"(?:chocolates?|choc|biscuits?|cookies?|crisps|chips|sweets|candy|candies|ice ?cream|cake|doughnuts?|donuts?|"
         r"pringles|oreos|haribo|cereal|pizza|jaffa cakes|muffins?|brownies?|cheese|popcorn|nuggets|"
         r"chocolats?|bonbons|g[âa]teaux?|glace|cookies|pralin[ée]s|madeleines|"
         r"galletas|bombones|helado|dulces|caramelos|patatas|pasteles?|donas|"
         r"Kekse|Schokolade|Pralinen|S[üu]ßigkeiten|Chips|Eis|Kuchen|"
         r"biscotti|cioccolat\w*|gelato|caramelle|patatine|merendine|"
         r"bolachas|biscoitos|chocolate|bombons|sorvete|doces|"
         r"koekjes|chocolade|snoep|ijs|chips|"
         r"ciastek|ciastka|czekolad\w*|cukierk\w*|lod[óo]w|chips[óo]w)")
FOOD31 = re.compile(
    r"\b(?:ate|eaten|eating|swallowed|scoffed|devoured|demolished|inhaled|polished off|finished off|wolfed(?: down)?|"
    r"avalé|mangé|englouti|(?:me )?(?:comí|tragué|zampé|jalé)|gegessen|verdrückt|verschlungen|gefuttert|"
    r"mangiato|divorato|(?:comi|engoli|devorei)|gegeten|opgegeten|naar binnen gewerkt|zjad[lł]\w*|wci[aą]gn[aą][lł]\w*)"
    r" (?:a |an |the |une |la |un |una |ein\w* |eine |die |den |das |het |een |mezza |mezzo |cała |całe |całą |cały )?"
    r"(?:whole |entire |family[- ]size |big |large |huge |full |toute (?:une |la )?|tout (?:un |le )?|tous les |toutes les |"
    r"ganze\w* |intera? |inteir[oa] |hele |ca[lł]\w* )?(?:\w+ )?"
    r"(?:box|boxes|packet|packets|pack|tub|tubs|bag|bags|jar|tray|bar|bars|tin|tube|sleeve|carton|loaf|multipack|"
    r"bo[îi]tes?|paquets?|pot|sachet|tablette|caja|cajas|paquete|bolsa|tarro|tableta|bote|"
    r"Packung|Schachtel|Tüte|Tafel|Dose|Glas|Becher|scatola|pacco|pacchetto|confezione|barattolo|tavoletta|"
    r"caixa|pacote|barra|pote|doos|zak|pak|reep|bak|pude[lł]k\w*|paczk\w*|tabliczk\w*|torebk\w*)"
    r"(?: entera| inteira| intera| intero)? (?:of |de |d'|of the |von |di |do |da |van |z |ze )?(?:\w+ )?" + _FOOD + r"\b", _I)


# riskblind34c: charcoal bought for a barbecue or a grill ("Mua than để nướng thịt", "اشتريت فحم للشوي", "ซื้อถ่านมาปิ้ง",
# "beli arang buat bakar sate") and a train timetable looked up ("我查了高铁时刻表"): everyday talk, cut when the turn has no
# death word, means or goodbye of its own outside them (``_DARK_EN31``, ``_DARK``)
_COAL34C = r"(?:\b(?:than|charbon|arang|charcoal|carb[óo]n|carv[ãa]o|holzkohle)\b|فحم|ถ่าน|木炭|炭)"
_GRILL34C = (r"(?:\b(?:n[ưu][ớo]ng|barbecue|bbq|grill\w*|bakar|sate|satay|braai|asado|churrasco)\b|للشوي|الشوي|شوي|مشاوي|ปิ้ง|ย่าง|"
             r"หมูกระทะ|烧烤|燒烤|烤肉|烤串)")
EVERYDAY34C = re.compile("|".join([
    _COAL34C + r"[^.!?\n。！？]{0,30}?" + _GRILL34C,
    _GRILL34C + r"[^.!?\n。！？]{0,30}?" + _COAL34C,
    r"(?:查了?|看了?)(?:一下)?(?:高铁|高鐵|火车|火車|动车|動車|地铁|地鐵|大巴)?(?:时刻表|時刻表)[^。！？\n]{0,30}",
]), _I)


# riskblind34 (blind ``risk_valid_v34_langs``, false flags by the learned stage alone, French and Chinese first, with the
# neighbours' wording): a series, a film or a book watched or read and what happens in it ("je regarde une série sur un
# gars qui prépare sa disparition"); being eager to be done with a piece of work ("j'ai hâte d'en finir avec ce mémoire";
# not life, suffering or oneself); a rope bought for climbing, a tent, the washing or a move ("une corde d'escalade",
# "买了绳子，周末要去露营"); a will made for a birth, a wedding or a house ("mon testament chez le notaire après la
# naissance du bébé"); clothes and things given away for a move ("donné mes vieux vêtements à Emmaüs avant le
# déménagement"). The same ``_DARK`` rule as the other spans: a death word, a goodbye or a means elsewhere keeps every word.
_FICTION34 = (r"(?:s[ée]rie|film|roman|livre|docu(?:mentaire)?|manga|feuilleton|serie|pel[íi]cula|novela|libro|documental|filme|"
              r"livro|document[áa]rio|romanzo|documentario|Serie|Film|Roman|Buch|Doku|boek|reeks)")
EVERYDAY34 = re.compile("|".join([
    r"\b(?:je regarde|j'ai regard[ée]|je lis|j'ai lu|je viens de (?:finir|voir|lire|regarder)|on regarde|on a regard[ée]|"
    r"estoy viendo|he visto|vi|estoy leyendo|le[íi]|estou (?:vendo|a ver|lendo|a ler)|assisti|sto (?:guardando|leggendo)|ho (?:visto|letto)|"
    r"ich (?:schaue|gucke|lese|habe|hab)|ik (?:kijk|lees|heb)) (?:\w+ ){0,2}?(?:une |un |le |la |cette |ce |una |un |la |el |esta |uma |um |a |o |essa |"
    r"questa |il |eine |einen |ein |die |den |das |een |de |het )?" + _FICTION34 + r"\b[^.!?\n]{0,160}",
    r"看了?(?:一部|一本|一集|这部|那部|這部|那部)?(?:剧|劇|电视剧|電視劇|韩剧|韓劇|美剧|美劇|台剧|台劇|电影|電影|小说|小說|动漫|動漫)[^。！？\n]{0,80}",
    r"\b(?:h[âa]te|envie|press[ée]e?|impatient\w*) d'en finir avec (?:ce|cette|cet|mon|ma|mes|le|la|les|l') ?"
    r"(?!vie\b|existence\b|souffrance\b|douleur\b|moi\b|tout\b)\w+[^.!?\n]{0,60}",
    r"\b(?:ganas de|deseando) (?:acabar|terminar) (?:con )?(?:este|esta|el|la|mi|los|las) (?:trabajo|tesis|examen|ex[áa]menes|proyecto|informe|"
    r"mudanza|curso|semestre|tfg|tfm|tr[áa]mite)s?\b[^.!?\n]{0,60}",
    r"\bnon vedo l'ora di (?:farla finita|finire) con (?:questo|questa|la|il|lo|l'|gli|le) ?(?:tesi|esame|esami|progetto|lavoro|trasloco|"
    r"relazione|pratica)\b[^.!?\n]{0,60}",
    r"\b(?:doid[oa]|louc[oa]|ansios[oa]) (?:para|pra) (?:acabar|terminar) (?:logo )?(?:com )?(?:esse|essa|este|esta|o|a|meu|minha) "
    r"(?:tcc|trabalho|prova|projeto|tese|mudan[çc]a|relat[óo]rio)\b[^.!?\n]{0,60}",
    r"\b(?:une |la |ma )?corde (?:d'escalade|de grimpe|pour (?:l'escalade|la grimpe|le camping|la tente|[ée]tendre|le linge|le bateau|"
    r"le d[ée]m[ée]nagement|le hamac))\b[^.!?\n]{0,80}",
    r"\bcuerda (?:de escalada|para (?:escalar|el tendedero|tender|la tienda|acampar|la mudanza|la hamaca))\b[^.!?\n]{0,80}",
    r"\bcorda (?:de escalada|para (?:escalar|o varal|estender|a barraca|acampar|a mudan[çc]a|a rede))\b[^.!?\n]{0,80}",
    r"\bcorda (?:da arrampicata|per (?:arrampicare|stendere|la tenda|il campeggio|il trasloco|l'amaca))\b[^.!?\n]{0,80}",
    r"\b(?:Kletterseil|W[äa]scheleine|Seil (?:zum|f[üu]rs|f[üu]r den|f[üu]r das) (?:Klettern|Zelt|Camping|Umzug|Boot))\b[^.!?\n]{0,80}",
    r"\b(?:klimtouw|waslijn|touw voor (?:de tent|het klimmen|de verhuizing|de boot))\b[^.!?\n]{0,80}",
    r"买了?(?:一根|一条|一條|根|条|條)?(?:绳子|繩子)[^。！？\n]{0,12}(?:露营|露營|搭帐篷|搭帳篷|晾衣服|晒衣服|曬衣服|晾被子|搬家|攀岩|捆)[^。！？\n]{0,20}",
    r"\btestament\b[^.!?\n]{0,60}\b(?:naissance|b[ée]b[ée]|mariage|pacs|achat de (?:la|notre) maison|enfants)\b[^.!?\n]{0,40}",
    r"\btestamento\b[^.!?\n]{0,60}\b(?:nacimiento|beb[ée]|boda|casarnos|hipoteca|nascimento|beb[êe]|casamento|casa nova|nascita|bambin[oa]|"
    r"matrimonio|mutuo)\b[^.!?\n]{0,40}",
    r"\bTestament\b[^.!?\n]{0,60}\b(?:Geburt|Baby|Hochzeit|Hauskauf|Kinder)\b[^.!?\n]{0,40}|\btestament\b[^.!?\n]{0,60}\b(?:geboorte|baby|trouwen|huis)\b",
    r"(?:立|写|寫)(?:了|好)?(?:遗嘱|遺囑)[^。！？\n]{0,30}(?:宝宝|寶寶|孩子出生|结婚|結婚|买房|買房)[^。！？\n]{0,20}",
    r"\b(?:donn[ée]|offert|vendu|d[ée]barrass[ée])\w*\b[^.!?\n]{0,80}?\bd[ée]m[ée]nag\w*[^.!?\n]{0,40}",
    r"\b(?:regal[ée]|vend[íi]|di)\b[^.!?\n]{0,80}?\b(?:mudanza|me mudo|nos mudamos)\b[^.!?\n]{0,40}",
    r"\b(?:dei|doei|vendi)\b[^.!?\n]{0,80}?\b(?:mudan[çc]a|vou me mudar|vamos nos mudar)\b[^.!?\n]{0,40}",
    r"\b(?:regalato|dato via|venduto)\b[^.!?\n]{0,80}?\btrasloc\w*[^.!?\n]{0,40}",
    r"\b(?:verschenkt|weggegeben|verkauft)\b[^.!?\n]{0,80}?\b(?:Umzug|umziehe|ziehe um|ziehen um)\b[^.!?\n]{0,40}",
    r"\b(?:weggegeven|verkocht)\b[^.!?\n]{0,80}?\bverhui\w*[^.!?\n]{0,40}",
]), _I)



# riskblind35a (blind ``risk_valid_v35_nssi``, false flags by the learned stage alone): idioms of self-reproach and of
# frustration that name a blow to oneself, as wishes or conditionals ("Ich könnte mir in den Hintern beißen", "ik kan
# mezelf wel voor mijn kop slaan", "mogłabym sobie w brodę pluć", "me daría cabezazos contra la pared por ...", "kafamı
# duvarlara vurasım geldi", "pengen jedotin kepala ke tembok gara2 ...", "气得我想拿头撞墙", "بدي أضرب راسي بالحيط من
# هالشغل"); tattoos and piercings; a knock in sport and a cut in the kitchen told as such ("in sparring", "bij het
# hockeyen", "部活でボールが", "料理中に包丁で"); nails bitten as a habit. A sentence with a word of purpose, of scars or of
# hiding, or of blood that will not stop on purpose, is no span (``_PURPOSE35``), and the ``_DARK`` rule holds.
_PURPOSE35 = (r"(?![^.!?\n。！？]{0,160}(?:on purpose|deliberately|punish|deserve|exprès|expres\b|a prop[óo]sito|de prop[óo]sito|apposta|"
              r"absichtlich|mit absicht|celowo|bilerek|kasten|med flit|sengaja|jaan ?boojh|わざと|故意|일부러|عمدا|عمداً|специально|"
              r"scars?|cicatri|narbe|blizn|шрам|疤|흉터|傷跡|ندب|\bcover|\bhide|\bhiding|cacher|esconder|nascond|verstecken|ukry|gizle|"
              r"relaps|urge))")
_SPORT35 = (r"(?:sparring|boxing|kickboxing|rugby|football|hockey\w*|netball|judo|karate|mma|footy|lacrosse|fotboll|fútbol|futbol|"
            r"futebol|calcio|handball|siatk[óo]wk\w*|pi[łl]k[aęi]\w*|voetbal|hockeyen|hockeyn|innebandy|cricket|futsal|sepak ?bola|"
            r"basket\w*|футбол\w*|хокке\w*|тренировк\w*|antrenman\w*|ma[çc]ta|kabaddi)")
_SPORT35_CJK = r"(?:部活|試合|練習中|体育|ボールが|축구|농구|야구|체육|打球|篮球|籃球|足球|体育课|體育課)"
_KITCHEN35 = (r"(?:cooking|chopping|kochen|beim kochen|cocinando|cozinhando|cucinando|koken|gotuj[ąa]c|yemek yaparken|料理中|"
              r"料理して|包丁で|做饭|做飯|切菜|요리하다가|요리하다|pas masak|lagi masak|khana banate|готовил\w*|när jag lagade)")
_BODY_ART35 = (r"(?:tattoo\w*|tatouage\w*|tatuaje\w*|tatuagem|tatuagens|tatuaggi\w*|tatoeage\w*|tattoo\w*|tatua[żz]\w*|d[öo]vme\w*|"
               r"tatuering\w*|piercing\w*|tindik\w*|ピアス|タトゥー|刺青|文身|纹身|紋身|耳洞|타투|피어싱|татуировк\w*|тату\b|"
               r"пирсинг\w*|تاتو|وشم|septum|helix)")
EVERYDAY35 = re.compile("|".join([
    r"\b(?:ich )?(?:k[öo]nnte|h[äa]tte) mir (?:selbst )?in den (?:hintern|arsch) bei[ßs]en\b[^.!?\n]{0,80}",
    r"\b(?:ik )?(?:kan|kon|zou) mezelf (?:wel )?(?:voor (?:mijn|m'n|mn|de) (?:kop|hoofd) (?:slaan|meppen)|schoppen)\b[^.!?\n]{0,80}",
    r"\b(?:(?:mog[łl]\w*|m[óo]g[łl]\w*) )?(?:sobie )?w brod[ęe] plu[ćc]\b[^.!?\n]{0,80}|\bpluj[ęe] sobie w brod[ęe]\b[^.!?\n]{0,80}",
    r"\bme dar[íi]a (?:de )?(?:cabezazos|golpes|tortas) (?:contra|en) (?:la|una) pared\b[^.!?\n]{0,80}",
    r"\bje me (?:taperais|cognerais|frapperais) la t[êe]te contre (?:les|un|le) murs?\b[^.!?\n]{0,80}",
    r"\bsbatterei la testa (?:contro|al|sul) (?:il )?muro\b[^.!?\n]{0,80}",
    r"\bkafam[ıi] (?:duvar\w*|masa\w*) vuras[ıi]m (?:geldi|var|geliyor)\b[^.!?\n]{0,80}",
    r"\b(?:pengen|pgn|pingin|mau|rasanya (?:pengen|mau)) (?:jedot(?:in|kan)?|bentur(?:in|kan)?) kepala\w* (?:ke|di) (?:tembok|meja|dinding)\b"
    r"[^.!?\n]{0,60}",
    r"(?:气得|氣得|烦得|煩得|急得)(?:我)?(?:真)?想(?:拿头|拿頭|用头|用頭)撞(?:墙|牆)[^。！？\n]{0,40}|恨不得(?:拿头|拿頭)撞(?:墙|牆)[^。！？\n]{0,40}",
    r"(?:بدي|ودي|حابب|بغيت|نفسي) (?:أضرب|اضرب|أخبط|اخبط) راسي (?:بالحيط|بالجدار|في الحيط|في الجدار|بالحائط) (?:من|بسبب) [^.!?\n]{0,40}",
    # (main session: the thing is looked for first, so that the purpose lookahead runs where one starts, not at each of the
    # 80 places: the same matches, ~0.1 s less on a 5,000-character turn)
    r"(?:^|(?<=[.!?\n。！？]))[^.!?\n。！？]{0,80}?(?=\b" + _SPORT35 + r"\b|" + _SPORT35_CJK + "|" + _KITCHEN35 + r")" + _PURPOSE35
    + r"(?:\b" + _SPORT35 + r"\b|" + _SPORT35_CJK + "|" + _KITCHEN35 + r")[^.!?\n。！？]{0,100}",
    r"(?:^|(?<=[.!?\n。！？]))[^.!?\n。！？]{0,80}?(?=" + _BODY_ART35 + r")" + _PURPOSE35 + _BODY_ART35 + r"[^.!?\n。！？]{0,100}",
    # the English idiom of a wall at work ("banging my head against the wall with this tax return"), not with an "until",
    # a wound, a daze or a purpose after it
    # (main session: "against" only: "hitting my head on the wall" is the act, not the idiom; nor when no one is there)
    r"\b(?:bang\w*|beat\w*|hitting) my head against (?:a |the )?(?:brick )?wall\b(?![^.!?\n]{0,80}\b(?:until|till|til|"
    r"bleed\w*|bled|bruis\w*|dizzy|hurt\w*|on purpose|concuss\w*|stars|punish\w*|deserve\w*|nobody'?s?|no ?one'?s?|alone|"
    r"secret\w*|hid\w*)\b)[^.!?\n]{0,80}",
    # riskblind36a (blind ``risk_valid_v36_frzh``, false flags by the learned stage alone): a video game and what it asks of
    # the player; throwing everything or the computer out of the window in a rage (fr es it pt de zh; not oneself); quitting
    # social media; a book watched or read under its title marks (看完《活着》); a barbecue or a breeze on the roof or the
    # balcony; dropping everything to go and live elsewhere (fr es it pt de, zh quitting to go to Dali); melatonin for jet lag;
    # a medicine cabinet locked; shutting oneself in to game or sleep; the rent gone up; Quebec "chu à boutte"
    r"\b(?:jeux? vid[ée]os?|jeux? video|videojuegos?|videogioc\w*|videogames?|videospiel\w*|gaming)\b[^.!?\n]{0,120}",
    r"\b(?:(?:j'ai (?:eu )?|j'avais )?envie de )?(?:tout|l'ordi|mon (?:ordi|t[ée]l[ée]phone|portable|pc)|le pc) (?:\w+ )?(?:balancer|jeter|envoyer|lancer) par la fen[êe]tre\b[^.!?\n]{0,60}|"
    r"\b(?:balancer|jeter|envoyer|lancer) (?:tout|l'ordi|mon (?:ordi|t[ée]l[ée]phone|portable|pc)|le pc|la t[ée]l[ée]) par la fen[êe]tre\b[^.!?\n]{0,60}",
    r"\btirar(?:lo)? (?:todo|el (?:ordenador|m[óo]vil|port[áa]til|celular)) por la ventana\b[^.!?\n]{0,60}|"
    r"\bbuttare (?:tutto|il (?:computer|telefono|pc|portatile)) (?:dalla|fuori dalla) finestra\b[^.!?\n]{0,60}|"
    r"\bjogar (?:tudo|o (?:computador|celular|notebook)) pela janela\b[^.!?\n]{0,60}|"
    r"\b(?:alles|den (?:Laptop|Computer|Rechner)|das Handy) aus dem Fenster (?:werfen|schmei[ßs]en)\b[^.!?\n]{0,60}",
    r"把(?:电脑|電腦|手机|手機|笔记本|筆記本)(?:扔|砸|丢|丟)(?:出)?(?:窗外|出窗)[^。！？\n]{0,40}",
    r"\b(?:arr[êe]ter|quitter|l[âa]cher|supprimer|d[ée]sinstaller)\b[^!?\n]{0,12}\b(?:les r[ée]seaux(?: sociaux)?|insta(?:gram)?|tiktok|snap(?:chat)?|"
    r"facebook|twitter)\b[^.!?\n]{0,80}|\b(?:dejar|borrar|desinstalar) (?:las redes(?: sociales)?|instagram|tiktok)\b[^.!?\n]{0,80}",
    r"(?:卸载|卸載|退出|戒掉|戒了)(?:抖音|微博|小红书|小紅書|朋友圈|社交媒体|社交媒體)[^。！？\n]{0,40}",
    r"(?:看完|看了|读完|讀完|读了|讀了|在看|在读|在讀|重温|重溫)《[^》\n]{1,30}》[^。！？\n]{0,80}",
    r"(?:楼顶|樓頂|天台|顶楼|頂樓|阳台|陽台)[^。！？\n]{0,10}(?:烧烤|燒烤|吹风|吹風|晒太阳|曬太陽|看星星|看烟花|看煙花|喝酒|聚餐|种菜|種菜|"
    r"晾衣服|乘凉|乘涼)[^。！？\n]{0,40}",
    r"\b(?:sur le toit|sur la terrasse|sur le balcon|au balcon)\b[^.!?\n]{0,30}\b(?:barbecue|barbeuc|ap[ée]ro|bronzer|tomates|pique-nique)\b[^.!?\n]{0,40}",
    r"\btout (?:plaquer|l[âa]cher|quitter|envoyer balader)\b[^.!?\n]{0,10}\b(?:et|pour) (?:partir|aller|m'installer|vivre|ouvrir|faire le tour|"
    r"[ée]lever)\b[^.!?\n]{0,80}|\bdejarlo todo (?:e|y|para) (?:irme|ir a vivir|mudarme|abrir)\b[^.!?\n]{0,80}|"
    r"\bmollare tutto (?:e|per) (?:andare|trasferirmi|aprire)\b[^.!?\n]{0,80}|\blargar tudo (?:e|para) (?:ir|morar|abrir|viajar)\b[^.!?\n]{0,80}|"
    r"\balles hinschmei[ßs]en und (?:auswandern|nach|ein)\b[^.!?\n]{0,80}",
    r"(?:辞职|辭職|裸辞|裸辭)[^。！？\n]{0,6}(?:去|到)(?:大理|西藏|云南|雲南|旅行|旅游|旅遊|环游|環遊)[^。！？\n]{0,40}",
    r"(?:褪黑素|助眠)[^。！？\n]{0,12}(?:倒时差|倒時差|时差|時差)[^。！？\n]{0,20}|\bm[ée]latonine\b[^.!?\n]{0,40}\bd[ée]calage horaire\b[^.!?\n]{0,20}",
    r"(?:药柜|藥櫃|药箱|藥箱)(?:加了?|上了?)?(?:锁|鎖)[^。！？\n]{0,60}|\barmoire [àa] pharmacie (?:ferm[ée]e [àa] cl[ée]|sous cl[ée]|cadenass[ée]e)\b[^.!?\n]{0,60}",
    r"把自己关(?:起来|起來|在(?:家|房间|房間))[^。！？\n]{0,30}(?:打游戏|玩游戏|打遊戲|玩遊戲|追剧|追劇|睡觉|睡覺|看书|看書|复习|複習)[^。！？\n]{0,20}",
    r"\ble loyer (?:a |vient d'|va )?(?:encore )?(?:augment[ée]|mont[ée]|grimp[ée]|doubl[ée])\b[^.!?\n]{0,80}|\bchus? [àa] boutte\b",
    r"\b(?:bite|bites|biting|chew|chews|chewing) my (?:finger)?nails\b(?![^.!?\n]{0,60}\b(?:bleed|blood|raw|hurt|punish|until|till)\b)"
    r"[^.!?\n]{0,80}",
]), _I)


# a room, a car or a tent shut or sealed, or the bedroom or bathroom named: the place of a charcoal method (en fr es pt it
# de vi th id zh ar), which keeps ``EVERYDAY34C``'s barbecue reading off the turn
_SEALED34 = re.compile(
    r"\b(?:bedroom|bathroom|seal(?:ed|ing)?|tap(?:ed|ing) (?:up )?(?:the|my|all the) (?:windows?|doors?|gaps?|vents?)|"
    r"(?:windows?|doors?|vents?) (?:shut|closed|taped)|chambre|salle de bain|calfeutr\w*|scell\w*|habitaci[óo]n|dormitorio|"
    r"sell[ée]\w*|quarto|vedad\w*|camera da letto|sigillat\w*|Schlafzimmer|abgedichtet|ph[òo]ng ng[ủu]|[đd][óo]ng k[íi]n|"
    r"kamar(?: tidur)?|tutup rapat)\b|ห้องนอน|ปิดหน้าต่าง|卧室|臥室|房间里|房間裡|封(?:住|上|死|好)|胶带|膠帶|密封|غرفة النوم|أغلقت النوافذ",
    re.IGNORECASE)


def _sentence36b(text: str, m: re.Match) -> tuple[int, int]:
    """riskblind36b: an ``EVERYDAY36B`` span widened to its sentence (the learned stage read what was left of it, "picked
    woods behind the old school", as a plan), unless the rest of the sentence names death, goodbyes or the means."""
    s, e = m.span()
    start, end = sentence_bounds(text, s, e)
    around = text[start:s] + " " + text[e:end]
    if _DARK.search(around) or _DARK_EN31.search(around):
        return s, e
    return start, end


def life_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that quarrel, settle everything before a holiday or a trip, feel lonely, or use an
    idiom of being killed or dying (``IDIOM``); none at all when the turn also speaks of death, dying, goodbyes
    or the means (``_DARK``) outside its idioms."""
    idioms = [m.span() for m in IDIOM.finditer(text)]
    rest = text
    for s, e in idioms:
        rest = rest[:s] + " " * (e - s) + rest[e:]
    if _DARK.search(rest):
        return []
    # riskblind31, main session, riskblind34c, riskblind34; charcoal "for a barbecue" in a room shut or sealed is the
    # means, not a meal (main session, thirty-fourth: "I put the charcoal barbecue in the bedroom and sealed the window")
    everyday = [m.span() for p in (EVERYDAY_EN31, FOOD31, EVERYDAY34, EVERYDAY35, *(() if _SEALED34.search(rest) else (EVERYDAY34C,)))
                for m in p.finditer(rest)]
    everyday += [_sentence36b(rest, m) for m in EVERYDAY36B.finditer(rest)]  # riskblind36b: the whole sentence
    everyday += [m.span() for m in DENIED36B.finditer(rest)]  # riskblind36b: medicines kept back, denied
    everyday += everyday_cc37(rest, _sentence36b)  # ccfp37: CounselChat's everyday questions, widened as riskblind36b's
    if everyday:
        left = rest
        for s, e in everyday:
            left = left[:s] + " " * (e - s) + left[e:]
        if _DARK_EN31.search(left):
            everyday = []
    return sorted(idioms + everyday + [m.span() for p in (QUARREL, TRIP, LONELY) for m in p.finditer(rest)])
