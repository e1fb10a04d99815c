"""Stage one of client-turn risk detection in the languages the learned stage reads with USE-m3
(``use_m3.LANGUAGES``: ar zh nl fr de it ja ko pl pt es th tr ru; fourteenth session, 2026-12-05).

USE reads these languages, but blind held-out sets showed it missing their disclosures (Korean,
Polish, Turkish, Chinese and Japanese most, self-injury, intent, method and active ideation most), and
stage one had patterns for only some of them (``risk._PATTERNS``: es fr de pt it pl nl; ``risk._CJK``:
Chinese, a little Russian), none for Korean, Japanese, Turkish, Arabic or Thai. A stage-one category
is a feature the learned stage reads (``pattern:*``) and lowers its threshold (``pattern_threshold``),
so these patterns are what lets a disclosure USE scores low through.

One pattern set per C-SSRS category, on the general form of each category in each language, in chat
spelling (Korean, Japanese and Chinese with and without spaces and with slang: "죽고싶다", "자해",
"リスカ", "消えたい", "割腕"; Turkish and Polish without diacritics; Portuguese and Spanish without
accents), with the person in the verb where the language marks it (pl "chcę" / "chce" read with the
subject before it, tr "istiyorum" / "istemiyorum", pt "me corto" / "se corta") and negation inside the
phrase where the language puts it there (tr "-mi-", ko "-지 않", ja "-たくない", which the patterns do
not match). Each match is then read in its sentence (``disclosure``), as ``risk_langs`` does: a
negation just before it or just after it (Korean and Japanese put it after: "자해는 안 해요", "死にたい
わけじゃない"), a third person as the last subject before it ("친구가", "友達が", "arkadaşım", "brat
mówi"), past and recovered unless said to be recent, news / study / fiction / prevention work, and an
idiom of dying in the sentence. A match so read is a mention (level low, category none).

Two sets, as in ``risk_langs``: ``ASCII`` (Latin script, case-insensitive; each branch holds an ASCII
literal the guards can look for) and ``RAW`` (Korean, Japanese, Chinese, Arabic, Russian and Thai:
case-sensitive, matched on the lowered text of a turn that is not ASCII, behind a guard of its own).
No new feature: a match is one of the existing categories.

Round twelve (fifteenth session): round eleven's patterns back with more Chinese and Polish; a negation
binds only its own clause (``negated``); denials bound to their verb (``_DENIAL_ASCII``, ``_DENIAL_RAW``)
are mentions, cut by ``risk._negation_cut`` only when nothing else in the turn reads as risk
(``negation_spans``); a Korean or Japanese turn that only reports someone else's risk is decided none
(``third_person_spans``, ``crisis.third_alone``). docs/quality.md, "Stage one in USE's languages, round
twelve".

Round thirteen (sixteenth session): Chinese chat forms (轻生, 一死了之, 结束自己, 活着没意思, 跳楼 wished),
Spanish / Portuguese "I don't want to be here any more", denials in Hindi, Indonesian and Russian, a
Korean past negative, and a Hindi turn that only reports someone else's risk ("मेरा दोस्त कहता है वो मरना
चाहता है") decided none like the Korean and Japanese ones (``_hindi_third_person_spans``). docs/quality.md,
"Stage one in the other languages, round thirteen".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.quality.checks.counselling import risk_nssi35
from services.quality.checks.counselling.risk_langs import Reading, folded_low, medical_reason, reads_own_risk, without_portuguese_no
from services.quality.checks.counselling.spans import sentence_span
from services.quality.checks.prefilter import Folded, guard
from shared.prefilter import NATIVE_GUARDS

_W = r"[^.!?;\n。！？]"  # within the sentence

ASCII_PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # pl
        r"\b(?:po[łl]kn[ęe][łl]a?m|[łl]ykn[ęe][łl]a?m|wzi[ęe][łl]a?m|za[żz]y[łl]a?m)\s+(?:wszystkie|ca[łl]e opakowanie|ca[łl][ąa] paczk[ęe]|ca[łl]y blister)\s+(?:\w+\s+)?(?:tabletki|tabletek|leki|lek[óo]w|prochy|proszki)\b|"
        r"\bobudzi[łl](?:a|e)?m si[ęe] w szpitalu\b|\bp[łl]ukali mi [żz]o[łl][ąa]dek\b|"
        r"\bpr[óo]bowa[łl](?:a|e)?m\s+(?:si[ęe]\s+)?(?:zabi[ćc]|powiesi[ćc]|otru[ćc]|pope[łl]ni[ćc] samob[óo]jstwo)",
        # tr
        r"\b(?:butun|tum|bir kutu|koca kutu)\s+(?:hap\w*|ilac\w*)\s+ictim\b|\bhastanede uyand[ıi]m\b|"
        r"\bintihar giri[şs]imi\w* bulundum\b|\b(?:intihar etmeye|kendimi (?:[öo]ld[üu]rmeye|asmaya)) [çc]al[ıi][şs]t[ıi]m\b|"
        r"\bbileklerimi kestim\b",
        # pt es it
        r"\b(?:tomei|tom[ée]|ingoiato|ho preso|geslikt|genomen|geschluckt|genommen|po[łl]kn[ęe][łl]a?m|[łl]ykn[ęe][łl]a?m|i[çc]tim)\b" + _W + r"{0,40}\b(?:pra|para|per|om|um|[żz]eby) (?:morrer|morir|morire|dood te gaan|zu sterben|umrze[ćc])\b|"
        r"\b(?:kestim|cortei|cort[ée]|tagliat[oa])\b" + _W + r"{0,30}\b(?:[öo]lmek i[çc]in|pra morrer|para morrer|para morir|per morire)\b|\b[öo]lmek i[çc]in\b" + _W + r"{0,30}\b(?:kestim|i[çc]tim)\b|"
        r"\bacordei no hospital\b|\bdespert[ée] en (?:urgencias|el hospital)\b|\bsvegliat[oa] in ospedale\b|"
        r"\btentei (?:me (?:matar|enforcar)|suic[ií]dio)\b|\bintent[ée] (?:matarme|suicidarme|ahorcarme)\b",
        # nl de fr
        r"\b(?:alle|een hele strip) pillen (?:genomen|geslikt)\b|\bwakker (?:geworden )?in het ziekenhuis\b|"
        r"\b(?:alle|eine ganze packung) tabletten (?:geschluckt|genommen)\b|\bim krankenhaus aufgewacht\b|"
        r"\bj'ai (?:aval[ée]|pris) (?:toutes? (?:mes|les)|une bo[îi]te)\b",
    ],
    "plan_preparation": [
        r"\blist(?:y|[óo]w)? po[żz]egnaln\w*|\bzbieram (?:tabletki|leki|prochy)\b|\brozda[łl](?:a|e)?m (?:swoje |wszystkie )?rzeczy\b",
        r"\bveda (?:mektub\w*|mektup\w*)|\bvedala[şs]ma mektup\w*|\b(?:hap|ila[çc])\w* biriktir\w*|\be[şs]yalar[ıi]m[ıi] da[ğg][ıi]tt[ıi]m\b",
        r"\b(?:carta|cartas|bilhete|bilhetes) de despedida\b|\bjuntando (?:rem[ée]dio|comprimido)\w*|\bdoei (?:minhas|meus) \w+|"
        r"\bcarta de despedida\b|\blettera d'addio\b|\bafscheidsbrie\w*|\babschiedsbrie\w*|\blettre d'adieu\b",
    ],
    "intent": [
        r"\bpostanowi[łl](?:a|e)?m\b" + _W + r"{0,40}\b(?:zabij[ęe] si[ęe]|si[ęe] zabij[ęe]|zabi[ćc] si[ęe]|umr[ęe]|zrobi[ęe] to)|"
        r"\b(?:zrobi[ęe]|zrobie) to\b" + _W + r"{0,40}\b(?:zdecydowa[łl]\w*|postanowi[łl]\w*)|\bzabij[ęe] si[ęe]\b",
        r"\bkendimi (?:[öo]ld[üu]rece[ğg]im|asaca[ğg][ıi]m|[öo]ld[üu]recem|asacam)\b|\bintihar edece[ğg]im\b|\bintihar edecem\b",
        r"\b(?:vou me matar|eu me mato|me mato (?:hoje|amanh[ãa]|s[áa]bado|sexta)|me voy a matar|me mato (?:hoy|ma[ñn]ana))\b|"
        r"\bdecid[ií]\b" + _W + r"{0,40}\b(?:me mat\w*|morrer|matarme|suicidarme)\b|"
        r"\bmi (?:ammazzo|uccido)\b|\bmaak ik er een (?:eind|einde) aan\b|\bbring ich mich um\b|\bje me tue\b",
    ],
    "method": [
        r"\b(?:skoczy[ćc]|skocz[ęe]|wyskoczy[ćc])\s+(?:z|pod)\s+(?:\w+\s+)?(?:mostu|dachu|balkonu|okna|wie[żz]owca|bloku|poci[ąa]g)|"
        r"\brzuc(?:[ęe]|i[ćc]) si[ęe] pod\b|\b(?:ile tabletek|ile lekow|ile leków|ile paracetamolu|ile tabletek nasennych)\b" + _W + r"{0,40}\b(?:trzeba|[śs]mierteln\w*|nie obudzi\w*|zabi\w*)|"
        r"\bdawk[aię] [śs]mierteln\w*|\bchc[ęe] si[ęe] powiesi[ćc]\b",
        r"\b(?:köprüden|kopruden|koprüden|balkondan|çatıdan|catidan|pencereden|binadan|raylara|trenin önüne|trenin onune)\s+(?:atla\w*|kendimi at\w*)|"
        r"\b(?:kaç|kac) (?:tane )?(?:hap|ilaç|ilac|uyku hap)\w*" + _W + r"{0,30}\b(?:içersem|icersem|içsem|icsem|içmeli|icmeli)\b|\bkendimi asma(?:y[ıi]|k)\b",
        r"\b(?:pular|me jogar|me atirar|tirarme|buttarmi|springen)\b" + _W + r"{0,12}\b(?:ponte|pr[ée]dio|viaduto|janela|metr[ôo]|trem|puente|tren|v[ií]as|ponte|treno|sotto|brug|trein|br[üu]cke|zug|dak)\b|"
        r"\bvan (?:de |het )?(?:\w+ ){0,2}(?:brug|dak|flat|balkon)\b" + _W + r"{0,30}\bspringen\b|"
        r"\bvon (?:der|dem|einer|einem) (?:\w+ )?(?:br[üu]cke|dach|hochhaus|balkon)\b" + _W + r"{0,20}\b(?:springen|st[üu]rzen)\b|"
        r"\bquantos comprimidos\b|\bvor den zug (?:werfen|springen)\b|\bmich vor den zug\b|\bvoor de trein\b",
    ],
    "active_ideation": [
        r"\bchc[ęe] (?:ju[żz] )?(?:umrze[ćc]|umierac|umiera[ćc]|si[ęe] zabi[ćc])\b|\bmy[śs]l[ęe] o samob[óo]jstw\w*|\bmy[śs]li samob[óo]jcze\b|"
        r"\bochot[ęe] si[ęe] zabi[ćc]\b|\bzabi[łl](?:a|e)?bym si[ęe]\b|\bnajch[ęe]tniej bym si[ęe] zabi\w*",
        r"\b(?:[öo]lmek|intihar etmek|kendimi [öo]ld[üu]rmek|can[ıi]ma k[ıi]ymak) isti(?:yorum|yom|yorm)\b|"
        r"\bintihar\w* d[üu][şs][üu]n[üu]yorum\b|\bintihar etmeyi d[üu][şs][üu]n[üu]yorum\b|\bcan[ıi]ma k[ıi]yaca[ğg][ıi]m\b",
        r"\b(?:quero|queria) (?:morrer|me matar)\b|\b(?:penso|pensando|pensei|a pensar) em (?:me matar|suic[ií]dio|morrer)\b|"
        r"\bvontade de (?:me matar|morrer)\b|\bpensamentos suicidas\b|"
        r"\bquiero (?:morir(?:me)?|matarme|suicidarme)\b|\bganas de (?:morir|matarme|suicidarme)\b|\bpienso en (?:suicidarme|matarme)\b",
        r"\bvoglio morire\b|\b(?:penso|pensato) di (?:uccidermi|ammazzarmi|farla finita)\b|\bvoglia di (?:morire|ammazzarmi|uccidermi)\b|"
        r"\bik wil (?:echt |gewoon |zo graag )?dood\b|\bmezelf van kant maken\b|\bdenk\w* (?:(?!niet\b|nooit\b)\w+ ){0,2}aan zelfmoord\b|"
        r"\bich will (?:einfach |nur )?sterben\b|\blust,? mich umzubringen\b|\bdaran,? mich umzubringen\b|\benvie de mourir\b",
        # twenty-seventh session (main session's probe): suicide that goes through one's head, in the idiom of each
        # language ("El suicidio se me pasa por la cabeza", "L'idée du suicide me trotte dans la tête", "Zelfmoord
        # spookt door mijn hoofd", "Der Gedanke an Selbstmord lässt mich nicht los")
        r"\b(?:suicidio|suic[íi]dio|suicide|suizid|selbstmord|zelfmoord|samob[óo]jstw\w*|suicidarme|matarme|me matar|"
        r"me suicider|me tuer|uccidermi|ammazzarmi|farla finita|mich umzubringen|mezelf van kant te maken|zabi[ćc] si[ęe])\b"
        # not another's ("le suicide de mon frère"), not across a comma ("über Suizid, das Thema lässt mich nicht los")
        r"(?! (?:de|di|do|da|du|des|del|della|dello|van|von|seines|seiner|meines|meiner|deines|mojego|mojej|jego|jej)\b)"
        r"[^.!?;,\n。！？]{0,30}?\b(?:se me pasa por la cabeza|me ronda (?:por )?la cabeza|no se me (?:va|quita) de la cabeza|"
        r"me viene a la cabeza|(?:me )?passa pela (?:minha )?cabe[çc]a|n[ãa]o sai da minha cabe[çc]a|me vem [àa] cabe[çc]a|"
        r"me trotte dans la t[êe]te|me passe par la t[êe]te|ne me quitte (?:pas|plus)|me hante|tourne dans ma t[êe]te|"
        r"mi passa per la testa|mi gira (?:per|in) (?:la )?testa|non mi esce dalla testa|mi ronza in testa|"
        r"geht mir (?:\w+ ){0,2}durch den kopf|geht mir nicht (?:mehr )?aus dem kopf|l[äa]sst mich nicht (?:mehr )?los|"
        r"kreist in meinem kopf|(?:spookt|gaat|schiet|speelt|zit)\w* (?:\w+ ){0,3}(?:door|in) mijn hoofd|"
        r"laat me niet (?:meer )?los|chodzi mi po g[łl]owie|nie wychodzi mi z g[łl]owy|siedzi mi w g[łl]owie|"
        r"kr[ąa][żz]y mi po g[łl]owie)",
    ],
    "nssi": [
        r"\bsie (?:pocielam|pocialem|pocielem|tne|okaleczam|przypalam)\b|\b(?:pocielam|pocialem|pocielem|tne|okaleczam|przypalam) sie\b|"
        r"\b(?:okaleczam|przypalam) si[ęe]\b|\bsi[ęe] (?:okaleczam|przypalam)\b|"
        r"\bsamookaleczam\b|\b(?:walę głową|wale glowa|walę glową|wale głową) w (?:ścian|scian)\w*",
        r"\bkendimi (?:kes(?!m(?:iyor|ed|eyece|em|ez|eyi|ekten vazge))\w*|jiletl\w*|yak(?!m(?:iyor|ad|ayaca|am|az|ay[ıi]))\w*)|\bkendime zarar ver(?:iyorum|dim|iyom)\b|\b(?:kolum|kollar[ıi]m|bile[ğg]im|bileklerim|bacaklar[ıi]m|derim)\w*\s+(?:\w+\s+)?(?:jilet\w*|kes(?:iyorum|tim|iyom)|yakiyorum|yakıyorum|yaktim|yaktım|kaz[ıi]\w*)|"
        r"\bkafam[ıi] duvar\w* vur(?!as[ıi]m|mak istiyor)\w*|\bderimi y[ıi]rt\w*|\bbacaklar[ıi]m[ıi] (?:jiletle )?kes\w*|\bkollar[ıi]m[ıi] kest\w*",
        r"\bme (?:cortei|corto|cortando|queimo|queimei|arranhei|arranho|quemo|quem[ée]|rasgu[ñn]o|cort[ée])\b(?!\s+(?:o |el |la |a )?(?:cabelo|pelo|cabello|franja|unhas|u[ñn]as|barba|flequillo))|"
        r"\bme machuc\w*\s+(?:de prop[óo]sito|a prop[óo]sito)|"
        r"\btenho me (?:cortado|queimado|machucado)\b|\bbato a cabe[çc]a\b|\bme volv[ií] a cortar\b|\bme hago da[ñn]o\b|"
        r"\bmi (?:taglio|sono tagliat[oa]|brucio|graffio|faccio del male)\b(?!\s+(?:i |le )?(?:capelli|unghie|barba|frangia))|"
        r"\b(?:heb|had) mezelf (?:\w+ ){0,2}(?:gesneden|gebrand|pijn gedaan)\b|\bik (?:snijd|kras|brand) mezelf\b|\b(?:snijd|kras|brand) ik mezelf\b|"
        r"\b(?:hab|habe) mich (?:\w+ ){0,2}(?:geritzt|verbrannt|geschnitten)\b|\bich (?:ritze|schneide|verbrenne) mich\b|\b(?:ritze|schneide|verbrenne) ich mich\b|\bschneide mir in die\b|"
        r"\bje me (?:scarifie|br[ûu]le|coupe)\b|\bje me suis (?:\w+ )?(?:scarifi[ée]e?|br[ûu]l[ée]e?|coup[ée]e? (?:les|le) (?:bras|poignets?|cuisses?))\b",
    ],
    "passive_wish": [
        r"\bchcia[łl](?:a|e)?bym si[ęe] nie obudzi[ćc]\b|\bnie chce mi si[ęe] (?:ju[żz] )?[żz]y[ćc]\b|\b(?:lepiej|l[żz]ej)\b" + _W + r"{0,20}\bbeze mnie\b",
        r"\b(?:ke[şs]ke )?(?:sabah )?uyanmasam\b|\bbir daha (?:hi[çc] )?uyanmamak\b|\bben olmasam\b" + _W + r"{0,30}\b(?:daha mutlu|daha iyi|rahat)\w*|\bya[şs]amak istemiyorum\b|\bke[şs]ke (?:hi[çc] )?do[ğg]masayd[ıi]m\b",
        r"\bn[ãa]o acordar mais\b|\bmelhor (?:pra|para) todo mundo se eu\b|\bno despertar(?:me)?\b|\bnon svegliarmi pi[uù]\b|\bniet meer wakker\b|\bnicht mehr aufwachen\b",
    ],
}

RAW_PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # tr with its diacritics (the ASCII set holds the spelling without them)
        r"(?:bütün|tüm|bir kutu|koca kutu)\s+(?:hap\S*|ilaç\S*)\s+içtim",
        # ko
        r"(?:약|수면제)\S*\s?(?:한\s?통|다|전부)\S*\s?(?:먹|삼키|털어)\S*|응급실에서|병원에서\s?(?:깼|눈\s?떴|깨어났)|목\s?매려다|자살\s?시도|"
        r"(?:약|수면제)\s?(?:한\s?통|한\s?움큼)\s?털어",
        # ja
        r"(?:薬|睡眠薬)を?(?:全部|まとめて|大量に)飲ん|(?<![a-z])od(?:した|して|しちゃ)|病院で目が覚め|救急車で運ばれ|首を吊ろうとし|自殺未遂",
        # zh
        r"割腕被|(?:前几天|昨天|上周|前天)[^。！？]{0,6}割腕",
        # ar ru th
        r"بلعت كل|حاولت (?:أنتحر|انتحر|الانتحار)|صحيت في المستشفى|"
        r"выпил\w* все таблетки|наглотал\w*|очнул\w* в больнице|откачали",
    ],
    "plan_preparation": [
        r"유서|(?:수면제|약)\S*\s?모아|(?:마지막|작별)\s?편지|통장\s?비번|물건\s?(?:다\s?)?정리했",
        r"遺書|薬を?(?:ずっと)?(?:溜めて|貯めて|集めて)|最後の手紙|身辺整理|持ち物(?:を|も)?(?:全部)?(?:処分|整理)",
        r"จดหมายลา|رسالة وداع(?!" + _W + r"{0,40}(?:عمل جديد|التقاعد|تقاعد|سأنتقل|أنتقل))|прощальн\w* записк|囤药|攒药|存药|攒了好几板|东西也?都送(?:人|出去|掉)|把(?:猫|狗)送给",
    ],
    "intent": [
        r"(?:죽을|자살할|죽을꺼|목숨\s?끊을)\s?(?:거|꺼|게|거임|거야|거예요)|(?:결심|정했|마음\s?먹)" + _W + r"{0,30}(?:죽을|자살|끝낼)|"
        r"(?:죽을|자살할|끝낼)\s?(?:거|꺼)\S*\s?\S*\s?(?:결심|정했|마음\s?먹)",
        r"(?:死ぬ|自殺する|終わらせる)(?:って|と)決め|(?:死ぬ|自殺する|終わらせる)つもり|決め(?:た|てる)" + _W + r"{0,20}(?:自殺|死ぬ|終わらせ)|"
        r"(?:自殺|死ぬ|終わらせ)" + _W + r"{0,10}決め(?:た|てる)",
        r"决定[^。！？]{0,10}结束自己|(?:我|之后|完|完了|今晚|今天|明天|明晚|周末)就(?:去)?(?:自杀|去死|跳下去|结束自己)|قررت (?:أنتحر|انتحر)|ตัดสินใจ\S*ฆ่าตัวตาย|จะฆ่าตัวตาย",
    ],
    "method": [
        r"뛰어내리|뛰어\s?내릴|투신|번개탄|목\s?매(?:려|달|고\s?죽)|목을\s?매(?:려|달|고\s?죽)|(?:약|수면제)\S*\s?몇\s?(?:알|개)" + _W + r"{0,20}(?:죽|안\s?깨|못\s?깨|깨어나지)|치사량|(?:베란다|옥상|층)\S*\s?\S*\s?떨어지면",
        r"飛び降り|(?:電車|線路|ホーム|海|川)に?飛び込|首を?吊|練炭|何錠飲めば" + _W + r"{0,10}(?:死|楽に|目が覚めな)|何錠" + _W + r"{0,10}死ね|致死量",
        r"跳下去|百草枯|吃多了(?:就)?(?:不会醒|会死|能死)|(?:药|安眠药)[^。！？]{0,8}(?:不会醒|醒不过来)",
        r"أرمي نفسي|أشرب كل الدوا|спрыгнуть с|броситься под",
    ],
    "active_ideation": [
        r"죽고\s?싶(?!지\s?않|진\s?않|지는\s?않|지도\s?않|지\s?않|진\s?않)|죽고파|죽어\s?버리고\s?싶|자살\s?하고\s?싶|자살\s?생각|자살\s?충동|죽을\s?생각|뒤지고\s?싶",
        r"死にたい|しにたい|自殺したい|自殺(?:の|を)?(?:こと)?(?:ばかり|ばっかり)?考え|死のうと(?:思|考)|死んでしまいたい|命を絶ちたい",
        r"活不下去|去死的念头|想去死",
        r"بدي أموت|نفسي أموت|أبي أموت|ابغى اموت|أريد أن أموت|أفكر (?:في|ب)\s?(?:ال)?انتحار|"
        r"хочу умереть|хочется (?:умереть|покончить)|думаю о самоубийств|покончить с собой|อยากตาย|อยากฆ่าตัวตาย",
    ],
    "nssi": [
        # pl with its diacritics (the ASCII set holds the spelling without them)
        r"(?<!\w)(?:się|sie) (?:pocięłam|pociąłem|pocięłem|tnę)(?!\w)|(?<!\w)(?:pocięłam|pociąłem|pocięłem|tnę|tne) (?:się|sie)(?!\w)|(?<!\w)się (?:pocielam|tne)(?!\w)",
        r"자해|(?:손목|팔|허벅지|다리|배)\S*\s?(?:\S+로\s?)?(?:긋|그었|그어)|(?:칼|커터칼|면도칼)로\s?(?:팔|손목|허벅지|다리)\S*\s?그|"
        r"(?:담배|라이터)로\s?(?:팔|손목|손)\S*\s?지|벽에\s?머리\s?(?:를\s?)?박|머리를?\s?벽에\s?박|손톱으로\s?(?:살|피부)",
        r"リスカ|アムカ|レグカ|自傷|(?:腕|手首|太もも)を?(?:カッター|カミソリ|刃物)?で?切(?:って|った|る|り)|手首切|"
        r"(?:タバコ|たばこ|ライター)を?(?:腕|手)に?押し付け|根性焼き|頭を?(?:壁に)?打ちつけ",
        r"割腕|烟头烫|抠到出血|掐到流血|划手臂",
        r"أجرح (?:نفسي|ايدي|يدي)|اجرح نفسي|أحرق (?:ايدي|يدي|نفسي)|"
        r"порезал\w* себ|режу (?:себе |себя|руки|вены)|прижигаю себя|กรีด(?:แขน|ข้อมือ)|ทำร้ายตัวเอง",
    ],
    "passive_wish": [
        r"눈\s?(?:안|못)\s?떴으면|(?:깨어나지|깨지)\s?않았으면|사라지고\s?싶|사라졌으면|없어지고\s?싶|살고\s?싶지\s?않|내가\s?없으면" + _W + r"{0,20}(?:편할|나을|행복|좋을|편하)",
        r"(?:目が覚め|起き)なければ(?:いい|いいのに|いいな)|消えたい|消えてしまいたい|(?:私|僕|俺|自分|うち)が?いないほうが|生まれてこなければ|生きていたくない",
        r"再也不醒",
    ],
}

# Round eleven (2026-12-05): plan and preparation, passive wish and active ideation said obliquely, in
# each language's general form (a date chosen, things given away, a dose or a means looked up,
# arrangements left in writing; tired of living, hoping not to wake, better off without me; one step
# off a platform, ending it all), and double negation ("no day I don't want to die").
_EVENT = r"(?!" + _W + r"{0,40}\b(?:matrimonio|festa|casamento|boda|bruiloft|feest|hochzeit|party|mariage|f[êe]te|d[üu][ğg][üu]n|[şs]lub|wesel\w*|viagem|viaggio|reis|reise|voyage|wakacj\w*|tatil|vacanze|f[ée]rias|vacaciones|vakantie|urlaub|vacances|egzamin\w*|esame|exame|examen|tentamen|pr[üu]fung|s[ıi]nav)\b)"
_MOVE = (r"(?!" + _W + r"{0,60}\b(?:trasferisc\w*|trasloc\w*|trasloco|mudan[çc]a|mud(?:o|amos|ei|ando)|me mudo|nos mudamos|"
         r"verhuis\w*(?! niet\b)|umzug|ziehe um|ziehen um|umziehen|d[ée]m[ée]nag\w*(?! pas\b)|przeprowadz\w*|ta[şs][ıi]n\w*|pi[ùu] piccolo|"
         r"m[aá]s peque[ñn]o|mais pequeno|menor|kleiner\w*|plus petit)\b)")  # round twenty-seven
_STEP_PLACE = (r"(?:binari|banchina|trilhos|trem|plataforma|v[ií]as|and[ée]n|perron|spoor|gleis\w*|bahnsteig|rails|tory|torach|peron\w*|"
               r"ray\w*|quais?|ponte|puente|brug|br[üu]cke|most\w*|k[öo]pr[üu]\w*|pont|dach\w*|tetto|telhado|azotea|dak|[çc]at[ıi]\w*)")
_V11_ASCII: dict[str, list[str]] = {
    "plan_preparation": [
        # a date chosen (not for a wedding, a trip or an exam)
        r"\b(?:ho (?:gi[àa] )?(?:scelto|deciso|fissato) (?:il giorno|la data)|(?:j[áa] )?escolhi (?:a data|o dia)|(?:eleg[ií]|escog[ií]) (?:la fecha|el dia)|"
        r"de datum staat (?:vast|gepland)|ik heb (?:de|een) datum (?:gekozen|geprikt|vastgezet)|ich habe (?:schon )?(?:den tag|das datum|einen tag|ein datum) (?:gew[äa]hlt|festgelegt|ausgesucht)|"
        r"j'ai choisi (?:la date|le jour)|(?:tarihi|tarihini|g[üu]n[üu]) (?:belirledim|sectim)|wybra[łl](?:a|e)?m (?:dat[ęe]|dzie[ńn]))\b" + _EVENT,
        # things given away, "won't need them any more"
        # (round twenty-seven: not when the things go because of a move, "perché mi trasferisco", "porque me mudo")
        r"(?:\b(?:sto regalando|ho regalato|ho dato via) (?:le mie cose|tutte le mie|tutto|la mia|il mio|i miei)\b|"
        r"\bdei (?:meu|minha|meus|minhas)\b" + _W + r"{0,60}\bn[ãa]o vou (?:mais )?precisar\b|\bregal[ée] (?:todas )?mis cosas\b|"
        r"\bik heb (?:al )?(?:mijn|m'n) spullen (?:verdeeld|weggegeven)\b|\b(?:meine sachen|alles) verschenkt\b|\bj'ai donn[ée] (?:toutes )?mes affaires\b|"
        r"\be[şs]yalar[ıi]m[ıi] (?:\w+ ){0,2}(?:da[ğg][ıi]tt[ıi]m|verdim)\b|\brozda[łl](?:a|e)?m (?:swoje|wszystkie|moje) \w+)" + _MOVE,
        # a dose or a means looked up, arrangements left in writing
        r"\b(?:cercat[oa]|cerco|cercando|informat[oa]|pesquis\w*|procur\w*|lendo|li|busqu[ée]|buscando|opgezocht|zoek\w*|lees|nachgelesen|gegoogel[dt]|gegoogled|"
        r"cherch[ée]|sprawdza[łl]\w*|czytam|szuka[łl]\w*|ara[şs]t[ıi]r\w*|okuyorum)\b" + _W + r"{0,50}\b(?:quante (?:pastiglie|pillole|compresse)|dose (?:letale|alta|mortale)|"
        r"non lascia scampo|dose (?:letal|fatal)|n[ãa]o tem volta|sin vuelta|geen weg terug|dodelijk\w*|t[öo]dlich\w*|mortelle?|dawk\w*|[śs]mierteln\w*|nie ma odwrotu|"
        r"geri d[öo]n[üu][şs][üu] (?:yok|olmayan|olmad[ıi][ğg][ıi]n\w*)|[öo]l[üu]mc[üu]l)",
        r"\b(?:pastiglie|pillole|compresse|farmaci)\b" + _W + r"{0,30}\b(?:messo|messe|mettendo) da parte\b|\b(?:guardando|juntei|guardei) (?:rem[ée]dios?|comprimidos)\b|"
        r"\b(?:pillen|pijnstillers|medicijnen|paracetamol) (?:verzameld|gespaard|opgespaard)\b|\bgenoeg gekocht\b|\bmam (?:ju[żz] )?od[łl]o[żz]on\w*|"
        r"\b(?:lasciato scritto a chi va|deixei tudo organizado|dej[ée] todo arreglado|ik heb alles geregeld|ich habe alles geregelt|j'ai tout r[ée]gl[ée]|wszystko za[łl]atwione|her [şs]eyi ayarlad[ıi]m)\b",
    ],
    "passive_wish": [
        r"\bstanc[oa] di vivere\b|\b(?:starebbero|starebbe|stareste) (?:tutti )?meglio senza di me\b|\bnon (?:ri)?svegliarmi (?:pi[uù]|domattina|domani)\b|\bsperando di non svegliarmi\b|"
        r"\b(?:vorrei|voglio) sparire\b|\bse sparissi\b",
        r"\bcansad[oa] de viver\b|\b(?:ficaria|ficariam|vai ficar|seria) (?:\w+ ){0,3}melhor sem mim\b|\bnunca mais acordar\b|\bn[ãa]o acorde (?:nunca )?mais\b|"
        r"\bse eu sumisse\b|\b(?:queria|quero) sumir\b|\bsumir de vez\b",
        r"\bcansad[oa] de vivir\b|\bmejor sin m[ií]\b|\bespero no despertar\b|\bojal[áa] no despert\w*",
        r"\bhet leven (?:zo |echt )?moe\b|\blevensmoe\b|\bbeter af zonder mij\b|\bals ik (?:er niet meer was|verdween)\b|\bniet (?:meer )?wakker word\b",
        r"\blebensm[üu]de\b|\bdes lebens m[üu]de\b|\bbesser dran ohne mich\b|\bnicht mehr aufzuwachen\b",
        r"\bfatigu[ée]e? de vivre\b|\bmieux sans moi\b|\bne (?:plus|pas) me r[ée]veiller\b",
        r"\bya[şs]amaktan (?:yoruldum|b[ıi]kt[ıi]m)\b|\buyanmamay[ıi] umuyorum\b|\bortadan kaybolsam\b|\bkaybolmak istiyorum\b",
        r"\bzm[ęe]czon\w* [żz]yciem\b|\bmam do[śs][ćc] [żz]ycia\b|\b(?:nadziej[ęe]|oby)\b" + _W + r"{0,30}\bnie obudz[ęe]\b|\b(?:gdybym|jakbym) znikn[ęe][łl]\w*",
    ],
    "active_ideation": [
        # one step off a platform, a bridge, a roof
        r"\b(?:basterebbe|basta|bastaria|bastar[ií]a|seria s[óo]|s[óo]|genoeg|reichen|w[üu]rde|wystarczy|suffirait|yeter\w*)\b" + _W + r"{0,20}\b(?:un passo|um passo|un paso|[ée][ée]n stap|ein schritt|jeden krok|un pas|tek (?:bir )?ad[ıi]m)\b|"
        r"\b(?:un passo|um passo|un paso|[ée][ée]n stap|ein schritt|jeden krok|un pas|tek (?:bir )?ad[ıi]m)\b" + _W + r"{0,25}\b(?:basterebbe|bastaria|bastar[ií]a|genoeg|w[üu]rde reichen|und vorbei|i koniec|suffirait|yeter\w*)\b",
        r"\b" + _STEP_PLACE + r"\b" + _W + r"{0,40}\b(?:un passo|um passo|un paso|[ée][ée]n stap|ein schritt|jeden krok|un pas|tek (?:bir )?ad[ıi]m)\b",
        # ending it all, said as a wish or a thought
        r"\b(?:penso|pensando|pensare|voglio|vorrei|voglia|idea)\b" + _W + r"{0,25}\bfarla finita\b|"
        r"\b(?:penso|pensando|pensei|quero|queria|vontade)\b" + _W + r"{0,20}\bacabar com tudo\b|\b(?:pienso|pensando|quiero|ganas)\b" + _W + r"{0,20}\bacabar con todo\b|"
        r"\b(?:denk|denken|wil)\b" + _W + r"{0,25}\ber een (?:eind|einde) aan (?:te )?maken\b|\b(?:denke|will|m[öo]chte)\b" + _W + r"{0,25}\ballem ein ende (?:zu )?setzen\b|"
        r"\b(?:pense|veux|envie)\b" + _W + r"{0,20}\ben finir\b|\bher [şs]eye (?:bir )?son verme\w*|\bher [şs]eyi bitirmek isti\w*|"
        r"\bmy[śs]l[ęe]\b" + _W + r"{0,20}\b(?:to wszystko |wszystko )?sko[ńn]czy[ćc]\b",
        # double negation: no day without the wish
        r"\bnon c'[èe] (?:un )?giorno (?:in cui|che) non (?:voglia|vorrei|penso)\b|\bn[ãa]o (?:tem|h[áa]) um dia (?:que|em que) (?:eu )?n[ãa]o (?:queira|pense)\b|"
        r"\bno hay (?:un )?d[ií]a (?:que|en que) no (?:quiera|piense)\b|\bgeen dag (?:dat|waarop) ik niet\b" + _W + r"{0,20}\bdood\b|\bkein tag,? an dem ich nicht\b" + _W + r"{0,20}\bsterben\b|"
        r"\bnie ma dnia,? (?:[żz]ebym|w kt[óo]rym) nie\b" + _W + r"{0,20}\bumrze[ćc]\b|\b[öo]lmek istemedi[ğg]im (?:bir )?g[üu]n yok\b",
    ],
    "intent": [],
    "method": [
        r"\b(?:porta del tetto|porta do telhado|puerta de la azotea|dakdeur|dachluke|drzwi na dach|[çc]at[ıi]n[ıi]n kap[ıi]s[ıi])\b" + _W + r"{0,30}\b(?:aperta|aberta|abierta|open|offen|otwarte|a[çc][ıi]k)\b",
        r"\bquale corda\b|\bwelke brug (?:hoog genoeg|het hoogst)\w*|\bkt[óo]ry most (?:jest )?najwy[żz]sz\w*",
    ],
    "recent_attempt": [], "nssi": [],
}
_V11_RAW: dict[str, list[str]] = {
    "plan_preparation": [
        r"(?:elegí|escogí) el día|(?:tarihi|tarihini|günü) seçtim|(?:日子|日期)(?:我)?(?:都|也|已经|早就)?(?:挑|选|定)好了|(?:挑|选|定)好(?:了)?日子|날짜\s?(?:정했|잡았|골랐)|(?:決行する|実行する|その)日(?:は|を|も)?(?:もう)?決め(?:た|てる)|выбрал\w* (?:дату|день)|เลือกวันแล้ว",
        r"(?:最喜欢的|心爱的|所有的?|全部|宝贝)[^，。！？,]{0,8}(?:都)?送(?:给|人|掉|出去)|(?:물건|물건들|아끼던\s?\S+)\s?(?:\S+\s?){0,2}(?:다\s?)?나눠\s?줬|"
        r"(?:大事にしてた|大切な|大事な)(?:もの|物)(?:は|を|も)?(?:全部)?[^。、]{0,6}(?:あげ|譲っ|処分)|раздал\w* (?:свои|все) вещи|وزعت أغراضي|แจกของ",
        r"(?:查|搜)[^。！？]{0,12}(?:吃多少|多少片|哪种药|什么药|致死|过量|不疼|不会被救|救不回来)|(?:어떤|무슨)\s?약\S*\s?(?:\S+\s?){0,3}(?:못\s?돌아|안\s?깨|죽)|"
        r"(?:どの|何の)薬[^。]{0,15}(?:戻ってこられない|死ね|目が覚めな)|銀行[^。]{0,6}暗証番号|暗証番号[^。]{0,20}(?:メモ|書いて)|통장\s?비번\S*\s?(?:\S+\s?){0,4}(?:적어|써)|"
        r"银行卡密码[^。！？]{0,20}(?:写|留)|сколько таблеток|все оформил|всё оформил",
    ],
    "passive_wish": [
        r"活着(?:太|好|真|真的)?累|活得(?:好|太)累|想(?:就这样)?消失(?:掉)?|(?:我|我这种人)[^。！？，]{0,4}消失(?:了)?[^。！？]{0,6}(?:都好|轻松|更好)|不在了[^。！？]{0,10}(?:轻松|更好|解脱)|不用醒(?:来|过来)",
        r"그만\s?살고\s?싶|사는\s?게\s?(?:너무\s?)?(?:지친|지쳐)|(?:나\s?하나|내가)\s?(?:없어져도|사라지면)|눈\s?안\s?떴으면",
        r"生きる(?:の|こと)に疲れ|(?:私|僕|俺|自分|うち)(?:なんか|なんて|が)?(?:いない|いなくなった|消えた)(?:ほうが|方が)|(?:私|僕|俺|自分)が消えたら|目が覚めなければ",
        r"uyanmasam|ortadan kaybolsam|надеюсь[^.!?]{0,20}не проснуться|أتمنى[^.!?]{0,12}ما أصحى|ไม่ต้องตื่น|ไม่ตื่นขึ้นมา|ไม่ตื่นอีก",
        r"(?:nadzieję|oby)[^.!?]{0,30}nie obudzę",
    ],
    "active_ideation": [
        r"(?:往前|向前)(?:走|迈|跨)一步|结束这一切|一了百了|(?:한\s?(?:발짝|걸음))(?:이면|만)|다\s?끝내(?:버리)?고\s?싶|"
        r"一歩(?:踏み出せば|で済む)|(?:全部|すべて|全て)(?:を)?終わりにしたい|終わらせたい|"
        r"خطوة وحدة|ก้าวเดียว|จบชีวิต|أنهي حياتي|вс[её] закончить",
        r"죽고\s?싶지\s?않은\s?날이\s?(?:없|하루도)|死にたくない日はない|没有一天不想死|her [şs]eye (?:bir )?son vermeyi",
    ],
    "intent": [
        r"(?:今晚|今天|明天|这周末|周末|下周)就?了断|今夜で終わりにする",
    ],
    "method": [
        r"옥상\s?문\S*\s?(?:\S+\s?)?열려\s?있는지|屋上のドア(?:が)?開いてる|天台的门[^。]{0,6}(?:开|锁)|çatının kapısı açık",
    ],
    "recent_attempt": [], "nssi": [],
}
for _c, _ps in _V11_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V11_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Twenty-eighth session (main session's probe): death as the only way out, and the wish to die that does
# not go away, said as nouns in each language ("El suicidio me parece la única salida", "Der einzige Ausweg
# ist der Tod", "Il desiderio di morire non se ne va", "Chęć śmierci mnie nie opuszcza", "Ölme isteği
# geçmiyor"). Not across a negation ("el suicidio nunca es la única salida"), not another's death ("la
# muerte de mi padre"), not across a comma.
_NO_NEG28 = (r"(?:(?!\b(?:no|nunca|jam[aá]s|jamais|ne|pas|nicht|niemals|nie|nigdy|kein\w*|n[ãa]o|non|niet|geen|nooit|de[ğg]il|asla|"
             r"hi[çc]|never|not|mai|n'\w+)\b)"
             r"[^.!?;,\n。！？])")
_DEATH28 = (r"(?:suicidio|suic[íi]dio|suicide|suizid|selbstmord|zelfmoord|samob[óo]jstw\w*|intihar|la muerte|morir(?:me)?|"
            r"matarme|suicidarme|la mort|mourir|me tuer|me suicider|(?:der )?tod|sterben|tot (?:zu )?sein|a morte|morrer|me matar|"
            r"la morte|morire|uccidermi|farla finita|de dood|doodgaan|sterven|dood (?:te )?zijn|[śs]mier[ćc]|umrze[ćc]|"
            r"zabi[ćc] si[ęe]|[öo]l[üu]m|[öo]lmek)")
_NOT_OF28 = r"(?! (?:de|di|do|da|du|des|del|della|dello|van|von|seines|seiner|meines|meiner|mojego|mojej|jego|jej)\b)"
_WAY_OUT28 = (r"(?:(?:la|mi) (?:[úu]nica) (?:salida|soluci[óo]n|opci[óo]n)|(?:la|ma) seule (?:issue|solution|option|sortie)|"
              r"(?:der |mein )?einzige[rn]? (?:ausweg|l[öo]sung)|die einzige l[öo]sung|(?:a|minha) [úu]nica (?:sa[íi]da|solu[çc][ãa]o|op[çc][ãa]o)|"
              r"(?:l'|la mia )unica (?:via(?: d'uscita)?|soluzione|uscita)|(?:de |mijn )?enige (?:uitweg|oplossing)|"
              r"jedyn\w* (?:wyj[śs]ci\w*|rozwi[ąa]zani\w*)|tek (?:[çc][ıi]k[ıi][şs] yolu|[çc][öo]z[üu]m|[çc]are))")
_WISH28 = (r"(?:el deseo de (?:morir(?:me)?|suicidarme|matarme|desaparecer)|el impulso de (?:matarme|suicidarme)|"
           r"le d[ée]sir de (?:mourir|me tuer|me suicider|en finir)|l'envie d'en finir|"
           r"der wunsch,? (?:zu sterben|tot zu sein|mich umzubringen|nicht mehr zu leben)|"
           r"o desejo de (?:morrer|me matar|sumir)|a vontade de (?:me matar|sumir)|"
           r"il desiderio di (?:morire|uccidermi|farla finita|sparire)|la voglia di farla finita|"
           r"de (?:wens|drang) om (?:dood te gaan|te sterven|te verdwijnen|er niet meer te zijn)|het verlangen om (?:dood te gaan|te sterven)|"
           r"ch[ęe][ćc] (?:[śs]mierci|umarcia|odebrania sobie [żz]ycia)|pragnienie [śs]mierci|"
           r"(?:[öo]lme|[öo]lmek|intihar) iste[ğg]i)")
_PERSIST28 = (r"(?:no se (?:me )?va|no se me quita|no me deja|no desaparece|sigue ah[ií]|est[áa] siempre|me acompa[ñn]a|me persigue|"
              r"es cada vez m[áa]s fuerte|ne me quitte (?:pas|plus|jamais)|ne part pas|ne passe pas|est toujours l[àa]|m'accompagne|me poursuit|"
              r"geht nicht (?:mehr )?weg|l[äa]sst mich nicht (?:mehr )?los|ist immer da|wird (?:immer )?st[äa]rker|begleitet mich|verfolgt mich|"
              r"n[ãa]o passa|n[ãa]o vai embora|n[ãa]o me larga|n[ãa]o me deixa|est[áa] sempre (?:a[íi]|l[áa]|comigo)|me acompanha|s[óo] aumenta|"
              r"non (?:se ne )?va via|non se ne va|non mi passa|non mi lascia|[èe] sempre (?:l[ìi]|presente|con me)|mi accompagna|mi perseguita|"
              r"gaat niet (?:meer )?weg|laat me niet (?:meer )?los|is er altijd|wordt (?:steeds )?sterker|"
              r"nie (?:mija|znika|odchodzi)|mnie nie opuszcza|nie opuszcza mnie|jest coraz silniejsz\w*|"
              r"ge[çc]miyor|gitmiyor|hep (?:var|orada)|giderek art[ıi]yor|beni b[ıi]rakm[ıi]yor)")
_V28_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b" + _DEATH28 + r"\b" + _NOT_OF28 + _NO_NEG28 + r"{0,40}?\b" + _WAY_OUT28 + r"\b",
        r"\b" + _WAY_OUT28 + r"\b" + _NO_NEG28 + r"{0,25}?\b" + _DEATH28 + r"\b" + _NOT_OF28,
        r"\b" + _WISH28 + r"\b" + _NO_NEG28 + r"{0,30}?\b" + _PERSIST28 + r"\b",
    ],
}
for _c, _ps in _V28_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + _ps


# Round twelve (2026-12-05, fifteenth session): more general forms in Chinese (simplified, traditional,
# chat slang) and Polish, the weakest languages on the blind sets, and a few more elsewhere: a dose or
# a way looked up, pills hidden away, affairs arranged, "won't be needing them", "won't come back";
# sleeping and never waking, "everyone would be better off if I weren't here", "I don't want to hold on
# any more"; a day and a deed ("this Saturday I'll do it"); "can't stop cutting myself".
_V12_ASCII: dict[str, list[str]] = {
    "plan_preparation": [
        r"\b(?:ju[żz] |i tak )?nie b[ęe]d[ąa] mi (?:ju[żz] )?potrzebn\w*|\bju[żz] mi nie b[ęe]d[ąa] potrzebn\w*|"
        r"\bodk[łl]adam (?:\w+ )?(?:tabletki|leki|prochy|proszki)\b|\bchowam (?:\w+ )?(?:tabletki|leki|prochy)\b|"
        r"\b(?:napisa[łl](?:a|e)?m|zostawi[łl](?:a|e)?m) (?:\w+ )?(?:list|listy|li[śs]cik\w*)\b" + _W + r"{0,50}\b(?:[żz]egna\w*|po[żz]egna\w*|nie (?:ich|jej|jego|twoja) wina|po mojej [śs]mierci)|"
        r"\bile (?:tabletek|tabletki|lek[óo]w|prochow|proch[óo]w)\b" + _W + r"{0,30}\b(?:trzeba|potrzeba|wystarczy)\b",
        r"\b(?:hangi|ka[çc] (?:tane )?)\b" + _W + r"{0,30}\b(?:i[çc]ersem|i[çc]ilirse)\b" + _W + r"{0,20}\b(?:uyanmam|[öo]l[üu]r[üu]m|[öo]l[üu]n[üu]r)\b",
        r"\b(?:vou|v[ãa]o) (?:ficar )?sem (?:mim)\b|\bpra quando eu n[ãa]o estiver mais aqui\b|\bquando eu n[ãa]o estiver mais aqui\b|"
        r"\b(?:ya )?no (?:las|los|la|lo) voy a necesitar\b|\bbrauche (?:sie|das|die sachen) nicht mehr\b|"
        r"\b(?:ich habe|hab) (?:den tag|das datum) (?:festgelegt|bestimmt|gew[äa]hlt)\b" + _EVENT,
    ],
    "passive_wish": [
        r"\b(?:ya[şs]amak|ya[şs]amay[ıi]) (?:da |bile )?istemiyorum\b|\bnie chc[ęe] (?:ju[żz] )?(?:d[łl]u[żz]ej )?[żz]y[ćc]\b|\bnie chce (?:ju[żz] )?(?:dluzej )?zyc\b|\bgdyby mnie (?:ju[żz] |tu |tutaj )?nie by[łl]o\b|"
        r"\b(?:zasn[ąa][ćc]|usn[ąa][ćc]|bym (?:zasn|usn)[ęe][łl]\w*)\b" + _W + r"{0,25}\bnie obudzi\w*|\bnie chc[ęe] si[ęe] (?:ju[żz] )?budzi[ćc]\b",
        r"\bnon ce la faccio (?:pi[uù] )?a vivere\b|\bse (?:io )?non ci fossi (?:pi[uù])?\b|\bvorrei (?:solo |soltanto )?sparire\b|"
        r"\b(?:n[ãa]o )?queria (?:mais )?(?:dormir e )?n[ãa]o acordar\b|\bse eu sumisse\b|"
        r"\bik wil niet meer leven\b|\bhoop (?:gewoon |echt )?niet meer wakker te worden\b|"
        r"\bcansad[oa] de vivir\b|\bojal[áa] no despertar\w*|\bfatigu[ée]e? de vivre\b|\bich w[üu]nschte,? ich w[üu]rde (?:\w+ )?nicht mehr aufwachen\b",
    ],
    "active_ideation": [
        r"\bnaprawd[ęe] chc[ęe] (?:si[ęe] zabi[ćc]|umrze[ćc])\b|\bmy[śs]l[ęe] o tym,? [żz]eby (?:si[ęe] zabi[ćc]|skoczy[ćc]|umrze[ćc])\b|"
        r"\bmy[śs]l[ęe],? [żz]eby (?:skoczy[ćc]|si[ęe] zabi[ćc]|si[ęe] rzuci[ćc])\b",
        r"\bvoglio (?:solo |soltanto )?morire\b|\bpenso di buttarmi\b|\bich will (?:seit \w+ \w+ )?(?:einfach )?(?:nur )?sterben\b|\bje veux mourir\b",
    ],
    "intent": [
        r"\b(?:dzi[śs]|dzisiaj|jutro|w nocy|w (?:sobot|niedziel|pi[ąa]t|weekend)\w*)\b" + _W + r"{0,15}\bto zrobi[ęe]\b|"
        r"\bto zrobi[ęe]\b" + _W + r"{0,30}\b(?:wszystko (?:jest )?(?:przygotowane|gotowe)|ju[żz] postanowi\w*|zdecydowa[łl]\w*)",
        r"\bstanotte la faccio finita\b|\b(?:stasera|domani|stanotte) (?:la )?faccio finita\b",
    ],
    "method": [],
    "recent_attempt": [],
    "nssi": [
        r"\bnie (?:potrafi[ęe]|umiem|mog[ęe]) przesta[ćc] si[ęe] (?:ci[ąa][ćc]|ciac|okalecza[ćc]|kaleczy[ćc]|przypala[ćc])\b|"
        r"\b(?:przypalal(?:a|e)?m|okaleczal(?:a|e)?m|cielam|cialem) sie\b|\bsie (?:przypalal(?:a|e)?m|okaleczal(?:a|e)?m|cielam|cialem)\b",
        r"\b(?:heb|had) (?:\w+ ){0,2}mezelf (?:\w+ ){0,2}gesneden\b|\bsnijd mezelf\b",
    ],
}
_V12_RAW: dict[str, list[str]] = {
    "plan_preparation": [
        # zh: a dose or a way looked up, pills hidden, affairs arranged, things given away, "won't come back"
        r"(?:查|搜|百度|看)[^。！？]{0,12}(?:几瓶|几片|多少颗|多少粒|哪种方法|什么方法|怎么死|走得?(?:比较)?快|死得?快|不痛苦|幾瓶|幾片|哪種方法|怎麼死)|"
        r"(?:安眠药|药片|药|安眠藥|藥)[^。！？]{0,8}(?:藏起来|藏了|存起来|藏起來|存起來)|(?:藏|攒|存|囤)(?:了)?[^。！？，]{0,6}(?:颗|片|板|瓶|顆)(?:了|安眠)|"
        r"交代(?:好)?(?:了)?后事|后事[^。！？]{0,8}交代|後事[^。！？]{0,8}交代|交代(?:好)?(?:了)?後事|(?:写|寫)(?:了)?[^。！？]{0,8}(?:后事|後事)|(?:遗书|遺書)|"
        r"(?:其实|其實|再也|永远|永遠)不会(?:再)?回来了|(?:其实|其實|再也|永远|永遠)不會(?:再)?回來了|"
        r"(?:送|给|給|分|整理)(?!给?我|給?我)[^。！？我]{0,15}(?:用不上|用不着|用不著|不需要)了",
        r"(?:通帳|印鑑|暗証番号|保険証書)[^。]{0,20}(?:メモ|書いて|書き残|残した)|เก็บยา\S{0,12}ไว้|สะสมยา",
        # pl with its diacritics
        r"nie będą mi (?:już )?potrzebne|już mi nie będą potrzebne|odkładam (?:\S+ )?(?:tabletki|leki|prochy)",
    ],
    "passive_wish": [
        r"(?:我|要是我|如果我|我要是)(?:不在|走了|消失|死了)(?:了|的话|的話)?[^。！？]{0,14}(?:更好|轻松|輕鬆|好过|好過|解脱|解脫)|"
        r"不想再撑(?:下去)?|不想再撐(?:下去)?|一觉不醒|一睡不醒|长睡不醒|一覺不醒|長睡不醒|还不如不醒|還不如不醒|睡着了?就?(?:别|不要|不用)再?醒|"
        r"活[着著](?:太|好|真|真的)?累|不想活|(?:自己|我)不在了[^。！？]{0,10}(?:比较|比較|会|會)?(?:轻松|輕鬆|好)",
        r"(?:내가|나\s?하나)\s?(?:없으면|없어지면|사라지면|없어져도)" + _W + r"{0,20}(?:편할|나을|행복|좋을|편하|편해)",
        r"nie chcę (?:już )?(?:dłużej )?żyć|gdyby mnie (?:już |tu |tutaj )?nie było|(?:zasnąć|usnąć|bym (?:zasn|usn)ęł\S*)" + _W + r"{0,25}nie obudzi|"
        r"(?:yaşamak|yaşamayı) (?:da |bile )?istemiyorum",
    ],
    "active_ideation": [
        r"想紫砂|去紫砂|要紫砂|(?:想|要|怎么|怎麼)(?:去)?結束自己|(?:想|要|怎么)(?:去)?结束自己|(?:真的|是真的)想死(?!你|您|他|她|它|了你)|不想活辣",
        r"naprawdę chcę (?:się zabić|umrzeć)|myślę,? (?:o tym,? )?żeby (?:skoczyć|się zabić|się rzucić)",
    ],
    "intent": [
        r"(?:今晚|今天|明天|明晚|周末|週末|这周|這週|下周|下週)[^。！？，]{0,10}就[^。！？，]{0,12}(?:跳下去|跳楼|跳樓|自杀|自殺|去死|了断|了斷|结束自己|結束自己)",
        r"(?:dziś|jutro|w (?:sobot|niedziel|piąt)\S*)" + _W + r"{0,15}to zrobię|to zrobię" + _W + r"{0,30}(?:wszystko (?:jest )?(?:przygotowane|gotowe)|już postanowi)",
    ],
    "method": [],
    "recent_attempt": [],
    "nssi": [
        r"(?:刀|刀片|美工刀|圆规|圓規|剪刀)[^。！？，]{0,6}(?:划|割|扎|劃)(?:了)?(?:自己|手|手腕|手臂|胳膊|大腿)|(?:划|劃)(?:了)?(?:自己|手腕|大腿)|烫了?手|燙了?手|烟头烫|菸頭燙",
        r"nie (?:potrafię|umiem|mogę) przestać się (?:ciąć|okaleczać|kaleczyć|przypalać)|(?:przypalał(?:a|e)?m|okaleczał(?:a|e)?m|cięłam|ciąłem|pocięłam|pociąłem) się|się (?:przypalał(?:a|e)?m|okaleczał(?:a|e)?m|cięłam|ciąłem)",
    ],
}
for _c, _ps in _V12_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V12_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round thirteen (2026-12-05, sixteenth session): Chinese chat forms of the general categories the
# patterns above did not hold (轻生 / 輕生 wished or thought of, 一死了之, ending or "settling" oneself,
# 活着没意思, "might as well be dead", 跳楼 / 跳河 wished, pesticide, passwords and savings left to
# someone), and Spanish / Portuguese "I don't want to be here any more". docs/quality.md, "Stage one in
# the other languages, round thirteen".
_V13_ASCII: dict[str, list[str]] = {
    "passive_wish": [
        r"\b(?:ya )?no quiero seguir (?:aqu[ií]|viviendo|en este mundo)\b|\bya no quiero estar aqu[ií]\b|"
        r"\bn[ãa]o quero (?:mais )?(?:estar aqui|continuar aqui|continuar vivendo|continuar vivo|continuar viva)\b",
    ],
    "plan_preparation": [], "active_ideation": [], "intent": [], "method": [], "recent_attempt": [], "nssi": [],
}
_V13_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:想|要|想要|打算|念头|念頭|想过|想過|要不要|想着|想著|考虑|考慮)[^。！？，,]{0,4}(?:轻生|輕生)|(?:轻生|輕生)的?(?:念头|念頭|想法|冲动|衝動)|"
        r"一死了之|(?:结束|結束|了结|了結|了断|了斷)(?:掉)?自己|自我了[断斷结結]",
    ],
    "passive_wish": [
        r"活[着著](?:真|太|好|也|都|真的)?(?:没|沒)(?:有)?(?:意思|意义|意義|盼头|盼頭)|(?:不如|干脆|乾脆)(?:就)?(?:死了|去死|死掉)(?:算了)?|死了算了",
    ],
    "method": [
        r"(?:想|要|打算|准备|準備)(?:去)?(?:跳楼|跳樓|跳河|跳江|跳桥|跳橋|卧轨|臥軌)|想[^。！？，,]{0,8}跳下去|"
        r"(?:想|要|打算)(?:去)?(?:喝|吃)(?:瓶)?(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥)",
    ],
    "plan_preparation": [
        r"(?:密码|密碼|存款|银行卡|銀行卡)[^。！？]{0,12}都(?:写|寫|留|交代|交)(?:给|給)",
    ],
    "intent": [], "recent_attempt": [], "nssi": [],
}
for _c, _ps in _V13_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V13_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-seven (twenty-seventh session, from written probes; docs/quality.md "Risk probes, round
# twenty-seven"): a stomach pumped or waking in intensive care or the emergency department, told in the first
# person (not after drink, food poisoning or of a pet); charcoal with tape (sealing a room or a car), not for a
# barbecue; a pet left to a friend "to look after after me" (tr "benden sonra").
_NOT_DRINK = (r"(?!" + _W + r"{0,60}\b(?:alkohol\w*|alcohol\w*|alcool\w*|wodka|vodka|betrunken|dronken|bebad[oa]|borrach\w*|"
              r"ubriac\w*|ivre|saoul\w*|lebensmittelvergiftung|voedselvergiftiging|intoxica[cç][aã]o alimentar|"
              r"intoxicaci[oó]n alimentaria|intossicazione alimentare|intoxication alimentaire|hund\w*|hond\w*|perro|"
              r"cachorro|cane|chien|katze|kat|gatto|gato|chat)\b)")
_BBQ = (r"(?!" + _W + r"{0,60}\b(?:churrasco|barbacoa|asado|parrilla|barbecue|grill\w*|bbq|braai|mangal|piknik|picknick|"
        r"kamin|chemin[ée]e|po[êe]le|camping|zeichn\w*|dessin|desenho|disegn\w*|"
        r"parrill\w*|churras\w*|grigli\w*|chimenea|lareira|camin\w*|estufa|stufa|asad\w*)\b)")  # review27b: parrillada, lareira
_CHARCOAL = (r"(?:carvão|carvao|carbón|carbon(?! (?:paper|fib\w*|footprint|emissions?|cop(?:y|ies)|neutral\w*|credits?|"
             r"offset\w*|steel|dating|black))|charbon|holzkohle|carbonella|houtskool|wegiel|komur|komuru)")
# (review27b) English "carbon paper", "carbon footprint": no charcoal
# each alternative starts with a long ASCII literal for the guards (no "kömür", "taśma": the literals stop at the
# first letter outside ASCII, and "k" or "ta" would admit almost every turn)
_SEAL_TAPE = (r"(?:fita|cinta|scotch|ruban adhésif|ruban adhesif|gaffer|klebeband|panzertape|nastro|ducttape|"
              r"tasma|tasme|tasmy|bant|bandı|bandi)")
_V27_ASCII: dict[str, list[str]] = {
    "recent_attempt": [
        r"\bmir (?:\w+ ){0,2}(?:den |der )?magen (?:ausgepumpt|ausgesp[üu]lt|leergepumpt)\b" + _NOT_DRINK + "|"
        r"\b(?:auf der intensiv(?:station)?|in der notaufnahme|auf der notaufnahme) (?:wieder )?aufgewacht\b|"
        r"\bmijn maag (?:(?:werd|is) )?(?:leeg|uit)gepompt\b" + _NOT_DRINK + "|"
        r"\bwakker (?:geworden )?op de (?:spoedeisende hulp|seh|eerste hulp|intensive care)\b|"
        r"\bme (?:hicieron|han hecho) un lavado (?:de est[oó]mago|g[aá]strico)\b" + _NOT_DRINK + "|"
        r"\b(?:me )?fizeram(?:-me)? (?:uma )?lavagem (?:no |do |ao )?(?:est[oô]mago|g[aá]strica)\b" + _NOT_DRINK + "|"
        r"\bmi hanno fatto (?:la |una )?lavanda gastrica\b" + _NOT_DRINK + "|"
        r"\bon m'a fait (?:un |le )?lavage d'estomac\b" + _NOT_DRINK,
    ],
    "plan_preparation": [
        r"\b" + _CHARCOAL + r"\b" + _W + r"{0,40}\b" + _SEAL_TAPE + r"\b" + _BBQ + "|"
        r"\b" + _SEAL_TAPE + r"\b" + _W + r"{0,40}\b" + _CHARCOAL + r"\b" + _BBQ,
        # (review27b) not the one who comes after me in a job or a queue ("benden sonra gelen müdür", "nöbeti devralan")
        r"\bbenden sonra\b(?![\s,]{0,3}(?:gelen|devral\w*|s[ıi]radaki|n[öo]bet\w*|vardiya\w*))" + _W + r"{0,40}\b(?:bakmas\w*|baks[ıi]n|ilgilen\w*|sahiplen\w*)" + _EVENT,
    ],
}
_V27_RAW: dict[str, list[str]] = {
    "recent_attempt": [
        r"(?:мне )?промы(?:ва)?ли (?:мне )?желудок(?!" + _W + r"{0,40}(?:алкогол|водк|пьян|отравил\w* (?:грибами|едой)))|очнул\w* в реанимации|"
        r"(?:给我|帮我|我被|我)洗(?:了)?胃(?![^。！？]{0,20}(?:喝酒|酒精|醉|食物中毒))|"
        r"胃洗浄を?(?:され|受け)(?![^。！？]{0,20}(?:お酒|飲み過ぎ|食中毒))",
    ],
    "plan_preparation": [
        r"(?:木炭|炭)[^。！？]{0,12}(?:胶带|胶布|封箱带)(?![^。！？]{0,20}(?:烧烤|烤肉|野餐|火锅))|"
        r"(?:胶带|胶布|封箱带)[^。！？]{0,12}(?:木炭|炭)(?![^。！？]{0,20}(?:烧烤|烤肉|野餐|火锅))",
    ],
}
for _c, _ps in _V27_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V27_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-seven, second pass (riskprobe27b): Russian food refused as a punishment of oneself ("морю себя
# голодом в наказание"); Japanese "死のうとした" (an attempt told: "tried to die"; "死のうと思った" stays ideation).
_V27B_RAW: dict[str, list[str]] = {
    "nssi": [
        r"(?:морю себя голодом|не ем|ничего не ем|голодаю)" + _W + r"{0,40}(?:в наказание|чтобы наказать себя)|"
        r"(?:в наказание|чтобы наказать себя)" + _W + r"{0,40}(?:морю себя голодом|не ем|ничего не ем|голодаю)",
    ],
    "recent_attempt": [
        r"死のうとした(?:けど|が|けれど|ものの|時|とき|こと)",
    ],
}
for _c, _ps in _V27B_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-eight (riskprobe28): Russian "выйти в окно" (to step out of the window: to jump) wished or thought of.
_V28_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:хочу|хочется|хотелось бы|думаю|тянет|мечтаю)" + _W + r"{0,15}(?:выйти в окно|шагнуть (?:в|из) окн[оа]|выпрыгнуть из окна)",
    ],
}
for _c, _ps in _V28_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Twenty-ninth session (riskblind29, from the misses of the blind-written ``risk_valid_v29``; docs/quality.md "A
# blind-written validation file and mends from it"): the general forms of what stage one did not read.
# - an attempt told as veins or wrists cut ("me corté las venas", "cortei os pulsos", "mi sono tagliata le vene", "je
#   me suis ouvert les veines", "mir die Pulsadern aufgeschnitten") and, in Italian, all of one's drops or tablets taken
#   ("ho preso tutte le gocce che avevo"; not as prescribed, not a course of antibiotics);
# - the passive wish that one's eyes not open again or the morning not come "for me" (es pt it fr de nl);
# - tablets put aside or kept back untaken (fr "mis de côté les cachets", it "da parte" / "non prendo le compresse, le
#   nascondo", de "Tabletten gehortet"; not for the pharmacy, a trip or expired ones);
# - Dutch and German ideation with the verb before its subject ("Al weken denk ik elke avond aan zelfmoord", "Seitdem
#   denke ich oft an Suizid") and German self-injury typed without its subject ("ritze mich wieder").
_ERRAND29 = (r"(?!" + _W + r"{0,60}\b(?:pharmacie|pharmacien|p[ée]rim[ée]\w*|rapporter|ramener|voyage|vacances|farmacia|farmacista|"
             r"scadut\w*|riportar\w*|viaggio|vacanz\w*|apotheke\w*|abgelaufen\w*|entsorg\w*|zur[üu]ckbring\w*|urlaub|reise|"
             r"prescri\w*|ordonnance|rezept|"
             # review29: someone else's or for someone else, contraceptives, out of children's reach ("les cachets de ma
             # mère", "le medicine per la nonna", "le pillole anticoncezionali", "damit die Kinder nicht rankommen")
             r"(?:de|du|des|di|della|del|dei|von|f[üu]r|pour|per) (?:\w+ )?(?:m[èe]re|p[èe]re|grand-m[èe]re|nonn[ao]|mamma|madre|"
             r"pap[àa]|padre|mutter|vater|oma|opa|chat|chien|cane|gatto|hund|katze|infirmi\w*|infermier\w*|b[ée]b[ée]|"
             r"bambin\w*|enfants?|kind|kinder|patient\w*|pazient\w*)|anticoncezional\w*|contraccettiv\w*|contracepti\w*|"
             r"antibaby\w*|(?:damit|sodass|so dass) (?:die |meine |unsere )?kinder|pour que (?:les |mes |nos )?(?:enfants|petits)|"
             r"perch[ée] (?:i |i miei )?bambini|hors de (?:la )?port[ée]e|fuori dalla portata)\b)")
_V29_ASCII: dict[str, list[str]] = {
    "recent_attempt": [
        r"\bme (?:cort[ée]|abr[íi]|raj[ée]) (?:las venas|las mu[ñn]ecas|los pulsos)\b|"
        r"\b(?:me cortei|cortei|abri) (?:os (?:meus )?pulsos|as (?:minhas )?veias)\b|"
        r"\bmi sono (?:tagliat[oa]|apert[oa]) (?:le vene|i polsi)\b|"
        r"\bje me suis (?:ouvert|taillad[ée]|coup[ée])e? les (?:veines|poignets)\b|\bj'ai (?:taillad[ée]|ouvert|coup[ée]) mes (?:veines|poignets)\b|"
        r"\b(?:habe|hab) (?:ich )?mir (?:(?!nie\b|nicht\b|niemals\b|noch nie\b)\w+ ){0,2}die pulsadern (?:aufgeschnitten|aufgeschlitzt|aufgeritzt)\b|"
        r"\b(?:mijn polsen|mijn aderen) (?:(?!niet\b|nooit\b)\w+ )?(?:doorgesneden|opengesneden)\b",
        r"\bho (?:preso|ingoiato|mandato gi[ùu]) (?:tutte le|tutti i|una scatola intera di|un'intera scatola di|l'intera scatola di|"
        r"un flacone intero di|l'intero flacone di|un intero flacone di) (?:mie |miei )?(?:gocce|pastiglie|compresse|pillole|"
        r"sonniferi|ansiolitici|antidepressivi|tranquillanti|calmanti)\b"
        r"(?!" + _W + r"{0,60}\b(?:come (?:prescritto|indicato|mi ha)|regolarmente|ogni (?:giorno|sera|mattina)|del ciclo|antibiotic\w*|"
        r"per (?:la|il) (?:febbre|mal di|influenza|dolore|tosse)|"
        # review29: taken in the sense of fetched ("dal cassetto ... e le ho portate"), eye or ear drops
        r"per gli occhi|per le orecchie|per il naso|oculist\w*|collirio|"
        r"da(?:l|lla|ll'|i|gli|lle) (?:cassetto|armadio|mobile|scaffale|mensola|borsa|macchina|comodino|bagno)|"
        r"(?:le|li) ho (?:portat|mess|dat|riportat|restituit|sistemat)\w*)\b)",
    ],
    "passive_wish": [
        r"\b(?:ojal[áa]|quisiera|me gustar[íi]a|espero|pido)\b" + _W + r"{0,50}\b(?:ya no|no|nunca m[áa]s) (?:abriera|abra|abrir|volviera a abrir|"
        r"vuelva a abrir|volver a abrir) (?:m[áa]s )?los ojos\b|"
        r"\b(?:quem dera|tomara|queria|oxal[áa]|espero|rezo)\b" + _W + r"{0,50}\b(?:nunca mais|n[ãa]o|j[áa] n[ãa]o) (?:abrisse|abrir|abra|"
        r"voltasse a abrir|voltar a abrir) (?:mais )?os olhos\b|"
        r"\b(?:spero|vorrei|magari|prego|speravo)\b" + _W + r"{0,50}\bnon (?:riaprire|riaprirli|aprire|riaprissi|aprissi) (?:pi[ùu] )?(?:gli occhi|mai pi[ùu])\b|"
        r"\b(?:spero|vorrei|prego|magari)\b" + _W + r"{0,50}\b(?:domani|il mattino|la mattina|il giorno dopo|l'alba)\b(?: \w+){0,2} non "
        r"(?:arrivi|arrivasse|venga|venisse|sorga|sorgesse) (?:mai pi[ùu] |pi[ùu] )?per me\b(?! (?:il|la|lo|l'|i|le|gli|un|una|uno|nessun\w*)\b)|"
        r"\b(?:ojal[áa]|espero|quisiera)\b" + _W + r"{0,40}\b(?:ma[ñn]ana|el d[íi]a siguiente) no (?:llegue|llegara|amanezca|amaneciera) para m[íi]\b(?! (?:el|la|los|las|un|una|ning\w+)\b)|"
        r"\b(?:tomara|espero|queria|quem dera)\b" + _W + r"{0,40}\b(?:o amanh[ãa]|amanh[ãa]|a manh[ãa]) n[ãa]o (?:chegue|chegasse) (?:pra|para) mim\b(?! (?:o|a|os|as|um|uma|nenhu\w+)\b)|"
        r"\b(?:j'aimerais|je voudrais|j'esp[èe]re|si seulement)\b" + _W + r"{0,50}\bne (?:plus|jamais) (?:jamais )?(?:rouvrir|ouvrir|rouvre|rouvrais) les yeux\b|"
        r"\b(?:hoffe|w[üu]nschte|w[üu]nsche mir|bete)\b" + _W + r"{0,50}\bnie (?:mehr|wieder) die augen (?:aufmache|aufmachen|aufzumachen|[öo]ffne|[öo]ffnen|zu [öo]ffnen)\b|"
        r"\b(?:hoop|wou|wens|zou willen)\b" + _W + r"{0,50}\bmijn ogen nooit meer (?:open ?doe|open ?doen|open te doen|open)\b",
    ],
    "plan_preparation": [
        r"\b(?:mis|mets|mettais|gard[ée]s?|accumul[ée]s?|accumule|stock[ée]s?|stocke) de c[ôo]t[ée] (?:tous |toutes )?(?:les|mes|des) "
        r"(?:cachets|m[ée]docs|m[ée]dicaments|comprim[ée]s|pilules|somnif[èe]res|anxiolytiques)\b" + _ERRAND29 + "|"
        r"\b(?:metto|messo|mettendo|tengo|tenuto|tenendo|conservo|conservato|accumulo|accumulato|accumulando) da parte (?:le |delle |i |dei |"
        r"tutte le |le mie |i miei )?(?:pastiglie|compresse|pillole|gocce|medicine|farmaci|sonniferi)\b" + _ERRAND29 + "|"
        r"\bnon (?:le )?prendo (?:pi[ùu] )?(?:le |i )?(?:mie |miei )?(?:pastiglie|compresse|pillole|gocce|farmaci|sonniferi)\b"
        + _W + r"{0,50}\b(?:le|li) (?:metto da parte|nascondo|accumulo|raccolgo|conservo da parte|tengo da parte|tengo nascost[ei])\b" + _ERRAND29 + "|"
        r"\b(?:tabletten|pillen|schlaftabletten)\b" + _W + r"{0,30}\b(?:beiseite ?gelegt|zur seite gelegt|gehortet|gebunkert)\b" + _ERRAND29,
    ],
    "active_ideation": [
        r"\bdenk ik (?:(?!niet\b|nooit\b|nauwelijks\b|zelden\b)\w+ ){0,4}aan zelfmoord\b|"
        r"\bdenke? ich (?:(?!nicht\b|nie\b|niemals\b|kaum\b|selten\b)\w+ ){0,4}an (?:selbstmord|suizid)\b",
    ],
    "nssi": [
        r"\britze mich\b(?! nicht)|\b(?:schneide|verbrenne) mich (?:schon )?(?:wieder|jeden (?:tag|abend)|st[äa]ndig|heimlich)\b",
    ],
}
for _c, _ps in _V29_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + _ps

# Thirtieth session (riskblind30b, from the misses of the blind-written ``risk_valid_v30_langs``; docs/quality.md
# "riskblind30b (thirtieth session)"): the general forms of what stage one did not read in es pt it fr de nl.
# - one's own skin scratched, bitten or hit till it bleeds or bruises ("Ontem arranhei os braços até sangrar", "mi sono
#   graffiata le braccia fino a sanguinare", "je me suis tapé la tête contre le mur jusqu'à avoir un bleu", "hab mir die
#   Arme aufgekratzt bis es geblutet hat", "me rasguñé los brazos hasta sangrar"); not an itch or a bite scratched
#   (mosquito, eczema, "piqûre", "Mückenstich");
# - the wish not to be there any more (de "am liebsten wär ich einfach nicht mehr da", not "... nicht mehr da in dieser
#   Firma"), nl "het (leven) hoeft voor mij niet meer", "ik wil er niet meer zijn";
# - nl "gedachten over zelfmoord", de "Gedanken an Suizid", it "pensieri di suicidio", es "pensamientos de suicidio";
# - de intent with the subject first: "ich bring mich um" (the inverted "bring ich mich um" was read);
# - an attempt stopped at a bridge's railing, told in the first person ("was al over de reling geklommen", "bin schon
#   über das Geländer geklettert", "j'avais enjambé la rambarde", "ho scavalcato il parapetto"); not for a photo.
# (review30) every branch that opens with ``_ITCH30`` first checks its own opening word ("(?=je me )"): the lookahead
# scans 80 characters, and tried at every position it cost seconds on a 20,000-character turn
_ITCH30 = (r"(?!" + _W + r"{0,80}\b(?:piq[ûu]res?|moustiques?|d[ée]mang\w*|ecz[ée]ma|boutons?|urticaire|zanzar\w*|punture?|prurit\w*|"
           r"eczema|brufol\w*|mosquitos?|picad\w*|pernilongo|coceira|comich[ãa]o|piquetes?|zancudo|ronchas?|m[üu]cken\w*|stiche?|"
           r"juck\w*|neurodermitis|ekzem|pickel|muggen\w*|muggenbult\w*|jeuk\w*)\b)")
_BLOOD30 = (r"\b(?:jusqu'(?:à|a|au) (?:sang|saigner|ce que (?:ça|ca) saigne|avoir (?:un|des) bleus?|me faire (?:saigner|un bleu|des bleus))|au sang|"
            r"fino a (?:sanguinare|far(?:mi)? (?:uscire (?:il )?)?sangue|farmi (?:i |dei |venire i )?lividi|(?:avere|lasciarmi) (?:i |dei )?lividi)|a sangue|"
            r"at[ée] (?:sangrar|sair sangue|fazer sangue|ficar (?:roxo|roxa|com hematomas?|marcad[oa])|deixar (?:marcas|hematomas))|"
            r"hasta (?:sangrar|que (?:me )?sangr\w*|sacarme sangre|hacerme sangre|dejarme (?:moretones|morados|marcas)|quedar(?:me)? (?:morad[oa]|marcad[oa]|con moretones))|"
            r"bis (?:es|sie|ich|alles|das|die haut) (?:\w+ )?(?:blutet\w*|geblutet|blau)|bis aufs blut|blutig)\b")
_V30L_ASCII: dict[str, list[str]] = {
    "nssi": [
        r"\b(?=je me )" + _ITCH30 + r"\bje me (?:suis )?(?:\w+ )?(?:griff|gratt|tap|cogn|frapp|mord|arrach|lac[ée]r|entaill)\w*\b" + _W + r"{0,60}" + _BLOOD30 + "|" +
        r"\b(?=j'ai )" + _ITCH30 + r"\bj'ai (?:griff|gratt|frapp|arrach|lac[ée]r|entaill)\w* (?:mes|ma|mon) (?:bras|jambes?|cuisses?|poignets?|peau|mains?|ventre|visage)\b" + _W + r"{0,40}" + _BLOOD30 + "|" +
        r"\b(?=mi )" + _ITCH30 + r"\bmi (?:sono )?(?:\w+ )?(?:graffi|gratt|picchi|colpi|colpit|mors|morsic|sbatt|pizzic)\w*\b" + _W + r"{0,60}" + _BLOOD30 + "|" +
        r"\b(?=(?:me )?(?:arranh|mord|belisc|esfol|rasgu|ara|rasc|pellizc))" + _ITCH30 + r"\b(?:me )?(?:arranh|mord|belisc|esfol|rasgu[ñn]|ara[ñn]|rasc|pellizc)(?!(?:ou|eu|iu|ó|aram|eram|aron|ieron)\b)\w* (?:os |as |o |a |meus |minhas |meu |minha |los |las |el |la |mis |mi )"
        r"(?:pr[óo]pri[oa]s? |propi[oa]s? )?(?:bra[çc]os?|pernas?|coxas?|pulsos?|pele|m[ãa]os?|barriga|cabe[çc]a|rosto|brazos?|piernas?|muslos?|"
        r"mu[ñn]ecas?|piel|manos?|panza|cabeza|cara)\b" + _W + r"{0,40}" + _BLOOD30 + "|"
        r"\b(?:bati|bato|batia|golpe[ée]|golpeo|me di|me doy) (?:com |de )?(?:a |la )?cabe[çc]a (?:na|contra a|contra la|en la) pared[e]?\b" + _W + r"{0,40}" + _BLOOD30 + "|" +
        r"\b(?=ha[bt])" + _ITCH30 + r"\b(?:hab|habe|hatte) (?:ich )?mir (?:(?!nie\b|nicht\b|niemals\b)\w+ ){0,4}(?:auf|zer)?(?:gekratzt|geschlagen|gebissen|geschrubbt)\b" + _W + r"{0,40}" + _BLOOD30 + "|" +
        r"\b(?=ha[bt])" + _ITCH30 + r"\b(?:hab|habe|hatte) (?:ich )?mir (?:(?!nie\b|nicht\b|niemals\b)\w+ ){0,4}blutig (?:ge)?(?:kratzt|schlagen|gebissen)\b|" +
        r"\b(?=he[bd]|had)" + _ITCH30 + r"\b(?:heb|had) (?:ik )?(?:mezelf|mijn (?:armen|benen|huid|polsen|hoofd)) (?:\w+ ){0,3}(?:gekrabd|gekrast|geslagen|gebeten)\b" + _W + r"{0,40}\btot (?:het|ze|ik) (?:\w+ )?(?:bloedde|bloedden|blauw)\b",
    ],
    "passive_wish": [
        r"\b(?:am liebsten|lieber|w[üu]nschte?|w[üu]nsch(?:e)? mir)\b" + _W + r"{0,30}\b(?:w[äa]r|w[äa]re|sei)\b" + _W + r"{0,20}\bnicht mehr (?:da|hier|am leben)\b(?! (?:in|im|bei|auf|an|zu|f[üu]r)\b)|"
        r"\bnicht mehr (?:da|hier|am leben) (?:sein|w[äa]re)\b" + _W + r"{0,10}\bam liebsten\b|"
        r"\b(?:het leven|het) hoeft (?:voor mij|van mij|me) (?:allemaal |gewoon )?niet meer\b|"
        r"\bhoeft (?:het leven|het) (?:voor mij|van mij|me) (?:allemaal |gewoon )?niet meer\b|"
        r"\b(?:ik (?:wil|zou)|(?:wil|zou) ik) er (?:gewoon |liefst |liever |eigenlijk )?(?:gewoon )?niet meer (?:zijn|willen zijn)\b|\bwas ik er (?:maar )?niet meer\b",
    ],
    "active_ideation": [
        r"(?<!geen )(?<!geen enkele )(?<!nooit )\b(?:gedachten|gedachtes|gedachte) (?:over|aan) (?:zelfmoord|zelfdoding|su[ïi]cide)\b|"
        r"\bgedanken (?:an|über|ueber) (?:selbstmord|suizid)\b|\bpensieri (?:di suicidio|suicidi|di farla finita|di uccidermi|di ammazzarmi)\b|"
        r"\bpensamientos (?:de suicidio|de quitarme la vida|de matarme)\b|\bideas suicidas\b",
    ],
    "intent": [
        r"\bich bring(?:e|')? mich (?:(?!nicht\b|nie\b|niemals\b)\w+ ){0,2}um\b(?! (?:den|meinen|meine|die|das) (?:verstand|schlaf|nerven|ruhe|job|existenz|geld)\b)",
    ],
    "recent_attempt": [
        r"\b(?:was|ben) (?:ik )?(?:al |toen |net |zelfs )?over de (?:reling|balustrade|leuning) (?:van (?:de|het) \w+ )?(?:ge)?klommen\b|"
        r"\b(?:bin|war) (?:ich )?(?:schon |bereits )?(?:über|auf) (?:das|ein) (?:br[üu]cken)?gel[äa]nder (?:ge)?klettert\b|"
        r"\bj'(?:ai|avais) (?:d[ée]j[àa] )?enjamb[ée] (?:la rambarde|le parapet|la balustrade|le garde-corps)\b|"
        r"\b(?:ho|avevo) (?:gi[àa] )?scavalcato (?:la ringhiera|il parapetto|la balaustra)\b|"
        r"\b(?:me (?:sub[íi]|pas[ée]|trep[ée])|salt[ée]) (?:al otro lado de )?(?:el |la |al )?(?:barandal|baranda|barandilla|pretil) del (?:puente|edificio|balc[óo]n)\b|"
        r"\b(?:pulei|passei|subi|trepei) (?:o |a |no |na |para o outro lado d[oa] )?(?:parapeito|grade|guarda-corpo|mureta) d[ao] (?:ponte|viaduto|pr[ée]dio|varanda)\b",
    ],
}
_SIGHT30 = (r"(?!" + _W + r"{0,60}\b(?:foto\w*|photo\w*|selfie\w*|bild\w*|uitzicht|vista|vue|aussicht|kat|chat|gatto|gato|katze|bal|ballon|ball|palla|pelota|bola)\b)")
_V30L_ASCII["recent_attempt"] = ["(?:" + p + ")" + _SIGHT30 for p in _V30L_ASCII["recent_attempt"]]
for _c, _ps in _V30L_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + _ps

# Thirty-first session (riskblind31b, blind file ``risk_valid_v31_langs``): forms its ten languages missed, each in its
# general form. Passive wishes said as a conditional or a wish in a long everyday message (de "ich will einfach nicht mehr
# sein", "wenn ich weg wäre, würde es keinem auffallen"; pl the masculine "jakbym zniknął"; pt "seria melhor sumir", "não
# existir mais"; es "sería un alivio no estar"; ko "내일 아침이 안 왔으면", "이렇게 사는 게 무슨 의미"; Arabizi "ya retni mish
# mawjoud", "law ma fi2et ... ahsan"); Arabizi ideation, a jump from a height, an attempt ("7awalet ente7er") and the
# farewell "thanks for everything ... forgive me" (also in Arabic script); a dose of a named medicine looked up and
# boxes bought in several pharmacies (es pt fr de pl); three acts of settling one's affairs in one turn (a will, an
# account or a flat given notice, passwords left for a relative, a pet rehomed, bills paid ahead, things given away;
# never when the turn tells of a move); a rope bought (pl; not for climbing, washing, a boat or a dog); a place one
# does not come back from (es pt fr de); French "j'ai fait une TS" and a box swallowed.
_V31L_NOMOVE = (r"(?![\s\S]*\b(?:umzug|umziehen|ziehen? (?:nach|um)|auswander\w*|neue wohnung|emigr\w*|mudan[çc]a|me mudo|vou me mudar|"
                r"d[ée]m[ée]nag\w*|nuevo piso|nueva casa|me mudo|mudarme|nos mudamos|expat\w*|erasmus)\b)")
_V31L_SETTLE = (r"(?:(?:mein|meinen|ein|mon|un|mi|meu|um|m[óo]j|sw[óo]j) testament[oa]?|testament (?:gemacht|geschrieben|aufgesetzt|u notariusza)|spisa[łl]\w* testament|(?:hice|fiz|j'ai fait|j'ai r[ée]dig[ée]) (?:mi |meu |mon |un |um |el |o |le )?testament[oa]?|(?:wohnung|konten|konto|vertr[äa]ge|handyvertrag|abos?) (?:\w+ )?gek[üu]ndigt|"
                r"passw[öo]rter|zugangsdaten|(?:katze|hund|kater) (?:zu|bei) \w+ \w+ (?:gebracht|abgegeben)|sachen verschenkt|"
                r"rechnungen (?:\w+ )?(?:im voraus |vorab )?bezahlt|"
                r"has[łl]a do kont|op[łl]aci[łl]\w* (?:wszystkie )?rachunki|rozdaj[ęe] rzeczy|rozda[łl]\w* (?:swoje |wszystkie )?rzeczy|"
                r"ogarn[ęe][łl]\w* (?:wszystkie )?papiery|psa odda[łl]\w*|"
                r"contrase[ñn]as|papeleo del banco|(?:me di|me he dado) de baja|regal[ée] (?:la|el|mi|mis) \w+|dej[ée] (?:todo )?(?:ordenado|arreglado)|"
                r"senhas (?:anotadas|escritas)|paguei (?:todas )?as contas|doei (?:as|minhas|todas as) roupas|dei (?:o )?meu \w+ pr[oa]|"
                r"donn[ée] mes affaires|rendu les cl[ée]s|tout r[ée]gl[ée]|mots de passe|r[ée]sili[ée] (?:mon|mes|le|les) \w+)")
_V31L_MED = (r"(?:pastillas|comprimidos|pastis|paracetamol|ibuprofeno|clonazepam|diazepam|rivotril|orfidal|rem[ée]dios|dipirona|"
             r"doliprane|cachets|m[ée]dicaments|somnif[èe]res|tabletten|schlaftabletten|tabletek|tabletki|leki|lek[óo]w)")
_V31L_ASCII: dict[str, list[str]] = {
    "passive_wish": [
        r"\bich (?:will|m[öo]chte|wollte) (?:einfach |eigentlich |gar |nur |halt )*nicht mehr (?:sein|existieren|leben)(?=\s*(?:[.,!?;:]|$))",
        r"\bwenn ich (?:einfach |pl[öo]tzlich |nicht mehr )?(?:weg|verschwunden|tot) w[äa]re?\b" + _W + r"{0,40}\b(?:keinem|niemandem|keiner|niemand|besser|auff?allen|merken|vermissen)\b",
        r"\b(?:gdybym|jakbym|jak bym) (?:po prostu |nagle )?znikn[ąa][łl]\b(?!\s+(?:na|z|ze|do)\b)",
        r"\b(?:seria|era|ia ser) (?:bem |muito )?melhor (?:eu )?(?:sumir|desaparecer|n[ãa]o existir|morrer)\b(?!\s+(?:daqui|dali|com|antes|por|pra|para|de casa)\b)|"
        r"\b(?:queria |quero |vontade de )?n[ãa]o existir mais\b",
        r"\bser[ií]a (?:mejor|un alivio|m[aá]s f[aá]cil) (?:no estar|desaparecer|no existir|no despertar(?:me)?)\b(?!\s+(?:de|del|en|por|un rato|hoy|ma[ñn]ana)\b)",
        r"\b(?:ya ?ret(?:ni)?|ya ?reit(?:ni)?|ya rait(?:ni)?)\b(?:\s+\S+){0,2}?\s+(?:mish|mesh|mush|msh|ma) (?:mawjoud|mawjouda|mawjud|mawjoude|3aysh|3aysha|3ayesh|3ayshe|5ele2t|khle2t)\b",
        r"\b(?:law|iza|eza) ma (?:fi2(?:et|t)|fe2(?:et|t)|as7(?:et|t)|ase7t)\b" + _W + r"{0,25}\b(?:ahsan|a7san|arya7|arta7|a7la)\b",
    ],
    "active_ideation": [
        r"\b(?:bfakker|bfakkir|bfakar|afakker|afakar|3am fakker|3ambfakker|fakkart)\b(?:\s+\S+){0,2}?\s+(?:b(?:el|il) ?)?"
        r"(?:ente7er|ent7er|inte7er|2ente7er|inti7ar|enti7ar|ente7ar|a2tol 7ali|2e2tol 7ali|2o2tol 7ali|o2tol 7ali)\b",
    ],
    "method": [
        r"\b(?:balcon|balkon|balkoon|shebbak|shabbak|sat7|jiser|jisr|binaye|roof)\b" + _W + r"{0,40}\b(?:a2fez|e2fez|ne2ez)\b|"
        r"\b(?:a2fez|e2fez)\b" + _W + r"{0,20}\b(?:men|min|3an) (?:el |al )?(?:balcon|balkon|shebbak|shabbak|sat7|jiser|jisr|binaye|roof)\b",
    ],
    "recent_attempt": [
        r"\b(?:7awal(?:e)?t|jarrabt|jarrabet)\b(?:\s+\S+){0,2}?\s+(?:ente7er|ent7er|inte7er|2ente7er|a2tol 7ali|2e2tol 7ali|2o2tol 7ali|o2tol 7ali)\b",
        r"\bj'?ai fait une (?:ts\b|tentative de suicide\b|tentative\b(?!\s+(?:de|d'|pour|avec|sur)\b))|"
        r"\b(?:j'?ai )?aval[ée] (?:toute |toutes )?(?:ma|la|une|mes) (?:bo[îi]te|plaquette)\b(?!\s+de (?!m[ée]dic|cachets|comprim|somnif|doliprane|xanax|lexomil|anxio))",
    ],
    "plan_preparation": [
        r"\b(?:shukran|merci|thanks)\s+(?:\S+\s+){0,2}?(?:3ala|3a) (?:kel|kol|kell) (?:shi|she)\b" + _W + r"{0,40}\b(?:sam7ouni|sam7oni|sam7ooni|sam7ini|sam7oune)\b",
        # a named medicine's amount looked up
        r"\b(?:averigu\w*|busqu\w*|investig\w*|googl\w*|pesquis\w*|procur\w*|cherch\w*|regard[ée]|recherch\w*|gegoogel\w*|recherchiert|nachgeschaut|sprawdza\w*|szuka\w*)\b"
        + _W + r"{0,40}\b(?:cu[aá]nt[oa]s|quant[oa]s|combien|wie viele|ile)\b" + _W + r"{0,30}\b" + _V31L_MED + r"\b" + _W + r"{0,30}"
        r"\b(?:hacen falta|se necesitan|har[ií]an falta|bastan|bastar[ií]an|matan|precisa|s[ãa]o necess[áa]rios|matam|faut|il faudrait|suffisent|braucht|reichen|t[öo]dlich|trzeba|zabij\w*)\b"
        r"(?!\s+(?:para|pour|f[üu]r|na|dla) (?:bajar|el dolor|la fiebre|baixar|a febre|a dor|la fi[èe]vre|la douleur|das fieber|die schmerzen|gor[ąa]czk\w*|b[óo]l)\b)",
        # boxes of a medicine bought in several pharmacies (not in a shortage)
        r"\b(?:comprando|compr[ée]|juntando|comprei|juntei|ach[èe]t\w*|gekauft|besorgt|kupuj[ęe]|kupi[łl]\w*)\b" + _W + r"{0,30}\b(?:cajas|cajitas|caixas|bo[îi]tes|packungen|opakowania|" + _V31L_MED + r")\b"
        + _W + r"{0,30}\b(?:en (?:varias|distintas|diferentes) farmacias|em (?:v[áa]rias|diferentes) farm[áa]cias|(?:un peu )?dans (?:chaque|plusieurs|diff[ée]rentes) pharmacies?|in (?:mehreren|verschiedenen) apotheken|w (?:kilku|r[óo][żz]nych) aptekach|po aptekach)\b"
        r"(?!" + _W + r"{0,40}\b(?:agotad\w*|esgotad\w*|rupture|ausverkauft|brak\w*|sin stock|no hab[ií]a|n[ãa]o tinha)\b)",
        # three acts of settling one's affairs in one turn, never in a turn that tells of a move
        # (three different acts: the same one said three times is not three)
        r"^" + _V31L_NOMOVE + r"[\s\S]*?\b(?P<s31u1>" + _V31L_SETTLE + r")(?=[\s\S]*?\b(?!(?P=s31u1))(?P<s31u2>" + _V31L_SETTLE
        + r")[\s\S]*?\b(?!(?P=s31u1)|(?P=s31u2))" + _V31L_SETTLE + r")",
        # a rope bought (not for climbing, washing, a boat, a tent or a dog)
        r"\bkupi[łl](?:a|e)?m\b(?:\s+\S+){0,2}?\s+lin[ęe]\b(?!" + _W + r"{0,40}(?:wspinacz|pran|susz|holow|[żz]agl|jacht|ps[ay]|smycz|namiot|[łl][óo]d|ogr[óo]d|bielizn))",
    ],
    "intent": [
        # a place one does not come back from (not "the same": a trip one comes back changed from)
        r"\b(?:a un (?:sitio|lugar)|pra um lugar|para um lugar|(?:dans )?un endroit|an einen ort)\b" + _W + r"{0,10}\b(?:del que no se vuelve|de onde n[ãa]o se volta|d'o[ùu] (?:l'on |on )?ne revient pas|von dem man nicht zur[üu]ckkommt)\b"
        r"(?!\s+(?:igual|siendo|el mismo|la misma|o mesmo|a mesma|pareil|le m[êe]me|la m[êe]me|derselbe|dieselbe)\b)",
    ],
}
_V31L_RAW: dict[str, list[str]] = {
    "passive_wish": [
        r"(?:내일|아침|내일\s?아침)(?:이|은|도)?\s?(?:그냥\s?|영영\s?|다시는\s?)?(?:안\s?왔으면|오지\s?않았으면)(?![^.!?\n]{0,20}(?:시험|출근|월요일|발표|면접|회사|학교|마감))|"
        r"(?:이렇게|이런\s?식으로)?\s?사는\s?(?:게|것이|거)\s?(?:무슨|뭔)\s?의미",
    ],
    "plan_preparation": [
        r"(?:شكرا|شكراً)\s(?:\S+\s){0,1}?(?:على|ع)\s?(?:كل|كلشي)[^.!?\n]{0,40}(?:سامحوني|سامحيني|سامحني)",
    ],
}
for _c, _ps in _V31L_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V31L_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-third session (riskblind33, blind file ``risk_valid_v33_langs``): active ideation in the words the file showed
# missing: French "me supprimer / me flinguer / me buter / m'ôter la vie / me foutre en l'air" after a first-person
# thought or wish ("je pense à", "envie de", "je veux", "l'idée de"; not "il veut me buter", "supprimez-moi de la
# liste"), Dutch suicidal thoughts had ("ik heb zelfmoordgedachten") and a thought or urge to kill oneself ("ik speel met
# de gedachte om zelfmoord te plegen"), not being there any more "by my own hand" in Dutch, Spanish "terminar con mi
# vida", Portuguese "pôr fim à minha vida", Italian "il pensiero / l'idea di ammazzarmi", Arabic thoughts of killing
# oneself ("أفكار عن قتل نفسي"); self-injury: a relapse after days without it (fr "sans me scarifier ... rechuté", nl
# "clean van snijden ... weer mis", es "sin hacerme daño ... recaí"), a first-person bite, scratch, hit or hair pulled
# "to feel the pain / to punish myself" (fr "pour avoir mal", nl "om de pijn te voelen", "tot het pijn doet", it "per
# sentire dolore"), long sleeves to hide what one does to one's arms (fr), Italian "mi prendo a pugni", Japanese one's own
# arm or hand bitten, burnt, cut or hit ("自分の腕を噛んだり", "タバコで自分の手を焼いた"; not with cooking or an accident:
# ``_IDIOM``).
_V33_THINK_FR = r"(?:pens\w*|song\w*|envie|veux|voudrais|id[ée]es?|tent[ée]e?|r[êe]ve)"
_V33_KILL_FR = r"(?:me supprimer|me flinguer|me buter|m'[ôo]ter la vie|me foutre en l'air)"
_V33_ITCH = r"(?!" + _W + r"{0,80}\b(?:mug\w*|jeuk\w*|eczeem|bult\w*|beten|uitslag|moustique\w*|piq[ûu]re\w*|d[ée]mang\w*|ecz[ée]ma|zanzar\w*|prurit\w*)\b)"
_V33_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b" + _V33_THINK_FR + r"\b(?: (?!pas\b|jamais\b)\w+){0,4}? (?:de |d'|[àa] )?" + _V33_KILL_FR + r"\b",
        r"\b(?:ik heb|heb ik|ik had|had ik|ik kamp met|last van)\b(?: (?!geen\b|nooit\b|niet\b)[\w']+){0,4}? (?:zelfmoordgedachten|zelfmoordgedachtes|"
        r"su[iï]cidale gedachten|su[iï]cidegedachten)\b",
        r"\b(?:gedachte|gedachtes|gedachten|idee|neiging|drang)\b(?: \w+){0,2}? om (?:zelfmoord te plegen|mezelf (?:van kant te maken|"
        r"om te brengen|dood te maken|te doden)|een eind(?:e)? aan mijn (?:eigen )?leven te maken|(?:zelf )?uit het leven te stappen)\b",
        r"\b(?:(?:om )?er (?:\w+ ){0,2}?)?(?:niet meer (?:te )?(?:zijn|bestaan|leven)|dood (?:te )?(?:gaan|zijn)|sterven)\b" + _W + r"{0,40}\bdoor (?:mijn|m'n|mn) (?:eigen )?hand\b",
        r"\b(?:terminar|acabar) con mi (?:propia )?vida\b|\bponer(?:le)? fin a mi (?:propia )?vida\b",
        r"\b(?:p[ôo]r|dar) fim [àa] (?:minha )?(?:pr[óo]pria )?vida\b|\bacabar com a minha (?:pr[óo]pria )?vida\b",
        r"\b(?:pensiero|pensieri|idea|idee|voglia|tentazione|penso|pensato|voglio|vorrei)\b(?: \w+){0,2}? (?:di )?(?:ammazzarmi|suicidarmi)\b",
    ],
    "nssi": [
        r"\b(?:sans|pas) (?:me )?(?:scarifier|couper|mutiler|faire (?:de|du) mal|blesser)\b" + _W + r"{0,60}\b(?:rechut\w*|recommenc\w*|craqu[ée]\w*)",
        r"\bclean (?:van|met|zonder) (?:snijden|krassen|zelfbeschadiging|automutilatie|mezelf pijn doen)\b" + _W + r"{0,60}"
        r"\b(?:weer mis|terugval|teruggevallen|opnieuw|weer gedaan|weer begonnen|toch weer)\b",
        r"\bsin (?:hacerme da[ñn]o|cortarme|lastimarme|autolesionarme)\b" + _W + r"{0,60}\b(?:reca[íi]\w*|volv[íi] a (?:hacerlo|cortarme|hacerme)|"
        r"otra vez|de nuevo)",
        r"\b(?:je |j)?m(?:e |')(?:mords|griffe|gratte|frappe|tape|pince|cogne|arrache)\b" + _V33_ITCH + _W + r"{0,60}\bpour (?:avoir mal|me faire mal|"
        r"sentir (?:la douleur|quelque chose|qqch|qqc|un truc|de la douleur)|ressentir|me punir)",
        r"\bmanches longues\b" + _W + r"{0,80}\bcacher\b" + _W + r"{0,40}\b(?:mes cicatrices|mes coupures|ce que je me fais|les marques que je me)",
        r"\bik (?:bijt|knijp|krab|sla|trek|stomp) (?:[\w']+ ){0,4}?(?:mezelf|mijn|mn|m'n|me)\b" + _V33_ITCH + _W + r"{0,60}"
        r"\b(?:om (?:de )?pijn te voelen|tot het pijn doet|om mezelf te straffen|expres om)",
        r"\bmi (?:prendo|sono pres[oa]|prenderei) a (?:pugni|schiaffi|testate)\b",
        r"\bmi mordo (?:le |la |il |i )?(?:mani|mano|braccia|braccio|polsi|dita|labbra)\b" + _W + r"{0,60}\b(?:per sentire|fino a (?:sanguinare|"
        r"lasciare i segni|farmi male)|per punirmi)",
    ],
}
_V33_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:أفكر|افكر|أفكار|افكار|فكرة|بفكر|تراودني)" + _W + r"{0,20}(?:في |ب|عن |حول )?(?:قتل نفسي|أقتل نفسي|اقتل نفسي|إنهاء حياتي|انهاء حياتي)",
    ],
    "nssi": [
        r"自分の(?:腕|手|足|脚|太もも|手首|体|身体|指)を"
        r"(?:噛|かん|焼|切|引っか|ひっか|殴|叩|たた|傷つけ|つね)",
    ],
}
for _c, _ps in _V33_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V33_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-fourth session (riskblind34c, blind file ``risk_valid_v34c``: French of France, Belgium, Switzerland, Quebec
# and West Africa, Chinese simplified, traditional and written Cantonese, Thai): active ideation "by my own hand"
# ("partir par moi-même", "mettre un terme à tout ça moi-même", "en terminer avec ma vie"; not "ma vie de
# célibataire"), an impersonal "is it normal to want to kill oneself" answered "moi si / moi j'y pense"; method asked as
# a question (painless with a whole box or all the tablets, high enough or a dose "pour ne pas se rater"; not "pour ne
# pas se rater" of two people meeting); a passive wish in religious words ("que Dieu me prenne", "le Seigneur me
# rappelle à Lui"; not "me prenne en pitié", "me rappelle que") and a crash hoped for ("j'espère que l'avion
# s'écrase"; not "ne s'écrase pas"); preparation: tablets counted or set aside and hidden (not for a trip, a pill box or
# a refill), letters for one's family with "the rest is settled / everything is ready"; an attempt interrupted on the
# edge of a bridge or a roof ("un gars m'a tirée de là"); intent "cette fois je ne vais pas me rater". Chinese:
# always thinking of suicide ("总想着自杀"), Cantonese 諗住 / 諗緊 and "自己了結" (not a matter settled: "自己了结这件事"),
# 亲手结束, 紫砂的念头; method questions (烧炭 painless or "like falling asleep", a floor "跳落去會唔會好快", 冲下山崖;
# not the 跳楼机 ride), a fatal illness wished for, "只盼着早点走，早点解脱"; which train does not stop (not a direct
# train chosen for a trip), an insurance beneficiary changed "自杀也可以赔"; a cigarette burn "辣自己" (Cantonese), pinching
# oneself "掐到发紫", cutting again after stopping ("戒了两个月又开始割了"). Thai: "will all the tablets kill me" and a
# thought of jumping from a building.
_V34C_PILLS_FR = r"(?:comprim[ée]s?|cachets|pilules|somnif[èe]res|m[ée]docs?|m[ée]dicaments)"
_V34C_FAMILY_FR = (r"(?:fille|fils|m[èe]re|p[èe]re|fr[èe]re|s[œo]e?ur|femme|mari|enfants|parents|famille|proches|"
                   r"petits?-enfants|copine|copain|ch[ée]ri\w*)")
_V34C_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b(?:partir|m'en aller|dispara[îi]tre|en finir|mourir) (?:par moi-m[êe]me|de ma (?:propre )?main)\b|"
        r"\bmettre (?:un terme|fin) [àa] tout(?: [çc]a| cela)? (?:moi-m[êe]me|par moi-m[êe]me|de ma (?:propre )?main)\b|"
        r"\ben terminer avec (?:ma vie|mon existence)\b(?! (?:de|d')\w*)",
        r"\b(?:normal|cens[ée]e?s?|on|c'est|est-ce que)\b[^.!;\n]{0,30}\b(?:vouloir|envie de|penser [àa]) se (?:tuer|suicider|"
        r"foutre en l'air|supprimer|donner la mort)\b[^.!;\n]{0,40}?\bmoi(?: aussi| si| oui|,? j'y pense|,? je (?:le )?veux)\b",
    ],
    "method": [
        r"\b(?:indolore|sans douleur|sans souffrir|sans avoir mal)\b[^.!;\n]{0,50}\b(?:toute (?:une|la) (?:bo[îi]te|plaquette)|"
        r"tout (?:le|un) (?:tube|flacon)|tous (?:mes|les) " + _V34C_PILLS_FR + r")|"
        r"\b(?:toute (?:une|la) (?:bo[îi]te|plaquette)|tout (?:le|un) (?:tube|flacon)|tous (?:mes|les) " + _V34C_PILLS_FR + r")"
        r"[^.!;\n]{0,50}\b(?:indolore|sans douleur|sans souffrir)\b",
        r"\b(?:haut|hauteur|m[èe]tres|[ée]tages?|dose|profond\w*|" + _V34C_PILLS_FR[3:-1] + r")\b[^.!;\n]{0,40}\bpour (?:ne )?pas (?:se|me) "
        r"(?:rater|louper)\b",
    ],
    "passive_wish": [
        r"\b(?:dieu|le seigneur|le bon dieu|allah|j[ée]sus) (?:me prenne|vienne me (?:chercher|prendre)|me reprenne|"
        r"me rappelle (?:[àa] lui|aupr[èe]s de lui))\b(?! (?:en piti[ée]|sous sa|dans (?:sa|ses)|en sa)\b)",
        r"\b(?:j'esp[èe]re|pourvu|je souhaite|j'aimerais|si seulement) (?:que |qu')?(?:l'avion|le train|le bus|la voiture|le car) "
        r"(?:s'[ée]crase|d[ée]raille|se crashe)\b",
    ],
    "plan_preparation": [
        r"\b(?:compt[ée]|mis de c[ôo]t[ée]|gard[ée]|cach[ée]|planqu[ée])\w* (?:les |mes |tous (?:les |mes ))?" + _V34C_PILLS_FR +
        r"(?![^\n]{0,160}\b(?:voyage|pilulier|semainier|vacances|ordonnance|renouvel\w*|pharmacie)\b)"
        r"[^\n]{0,120}?\b(?:cach[ée]s?|planqu[ée]s?|derri[èe]re|[àa] part|au fond)\b",
        r"\b(?:lettres?|mots?|messages?) (?:pour|[àa]) (?:ma |mon |mes )" + _V34C_FAMILY_FR + r"\b[^\n]{0,120}?"
        r"\b(?:le reste est r[ée]gl[ée]|tout est (?:r[ée]gl[ée]|pr[êe]t)(?! pour)|tout est en ordre)\b",
    ],
    "recent_attempt": [
        r"\b(?:sur le (?:bord|rebord)|au bord|sur la rambarde|de l'autre c[ôo]t[ée] de la (?:rambarde|barri[èe]re)) "
        r"(?:du |de la |d'un |d'une |de mon |de l')?(?:pont|toit|falaise|balcon|quai|fen[êe]tre|viaduc|immeuble)\b[^\n]{0,80}?"
        r"\b(?:m'a (?:tir[ée]e?|retenue?|rattrap[ée]e?|ramen[ée]e?|fait descendre)|on m'a (?:tir[ée]e?|retenue?|rattrap[ée]e?))",
    ],
    "intent": [
        r"\b(?:cette fois|la prochaine fois|ce coup-ci|cette fois-ci)\b[^.!?;\n]{0,20}\b(?:je )?(?:ne )?vais pas me (?:rater|louper)\b",
    ],
}
_V34C_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:想[着著]|在想|老想|總想|总想|諗住|諗緊|諗過)(?:要|去)?(?:自杀|自殺|轻生|輕生)|諗(?:住|緊|過)(?:要|去)?(?:死|自己了[结結断斷])|"
        r"自己了[结結断斷](?![^。！？，]{0,2}(?:这|這|此|那|的|案|事))|(?:亲手|親手)(?:结束|結束|了结|了結|了断|了斷)(?:这一切|這一切|自己|我的生命|生命|一切)|"
        r"紫砂的?(?:念头|念頭|想法|冲动|衝動)",
    ],
    "method": [
        r"(?:烧炭|燒炭|跳楼(?!机)|跳樓(?!機)|割腕|上吊|吃安眠药|吃安眠藥|卧轨|臥軌)[^。！？]{0,12}(?:没有痛苦|沒有痛苦|痛不痛|疼不疼|会不会痛|會不會痛|"
        r"像睡着|像睡著|快不快)",
        r"(?:从|從|由)(?:顶楼|頂樓|天台|楼顶|樓頂|\d+楼|\d+樓|[一二三四五六七八九十廿]+楼|[一二三四五六七八九十廿]+樓)(?:跳)?(?:下去|落去)"
        r"[^。！？]{0,14}(?:死|活下来|活下來|意外|没救|沒救|會唔會|会不会|會不會|好快|快不快)",
        r"想[^。！？，]{0,6}(?:冲|衝)(?:下|出|进|進)(?:山崖|悬崖|懸崖|河里|河裡|海里|海裡|江里|江裡|桥|橋)",
        r"(?:กินยา|ยา)\S{0,20}?(?:จะตายไหม|ตายไหม|ตายมั้ย|จะตายมั้ย)|(?:คิด|อยาก)(?:จะ)?\S{0,6}?กระโดด(?:ตึก|สะพาน|จากตึก|ลงจากตึก|จากชั้น|ลงจากชั้น)",
    ],
    "passive_wish": [
        r"(?:盼[着著]|只盼|巴不得|但愿|但願|希望|只想)(?:能)?(?:早点|早點|早日|快点|快點)(?:死|走了?[，,]?\s*(?:早点|早點)?解[脱脫]|解[脱脫]|去见|去見)",
        r"(?:得个|得個|得了?|生个|生個|患上)[^。！？，]{0,4}(?:绝症|絕症|癌症|重病|大病)[^。！？]{0,4}死(?:了|掉)?[^。！？]{0,6}(?:也挺好|也好|就好了|多好|也不错|也不錯)",
    ],
    "plan_preparation": [
        r"(?:查|睇|看)(?:了|咗|過|过)?[^。！？]{0,8}(?:边班|邊班|哪班|哪趟|哪一班|哪一趟)[^。！？]{0,12}(?:不停|唔停)"
        r"(?![^。！？]{0,20}(?:直达|直達|赶|趕|上班|回家|车票|車票|买票|買票))",
        r"受益人[^。！？]{0,12}(?:改成|改为|改為|改了)[^。！？]{0,40}(?:自杀|自殺|不在了|走了以后|走了以後)",
    ],
    "nssi": [
        r"(?:烟头|煙頭|烟蒂|煙蒂|打火机|打火機)[^。！？，]{0,4}(?:辣|烫|燙|烧|燒|灼)(?:自己|伤自己|傷自己)",
        r"(?:掐|捏|打|抓)自己[^。！？]{0,10}(?:掐到|捏到|打到|抓到)(?:发紫|發紫|流血|出血|淤青|瘀青|青紫|破皮)",
        r"(?:戒了|停了|忍了|没割|沒割|没有割|沒有割)[^。！？]{0,10}(?:又|再)(?:开始|開始)?(?:割|划|劃|自残|自殘)(?:了|手|自己)",
    ],
}
for _c, _ps in _V34C_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V34C_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-fourth session (riskblind34, blind file ``risk_valid_v34_langs``, French and Chinese first): what the file showed
# missing, in each language's wording family and its neighbours'. Active ideation: ending it "with myself" (fr "en finir
# avec moi-même", es "acabar conmigo mismo", pt "acabar comigo mesmo", it "farla finita con me stesso"; not "en finir
# avec moi", a partner ending things). Method: lying down on or throwing oneself under the rails or a train (fr "m'allonger
# sur les rails", es "tirarme a las vías", pt "deitar nos trilhos", it "buttarmi sotto il treno", de "mich vor den Zug
# werfen", nl "voor de trein springen"); how many tablets it takes to die or not wake up (fr es pt it de; not "la nuit":
# waking at night). Plan and preparation: a rope and then a place picked out (fr es pt it; not with climbing, a tent, the
# washing or a move), a bridge's height looked up with the hours nobody is there (fr es pt it), things given away or
# notice given "after that I won't need anything" (de fr es pt it), everything left in order "so nobody has work after"
# (pt es it fr; not "after the party"). Passive wish: wishing a car would run one over (pt; es and fr had it).
_V34_ROPE_NOT = (r"(?!" + _W + r"{0,60}\b(?:escalade|grimpe|tente|camping|linge|bateau|voile|d[ée]m[ée]nag\w*|escalar|escalada|"
                 r"tendedero|acampar|barraca|varal|arrampica\w*|tenda|stendere|bucato|mudan[çc]a|trasloco)\b)")
_V34_NOBODY = (r"(?:(?:heures?|moment|horaires?) o[uù] (?:il )?(?:n')?y a(?:ura)? personne|quand (?:il )?(?:n')?y a(?:ura)? personne|"
               r"cuando no hay nadie|a (?:la|qu[ée]) hora no hay nadie|quando n[ãa]o (?:tem|h[áa]) ningu[ée]m|"
               r"quando non c'[èe] nessuno|quando nessuno (?:passa|c'[èe]))")
# a move, emigrating or a smaller flat after it in the sentence: things given away for that are no goodbye (read within the
# sentence, at most 160 characters: a lookahead over the whole turn at each verb was quadratic on a long turn)
_V34_NOMOVE = (r"(?!" + _W + r"{0,160}\b(?:umzug|umziehen|ziehen? (?:nach|um)|auswander\w*|neue wohnung|emigr\w*|mudan[çc]a|me mudo|vou me mudar|"
               r"d[ée]m[ée]nag\w*|nuevo piso|nueva casa|mudarme|nos mudamos|expat\w*|erasmus|trasloc\w*|trasferisc\w*|verhuiz\w*)\b)")
_V34_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        # a first-person thought or wish "to end it" ("je pense à en finir tous les soirs", "l'envie d'en finir"; a thing ended
        # after it is the round-twenty-eight idiom, ``_WITH_OBJECT28``; "jamais pensé à en finir" is a negation)
        r"\b" + _V33_THINK_FR + r"\b(?: (?!pas\b|jamais\b|plus\b)[\w']+){0,3}? (?:de |d'|[àa] )en finir\b",
        r"\ben finir avec moi-?m[êe]me\b|\bacabar conmigo mism[oa]\b|\bacabar comigo mesm[oa]\b|\bfarla finita con me stess[oa]\b",
    ],
    "method": [
        r"\bm(?:e |')(?:allonger|coucher|jeter|mettre|lancer)\b(?: \w+){0,2}? (?:sur|sous|devant) (?:les rails|la voie|les voies|le train|un train|"
        r"le m[ée]tro|le tgv|le rer)\b",
        r"\b(?:tirarme|echarme|acostarme|tumbarme|lanzarme|botarme)\b(?: \w+){0,2}? (?:a|en|sobre|bajo|delante de|frente a) (?:las v[ií]as|el tren|"
        r"un tren|el metro)\b",
        r"\b(?:me (?:jogar|atirar|deitar)|deitar-me|atirar-me|jogar-me)\b(?: \w+){0,2}? (?:na frente d[oe]|nos|sobre os|debaixo d[oe]|no|para a) "
        r"(?:trem|trilhos|metr[ôo]|comboio|linha)\b",
        r"\b(?:buttarmi|sdraiarmi|stendermi|lanciarmi|gettarmi)\b(?: \w+){0,2}? (?:sotto (?:il|un)|sui|davanti al|sul) (?:treno|binari|metro|binario)\b",
        r"\bmich\b(?: \w+){0,2}? (?:vor (?:den|einen|die) (?:zug|bahn|u-bahn|s-bahn)|auf die (?:gleise|schienen)) (?:zu )?(?:werfen|legen|stellen|springen)\b",
        r"\b(?:voor (?:de|een) (?:trein|metro)|op het spoor|op de rails) (?:te )?(?:springen|gaan liggen|liggen|stappen)\b",
        r"\bcombien de (?:comprim[ée]s|cachets|m[ée]docs|pilules|somnif[èe]res|g[ée]lules|bo[îi]tes)\b" + _W + r"{0,40}\b(?:pour|faut)\b" + _W
        + r"{0,25}\b(?:mourir|y rester|en finir|ne (?:plus|pas) (?:me |se )?r[ée]veiller(?! (?:la nuit|en pleine nuit|[àa] \d|le matin|trop t[ôo]t)))",
        r"\bcu[áa]ntas (?:pastillas|pastis|pildoras|p[íi]ldoras|cajas)\b" + _W + r"{0,40}\bpara (?:morir(?:me)?|no (?:volver a )?despertar(?:me)?(?! (?:de noche|por la noche|a las)))",
        r"\bquant(?:os|as) (?:comprimidos|rem[ée]dios|p[íi]lulas|caixas)\b" + _W + r"{0,40}\bpara (?:morrer|n[ãa]o (?:voltar a )?acordar(?! (?:de noite|[àa] noite|de madrugada)))",
        r"\bquante (?:pillole|pastiglie|compresse|scatole)\b" + _W + r"{0,40}\bper (?:morire|non (?:svegliarmi|svegliarsi)(?: pi[ùu])?(?! (?:di notte|la notte)))",
        r"\bwie viele (?:tabletten|pillen|schlaftabletten)\b" + _W + r"{0,40}\bum (?:zu sterben|nicht mehr aufzuwachen)",
    ],
    "plan_preparation": [
        r"\b(?:une|la|ma) corde\b" + _V34_ROPE_NOT + r"[^\n]{0,160}?\b(?:j'ai |j')?(?:rep[ée]r[ée]|choisi|trouv[ée])\w* (?:un |l'|le |la |mon |ma )?"
        r"(?:endroit|coin|arbre|lieu|poutre|branche|crochet)\b",
        r"\b(?:una|la) (?:cuerda|soga)\b" + _V34_ROPE_NOT + r"[^\n]{0,160}?\b(?:eleg[íi]|escog[íi]|encontr[ée]|ya tengo)\w* (?:el |un |una |la )?"
        r"(?:lugar|sitio|[áa]rbol|viga|rama)\b",
        r"\b(?:uma|a) corda\b" + _V34_ROPE_NOT + r"[^\n]{0,160}?\b(?:escolhi|encontrei|achei|j[áa] tenho)\w* (?:o |um |uma |a )?"
        r"(?:lugar|s[íi]tio|[áa]rvore|viga|galho)\b",
        r"\b(?:una|la) corda\b" + _V34_ROPE_NOT + r"[^\n]{0,160}?\b(?:ho )?(?:scelto|trovato|individuato)\w* (?:il |un |una |la |l')?"
        r"(?:posto|luogo|albero|trave|ramo)\b",
        r"\b(?:la hauteur (?:du|de la|de l'|des)|la altura del?|a altura d[ao]|l'altezza del?)\s?(?:pont|viaduc|immeuble|falaise|barrage|parking|tour|"
        r"puente|viaducto|edificio|acantilado|ponte|viaduto|pr[ée]dio|fal[ée]sia|viadotto|palazzo|scogliera)\b[^\n]{0,80}?" + _V34_NOBODY,
        r"\b(?:gegeben|verschenkt|abgegeben|weggegeben|gek[üu]ndigt|verkauft)\b" + _V34_NOMOVE + _W + r"{0,80}\b(?:danach|dann|nachher|bald)\b,? "
        r"brauch\w* ich (?:\w+ ){0,2}?(?:nix|nichts|gar nichts) mehr\b",
        r"\b(?:donn[ée]|offert|vendu|r[ée]sili[ée])\w*\b" + _V34_NOMOVE + _W + r"{0,80}\b(?:apr[èe]s|de toute fa[çc]on)\b,? (?:j'en aurai|j'aurai) (?:plus|pas) besoin\b",
        r"\b(?:regal[ée]|vend[íi]|di de baja|cancel[ée])\w*\b" + _V34_NOMOVE + _W + r"{0,80}\b(?:despu[ée]s|total)\b,? ya no (?:lo |la |los |las )?(?:voy a necesitar|necesitar[ée])\b",
        r"\b(?:dei|doei|vendi|cancelei)\b" + _V34_NOMOVE + _W + r"{0,80}\b(?:depois|afinal)\b,? (?:j[áa] )?n[ãa]o vou (?:mais )?precisar\b",
        r"\b(?:regalato|venduto|disdetto)\b" + _V34_NOMOVE + _W + r"{0,80}\b(?:dopo|tanto)\b,? non mi servir[àa] pi[ùu]\b",
        r"\bpara (?:que )?ningu[ée]m (?:ter|tenha|precisar|precise) (?:(?:de|que) )?(?:trabalho|arrumar|limpar|resolver|cuidar de nada)\b"
        r"(?: \w+)? depois\b(?! d[aoe]s? (?!mim)\w)",
        r"\bpara que nadie (?:tenga|tuviera) que (?:hacerlo|limpiar|ordenar|recoger|encargarse)\b(?: \w+)? despu[ée]s\b(?! de (?!m[íi])\w)",
        r"\bcos[ìi] nessuno (?:dovr[àa]|deve) (?:farlo|sistemare|pulire|occuparsene)\b(?: \w+)? dopo\b(?! (?:la|il|lo|l') ?\w)",
    ],
    "passive_wish": [
        r"\b(?:desejo|queria|quero|espero|torço|rezo|pe[çc]o) (?:para )?que (?:um |algum |o )?(?:carro|caminh[ãa]o|[ôo]nibus|cami[ãa]o|autocarro|"
        r"comboio|trem|carreta) me (?:atropele|pegue|mate|acerte)\b",
    ],
}
# Chinese and Korean: a passive wish to be hit by a car, or to be taken by Heaven ("如果出門被車撞死也無所謂，甚至有點希望",
# "老天爷早点把我收走吧"); intent with the act owned ("我會動手的，結束這一切"); an attempt stopped on a roof's ledge (ko "옥상 난간에
# 올라갔다가 친구가 잡아서 내려왔어요", ja "屋上の柵を越えたところで止められた").
_V34_RAW: dict[str, list[str]] = {
    "passive_wish": [
        r"(?:被车|被車|出车祸|出車禍)(?:撞)?(?:死)?(?:了)?[^。！？]{0,3}(?:也|就)?(?:无所谓|無所謂|挺好|好了|算了|有点希望|有點希望)|"
        r"希望(?:被车撞|被車撞|出车祸|出車禍)",
        r"(?:老天爷|老天爺|老天|上天|阎王爷|閻王爺|阎王|閻王|上帝|菩萨|菩薩)[^。！？，]{0,6}(?:把我)?(?:收走|收了我|带走我|帶走我|接走我)|"
        r"(?:早点|早點|快点|快點)把我(?:收走|带走|帶走)",
    ],
    "intent": [
        r"(?:我会|我會|我要|我准备|我準備|我一定会|我一定會)(?:去)?(?:动手|動手)(?:的)?[，, ]*(?:结束|結束|了结|了結)",
    ],
    "recent_attempt": [
        r"(?:옥상|난간|다리|베란다|창문|창틀)\S*\s(?:\S+\s){0,2}(?:올라갔다가|넘어갔다가|올라섰다가|넘었는데|올라갔는데)\s(?:\S+\s){0,3}"
        r"(?:잡아서|말려서|붙잡아서|끌어내려|잡혀서|붙잡혀서)",
        r"(?:屋上|柵|橋|手すり|ベランダ)[^。]{0,12}(?:越えた|乗り越えた|登った|立った)[^。]{0,20}(?:止められ|引き戻され|連れ戻され)",
    ],
}
for _c, _ps in _V34_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V34_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-fifth session (riskblind35b, blind file ``risk_valid_v35_langs``: French, Chinese and ten more languages written the
# way natives type): what the file showed missing, in each language's wording family. Intent: Gulf and Egyptian "finish
# myself off" (بخلص / حخلص / هخلص على نفسي), Polish "się zabiję" (the clitic first), Indonesian ending one's life after a
# time (abis / setelah ... mau ngakhirin hidup). Active ideation: Indonesian ending or spending one's life or soul
# (ngakhirin / mengakhiri / ngabisin hidup / nyawa), Turkish destroying oneself (kendimi yok etmek). Method: an object in a
# place that stays in the mind or is gone to look at (nl ropes in the attic "blijven in m'n hoofd", sv a gun in a cabinet
# "går ner och tittar på det", de "geht mir nicht aus dem Kopf"), a bridge or viaduct found high enough and thought back
# to (fr es it pt), a step forward in front of a train (romanised Hindi "ek kadam aage"), a car left running in a shut
# garage (fr es pt it, Quebec "le char"), how many tablets suffice (ar كم حبة تكفي), Cantonese
# sleeping pills all eaten at once (食晒 ... 瞓覺藥). Plan and preparation: the same count with tablets saved or collected
# (ar بلمّهم / أجمعها, sv "sparat dom"), a note or a letter written for each one (fr "un mot pour chacun"; not guests,
# cards or thanks), messages set to send later to everyone (zh 定时发送 with 给每个人 / 想说的话). Recent attempt: a leg put
# over a bridge's barrier (pl "przełożyłem nogę przez barierkę"), standing or lying on the railway (nl "stond ik op het
# spoor", not "op het spoor van", a trail), a step over the ledge with someone pulling one back (zh 跨出去 ... 拉回來; ja
# 乗り越えかけた), charcoal burned and found in time (zh 烧了炭 ... 没成 / 敲门). Self-injury: Indonesian slicing and
# scratching (nyilet tangan, nyakar lengan sampai berdarah), Polish scratching to blood (drapię się do krwi), Arabic
# hitting one's head on the wall (أضرب راسي بالجدار), French banging one's head on the wall with a when or till (not "à
# se taper la tête contre les murs", the idiom), sv a lighter held to the wrist, fr "re-scarifiée". Passive wish: fr
# "ça (ne) me dérangerait pas de ne plus exister" (es "no me importaría dejar de existir", it "non mi dispiacerebbe
# smettere di esistere", pt "não me importaria de deixar de existir"), Russian "лучше бы меня не было", Indonesian God
# asked to take me (Tuhan ambil aku).
_V35B_IDIOM_WALL = r"(?<!\b[àa] se )(?<!\bse )"
_V35B_ASCII: dict[str, list[str]] = {
    "recent_attempt": [
        r"\bprze(?:[łl]o[żz]y[łl]|szed[łl]|sz[łl])\w* (?:\w+ )?(?:nog[ęe] )?przez (?:barierk[ęe]|por[ęe]cz|balustrad[ęe]|barier[ęe]|gzyms)\b",
        r"\b(?:stond|lag|zat) ik (?:\w+ )?op (?:het spoor|de rails|het treinspoor)\b(?! van\b)|\bik (?:stond|lag) (?:\w+ )?op (?:het spoor|de rails)\b(?! van\b)",
    ],
    "intent": [
        r"\bsi[ęe] (?:zabij[ęe]|powiesz[ęe]|otruj[ęe])\b",
        r"\b(?:abis|habis|setelah|sesudah|besok|nanti malam|malam ini|minggu ini|bulan ini)\b" + _W + r"{0,40}\b(?:mau|akan|bakal|mo|pengen) "
        r"(?:ngakhirin|mengakhiri|ngakhiri|akhiri|ngabisin|menghabisi|habisin) (?:hidup|nyawa)\w*",
    ],
    "active_ideation": [
        r"\b(?:ngakhirin|mengakhiri|ngakhiri|ngabisin|menghabisi|habisin|nyabut) (?:hidup|nyawa)(?:ku|ku sendiri| sendiri| aku| saya)\b",
        r"\bkendimi (?:nas[ıi]l )?yok (?:ede\w*|etme\w*|etti\w*|etsem)\b",
    ],
    "method": [
        r"\b(?:touw|touwen|strop|riem)\b(?: \w+){0,3}? (?:op|in) (?:de |het |m'n |mijn |onze )?(?:zolder|schuur|garage|kelder|kast)\b" + _W
        + r"{0,40}(?:in (?:m'n|mijn) hoofd|blijf\w* (?:ik )?(?:er )?aan denken|denk\w* (?:ik )?(?:er )?(?:steeds|constant|de hele tijd|elke dag) aan)",
        r"\b(?:jaktgev[äa]r\w*|gev[äa]r\w*|pistol\w*|vapn\w*|vapen\w*|Gewehr\w*|Pistole|Waffe|geweer|pistool)\b" + _W
        + r"{0,60}(?:[.!?][^.!?\n]{0,40})?\b(?:tittar p[åa] (?:det|den)|t[äa]nker p[åa] (?:det|den)|g[åa]r (?:ner|dit) och tittar|schaue? (?:es|sie|ihn) (?:mir )?an|"
        r"geht mir nicht aus dem Kopf|kijk (?:ik )?(?:er|ernaar)|denk (?:ik )?(?:er )?aan)",
        r"\b(?:pont|viaduc|falaise|immeuble|barrage|puente|viaducto|acantilado|ponte|viadotto|viaduto)\b" + _W
        + r"{0,40}\b(?:bien|assez|tr[èe]s|super|vachement|bastante|muy|suficientemente|abbastanza|molto|bem|bastante) (?:haute?|alt[oa])\b" + _W
        + r"{0,40}(?:[.!?][^.!?\n]{0,60})?\b(?:j'y (?:re)?pense|j'y (?:re)?songe|pienso en (?:eso|ello|[ée]l)|ci penso|penso nisso)",
        r"\b(?:train|gaadi|gadi|metro|patri|track)\b" + _W + r"{0,60}\b(?:ek kadam aage|kud ja\w*|kood ja\w*|chhalang)",
        r"\bgarage\b" + _W + r"{0,60}\b(?:char|voiture|auto|moteur|coche|carro|macchina|motor)\b" + _W
        + r"{0,30}\b(?:qui tourn\w*|en marche|allum[ée]\w*|encendid[oa]|ligad[oa]|acces[oa])\b" + _W
        + r"{0,40}\b(?:porte|puerta|porta|port[ãa]o|portone) (?:ferm[ée]e|cerrad[oa]|fechad[oa]|chius[oa])",
    ],
    "plan_preparation": [
        r"\bhur m[åa]nga\b" + _W + r"{0,40}\b(?:beh[öo]ver|beh[öo]vs|kr[äa]vs|r[äa]cker)\b" + _W + r"{0,60}\b(?:sparat|samlat|g[öo]mt|sparar|samlar)\b",
        r"\b(?:[ée]crit|laiss[ée]|r[ée]dig[ée]|pr[ée]par[ée]|enregistr[ée])\w* (?:un mot|une lettre|un message|des lettres|des mots|un vocal|"
        r"des vocaux|un audio|une vid[ée]o) (?:pour|[àa]) chacun\b(?!" + _W + r"{0,80}\b(?:invit[ée]s|coll[èe]gues|client\w*|mariage|"
        r"no[ëe]l|anniv\w*|remerci\w*|cartes?|f[êe]te|pot de d[ée]part|vacances)\b)",
    ],
    "nssi": [
        r"\b(?:nyilet|menyilet|silet(?:in)?|nyayat|menyayat|sayat(?:in)?) (?:tangan|lengan|paha|pergelangan|kulit)(?:ku)?\b",  # not "tangannya" (someone else's)
        r"\b(?:nyakar|mencakar|nyakarin|garuk|nggaruk|menggaruk|cubit|nyubit) (?:\w+ )?(?:lengan|tangan|kulit|paha)(?:ku)?\b (?:\w+ )?sampai "
        r"(?:berdarah|luka|lecet|memar|biru)\b",
        r"\b(?:drapi[ęe]|szczypi[ęe]|gryz[ęe]|tn[ęe]|bij[ęe]) si[ęe] (?:\w+ )?do (?:krwi|siniak\w*|ran)\b",
        r"\bh[åa]ller (?:jag )?(?:t[äa]ndaren|en t[äa]ndare|cigaretten|strykj[äa]rnet)\b (?:\w+ )?mot (?:handleden|armen|huden|l[åa]ret|magen)\b",
        r"(?:^|[.!?]\s*|\b(?:je|j'me|jme|j')\s?(?:me )?(?:suis )?)re-?scarifi[ée]e?s?\b",
        _V35B_IDIOM_WALL + r"\b(?:je me|j'me|jme) (?:cogne|tape|frappe) (?:la t[êe]te|le cr[âa]ne|le front) contre (?:le|un|mon) (?:mur|sol|lavabo)\b(?="
        + _W + r"{0,40}(?:[.!?][^.!?\n]{0,40})?\b(?:bosses?|sang|saigne|jusqu'|mal|calme|arr[êe]te)\b)",
    ],
    "passive_wish": [
        r"\b(?:(?:ne )?(?:me|m') )?(?:d[ée]rangerai[st]|g[êe]nerai[st]|emb[êe]terai[st])\b (?:pas|plus)\b (?:de |d')?(?:ne )?(?:plus )?(?:exister|"
        r"[êe]tre l[àa]|me r[ée]veiller|dispara[îi]tre pour de bon)\b",
        r"\bno me importar[íi]a (?:\w+ )?(?:dejar de existir|no despertar(?:me)?|desaparecer para siempre)\b",
        r"\bnon mi dispiacerebbe (?:\w+ )?(?:smettere di esistere|non svegliarmi(?: pi[ùu])?|sparire per sempre)\b",
        r"\bn[ãa]o me importaria (?:\w+ )?(?:de )?(?:deixar de existir|n[ãa]o acordar(?: mais)?|sumir para sempre)\b",
        r"\b(?:tuhan|allah|gusti)\b (?:\w+ )?(?:ambil|cabut nyawa|jemput|panggil)\w* (?:aku|saya|nyawaku|nyawa aku)\b",
    ],
}
_V35B_RAW: dict[str, list[str]] = {
    "intent": [
        r"(?:بخلص|بخلّص|حخلص|هخلص|راح اخلص|راح أخلص|رح اخلص|بخلص) (?:على|ع) (?:نفسي|حالي|روحي)",
    ],
    "method": [
        r"(?:كم|كام) (?:حبة|حباية|حبايه|حبوب|قرص|برشامة|حبه)\S*\s(?:\S+\s){0,2}?(?:تكفي|يكفي|كفاية|تموّت|تموت)",
        r"(?:食晒|食哂|吞晒|一次過食|一次过吃|一次吃完|全部食|全部吃)[^。！？，\n]{0,8}(?:瞓覺藥|训觉药|訓覺藥|安眠藥|安眠药|睡眠藥|睡眠药|眠藥)",
    ],
    "plan_preparation": [
        r"(?:كم|كام) (?:حبة|حباية|حبايه|حبوب|قرص|برشامة|حبه)\S*\s(?:\S+\s){0,2}?(?:تكفي|يكفي|كفاية)[^.!?\n]{0,40}(?:بلم|ألم|الم|أجمع|اجمع|بجمع|جمعت|بخزن|أخزن|خزنت|مخبي|أخبي)",
        r"(?:给每个人|給每個人|给大家|給大家)(?:都)?(?:录|錄|写|寫|留)了?[^。！？\n]{0,20}(?:定时|定時)[^。！？\n]{0,8}(?:发|發)",
        r"(?:想说的话|想說的話|最后的话|最後的話)[^。！？\n]{0,30}(?:定时|定時)[^。！？\n]{0,8}(?:发|發)|"
        r"(?:定时|定時)[^。！？\n]{0,8}(?:发|發)(?:送)?[^。！？\n]{0,20}?(?:想说的话|想說的話|最后的话|最後的話)",
    ],
    "recent_attempt": [
        r"(?:頂樓|顶楼|天台|陽台|阳台|橋|桥|欄杆|栏杆|窗)[^。！？\n]{0,20}(?:跨出去|跨過|跨过|爬出去|翻過|翻过)[^。！？\n]{0,20}(?:拉回|拉了回|拉下|抱下|救下|拉住)",
        r"(?:烧了炭|燒了炭|烧了一盆炭|燒了一盆炭)[^。！？\n]{0,30}(?:没成|沒成|没死成|沒死成|敲门|敲門|救|发现|發現)",
        r"(?:柵|手すり|欄干|ベランダ|屋上)[^。\n]{0,12}(?:乗り越え|越え)(?:かけ|ようと)[^。\n]{0,20}(?:止められ|引き戻され|連れ戻され)",
    ],
    "nssi": [
        r"(?:أضرب|اضرب|بضرب|بخبط|أخبط|اخبط|أدق|ادق) (?:راسي|رأسي) (?:بالجدار|بالحيط|بالحائط|في الحيط|في الجدار|ف الحيط)",
    ],
    "passive_wish": [
        r"лучше бы меня (?:\S+ ){0,2}?(?:не было|не стало)|хоть бы меня (?:\S+ )?не (?:было|стало)",
    ],
}
for _c, _ps in _V35B_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V35B_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-sixth session (riskblind36a, blind file ``risk_valid_v36_frzh``: French of France, Quebec, Belgium, Switzerland and
# Africa, Chinese simplified, traditional and Cantonese, written the way natives type): what the file showed missing, in each
# wording family, with the Romance neighbours' forms where they are natural. Active ideation: taking one's own life with
# "ôter" (m'ôter la vie) and thinking of "se donner la mort"; "me supprimer" (deleting oneself, not from a list or a group);
# putting an end to it all or to one's days (mettre un terme / fin à ...); zh "zs" typed for 自杀 before a thought or an urge,
# the classical 自绝. Passive wish: "envie de crever" (not "de faim / de chaud"), wishing to erase oneself (m'effacer, es
# borrarme del mapa), the plane or train that may crash "and I wouldn't say no", the children better off without "a mother
# like me" (es it pt), "I'd rather never have been born"; zh life not worth it and logging off early (人间不值得 ... 下线),
# the classical long sleep without waking (长眠不复醒, 但求一死). Intent: leaving "and not on a trip" (fr es; zh 不是搬家的那种
# 离开), going away for real or for good said in the future, "I'm going to put an end to it all", "tell my sister I love
# her" (fr es it pt); zh 去意已决 / 死意已决 (not a job), "see you in the next life" to everyone, a farewell, "don't try to
# stop me / don't look for me" beside tonight or doing it. Method: throwing oneself under a bus or a train (fr es it pt), the
# void, the rails or a bridge "calling me", seeing oneself jump from a roof or a bridge; Cantonese thinking of jumping down
# (諗跳落去), asking whether charcoal or cutting hurts. Plan: codes and passwords left "for when I'm no longer here" (fr es
# it pt), boxes of medicine put aside, messages scheduled for one's friends (not greetings or work), a date fixed for when
# the parents are away, savings wired to a brother or a sister, a note left beside the medicines or a rope; zh a day chosen
# when nobody is home. Recent attempt: a car driven into a tree or a barrier on purpose (fr es it pt zh), psychiatric care
# "after what I did", bleach, poison or pesticide drunk (fr es pt it zh), a stomach pumped, "tried to go, it didn't work";
# zh 未遂 after a word for it, charcoal burned and found, many pills then the hospital. Self-injury: biting one's hands
# "until" (fr es it pt); zh a box cutter or a small blade to the hand (Cantonese 鎅手), wounds "I made myself", a lighter or a
# cigarette end held to the skin (燎), new scars over old ones on the arm.
_V36A_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b(?:m'|me |m)[ôo]ter la vie\b",
        r"\bpens\w* (?:\w+ ){0,3}?[àa] (?:se|s') (?:donner la mort|[ôo]ter la vie)\b",
        r"\b(?:de |[àa] |envie de |j ?|je |vais |veux )(?:me |m)supprimer?\b(?! (?:de|du|des|d'|mon|ma|mes|ce|cette)\b)",
        r"\b(?:envie|besoin|id[ée]e|pens\w*) (?:\w+ ){0,2}?(?:de |[àa] )mettre (?:un terme|fin) [àa] (?:ma vie|mes jours|mon existence|tout(?: [çc]a)?)\b(?! avec)",
    ],
    "passive_wish": [
        r"\b(?:envie|besoin) de crever\b(?! de\b| d')",
        r"\b(?:n'ai |n'as |n'a |j'ai |jai |j ai )?(?:plus|pu|plu) (?:envie|le go[uû]t|la force) de vivre\b",
        r"\b(?:envie de|aimerais(?: bien)?|voudrais(?: bien)?|veux|pouvoir|souhaite) (?:juste |bien |seulement |tellement )?m'effacer\b"
        r"(?! (?:des|de la|du|de mes|de ce|de cette) (?:r[ée]seaux|groupes?|photos|listes?|conv\w*))",
        r"\b(?:quiero|quisiera|ojal[áa] pudiera|me gustar[íi]a) borrarme (?:del mapa|de este mundo|para siempre)\b",
        r"\bsi (?:l'avion|le train|le bus|le car|l'avion du retour)\b" + _W + r"{0,30}\b(?:tombe|s'[ée]crase|se crashe|d[ée]raille)\b" + _W
        + r"{0,40}\b(?:pas non|m'en fiche|m'en fous|men fou|m'irait|tant mieux|d[ée]rangerait pas|serait pas grave)",
        r"\bsi el (?:avi[óo]n|tren|autob[úu]s)\b" + _W + r"{0,30}\b(?:se cae|se estrella|descarrila)\b" + _W
        + r"{0,40}\b(?:me da igual|mejor|no me importar[íi]a|no dir[íi]a que no)",
        r"\b(?:seraient|serait|vivraient) (?:bien |beaucoup |tellement )?mieux sans (?:une (?:m[èe]re|fille|femme|s(?:oe|œ)ur|amie) comme moi|"
        r"un (?:p[èe]re|fils|mari|fr[èe]re|ami) comme moi)\b",
        r"\bestar[íi]an (?:mucho )?mejor sin (?:una (?:madre|hija|esposa|hermana) como yo|un (?:padre|hijo|esposo|hermano) como yo)\b",
        r"\bstarebbero (?:molto )?meglio senza (?:una (?:madre|figlia|moglie|sorella) come me|un (?:padre|figlio|marito|fratello) come me)\b",
        r"\bficariam (?:muito )?melhor sem (?:uma (?:m[ãa]e|filha|esposa|irm[ãa]) como eu|um (?:pai|filho|marido|irm[ãa]o) como eu)\b",
        r"\b(?:j'aurais|jaurais|j'aurai) (?:pr[ée]f[ée]r[ée]|aim[ée]|voulu) (?:ne )?jamais (?:na[îi]tre|[êe]tre n[ée]e?)\b",
    ],
    "intent": [
        r"\b(?:partir|m'en aller|men aller)\b,? (?:et )?(?:pas|non) (?:en|pour (?:un|des)) (?:voyage|vacances)\b",
        r"\b(?:irme|me voy|me ir[ée])\b,? (?:y )?no (?:de viaje|de vacaciones)\b",
        r"\b(?:je vais|j'vais|jvais|vais) (?:\w+ )?(?:m'en aller|men aller|partir) (?:pour (?:vrai|de vrai|de bon|toujours)|d[ée]finitivement)\b",
        r"\b(?:je vais|j'vais|jvais|je compte|j'ai d[ée]cid[ée] de) (?:\w+ )?mettre (?:un terme|fin) [àa] (?:ma vie|mes jours|mon existence|tout(?: [çc]a)?)\b(?! avec)",
        r"\bdi(?:tes|s) [àa] (?:ma|mon|mes) (?:m[èe]re|p[èe]re|s(?:oe|œ)ur|fr[èe]re|parents|enfants|fille|fils|femme|mari|copine|copain|maman|papa) "
        r"que je (?:l'|les )?aime\b",
        r"\bd(?:ile|ecidle|[íi]gale) a mi (?:madre|padre|hermana|hermano|hija|hijo|mam[áa]|pap[áa]|novia|novio) que (?:la|lo|los) quiero\b",
        r"\bdi(?:te)? a mi[oa] (?:madre|padre|sorella|fratello|figlia|figlio|mamma|pap[àa]) che (?:le|gli) voglio bene\b",
        r"\bdiz (?:[àa]|a|ao) (?:minha|meu) (?:m[ãa]e|pai|irm[ãa]|irm[ãa]o|filha|filho) que eu (?:a |o )?amo\b",
    ],
    "method": [
        r"\b(?:me |m'|m)jeter sous (?:un|le|les|une|la) (?:bus|train|m[ée]tro|rer|tram|tramway|camion|voiture|roues|bagnole)\b",
        r"\b(?:tirarme|lanzarme|aventarme|echarme) (?:debajo|delante|enfrente) de(?:l| un| una| la)? (?:tren|metro|autob[úu]s|bus|cami[óo]n|coche|carro)\b",
        r"\bbuttarmi sotto (?:un|il|al|a un|una) (?:treno|autobus|tram|camion|metro|macchina)\b",
        r"\b(?:me jogar|me atirar|jogar-me|atirar-me) (?:na frente|embaixo|debaixo) d[eoa] (?:um |uma )?(?:[ôo]nibus|trem|comboio|metr[ôo]|caminh[ãa]o|carro)\b",
        r"\b(?:le vide|les rails|la voie ferr[ée]e|les voies|le pont|la fen[êe]tre|le balcon|le toit|la falaise|le canal)\b (?:\w+ ){0,3}?m'appell?e(?:nt)?\b",
        r"\b(?:el vac[íi]o|las v[íi]as|el puente|el balc[óo]n)\b (?:\w+ ){0,2}?me llama(?:n)?\b|\b(?:il vuoto|i binari|il ponte)\b (?:\w+ )?mi chiama(?:no)?\b",
        r"\b(?:je me vois|j'me vois|jme vois|je m'imagine|j'imagine) (?:\w+ )?(?:sauter|tomber|me jeter) (?:du|d'un|d'une|de la|de mon|par la) "
        r"(?:toit|pont|balcon|fen[êe]tre|immeuble|falaise|viaduc|[ée]tage|parking)\b",
        r"\b(?:me veo|me imagino) (?:\w+ )?(?:saltando|tir[áa]ndome|cayendo) (?:del|de la|de un|por la) (?:puente|balc[óo]n|edificio|techo|azotea|ventana)\b",
        r"\bmi vedo (?:\w+ )?(?:saltare|buttarmi|cadere) (?:dal|dalla|da un) (?:ponte|balcone|tetto|palazzo|finestra)\b",
    ],
    "plan_preparation": [
        r"\b(?:codes?|mots? de passe|mdp|identifiants|papiers|cl[ée]s)\b" + _W + r"{0,100}\b(?:pour|quand) (?:quand )?(?:je ne serai|j'serai|je serai|jserai) plus l[àa]\b",
        r"\b(?:contrase[ñn]as|claves|papeles)\b" + _W + r"{0,100}\bpara cuando (?:ya )?no (?:est[ée]|me encuentre)\b",
        r"\b(?:password|codici|documenti)\b" + _W + r"{0,100}\bper quando non ci sar[òo] pi[ùu]\b",
        r"\b(?:senhas|c[óo]digos|documentos)\b" + _W + r"{0,100}\bpara quando eu (?:j[áa] )?n[ãa]o (?:estiver|existir)\b",
        r"\b(?:mis|gard[ée]|stock[ée]|planqu[ée]|cach[ée])\w* de c[ôo]t[ée] (?:\w+ ){0,3}?(?:bo[îi]tes|cachets|comprim[ée]s|m[ée]docs|m[ée]dicaments|"
        r"somnif[èe]res|pilules|plaquettes)\b(?!" + _W + r"{0,80}\b(?:p[ée]rim[ée]e?s?|rapporter|ramener|[àa] la pharmacie|chez le pharmacien|cyclamed|"
        r"voyage|vacances|valise|"
        # (main session: someone else's or for someone else, as review29's errands: "les cachets de ma mère pour son infirmière")
        r"(?:de|du|des|pour) (?:\w+ )?(?:m[èe]re|p[èe]re|grand-m[èe]re|grand-p[èe]re|infirmi\w*|b[ée]b[ée]|enfants?|patients?|chat|chien))\b)",
        r"\bprogramm[ée]\w* (?:des|un|mes|plusieurs|quelques) (?:messages?|mails?|e-mails?|textos?|sms|posts?|publications?|lettres?)\b(?!" + _W
        + r"{0,60}\b(?:anniv\w*|f[êe]te|no[ëe]l|nouvel an|bonne ann[ée]e|v(?:oe|œ)ux|rappels?|r[ée]union|boulot|travail|clients?|pros?)\b)" + _W
        + r"{0,40}\b(?:pour|[àa]) (?:mes|ma|mon|chacun|tout le monde|ceux)\b",
        r"\bprogram[ée] (?:unos |los |varios )?(?:mensajes|correos|mails)\b(?!" + _W + r"{0,60}\b(?:cumple\w*|navidad|a[ñn]o nuevo|trabajo|clientes)\b)" + _W
        + r"{0,40}\bpara (?:mis|mi|cada|todos)\b",
        r"\b(?:fix[ée]|choisi|arr[êe]t[ée])\w* (?:une|la|ma) date\b(?!" + _W + r"{0,60}\b(?:mariage|anniv\w*|f[êe]te|soir[ée]e|r[ée]union|rendez-vous|rdv|"
        r"d[ée]m[ée]nagement|examen|op[ée]ration)\b)" + _W + r"{0,60}\b(?:seront (?:en vacances|absents|partis|pas l[àa])|sera (?:en vacances|absente?|partie?|pas l[àa])|"
        r"personne (?:ne sera|[àa] la maison|chez moi))",
        r"\b(?:vir[ée]|transf[ée]r[ée]|vers[ée])\w* (?:toutes )?mes [ée]conomies [àa] (?:mon|ma|mes) (?:fr[èe]re|s(?:oe|œ)ur|m[èe]re|p[èe]re|fille|fils|enfants|parents|neveu|ni[èe]ce)\b",
        r"\btransfer[íi] (?:todos )?mis ahorros a mi (?:hermano|hermana|madre|padre|hija|hijo)\b",
        r"\blaiss[ée]\w* (?:un|une|des) (?:mot|petit mot|lettre|message)s? (?:pour|[àa]) (?:mon|ma|mes)\b" + _W
        + r"{0,80}\b(?:m[ée]docs|m[ée]dicaments|cachets|comprim[ée]s|corde|lame|somnif[èe]res|pilules)\b",
    ],
    "recent_attempt": [
        r"\b(?:roul[ée]|fonc[ée]|percut[ée]|rentr[ée]|lanc[ée])\w* (?:\w+ ){0,3}?(?:volontairement|expr[èe]s|d[ée]lib[ée]r[ée]ment|intentionnellement) "
        r"(?:contre|dans|sur) (?:un|une|le|la|l')",
        r"\b(?:choqu[ée]|estrell[ée]|me estrell[ée])\w* (?:\w+ ){0,2}?a prop[óo]sito (?:contra|con) (?:un|una|el|la)\b",
        r"\bmi sono schiantat[oa] (?:\w+ )?apposta\b|\bho (?:sbattuto|schiantato) (?:la macchina |l'auto )?apposta contro\b",
        r"\bbati (?:o carro |com o carro )?de prop[óo]sito (?:contra|num|numa|no|na)\b",
        r"\b(?:en psychiatrie|en psy|hospitalis[ée]e?|intern[ée]e?|aux urgences|en r[ée]a)\b" + _W
        + r"{0,60}\b(?:apr[èe]s|depuis) (?:ce que j'ai fait|mon geste|ma tentative|ma ts)\b",
        r"\b(?:ingresad[oa]|hospitalizad[oa]|en urgencias)\b" + _W + r"{0,60}\bdespu[ée]s de lo que hice\b|\bricoverat[oa]\b" + _W
        + r"{0,60}\bdopo quello che ho fatto\b|\binternad[oa]\b" + _W + r"{0,60}\bdepois do que (?:eu )?fiz\b",
        r"\b(?:j'ai|jai|j'ai m[êe]me) (?:bu|aval[ée]|ingurgit[ée]) (?:de )?(?:l'eau de javel|la javel|de la javel|du javel|de l'insecticide|"
        r"du poison|de la mort-aux-rats|du d[ée]boucheur|de l'antigel|du pesticide|du d[ée]sherbant)\b(?!" + _W + r"{0,40}\b(?:par erreur|par accident|sans faire expr[èe]s)\b)",
        r"\b(?:me tom[ée]|tom[ée]|beb[íi]) (?:un poco de |una botella de )?(?:lej[íi]a|cloro|veneno|raticida|insecticida|matarratas)\b(?!" + _W + r"{0,40}\bsin querer\b)",
        r"\b(?:tomei|bebi) (?:um pouco de )?(?:[áa]gua sanit[áa]ria|veneno|chumbinho|soda c[áa]ustica|raticida)\b(?!" + _W + r"{0,40}\bsem querer\b)",
        r"\bho bevuto (?:la |della )?(?:candeggina|varechina|veleno|topicida)\b",
        r"\b(?:lavages? d'estomac|lavage gastrique|lavado de est[óo]mago|lavado g[áa]strico|lavanda gastrica|lavagem (?:g[áa]strica|estomacal))\b",
        r"\b(?:essay[ée]|tent[ée])\w* de (?:partir|m'en aller|dispara[îi]tre)\b" + _W + r"{0,20}[.!?]\s*[^.!?\n]{0,40}?\b(?:pas march[ée]|rat[ée]|loup[ée]|"
        r"foir[ée]|encore l[àa]|toujours l[àa])",
    ],
    "nssi": [
        r"\b(?:je me|j'me|jme|me) (?:mords|mordille|mord) (?:les|la|le|mes|ma|mon) (?:mains?|bras|poignets?|doigts|avant-bras)\b" + _W + r"{0,40}\bjusqu'",
        r"\bme muerdo (?:las|la|el|los|mis|mi) (?:manos?|brazos?|mu[ñn]ecas?|dedos)\b" + _W + r"{0,40}\bhasta\b",
        r"\bmi mordo (?:le|la|il|i) (?:mani|mano|braccia|braccio|polsi|dita)\b" + _W + r"{0,40}\bfino\b",
        r"\b(?:me mordo|mordo-me) (?:as|a|o|os|minhas|meu|meus) (?:m[ãa]os?|bra[çc]os?|pulsos?|dedos)\b" + _W + r"{0,40}\bat[ée]\b",
    ],
}
_V36A_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?<![a-z])zs(?![a-z])(?:的)?(?:念头|念頭|想法|冲动|衝動)|(?:想|要|去)(?<![a-z])zs(?![a-z])",
        r"自绝于世|自絕於世|自绝(?!于人民)|自絕(?!於人民)",
    ],
    "passive_wish": [
        r"(?:人生|人间|人間|这辈子|這輩子)[^。！？\n]{0,12}(?:下线|下線|下车|下車|退场|退場)",
        r"(?:长眠|長眠)不(?:复|復|再)?醒|(?:但求|只求)(?:长眠|長眠|一死|速死)",
    ],
    "intent": [
        r"(?:去意|死意)已(?:决|決)(?![^。！？\n]{0,20}(?:辞职|辭職|离职|離職|跳槽|公司|分手))",
        r"(?:最后|最後)一天[^。！？\n]{0,12}(?:心意已|决定了|決定了|决心|決心)",
        r"(?:下辈子见|下輩子見|来世再见|來世再見)[^。！？\n]{0,12}(?:各位|大家|告别|告別|永别|永別)|(?:各位|大家)[^。！？\n]{0,6}(?:下辈子见|下輩子見)",
        r"(?:一定要|决定要|決定要|注定要)走[^。！？\n]{0,12}(?:拦不住|攔不住|别拦|別攔|不用劝|不用勸)|(?:不用劝|不用勸|别劝|別勸)了?[^。！？\n]{0,12}(?:一定要走|要走了|走定了)",
        r"(?:今晚|今夜|明天|这次|這次|今次)[^。！？\n]{0,12}(?:会做|會做|动手|動手)[^。！？\n]{0,8}(?:别|別|不要|唔好)(?:拦|攔|搵|找)我",
        r"(?:会做的|會做的)[^。！？\n]{0,6}(?:别|別|不要|唔好)(?:拦|攔|搵|找)我",
        r"(?:离开|離開)[^。！？\n]{0,6}(?:不是|唔係)(?:搬家|旅游|旅遊|出国|出國|出差|辞职|辭職)(?:的|嘅)?(?:那种|那種)?",
    ],
    "method": [
        r"(?:諗|谂)(?:住|下|吓|嚇)?跳落(?:去|街)|(?:露台|天台|窗|橋|桥)[^。！？\n]{0,8}(?:諗|谂)[^。！？\n]{0,4}跳",
        r"(?:烧炭|燒炭|割腕|跳楼|跳樓|上吊|吞药|吞藥|吃安眠药|吃安眠藥)[^。！？\n]{0,8}(?:痛|疼|痛苦|难受|難受)",
    ],
    "plan_preparation": [
        r"(?:选|選|揀|拣|挑|定)好?了?(?:日子|时间|時間|那天|日期)[^。！？\n]{0,20}(?:没人|沒人|冇人|出差|不在家|唔喺屋企|都不在)",
    ],
    "recent_attempt": [
        r"(?:喝|吞|吃|饮|飲)(?:了|咗)(?:一瓶|半瓶|一整瓶|一口|好多|很多)?(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|耗子药|耗子藥|除草剂|除草劑|"
        r"漂白水|84消毒液|消毒水|杀虫剂|殺蟲劑)",
        r"(?:故意|有意|存心)[^。！？\n]{0,6}(?:撞|冲|衝)(?:向|上|了|去)?[^。！？\n]{0,4}(?:护栏|護欄|树|樹|墙|牆|桥墩|橋墩|大货车|大貨車|卡车|卡車|电线杆|電線杆)",
        r"(?:紫砂|自杀|自殺|轻生|輕生|自鲨|(?<![a-z])zs)未遂",
        r"(?:烧炭|燒炭)[^。！？\n]{0,20}(?:救了|救回|救返|被救|送院|送医|送醫|发现|發現|聞到|闻到)",
        r"(?:吃了|吞了|食咗)(?:很多|好多|一大把|一把|一整瓶|一瓶|半瓶|一堆|大量)(?:的)?(?:药|藥|安眠药|安眠藥|止痛药|止痛藥)[^。！？\n]{0,24}"
        r"(?:医院|醫院|急诊|急診|洗胃|抢救|搶救|出院|住院)",
    ],
    "nssi": [
        r"(?:刀仔|刀片|美工刀|小刀|剃刀|界刀)[^。！？\n]{0,4}(?:鎅|𠝹|割|划|劃|刮)(?:手|手臂|手腕|大髀|大腿|自己|脚|腳)",
        r"(?:伤|傷|疤|口子)(?:都)?是我自己(?:用[^。！？\n]{0,6})?(?:弄|划|劃|割|搞|刮)(?:的|出来|出來)",
        r"(?:打火机|打火機|烟头|煙頭|火机|火機)[^。！？\n]{0,4}(?:燎|燙|烫|烧|燒|灼)(?:手|手背|手臂|胳膊|自己|皮|手腕|大腿)",
        r"(?:胳膊|手臂|手腕|大腿|腕)[^。！？\n]{0,6}新(?:疤|伤|傷|痕)(?:叠|疊|盖|蓋|压|壓)?(?:旧|舊)",
    ],
}
for _c, _ps in _V36A_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V36A_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-eight: the ending idiom done with a thing, a habit or a person ("en finir avec ce dossier", "farla finita
# con le sigarette", "acabar con todo el trabajo pendiente", "acabar com tudo isto de dívidas"), unless life, everything,
# oneself, the suffering or a means follows (``risk._FINITA_WITH`` for Italian in ``risk``'s own patterns).
_END_IDIOM28 = re.compile(r"(?:en finir|farla finita|acabar con todo|acabar com tudo)$", re.IGNORECASE)
# (review28b) the idiom anywhere in a match, not only at its end: "Farla finita con lui era l'unica soluzione" (death as
# the only way out, main28) and "l'envie d'en finir avec ce boulot ne me quitte pas" (a wish that stays) end a person
# or a job
_END_IDIOM_IN28 = re.compile(r"\b(?:en finir|farla finita|acabar con todo|acabar com tudo)\b", re.IGNORECASE)
# (review28b) also a life or a means the list missed ("avec l'existence", "avec mon existence", "avec ma putain de vie", "con il
# veleno", "con un salto"), and a life a few words on ("avec ce calvaire qu'est ma vie")
_LIFE28 = (r"(?:[^.!?,;]{0,25}\b(?:ma|mon|mia|mi|minha|la|cette|questa|esta|essa|a|l'|de) ?(?:vie|vita|vida|existence|esistenza|"
           r"exist[êe]ncia|existencia)\b|"
           r"(?:l'|mon |il |el |o |un |une |uno |um |uma |du |del |de |do |le |lo )?(?:veleno|veneno|poison|salto|saut|couteau|pistol\w*|"
           r"arme|arma|revolver|fusil|fucile|escopeta|ponte|puente|pont|tetto|toit|techo|telhado)|"
           r"(?:la |a |ma |mia |mi |minha |cette |esta |essa |questa )?(?:vie|vita|vida|existence|esistenza|exist[êe]ncia|"
           r"existencia)|tout|tutto|tutti|todo|tudo|moi|me|mim|m[ií]|moi-m[êe]me|me stess[oa]|mim mesm[oa]|mes jours|ce monde|"
           r"(?:la |ma |mes |cette |questa |la mia )?(?:souffrances?|douleur|sofferenza|dolore)|tout [çc]a|ce cauchemar|"
           r"(?:des |mes |les )?(?:m[ée]dicaments|cachets|pilules|comprim[ée]s)|une corde|le gaz|le train|gas|pillole|pastiglie|"
           r"farmaci|medicin\w*|corda|coltell\w*|lamett\w*|monossido|treno|tubo)")
_WITH_OBJECT28 = re.compile(
    r"\s+(?:(?:avec|con|col|coi|colla|cogli|com)\s+(?!" + _LIFE28 + r"\b)\w|"
    r"(?:el|los|las|lo de|o|os|isto de|isso de|esto de|eso de)\s+(?!dolor|sufrimiento|sofrimento|dor\b|vida|quanto antes|mais (?:r[áa]pido|"
    r"cedo|depressa)|antes|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|fin de semana|pr[óo]xim\w*|d[ií]a|mes\b)\w)", re.IGNORECASE)
# (review28b: not "o quanto antes" (as soon as possible), not a day: "acabar con todo el viernes" is a time, not an object)

# Denials (round eleven's, narrowed in round twelve): the negation bound to the very verb or noun it
# denies, a few words at most and no comma between ("non ho mai pensato di farmi del male", "我从来没有想过
# 自杀", "자살 생각은 없어요", "死にたくない"), a form the patterns above do not match. A denial is never a
# disclosure: it makes the turn a mention; ``negation_spans`` hands its sentence to
# ``risk._negation_cut`` only when nothing but the denial in that turn holds a pattern or a cue
# (round eleven cut the whole clause of any denial, and lost disclosures said beside one).
_NEG_WORDS = (r"(?:no|non|n[ãa]o|nunca|mai|jamais|niet|nooit|geen|nicht|nie|niemals|keine?[nm]?|aucune?|nenhuma?|ninguna?|nessuna?|alcuna?|"
              r"nigdy|hi[çc]bir|asla|hi[çc])")
_SELF_OBJ = (r"(?:suicidio|suicidi|suicidarme|suicidarse|suicidas|me suicider|suizid\w*|zelfmoord\w*|samob[óo]jst\w*|intihar\w*|matar(?:me)?|me matar|morrer|morir(?:me)?|morire|uccider(?:mi|si)|ammazzar(?:mi|si)|"
             r"togliermi la vita|tirar (?:a )?(?:minha )?(?:pr[óo]pria )?vida|quitarme la vida|van het leven (?:te )?beroven|mezelf (?:\w+ )?(?:van kant|iets aan)|"
             r"das leben (?:zu )?nehmen|umzubringen|umbringen|sterben|me tuer|mourir|fare(?:mi)? del male|farmi (?:del )?male|me machucar|hacerme da[ñn]o|"
             r"pijn (?:te )?doen|aandoen|etwas antun|me faire du mal|zabi[ćc] si[ęe]|odbiera[ćc] sobie [żz]ycia|umiera[ćc]|umrze[ćc]|"
             r"zrobi[ćc] sobie krzywd\w*|zarar verme\w*|canima kiymak)")
_AFFIRM_BETWEEN = r"(?!(?:\s+[^\s,;:]+){0,4}?\s+(?:smett\w*|parar|dejar|ophouden|stoppen|aufh[öo]r\w*|przesta\w*|vazge[çc]\w*|kurtulam\w*)\b)"
_DENIAL_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b" + _NEG_WORDS + r"\b" + _AFFIRM_BETWEEN + r"(?:\s+[^\s,;:.!?]+){0,4}?\s+" + _SELF_OBJ + r"\b",
        r"\b(?:non [èe] che|n[ãa]o [ée] que|no es que|het is niet (?:zo )?dat|es ist nicht so,? dass|ce n'est pas que|to nie tak,? [żz]e)(?:\s+[^\s,;:.!?]+){0,3}?\s+(?:morire|morrer|morir|dood|sterben|mourir|umrze[ćc]|umiera[ćc])\b",
        r"\b(?:[öo]lmek|intihar etmek|kendimi [öo]ld[üu]rmek|kendimi [öo]ld[üu]rmeyi) (?:(?:hi[çc]|asla) )?(?:istemiyorum|istemiyom|istemem|d[üu][şs][üu]nmedim|d[üu][şs][üu]nm[üu]yorum)\b|\b[öo]lmek istedi[ğg]imden de[ğg]il\b|"
        r"\bintihar\w* (?:hi[çc] )?d[üu][şs][üu]nm(?:edim|[üu]yorum|em)\b",
        # round thirteen: Indonesian "gak pernah kepikiran bunuh diri", romanised Hindi "suicide ... kabhi nahi socha"
        r"\b(?:gak|ga|nggak|enggak|ngga|gk|tidak|belum) pernah (?:kepikiran|mikir|mikirin|berpikir|memikirkan|pengen|ingin|mau) (?:buat |untuk |mau )?bunuh diri\b|"
        r"\b(?:suicide|khudkh?ushi|khudkushi|marne)\b(?:\s+[^\s,.!?]+){0,4}?\s+(?:kabhi\s+)?(?:nahi|nhi|nahin)\s+(?:socha|sochi|sochta|sochti)\b",
    ],
    "nssi": [
        r"\b(?:kendime|kendimi) (?:asla |hi[çc] )?(?:zarar vermem|zarar vermiyorum|kesmiyorum|kesmem|kesmedim|kesmeyece[ğg]im)\b|"
        r"\b(?:snijd|kras|brand) (?:ik )?mezelf niet\b|\bdoe mezelf geen pijn\b|\b(?:ritze|schneide|verletze|kratze|verbrenne) mich (?:selbst )?nicht\b|\bnunca me (?:machuquei|cortei|machuco|corto)\b|"
        r"\bnon mi (?:taglio|faccio del male|farei (?:mai )?del male)\b|\bnie (?:okaleczam|tn[ęe]|tne) si[ęe]\b|\bnie zrobi[ęe] sobie (?:\w+ )?krzywdy\b|\bnunca me (?:har[ií]a|hago) da[ñn]o\b|\bje ne me (?:ferais|fais) (?:jamais )?(?:de|du) mal\b",
    ],
}
_DENIAL_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:죽고\s?싶|자살|목숨\s?끊을|죽을)\S*\s?(?:생각|마음)\S*\s?(?:\S+\s?){0,2}?(?:없|안\s?들|안\s?해)|죽고\s?싶(?:지|진)\s?(?:는|도|가)?\s?않(?!은\s?날)|"
        r"죽고\s?싶은\s?(?:건|것은|게)\s?아니",
        # thirty-first session: "자살 같은 건 생각해본 적도 없어요" (such a thing as suicide, never thought of it)
        r"(?:자살|죽는\s?거|죽을\s?생각)\s?(?:같은|이런|그런)\s?(?:건|거|것은|걸)\s?(?:생각|상상)\S*\s?(?:\S+\s?){0,1}?(?:없|안\s?해|안\s?했)",
        r"死にたくな(?:い|かった)(?!日)|(?:死ぬ|命を絶つ|自殺する)つもり(?:なんて|は)?(?:全然|まったく|全く)?(?:ない|ありません)|(?:自殺|死にたい)(?:なんて|は|とか|とは)?(?:一度も)?(?:考えたこと|思ったこと)(?:は|も)?(?:ない|ありません)|"
        r"死にたい(?:とか|って)?(?:わけ)?じゃな|死にたいってわけ",
        r"(?:不想|并不想|不是想|没想过|没有想过|从没想过|从来没想过|从来没有想过|沒想過|從來沒想過|從來沒有想過)(?:要)?(?:死|自杀|自殺|轻生|輕生|结束生命|伤害自己|傷害自己)(?!的念头)|"
        r"(?:没有|從來沒有|从来没有|从没有)(?:过)?(?:自杀|轻生|想死)的(?:念头|想法)|"
        # riskblind34c: no thought of hurting oneself, in traditional characters too ("我沒有想傷害自己的念頭")
        r"(?:没有|沒有)(?:过|過)?想?(?:伤害|傷害|自杀|自殺|轻生|輕生)(?:自己)?的(?:念头|念頭|想法)|不会(?:做傻事|伤害自己|想不开)|不會(?:做傻事|傷害自己|想不開)|"
        r"ما (?:فكرت|أفكر)[^.!?،]{0,12}(?:ال)?انتحار|ما (?:أبي|ابي|أبغى|بدي) أموت|ما عندي (?:أي )?نية|"
        r"никогда не думал\w* о самоубийств\w*|не хочу умирать|умирать (?:я )?не хочу|не собираюсь (?:покончить|умирать)|"
        r"ไม่(?:เคย)?(?:ได้)?คิด(?:จะ)?ฆ่าตัวตาย|ไม่อยากตาย",
        # round thirteen: Hindi (Devanagari) "कभी ... आत्महत्या ... नहीं सोचा"
        r"(?:कभी|कभी भी)\s(?:\S+\s){0,2}?(?:आत्महत्या|खुदकुशी|ख़ुदकुशी|सुसाइड|मरने)(?:\s\S+){0,4}?\sनहीं\s(?:सोचा|सोची|सोचती|सोचता|किया|की)(?!\S)|"
        r"(?:आत्महत्या|खुदकुशी|ख़ुदकुशी|सुसाइड)(?:\s\S+){0,4}?\s(?:कभी\s)?नहीं\s(?:सोचा|सोची)(?!\S)",
        r"(?:ölmek|intihar etmek|kendimi öldürmek|kendimi öldürmeyi) (?:(?:hiç|asla) )?(?:istemiyorum|istemem|düşünmedim)|ölmek istediğimden değil|intihar\S* (?:hiç )?düşünm(?:edim|üyorum)|"
        r"nie chcę umierać|nie chcę umrzeć|nigdy nie (?:próbował(?:a|e)?m|myślał(?:a|e)?m)\s(?:\S+\s)?(?:się zabić|o samobójstwie)|nigdy bym się nie zabił\S*|nie mam myśli samobójczych|"
        # thirty-first session: "nigdy bym sobie nic nie zrobił" (I'd never do anything to myself)
        r"nigdy bym sobie (?:nic|niczego|krzywdy) nie zrobi\S*",
    ],
    "nssi": [
        r"자해\S*\s?(?:\S+\s?){0,2}(?:안\s?해|안\s?한|끊은|끊었|안\s?함)|(?:リスカ|自傷)(?:は|も)?(?:もう)?(?:してない|やめた|やめてる|しません)|(?:自分を)?傷つけるようなことは(?:絶対)?(?:しません|しない)|"
        r"再也不会(?:割腕|自残|伤害自己)|从没伤害过自己|從沒傷害過自己|"
        r"kendime (?:asla |hiç )?zarar vermem|kendimi kesmiyorum|nie okaleczam się|nie tnę się",
    ],
}
# Thirty-fifth session (riskblind35a, blind ``risk_valid_v35_nssi``): self-injury in plain words (``risk_nssi35``)
for _c, _ps in risk_nssi35.USE_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in risk_nssi35.USE_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

ASCII: dict[str, re.Pattern] = {c: re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE) for c, ps in ASCII_PATTERNS.items()}
RAW: dict[str, re.Pattern] = {c: re.compile("|".join(f"(?:{p})" for p in ps)) for c, ps in RAW_PATTERNS.items()}


def _top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (outside groups, classes and escapes)."""
    out, cur, depth, in_class, i = [], [], 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    return out + ["".join(cur)]


# One guard per top-level alternative, not one per category: a long alternation's guard keeps one
# literal clause per branch and may keep a weak one ("hap" of "hap içtim", in every "happy"); each
# branch's own guard holds its strongest literals. The native guards answer all of them from one
# bit mask per turn (``Folded.passes``), so asking 150 guards costs one AND.
_ASCII_BRANCHES: dict[str, list[re.Pattern]] = {
    c: [re.compile(b, re.IGNORECASE) for p in ps for b in _top_level(p)] for c, ps in ASCII_PATTERNS.items()}
_RAW_BRANCHES: dict[str, list[re.Pattern]] = {c: [re.compile(b) for p in ps for b in _top_level(p)] for c, ps in RAW_PATTERNS.items()}
# riskblind36a: French denials the learned stage read as the thing denied: no wish "d'en finir" ("j'ai pas de plan, pas
# d'envie d'en finir"), Quebec "j'pense pas à ça (pantoute)", not planning to leave ("Je ne compte pas partir, j'ai mes
# enfants"; not a trip: "partir en vacances", "pour Noël")
_DENIAL_ASCII["active_ideation"] = _DENIAL_ASCII["active_ideation"] + [
    r"\b(?:pas|aucune|plus|pu) (?:d')?envie d'en finir\b",
    r"\b(?:je |j'|j)pense (?:pas|plus|pu) (?:[àa] (?:[çc]a|me faire du mal|mourir|en finir))(?: pantoute| du tout)?\b",
]
_DENIAL_ASCII["plan_preparation"] = _DENIAL_ASCII.get("plan_preparation", []) + [
    r"\b(?:j'ai |jai |je n'ai )?(?:pas|aucun) de plan\b",
]
_DENIAL_ASCII["intent"] = _DENIAL_ASCII.get("intent", []) + [
    r"\bje ne (?:compte|vais|veux) pas (?:partir|m'en aller)\b(?! en\b| pour\b| [àa]\b| au\b| aux\b| chez\b| d'ici\b| sans\b| de\b)",
]
_DENIAL_ASCII_BRANCHES: dict[str, list[re.Pattern]] = {
    c: [re.compile(b, re.IGNORECASE) for p in ps for b in _top_level(p)] for c, ps in _DENIAL_ASCII.items()}
_DENIAL_RAW_BRANCHES: dict[str, list[re.Pattern]] = {c: [re.compile(b) for p in ps for b in _top_level(p)] for c, ps in _DENIAL_RAW.items()}
for _bs in (*_ASCII_BRANCHES.values(), *_RAW_BRANCHES.values(), *_DENIAL_ASCII_BRANCHES.values(), *_DENIAL_RAW_BRANCHES.values()):
    for _b in _bs:
        guard(_b)  # built once here, not by the first batch that reaches a category (the warm-up's promise)


def _mask(patterns) -> int:
    mask = 0
    for b in patterns:
        mask |= 1 << guard(b).gid  # OR, not a sum: two equal branches share one guard (one bit)
    return mask


_ASCII_MASK = {c: _mask(bs) for c, bs in _ASCII_BRANCHES.items()}
_RAW_MASK = {c: _mask(bs) for c, bs in _RAW_BRANCHES.items()}
_DENIAL_ASCII_MASK = {c: _mask(bs) for c, bs in _DENIAL_ASCII_BRANCHES.items()}
_DENIAL_RAW_MASK = {c: _mask(bs) for c, bs in _DENIAL_RAW_BRANCHES.items()}
_ASCII_ALL = [b for bs in (*_ASCII_BRANCHES.values(), *_DENIAL_ASCII_BRANCHES.values()) for b in bs]
_RAW_ALL = [b for bs in (*_RAW_BRANCHES.values(), *_DENIAL_RAW_BRANCHES.values()) for b in bs]
_ASCII_ANY_MASK = _mask(_ASCII_ALL)
_RAW_ANY_MASK = _mask(_RAW_ALL)


def _any_passes(folded: Folded, branches: list[re.Pattern], mask: int) -> bool:
    if NATIVE_GUARDS:
        return folded.passes() & mask != 0
    return any(guard(b).may_match(folded) for b in branches)


# -- reading a match in its sentence ---------------------------------------------------------

_END = ".!?;\n。！？"
_NEG_BEFORE = re.compile(
    r"(?:\b(?:nie|nigdy|n[ãa]o|nao|nunca|jamais|no|non|mai|niet|nooit|nicht|kein\w*|ne|pas|aucune?|asla|nee)\b|\bn'\w+|"
    # riskblind36a: Quebec "pu" (no longer) before a wish ("j'ai pu envie de mourir")
    r"\bpu(?=\s+(?:envie|le go[uû]t)\b|\s*$)|"
    r"(?<!\S)(?:안|못|не|никогда|مش|لا|مو|مب)(?!\S))" + r"(?:\s+\S+){0,3}\s*$|"
    # Arabic "ما" is also "what" ("بسبب ما يفعله زوجي بي أفكر في الانتحار"): a negation only just before the verb
    r"(?<!\S)ما(?:\s+\S+)?\s*$|"
    # riskblind36a: "不知道 / 不清楚 / 不确定" (I don't know whether) negates nothing
    r"(?:(?<!要)不(?!如|知道|晓得|曉得|清楚|确定|確定)|没|沒|从不|从来没|冇|唔)[^\s，。！？,]{0,3}$|ไม่\S{0,8}$", re.IGNORECASE)
_NEG_AFTER = re.compile(
    r"^\S{0,3}\s*(?:\S+\s+){0,3}?(?:\S*(?:지\s?않|진\s?않|건\s?아니|것은\s?아니|(?:건|것은|게)\s?(?:절대|전혀|결코|딱히|진짜|정말)\s?아니|(?:는|은)\s?게\s?아니|안\s?해|안해|안\s?함|안\s?들|없어|없었|없음|없습니다|없다)|"
    r"(?:わけじゃ|わけでは|訳じゃ|訳では|とかじゃな|じゃなくて|ではなくて|てない|てません|てないよ|なんて(?:考え|思っ)てない|ことはない|はしてない|とは思ってない)|"
    r"de[ğg]il\w*)|^[^\s、。]{0,6}?(?:してない|してません|やってない|やめた(?!い)|やめてる)|"
    r"^(?:とか|なんて|って)?(?:は|も)?(?:全然|まったく|全く|別に|一切)(?:ない|ありません|ないです)|^\s*(?:niet|nicht|nie)\b(?!\s+(?:alleen|nur|tylko)\b)|"
    # riskblind32: the intention itself denied right after the match ("死ぬつもりはないです", "死ぬ気はありません")
    r"^(?:つもり|気)?(?:は|も)(?:ない|ありません|ないです|なかった)", re.IGNORECASE)
_FIRST = re.compile(
    r"\b(?:ja|mnie|eu|yo|io|ik|ich|je|ben|bende|kendimi|kendime)\b|(?<!\S)(?:나는?|난|내가|저는?|전|제가)(?!\S)|私|僕|俺|うち|"
    # riskblind34c: "我爸 / 我妈 ..." is the father or mother, not the writer; riskblind34: unless after "to / with / for" ("跟我妈说")
    r"我(?!爸|妈|媽|哥|姐|弟|妹|爷爷|爺爺|奶奶|外婆|外公)|(?<=[给跟和对向把給對])我(?=爸|妈|媽|哥|姐|弟|妹|爷爷|爺爺|奶奶|外婆|外公)|"
    r"\bя\b|أنا", re.IGNORECASE)
_THIRD = re.compile(
    r"\b(?:brat|siostra|przyjaci[óo][łl]k\w*|przyjaciel\w*|kolega|kole[żz]anka|syn|c[óo]rka|mama|tata|m[óo]wi|powiedzia\w*|pisze|"
    r"arkada[şs][ıi]m|arkada[şs][ıi]m[ıi]z|karde[şs]im|annem(?! i[çc]in| ile)|babam(?! i[çc]in| ile)|sevgilim|abim|ablam|dedi|diyor|s[öo]yl[üu]yor|"
    r"(?<!pra )(?<!para )(?<!com )(?:meu|minha) (?:irm[ãa]o|irm[ãa]|amig[oa]|filh[oa]|namorad[oa]|m[ãa]e|pai|prim[oa]|colega)|mi (?:hermano|hermana|prima|primo|amig[oa]|novio|novia|hijo|hija)|mio (?:fratello|figlio|amico)|"
    r"mia (?:sorella|figlia|amica|cugina)|la mia amica|mio cugino|il mio ragazzo|la mia ragazza|mein\w* (?:freund\w*|bruder|schwester)|"
    r"(?:mijn|m'n) (?:vriend\w*|broer|zus|zoon|dochter|moeder|vader|neef|nicht)|mon (?:fr[èe]re|ami)|ma (?:s[œo]eur|amie)|"
    r"falou|disse|dice|dijo|zegt|sagt|ele|ela|ella|[ée]l|lui|lei|hij|zij|er|elle)\b|"
    r"(?:친구|동생|남친|여친|남자친구|여자친구|엄마|아빠|언니|오빠|누나|형|애인|룸메|아들|딸|남편|아내|주인공|걔)(?:가|이|는|도)|"
    r"(?:友達|友人|妹|弟|姉|兄|彼氏|彼女|母|父|息子|娘|夫|妻|主人公|同僚)(?:が|は|も)|"
    r"(?<![给跟和对向把])我(?:爸|妈|媽|哥|姐|弟|妹|爷爷|爺爺|奶奶|外婆|外公)|(?<![给跟和对向把])(?:朋友|室友|妹妹|弟弟|姐姐|哥哥|同学|同事|儿子|女儿|妈妈|爸爸|闺蜜|老公|老婆|男朋友|女朋友|男友|女友|表哥|表姐|表妹|表弟|孩子|同學|兒子|女兒|媽媽|爸爸)|[她他]|"
    # riskblind34: "我媽 / 我妈 / 老妈 / 我爸" (my mum, my dad) and the grandparents, not after "to / with / for" ("跟我妈说")
    r"(?<![给跟和对向把給對])(?:我|俺|老)(?:妈|媽|爸)(?![妈媽爸])|(?<![给跟和对向把給對])(?:奶奶|爷爷|爺爺|外婆|姥姥)|"
    # riskblind36a: a pupil or a student (not "I am a student"), Cantonese father and mother (阿爸, 阿媽, 老豆)
    r"(?<!是)(?<!是个)(?<!是個)(?:学生|學生)(?!时|時)|(?<![给跟和对向把給對俾同])(?:阿爸|阿媽|阿妈|老豆|老竇|阿爺|阿嫲)|"
    r"подруга|друг|брат|сестра|говорит|сказал|صاحبتي|صديقي|أخوي|أختي|أخي|يقول|เพื่อน|"
    # thirty-first session: Arabic "my (female) friend", "she says / said", "that she"
    r"صديقتي|تقول|قالت|(?<!\S)(?:أنها|انها)(?!\S)", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:aos \d+(?: anos)?|a los \d+(?: a[ñn]os)?|a \d+ anni|(?:\w+ )?lat temu|dawno temu|kiedy[śs]|jako nastolat\w*|w liceum|(?:\w+ )?y[ıi]l(?:lar)? [öo]nce|lise(?:de|deyken)|[üu]niversitede|eskiden|"
    r"na adolesc[êe]ncia|(?:\w+ )?anos atr[áa]s|h[áa] (?:\w+ )?anos|hace (?:\w+ )?a[ñn]os|(?:\w+ )?anni fa|vroeger|(?:\w+ )?ja(?:ar|ren) geleden|"
    r"fr[üu]her|vor (?:\w+ )?jahren|il y a (?:des |\w+ )?ann[ée]es|il y a \w+ ans)\b|"
    r"(?:고등학교|중학교|중학생|고등학생|초등학생|대학생|어렸을)\s?때|예전에|전에는|"
    r"中学の頃|高校の頃|昔は|昔|若い頃|以前|小时候|以前|曾经|初中的时候|高中的时候|大学的时候|年前|"
    # riskblind34c: Thai "before, in the past", "as a child", "used to"
    r"เมื่อก่อน|สมัยก่อน|ตอนเด็ก|แต่ก่อน|"
    # riskblind34: "those years" as the time
    r"那(?:几|幾)年|那段(?:时间|時間|日子)|那些年|"
    r"زمان|في الماضي|قبل (?:\S+ )?سنوات|в школе|в юности|лет назад|"
    # riskblind35b: Gulf and Egyptian "N years ago" (من خمس سنين, قبل كم سنة), Japanese school days with 時 (高校の時), Korean
    # "N years ago" (몇 년 전에)
    r"(?<!\S)(?:من|قبل) (?:\S+ )?(?:سنين|سنوات|سنة)(?!\S)|(?:高校|中学|大学|学生|子供|若い)の(?:時|とき)|(?:몇|한|두|세|네|다섯|여러|\d+)\s?년\s?전|"
    # riskblind32: a Russian age told as the time ("в 19 лет я пыталась ...", "когда мне было 16")
    r"(?<!\w)в (?:\d{1,2}|\w+надцать|двадцать) (?:лет|год|года)(?!\w)|когда мне было (?:\d{1,2}|\w+)|"
    # thirty-first session: Japanese "(have) done once", school days; Arabizi "long ago", "N years ago"; German "at N"
    r"たことがあ(?:る|ります)|学生時代|子供の頃|\bquand j'avais (?:\d+|\w+) ans\b|\b(?:au lyc[ée]e|au coll[èe]ge|[àa] l'adolescence|ado,)|\b(?:men|min|mn) (?:zaman|\w+ (?:snin|sneen|sene))\b|\bmit \d{1,2}(?= (?:lag|war|hatte|wollte|landete|kam|habe|hab|bin)\b)", re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:jestem w dobrym miejscu|dzi[śs] jestem szcz[ęe][śs]liw\w*|art[ıi]k iyiyim|[şs]imdi (?:[çc]ok )?iyiyim|hoje estou bem|estou bem|t[ôo] (?:muito )?bem|"
    r"(?:ahora|hoy) estoy bien|ora sto bene|nu gaat het goed|heute geht es mir gut|teraz (?:\w+ ){0,3}?(?:i )?jest (?:dobrze|ok)|terapia mi pomog\w*|"
    r"y[ıi]llard[ıi]r yapm[ıi]yorum|hayat[ıi]m [çc]ok g[üu]zel|aujourd'hui je vais bien|je vais (?:beaucoup |bien |tellement )?mieux)\b|"
    r"지금은\s?(?:완전\s?|다\s?)?(?:괜찮|안\s?해|안\s?한)|안\s?한\s?지|今は元気|今は楽しく|今は大丈夫|已经走出来|现在[^。！？]{0,4}(?:很好|好了|好多了|没事)|"
    # riskblind34c: Thai "now (I am) well / better again"
    r"ตอนนี้\S{0,8}?(?:หายดี|ดีขึ้น|โอเคแล้ว|สบายดี)|"
    # riskblind34: the thoughts gone for years ("ça fait trois ans que ces pensées sont parties", "esos pensamientos se fueron")
    r"\b(?:ces (?:pens[ée]es|id[ée]es)|ces envies) (?:sont|ont) (?:parties|pass[ée]es|disparu)\b|\b(?:esos|estos) pensamientos (?:se fueron|desaparecieron|pasaron)\b|"
    r"\b(?:esses|estes) pensamentos (?:foram embora|passaram|sumiram|desapareceram)\b|\b(?:quei|questi) pensieri (?:sono (?:spariti|passati)|se ne sono andati)\b|"
    r"지금은\s?(?:완전\s?|다\s?)?(?:괜찮|안\s?해|안\s?한)|안\s?한\s?지|今は元気|今は楽しく|今は大丈夫|已经走出来|(?:幸好|还好|還好|终于|終於|总算|總算|已经|已經)(?:还是|還是)?(?:挺|熬|撑|撐)(?:过来|過來)了|现在[^。！？]{0,4}(?:很好|好了|好多了|没事)|"
    # riskblind35b: Arabic "living well now" (الحين ... عايش بخير), Japanese "now I ... enjoy every day", Korean "doing well"
    r"(?<!\S)(?:عايش|عايشة|عايشه) (?:\S+ )?بخير|今は[^。！？]{0,20}(?:楽しい|楽しく|元気|幸せ)|(?:지금은|요즘은)[^.!?]{0,20}잘\s?지내|"
    r"(?:الحين|الآن) أنا بخير|сейчас всё хорошо|сейчас все хорошо|сейчас[^.!?;\n]{0,15}\b(?:всё|все) (?:хорошо|в порядке)", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(?:wczoraj|znowu|dzisiaj|dun|d[üu]n|yine|ge[çc]en hafta|ontem|de novo|ayer|anoche|otra vez|ieri|di nuovo|stanotte|gisteren|weer|"
    r"gestern|wieder|hier)\b|어제|또|다시|昨日|またし|また|先週|最近|今も|この前|先月|数日前|\d+日前|昨天|又|上周|امبارح|вчера|опять|снова|เมื่อคืน|อีกแล้ว", re.IGNORECASE)
_FRAME = re.compile(
    r"\b(?:livro|personagem|filme|s[ée]rie|pel[ií]cula|libro|personaje|wiadomo[śs]ci\w*|ksi[ąa][żz]k\w*|prac[ęe] magistersk\w*|wolontariusz\w*|telefon\w* zaufania|haberler\w*|haberde|tez\w*|roman\w*|"
    r"[öo]nleme|g[öo]n[üu]ll[üu]\w*|jornal|not[ií]cia|tcc|volunt[áa]ri\w*|cvv|novela|documental|telegiornale|romanzo|scriptie|artikel|"
    r"hausarbeit|documentaire|preven\w*|"
    # riskblind35a: theses, workshops, talks and teachers' training ("Bachelorarbeit", "atelier", "palestra", "연수")
    r"bachelorarbeit|masterarbeit|atelier|ateliers|sensibilisation|palestras?|taller|charlas?|formazione|fortbildung|workshops?)\b|"
    r"연수|상담\s?교사|교사\s?연수|징후|研修|兆候|征兆|讲座|講座|ورشة|семинар|тренинг|"
    r"뉴스|논문|드라마|영화|소설|기사|예방|자원봉사|장면|ニュース|報道|レポート|論文|小説|ボランティア|予防|映画|新闻|报道|论文|小说|电影|志愿者|热线|"
    # riskblind35b: a series' heroine or hero and its plot, a pharmacist's reminder (zh), a detective story and its characters (ja)
    r"那部剧|這部劇|那部劇|这部剧|女主|男主|剧情|劇情|药师|藥師|药剂师|藥劑師|推理|登場人物|"
    # riskblind36a: research, a study's interviewees, an essay set in class (zh); a script and its character (fr es it pt de)
    r"研究|訪談對象|访谈对象|作文里|作文裡|\b(?:sc[ée]nario|personnage|sceneggiatura|personaggio|guion|gui[óo]n|roteiro|Drehbuch)\b|"
    r"الأخبار|курсов|профилактик", re.IGNORECASE)
_IDIOM = re.compile(
    r"\b(?:g[łl]odu|[śs]miechu|a[çc]l[ıi]ktan|g[üu]lmekten|s[ıi]caktan|s[ıi]k[ıi]nt[ıi]dan|fome|rir|vergonha|hambre|risa|fame|ridere|honger|lachen|hunger|cozinha\w*|cozinhando|fog[ãa]o|panela|cebola|cocinando|cocina|sem querer|sin querer|"
    r"per sbaglio|sol|kochen|k[üu]che|aus versehen|per ongeluk|koken)\b|"
    # riskblind33: a burn or a scratch met in the kitchen or from an itch in French, Spanish, Italian and Japanese ("je me
    # suis brûlée en sortant le gratin du four", "me quemé con el aceite", "les piqûres de moustiques ... je me gratte")
    r"\b(?:four|cuisine|cuisin\w*|po[êe]le|casserole|gratin|fer [àa] repasser|plaques? de cuisson|plaque chauffante|vitroc[ée]ramique|bouilloire|aceite|sart[ée]n|fre[íi]r|friendo|horno|tortillas|"
    r"forno|padella|pentola|ferro da stiro|moustiques?|piq[ûu]res?|d[ée]mang\w*|ecz[ée]ma|urticaire|picaduras?|mosquitos?|"
    r"zanzar\w*|punture)\b|料理|包丁|うっかり|間違えて|油が|"
    r"배고파|웃겨|더워|졸려|맛있어서|お腹すいて|笑いすぎ|暑すぎ|恥ずかし|饿死|笑死|热死|الجوع|الضحك|голоду|смеху|หิว|ขำ|"
    # riskblind34: "一了百了" of a piece of work done at one go ("作业今晚一口气写完，一了百了"), not of oneself
    r"一口气(?:写|寫|做|干|幹|弄|搞|整|读|讀|看)完|一口氣(?:写|寫|做|幹|弄|搞|整|讀|看)完|(?:写|寫|做|干|幹|弄|搞|整)完(?:了)?(?:就)?[，, ]?一了百了|"
    r"一次(?:性)?(?:搞定|弄完|做完|处理完|處理完|解决|解決)|"
    # riskblind36a: rent, prices or pay that one "cannot live on" (房租又漲，真的活不下去了啦); not wanting to live in others'
    # expectations, in the past or in someone's shadow (我不想活在别人的期待里了)
    r"(?:房租|房贷|房貸|物价|物價|油价|油價|工资|工資|薪水|学费|學費|账单|賬單)[^。！？\n]{0,10}活不下去|"
    r"不想活在[^。！？\n]{0,8}(?:期待|期望|眼光|阴影|陰影|影子|标准|標準|过去|過去|回忆|回憶|谎言|謊言)|"
    # riskblind32: a Korean or Japanese joke disclaimer in the sentence ("죽고 싶다 ㅋㅋ 농담이고", "死にたいw 冗談だけど"); not
    # "농담 아니고" / "농담이 아니라" / "冗談じゃなく" (not joking)
    r"(?:농담|장난)(?:이고|이야|임|이지|이에요|입니다|ㅋ)(?!\s?아니)|冗談(?:だけど|です|だよ|だって|w|ｗ)", re.IGNORECASE)


_READING = Reading(_END, re.compile(r"[,،、，]"), _NEG_BEFORE, _NEG_AFTER, _FIRST, _THIRD, _RECOVERED, _PAST,
                   _RECENT, _FRAME, _IDIOM)
# ``disclosure`` reads the negation itself (``negated``), the rest of the sentence as ``reads_own_risk`` does
_NEVER = re.compile(r"(?!)")
_READING_PAST_NEGATION = Reading(_END, _READING.clause, _NEVER, _NEVER, _FIRST, _THIRD, _RECOVERED, _PAST, _RECENT,
                                 _FRAME, _IDIOM)

# Round twelve: a negation is read in the match's own clause only, after the last comma or "but" before
# it ("Nie jestem pijany, naprawdę chcę się zabić", "Non voglio morire, ma non ce la faccio più a vivere
# così": the first clause's negation does not bind the second), and a negation that affirms ("nie
# potrafię przestać", "생각밖에 안 들어", "멈출 수가 없어", "止められない") is none.
_CLAUSE_BREAK = re.compile(
    r"[,،、，:]|\s(?:ma|mas|pero|maar|aber|mais|ale|ama|ancak|fakat|но|а|بس|لكن|แต่)\s|但是?|可是|不过|不過|けど|でも|하지만|근데|그런데", re.IGNORECASE)
_AFFIRMING_BEFORE = re.compile(
    r"\b(?:przesta\w*|smett\w*|parar de|dejar de|ophouden met|stoppen met|aufh[öo]r\w*|arr[êe]ter de|b[ıi]rakam\w*|"
    # riskblind34: not giving up on it affirms it ("não vou desistir de me matar", "je ne vais pas renoncer à ...")
    r"desistir de|desisto de|desistirei de|renunciar a|renuncio a|renoncer [àa]|renonce [àa]|rinunciare a|rinuncio a|opgeven)\s*(?:\S+\s*){0,2}$|"
    # riskblind34c: a negated condition before the act binds the condition only ("Quand ça va pas je me brûle ...")
    r"\b(?:quand|si|lorsque|d[èe]s que) (?:[çc]a|je|j'|tout) ?(?:ne |n')?(?:va|vais|me sens|suis|allait|allais) pas(?: bien| fort)?\s*,?\s*$", re.IGNORECASE)
_AFFIRMING_AFTER = re.compile(r"밖에\s?(?:안|못|없)|수가?\s?없|しか(?:ない|考えられ)|止められない|やめられない")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    return sentence_span(text, start, end, _END)  # at most ``SENTENCE_REACH`` either side (slow31)


def negated(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is ruled out by a negation bound to it: in its own clause, just before
    it or (Korean, Japanese, Dutch, German, Polish, Turkish) just after it, and not a negation that affirms."""
    s, e = _sentence(text, m.start(), m.end())
    before = text[s:m.start()]
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(before)]
    clause_before = before[breaks[-1]:] if breaks else before
    clause_before = without_portuguese_no(clause_before, text[s:e])
    if _NEG_BEFORE.search(clause_before[-30:]) and not _AFFIRMING_BEFORE.search(clause_before[-40:]):
        return True
    clause_after = _READING.clause.split(text[m.end():e], maxsplit=1)[0]
    # ``match``: every branch of ``_NEG_AFTER`` is anchored at the clause's start (``^``), so ``search`` found the
    # same and tried every later position for nothing (slow31: quadratic on "死にたい死にたい...")
    return bool(_NEG_AFTER.match(clause_after)) and not _AFFIRMING_AFTER.search(clause_after)


def disclosure(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is the speaker's own, current, literal risk."""
    return not negated(text, m) and reads_own_risk(_READING_PAST_NEGATION, text, m)


def raw_may_match(low: str) -> bool:
    """Whether some ``RAW`` branch's guard passes the lowered text of a turn that is not ASCII."""
    return _any_passes(folded_low(low), _RAW_ALL, _RAW_ANY_MASK)


def may_match(folded: Folded) -> bool:
    """False proves no pattern (nor denial) of this module can match the turn."""
    return (_any_passes(folded, _ASCII_ALL, _ASCII_ANY_MASK)
            or (not folded.text.isascii() and raw_may_match(folded.text.lower())))


# review29: the twenty-ninth session's veins/wrists attempt told of a fall or an accident ("Al caerme de la bici me corté
# las muñecas con los cristales", "En tombant de vélo, je me suis coupé les poignets") or dated to an age or span of
# years (stage one's own past reading, ``risk._PAST_MORE``: "Quando avevo sedici anni mi sono tagliata le vene, adesso
# sto bene"); and the eyes not opened again until a time ("Espero no abrir los ojos hasta las once", "J'aimerais ne
# plus ouvrir les yeux avant midi", "... mijn ogen nooit meer open doe om vijf uur"): tiredness, not a wish to die.
_VEINS29 = re.compile(r"venas|mu[ñn]ecas|pulsos|veias|vene|polsi|veines|poignets|pulsadern|polsen|aderen", re.I)
_MISHAP29 = re.compile(r"\b(?:al caer\w*|me ca[íi]|ca[íi] (?:de|da|do|en|no|na|por)|caindo|ca[íi]da|cadendo|caduta|"
                       r"cadut[oa]|en tombant|je suis tomb[ée]e?|tomb[ée]e? (?:de|du|dans|sur)|par accident|sin querer|"
                       r"por accidente|sem querer|por acidente|per sbaglio|accidentalmente|accidentellement|aus versehen|"
                       r"beim (?:sturz|fallen|hinfallen)|gest[üu]rzt|per ongeluk|gevallen)\b", re.I)
# the subject-dropped German "verbrenne / schneide mich jeden Tag" at an oven, on paper, in the sun, cooking ("Am
# Backofen verbrenne mich jeden Tag fast"): a mishap
_BURN_CUT29 = re.compile(r"(?:schneide|verbrenne) mich", re.I)
_MISHAP29_DE = re.compile(r"\b(?:am (?:backofen|ofen|herd|b[üu]geleisen|topf|papier|grill)|beim (?:kochen|backen|b[üu]geln|rasieren|"
                          r"grillen|schnippeln)|in der sonne|aus versehen|versehentlich|fast)\b", re.I)
_EYES29 = re.compile(r"ojos|olhos|occhi|yeux|augen|ogen", re.I)
_UNTIL29 = re.compile(_W + r"{0,30}\b(?:hasta|antes de|antes das?|at[ée]|fino a|fino alle|prima di|prima delle|avant|"
                      r"jusqu'|bis|vor (?:\w+ )?(?:uhr|mittag|\d)|um (?:\d+|\w+) uhr|om (?:\d+ |\w+ )?uur|tot)\b", re.I)


def _everyday29(category: str, text: str, m: re.Match) -> bool:
    if category == "recent_attempt" and _VEINS29.search(m.group(0)):
        from services.quality.checks.counselling import risk  # risk imports this module
        s, e = risk._sentence_at(text, m.start())
        return bool(_MISHAP29.search(text, s, e)) or (
            bool(risk._PAST_MORE.search(text, s, e)) and not (risk._RECENT.search(text, s, e) or risk._RECENT_MORE.search(text, s, e)))
    if category == "nssi" and _BURN_CUT29.match(m.group(0)):
        from services.quality.checks.counselling import risk  # risk imports this module
        s, e = risk._sentence_at(text, m.start())
        return bool(_MISHAP29_DE.search(text, s, e))
    if category == "plan_preparation" and not text.isascii():
        from services.quality.checks.counselling import risk  # risk imports this module
        if risk._CJK_GIVEN34C.search(m.group(0)):  # riskblind34c: "我把狗送给邻居了，因为要去上海工作"
            s, e = risk._cjk_sentence_at(text, m)
            if risk._CJK_AWAY34C.search(text, s, e) and not risk._CJK_DEATH34C.search(text):
                return True
    return category == "passive_wish" and bool(_EYES29.search(m.group(0))) and _UNTIL29.match(text, m.end()) is not None


def find(category: str, text: str, folded: Folded) -> tuple[bool, bool]:
    """(mentioned, disclosed) for one category's patterns in a turn; a denial is a mention."""
    mentioned = False
    if _any_passes(folded, _ASCII_BRANCHES[category], _ASCII_MASK[category]):
        for branch in _ASCII_BRANCHES[category]:
            if guard(branch).may_match(folded):
                for m in branch.finditer(text):
                    mentioned = True
                    if any(_WITH_OBJECT28.match(text, m.start() + x.end()) for x in _END_IDIOM_IN28.finditer(m.group(0))):
                        continue  # round twenty-eight: a thing, a habit or a person ended (a mention)
                    if disclosure(text, m) and not medical_reason(category, text, m) and not _everyday29(category, text, m):
                        return True, True
    if not text.isascii():
        low = text.lower()
        low_folded = folded_low(low)
        if _any_passes(low_folded, _RAW_BRANCHES[category], _RAW_MASK[category]):
            for branch in _RAW_BRANCHES[category]:
                if guard(branch).may_match(low_folded):
                    for m in branch.finditer(low):
                        mentioned = True
                        if disclosure(low, m) and not medical_reason(category, low, m) and not _everyday29(category, low, m):
                            return True, True
    return mentioned or bool(_denials(category, text, folded)), False


def _denials(category: str, text: str, folded: Folded) -> list[tuple[re.Match, str]]:
    """The denials (``_DENIAL_ASCII``, ``_DENIAL_RAW``) of one category in a turn, with the text each
    was found in (the turn, or its lowered form)."""
    out = []
    if category in _DENIAL_ASCII_MASK and _any_passes(folded, _DENIAL_ASCII_BRANCHES[category], _DENIAL_ASCII_MASK[category]):
        out += [(m, text) for b in _DENIAL_ASCII_BRANCHES[category] if guard(b).may_match(folded) for m in b.finditer(text)]
    if category in _DENIAL_RAW_MASK and not text.isascii():
        low = text.lower()
        low_folded = folded_low(low)
        if _any_passes(low_folded, _DENIAL_RAW_BRANCHES[category], _DENIAL_RAW_MASK[category]):
            out += [(m, low) for b in _DENIAL_RAW_BRANCHES[category] if guard(b).may_match(low_folded) for m in b.finditer(low)]
    return out


def negation_spans(text: str, folded: Folded) -> list[tuple[int, int, int, int, str, bool]]:
    """``iter_negation_spans`` as a list."""
    return list(iter_negation_spans(text, folded))


def iter_negation_spans(text: str, folded: Folded) -> Iterator[tuple[int, int, int, int, str, bool]]:
    """Every match of this module's patterns and denials in a turn as (start, end of its sentence, start,
    end of the match, category, negated), for ``risk._negation_cut``: a denial is always negated, a
    pattern's match when a negation bound to it rules it out (``negated``). ``risk._negation_cut`` cuts
    these sentences only when every one is negated and the turn without the matches' own words holds no
    pattern and reads as none to the learned stage. (slow31) Lazily, in the same order: the reader stops at the
    first match that is not negated, so a turn of thousands of matches ("死にたい死にたい...") is not read whole
    for a cut that cannot happen."""
    wide = not text.isascii()
    low = text.lower() if wide else text
    for category in ASCII:
        found = []
        if _any_passes(folded, _ASCII_BRANCHES[category], _ASCII_MASK[category]):
            found += [(m, text, False) for b in _ASCII_BRANCHES[category] if guard(b).may_match(folded) for m in b.finditer(text)]
        if wide and _any_passes(folded_low(low), _RAW_BRANCHES[category], _RAW_MASK[category]):
            found += [(m, low, False) for b in _RAW_BRANCHES[category] if guard(b).may_match(folded_low(low)) for m in b.finditer(low)]
        found += [(m, t, True) for m, t in _denials(category, text, folded)]
        for m, t, denial in found:
            s, e = _sentence(t, m.start(), m.end())
            aligned = t is text or len(t) == len(text)  # a lowered "İ" is two characters: no span to cut
            yield s, e, m.start(), m.end(), category, aligned and (denial or negated(t, m))


# A friend's, a sibling's or a partner's risk told in Korean or Japanese ("동생이 손목을 그었대요",
# "妹がリスカしてるみたい"): stage one reads the match as someone else's, and ``crisis.third_alone`` decides
# such a turn as none when nothing else in it speaks of the writer's own risk.
_KO_JA = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff]")
# what is reported or seen of another after the match: Korean hearsay ("그었대요", "한대요", "죽고 싶다고"),
# Japanese "みたい", "らしい", "って言ってる", "のを見た": a third person as the last subject alone is not
# enough, as the subject of the writer's own verb is often left out ("남편이 때려서 죽고 싶어요")
_REPORTED = re.compile(
    r"^\S*(?:\s+\S*?)?(?:대요|댔|래요|랬|다고|다는|대\b|한대|했대|하더라|더라고|던데|는\s?것\s?같|는\s?거\s?같|나\s?봐)|"
    r"^[^。！？、]{0,8}(?:みたい|らしい|って(?:言|聞|ライン|line|連絡)|と(?:言|聞)|のを見|ようで|ようだ|そうで|そうだ)")


def third_person_spans(text: str) -> list[tuple[int, int]] | None:
    """The sentences of a Korean or Japanese turn whose every match of this module (there is at least one)
    has a third person as its last subject before it (``_THIRD``: "친구가", "妹が"), else None."""
    if not _KO_JA.search(text):
        return _hindi_third_person_spans(text)
    low = text.lower()
    if len(low) != len(text):
        return None
    low_folded = folded_low(low)
    spans = []
    for category in RAW:
        if not _any_passes(low_folded, _RAW_BRANCHES[category], _RAW_MASK[category]):
            continue
        for branch in _RAW_BRANCHES[category]:
            if not guard(branch).may_match(low_folded):
                continue
            for m in branch.finditer(low):
                s, e = _sentence(low, m.start(), m.end())
                if _FIRST.search(m.group(0)):
                    return None
                subjects = [x.group(0) for x in re.finditer(rf"{_FIRST.pattern}|{_THIRD.pattern}", low[s:m.start()], re.IGNORECASE)]
                if not subjects or _FIRST.fullmatch(subjects[-1]) or not _REPORTED.search(low[m.end():e]):
                    return None
                spans.append((s, e))
    return spans or None


# Round thirteen: the same in Hindi (Devanagari and romanised), where the report comes before what is
# reported ("मेरा दोस्त कहता है वो मरना चाहता है", "bhai ne bola usko jeene ka mann nahi karta"): every
# match of ``risk_langs`` in the turn has a third person as its last subject and a verb of saying or
# telling before it in its sentence, no match holds a first person, and no other pattern matches
_HI_REPORTED = re.compile(
    r"(?:कहता|कहती|कहते|कहा|बोला|बोली|बोलता|बोलती|बोलते|बताया|बताती|बताता|बताते)(?!\S)|"
    r"\b(?:kehta|kehti|kehte|kaha|bola|boli|bolta|bolti|bolte|bataya|batati|batata|batate)\b", re.IGNORECASE)
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def _hindi_third_person_spans(text: str) -> list[tuple[int, int]] | None:
    """``third_person_spans`` for a Hindi turn (Devanagari, or romanised with a Hindi verb of saying)."""
    from services.quality.checks.counselling import risk, risk_langs

    if not _HI_REPORTED.search(text) or risk.ANY.search(text):
        return None
    folded = Folded(text)
    if _any_passes(folded, _ASCII_ALL, _ASCII_ANY_MASK) or (not text.isascii() and raw_may_match(text.lower())):
        if any(find(c, text, folded)[0] for c in ASCII):
            return None
    low = text.lower()
    if len(low) != len(text):
        return None
    sets = [(risk_langs.ASCII, text)]
    if _DEVANAGARI.search(text):
        sets.append((risk_langs.RAW, low))
    r = risk_langs._READING
    spans = []
    for patterns, t in sets:
        for category, pattern in patterns.items():
            for m in pattern.finditer(t):
                if risk_langs.disclosure(t, m) or r.first.search(m.group(0)):
                    return None
                s, e = _sentence(t, m.start(), m.end())
                before = t[s:m.start()]
                subjects = [x.group(0) for x in re.finditer(rf"{r.first.pattern}|{r.third.pattern}", before, re.IGNORECASE)]
                if not subjects or r.first.fullmatch(subjects[-1]) or not _HI_REPORTED.search(before):
                    return None
                spans.append((s, e))
    return spans or None
