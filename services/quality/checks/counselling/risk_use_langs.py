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

from services.quality.checks.counselling.risk_langs import Reading, folded_low, reads_own_risk
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
        r"\bkendimi (?:kes\w*|jiletl\w*|yak\w*)|\bkendime zarar ver(?:iyorum|dim|iyom)\b|\b(?:kolum|kollar[ıi]m|bile[ğg]im|bileklerim|bacaklar[ıi]m|derim)\w*\s+(?:\w+\s+)?(?:jilet\w*|kes(?:iyorum|tim|iyom)|yakiyorum|yakıyorum|yaktim|yaktım|kaz[ıi]\w*)|"
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
        r"رسالة وداع|прощальн\w* записк|囤药|攒药|存药|攒了好几板|东西也?都送(?:人|出去|掉)|把(?:猫|狗)送给",
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
for _bs in (*_ASCII_BRANCHES.values(), *_RAW_BRANCHES.values()):
    for _b in _bs:
        guard(_b)  # built once here, not by the first batch that reaches a category (the warm-up's promise)


def _mask(patterns) -> int:
    return sum(1 << guard(b).gid for b in patterns)


_ASCII_MASK = {c: _mask(bs) for c, bs in _ASCII_BRANCHES.items()}
_RAW_MASK = {c: _mask(bs) for c, bs in _RAW_BRANCHES.items()}
_ASCII_ANY_MASK = _mask(b for bs in _ASCII_BRANCHES.values() for b in bs)
_RAW_ANY_MASK = _mask(b for bs in _RAW_BRANCHES.values() for b in bs)
_ASCII_ALL = [b for bs in _ASCII_BRANCHES.values() for b in bs]
_RAW_ALL = [b for bs in _RAW_BRANCHES.values() for b in bs]


def _any_passes(folded: Folded, branches: list[re.Pattern], mask: int) -> bool:
    if NATIVE_GUARDS:
        return folded.passes() & mask != 0
    return any(guard(b).may_match(folded) for b in branches)


# -- reading a match in its sentence ---------------------------------------------------------

_END = ".!?;\n。！？"
_NEG_BEFORE = re.compile(
    r"(?:\b(?:nie|nigdy|n[ãa]o|nao|nunca|jamais|no|non|mai|niet|nooit|nicht|kein\w*|ne|pas|aucune?|asla|nee)\b|\bn'\w+|"
    r"(?<!\S)(?:안|못|не|никогда|ما|مش|لا|مو|مب)(?!\S))" + r"(?:\s+\S+){0,3}\s*$|"
    r"(?:不|没|沒|从不|从来没)[^\s，。！？,]{0,3}$|ไม่\S{0,8}$", re.IGNORECASE)
_NEG_AFTER = re.compile(
    r"^\S{0,3}\s*(?:\S+\s+){0,2}?(?:\S*(?:지\s?않|진\s?않|건\s?아니|것은\s?아니|건\s?아니|안\s?해|안해|안\s?함|없어|없음|없습니다|없다)|"
    r"(?:わけじゃ|わけでは|訳じゃ|訳では|てない|てません|てないよ|なんて(?:考え|思っ)てない|ことはない|はしてない|とは思ってない)|"
    r"de[ğg]il\w*)", re.IGNORECASE)
_FIRST = re.compile(
    r"\b(?:ja|mnie|eu|yo|io|ik|ich|je|ben|bende|kendimi|kendime)\b|(?<!\S)(?:나는?|난|내가|저는?|전|제가)(?!\S)|私|僕|俺|うち|我|"
    r"\bя\b|أنا", re.IGNORECASE)
_THIRD = re.compile(
    r"\b(?:brat|siostra|przyjaci[óo][łl]k\w*|przyjaciel\w*|kolega|kole[żz]anka|syn|c[óo]rka|mama|tata|m[óo]wi|powiedzia\w*|pisze|"
    r"arkada[şs][ıi]m|arkada[şs][ıi]m[ıi]z|karde[şs]im|annem(?! i[çc]in| ile)|babam(?! i[çc]in| ile)|sevgilim|abim|ablam|dedi|diyor|s[öo]yl[üu]yor|"
    r"(?<!pra )(?<!para )(?<!com )(?:meu|minha) (?:irm[ãa]o|irm[ãa]|amig[oa]|filh[oa]|namorad[oa]|m[ãa]e|pai|prim[oa]|colega)|mi (?:hermano|hermana|prima|primo|amig[oa]|novio|novia|hijo|hija)|mio (?:fratello|figlio|amico)|"
    r"mia (?:sorella|figlia|amica)|la mia amica|mein\w* (?:freund\w*|bruder|schwester)|mon (?:fr[èe]re|ami)|ma (?:s[œo]eur|amie)|"
    r"falou|disse|dice|dijo|zegt|sagt|ele|ela|ella|[ée]l|lui|lei|hij|zij|er|elle)\b|"
    r"(?:친구|동생|남친|여친|남자친구|여자친구|엄마|아빠|언니|오빠|누나|형|애인|룸메|아들|딸|남편|아내|주인공|걔)(?:가|이|는|도)|"
    r"(?:友達|友人|妹|弟|姉|兄|彼氏|彼女|母|父|息子|娘|夫|妻|主人公|同僚)(?:が|は|も)|"
    r"(?<![给跟和对向把])(?:朋友|室友|妹妹|弟弟|姐姐|哥哥|同学|同事|儿子|女儿|妈妈|爸爸)|[她他]|"
    r"подруга|друг|брат|сестра|говорит|сказал|صاحبتي|صديقي|أخوي|أختي|أخي|يقول|เพื่อน", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:(?:\w+ )?lat temu|kiedy[śs]|jako nastolat\w*|w liceum|(?:\w+ )?y[ıi]l(?:lar)? [öo]nce|lise(?:de|deyken)|[üu]niversitede|eskiden|"
    r"na adolesc[êe]ncia|(?:\w+ )?anos atr[áa]s|h[áa] (?:\w+ )?anos|hace (?:\w+ )?a[ñn]os|(?:\w+ )?anni fa|vroeger|(?:\w+ )?ja(?:ar|ren) geleden|"
    r"fr[üu]her|vor (?:\w+ )?jahren|il y a (?:des |\w+ )?ann[ée]es|il y a \w+ ans)\b|"
    r"(?:고등학교|중학교|중학생|고등학생|초등학생|대학생|어렸을)\s?때|예전에|전에는|"
    r"中学の頃|高校の頃|昔は|昔|若い頃|以前|小时候|以前|曾经|初中的时候|高中的时候|大学的时候|年前|"
    r"زمان|في الماضي|قبل (?:\S+ )?سنوات|в школе|в юности|лет назад", re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:jestem w dobrym miejscu|dzi[śs] jestem szcz[ęe][śs]liw\w*|art[ıi]k iyiyim|[şs]imdi (?:[çc]ok )?iyiyim|hoje estou bem|estou bem|"
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


_READING = Reading(_END, re.compile(r"[,،、，]"), _NEG_BEFORE, _NEG_AFTER, _FIRST, _THIRD, _RECOVERED, _PAST,
                   _RECENT, _FRAME, _IDIOM)


def disclosure(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is the speaker's own, current, literal risk."""
    return reads_own_risk(_READING, text, m)


def raw_may_match(low: str) -> bool:
    """Whether some ``RAW`` branch's guard passes the lowered text of a turn that is not ASCII."""
    return _any_passes(folded_low(low), _RAW_ALL, _RAW_ANY_MASK)


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
        low_folded = folded_low(low)
        if _any_passes(low_folded, _RAW_BRANCHES[category], _RAW_MASK[category]):
            for branch in _RAW_BRANCHES[category]:
                if guard(branch).may_match(low_folded):
                    for m in branch.finditer(low):
                        mentioned = True
                        if disclosure(low, m):
                            return True, True
    return mentioned, False
