"""Stage one of client-turn risk detection in the languages the learned stage reads with an English
encoder (thirteenth session, 2026-12-04): Hindi (Devanagari and romanised), Swedish, Danish,
Norwegian, Finnish, Czech, Ukrainian, Romanian, Hungarian, Greek, Vietnamese, Indonesian, Hebrew,
Bengali, Urdu, Tagalog and Swahili. The learned stage reads English with MiniLM and 14 languages
with USE-m3 (``use_m3.LANGUAGES``); every other language reaches an encoder that sees it as
fragments, so there stage one (these patterns, then the router's cues) is what finds risk.

One pattern set per C-SSRS category, written on the general form of each category in each
language (a first-person wish to die or not to wake, others better off without me, thinking about
suicide, jumping from a height or before a train, a decision with a time, letters and hoarded
pills, cutting or burning oneself, pills swallowed and waking in hospital), with the person in the
verb where the language marks it (cs "chci umřít" / "chce", sw "nataka" / "anataka", uk "ріжу" /
"ріже", el "να αυτοκτονήσω" / "-ει", tl "gusto ko" / "gusto niya") and the subject words where it
does not. A match is then read in its sentence (``disclosure``): a negation just before it (or
after it, in Hindi, Urdu and Bengali, where it follows the verb), a third person as the last subject
before it, past and recovered unless said to be recent, news / study / fiction / prevention work,
and an idiom of dying in the sentence ("dying of laughter", "of hunger", "this heat"). A match read
so is a mention (``risk.classify``: level low, category none), as for the other languages.

Two sets: ``ASCII`` (Latin script, case-insensitive; branches spelled out so that each holds an ASCII
literal the guards can look for: of 17,090 English texts, CounselChat's questions and answers and the
labelled files' English turns, 2.8% pass ``may_match`` and none matches) and ``RAW`` (the other scripts and
Vietnamese with its diacritics: case-sensitive, matched on the lowered text of a turn that is not
ASCII, behind a guard of its own). Neither adds a feature: a match is one of the existing
categories, which the learned stage already reads.

Round thirteen (sixteenth session): Hindi "soch ... ki mar jaun", "zinda nahi rehna", "marne ka soch", a
bridge or a roof and "kud-", Indonesian "hidup ... pengen udahan"; a negation before the match no longer
binds across a comma. docs/quality.md, "Stage one in the other languages, round thirteen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from services.quality.checks.counselling import risk_nssi35
from services.quality.checks.counselling.spans import sentence_span
from services.quality.checks.prefilter import Folded, guard

_W = r"[^.!?;\n।۔]"  # within the sentence

ASCII_PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        # round eleven: inversions, overdoses, hanging, poison (sv da no fi cs ro id, romanised hi)
        r"\b(?:tog|tok) (?:jeg |jag )?en [öo]verdos\w*|\b(?:tog|tok) (?:jeg |jag )?en overdos\w*|\bf[öo]rs[öo]kte jag (?:att )?(?:ta livet av mig|h[äa]nga mig|ta mitt liv)\b|"
        r"\bpr[øo]vde jeg (?:å )?(?:ta livet mitt|ta livet av meg|henge meg)\b|\bsv(?:alde|alt) (?:jag )?(?:alla|alle) (?:mina |mine )?(?:tabletter|piller)\b",
        r"\botin (?:eilen |viime \w+ )?yliannostuksen\b|\bp[řr]ed[áa]vkoval(?:a)? jsem se\b|\bjsem se (?:v[čc]era |minul[ýy] t[ýy]den )?p[řr]ed[áa]vkoval(?:a)?\b|"
        r"\bam luat o supradoz[ăa]\b|\bam luat (?:toate|un pumn de) (?:pastile|pastilele|medicamentele)\b|\b(?:aku|gue|gw|saya) (?:udah |sudah )?(?:overdosis|od)\b|\b(?:minum|nelen) (?:semua )?(?:obat|pil) (?:tidur )?(?:sebanyak|banyak banget)\b|"
        r"\b(?:zeh?e?r|jahar|poison|keetnashak) (?:pi|kha) (?:liya|li|liyi)\b|\b(?:bahut|bohot|sari|saari) (?:saari |sari )?(?:tablets|pills|goli|goliyan|dawai\w*) kha (?:li|liya|lin)\b|\b(?:suicide|khudkh?ushi) (?:ka )?(?:attempt|koshish) (?:kiya|ki)\b",
        # sv da no
        r"\bf[öo]rs[öo]kte (?:att )?(?:ta livet av mig|h[äa]nga mig|d[öo]da mig|ta mitt liv)|"
        r"\bpr[øo]vde (?:å )?(?:ta livet mitt|ta livet av meg|henge meg|drepe meg)|"
        r"\bfors[øo]gte (?:at )?(?:tage mit (?:eget )?liv|h[æa]nge mig|sl[åa] mig selv ihjel|beg[åa] selvmord)\b|\bfors[øo]gte selvmord\b",
        r"\b(?:jag |jeg )?(?:tog|tok) (?:alle|alla) (?:mine |mina )?(?:piller|tabletter|sovepiller|s[öo]mntabletter)\b|"
        r"\b(?:tog|tok) en overdos\w*|\b(?:vaknade|v[åa]gnede|v[åa]knet) (?:upp )?p[åa] (?:akuten|sjukhuset|hospitalet|sykehuset|intensiven)\b",
        # fi
        r"\byritin (?:tappaa itseni|hirtt[äa]yty[äa]|hirtt[äa][äa] itseni|itsemurhaa)\b|\botin (?:kaikki|koko)\b" + _W + r"{0,20}"
        r"\b(?:l[äa][äa]kkeet|pillerit|tabletit|purkin|paketin)|\bher[äa]sin (?:sairaalasta|sairaalassa|teholla|teholta)\b",
        # cs
        r"\bspolykal(?:a)? (?:jsem )?(?:v[šs]echny )?(?:pr[áa][šs]ky|l[ée]ky|tablety)|\bpokusil(?:a)? jsem se (?:zab[ií]t|ob[ěe]sit|o sebevra[žz]du)\b",
        # ro
        r"\bam [îi]nghi[țtţș]it (?:toate|o cutie|un pumn)\b|\bam [îi]ncercat s[ăa] m[ăa] (?:sinucid|sp[âa]nzur|omor|arunc)\b|"
        r"\b(?:am|am avut) o tentativ[ăa]\b|\bm-am trezit la (?:spital|urgen[țtţ]e)\b",
        # hu
        r"\bbevettem az [öo]sszes\b|\bfelakasztottam magam\b|\bmegpr[óo]b[áa]ltam\b" + _W + r"{0,20}\b(?:meg[öo]lni magam|felakasztani|[öo]ngyilkos)|"
        r"\bk[óo]rh[áa]zban [ée]bredtem\b",
        # id
        r"\bminum (?:sebotol|satu botol|semua|banyak) obat\b|\bminum racun\b|\b(?:nyoba|mencoba) (?:bunuh diri|gantung diri)\b",
        # tl
        r"\bininom ko (?:lahat|lahat ng)\b|\bnag-?overdose ako\b|\bnagtangka (?:akong|ako na) magpakamatay\b|"
        r"\bsinubukan kong (?:magpakamatay|magbigti|tumalon)\b",
        # sw
        r"\bnilimeza vidonge\b|\bnilijaribu (?:kujiua|kujinyonga)\b|\bnikaamka hospitalini\b",
        # hi (romanised)
        r"\bzeh?e?r kha (?:liya|li)\b|\b(?:saari|sari|sab|poori|puri) (?:neend ki )?goliyan kha (?:li|liya|lin)\b|\bstomach wash\b|"
        # round twelve: pills swallowed again ("phir se goliyan kha li")
        r"\b(?:phir se|dobara)\b" + _W + r"{0,20}\b(?:goliyan|goli|pills|tablets|dawai\w*) kha (?:li|liya|lin|lee)\b",
    ],
    "plan_preparation": [
        r"\b(?:k[öo]pt|k[øo]bt|kj[øo]pt)\b (?:et |ett )?(?:rep|reb|tau)\b|\bkoupil(?:a)? jsem (?:si )?provaz\b|\bam cump[ăa]rat (?:o )?fr[âa]nghie\b|\b(?:beli|udah beli|sudah membeli) tali\b|\bostin k[öo]yden\b|"
        r"\b(?:surat|pesan) (?:terakhir|pamit)\b|\b(?:alvida|aakhri|akhri) (?:letter|note|chitthi|msg|message|khat)\b|\brassi (?:khareed|kharid|le) (?:li|liya|aaya|aayi)\b",
        r"\b(?:avskedsbrev|afskedsbrev\w*|avskjedsbrev\w*|farv[äa]lbrev)\b|"
        r"\b(?:sparat|samlat|spart|samlet|gjemt|g[öo]mt|hamstrat|hamstret)\b (?:ihop |sammen |p[åa] )?(?:mina |mine |alle |alla )?"
        r"(?:piller|tabletter|s[öo]mntabletter|sovepiller)|\bgivet (?:min|mine|mit) \w+ v[æa]k\b|"
        r"\b(?:gett bort|gav bort|gitt bort|gi bort|givet v[æa]k|gav v[æa]k)\b" + _W + r"{0,40}\b(?:katt|kat|hund|ting|tingene|saker|grejer|gitar\w*)\b|"
        r"\b(?:hur m[åa]nga|hvor mange|hur mycket|hvor meget|hvor mye)\b" + _W + r"{0,30}\b(?:piller|tabletter|sovepiller|s[öo]mntabletter)\b"
        + _W + r"{0,30}\b(?:skal til|beh[öo]vs|kr[äa]vs|trengs|der skal til)",
        r"\b(?:j[äa][äa]hyv[äa]iskirje\w*|hyv[äa]stikirje\w*)|\bannoin\b" + _W + r"{0,20}\b(?:koiran|kissan|tavarat|tavarani)\b|"
        r"\b(?:googlan\w*|googlas\w*|etsin|katsoin)\b" + _W + r"{0,30}\b(?:paljonko|kuinka paljon|montako)\b" + _W + r"{0,30}"
        r"\b(?:l[äa][äa]k\w*|unil[äa][äa]k\w*|pillere\w*|tablet\w*)|\bker[äa](?:nnyt|[äa]n)\b" + _W + r"{0,20}\b(?:l[äa][äa]kkeit[äa]|pillereit[äa]|tabletteja)",
        r"\bdopis\w* na rozlou[čc]enou\b|\bschov[áa]v[áa]m (?:si )?(?:pr[áa][šs]k\w*|l[ée]k\w*|tablet\w*)|"
        r"\brozdal(?:a)? jsem (?:sv[ée]|svoje|v[šs]echny)\b",
        r"\bscriso(?:are|ri) de adio\b|\bam dat (?:toate )?lucrurile mele\b|\bam str[âa]ns\b" + _W + r"{0,15}\b(?:pastile|medicamente|somnifere)\b",
        r"\bb[úu]cs[úu]level\w*|\bgy[űu]jt[öo]m a (?:gyogyszer\w*|gy[óo]gyszer\w*|tablett\w*)",
        r"\bsurat (?:perpisahan|wasiat)\b|\b(?:ngumpulin|nyimpen|menimbun) obat\b",
        r"\bpinamigay ko\b|\bnagsulat (?:na )?ako ng sulat\b",
        r"\bbarua ya kuaga\b|\bnimegawa vitu vyangu\b|\bnimekusanya vidonge\b",
        r"\b(?:letters?|chitthi|chithi)\b" + _W + r"{0,20}\blikh (?:diye|di|li|diya)\b|\bkitni goliyan\b" + _W + r"{0,40}\bmar\w*",
    ],
    "intent": [
        r"\brozhodl(?:a)? jsem se\b" + _W + r"{0,20}\b(?:ud[ěe]l[áa]m to|skon[čc][ií]m (?:to|se sebou|se [žz]ivotem))|\bse (?:dnes |z[íi]tra |v noci )?zabiju\b|"
        r"\b(?:m[âa]ine|azi|disear[ăa]|diseara|la noapte|s[âa]mb[ăa]t[ăa]|duminic[ăa]) m[ăa] (?:omor|sinucid)\b|"
        r"\b(?:bakal|akan|mau) (?:ng)?akhiri(?:n)? (?:semua|semuanya|hidup\w*)\b|"
        r"\b(?:khud ko|apne aap ko) (?:khatam|khtm|maar) (?:kar )?(?:dunga|dungi|doonga|doongi|dalunga|dalungi|lunga|lungi)\b|\b(?:suicide|khudkh?ushi|khudkushi) kar (?:lunga|lungi|loonga|loongi)\b|"
        r"\b(?:jeg|jag) (?:skal|ska|vil) (?:ta|tage) (?:selvmord|livet mitt|mitt liv|mit liv)\b",
        r"\b(?:best[äa]mt mig|bestemt meg|bestemt mig|besluttet (?:mig|meg))\b[^\n]{0,60}\b(?:g[öo]r(?:a)? (?:jag )?slut p[åa] (?:det|mig|allt|livet)|"
        r"gj[øo]r(?:e)? (?:jeg )?det|g[øo]r (?:jeg )?det|ta(?:ge)? (?:mit|mitt) (?:eget )?liv|d[öø]|ta livet)|"
        r"\b(?:i (?:kv[äa]ll|kveld|aften|natt|nat)|p[åa] (?:fredag|l[öø]rdag|s[öø]ndag))\b" + _W + r"{0,20}\b(?:g[öo]r jag (?:det|slut)|gj[øo]r jeg det|g[øo]r jeg det)\b|"
        r"\b(?:jeg|jag) (?:kommer til (?:å|at)|kommer att|skal|ska) (?:ta livet|ta mitt liv|tage mit liv|dr[æa]be mig|drepe meg|d[öo]da mig)",
        r"\b(?:oon|olen) p[äa][äa]tt[äa]nyt\b" + _W + r"{0,40}\b(?:tappaa itseni|kuolla|lopettaa (?:kaiken|el[äa]m[äa]ni))",
        r"\brozhodl(?:a)? jsem se\b" + _W + r"{0,40}\b(?:zabiju se|zab[ií]t se|um[řr][ií]t|sko[čc][ií]m)|\bzabiju se\b",
        r"(?<!nu )\b[îi]mi iau via[țtţ]a\b|\b(?:am hot[ăa]r[âa]t|m-am hot[ăa]r[âa]t|am decis)\b" + _W + r"{0,40}\b(?:m[ăa] sinucid|s[ăa] mor|m[ăa] omor)",
        r"\beld[öo]nt[öo]ttem\b" + _W + r"{0,40}\b(?:v[ée]get vetek|meghalok|[öo]ngyilkos)|\bmeg[öo]l[öo]m magam\b",
        r"\b(?:udah|sudah) (?:mutusin|memutuskan)\b" + _W + r"{0,40}\b(?:ngakhirin|mengakhiri|bunuh diri|mati)\b",
        r"\b(?:decide kar liya|faisla kar liya|tay kar liya)\b" + _W + r"{0,40}\b(?:nahi rahunga|nahi rahungi|khatam|mar)\w*|"
        r"\b(?:ke baad|tak) (?:main |mai )?nahi (?:rahunga|rahungi)\b",
    ],
    "method": [
        r"\b(?:h[äa]nga mig|henge meg|h[æa]nge mig|hirtt[äa][äa] itseni|hirt[äa]n itseni|ob[ěe]sit se|se ob[ěe]sit|ob[ěe]s[ií]m se|s[ăa] m[ăa] sp[âa]nzur|ma spanzur|gantung diri|fansi|phansi|faansi)\b|"
        r"\b(?:ta|tage|svelge|sv[äa]lja) (?:alla|alle|hele)\b" + _W + r"{0,15}\b(?:piller|tabletter|sovepiller|glasset|burken|pakken)\b|"
        r"\b(?:train|tren|gaadi|gadi|truck)\b (?:ke )?(?:neeche|niche|aage|saamne|samne) (?:aa|aa ja|kood|koodna|lete)\w*|"
        r"\b(?:nadi|nahar|nehar|kuan|kuwe|river)\b" + _W + r"{0,25}\bkood\w*|\b(?:chuhe maarne ki|chuha maar|keetnashak|zeh?e?r|jahar)\b" + _W + r"{0,20}\b(?:pi|kha) (?:lu|lun|loon|lunga|lungi|loonga|loongi|jaun)\b|"
        r"\b(?:lompat|loncat|terjun)\b" + _W + r"{0,10}\b(?:dari|ke) (?:\w+ )?(?:atap|gedung|jembatan|lantai|balkon|kosan|rel)\b|\b(?:minum|nelen|menelan) (?:semua|seluruh) (?:obat|pil)\w*|"
        r"\b(?:sko[čc]it|sko[čc][ií]m) pod (?:vlak|auto|tramvaj)|\b(?:m[ăa] arunc|s[ăa] sar)\b" + _W + r"{0,15}\b(?:trenului|tren|pod|bloc|balcon|geam)\b",
        r"\b(?:hoppa|hoppe|springe|kasta mig|kaste meg|kaste mig)\s+(?:ud |ut |ned )?(?:fra|fr[åa]n|av)\s+(?:\w+\s+)?"
        r"(?:bron|broen|brua|broa|taget|taket|tagen|balkong\w*|altan\w*)|"
        r"\b(?:bron|broen|brua|taket|taget|t[åa]get|toget|sp[åa]ret|skinnerne|sporet)\b" + _W + r"{0,60}\b(?:hoppa|hoppe|springe|kasta mig|kaste meg)\b|"
        r"\b(?:g[åa]|hoppe|kaste (?:mig|meg)|kasta mig|springe)\s+(?:ud |ut )?(?:foran|framf[öo]r)\s+(?:toget|t[åa]get|et tog|ett t[åa]g|bilen|en bil)\b|"
        r"\b(?:ta|tage|svelge|sv[äa]lja)\s+(?:alle|alla)\s+(?:mine |mina )?(?:piller|tabletter|sovepiller|s[öo]mntabletter)",
        r"\b(?:hyp[äa]t[äa]|hypp[äa]isin|hypp[äa][äa]n)\b" + _W + r"{0,30}\b(?:sillalta|katolta|parvekkeelta|junan alle|ikkunasta)|"
        r"\b(?:sillalta|katolta|parvekkeelta)\b" + _W + r"{0,20}\bhyp\w*",
        r"\b(?:sko[čc][ií]m|sko[čc]it|sko[čc][ií]t)\s+(?:z|pod)\s+(?:\w+\s+)?(?:mostu|okna|st[řr]echy|balkonu|vlak|vlaku|paneláku)",
        r"\b(?:sa sar|să sar|sa ma arunc|să mă arunc)\s+(?:de pe|[îi]n fa[țtţ]a|de la|sub)\b",
        r"\bleugr(?:om|ok|an[ée]k|ani)\b",
        r"\b(?:loncat|lompat|terjun)\s+dari\s+(?:\w+\s+)?(?:jembatan|gedung|atap|lantai|apartemen)",
        r"\btumalon (?:sa|mula sa) (?:tulay|building|gusali|bubong)",
        r"\bkuruka (?:kutoka )?(?:kwenye |juu ya )?(?:daraja|jengo|ghorofa)",
        r"\b(?:railway track|train ke|patri)\b" + _W + r"{0,70}\b(?:kadam aage|kood\w*)|\b(?:pankhe|pankha|chhat|terrace)\b" + _W + r"{0,70}"
        r"\b(?:latak\w*|kood\w*|jump kar\w*)|\bfan se latak\w*",
    ],
    "active_ideation": [
        r"\b(?:tenker|t[æa]nker|t[äa]nker|vil|ska|skal|kommer til (?:[åa]|at)) (?:p[åa] (?:[åa]|at|att) )?(?:ta|tage|beg[åa]|beg[åa]r) selvmord\b|"
        r"\b(?:pengen|pgn|pngen|pingin|ingin|kepengen|mau) (?:banget |bgt |aja |ajah )?(?:mati|bunuh diri|ngilang selamanya)\b|\b(?:kepikiran|mikir|mikirin|memikirkan) (?:buat |untuk |mau )?bunuh diri\b|"
        r"\b(?:ngakhirin|mengakhiri|akhiri) hidup\w*|"
        r"\bchci (?:se )?(?:u[žz] )?(?:zab[ií]t|ob[ěe]sit|um[řr][ií]t|zem[řr][ií]t)\b|\bmysl[ií]m na (?:sebevra[žz]d\w*|smrt)\b|"
        r"(?<!nu )\b(?:vreau|a[șsş] vrea|as vrea|mi-e dor|mi e dor|vrea[uș]?) s[ăa] mor\b|\b(?:m[ăa] g[âa]ndesc|ma gandesc) (?:la|s[ăa]) (?:sinucidere|m[ăa] sinucid|mor)\b|"
        r"\b(?:mar|mr|marr)\s?(?:na|naa|jana|jaana|jaaun|jaun) (?:chahta|chahti|chahata|chahati|chaahta|chaahti|chahtha)\b|\b(?:marnaa|mrna|mrnaa) chah\w*|"
        r"\b(?:suicide|khudkh?ushi|khudkushi) (?:kar|karne|krne) (?:lu|lun|loon|ka|ki|chah\w*)\b|\b(?:suicide|khudkh?ushi|khudkushi) (?:ke|ka|ki) (?:khayal|khyal|khayalat|vichar|baare|thoughts)\b|"
        r"\b(?:jaan|jan) (?:lene|dene) (?:ka|ke) (?:khayal|khyal|mann|man|soch|irada)\b|\bapni (?:jaan|jan) (?:le|de) (?:lu|lun|loon|du|dun|doon)\b",
        r"(?<!inte )(?<!ikke )\b(?:vill (?:bara )?d[öo]|vil (?:bare )?d[øo]|lyst til (?:at|å) d[øo]|[öø]nsker (?:at|å) d[øo])\b|"
        r"\b(?:att|at|å) ta (?:livet av mig|livet av meg|mitt (?:eget )?liv|livet mitt|mit (?:eget )?liv)\b|"
        r"\b(?:t[äa]nk\w*|funder\w*|t[æa]nk\w*|tenk\w*|overvej\w*)\b" + _W + r"{0,30}\b(?:sj[äa]lvmord|selvmord)\b|"
        r"\b(?:sj[äa]lvmordstank\w*|selvmordstank\w*)|\b(?:sl[åa] mig selv ihjel|dr[æa]be mig selv|drepe meg selv|d[öo]da mig sj[äa]lv)\b",
        r"\b(?:haluun|haluan|halusin|tekee mieli)\s+(?:vaan\s+|vain\s+)?kuolla\b|"
        # (twenty-eighth session) the past participles' consonant grade too: "olen ajatellut / miettinyt / harkinnut"
        r"\b(?:miet+i\w*|ajat+el\w*|harki(?:t|n)\w*)\b" + _W + r"{0,30}\bitsemurh\w*|\bitsemurha-?ajatu\w*|\btap(?:paisin|an) itseni\b",
        r"\bchci\s+(?:u[žz]\s+)?(?:jen\s+)?(?:um[řr][ií]t|zem[řr][ií]t|se zab[ií]t)\b|"
        r"\b(?:myslim|myslím|premyslim|uvazuju|uvažuju|uvazuji|uvažuji)\b" + _W + r"{0,30}\b(?:sebevra[žz]d\w*|zab[ií]t|um[řr][ií]t)\b|"
        r"\bsebevra[žz]edn\w* my[šs]lenk\w*",
        r"(?<!nu )\bvreau s[ăa] mor\b|\b(?:m[ăa] g[âa]ndesc|m[ăa] tot g[âa]ndesc)\b" + _W + r"{0,30}\b(?:sinucid\w*|s[ăa] mor|s[ăa] (?:[îi]mi )?iau via[țtţ]a)|"
        r"\bs[ăa] m[ăa] sinucid\b",
        r"\bmeg akarok halni\b|\bmeghalni akarok\b|\b[öo]ngyilkoss[áa]g\w*\b" + _W + r"{0,20}\bgondolkod\w*|\b[öo]ngyilkos (?:akarok|leszek)\b|"
        r"\bv[ée]get vetek az [ée]letemnek\b",
        r"\bthel(?:w|o) na pethan(?:w|o)\b|\bna aftoktonis(?:w|o)\b",
        r"\b(?:ko|khong|k|hong) muon song\b|\bmuon (?:chet|tu tu)\b",
        r"\b(?:pengen|pingin|ingin|mau) (?:mati|bunuh diri)\b|\bkepikiran bunuh diri\b|\bniat bunuh diri\b|\b(?:ngakhirin|mengakhiri) hidup\w*",
        r"\b(?:gusto ko nang|gusto ko na|gusto kong) mamatay\b|\bmagpakamatay\b",
        r"\bnataka (?:kufa|kujiua)\b|\b(?:nafikiria|nawaza|ninafikiria|ninawaza) kujiua\b|\bmawazo ya kujiua\b",
        r"\bmarne ka (?:mann|man|dil|khayal|khyal)\b|\bmar jaane ka (?:mann|man)\b|\bmarna chah(?:ta|ti)\b|\b(?:khud|apne aap) ko (?:khatam|khtm|maar)\b|"
        r"\bsuicide (?:ka|ke) (?:khayal|khyal|thoughts|baare)\b|\bsuicide karna chah\w*|\bsuicidal thoughts aa\w*",
    ],
    "nssi": [
        r"\bkhud ko (?:chot|nuksaan|nuksan|hurt) (?:pahunch|pohonch|kar)\w*|\b(?:deewar|diwar|wall)\b" + _W + r"{0,20}\b(?:sir|haath|mukka|mukke) (?:maar|mar)\w*|"
        r"\b(?:haath|hath|kalai|baazu|bazu)\b" + _W + r"{0,25}\b(?:cut|kaat|katt|noch|jala)\w*|\bskin\b" + _W + r"{0,25}\bnoch\w*|"
        r"\b(?:ngelukain|melukai|nyakitin|menyakiti) diri\b|\b(?:pukul|mukul|nonjok|tonjok|ninju) tembok\b|"
        r"\b(?:slår|slog|sl[åa]r) (?:knytn[äa]v\w*|knytn[æa]v\w*|n[äa]ven|h[åa]nden|hodet) (?:i|mod|mot|ind i|inn i) (?:v[äa]ggen|v[æa]ggen|veggen)\b|"
        r"\b(?:kradser|klorer|river|klor|kliar|k[öo]r) (?:mig|meg) (?:selv )?til blods\b|\b(?:skurit|skar) mig\b|"
        r"\bpo[řr]ezal(?:a)? jsem se\b|\b(?:bu[šs][ií]m|mlat[ií]m|t[řr]isk[áa]m) (?:p[ěe]st\w* |hlavou )?do zdi\b|\b[îi]mi zg[âa]ri\w* (?:pielea|m[âa]inile|bra[țtţ]ele)\b|\bm[ăa] (?:tai|t[ăa]i) pe\b",
        r"\b(?:sk[äa]r mig|skar mig|sk[æa]rer mig|skaerer mig|kutter meg|skar meg|skj[æa]rer meg)\b|\bsk[æa]rer i mig\b|"
        r"\b(?:br[äa]nner mig|branner mig|br[æa]nder mig|braender mig|brenner meg)\s+(?:selv|med)\b|\bsl[åa]r (?:mig|meg) selv\b|\bsl[åa]r (?:mig|meg) i hodet\b|"
        r"\bskad(?:a|e) (?:mig|meg) sj[äa]lv|\bskader meg selv\b|\bskader mig selv\b",
        r"\bviiltel(?:en|in)\b|\bviillell(?:yt|eet) itse\w*|\bviilsin\b|\bsatutan itse[äa]ni\b|\bpolt(?:an|in) itse[äa]ni\b|\bl[yi][öo]n itse[äa]ni\b",
        r"\b[řr]e[žz]u se\b|\bpo[řr]ez[áa]v[áa]m se\b|\bp[áa]l[ií]m se\b|\bubli[žz]uju si\b|\bubl[ií][žz]it si\b",
        r"\b(?:ma tai|mă tai|ma zgarii|mă zgârii|ma ard|mă ard|ma lovesc|mă lovesc)\b|\b[îi]mi fac r[ăa]u\b",
        r"\bvagdos(?:om|tam) (?:magam|a karom\w*)|\b[ée]getem (?:magam|a karom\w*|a kezem\w*)|\bb[áa]nt(?:om|ani) magam\b",
        r"\bnyayat (?:tangan|lengan|paha|kulit)\w*|\bmenyayat\b|\bnyakitin diri (?:sendiri|ku)\b|\bmukul(?:in)? kepala\b",
        r"\bsinusugatan ko\b|\bsinasaktan ko (?:ang )?sarili ko\b|\bpinapaso ko\b|\bhinihiwa ko\b",
        r"\bnajikata\b|\bnajichoma\b|\bnajidhuru\b",
        r"\b(?:haath|hath|kalai|baazu)\b" + _W + r"{0,20}\b(?:kaat|jala)\w*|\b(?:blade|compass)\b" + _W + r"{0,25}\bkaat\w*|\bkhud ko hurt\b|"
        # round twelve: "(I) cut / burned it myself" (maine khud kaata tha)
        r"\b(?=(?:maine|mene|main|mai) )\w+ (?:hi )?khud (?:hi )?(?:kaata|kata|kaati|kaat li\w*|kaat diya|jalaya|jala li\w*)\b",
    ],
    "passive_wish": [
        r"\b(?:har )?(?:ikke|inte|ingen) (?:lyst|lust) (?:til|att) (?:at |å )?lev(?:e|a)\b|\b(?:ikke|inte|aldrig|aldri) (?:mer |mere )?(?:vaknade|v[åa]gnede|vagnede|v[åa]knet|vaknet)\b|"
        r"\b(?:ingen|inte n[åa]gon) id[ée] (?:att|med att) leva\b|\b(?:gid|bare|bara|skulle [öø]nske|[öø]nskar) (?:jeg|jag) (?:bare |bara )?(?:var d[øo]d|vore d[öo]d|aldrig var f[öo]dd|aldrig var f[øo]dt|ikke fandtes|inte fanns)\b|"
        r"\b(?:mending|lebih baik|mendingan) (?:aku|gue|gw|saya) (?:gak|ga|nggak|tidak|gak usah) (?:ada|hidup|lahir)\b|"
        r"\b(?:mar|mr) (?:jaun|jau|jaaun|jaoon) (?:to|toh|tho) (?:accha|acha|behtar|better)\b|\b(?:jeena|jina) (?:nahi|nhi|nahin) (?:hai|chahta|chahti)\b|\b(?:aur|ab) (?:jeena|jina) nahi\b|"
        r"\bkaash (?:main |mai )?(?:paida|pyda) (?:hi )?(?:na|nahi)\b|\bbhagwan (?:mujhe )?(?:utha|bula) (?:le|lo)\b|"
        r"\bnu mai vreau s[ăa] tr[ăa]iesc\b|\bs[ăa] (?:adorm|dorm) [șsş]i s[ăa] nu (?:m[ăa] )?mai\b|\bnechci u[žz] [žz][ií]t\b|\buz nechci zit\b|"
        r"\b(?:en|mi) (?:jaksa|halua|haluu) (?:en[äa][äa] |enää )?el[äa][äa]\b|\betten her[äa]isi\b",
        r"\b(?:aldrig |ikke |inte |aldri )(?:mer |mere )?(?:vakna|v[åa]gne|vagne|v[åa]kne|vakne)r?\b|"
        r"\b(?:b[äa]ttre|bedre|nemmere|lettere|l[äa]ttare|enklare|best)\b" + _W + r"{0,40}(?:\b(?:utan mig|uden mig|uten meg)\b|"
        r"\b(?:hvis|om) jeg ikke (?:var|fandtes|fantes|eksisterede)\b|\bom jag inte (?:fanns|var)\b)|"
        r"\b(?:vill|vil|orkar|orker|gider) (?:inte leva|ikke leve)\b|"
        r"\b(?:ingen|inget)\s+(?:mening|vits)\s+(?:med|i)\s+(?:att|at|å)\s+(?:leva|leve)\b|"
        r"\b(?:[öø]nsk\w*|skulle vilja)\b" + _W + r"{0,25}\b(?:f[öo]rsvinna|forsvinde|forsvinne)\b",
        r"\b(?:ettei|etten)\s+(?:\w+\s+){0,2}(?:her[äa]t[äa]|her[äa][äa]|her[äa]isi)\b|"
        r"\b(?:helpompaa|parempi|paremmin)\b" + _W + r"{0,30}\bilman (?:mua|minua)\b|\bilman (?:mua|minua)\b" + _W + r"{0,30}\b(?:helpompaa|parempi|paremmin)\b|"
        r"\ben (?:halua|haluu) (?:en[äa][äa] )?el[äa][äa]\b",
        r"\bneprobud(?:il|ila|it|[ií]m)\b|\b(?:l[ií]p|l[ée]pe|snaz\w*)\b" + _W + r"{0,20}\bbeze? m[ěe]\b|\bnechci\s+(?:u[žz]\s+)?[žz][ií]t\b",
        r"\bs[ăa] nu m[ăa] mai trezesc\b|\b(?:mai bine|mai u[șsş]or|mai ferici\w*)\b" + _W + r"{0,20}\bf[ăa]r[ăa] mine\b|"
        r"\bnu mai (?:vreau|pot) s[ăa] tr[ăa]iesc\b",
        r"\bne (?:[ée]bredjek|[ée]bredn[ée]k) fel\b|\bnem [ée]bredn[ée]k fel\b|\b(?:jobb|k[öo]nnyebb|boldogabb\w*)\b" + _W + r"{0,25}\bn[ée]lk[üu]lem\b|"
        r"\bnem akarok (?:m[áa]r )?[ée]lni\b",
        r"\b(?:khong|ko) (?:bao gio )?tinh day\b",
        r"\b(?:gak|ga|nggak|tidak|enggak|ngga) (?:mau )?bangun lagi\b|\b(?:lebih bahagia|lebih baik|lebih tenang)\b" + _W + r"{0,30}"
        r"\b(?:kalau|kalo|klo) (?:aku|gue|gw|saya) (?:gak|ga|nggak|tidak|udah gak) ada\b|\b(?:gak|ga|nggak) (?:mau|pengen) hidup lagi\b",
        r"\b(?:hindi|di) na magising\b|\b(?:mas okay|mas ok|mas maayos|mas masaya|mas magaan)\b" + _W + r"{0,20}\bkung wala na ako\b",
        r"\bnisiamke\b|\b(?:amani|furaha|bora)\b" + _W + r"{0,20}\bbila mimi\b|\bsitaki kuishi\b",
        r"\b(?:main|mai|me) na (?:hota|hoti|rahu|rahun)\b|\b(?:uthna|uthu|uthun) hi na\b|\bkabhi na uth(?:u|un|oon)\b|"
        r"\bjeene ka (?:koi )?(?:mann|man|matlab|maksad) nahi\b|\bmere bina\b" + _W + r"{0,25}\b(?:khush|better|accha|acha)\b",
    ],
}

# Round thirteen (2026-12-05, sixteenth session): Hindi (romanised and Devanagari) and Indonesian forms of
# the general categories the patterns above did not hold: "(soch / lagta / mann) ... ki mar jaun", "zinda
# nahi rehna", "marne ka soch", jumping from a bridge or a roof spelled "kud-", "hidup ... udahan".
_V13_ASCII: dict[str, list[str]] = {
    "passive_wish": [
        r"\b(?:soch\w*|lagta|lgta|lagti|mann|man|dil)\b" + _W + r"{0,25}\b(?:mar|mr) (?:hi )?(?:jau|jaun|jaaun|jaoon|jaau|jaaon|jaaoon)\b|"
        r"\b(?:zinda|jinda|zindaa) (?:nahi|nhi|nahin) (?:rehna|rahna|rehena)\b",
    ],
    "active_ideation": [
        r"\bmarne (?:ka|ke|ki) (?:soch|sooch|plan|irada|iraada)\w*|"
        r"\bhidup\b" + _W + r"{0,30}\b(?:pengen|pgn|pingin|mau|ingin|kepengen) udahan\b|\b(?:pengen|pgn|pingin|mau|ingin|kepengen) udahan (?:aja |saja )?(?:hidup|dari hidup)\b",
    ],
    "method": [
        r"\b(?:bridge|pul|building|chhat|chhath|terrace|nadi|nahar|river|kuan|kuen|balcony)\b" + _W + r"{0,25}\b(?:kud(?:na|ne|un|oon|ke|kar)|kood(?:na|ne|u|un|oon|ke|kar))\b",
    ],
    "plan_preparation": [], "intent": [], "recent_attempt": [], "nssi": [],
}
for _c, _ps in _V13_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-seven (twenty-seventh session, from written probes): Indonesian, a stomach pumped ("perutku dikuras",
# "kuras lambung") or waking in the emergency department or intensive care, told in the first person.
_V27_ASCII: dict[str, list[str]] = {
    "recent_attempt": [
        r"\b(?:perut|lambung)(?:ku| saya| gue| gw)\s+(?:di)?kuras\b(?!" + _W + r"{0,40}\b(?:alkohol|miras|mabuk|keracunan makanan)\b)|"
        r"\b(?:aku|saya|gue|gw) (?:di)?kuras (?:perut|lambung)(?:nya)?\b|"
        r"\b(?:bangun|sadar|terbangun) di (?:ugd|igd|icu)\b",
    ],
}
for _c, _ps in _V27_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-eight (riskprobe28): "making an end of everything" in sv da no ("göra slut på allt", "gøre en ende på det
# hele", "gjøre slutt på alt"), wished or intended; not "göra slut med" (a partner), not a thing used up ("göra slut på
# allt godis", "alle pengene"): the clause ends after it or a time word follows.
_ALL_END28 = r"(?=\s*(?:[.!?,;:]|$|\b(?:nu|snart|ikv[äa]ll|i kv[äa]ll|i aften|i kveld|en gang for alle|en g[åa]ng f[öo]r alla|efter|etter|innan|f[öo]r|och|og)\b))"
_ENDING_ALL28 = (r"(?:g[öo]ra slut p[åa] (?:allt|alltihop|alltihopa|mitt liv|livet)|g[øo]re en ende p[åa] (?:det hele|alt|mit liv|livet)|"
                 r"gj[øo]re slutt p[åa] (?:alt|alt sammen|det hele|livet|livet mitt|meg selv))" + _ALL_END28 +
                 # (review28b) not everything used up before a move, nor ended to start again ("göra slut på allt innan vi
                 # flyttar", "... och börja om på nytt")
                 r"(?!\s*(?:innan|f[öo]re|f[öo]r|efter|etter|f[øo]r) (?:vi|jag|jeg|du|de|ni|dere|han|hon|hun) (?:flytt\w*|reser|reiser|"
                 r"drar|[åa]ker|[åa]ker)\b|\s*(?:och|og) (?:b[öo]rja|starta|begynn\w*|starte|begynde)\b)")
_V28_ASCII: dict[str, list[str]] = {
    # "ska / tänker / kommer att" (shall, intend to) is intent; "vill", "funderar på", "tänker på" (think about) ideation
    "intent": [
        r"\b(?:ska|skal|kommer att|t[äa]nker|t[æa]nker|tenker)(?:\s+(?:jag|jeg))?(?!\s+p[åa]\b)\s+(?:bara |bare |snart )?" + _ENDING_ALL28,
    ],
    "active_ideation": [
        r"\b(?:vill|vil|har lyst til|har lust att|funderar p[åa] att|t[äa]nker p[åa] att|t[æa]nker p[åa] at|tenker p[åa] [åa])"
        r"(?:\s+(?:jag|jeg))?\s+(?:bara |bare |snart )?" + _ENDING_ALL28,
    ],
}
for _c, _ps in _V28_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]

# Thirtieth session (riskblind30b, from the misses of the blind-written ``risk_valid_v30_langs``; docs/quality.md
# "riskblind30b (thirtieth session)"): romanised Hindi and Indonesian forms stage one did not read.
# - a hanging or a death tried ("phanda lagane ki koshish ki", "marne ki koshish ki"): an attempt;
# - life without point ("jeene ka koi matlab nahi", "jeene ka mann nahi karta"): a passive wish;
# - skin scratched or gouged till blood comes ("haath itne khuroche ki khoon nikal aaya"): self-injury;
# - Indonesian "nyundut" (burning the skin with a cigarette) of one's own hand or arm: self-injury.
_V30L_ASCII: dict[str, list[str]] = {
    "recent_attempt": [
        r"\b(?:phanda|phanda|fanda|phansi|fansi|faansi|phaansi|fasi) (?:lagane|lagaane|lgane) ki (?:koshish|kosis|koshis) (?:ki|kiya|kari|kii)\b|"
        r"\b(?:khud ko (?:maarne|marne)|jaan dene|marne|suicide karne) ki (?:koshish|kosis|koshis) (?:ki|kiya|kari|kii)\b",
    ],
    "passive_wish": [
        r"\bjeene ka (?:koi )?(?:matlab|maksad|maqsad|fayda|faayda|mann|man) (?:hi )?(?:nahi|nhi|nahin)\b",
    ],
    "nssi": [
        r"\b(?:khuroch|kharoch|khuroche|khurocha|nooch|noch|nocha|noche)\w*\b" + _W + r"{0,40}\b(?:khoon|khun) (?:nikal|aa|aaya|nikla|nikalne|behne|beh)\w*|"
        r"\b(?:nyundut|nyundutin|menyundut)(?:in)? (?:tangan|lengan|kulit|paha|diri|badan|kaki|pergelangan)\w*\b",
    ],
}
for _c, _ps in _V30L_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]

RAW_PATTERNS: dict[str, list[str]] = {
    "recent_attempt": [
        r"(?:ज़हर|जहर|कीटनाशक|चूहे मारने की दवा)" + _W + r"{0,10}(?:खा|पी) (?:लिया|ली)|(?:बहुत सारी|ढेर सारी|सारी) (?:गोलियाँ|गोलियां|दवाइयाँ|दवाइयां)" + _W + r"{0,10}खा (?:ली|लीं)|"
        r"(?:फाँसी|फांसी) लगाने की कोशिश|(?:जान|खुदकुशी|ख़ुदकुशी|सुसाइड) (?:देने |करने )?की कोशिश की|намагал\w* отруїт\w*|наковтал\w*|отруїл\w*ся|передозув\w*",
        r"πήρα όλα τα χάπια|ξύπνησα στο νοσοκομείο|αποπειράθηκα|έκανα απόπειρα",
        r"наковтал\w* (?:таблет|пігул)|намагал\w* (?:повіситися|вбити себе|покінчити)|прокинул\w* (?:у|в) лікарні",
        r"בלעתי (?:את )?(?:כל )?(?:ה)?כדורים|ניסיתי (?:להתאבד|לתלות את עצמי|לקפוץ)|התעוררתי בבית חולים",
        r"uống hết (?:cả )?(?:vỉ |lọ |hộp )?thuốc|tỉnh dậy (?:trong|ở) bệnh viện|đã (?:thử )?tự tử",
        r"(?:पूरी पत्ती|सारी गोलियाँ|सारी गोलियां|पूरी शीशी)" + _W + r"{0,15}खा ली|(?:ज़हर|जहर) खा लिया|अस्पताल में होश|आत्महत्या की कोशिश की",
        r"(?:অনেকগুলো|সব) (?:ঘুমের )?ওষুধ খেয়েছিলাম|আত্মহত্যার চেষ্টা করেছিলাম",
        r"ساری گولیاں کھا|ہسپتال میں آنکھ کھلی|خودکشی کی کوشش کی",
    ],
    "plan_preparation": [
        r"(?:सारी |अपनी )?(?:चीज़ें|चीजें|सामान)" + _W + r"{0,25}(?:बाँट|बांट)|सुसाइड नोट|(?:रस्सी|ज़हर|जहर) (?:खरीद|ले आ)",
        r"γράμμα(?:τα)? αποχαιρετισμού|αποχαιρετιστήρι\w* γράμμα|μαζεύω (?:όλα τα )?χάπια",
        r"прощальн\w* лист\w*|роздав\w* (?:свої )?речі|збираю (?:таблетки|пігулки)",
        r"מכתבי? פרידה|אוספ\w* כדורים|עשיתי צוואה",
        r"thư tuyệt mệnh|cho hết đồ đạc|gom (?:đủ )?thuốc|tích (?:trữ )?thuốc",
        r"(?:आखिरी|आख़िरी|अलविदा (?:की|का)) (?:चिट्ठी|ख़त|खत|मैसेज|नोट)|सुसाइड नोट|गोलियाँ जमा|गोलियां जमा",
        r"চিঠি লিখে রেখেছি|ওষুধ জমা",
        r"(?:گولیاں|دوائیاں) جمع|الوداعی خط",
    ],
    "intent": [
        r"(?:खुद|अपने आप) को (?:मार|खत्म कर|ख़त्म कर) (?:डालूँगा|डालूंगा|डालूँगी|डालूंगी|दूँगा|दूंगा|दूँगी|दूंगी|लूँगा|लूंगा|लूँगी|लूंगी)|"
        r"(?:खुदकुशी|ख़ुदकुशी|आत्महत्या|सुसाइड) कर (?:लूँगा|लूंगा|लूँगी|लूंगी)|(?:फाँसी|फांसी) लगा (?:लूँगा|लूंगा|लूँगी|लूंगी)|зроблю це|покінчу",
        r"αποφάσισα" + _W + r"{0,50}(?:θα σκοτωθώ|θα αυτοκτονήσω|θα πεθάνω)|θα (?:σκοτωθώ|αυτοκτονήσω)",
        r"покінчу з собою|вб['’ʼ]ю себе|вирішил\w*" + _W + r"{0,40}(?:покінчу|помру)",
        r"החלטתי" + _W + r"{0,40}(?:מתאבד|להתאבד|אמות)|אני מתאבד\w*",
        r"quyết rồi" + _W + r"{0,40}(?:kết thúc|chết|tự tử)|sẽ kết thúc (?:tất cả|cuộc đời|mọi thứ)",
        r"(?:तय|फैसला|फ़ैसला) कर लिया" + _W + r"{0,40}(?:नहीं रहूँगा|नहीं रहूंगा|नहीं रहूँगी|नहीं रहूंगी|खत्म|ख़त्म|मर जा)|"
        r"(?:के बाद|तक) (?:मैं )?नहीं (?:रहूँगा|रहूंगा|रहूँगी|रहूंगी)",
        r"فیصلہ کر لیا" + _W + r"{0,40}(?:ختم کر دوں|مر جاؤں|خودکشی)|خود کو ختم کر دوں گ",
    ],
    "method": [
        r"(?:पंखे|फंदे|फंदा|रस्सी)" + _W + r"{0,20}(?:लटक|झूल)|(?:नहर|नदी|कुएँ|कुएं|तालाब)" + _W + r"{0,10}(?:कूद|छलांग)|"
        r"(?:चूहे मारने की दवा|कीटनाशक|ज़हर|जहर)" + _W + r"{0,10}(?:पी|खा) (?:लूँ|लूं|लूँगा|लूंगा|लूँगी|लूंगी|जाऊँ|जाऊं)|(?:ट्रेन|रेल|गाड़ी)" + _W + r"{0,10}(?:नीचे|आगे|सामने) (?:कूद|आ जा|लेट)|"
        r"повіс(?:итися|итись|ишся)|повішусь|отруїт(?:ися|ись)|кинут(?:ися|ись) (?:з|під)|стрибн\w* (?:з|під)",
        r"να πηδήξω (?:από|στο)|να πέσω (?:από|στις ράγες)",
        r"стрибнути (?:з|з-під|під)|кинутися під (?:потяг|поїзд|машину)",
        r"לקפוץ (?:מ\S+|מול \S+)",
        r"nhảy (?:từ|khỏi|xuống)" + _W + r"{0,30}(?:tầng|cầu|lầu|sân thượng)|nhảy cầu|nhảy lầu|(?:tầng thượng|sân thượng)" + _W + r"{0,30}nhảy xuống",
        r"(?:छत|बिल्डिंग|पुल|ब्रिज)" + _W + r"{0,15}कूद|(?:ट्रेन|रेल) के (?:आगे|सामने) (?:कूद|आ)|नींद की गोलियाँ" + _W + r"{0,40}(?:खा लूँ|खा लूं|एक साथ)|"
        r"फाँसी लगा|फांसी लगा",
        r"(?:ছাদ|ব্রিজ|সেতু)" + _W + r"{0,10}থেকে লাফ",
        r"(?:چھت|پل)" + _W + r"{0,10}سے کود",
    ],
    "active_ideation": [
        r"(?:खुदकुशी|ख़ुदकुशी|आत्महत्या|सुसाइड) (?:करने )?(?:के|का|करने का) (?:ख्याल|ख़याल|खयाल|विचार|मन)|(?:खुदकुशी|ख़ुदकुशी|आत्महत्या|सुसाइड) (?:करना चाहत|कर लूँ|कर लूं)|"
        r"(?:अपनी )?जान (?:ले लूँ|ले लूं|दे दूँ|दे दूं|लेने का|देने का)|думки про (?:суїцид|самогуб)|думаю про суїцид|хочу (?:покінчити|вбити себе)",
        r"(?<!δεν )(?<!δε )θέλω να πεθάνω|σκέφτομαι (?:την |να )?αυτοκτον\w*|να αυτοκτονήσω|να σκοτωθώ|να βάλω τέλος στη ζωή μου",
        r"(?<!не )хочу (?:померти|вмерти|вбити себе)|думаю про самогуб\w*|накласти на себе руки|вбити себе",
        r"(?<!לא )רוצה למות|חושב\w* על התאבדות|לשים קץ לחיי\w*|להתאבד",
        r"muốn chết|nghĩ (?:đến|tới) (?:chuyện |việc )?tự tử|muốn tự tử|muốn tự sát|ý định tự tử",
        r"मरने का (?:मन|कोई ख्याल|ख्याल|विचार)|मर जाने का मन|मरना चाहत\S*|मर जाना चाहत\S*|(?:खुद|अपने आप) को (?:खत्म|ख़त्म|मार)|"
        r"आत्महत्या (?:के बारे में|का|करने का) (?:सोच|ख्याल|विचार|मन)|suicide के बारे में (?:बहुत )?सोच",
        r"মরে যেতে ইচ্ছে|মরতে ইচ্ছে|মরতে চাই|আত্মহত্যার কথা ভাব|আত্মহত্যা করতে চাই|নিজেকে শেষ করে",
        r"مرنے کو دل|مرنے کا دل|خودکشی کے بارے میں سوچ|خود کو ختم کرنے|مرنا چاہت\S*",
    ],
    "nssi": [
        r"(?:चाकू|ब्लेड|कैंची)" + _W + r"{0,25}(?:कट|काट|चला)|ब्लेड चला|(?:कट|घाव) लगा(?:ती|ता|ए|ये) (?:हूँ|हूं)|поріза\w* (?:себе|собі)|порізал\w*|б['’ʼ]ю (?:себе|кулаками)",
        r"κόβω (?:τα χέρια μου|το χέρι μου|τον εαυτό μου|τους καρπούς)|καίω (?:το χέρι μου|τον εαυτό μου|τα χέρια μου)|αυτοτραυματ\w*",
        r"ріжу (?:собі |себе)|обпікаю себе|завдаю собі (?:болю|шкоди)|б['’ʼ]ю себе",
        r"חותכ\w* את (?:עצמי|הידיים שלי|היד שלי)|שורפ\w* את עצמי|פוגע\w* בעצמי|לפגוע בעצמי",
        r"rạch tay|tự làm đau bản thân|tự làm hại bản thân|tự cắt tay",
        r"(?:कलाई|हाथ|बाँह|बांह)" + _W + r"{0,20}(?:काट|जला)|(?:ब्लेड|सिगरेट)" + _W + r"{0,25}(?:काट|जला)|खुद को (?:कोई )?(?:नुकसान|चोट|hurt)",
        r"হাত কাটি|ব্লেড দিয়ে" + _W + r"{0,15}কাট|হাত পোড়াই|নিজেকে আঘাত করি",
        r"(?:بلیڈ|سگریٹ)" + _W + r"{0,20}(?:کاٹ|جلا)|بازو کاٹ|خود کو کاٹ",
    ],
    "passive_wish": [
        r"(?:जीना|जीने की इच्छा)" + _W + r"{0,6}नहीं (?:चाहत|है)|काश (?:मैं )?(?:कभी )?(?:पैदा|जन्म)|(?:भगवान|ऊपरवाला|ऊपर वाला) (?:मुझे )?(?:उठा|बुला) ले|मर (?:जाऊँ|जाऊं) तो (?:ही )?(?:अच्छा|बेहतर)|"
        r"не хочу (?:більше )?жити|хочу (?:померти|вмерти)|(?:не|ніколи не) прокину",
        r"να μην (?:ξανα)?ξυπνήσω|καλύτερα χωρίς εμένα|χωρίς εμένα" + _W + r"{0,20}καλύτερα|δεν? θέλω να ζω|δεν έχει νόημα να ζω",
        r"не прокинут(?:ися|ись)|краще без мене|без мене" + _W + r"{0,20}краще|не хочу (?:більше )?жити|не бачу сенсу (?:жити|в житті)",
        r"ולא אתעורר|לא להתעורר|יותר טוב בלעדיי|בלעדיי" + _W + r"{0,20}יותר טוב|אין טעם לחיות|לא רוצה לחיות",
        r"không (?:bao giờ )?tỉnh dậy|(?:không|chẳng) muốn sống|không có mình" + _W + r"{0,30}(?:nhẹ nhõm|tốt hơn|vui hơn|hạnh phúc hơn)|"
        r"sống (?:chẳng|không) còn ý nghĩa",
        r"(?:आँख|आंख) (?:ही )?न खुले|कभी न (?:उठूँ|उठूं)|(?:मेरे )?न रहने से|मेरे बिना" + _W + r"{0,20}(?:खुश|अच्छा|सुकून|बेहतर)|"
        r"(?:जीने|ज़िंदा रहने|जिंदा रहने) का (?:कोई )?(?:मन|मतलब|मकसद) नहीं",
        r"আর কখনো না উঠি|আমাকে ছাড়া" + _W + r"{0,20}(?:ভালো|সুখে)|বেঁচে থাকার (?:কোনো )?মানে",
        r"کبھی نہ اٹھوں|جینے کا (?:کوئی )?(?:مقصد|مطلب) نہیں|میرے بغیر" + _W + r"{0,20}(?:خوش|بہتر)",
    ],
}

# Round thirteen: the Devanagari forms of the same ("लगता है ... मर जाऊँ", "ज़िंदा नहीं रहना")
_V13_RAW: dict[str, list[str]] = {
    "passive_wish": [
        r"(?:लगता|लगती|सोच\S*|मन करता|मन करती|दिल करता|दिल करती)" + _W + r"{0,25}मर (?:ही )?(?:जाऊँ|जाऊं|जाउँ|जाउं)(?!\S)|"
        r"(?:ज़िंदा|जिंदा|जिन्दा|ज़िन्दा) नहीं (?:रहना|रहना है)(?!\S)",
    ],
    "method": [r"(?:छत|बिल्डिंग|पुल|ब्रिज|नदी|नहर)" + _W + r"{0,15}(?:कुद|कूद)"],
    "active_ideation": [], "plan_preparation": [], "intent": [], "recent_attempt": [], "nssi": [],
}
for _c, _ps in _V13_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Round twenty-seven, second pass (riskprobe27b): Hindi, a wish not to wake up ("काश मैं कल सुबह उठूँ ही नहीं").
_V27B_RAW: dict[str, list[str]] = {
    "passive_wish": [
        r"काश" + _W + r"{0,30}(?:उठूँ|उठूं|उठूं|जागूँ|जागूं) (?:ही )?(?:नहीं|ना)",
    ],
}
for _c, _ps in _V27B_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirtieth session (riskblind30b): Devanagari Hindi "ख़ुद को मार डालूँगा" (I will kill myself; the romanised form was read),
# a hanging or a death tried ("फंदा लगाने की कोशिश की"), life without point ("जीने का कोई मतलब नहीं"), skin scratched
# till blood comes ("खरोंचा ... खून निकल आया").
_KH = "(?:ख़|ख़|ख)"
_V30L_RAW: dict[str, list[str]] = {
    "intent": [
        r"(?:" + _KH + r"ुद|अपने\s?आप)\sको\s(?:मार\s(?:डालूँगा|डालूँगी|डालूंगा|डालूंगी|दूँगा|दूँगी|दूंगा|दूंगी|लूँगा|लूँगी|लूंगा|लूंगी)|"
        r"(?:" + _KH + r"त्म|खतम)\sकर\s(?:दूँगा|दूँगी|दूंगा|दूंगी|लूँगा|लूँगी|लूंगा|लूंगी))",
    ],
    "recent_attempt": [
        r"(?:फंदा|फन्दा|फांसी|फाँसी)\s(?:लगाने|लगाकर\sमरने)\sकी\sकोशिश\s(?:की|किया)|(?:मरने|जान\sदेने|" + _KH + r"ुद\sको\sमारने)\sकी\sकोशिश\s(?:की|किया)",
    ],
    "passive_wish": [
        r"जीने\sका\s(?:कोई\s)?(?:मतलब|मक़सद|मकसद|मक़सद|फ़ायदा|फायदा|मन)\s(?:ही\s)?(?:नहीं|नही)",
    ],
    "nssi": [
        r"(?:खरोंच|खरोच|खुरच|खरोंचे|नोच)\S*" + _W + r"{0,40}(?:ख़ून|ख़ून|खून)",
    ],
}
for _c, _ps in _V30L_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-first session (riskblind31b, blind file ``risk_valid_v31_langs``): Swedish intent said with the verb first ("Den här
# gången ska jag ta livet av mig") and "ska / kommer att ta livet av mig"; Swedish passive wishes in a long message ("det
# vore skönt att bara inte finnas längre", "det skulle inte spela någon roll om jag försvann"); three acts of settling
# one's affairs in one Swedish turn (never with a move); Vietnamese passive wishes with and without diacritics ("giá mà
# mình biến mất luôn", "sống thế này chẳng có ý nghĩa gì"), not vanishing from a place ("khỏi cuộc họp").
_V31L_SV_SETTLE = (r"(?:(?:mitt|ett) testamente|(?:skrivit|gjort|upprättat) (?:mitt |ett )?testamente|sagt upp (?:l[äa]genheten|hyreskontraktet|kontraktet|mina \w+)|skrivit (?:ner|upp) (?:alla )?l[öo]senord\w*|"
                   r"gett bort|gav bort|betalat (?:alla )?r[äa]kningar\w*|l[äa]mnat bort (?:katten|hunden))")
_V31L_ASCII: dict[str, list[str]] = {
    "intent": [
        r"\b(?:ska|skall|kommer) jag (?:att )?(?:ta livet av mig|ta mitt (?:eget )?liv|d[öo]da mig)\b|"
        r"\bjag (?:ska|skall|kommer att) (?:ta livet av mig|ta mitt (?:eget )?liv|d[öo]da mig)\b",
    ],
    "passive_wish": [
        r"\b(?:sk[öo]nt att|vill|vill bara|skulle vilja) (?:bara )?inte finnas (?:l[äa]ngre|mer|till)\b|"
        r"\b(?:inte (?:skulle )?spela (?:n[åa]gon )?roll|ingen (?:skulle )?(?:m[äa]rka|sakna)\w*|(?:alla )?(?:skulle )?(?:ha det )?b[äa]ttre)\b"
        + _W + r"{0,10}\bom jag (?:bara )?(?:f[öo]rsvann|inte fanns|var d[öo]d|dog)\b(?!\s+(?:en|ett|i|till|p[åa]|fr[åa]n|ur|hemifr[åa]n)\b)|"
        r"\bom jag (?:bara )?(?:f[öo]rsvann|inte fanns|var d[öo]d|dog)\b(?!\s+(?:en|ett|i|till|p[åa]|fr[åa]n|ur|hemifr[åa]n)\b)" + _W + r"{0,30}\b(?:spela (?:n[åa]gon )?roll|m[äa]rka|m[äa]rkte|b[äa]ttre|sakna\w*)\b",
        r"\bgia ma (?:minh|toi|tao|em|to) (?:\S+ ){0,2}?(?:bien mat|chet|khong ton tai)\b(?! khoi\b)|"
        r"\bsong (?:the nay|nhu the nay|nhu vay|nhu nay|kieu nay) (?:\S+ )?(?:chang|cha|khong) co (?:y nghia|nghia ly)\b",
    ],
    "plan_preparation": [
        r"^(?![\s\S]*\b(?:flytt\w*|utlandet|utomlands)\b)[\s\S]*?\b(?P<s31l1>" + _V31L_SV_SETTLE + r")(?=[\s\S]*?\b(?!(?P=s31l1))(?P<s31l2>"
        + _V31L_SV_SETTLE + r")[\s\S]*?\b(?!(?P=s31l1)|(?P=s31l2))" + _V31L_SV_SETTLE + r")",
    ],
}
_V31L_RAW: dict[str, list[str]] = {
    "passive_wish": [
        r"giá mà (?:mình|tôi|tao|em|tớ)\s(?:\S+\s){0,2}?(?:biến mất|chết|không tồn tại|không sinh ra)(?!\s(?:khỏi|tạm|một lúc|vài))|"
        r"sống (?:thế này|như thế này|như vầy|như này|kiểu này)\s(?:\S+\s)?(?:chẳng|chả|không)\scó\s(?:ý nghĩa|nghĩa lý)",
    ],
}
for _c, _ps in _V31L_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V31L_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-second session (riskblind32, blind file ``risk_valid_v32``): Malay "nak / hendak / teringin nak bunuh diri" (not
# after "tak"); Tagalog self-cutting ("naglaslas (ulit) ako"), a decision with "don't stop me" ("tapos na ako ... wag mo na
# akong pigilan"), a letter left and possessions given in one turn (never with a move or a donation), the medicine taken
# all at once ("isang inuman lang", "inumin lahat ng gamot"; not a dose "isang inuman lang sa umaga"); romanised and
# Devanagari Hindi pills hoarded ("pills jama kar raha hu", "गोलियाँ जमा कर रही हूँ"), a household poison drunk ("phenyl
# pee liya"; not "galti se"), a letter written and one's own things given away in one turn; Dutch and Swedish head or fists
# beaten against a wall until it hurts or again ("bonk mn hoofd tegen de muur tot het pijn doet"; not "stootte", not
# "loop met mijn hoofd tegen de muur").
_V32_TL_LETTER = (r"(?:nag-?iwan|nagsulat|sumulat|nag-?sulat) (?:(?:na|din|rin|pa) )?(?:ako )?(?:(?:na|din|rin) )?(?:ng )?"
                  r"(?:sulat|liham|letter|note|paalam)")
_V32_TL_GIVE = (r"(?:binigay|ibinigay|pinamigay|ipinamigay|pinamimigay) (?:ko )?(?:na )?(?:rin |din )?(?:yung|ang|lahat ng|mga|sa kanila ang) "
                r"(?:\w+ ){0,2}?(?:gamit|cellphone|phone|cp|laptop|damit|pera|ipon|aso|pusa|alaga|sapatos|gitara|libro|alahas)")
_V32_TL_MOVE = r"^(?![\s\S]*\b(?:lilipat|lumipat|lipat|moving|abroad|ibang bansa|donat\w*|charity|simbahan|ukay|garage sale)\b)[\s\S]*?"
_V32_HI_GIVE = (r"\b(?:apni|apna|apne|saari|sari|saara|sara|saare|sare|sab)\b[^.!?]{0,40}\b(?:de di|de diya|de diye|de dii|baant di|"
                r"baant diya|baant diye)\b")
_V32_HI_LETTER = r"\b(?:chitthi|chithi|chitti|letter|khat|suicide note|note) (?:bhi )?likh (?:di|diya|li|liya|diye|ke rakh)"
_V32_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"(?<!\btak )(?<!\btk )(?<!\btidak )(?<!\bx )\b(?:nak|nk|hendak|teringin nak|terfikir nak|terfikir untuk|fikir nak|rasa nak) "
        r"bunuh diri\b",
    ],
    "nssi": [
        r"\b(?:nag|mag|nagla|magla)-?laslas(?:\s+(?:ulit|uli|na naman|nanaman|na|din|rin|pa|kagabi|kanina))*\s+(?:ako|ko)\b|"
        r"\bako (?:ay )?(?:ulit )?(?:nag|nagla)-?laslas\b",
        r"\b(?:bonk|bonkte|bonken|bonkt|beuk|beukte|beuken|bons|bonsde|bonzen|sla|sloeg|slaan) (?:ik )?(?:mijn|mn|m'n|me) "
        r"(?:hoofd|kop|vuisten|vuist|handen|hand) (?:hard |keihard )?tegen (?:de|een|het) (?:muur|deur|kast|tafel|grond|vloer)\b"
        r"(?=[^.!?;\n]{0,40}\b(?:tot|expres|met opzet|gisteren|weer|elke (?:dag|avond|nacht))\b)|"
        r"\bsl[åa]r (?:mitt )?(?:huvud(?:et)?|knytn[äa]v(?:ar|arna|en)?) (?:i|mot) (?:v[äa]ggen|d[öo]rren|golvet)\b"
        r"(?=[^.!?;\n]{0,40}\b(?:tills|med flit|igen|ig[åa]r)\b)",
    ],
    "intent": [
        r"\b(?:tapos na (?:ako|ko)(?!\s+(?:sa|ng|mag\w*|kumain)\b)|ayoko na|suko na (?:ako|ko)|buo na (?:ang )?(?:desisyon|loob|isip) ko|"
        r"desidido na (?:ako|ko))\b[\s\S]{0,120}?\b(?:huwag|wag) (?:(?:mo|nyo|niyo|ninyo) )?(?:na )?(?:akong|ako) (?:na )?pigilan\b"
        # "pigilan" ending its clause: not "pigilan mag-resign / makipag-break / kumain" (a verb of what is not to be stopped)
        r"(?=\s*(?:$|[.!?,;\n]|(?:please|pls|plz|ha|ah|ok|okay|talaga|ngayon|this time|na)\b))",
    ],
    "plan_preparation": [
        _V32_TL_MOVE + r"\b(?:" + _V32_TL_LETTER + r"[\s\S]{0,160}?\b" + _V32_TL_GIVE + r"|" + _V32_TL_GIVE + r"[\s\S]{0,160}?\b"
        + _V32_TL_LETTER + r")",
        r"\b(?:sleeping pills|neend ki (?:goli|goliyan|goliya|dawai)|goliyan|goliya|pills|tablets|tablet)\b" + _W +
        r"{0,25}\b(?:jama|jamaa|ikattha|ikatha|ikhatta|collect|store|stock|save) (?:kar|kr) (?:raha|rahi|rha|rhi|li|liya|liye|lii|chuka|chuki)\b",
        r"^(?![\s\S]*\b(?:shift|library|donate|donation|hostel chhod|naye ghar)\b)[\s\S]*?(?:" + _V32_HI_LETTER + r"[\s\S]{0,150}?"
        + _V32_HI_GIVE + r"|" + _V32_HI_GIVE + r"[\s\S]{0,150}?" + _V32_HI_LETTER + r")",
    ],
    "recent_attempt": [
        r"(?<!galti se )(?<!ghalti se )(?<!galti sey )\b(?:phenyl|phinyl|finyl|phenyle|bleach|harpic|acid|tezab|tezaab|kerosene|"
        r"mitti ka tel|chuhe maarne ki dawa|chuha maar dawa|sulphas|celphos|rat kill\w*)(?: ki bottle| ki shishi| bhi)? "
        r"(?:pi|pee|kha|khaa) (?:liya|li|liyi|lia|gaya|gayi|gyi|gya)\b",
    ],
    "method": [
        r"\b(?:inumin|lunukin|tunggain|lagukin) (?:ko )?(?:na )?(?:lahat ng|lahat|ang lahat ng) (?:mga )?(?:gamot|pills|tableta|tablets|sleeping pills)\b|"
        r"\b(?:gamot|pills|tableta|tablets)\b" + _W + r"{0,60}\bisang (?:inuman|lunok|tunggaan|lagok) (?:lang|na lang)\b"
        r"(?!\s+(?:sa (?:umaga|gabi|tanghali|isang araw)|kada|bawat|a day|per day|araw-araw))",
    ],
}
_V32_HI_RAW_GIVE = r"(?:सारी|सारा|सारे|अपनी|अपना|अपने)" + _W + r"{0,40}(?:दे\s(?:दी|दीं|दिया|दिए|दिये)|बाँट\s(?:दी|दीं|दिया|दिए)|बांट\s(?:दी|दीं|दिया|दिए))"
_V32_HI_RAW_LETTER = r"(?:चिट्ठी|चिठ्ठी|ख़त|खत|पत्र|सुसाइड\sनोट)\s(?:भी\s)?लिख\s(?:दी|दिया|ली|लिया|दिए|दिये|रखी|रखा)"
_V32_RAW: dict[str, list[str]] = {
    "plan_preparation": [
        r"(?:गोलियाँ|गोलियां|गोलियों|दवाइयाँ|दवाइयां|टैबलेट)" + _W + r"{0,25}(?:जमा|इकट्ठा|इकट्ठी)\sकर\s(?:रहा|रही|ली|लीं|लिया|लिए|चुका|चुकी)",
        r"^(?![\s\S]*(?:लाइब्रेरी|दान\s|शिफ्ट|नए\sघर))[\s\S]*?(?:" + _V32_HI_RAW_LETTER + r"[\s\S]{0,150}?" + _V32_HI_RAW_GIVE + r"|"
        + _V32_HI_RAW_GIVE + r"[\s\S]{0,150}?" + _V32_HI_RAW_LETTER + r")",
    ],
    "recent_attempt": [
        r"(?<!गलती\sसे\s)(?<!ग़लती\sसे\s)(?:फिनाइल|फ़िनाइल|फिनायल|तेज़ाब|तेजाब|कीटनाशक|चूहे\sमारने\sकी\sदवा)\s(?:भी\s)?(?:पी|खा)\s(?:लिया|ली|गया|गई|गयी)",
    ],
    "passive_wish": [
        # "मरना नहीं चाहता": a mention the negation after it rules out ("मैं मरना नहीं चाहता, बस ..."; "मरना चाहता" is read
        # as ideation above)
        r"मरना(?=\s(?:नहीं|नही)\s(?:चाहता|चाहती|चाहते))",
    ],
}
for _c, _ps in _V32_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V32_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-third session (riskblind33, blind file ``risk_valid_v33_langs``): Vietnamese "tự kết liễu" and ending it all or
# one's life "by one's own hand" ("tự tay chấm dứt tất cả"), self-scratching, biting, hitting or burning ("tự cào tay",
# "tự đánh mình"; with and without diacritics); Greek ending one's life in Greek script and Greeklish ("να τελειώσω τη
# ζωή μου", "na teleiwsw th zwh mou"; not after "den thelw"), cutting again ("ξανάκοψα τα χέρια μου", "χαρακώνομαι")
# and hitting oneself ("χτυπάω τον εαυτό μου").
_V33_ASCII: dict[str, list[str]] = {
    "active_ideation": [
        r"\btu ket lieu\b|\btu tay (?:cham dut|ket thuc) (?:tat ca|cuoc doi|cuoc song|mang song)\b",
        r"(?<!den thelw )(?<!den thelo )(?<!de thelw )(?<!de thelo )\b(?:na )?"
        r"(?<!den thelw na )(?<!den thelo na )(?<!de thelw na )(?<!de thelo na )(?:teleiws\w*|teleios\w*|teliws\w*|telios\w*) "
        r"(?:th|ti|tin|thn|tn) (?:zwh|zoi|zwi|zoh) mou\b|\b(?:na )?(?:valw|balw|dwsw|doso|dosw) telos (?:sth|sti|stin|sthn) (?:zwh|zoi|zwi) mou\b",
    ],
    "nssi": [
        r"\btu (?:cao|cau|danh|can|dot|rach|cua|dam|tat|bau) (?:vao )?(?:tay|minh|ban than|dui|co tay|mat)\b",
    ],
}
_V33_RAW: dict[str, list[str]] = {
    "active_ideation": [
        r"tự kết liễu|tự tay (?:chấm dứt|kết thúc) (?:tất cả|cuộc đời|cuộc sống|mạng sống|đời mình)",
        r"(?<!δεν θέλω )(?<!δε θέλω )να (?:τελειώσω |δώσω τέλος σ)τη(?:ν)? ζωή μου",
    ],
    "nssi": [
        r"tự (?:cào|cấu|đánh|cắn|đốt|rạch|cứa|đấm|tát|bấu) (?:vào )?(?:tay|mình|bản thân|người|đùi|chân|cổ tay|mặt|da)",
        r"(?:ξανάκοψα|ξανακόβω|ξαναέκοψα|έκοψα ξανά|ξαναχαράκωσα|χαράκωσα|χαρακώνω) (?:τα χέρια μου|το χέρι μου|τους καρπούς μου|"
        r"τον καρπό μου|τα πόδια μου|τον εαυτό μου)|χαρακώνομαι|χαρακώθηκα|χτυπ(?:άω|ώ|ούσα|ησα|άω ξανά) τον εαυτό μου",
    ],
}
for _c, _ps in _V33_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V33_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-fourth session (riskblind34c, blind file ``risk_valid_v34c``): Vietnamese "how many sleeping pills until I die"
# ("uống bao nhiêu viên thuốc ngủ thì chết"), Indonesian "take my life" said to God ("Ya Allah, ambil saja nyawaku"),
# Hindi last letters written ("सबके लिए आख़िरी चिट्ठियाँ लिख दी हैं", "aakhri khat likh diye").
_V34C_ASCII: dict[str, list[str]] = {
    "method": [
        r"\bbao nhieu (?:vien|vi|hop|lieu)\b[^.!?;\n]{0,40}\b(?:thi|se|la|de|moi) chet\b",
    ],
    "passive_wish": [
        r"\b(?:ambil(?:lah)?|cabut(?:lah)?) (?:saja |aja |sekarang |segera )?nyawa(?:ku| saya| aku| hamba)\b",
    ],
    "plan_preparation": [
        r"\b(?:aakhri|akhri|aakhiri|akhiri) (?:chitthi\w*|chithi\w*|khat|letters?)\b[^.!?;\n]{0,30}\blikh",
    ],
}
_V34C_RAW: dict[str, list[str]] = {
    "method": [
        r"bao nhiêu (?:viên|vỉ|hộp|liều)[^.!?;\n]{0,40}(?:thì|sẽ|là|để|mới) chết",
    ],
    "plan_preparation": [
        r"(?:आख़िरी|आखिरी|अंतिम) (?:चिट्ठी|चिट्ठियाँ|चिट्ठियां|ख़त|खत|पत्र)[^.!?;\n।]{0,30}लिख",
    ],
}
for _c, _ps in _V34C_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in _V34C_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

# Thirty-fifth session (riskblind35a, blind ``risk_valid_v35_nssi``): self-injury in plain words (``risk_nssi35``)
for _c, _ps in risk_nssi35.LANGS_ASCII.items():
    ASCII_PATTERNS[_c] = ASCII_PATTERNS[_c] + [p for p in _ps if p]
for _c, _ps in risk_nssi35.LANGS_RAW.items():
    RAW_PATTERNS[_c] = RAW_PATTERNS[_c] + [p for p in _ps if p]

ASCII: dict[str, re.Pattern] = {c: re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE) for c, ps in ASCII_PATTERNS.items()}
RAW: dict[str, re.Pattern] = {c: re.compile("|".join(f"(?:{p})" for p in ps)) for c, ps in RAW_PATTERNS.items()}
ASCII_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in ASCII.values()), re.IGNORECASE)
RAW_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in RAW.values()))
for _p in (ASCII_ANY, RAW_ANY, *ASCII.values(), *RAW.values()):
    guard(_p)  # built once here, not by the first batch that reaches a category (the warm-up's promise)

# -- reading a match in its sentence ---------------------------------------------------------

_NEG_BEFORE = re.compile(
    r"(?:\b(?:inte|ikke|aldrig|aldri|ingen|inga|inget|nikdy|nechci|nechce|niciodat[ăa]|nem|soha|sosem|kh[ôo]ng|khong|ch[ẳa]ng|"
    r"gak|nggak|enggak|tidak|bukan|hindi|ayoko|ayaw|nahi|nahin|nhi|sitaki)\b|"
    r"\bδεν\b|\bμην\b|\bποτέ\b|\bне\b|\bні\b|\bніколи\b|(?<!\S)לא(?!\S)|אף פעם|नहीं|ना\b|নয়|না\b|نہیں)" + r"(?:\s+[^\s,،]+){0,3}\s*$|"
    # round twelve: the negation words these languages lacked, read before the verb within the clause (no
    # comma between: "En jaksa enää, haluan kuolla" and "Nu mai pot, vreau să mor" stay disclosures):
    # Finnish "ei", "emme", "ette", "eivät" and "en", "et" before a verb of being, wanting, thinking or
    # doing (the Nordic "en" / "et" are articles), Romanian "nu", Czech "nemám", "nejsem", Indonesian
    # "ga", "ngga", "engga", "gk", "ndak", "belum", Vietnamese "chưa", Tagalog "wala(ng)", Swahili "sina",
    # "sijawahi", Hungarian "nincs", Ukrainian "немає", Hebrew "אין"
    r"(?i:\b(?:ei|emme|ette|eiv[äa]t|nu|nem[áa]m|nejsem|nebudu|ga|ngga|engga|gk|ndak|belum|ch[ưu]a|wala|walang|sina|"
    r"sijawahi|nincs\w*)\b|\b(?:en|et)\b(?=\s+(?:ole|oo|halua|haluu|aio|ajattele|ajatellut|mieti|miettinyt|tee|tehnyt|"
    r"tahdo|suunnittele|satuta|satuttanut|viiltele|viillellyt|yrittänyt|koskaan|ikinä|enää kuitenkaan)\b)|"
    r"\bнемає\b|\bнема\b|(?<!\S)אין(?!\S))(?:\s+[^\s,]+){0,3}\s*$")
# riskblind35a: "jab tak ... nahi" / "जब तक ... नहीं" is "until" (Hindi puts a negation in the clause: "jaangh pe kharoch
# diya jab tak khoon nahi aaya", until blood came), not a negation of the act before it
_NEG_AFTER = re.compile(r"^\s*(?:(?!(?:jab|जब)\s)\S+\s+){0,4}?(?:नहीं|नही|না|নয়|نہیں|nahi|nahin|nhi)(?!\S)", re.IGNORECASE)
_FIRST = re.compile(
    r"\b(?:jag|mig|jeg|meg|min[äa]|m[äa]|mun|minua|mua|j[áa]|eu|én|engem|aku|gue|gw|saya|main|mai|mujhe|mera|meri|ako|mimi)\b|"
    r"\bя\b|\bмені\b|\bмене\b|\bεγώ\b|\bεμένα\b|\bmình\b|\btôi\b|אני|मैं|मुझे|मेरा|मेरी|আমি|আমার|میں|مجھے", re.IGNORECASE)
_THIRD = re.compile(
    # a relative or friend named before a possessive that follows it ("bạn mình", "teman aku"): one subject
    r"(?:\bbạn|em gái|em trai|anh trai|chị gái|\btemen\w*|\bteman\w*|\badik\w*|\bkakak\w*)(?: thân)? (?:mình|tôi|của mình|aku|gue|saya)\b|"
    r"\b(?:han|hon|hen|hun|bror\w*|syster\w*|syrra|s[øo]ster\w*|s[øo]stera|veninde|venninne|ven|venn\w*|kompis\w*|kamrat\w*|"
    r"kaveri\w*|sisko\w*|veli\w*|velje\w*|h[äa]n|[äa]iti\w*|[äa]idi\w*|is[äa]ni|is[äa]\b|sisar\w*|poika\w*|poja\w*|tyt[äa]r\w*|tytt[äa]re\w*|yst[äa]v\w*|kamar[áa]d\w*|bratr\w*|sestr\w*|prieten\w*|frate\w*|sora|bar[áa]t\w*|testv[ée]r\w*|"
    r"[öo]cs[ée]m|b[áa]ty[áa]m|n[őo]v[ée]rem|temen\w*|teman\w*|adik\w*|kakak\w*|dia|dost|woh|wo|vo|bhai|behen|didi|cousin|"
    r"kaibigan|pinsan|siya|niya|kapatid|rafiki|dada|kaka|yeye|s[øo]n|s[øo]nnen|sonen|dotter|datter|dcera|syn|fiul|fiica|"
    r"dost|sahel\w*|usne|unhone|unhonne|usko)\b|"
    r"\bвін\b|\bвона\b|друг|подруг|сестр|брат|φίλ|αδερφ|\bbạn\b|em gái|em trai|anh trai|chị gái|הוא|היא|החבר|אחי|אחותי|"
    r"दोस्त|सहेली|\bवो\b|\bवह\b|उसने|उन्होंने|उसको|(?<!\S)उसे(?!\S)|भाई|बहन|(?:बेटा|बेटी|बेटे|बच्चा|बच्ची|पति|पत्नी|बीवी|भाभी|मम्मी|पापा)(?!\s?(?:के|को|से|की|का|पर|में|ने\sमुझे)(?:\s|$|[,।]))|বন্ধু|\bসে\b|বোন|ভাই|دوست|\bوہ\b|بہن|بھائی", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:f[öo]r \w+ [åa]r (?:sedan|sen)|for \w+ [åa]r siden|som ton[åa]ring|som teenager|som ten[åa]ring|\w+ vuotta sitten|nuorena|"
    r"p[řr]ed (?:\w+ )?lety|jako teenager\w*|acum \w+ ani|acum c[âa][țtţ]iva ani|[ée]v(?:v|ek)el ezel[őo]tt|tin[ée]dzserk[ée]nt|"
    r"fiatalon|dulu|pas sma|waktu sma|dati|miaka \w+ iliyopita|saal pehle|school time|college ke din\w*)\b|"
    r"\b(?:n[äa]r jag var (?:\d{1,2}|ton[åa]ring|liten|yngre|ung)|\w+ [åa]r sedan)\b|ngày xưa|ngày trước|hồi trước|trước đây|hồi xưa|"
    r"(?:mấy|\d+) năm (?:rồi|trước)|"
    # riskblind33: Vietnamese "many / a few years ago"
    r"(?:nhiều|vài) năm (?:rồi|trước|về trước)|років тому|в юності|πριν (?:\w+ )?χρόνια|όταν ήμουν|hồi cấp|hồi nhỏ|לפני שנים|साल पहले|सालों पहले|के दिनों में|বছর আগে|سال پہلے|برسوں پہلے",
    re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:nu m[åa]r jag bra|i dag har jeg det godt|n[åa] har jeg det (?:fint|bra|godt)|nyt menee hyvin|te[ďd] jsem v pohod[ěe]|"
    r"(?:acum|azi) sunt bine|j[óo]l vagyok|(?:sekarang|udah|sudah) (?:udah |sudah )?(?:baik|pulih|sembuh)|okay na ako|ok na ako|"
    r"sasa niko sawa|ab (?:sab )?(?:theek|thik|better|kaafi better)|overst[åa]et|bakom mig|za mnou)\b|"
    r"\bab\b[^.!?;\n]{0,30}\b(?:theek|thik|better|thiik) (?:hu|hoon|hun|hoo|hai)\b|\bsekarang udah (?:jauh )?(?:lebih )?(?:baik|mendingan)\b|"
    r"зараз усе добре|тепер усе добре|τώρα είμαι (?:καλά|πολύ καλύτερα)|(?:bây )?giờ (?:tôi |em |mình |tui )?(?:đã )?ổn rồi|במקום טוב|अब (?:[^\s।]+ ){0,3}?ठीक|अब मैं ठीक|"
    r"এখন ভালো আছি|اب ٹھیک|اب بالکل ٹھیک", re.IGNORECASE)
_RECENT = re.compile(
    r"\b(?:ig[åa]r|i g[åa]r|igen|i f[öo]rrg[åa]r|forrige uke|sidste uge|i weekenden|eilen|viime viikolla|minul[ýy] t[ýy]den|v[čc]era|"
    r"aseara|asear[ăa]|ieri|tegnap\w*|m[úu]lt h[ée]ten|kemarin|minggu lalu|kagabi|jana|wiki iliyopita|last week|kal raat|parso|phir se|dobara|pichh?le hafte)\b|"
    r"вчора|позавчора|χθες|hôm qua|tuần trước|אתמול|שלשום|\bकल\b|परसों|গত সপ্তাহে|কাল রাতে|کل رات|پرسوں", re.IGNORECASE)
_FRAME = re.compile(
    r"\b(?:artikel|artikkel|uppsats|opgave|oppgave|gradu\w*|tutkimu\w*|prezentac\w*|studie|studiu|szakdolgozat\w*|beadand\w*|cikk\w*|"
    r"skripsi|penelitian|berita|film|filmen|roman|novel|frivillig|volunt\w*|relawan|[öo]nk[ée]ntes|prevenc\w*|prevenire|prevention|"
    r"forebygg\w*|f[öo]rebygg\w*|ehk[äa]isy\w*|pencegahan|workshop|helpline|hotline|kirkens sos|akhbar|khabar|news)\b|"
    r"статт|курсов|профілакт|фільм|άρθρο|ταινία|μελέτη|εθελοντ|bài báo|luận văn|\bphim\b|כתבה|סרט|מתנדב|"
    r"अखबार|अख़बार|फिल्म|फ़िल्म|खबर|ख़बर|খবর|اخبار|خبر|فلم", re.IGNORECASE)
_IDIOM = re.compile(
    r"\b(?:grin|latter|skratt\w*|nauru\w*|sm[íi]ch\w*|r[âa]s|r[öo]h[öo]g\w*|nevet\w*|ngakak|ketawa|tawa|kicheko|hans hans|haha\w*|lol|"
    r"sult|sulter|sv[äa]lt\w*|n[äa]lk[äa]\w*|hlad\w*|foame|[ée]hen|laper|lapar|kelaperan|gutom|njaa|bhook|bhukh|helle|v[äa]rmen|"
    r"caldura|c[ăa]ldura|machchar|machhar|machar|mosquito|khujli|khujlee|nyamuk|gatal)\b|मच्छर|खुजली|сміх|голод|спек|γέλ|πείν|ζέστη|cười|đói|\bnóng\b|מצחוק|רעב|החום|हँस|हंस|भूख|गर्मी|হাসতে হাসতে|খিদে|ہنس|بھوک|"
    # riskblind32: tiredness "feels like dying" in Indonesian ("capek banget mau mati rasanya"); not with life named ("capek hidup")
    r"\b(?:capek|cape|capk|lelah|pegel|pusing|ngantuk|gerah)\b(?![^.!?;\n]*\bhidup\b)[^.!?;\n]{0,40}\b(?:(?:mau|pengen|pingin) mati rasanya|rasanya (?:mau|pengen|pingin) mati)\b|"
    # riskblind33: Vietnamese homework, an exam, the boss or the traffic "makes me want to die" ("bài tập này làm tao muốn
    # chết luôn"); not a person or life as the cause
    r"\b(?:bai tap|bai thi|ky thi|deadline|sep|ket xe|tac duong|bài tập|bài thi|kỳ thi|sếp|kẹt xe|tắc đường)\b[^.!?;\n]{0,30}"
    r"\b(?:lam|làm) (?:tao|tui|toi|tôi|em|minh|mình) (?:muon|muốn) (?:chet|chết)\b",
    re.IGNORECASE)
_END = ".!?;\n।۔"


@dataclass(frozen=True)
class Reading:
    """The regexes a stage-one language module reads a match's sentence with (``reads_own_risk``):
    sentence ends, clause separators, negation before and after, first and third person, recovered,
    past, recent, a frame (news, study, fiction, prevention) and idioms."""
    end: str
    clause: re.Pattern
    neg_before: re.Pattern
    neg_after: re.Pattern
    first: re.Pattern
    third: re.Pattern
    recovered: re.Pattern
    past: re.Pattern
    recent: re.Pattern
    frame: re.Pattern
    idiom: re.Pattern


# Spanish "el" and Italian "il" are articles far more often than pronouns: a sentence-initial article
# ("El suicidio se me pasa por la cabeza", "Il mese scorso ho provato a farla finita col gas") was read
# as a third-person subject, so the speaker's own risk was read as someone else's (twenty-eighth
# session). Unaccented "el" is the pronoun only when a clitic, a negation or a common verb follows it
# ("el se quiere matar", "el no quiere vivir", "el dijo que"); accented "él" always is. "il" is the
# French pronoun and the Italian article: it is read as the article when the sentence holds more Italian
# than French function words.
_EL_PRONOUN_NEXT = re.compile(
    r"\s+(?:se|me|te|le|les|lo|la|los|las|nos|no|nunca|jam[aá]s|ya|tambi[eé]n|siempre|s[oó]lo|dice|dijo|dec[ií]a|"
    r"quiere|quer[ií]a|quiso|est[aá]|estaba|estuvo|es|era|fue|tiene|ten[ií]a|tuvo|ha|hab[ií]a|piensa|pensaba|va|iba|"
    r"intent[oó](?!\s+de\b)|hizo|hace|hac[ií]a|puede|pod[ií]a|sabe|siente|sent[ií]a|habla|hablaba|cree|cre[ií]a|"
    r"vive|trata|trat[oó]|sigue|segu[ií]a|necesita|anda|andaba)\b", re.IGNORECASE)
_IT_WORDS = re.compile(
    r"\b(?:ho|hai|abbiamo|sono|sei|sto|stai|non|che|di|mi|ti|ci|gli|del|della|dello|dei|delle|nel|nella|col|per|mio|"
    r"mia|miei|questo|questa|ogni|anche|voglio|vorrei|scorso|scorsa|ancora|sempre|giorno|volta|pi[uù]|cos[iì]|e|è)(?!')\b",
    re.IGNORECASE)
_FR_WORDS = re.compile(
    r"\b(?:je|ne|pas|les|des|du|est|et|avec|pour|au|aux|dans|suis|ai|elle|de|une|sur|mon|mes|cette|veut|voulait|"
    r"dit|disait|parle|fait|peut|y|en)\b|\b[jnmtsclqd]'", re.IGNORECASE)


# Thirtieth session: a person right after a preposition is its object, not the sentence's subject ("I had a fight with
# my mum and just want to die", "Ich habe Streit mit meinem Freund und will nicht mehr leben", "Ho litigato con il mio
# ragazzo e mi sono tagliata di nuovo", "Ik heb ruzie met mijn broer en wil dood"): the subject readers took "mum",
# "il mio ragazzo", "mijn broer" for the last subject and the speaker's own disclosure for someone else's. Not the
# genitive words ("of", "de", "di", "von": "the girlfriend of my brother wants to die" keeps "girlfriend").
_PREP_OBJECT_END = re.compile(
    r"\b(?:with|to|at|about|for|from|against|without|mit|bei|gegen|f[üu]r|ohne|con|col|coi|avec|contre|chez|pour|com|sem|"
    r"contra|para|met|tegen|voor|zonder|z|ze|dla|bez)\s+"
    r"(?:(?:my|your|his|her|our|their|the|an|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|der|dem|den|die|das|mi|mis|tu|tus|su|sus|"
    r"el|la|los|las|mon|ma|mes|ton|ta|son|sa|le|les|meu|minha|meus|minhas|o|os|as|il|lo|gli|mio|mia|miei|mie|mijn|m'n|je|"
    r"zijn|de|het|moim|moj\w*)\s+){0,2}"
    r"(?:(?:best|older|younger|little|big|ex|new|old|own|step|beste\w*|[äa]lter\w*|j[üu]ngere\w*|kleine\w*|gro[ßs]e\w*)\s+)?$",
    re.IGNORECASE)


def object_of_preposition(before: str) -> bool:
    """Whether a subject reader's candidate that starts where ``before`` ends follows a preposition (its object)."""
    return _PREP_OBJECT_END.search(before[-80:]) is not None


def article_not_subject(word: str, after: str, sentence: str) -> bool:
    """Whether a third-person subject found by a reader ("el", "il") is an article here: ``after`` is
    the text right after the word, ``sentence`` the whole sentence it is in."""
    w = word.lower()
    if w == "el":
        return _EL_PRONOUN_NEXT.match(after) is None
    if w == "il":
        return len(_IT_WORDS.findall(sentence)) > len(_FR_WORDS.findall(sentence))
    return False


# Portuguese "no" is "em" + "o" ("No mês passado tentei me matar", "No sábado cortei os braços"), never a negation;
# Spanish "no" is one. The negation readers took the Portuguese contraction for the Spanish negation, so a
# disclosure told after "No mês passado" was read as denied (twenty-eighth session; riskprobe28 found it). In a
# sentence with more Portuguese than Spanish function words, "no" before a match is read as the contraction.
_PT_WORDS = re.compile(
    r"[ãõç]|\b(?:eu|meu|minha|voc[êe]|estou|tenho|n[ãa]o|muito|uma|com|pra|nem|em|tentei|pensei|quero|m[êe]s|isso|isto|"
    r"ele|ela|nas|ao|sou|estava|fiz|vou|foi|cortei|tomei|ontem|hoje|trabalho|fim)\b", re.IGNORECASE)
# (review28b) not the words other languages share ("as", "do" English; "os", "nos", "da", "dos" Spanish; "das"
# German; "um" an English filler): "As I said, I have no plan to kill myself" and "No os preocupéis, nos da igual,
# no pienso matarme" were read as Portuguese and their negation dropped; an English sentence is no Portuguese one
_EN_WORDS = re.compile(r"\b(?:i|i'm|im|i've|my|the|have|has|to|of|and|is|am|it|not|don'?t|this|that|any|said|what|with)\b",
                       re.IGNORECASE)
_ES_WORDS = re.compile(
    r"ñ|\b(?:yo|mi|mis|estoy|tengo|muy|una|un|con|pero|ni|los|las|del|el|en|quiero|intent[ée]|pens[ée]|hace|mes|soy|"
    r"estaba|hice|voy|fue|ayer|hoy)\b", re.IGNORECASE)
_NO = re.compile(r"\bno\b", re.IGNORECASE)


def without_portuguese_no(before: str, sentence: str) -> str:
    """``before`` (the text before a match in its sentence) with Portuguese "no" ("em" + "o") written as "em", so
    that a negation reader does not take it for the Spanish negation, when ``sentence`` reads as Portuguese."""
    if not _NO.search(before) or not _reads_portuguese(sentence):
        return before
    return _NO.sub("em", before)


@lru_cache(maxsize=64)  # (slow31) the matches of one sentence ask of the same sentence
def _reads_portuguese(sentence: str) -> bool:
    """More Portuguese function words in ``sentence`` than Spanish ones, and than English ones."""
    pt = len(_PT_WORDS.findall(sentence))
    return not (pt <= len(_ES_WORDS.findall(sentence)) or pt <= len(_EN_WORDS.findall(sentence)))


def reads_own_risk(r: Reading, text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is the speaker's own, current, literal risk, read in its sentence."""
    s, e = sentence_span(text, m.start(), m.end(), r.end)  # at most ``SENTENCE_REACH`` either side (slow31)
    before, sentence = text[s:m.start()], text[s:e]
    clause_after = r.clause.split(text[m.end():e], maxsplit=1)[0]
    if r.neg_before.search(without_portuguese_no(before, sentence)[-30:]) or r.neg_after.search(clause_after):
        return False
    if not r.first.search(m.group(0)):
        subjects = [x.group(0) for x in re.finditer(rf"{r.first.pattern}|{r.third.pattern}", before, re.IGNORECASE)
                    if not article_not_subject(x.group(0), text[s + x.end():e], sentence)
                    and not object_of_preposition(before[:x.start()])]
        if subjects and not r.first.fullmatch(subjects[-1]):
            return False
    if r.recovered.search(text[s:]) or r.past.search(sentence) and not r.recent.search(sentence):
        return False
    return r.frame.search(sentence) is None and r.idiom.search(sentence) is None


_READING = Reading(_END, re.compile(r"[,،]"), _NEG_BEFORE, _NEG_AFTER, _FIRST, _THIRD, _RECOVERED, _PAST, _RECENT,
                   _FRAME, _IDIOM)
_RELAPSE = replace(_READING, recovered=re.compile(r"(?!)"))  # ``disclosure``: a relapse told after the recovery


def disclosure(text: str, m: re.Match) -> bool:
    """Whether a match in ``text`` is the speaker's own, current, literal risk. Round twelve: a recovery
    said before the match and followed by a recent relapse ("ab sab theek hai bolti hoon par kal raat phir
    se ...") does not rule the match out (the rest of the reading stands)."""
    if reads_own_risk(_READING, text, m):
        return True
    s, e = sentence_span(text, m.start(), m.end(), _END)
    recovered = _RECOVERED.search(text, s, m.start())
    return bool(recovered and _RELAPSE_AFTER.search(text, recovered.end(), e) and reads_own_risk(_RELAPSE, text, m))


# a relapse told after a recovery: a word of recurrence, or a contrast then a recent time
_RELAPSE_AFTER = re.compile(
    r"\b(?:igen|igjen|taas|uudelleen|znovu|din nou|lagi|ulit|phir se|dobara|again|(?:men|mutta|ale|dar|tapi|par|lekin|magar|"
    r"but)\b[^.!?;\n।]{0,60}?\b(?:ig[åa]r|i g[åa]r|eilen|v[čc]era|ieri|aseara|kemarin|semalam|kal raat|parso|last night|"
    r"yesterday))\b|знову|вчора|ξανά|\blại\b|फिर से|दोबारा|कल रात", re.IGNORECASE)


# Round twelve: a cut or burn met by accident (the kitchen, a tool, "by mistake") in these languages,
# read in the match's sentence for self-injury only, unless the turn says it was meant or hidden
_ACCIDENTAL = re.compile(
    r"\b(?:glasbit|konservburk|lagade mat|n[äa]r jag lagade|av misstag|r[åa]kade|i k[öo]ket|rakade|"
    r"br[øo]dkniven|glassk[åa]r|lavede mad|da jeg lavede|ved et uheld|kom til at|i k[øo]kkenet|barberede|"
    r"da jeg lagde|lagde (?:middag|mat)|ved et uhell|kom til [åa]|p[åa] kj[øo]kkenet|barberte|boks med|"
    r"leip[äa]veit\w*|vahingossa|keitti[öo]ss[äa]|kokatessa|ruokaa laittaessa|sormee\w*|perunaa|sipulia|partaa ajaessa|"
    r"p[řr]i kr[áa]jen[íi]|kr[áa]jel\w*|p[řr]i va[řr]en[íi]|v kuchyni|omylem|n[áa]hodou|cibul\w*|p[řr]i holen[íi]|o troubu|"
    r"c[âa]nd g[ăa]tesc|g[ăa]tind|[îi]n buc[ăa]t[ăa]rie|din gre[șsş]eal[ăa]|accidental|st[âa]ngac\w*|deget\w*|ceap[ăa]|"
    r"masak|motong|memotong|bawang|pisau dapur|(?:gak|ga|nggak|tidak|enggak) sengaja|kecelakaan|(?<!buku )jari\w*|dapur|"
    r"galti se|ghalti se|sabzi|sabji|pyaaz|pyaz|chai banate|khana banate|roti|tawe|tawa|banate hue|kaatte hue|kaatte waqt|"
    r"sibuyas|karne|gulay|adobo|sinigang|nagluluto|pagluluto|kusina|aksidente|hindi sinasadya|daliri|"
    r"v[ée]letlen[üu]l|f[őo]z[ée]s\w*|krumpli\w*|hagym\w*|konyh[áa]ban)\b|"
    r"палець|хліб|на кухні|випадково|готувал\w*|цибул\w*|сабзі|सब्ज़ी|सब्जी|प्याज़|प्याज|गलती से|ग़लती से|खाना बनाते|रसोई|चाय|"
    r"रोटी|काटते हुए|उंगली", re.IGNORECASE)
_MEANT = re.compile(
    r"\b(?:med flit|med avsikt|medvetet|avsiktligt|med vilje|med fors[æa]t|bevidst|med hensikt|bevisst|tahallaan|"
    r"tarkoituksella|schv[áa]ln[ěe]|[úu]mysln[ěe]|naschv[áa]l|inten[țtţ]ionat|dinadins|jaan ?boo?j(?:h|h ke|ke)|jaan ?bujh|"
    r"asal (?:mein|me)|khud kaat\w*|sinasadya|sz[áa]nd[ée]kosan|on purpose|deliberately)\b|(?<!gak )(?<!ga )(?<!tidak )"
    r"(?<!nggak )(?<!enggak )\bsengaja\b|навмисн\w*|спеціально|जानबूझ|जान बूझ", re.IGNORECASE)


@lru_cache(maxsize=32_768)
def folded_low(low: str) -> Folded:
    """The lowered text of a turn, folded (one per text, shared by the stage-one language modules)."""
    return Folded(low)


def raw_may_match(low: str) -> bool:
    """``RAW_ANY``'s guard on the lowered text of a turn that is not ASCII."""
    return guard(RAW_ANY).may_match(folded_low(low))


def may_match(folded: Folded) -> bool:
    """False proves no pattern of this module can match the turn."""
    return guard(ASCII_ANY).may_match(folded) or (not folded.text.isascii() and raw_may_match(folded.text.lower()))


def _accidental(text: str, m: re.Match) -> bool:
    """Round twelve: a self-injury match whose sentence tells an accident (``_ACCIDENTAL``) in a turn
    that says nothing of its being meant (``_MEANT``)."""
    s, e = sentence_span(text, m.start(), m.end(), _END)
    return bool(_ACCIDENTAL.search(text, s, e)) and not _MEANT.search(text)


def everyday_spans(text: str, folded: Folded) -> list[tuple[int, int]] | None:
    """Round twelve (``risk.everyday_spans``): the sentences of this module's matches in a turn when each
    is a self-injury match read as an accident (``_accidental``); None when some match is anything else."""
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for category in ASCII:
        sets = [(ASCII[category], text, folded)]
        if not text.isascii() and raw_may_match(low):
            sets.append((RAW[category], low, folded_low(low)))
        for pattern, t, f in sets:
            if not guard(pattern).may_match(f):
                continue
            for m in pattern.finditer(t):
                if not (category == "nssi" and disclosure(t, m) and _accidental(t, m)):
                    return None
                s, e = sentence_span(t, m.start(), m.end(), _END)
                spans.append((s, e))
    return spans


# (review27b) a stomach pumped or waking in intensive care or the emergency department (the round twenty-seven forms
# here and in ``risk_use_langs``) for a told medical reason: surgery, an accident, food or mushrooms, a pet or a child
# as the one treated, or "by accident"; not when the turn also names pills, an overdose or a suicide
_WAKE_PUMP = re.compile(r"magen|maag|lavado|lavagem|lavanda|lavage|intensiv|notaufnahme|wakker|kuras|bangun|sadar|"
                        r"промы|очнул|洗.?胃|胃洗浄", re.I)
_MEDICAL_REASON = re.compile(
    r"(?<=-)op\b|\b(?:der|einer|die) op\b|\b(?:operation|operatie|operasi|operaci[oó]n|opera[cç][aã]o|ongeluk|val van|kecelakaan|accidente|acidente|"
    r"incidente|sturz|gest[üu]rzt|pilz\w*|paddenstoel\w*|setas?|cogumelos?|funghi|champignons?|jamur|hund\w*|hond|perro|"
    r"gato|gatto|chien|kucing|anjing|als kind|versehentlich|per ongeluk|por accidente|sem querer|tidak sengaja)\b|"
    r"unfall|операци|авари|дтп|шаурм|гриб|собак|кошк|случайно|手术|手術|事故|车祸|蘑菇|きのこ|キノコ|犬|猫|狗|子供|孩子|误食|誤飲",
    re.I)
_MEANT_OVERDOSE = re.compile(r"tablett|pill|pastill|comprim|таблет|药片|安眠药|薬を|睡眠薬|\bpil\b|obat tidur|[üu]berdosis|"
                             r"overdos|передоз|自杀|自殺|suizid|suicid|zelfmoord|bunuh diri|самоуб", re.I)


def medical_reason(category: str, text: str, m: re.Match) -> bool:
    """Whether a round twenty-seven waking or stomach-pumping match is told with a medical reason (``_MEDICAL_REASON``)."""
    return category == "recent_attempt" and _WAKE_PUMP.search(m.group(0)) is not None and \
        _MEDICAL_REASON.search(text) is not None and _MEANT_OVERDOSE.search(text) is None


def find(category: str, text: str, folded: Folded) -> tuple[bool, bool]:
    """(mentioned, disclosed) for one category's patterns in a turn."""
    mentioned = False
    if guard(ASCII[category]).may_match(folded):
        for m in ASCII[category].finditer(text):
            mentioned = True
            if disclosure(text, m) and not (category == "nssi" and _accidental(text, m)) and \
                    not medical_reason(category, text, m):
                return True, True
    if not text.isascii():
        low = text.lower()
        if raw_may_match(low) and guard(RAW[category]).may_match(folded_low(low)):
            for m in RAW[category].finditer(low):
                mentioned = True
                if disclosure(low, m) and not (category == "nssi" and _accidental(low, m)) and \
                        not medical_reason(category, low, m):
                    return True, True
    return mentioned, False
