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
"""

from __future__ import annotations

import re
from functools import lru_cache

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
        r"\b(?:quero|queria) (?:morrer|me matar)\b|\b(?:penso|pensando|pensei) em (?:me matar|suic[ií]dio|morrer)\b|"
        r"\bvontade de (?:me matar|morrer)\b|\bpensamentos suicidas\b|"
        r"\bquiero (?:morir(?:me)?|matarme|suicidarme)\b|\bganas de (?:morir|matarme|suicidarme)\b|\bpienso en (?:suicidarme|matarme)\b",
        r"\bvoglio morire\b|\b(?:penso|pensato) di (?:uccidermi|ammazzarmi|farla finita)\b|\bvoglia di (?:morire|ammazzarmi|uccidermi)\b|"
        r"\bik wil (?:echt |gewoon |zo graag )?dood\b|\bmezelf van kant maken\b|\bdenk\w* (?:(?!niet\b|nooit\b)\w+ ){0,2}aan zelfmoord\b|"
        r"\bich will (?:einfach |nur )?sterben\b|\blust,? mich umzubringen\b|\bdaran,? mich umzubringen\b|\benvie de mourir\b",
    ],
    "nssi": [
        r"\bsie (?:pocielam|pocialem|pocielem|tne|okaleczam|przypalam)\b|\b(?:pocielam|pocialem|pocielem|tne|okaleczam|przypalam) sie\b|"
        r"\b(?:okaleczam|przypalam) si[ęe]\b|\bsi[ęe] (?:okaleczam|przypalam)\b|"
        r"\bsamookaleczam\b|\b(?:walę głową|wale glowa|walę glową|wale głową) w (?:ścian|scian)\w*",
        r"\bkendimi (?:kes(?!m(?:iyor|ed|eyece|em|ez|eyi|ekten vazge))\w*|jiletl\w*|yak(?!m(?:iyor|ad|ayaca|am|az|ay[ıi]))\w*)|\bkendime zarar ver(?:iyorum|dim|iyom)\b|\b(?:kolum|kollar[ıi]m|bile[ğg]im|bileklerim|bacaklar[ıi]m|derim)\w*\s+(?:\w+\s+)?(?:jilet\w*|kes(?:iyorum|tim|iyom)|yakiyorum|yakıyorum|yaktim|yaktım|kaz[ıi]\w*)|"
        r"\bkafam[ıi] duvar\w* vur\w*|\bderimi y[ıi]rt\w*|\bbacaklar[ıi]m[ıi] (?:jiletle )?kes\w*|\bkollar[ıi]m[ıi] kest\w*",
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
        r"จดหมายลา|رسالة وداع|прощальн\w* записк|囤药|攒药|存药|攒了好几板|东西也?都送(?:人|出去|掉)|把(?:猫|狗)送给",
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
_STEP_PLACE = (r"(?:binari|banchina|trilhos|trem|plataforma|v[ií]as|and[ée]n|perron|spoor|gleis\w*|bahnsteig|rails|tory|torach|peron\w*|"
               r"ray\w*|quais?|ponte|puente|brug|br[üu]cke|most\w*|k[öo]pr[üu]\w*|pont|dach\w*|tetto|telhado|azotea|dak|[çc]at[ıi]\w*)")
_V11_ASCII: dict[str, list[str]] = {
    "plan_preparation": [
        # a date chosen (not for a wedding, a trip or an exam)
        r"\b(?:ho (?:gi[àa] )?(?:scelto|deciso|fissato) (?:il giorno|la data)|(?:j[áa] )?escolhi (?:a data|o dia)|(?:eleg[ií]|escog[ií]) (?:la fecha|el dia)|"
        r"de datum staat (?:vast|gepland)|ik heb (?:de|een) datum (?:gekozen|geprikt|vastgezet)|ich habe (?:den tag|das datum) (?:gew[äa]hlt|festgelegt|ausgesucht)|"
        r"j'ai choisi (?:la date|le jour)|(?:tarihi|tarihini|g[üu]n[üu]) (?:belirledim|sectim)|wybra[łl](?:a|e)?m (?:dat[ęe]|dzie[ńn]))\b" + _EVENT,
        # things given away, "won't need them any more"
        r"\b(?:sto regalando|ho regalato|ho dato via) (?:le mie cose|tutte le mie|tutto|la mia|il mio|i miei)\b|"
        r"\bdei (?:meu|minha|meus|minhas)\b" + _W + r"{0,60}\bn[ãa]o vou (?:mais )?precisar\b|\bregal[ée] (?:todas )?mis cosas\b|"
        r"\bik heb (?:al )?(?:mijn|m'n) spullen (?:verdeeld|weggegeven)\b|\b(?:meine sachen|alles) verschenkt\b|\bj'ai donn[ée] (?:toutes )?mes affaires\b|"
        r"\be[şs]yalar[ıi]m[ıi] (?:\w+ ){0,2}(?:da[ğg][ıi]tt[ıi]m|verdim)\b|\brozda[łl](?:a|e)?m (?:swoje|wszystkie|moje) \w+",
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

# Denials (round eleven): a negation inside or around the risk phrase that the patterns above do not
# match ("死にたくない", "자살할 생각은 없어요", "ölmek istemiyorum", "non penso più al suicidio",
# "no tengo ninguna intención de quitarme la vida"). A denial is never a disclosure: it makes the turn
# a mention, and ``negation_spans`` hands its clause to ``risk._negation_cut``, so a turn whose only
# risk language is denied is decided by stage one (``crisis._negated_rest``) instead of the learned
# stage reading the denied words as a disclosure.
_NEG_WORDS = (r"(?:no|non|n[ãa]o|nunca|mai|jamais|niet|nooit|geen|nicht|nie|niemals|keine?[nm]?|aucune?|nenhuma?|ninguna?|nessuna?|alcuna?|"
              r"nigdy|ani|hi[çc]bir|asla|hi[çc])")
_SELF_OBJ = (r"(?:suicidio|suicidi|suicidarme|suicidarse|suicidas|me suicider|suizid\w*|zelfmoord\w*|samob[óo]jst\w*|intihar\w*|matar(?:me|te)?|me matar|morrer|morir(?:me)?|morire|uccider(?:mi|si)|ammazzar(?:mi|si)|"
             r"togliermi la vita|tirar (?:a )?(?:minha )?(?:pr[óo]pria )?vida|quitarme la vida|van het leven (?:te )?beroven|mezelf (?:\w+ )?(?:van kant|iets aan)|"
             r"das leben (?:zu )?nehmen|umzubringen|umbringen|sterben|me tuer|me suicider|mourir|fare(?:mi)? del male|farmi male|me machucar|hacerme da[ñn]o|"
             r"pijn (?:te )?doen|iets (?:aan )?(?:te )?doen|aandoen|verletzen|etwas antun|me faire du mal|zabi[ćc] si[ęe]|odbiera[ćc] sobie [żz]ycia|umiera[ćc]|umrze[ćc]|"
             r"zrobi[ćc] sobie krzywd\w*|zarar verme\w*|canima kiymak|olmek)")
_AFFIRM_BETWEEN = r"(?!" + _W + r"{0,30}\b(?:smett\w*|parar|dejar de|ophouden|stoppen|aufh[öo]r\w*|przesta\w*|vazge[çc]\w*|kurtulam\w*)\b)"
_DENIAL_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\b" + _NEG_WORDS + r"\b" + _AFFIRM_BETWEEN + _W + r"{0,40}?\b" + _SELF_OBJ + r"\b",
        r"\b(?:non [èe] che|n[ãa]o [ée] que|no es que|het is niet (?:zo )?dat|es ist nicht so,? dass|ce n'est pas que|to nie tak,? [żz]e)\b" + _W + r"{0,25}\b(?:morire|morrer|morir|dood|sterben|mourir|umrze[ćc]|umiera[ćc])\b",
        r"\b(?:[öo]lmek|intihar etmek|kendimi [öo]ld[üu]rmek) (?:istemiyorum|istemiyom|istemem)\b|\b[öo]lmek istedi[ğg]imden de[ğg]il\b|"
        r"\bintihar\w* (?:hi[çc] )?d[üu][şs][üu]nm(?:edim|[üu]yorum|em)\b|\bniyetim yok\b|\bd[üu][şs][üu]nmedim\b",
    ],
    "nssi": [
        r"\b(?:kendime|kendimi) (?:asla |hi[çc] )?(?:zarar vermem|zarar vermiyorum|kesmiyorum|kesmem|kesmedim|kesmeyece[ğg]im)\b|\bkesmeyi b[ıi]rakt[ıi]m\b|"
        r"\b(?:snijd|kras|brand) (?:ik )?mezelf niet\b|\bgestopt met (?:snijden|krassen)\b|\b(?:ritze|schneide) mich nicht\b|\bparei de me (?:cortar|machucar)\b|"
        r"\bdej[ée] de cortarme\b|\bsmesso di tagliarmi\b|\bprzesta[łl](?:a|e)?m si[ęe] (?:ci[ąa][ćc]|ci[ąa]c|okalecza[ćc])\b|\bnie tn[ęe] si[ęe]\b",
    ],
}
_DENIAL_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"(?:죽고\s?싶|자살\S*|목숨\s?끊을|죽을)\S*\s?(?:\S+\s?){0,2}?(?:생각|마음)\S*\s?(?:\S+\s?){0,1}(?:없|안\s?들|안\s?해)|죽고\s?싶(?:지|진)\s?(?:는|도|가)?\s?않|"
        r"죽고\s?싶은\s?(?:건|것은|게)\s?아니",
        r"死にたくな(?:い|かった)|(?:死ぬ|命を絶つ|自殺する)つもり(?:なんて|は)?(?:全然|まったく|全く)?(?:ない|ありません)|自殺(?:なんて|は|とか)?(?:考えたこと|思ったこと)(?:は|も)?(?:ない|ありません)|"
        r"死にたい(?:とか|って)?(?:わけ)?じゃな|死にたいってわけ",
        r"(?:不想|并不想|不是想|没想过|没有想过|从没想过|从来没想过)(?:要)?(?:死|自杀|轻生|结束生命|伤害自己)|没有(?:自杀|轻生)的(?:念头|想法)|"
        r"ما (?:فكرت|أفكر)[^.!?،]{0,12}(?:ال)?انتحار|ما (?:أبي|ابي|أبغى|بدي) أموت|ما عندي (?:أي )?نية|"
        r"никогда не думал\w* о самоубийств|не хочу умирать|не собираюсь (?:покончить|умирать)|"
        r"ไม่(?:เคย)?(?:ได้)?คิด(?:จะ)?ฆ่าตัวตาย|ไม่อยากตาย",
        r"(?:ölmek|intihar etmek|kendimi öldürmek) (?:istemiyorum|istemem)|ölmek istediğimden değil|intihar\S* (?:hiç )?düşünm(?:edim|üyorum)|nie chcę umierać|nie chcę umrzeć",
    ],
    "nssi": [
        r"자해\S*\s?(?:\S+\s?){0,2}(?:안\s?해|안\s?한|끊은|끊었|안\s?함)|(?:リスカ|自傷)(?:は|も)?(?:もう)?(?:してない|やめた|やめてる|しません)|再也不会(?:割腕|自残|伤害自己)|"
        r"kendime (?:asla |hiç )?zarar vermem|kendimi kesmiyorum|przestałam się ciąć|przestałem się ciąć|nie tnę się",
    ],
}

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
_DENIAL_ASCII_BRANCHES: dict[str, list[re.Pattern]] = {
    c: [re.compile(b, re.IGNORECASE) for p in ps for b in _top_level(p)] for c, ps in _DENIAL_ASCII.items()}
_DENIAL_RAW_BRANCHES: dict[str, list[re.Pattern]] = {c: [re.compile(b) for p in ps for b in _top_level(p)] for c, ps in _DENIAL_RAW.items()}
for _bs in (*_ASCII_BRANCHES.values(), *_RAW_BRANCHES.values(), *_DENIAL_ASCII_BRANCHES.values(), *_DENIAL_RAW_BRANCHES.values()):
    for _b in _bs:
        guard(_b)  # built once here, not by the first batch that reaches a category (the warm-up's promise)


def _mask(patterns) -> int:
    return sum(1 << guard(b).gid for b in patterns)


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
    r"(?<!\S)(?:안|못|не|никогда|مش|لا|مو|مب)(?!\S))" + r"(?:\s+\S+){0,3}\s*$|"
    # Arabic "ما" is also "what" ("بسبب ما يفعله زوجي بي أفكر في الانتحار"): a negation only just before the verb
    r"(?<!\S)ما(?:\s+\S+)?\s*$|"
    r"(?:不|没|沒|从不|从来没)[^\s，。！？,]{0,3}$|ไม่\S{0,8}$", re.IGNORECASE)
_NEG_AFTER = re.compile(
    r"^\S{0,3}\s*(?:\S+\s+){0,3}?(?:\S*(?:지\s?않|진\s?않|건\s?아니|것은\s?아니|건\s?아니|안\s?해|안해|안\s?함|안\s?들|없어|없음|없습니다|없다)|"
    r"(?:わけじゃ|わけでは|訳じゃ|訳では|とかじゃな|じゃなくて|ではなくて|てない|てません|てないよ|なんて(?:考え|思っ)てない|ことはない|はしてない|とは思ってない)|"
    r"de[ğg]il\w*)|^[^\s、。]{0,6}?(?:してない|してません|やってない|やめた(?!い)|やめてる)|^\s*(?:niet|nicht|nie)\b(?!\s+(?:alleen|nur|tylko)\b)", re.IGNORECASE)
_FIRST = re.compile(
    r"\b(?:ja|mnie|eu|yo|io|ik|ich|je|ben|bende|kendimi|kendime)\b|(?<!\S)(?:나는?|난|내가|저는?|전|제가)(?!\S)|私|僕|俺|うち|我|"
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
    r"(?<![给跟和对向把])(?:朋友|室友|妹妹|弟弟|姐姐|哥哥|同学|同事|儿子|女儿|妈妈|爸爸)|[她他]|"
    r"подруга|друг|брат|сестра|говорит|сказал|صاحبتي|صديقي|أخوي|أختي|أخي|يقول|เพื่อน", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:aos \d+(?: anos)?|a los \d+(?: a[ñn]os)?|a \d+ anni|(?:\w+ )?lat temu|kiedy[śs]|jako nastolat\w*|w liceum|(?:\w+ )?y[ıi]l(?:lar)? [öo]nce|lise(?:de|deyken)|[üu]niversitede|eskiden|"
    r"na adolesc[êe]ncia|(?:\w+ )?anos atr[áa]s|h[áa] (?:\w+ )?anos|hace (?:\w+ )?a[ñn]os|(?:\w+ )?anni fa|vroeger|(?:\w+ )?ja(?:ar|ren) geleden|"
    r"fr[üu]her|vor (?:\w+ )?jahren|il y a (?:des |\w+ )?ann[ée]es|il y a \w+ ans)\b|"
    r"(?:고등학교|중학교|중학생|고등학생|초등학생|대학생|어렸을)\s?때|예전에|전에는|"
    r"中学の頃|高校の頃|昔は|昔|若い頃|以前|小时候|以前|曾经|初中的时候|高中的时候|大学的时候|年前|"
    r"زمان|في الماضي|قبل (?:\S+ )?سنوات|в школе|в юности|лет назад", re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:jestem w dobrym miejscu|dzi[śs] jestem szcz[ęe][śs]liw\w*|art[ıi]k iyiyim|[şs]imdi (?:[çc]ok )?iyiyim|hoje estou bem|estou bem|t[ôo] (?:muito )?bem|"
    r"(?:ahora|hoy) estoy bien|ora sto bene|nu gaat het goed|heute geht es mir gut|teraz jest (?:dobrze|ok)|terapia mi pomog\w*|"
    r"y[ıi]llard[ıi]r yapm[ıi]yorum|hayat[ıi]m [çc]ok g[üu]zel|aujourd'hui je vais bien|je vais mieux)\b|"
    r"지금은\s?(?:완전\s?|다\s?)?(?:괜찮|안\s?해|안\s?한)|안\s?한\s?지|今は元気|今は楽しく|今は大丈夫|已经走出来|现在[^。！？]{0,4}(?:很好|好了|好多了|没事)|"
    r"(?:الحين|الآن) أنا بخير|сейчас всё хорошо|сейчас все хорошо", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(?:wczoraj|znowu|dzisiaj|dun|d[üu]n|yine|ge[çc]en hafta|ontem|de novo|ayer|anoche|otra vez|ieri|di nuovo|stanotte|gisteren|weer|"
    r"gestern|wieder|hier)\b|어제|또|다시|昨日|またし|また|先週|昨天|又|上周|امبارح|вчера|опять|снова|เมื่อคืน|อีกแล้ว", re.IGNORECASE)
_FRAME = re.compile(
    r"\b(?:livro|personagem|filme|s[ée]rie|pel[ií]cula|libro|personaje|wiadomo[śs]ci\w*|ksi[ąa][żz]k\w*|prac[ęe] magistersk\w*|wolontariusz\w*|telefon\w* zaufania|haberler\w*|haberde|tez\w*|roman\w*|"
    r"[öo]nleme|g[öo]n[üu]ll[üu]\w*|jornal|not[ií]cia|tcc|volunt[áa]ri\w*|cvv|novela|documental|telegiornale|romanzo|scriptie|artikel|"
    r"hausarbeit|documentaire|preven\w*)\b|"
    r"뉴스|논문|드라마|영화|소설|기사|예방|자원봉사|장면|ニュース|報道|レポート|論文|小説|ボランティア|予防|映画|新闻|报道|论文|小说|电影|志愿者|热线|"
    r"الأخبار|курсов|профилактик", re.IGNORECASE)
_IDIOM = re.compile(
    r"\b(?:g[łl]odu|[śs]miechu|a[çc]l[ıi]ktan|g[üu]lmekten|s[ıi]caktan|s[ıi]k[ıi]nt[ıi]dan|fome|rir|vergonha|hambre|risa|fame|ridere|honger|lachen|hunger|cozinha\w*|cozinhando|fog[ãa]o|panela|cebola|cocinando|cocina|sem querer|sin querer|"
    r"per sbaglio|sol|kochen|k[üu]che|aus versehen|per ongeluk|koken)\b|"
    r"배고파|웃겨|더워|졸려|맛있어서|お腹すいて|笑いすぎ|暑すぎ|恥ずかし|饿死|笑死|热死|الجوع|الضحك|голоду|смеху|หิว|ขำ", re.IGNORECASE)


def _sentence(text: str, m: re.Match) -> tuple[int, int]:
    s = max(text.rfind(c, 0, m.start()) for c in _END) + 1
    ends = [i for i in (text.find(c, m.end()) for c in _END) if i != -1]
    return s, min(ends, default=len(text))


def negated(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is ruled out by a negation just before it or just after it."""
    s, e = _sentence(text, m)
    clause_after = re.split(r"[,،、，]", text[m.end():e], maxsplit=1)[0]
    if _NEG_BEFORE.search(text[s:m.start()][-30:]):
        return True
    # "생각밖에 안 들어" (nothing but the thought), "멈출 수가 없어" (I can't stop): a negation that affirms
    return bool(_NEG_AFTER.search(clause_after)) and not _AFFIRMING_AFTER.search(clause_after)


_AFFIRMING_AFTER = re.compile(r"밖에\s?(?:안|못|없)|수가?\s?없|しか(?:ない|考えられ)|止められない|やめられない")


def disclosure(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is the speaker's own, current, literal risk."""
    s, e = _sentence(text, m)
    before, sentence = text[s:m.start()], text[s:e]
    if negated(text, m):
        return False
    if not _FIRST.search(m.group(0)):
        subjects = [x.group(0) for x in re.finditer(rf"{_FIRST.pattern}|{_THIRD.pattern}", before, re.IGNORECASE)]
        if subjects and not _FIRST.fullmatch(subjects[-1]):
            return False
    if _RECOVERED.search(text[s:]) or _PAST.search(sentence) and not _RECENT.search(sentence):
        return False
    return _FRAME.search(sentence) is None and _IDIOM.search(sentence) is None


@lru_cache(maxsize=32_768)
def _folded_low(low: str) -> Folded:
    return Folded(low)


def raw_may_match(low: str) -> bool:
    """Whether some ``RAW`` branch's guard passes the lowered text of a turn that is not ASCII."""
    return _any_passes(_folded_low(low), _RAW_ALL, _RAW_ANY_MASK)


def may_match(folded: Folded) -> bool:
    """False proves no pattern of this module can match the turn."""
    return (_any_passes(folded, _ASCII_ALL, _ASCII_ANY_MASK)
            or (not folded.text.isascii() and raw_may_match(folded.text.lower())))


def find(category: str, text: str, folded: Folded) -> tuple[bool, bool]:
    """(mentioned, disclosed) for one category's patterns in a turn."""
    mentioned = False
    if _any_passes(folded, _ASCII_BRANCHES[category], _ASCII_MASK[category]):
        for branch in _ASCII_BRANCHES[category]:
            if guard(branch).may_match(folded):
                for m in branch.finditer(text):
                    mentioned = True
                    if disclosure(text, m):
                        return True, True
    if not text.isascii():
        low = text.lower()
        folded_low = _folded_low(low)
        if _any_passes(folded_low, _RAW_BRANCHES[category], _RAW_MASK[category]):
            for branch in _RAW_BRANCHES[category]:
                if guard(branch).may_match(folded_low):
                    for m in branch.finditer(low):
                        mentioned = True
                        if disclosure(low, m):
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
        folded_low = _folded_low(low)
        if _any_passes(folded_low, _DENIAL_RAW_BRANCHES[category], _DENIAL_RAW_MASK[category]):
            out += [(m, low) for b in _DENIAL_RAW_BRANCHES[category] if guard(b).may_match(folded_low) for m in b.finditer(low)]
    return out


_CLAUSE_END = re.compile(r"[,،、，:]|\s(?:ma|mas|pero|maar|aber|mais|ale|ama|ancak|fakat|но|بس|แค่)\s|但|可是|只是|就是|けど|でも|ただ|그냥|근데|그래도")


def negation_spans(text: str, folded: Folded) -> list[tuple[int, int, str, bool]]:
    """Every match of this module's patterns and denials in a turn as (start of its sentence, end of
    its clause, category, negated), for ``risk._negation_cut``: a denial is always negated, a pattern's
    match when a negation rules it out (``negated``); the clause ends at a comma or a "but" / "just"
    ("死にたくない、ただ休みたいだけ" leaves "ただ休みたいだけ")."""
    out = []
    wide = not text.isascii()
    low = text.lower() if wide else text
    for category in ASCII:
        found = []
        if _any_passes(folded, _ASCII_BRANCHES[category], _ASCII_MASK[category]):
            found += [(m, text, False) for b in _ASCII_BRANCHES[category] if guard(b).may_match(folded) for m in b.finditer(text)]
        if wide and _any_passes(_folded_low(low), _RAW_BRANCHES[category], _RAW_MASK[category]):
            found += [(m, low, False) for b in _RAW_BRANCHES[category] if guard(b).may_match(_folded_low(low)) for m in b.finditer(low)]
        found += [(m, t, True) for m, t in _denials(category, text, folded)]
        for m, t, denial in found:
            s, e = _sentence(t, m)
            after = _CLAUSE_END.search(t, m.end(), e)
            aligned = t is text or len(t) == len(text)  # a lowered "İ" is two characters: no span to cut
            neg = aligned and (denial or negated(t, m))
            out.append((s, after.start() if after else e, category, neg))
            if neg and category == "active_ideation":
                # "я не хочу умирать, просто устала": denying the wish to die denies the passive wish too,
                # so the rest ("просто устала") is not read as one (``risk.denied``)
                out.append((s, after.start() if after else e, "passive_wish", True))
    return out
