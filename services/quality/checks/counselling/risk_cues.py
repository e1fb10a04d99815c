"""The recall-oriented cue lexicon of client-turn risk detection: word stems, grouped by what a
C-SSRS category talks about, in English, Spanish, French, German, Portuguese, Italian, Dutch,
Polish and Chinese, some Russian, Arabic, Japanese and Hindi, and (added later, with
``tests/support/labelled/risk_train_lang.jsonl``) Swedish, Danish, Norwegian, Finnish, Turkish, Czech,
Ukrainian, Romanian, Hungarian, Greek, Korean, Vietnamese, Indonesian and Hebrew. A cue decides nothing: a turn the patterns (``risk.py``) leave at "none"
goes to the learned stage (``risk_model``) only if it holds at least one cue, so that everyday
turns never pay for the model, while a disclosure phrased without any keyword (letters,
giving things away, a belt, a bridge, not waking up) still reaches it.

The stems were written from the categories' definitions (C-SSRS: wish to be dead, active
ideation, method, intent, plan and preparatory acts, attempt; plus non-suicidal self-injury),
not from any labelled turn. ``CUES`` is case-insensitive and ASCII (so ``prefilter.guard``
can rule a text out with one Aho-Corasick scan); ``CUES_RAW`` holds the stems with non-ASCII
letters, matched on the lower-cased text. A stem typed without its diacritics ("olmek", "umrit",
"muon chet") goes in an ASCII list (``_OTHER_ASCII`` in ``CUES``; for the languages added later
``_LANG_ASCII`` in ``CUES_LANG``, which has a guard of its own), word-bounded and chosen not to start
an English word, never in ``CUES_RAW``: an ASCII literal there would make its guard pass ASCII text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.quality.checks.counselling.risk import TURNS
from services.quality.checks.prefilter import Folded, guard
from shared import prescreen

_EN = {
    # death, dying, being alive, existing (passive wish, ideation)
    "death": r"suicid|kill(?:ing|ed)? (?:my|me)|die\b|died\b|dies\b|dying|dead\b|death|funeral|grave\b|alive|"
             r"stop living|not (?:be )?living|to live\b|want to live|living for|worth living|still going|exist|never been born|born\b|wake up|woke up|"
             r"waking up|open my eyes|asleep|in my sleep|take me\b|disappear|vanish|not (?:be )?(?:here|around)|"
             r"wasn'?t (?:here|around)|weren'?t (?:here|around)|if i was gone|when i'?m gone|be gone|without me|"
             r"better off|easier for everyone|move on|miss me|notice if|way out|an exit|end (?:it|things|my|this|"
             r"everything)|ending (?:it|things|my)|over with|be over|it to end|to stop\b|everything to stop|"
             r"no future|a future|reason to (?:stay|live|keep|be)|point (?:of|in) (?:me|living|life|being)|"
             r"waste of space|burden|dragging (?:them|everyone|everybody)|wouldn'?t mind|wouldn'?t care|relief if|"
             r"envy (?:people|the dead|those)|last (?:night|day|time|week) (?:i'?ll|on earth|alive)|my last|"
             # the same said without a death word (euphemisms, slang, wishing an accident)
             r"for good|permanently|want out|hear from me|off(?:ing)? myself|kms\b|unalive|make it (?:all )?stop|"
             r"stop existing|ghost\b|seatbelt|insurance|terminal|heart (?:just )?stops?|hit by|run over|crossing the road|"
             r"(?:go|going|went) under|door shut|in the garage|the woods|a tree\b|rather it|it ended|sleep forever|"
             r"never wake|welcome (?:it|death|a terminal)|a car (?:doesn'?t|does not|would|to|hits?)|ending everything|"
             r"end everything|not exist|cease to|oblivion|come back to|being gone|me gone|another (?:\w+ )?years|send (?:messages|emails)|"
             r"switch off|lights out|check out\b|be with (?:grandma|grandad|mum|dad|him|her) again",
    # methods and means
    "method": r"pills?\b|tablets?\b|meds\b|medication|medicine|overdos|paracetamol|tylenol|ibuprofen|insulin|"
              r"tramadol|codeine|opioid|antidepressant|sleeping (?:pills|tablets)|whole (?:box|bottle|packet)|"
              r"every pill|rope|noose|belt\b|cord\b|ligature|hang\b|hanging|hanged|neck\b|beam\b|suffocat|"
              r"plastic bag|a bag\b|gun\b|shotgun|rifle|firearm|bullet|knife|knives|blade|razor|wrists?\b|"
              r"bridge|cliff|quarry|roof|rooftop|balcony|ledge|top floor|high enough|the drop|jump|leap|"
              r"train|tracks|platform|railway|tube\b|lorry|truck|traffic|motorway|highway|crash|steer|swerve|"
              r"drown|river|the sea\b|into the sea|lake|the water|engine running|exhaust|carbon monoxide|"
              r"charcoal|bleach|poison|antifreeze|gas\b|railing|stairwell|car park|multi-stor|height|how high|"
              r"how deep|the lot\b|took (?:the|them) all|edge\b|went over|go over|999|911|112\b|high places?|"
              r"prescriptions|counting (?:them|the)|cable|chair\b|stool\b|stood on|got down|enough\b",
    # intent and plan, preparatory acts
    "plan": r"decided|made up my mind|my decision|going through with|go through with|do it\b|doing it\b|"
            r"did it\b|tonight|this weekend|by (?:christmas|friday|the end)|after my|last night on|ready to|"
            r"plan\b|planned|planning|a date\b|the date|picked|chosen|worked out (?:where|when|how)|where and when|"
            r"no one will be|nobody will be|letters?\b|notes?\b|goodbye|good-bye|farewell|a video for|"
            r"my will\b|a will\b|funeral|passwords|bank details|life insurance|paid off|debts|cancel+ed my|"
            r"gave (?:away|my)|giving (?:away|my)|given away|give away|rehom|looked after|take my (?:dog|cat|pets?)|"
            r"saving up|stockpil|hoard|collect(?:ed|ing)? (?:pills|tablets|meds)|hid(?:den|ing)?\b|hide\b|"
            r"looked up|searched|googl|research|how (?:much|many)|lethal|fatal|enough to|times the|"
            r"deleted (?:my|all)|sorted (?:out|everything)|everything (?:ready|in order|sorted)|affairs in order|"
            r"envelope|who gets|somewhere to go|look after (?:my|the)|saying sorry|apologi|it'?s happening|"
            r"measured|checking (?:which|where|how)|when i'?m not here|after i'?m|important papers|squared away|"
            r"in order\b|messages for|for the years|tidying (?:everything|up)|won'?t be (?:around|here)",
    # attempt
    "attempt": r"tried to|try to|trying to|attempt|swallowed|took (?:all|every|a whole|the whole|an?|\d+)|"
               r"stomach pumped|a&e|emergency|hospital|icu|intensive care|ward\b|discharged|ambulance|paramedic|"
               r"survived|woke up in|came round|pulled me back|found me|stopped me|grabbed me|threw (?:it )?up|"
               r"still here|didn'?t work|panicked|at the last (?:second|minute)|climbed",
    # self-injury
    "nssi": r"self[- ]?harm|self[- ]?injur|hurt(?:ing)? (?:myself|my)|harm(?:ing)? myself|cut(?:s|ting)?\b|"
            r"slit|carv|scratch|burn|burnt|lighter|cigarette|scald|skin\b|blood|bleed|bruis|scars?\b|marks\b|welt|"
            r"raw\b|pick(?:ing)? at|pull(?:ing)? (?:my|out my) hair|hair out|bald|punch|bang(?:ing)? my head|"
            r"hit(?:ting)? (?:myself|my)|slam|bite|biting|pinch|punish|deserve|starv|purg|make myself sick|"
            r"compass|hair tie|rubber band|thighs?\b|forearms?|arms?\b|legs?\b|stomach|knuckles|my body|"
            r"feel something|calm down|to cope|numb|relaps|(?:days|weeks) clean",
    # despair that often surrounds a disclosure
    "despair": r"hopeless|pointless|no point|worthless|useless|failure|give up|giving up|can'?t (?:go on|cope|"
               r"do this|take (?:it|this))|had enough|done with|tired of|exhausted of|empty|numb|trapped|"
               r"unbearable|too much|nothing left|nobody cares|no one cares|alone\b",
}

_OTHER_ASCII = (
    # es
    r"morir|muert|matar|suicid|quitarme|vivir|despertar|pastillas|puente|tirarme|cortarme|me corto|quemo|"
    r"mechero|hacerme dano|despedida|regal|carta|decidido|lo voy a hacer|hospital|urgencias|sin mi\b|"
    # fr
    r"mourir|tuer|suicid|vivre|reveiller|en finir|mettre fin|cachets|pilules|medicaments|pont|sauter|"
    r"scarifi|griff|couper|brule|lettres?\b|adieu|donne|decide|sans moi|plus la\b|plus heureux|mords|bleus|"
    # de
    r"sterben|umbring|umzubringen|suizid|leben\b|aufwachen|aufzuwachen|tabletten|ueberdosis|uberdosis|"
    r"zug\b|springen|brucke|ritz|schneide|verletz|brief|abschied|verschenkt|beschlossen|schluss zu machen|"
    r"ohne mich|besser dran|krankenhaus|geboren|entschieden|mache ich es|"
    # pt
    r"morrer|matar|suicid|viver|acordar|remedios|comprimidos|pular|ponte|me corto|cortei|queimo|machuco|"
    r"despedida|decidi|sem mim|hospital|acabar com|tirar a|propria vida|enforcar|corda|tentei|"
    # it
    r"morire|uccider|togliermi|suicid|vivere|svegliar|pastiglie|pillole|farmaci|buttarmi|ponte|taglio|graffio|"
    r"farmi del male|addio|regalato|deciso|finita|senza di me|ospedale|"
    # nl
    r"dood|sterven|zelfmoord|van het leven|wakker|overdosis|pillen|snijd|mezelf|afscheid|zonder mij|"
    # pl (ASCII parts)
    r"umrze|umrzec|zabic|zabi|samobojcz|tabletk|szpital|tne sie|pozegna|beze mnie|obudzi|peron|pociag|opakowanie"

)


# Round four (issue 12, 2026-12-03): stems for intent and plans stated without a death word
# ("after this weekend", "it's handled", "mind's made up"), accounts and savings, passive wishes
# through an illness, age, an accident or the next day, scalding and starving as punishment, and
# the same ladder in pl, es, de, fr, pt, it, nl, written from the training turns' misses
# (``risk_train_v4.jsonl`` and the older training files) and the category definitions. A pattern of
# their own (``CUES_V4``, own guard), read only when ``CUES`` found nothing: in ``CUES``' one
# alternation their common literals ("is over", "another day") were candidate starts where all of
# its ~600 branches were tried (+18% CPU for ``has_cue`` on CounselChat). ``FAMILIES`` (features
# of the learned stage) reads them with their families, as if they were one pattern.
_EN_V4 = {
    # passive wishes through illness, age, an accident, the next day, life as unasked for
    "death": r"checking out\b|"
             r"incurable|(?:get|getting|grow|growing) old\b|last (?:that|this) long|stop(?:ped)? being\b|unaliv|"
             r"borrowed time|meant to be here|give it back|(?:fight|fought) it\b|months (?:left|to live)|reliev|"
             r"(?:have to|having to) face|another (?:morning|twelve months|year of)|signed up for|ask(?:ed)? for (?:this|it)\b|didn'?t ask for|"
             r"(?:hope|hoping|wish|wishing|pray) (?:the|a|that (?:the|a)) (?:bus|car|lorry|truck|plane|flight|train|van)|"
             r"(?:see|make it to|reach) (?:the new year|christmas|next year|\d\d\b)|keep living|end of it\b|another day\b|finish it\b|"
             r"like an accident|off the road|wasn'?t part of|cancer",
    # a date or a condition stated without a death word; accounts and savings
    "plan": r"after (?:tomorrow|today|(?:this|the|next) (?:weekend|week|month|term))|is over\b|"
            r"(?:it'?s|all) (?:handled|taken care of)|thought it through|mind'?s made up|made (?:the|a) (?:decision|choice)|"
            r"delet(?:e|ed|ing) (?:all|every|my)|my (?:accounts|savings)|if anything happens to me|won'?t (?:need|be needing)|"
            r"by the time you read|free of (?:it|all|this|everything)|hear from me|don'?t bother|house (?:is )?(?:empty|quiet)|"
            r"i'?m out\b",
    # scalding, starving as punishment
    "nssi": r"boiling|on purpose|eat(?:ing)? for (?:days|a day)|without eating|been bad\b",
}
_OTHER_V4 = (
    # intent and timing without a death word, giving away, letters, hitting oneself, a wish for an
    # accident or illness, antidepressants, being found: pl, es, de, fr, pt, it, nl
    r"decyzj|zakoncz|powies|doczeka|urodzi|ubezpiecz|polis[ay]\b|zoladek|lekow|leki\b|oddal|rozdal|listy\b|"
    r"zahamuj|autobus|glowa w|glowe w|gryze|siniak|odetchn|gdyby mnie|mnie nie (?:by|bedzie)|nie bede juz|"
    r"esta noche|fingir|frene|anden|borde del|ano nuevo|no pienso llegar|pase lo que pase|salgan mal|muerdo|"
    r"antidepres|me encontr|heute nacht|so weit\b|erleben|egal was passiert|befund|beisse|bremst|bahnsteig|"
    r"gefunden|nouvelle annee|quoi qu.il arrive|resultats|m.a trouve|freine|quai\b|acord|frear|plataforma|"
    r"ano novo|aconteca o que|exames|mordo|me achou|nao vou mais estar|resolvi tudo|doei|capodanno|"
    r"qualunque cosa succeda|mi hanno trovat|besloten|een einde"
)

# the languages added later, in a pattern of their own (``CUES_LANG``) with its own guard: in the one
# alternation of ``CUES`` their ~200 stems were tried at every word of every English turn that passes
# its guard (+26% CPU for ``has_cue`` on CounselChat), where their own guard rules English out
_LANG_ASCII = (
    # the languages added later, as typed without diacritics (C-SSRS ladder: suicide, dying and not
    # waking, without me, means, cutting and burning oneself, letters, decision, hospital, attempt)
    # sv, da, no
    r"sjalvmord|selvmord|ta livet|livet av mig|ta mitt liv|livet mitt|mit (?:eget )?liv\b|ihjel\b|drepe meg|"
    r"vill (?:bara )?do\b|vil (?:bare )?do\b|lyst til a do\b|vakna\b|vakna (?:igen|upp)|vagner|vakne|utan mig\b|uden mig\b|"
    r"uten meg\b|piller\b|sovepiller|tabletter|hoppa\b|hoppe\b|springe ud|hanga mig|haenge mig|henge meg|"
    r"repet\b|rebet\b|tauet\b|skar mig|skaerer i mig|kutter meg|skada mig|skade mig|skader meg|skadet meg|"
    r"brande mig|braender mig|brent meg|slar meg|avskedsbrev|afskedsbrev|avskjedsbrev|bestamt mig|"
    r"sjukhus|sykehus|hospitalet|forsvinna|forsvinde|forsvinne|orkar inte|orker ikke|kan ikke mere|"
    r"inte leva|ikke leve|"
    # fi
    r"itsemurh|kuolla\b|kuolen\b|kuolisin|tappaa itseni|tapan itseni|heraisi|herata|ilman minua|"
    r"laakkeet|unilaak|hyppa|sillalta|hirtt|viill|viilt|satutan itse|satutin itse|poltin|raavin|jaahyvais|"
    r"sairaala|yliannost|en jaksa|olisi olemassa|"
    # tr
    r"intihar|olmek|oldurece|kendimi oldur|uyanma|bensiz|ben olmasam|ilaclari|"
    r"haplari|hap ictim|kopruden|atlamay|kendimi asma|asmayi|jilet|kendimi kes|zarar ver|kendimi yak|"
    r"veda mektub|kararimi verdim|hastanede|yasamak istemiyorum|dayanamiyorum|kaybolmak istiyorum|"
    # cs
    r"sebevra|zabiju se|zabit se|chci umrit|umrit\b|umru\b|umiram\b|neprobud|beze me\b|prasky|prasku|"
    r"spolykal|skocim|skocit|z mostu|obesim|obesit|provaz|rezu se|rezala|rezal jsem|palim se|ublizit si|"
    r"neublizil|rozloucen|nemocnic|nechci (?:uz )?zit|"
    # ro
    r"sinucid|vreau sa mor|sa mor\b|omoar|nu ma mai trezesc|fara mine|pastile|de pe pod|"
    r"spanzur|franghie|ma tai\b|taiam|ma ard\b|imi fac rau|scrisoare de adio|adio\b|am hotarat|spital\b|"
    r"nu mai vreau sa traiesc|sa traiesc|sa dispar\b|"
    # hu
    r"ongyilkos|meghal|halok\b|megolom magam|ebrednek|nelkulem|gyogyszer|tablettak|leugr|hidrol|"
    r"felakaszt|kotel|vagdos|egetem magam|buculevel|eldontottem|korhaz|nem birom|eltunni|nem akarok (?:tovabb )?elni|"
    # vi
    r"tu tu\b|tu sat\b|muon chet|chet di\b|khong muon song|thuoc ngu|nhay cau|nhay lau|treo co\b|"
    r"rach tay|tuyet menh|benh vien|bien mat|khong chiu noi|lam dau ban than|lam hai ban than|"
    # id
    r"bunuh diri|pengen mati|ingin mati|mau mati|mati aja|mati saja|bangun lagi|tanpa aku|tanpa saya|"
    r"obat tidur|semua obat|banyak obat|loncat|lompat dari|jembatan|gantung diri|nyilet|menyilet|silet\b|"
    r"menyakiti diri|melukai diri|surat perpisahan|kuputuskan|rumah sakit|mau hidup|nggak kuat|gak kuat|"
    r"ingin menghilang|hilang aja|membenturkan|"
    # round four: a decision and being no burden (da, no, fi, id, hu)
    r"besluttet|til besvaer|paattanyt|taakka|memutuskan|merepotkan|beban\b|eldontott|teher\b|"
    # giving things away, letters, better off without me, hitting oneself (all of the above)
    r"gett bort|ge bort|gav bort|gitt bort|gi bort|ga bort|givet (?:mine|min|mit|vaek)|brev til|brev\b|breve\b|"
    r"battre utan|bedre uden|bedre hvis jeg|bedre uten|slar mig|slar mit hoved|fjellvegg|kjore bilen|"
    r"kirjee|kirjeit|parempi ilman|antanut pois|annoin pois|mektup|esyalarimi|dagittim|rozdal|dopis|zmizet|"
    r"zmizel|bez mne|lip beze|scrisor|lucrurile mele|am dat lucrurile|trezesc|elajandek|levelet|leveleket|"
    r"verem a|verem magam|gyujtom|viet thu|do dac|kubagikan|membagikan|bagi-bagi|surat buat|surat untuk|nulis surat"
)

# Round six (issue 12, 2026-12-04): stems written from the router's misses on the training turns of
# ``risk_train_v5.jsonl`` (28 of its 153 at-risk turns reached no learned stage) and the categories'
# definitions, never from a validation or held-out turn: nl (an accident wished for, sleeping pills,
# medicines, the railway, giving things away, "doing it", scratching, bleeding, the head against the
# wall), tr typed without diacritics (an accident, "canima kiymak", not being here, pills, the
# emergency room, bleeding), sv/da/no (the emergency room, cutting, vanishing, a bridge, burning
# oneself), cs (not being here), id (slicing), romanised Hindi (suicide, not waking, cutting, poison,
# goodbye) and English giving away as a clear-out. A pattern of its own (``CUES_V6``, own guard, read
# after the others) so that English turns do not pay for them; their diacritic forms are in ``CUES_RAW``.
_V6_ASCII = (
    r"ongeluk|slaappil|medicijn|doe ik het\b|weggegeven|weggeven|spoor\b|mesje|krassen|kras\b|bloed|"
    r"tegen de muur|bonk|bovenbeen|verdwijn|"
    r"kaza gec|umursama|olmayaca|canima kiy|canimi al|hap ictim|haplar|acilde|acile\b|kafami duvara|kanayana|"
    r"akuten|akutmottag|skar i mig|skaret i mig|forsvant|forsvinner|brua\b|gjore det\b|brenner meg|"
    r"uz nebudu|menyayat|sayatan|"
    r"khudkushi|khudkhushi|na uthun|kabhi na uth|haath kaat|kaat (?:rahi|raha|li|liya|diya)\b|marna chah|mar jaun|"
    r"jaan de\b|zeher|zehar|alvida|"
    r"clear-?out\b|handing out my|"
    # thirteenth session (``risk_train_v9.jsonl``; languages USE-m3 does not read): tl, sw, romanised hi, fi, ro
    r"magpakamatay|tumalon|magbigti|nagbigti|laslas|sinusugatan|pinapaso|kujiua|kujinyonga|kujidhuru|najikata|najichoma|"
    r"vidonge|wembe|latakne|latak ja|kood ja|koodne|phansi|faansi|goliyan|neend ki goli|"
    # fourteenth session (``risk_train_v11_langs.jsonl``; round eleven of ``risk_langs``): romanised hi under a train, a rope, a fan
    r"neeche aa ja|niche aa ja|rassi\b|pankhe|chhalang|"
    # round seven (``risk_train_v6.jsonl``'s router misses, 2026-12-04; each stem is in one of its at-risk turns, or
    # is such a stem with or without its diacritics): nl, tr, sv, pl, hi, id, de, fr, es, pt
    # (letters "for when it is time", everything arranged, ending life, not waking, a bridge's height,
    # sleeping pills, a note, tired of living, ending it, things handed out, a bottle of pills, hitting
    # one's head or face, wanting it to stop)
    r"alles geregeld|als het zover is|hayata son|dayanacak guc|borclarimi|arkamda bir sey|"
    r"inte vaknar|hur hogt|nasenn|raz na zawsze|"
    r"jeene ka mann|khud ko khatam|khatam kar|chitthi|"
    r"gak ada\b|capek hidup|ngakhirin|mutusin|bakal lakuin|bagiin|sebotol|"
    r"mukulin|ke tembok|"
    r"keine kraft mehr|dass es aufh|mit der faust|schlage ich mir|contre le mur|me tape la|"
    r"harta de todo|que esto se acabe|cansei de tudo|que isso acabe|tapa na cara|"
    # twelfth session: cutting oneself said as "making cuts" (es, fr, it, pt) and "hurting myself" in
    # Spanish: a turn that also tells of another's violence is only read further with a cue left
    # (``crisis.harm_alone``), and these were the forms of self-injury none of the lists held
    r"hago cortes|hacerme cortes|me hice cortes|des entailles|m'entaill|faccio (?:dei |delle )?tagli|"
    r"farmi (?:dei )?tagli|faco cortes|fazer cortes|fiz cortes|me lastimo|lastimarme|me lastime\b|"
    # and a wish to be dead or gone, which only the learned stage read: "ich wünschte, ich wäre tot",
    # "vorrei essere morta", "queria estar morta", "seguir viviendo", "plus de sens", "verschwinden"
    r"ware tot|waere tot|ware ich tot|essere mort[oa]|estar mort[oa]|seguir viviendo|seguir vivo|seguir viva|"
    r"plus de sens|n'a plus de sens|verschwinden"
)
CUES_V6 = re.compile(r"\b(?:" + _V6_ASCII + ")", re.IGNORECASE)

# Round seventeen (twentieth session, ``risk_train_v17.jsonl``): the C-SSRS categories said in plain
# words without a death word, written from the categories' definitions, the training file's router
# misses and probes written beside it (never from a validation or held-out turn): passive wishes (fading
# out, evaporating, being nothing, never having to get up or face tomorrow, not seeing thirty, a driver who
# will not see me, out of the picture, not coming back, the point of carrying on, not wanting to
# be here, "God takes me", not caring if I don't recover, "shouldn't be here"), active ideation said as
# finishing things, bringing my own life to a close or letting go of the wheel, preparatory acts (painkillers
# and other medicines by name, a different chemist, "won't ask questions", how long it would take and
# whether it would hurt, instructions and videos for afterwards, "I'm ready", my affairs), self-injury in
# plain words (nails dug in, the hot tap, until it bleeds or hurts, a fist through things, sleeves so nobody
# sees), an attempt told as being talked down or "took too many"; and some es fr de it pt stems typed
# without accents (not waking, ceasing to exist, hurting myself). A pattern of its own (``CUES_V17``, own
# guard, read after the others, so that turns an older list routes pay nothing more); ``FAMILIES`` reads
# its stems with their families (the English ones) or as another language, as it reads round four's.
_EN_V17 = {
    "death": r"(?:could|would|want to|wanna|just) (?:fade (?:out|away)|evaporate)|fading away|(?:to|just|could|want to|wanna) be nothing\b|"
             r"not be anyone|to be (?:no ?one|nobody)\b|(?:never|not|didn'?t|wouldn'?t) (?:have|having|need) to (?:get up|do tomorrow|face|wake|go through)|"
             r"(?:not|won'?t|don'?t|never|see myself) (?:make it|making it|get|getting|reach|reaching|see) (?:to )?(?:twenty|thirty|forty|fifty|sixty|\d\d)\b|"
             r"(?:driver|car|bus|lorry|truck|van) (?:doesn'?t|won'?t|wouldn'?t) see me|(?:wasn'?t|weren'?t|not|no longer) in the picture|"
             r"out of the picture|out of everyone'?s way|deal with me|rid of me|something (?:would|to|will|could) (?:just )?take me|"
             r"(?:not|never|won'?t be) coming back|(?:when|once|after|if|and) i'?m not there\b|"
             r"(?:can'?t|cannot|don'?t want to|no reason to) (?:carry|keep) (?:on|going)|point (?:of|in) (?:carrying|going) on|"
             r"(?:end|ending|take|taking|bring|bringing) my own life|my (?:own )?life to (?:a close|an end)|"
             r"wish i (?:could|was|were) (?:just )?(?:gone|nothing|nobody|invisible)|wanting to be (?:here|around|alive)|"
             r"(?:god|the lord|lord|jesus|something|someone) (?:would |will |could |to )?(?:just )?takes? me\b|"
             r"(?:don'?t|wouldn'?t) care if i (?:get|got|don'?t|didn'?t|never|die)|(?:don'?t|didn'?t|never|wouldn'?t) recover|"
             r"shouldn'?t (?:be here|exist)|should not (?:be here|exist)|(?:not|never) (?:to )?feel anything (?:ever )?again",
    # (no medicine names: a client naming their prescription is not a method; round seventeen's first
    # version routed them, and the learned stage then tagged "I'm on 50 mg of sertraline" as method)
    "method": r"closed garage|oncoming|(?:let(?:ting)? go of|turn(?:ing)?|yank(?:ing)?|jerk(?:ing)?) the wheel",
    "plan": r"(?:another|a different|different) (?:chemist|pharmacy|pharmacies|chemists)|(?:wouldn'?t|won'?t|don'?t) ask (?:any )?questions|"
            r"how long (?:it would|would it|it'?d|it will|will it) take|would it hurt|whether it (?:would |will )?hurt|painless|least painful|"
            r"for afterwards|for when i'?m (?:not|gone)|my instructions|instructions for (?:after|when|my)|"
            r"videos? for (?:my|the) (?:kids|children|son|daughter|family|wife|husband|partner|mum|mom|dad)|"
            r"recorded (?:a |some )?(?:videos?|messages?) for|finish things|finish it all|finish everything off|nothing left to sort|"
            r"finish (?:a couple|a few) (?:of )?things|i'?m ready[,.!]|i am ready[,.!]|i'?m ready now|my affairs\b",
    "attempt": r"talk(?:ed)? me down|shoelaces|after what i did|took too many (?:last|and|of my|at)",
    "nssi": r"nails into|dig(?:ging)? my nails|hot tap|(?:until|till) (?:it|they) (?:hurts?|bleeds?|break)|break the skin|hurts? enough|"
            r"fist through|long sleeves (?:in summer|so|to hide|even)|so (?:nobody|no one) (?:sees|can see|notices)",
}
_OTHER_V17 = (
    # es: not waking, hurting myself, ceasing to exist, taking myself out of the way
    r"no despertar|hacerme dano|me hago dano|hecho dano|dejar de existir|no existir|quitarme de en medio|"
    # fr: no longer existing, stopping everything, hurting myself, until it bleeds
    r"ne plus exister|plus exister|tout arreter|me faire du mal|me fais du mal|jusqu.au sang|"
    # de: no longer being there, not going on, not waking, hurting myself
    r"nicht mehr da|nicht mehr weiter|nicht mehr aufwachen|weiterzumachen|mir weh|tue mir weh|"
    # it: stopping existing, ending it, hurting myself
    r"smettere di esistere|non esistere|farla finita|farmi male|faccio male|"
    # pt: not waking, hurting or cutting myself
    r"nao acordar|me machucar|me cortar|me magoar"
)
CUES_V17 = re.compile(r"\b(?:" + "|".join(_EN_V17.values()) + "|" + _OTHER_V17 + ")", re.IGNORECASE)
# Round twenty (twenty-second session, ``risk_train_v20.jsonl``): stems for the turns the router never showed
# the learned stage, in the languages it reads least (Hindi in Devanagari and romanised, Indonesian, Swedish,
# Turkish, Russian, Arabic, Korean, Chinese, Japanese, Dutch) and English intent, method and plan said without a
# death word: ending or hurting oneself, not waking, a height, a poison, a rope, pills saved, things left to
# someone, a goodbye meant as the last. Written by meaning from the C-SSRS categories, then kept only where a stem
# matches an at-risk turn of a training file (``risk_train_*``) more often than a hard negative there, and not an
# everyday sentence written to test it (a roof, a balcony, "made my peace with", "the when and the where"): the
# learned stage reads most routed turns in these scripts as at risk, so a stem of a place or a plain verb flags
# everyday talk. Never written from a validation or held-out turn. A pattern of its own (``CUES_V20``, own
# guard, read after every older list) and one for the other scripts (``CUES_V20_RAW``, on the lowered text);
# ``FAMILIES`` reads the English stems with their families and the other ASCII ones as ``other_language``, and
# ``cue:non_ascii`` reads ``CUES_V20_RAW`` too.
_EN_V20 = {
    "death": (
        r"put an end to (?:myself|me\b|it all)|(?:end|ending|finish|finishing) myself|"
        r"(?:asthma|heart|cancer|diabetes|illness|condition|disease) (?:gets|takes|finishes) me"),
    "method": (
        r"(?:use|using|turn|turning) (?:it|them|that|one) on myself|sharpest (?:one|knife|blade)|"
        r"(?:a|the) fall from (?:the|a) (?:\w+ )?(?:floor|storey|story|bridge|roof|cliff|balcony)|"
        r"(?:drive|driving|steer|steering) (?:into|off) (?:the|a|an) (?:barrier|wall|tree|pillar|river|sea|reservoir|quarry|bridge|lorry|lorries|truck|oncoming)"),
    "plan": (
        r"the (?:when|where) and the how|the how and the (?:when|where)|"
        r"(?:when|how|where) i'?(?:d|ll|m going to|will) do it\b|who should (?:get|have|take) (?:my|the)|"
        r"(?:said|saying) my goodbyes|(?:meant|mean) (?:it )?as (?:a )?goodbye"),
}
# hi (romanised), id, sv, tr, nl typed without diacritics
_OTHER_V20 = (
    r"khud ko (?:khatam|maar|mar|chot|nuksan|nuksaan|jala|kaat)|uthun hi nahi|kabhi (?:na|nahi) uth|"
    r"mar jau\b|goliyan (?:jama|ikatthi|kha)|blade (?:chala|se|maar)|kudne|sab khatam (?:kar|ho)|"
    r"mengakhiri hidup|ngakhirin (?:hidup|semua)|usah bangun|nggak bangun lagi|gak bangun lagi|racun|"
    r"tali (?:dan|buat|untuk|di)|minum banyak obat|overdosis|mukul(?:in)? (?:kepala|diri)|"
    r"slippa (?:vakna|leva|finnas)|sparat (?:pa )?tabletter|uyanmasam|biriktiriyorum|"
    r"een eind(?:e)? aan (?:maken|mijn leven)|voor de trein"
)
# hi (Devanagari), ru, ar, ko, zh, ja, tr, sv
_RAW_V20 = (
    "कैसे करूँगा|सही दिन|ज़हर|चूहे मार|नींद की गोल|खुद को खत्म|खत्म कर दूँ|पैदा ही न|रेल की पटरी|"
    "पटरी पर|не проснуться|не просыпаться|с крыши|с какого этажа|снотворн|бью себя|наглотал|откачали|"
    "не хочу жить|أنهي حياتي|أضع حدًا|حدًا لحياتي|شفرة|لا أستيقظ|다 끝낼|다 끝내|뛰어내리|结束自己|了断|后事|往前走一步|吞了|"
    "整瓶|烫自己|划自己|楼顶|終わらせ|ロープ|飛び込|決行|bitireceğim|çakmakla|inte finnas längre|"
    "köra av vägen|hoppa från|bränner mig"
)
CUES_V20 = re.compile(r"\b(?:" + "|".join(_EN_V20.values()) + "|" + _OTHER_V20 + ")", re.IGNORECASE)
CUES_V20_RAW = re.compile(_RAW_V20)
CUES = re.compile(r"\b(?:" + "|".join(_EN.values()) + "|" + _OTHER_ASCII + ")", re.IGNORECASE)
CUES_LANG = re.compile(r"\b(?:" + _LANG_ASCII + ")", re.IGNORECASE)
CUES_V4 = re.compile(r"\b(?:" + "|".join(_EN_V4.values()) + "|" + _OTHER_V4 + ")", re.IGNORECASE)
CUES_RAW = re.compile(
    "mató|muero|muerte|despiert|daño|réveill|brûl|médicament|brücke|überdosis|schluss|acabar com|remédios|"
    "połkn|queimo|pocię|própria vida|étais plus|più|pociąg|skoczy|żyć|życi|umrzeć|zabić|samobój|tabletk|żylet|tnę|pożegna|obudzić|"
    "умер|умир|смерт|покончить|убить себя|самоуб|проснуться|жить|таблет|порез|"
    "wäre tot|wäre ich tot|faço cortes|me lastimé|قتل نفسي|أختفي|"
    "死|自杀|自殺|活|割|药|藥|跳|遗书|遺書|醒|结束|結束|伤害|傷害|血|医院|醫院|没有我|沒有我|"
    "上吊|送给|送了|致死|攒|囤|决定|烫|自残|自殘|划|意义|出生|安眠|消失|"
    "прощальн|убью себя|режу|без меня|исчезнуть|"
    # accented and elided forms the ASCII stems miss, per language (C-SSRS ladder: death, wish,
    # ending, means, letters and giving away, injuring oneself, hospital, meaning, decision)
    "\\bmort(?:e|s)?\\b|en finir|\\bfinir\\b|\\bfinis\\b|foutre en l|disparaître|plus là|somnifère|comprimé|médicament|sauter|me jeter|pendre|\\bcorde\\b|"
    "donné|brûl|me frapp|me coupe|jusqu'au sang|du sang\\b|hôpital|urgences|voiture|renvers|aucun sens|idées noires|à quoi bon|décidé|"
    "ammazz|sparire|svegli|flacone|lanciarmi|impicc|lettere|tagli[ao]\\b|bruci|pugni|sangu|senso|stanotte|"
    "morte|sumir|remédio|comprimido|me jogar|enforcar|enforquei|dei minhas|arranh|bato a|sangr|sentido|hoje à noite|"
    "desaparecer|acabar con|acabo com|ce soir|le faire|गोलि|sin mí|ahorcar|cuerda|golpeo|decidí|lo hago|"
    "lebensmüde|lebensmude|erhäng|strick\\b|verbrenn|mache schluss|"
    "śmier|samobój|obudzić|żyć|pożegn|przypal|zrobię|zdecydowa|"
    "zelfmoord|niet meer|"
    # round four (pl, zh, es, de, fr, pt, da, fi, ko): the same stems with their diacritics; zh: no longer
    # around, the night, letters written, hitting or biting oneself, a car not stopping, insurance, burden
    "zakończ|żołąd|leków|głową|ścian|gryzę|będę już|nie będzie mnie|doczekać|"
    "andén|año nuevo|beiße|nouvelle année|résultats|antidépress|m'a trouvé|não acord|aconteça|não vou mais estar|"
    "til besvær|päättänyt|짐이|"
    "不在了|那一晚|写好了|撞墙|撞头|咬自己|伤自己|别停|保险|洗胃|抗抑郁|麻烦任何人|拖累|负担|解脱|不打算|过不了|"
    "装下去|撑不下去|熬不下去|"
    "いなくなり|أعيش|जीने|"
    "умер|умир|смерт|самоуб|покончить|убить себя|убью|проснуться|жить|жизн|таблет|крыш|мост|прыгн|повес|верёвк|веревк|"
    "письм|порез|прижига|сигарет|бью себя|кров|больниц|устал|смысл|решил|исчезн|"
    "موت|أموت|اموت|انتحار|أقتل|اقتل|أنهي|انهي|حياتي|الحياة|أستيقظ|استيقظ|بدوني|حبوب|دواء|أدوية|جسر|أقفز|شنق|وداع|"
    "أجرح|جرح|أحرق|أؤذي|تؤذي|مستشفى|تعبت|قررت|"
    "死|自殺|消え|生き|起きなければ|目が覚め|いないほう|薬|飛び|首|遺書|手紙|リストカット|リスカ|切|傷|病院|つらい|辛い|決め|終わり|楽になり|"
    "मर|मौत|आत्महत्या|खुदकुशी|जान|जिंदगी|ज़िंदगी|जीना|उठूं|बिना|गोली|पुल|कूद|फांसी|खत|अलविदा|काट|ब्लेड|जला|नुकसान|अस्पताल|थक|फैसला|"
    "पंखे|फंदा|फंदे|रस्सी|लटक|"
    "车祸|一了百了|了结|醒|跳|桥|楼|上吊|绳|写了信|打自己|累|"
    # the languages added later (sv, da, no, fi, tr, cs, uk, ro, hu, el, ko, vi, he), same ladder
    "självmord|vill dö|att dö|dø\\b|å dø|vågner|våkne|hänga mig|hænge mig|skär mig|skærer|brände mig|brænder mig|"
    "slår meg|bestämt mig|försvinna|lårene|"
    "lääk|herää|köysi|köyttä|jäähyväis|itseäni|"
    "ölmek|ölece|öldür|ölüm|ilaç|hapları|köprü|asmayı|yakıyorum|"
    "kararımı|yaşamak istemiyorum|dayanamıyorum|kafamı duvara|"
    "zabít se|umřít|umřu|umírám|prášk|skočím|skočit|oběs|řežu|řezal|pálím se|ublíž|rozlouč|žít|"
    "mlátím se|"
    "самогуб|померти|помира|вбити себе|вб'ю себе|вб’ю себе|вбʼю себе|покінчити|прокину|без мене|пігулк|"
    "стрибн|з даху|повіс|мотузк|ріжу|різал|обпіка|шкоди|прощальн|вирішил|вирішив|лікарн|жити|зникнут|"
    "să mor|mă trezesc|fără mine|spânzur|frânghie|mă tai|tăiam|mă ard|îmi fac rău|rău|"
    "am hotărât|să trăiesc|să dispar|mă lovesc|"
    "öngyilkos|megöl|ébred|nélkülem|gyógyszer|hídról|kötel|vágom magam|égetem|"
    "búcsúlevel|eldöntöttem|kórház|nem bírom|eltűnni|élni|bántan|"
    "αυτοκτον|πεθάν|πεθαν|πέθαν|σκοτώσ|σκοτωσ|ξυπνήσ|ξυπνησ|ξύπνησ|χωρίς εμένα|χωρις εμενα|χάπια|χαπια|"
    "πηδήξ|πηδηξ|γέφυρα|γεφυρα|κρεμαστ|σκοινί|σκοινι|κόβ|κοβω|καίω|καιω|εαυτό μου|εαυτο μου|αποχαιρετ|"
    "αποφάσισα|αποφασισα|νοσοκομεί|νοσοκομει|να ζω|δεν αντέχω|δεν αντεχω|εξαφανιστ|"
    "자살|죽고|죽을|죽어|안 깨어|깨어나지|깨지 않|내가 없으면|사라지고 싶|없어지고 싶|약을|수면제|뛰어내|목을 매|"
    "목 매|밧줄|자해|그어|긋고|지졌|유서|결심|병원|살고 싶지|살기 싫|못 버티|머리를 박|"
    "tự tử|tự sát|chết|không muốn sống|tỉnh dậy|không có mình|thuốc ngủ|uống hết|nhảy cầu|nhảy lầu|treo cổ|"
    "dây thừng|rạch|đốt tay|làm đau bản thân|làm hại bản thân|tự làm đau|tuyệt mệnh|quyết định|bệnh viện|"
    "biến mất|chịu không nổi|không chịu nổi|đập đầu|"
    "התאבד|למות|אמות|להרוג את עצמי|אהרוג את עצמי|להתעורר|אתעורר|בלעדיי|כדורים|לקפוץ|גשר|לתלות|חותכ|לחתוך|"
    "שורף את|שורפת את|בעצמי|מכתב פרידה|מכתבי פרידה|החלטתי|בית חולים|לחיות|להיעלם|לא יכול יותר|לא יכולה יותר|"
    "דופק את הראש|"
    "slår mig|slår mit hoved|kjøre bilen|heräis|herät|antanut pois|eşyalarımı|dağıttım|beze mě|líp beze|"
    "б'ю себе|бʼю себе|б’ю себе|роздал|лист|să nu mă mai|elajándék|levél|levele|gyűjtöm|tablettá|χάρισα|χαρισα|"
    "γράμμα|γραμμα|나눠줬|나눠 줬|편지|물건|cho hết đồ|viết thư|đồ đạc|חילקתי|מכתב|"
    # round six (``CUES_V6``'s diacritic forms): tr, sv, da, no, cs, ru, uk
    "kaza geçir|canıma kıy|canımı al|olmayacağ|kafamı duvara|hap içtim|överdos|skåret|gjøre det|høyt det|hvor høyt|"
    "už nebudu|просыпат|вкороти|собі віку|пігул|"
    # round seven (``CUES_V6``'s diacritic forms and the other scripts): tr, sv, pl, ru, ar, hi, ja, ko
    "dayanacak güc|borçlarımı|arkamda bir şey|hur högt|skończyć|"
    # thirteenth session (``risk_train_v9.jsonl``): bn, ur means, attempt, self-injury, letters (hi's stems are above)
    "আত্মহত্যা|ঘুমের ওষুধ|ওষুধ খে|লাফ|ব্লেড|দড়ি|হাত কাট|পোড়া|চিঠি|"
    "خودکشی|گولیاں|کود|بلیڈ|پھندا|کاٹ|ہسپتال|"
    "это сделаю|решение принято|раздал|не понадоб|أغراضي|ديوني|يربطني|أضرب|الحائط|ज़रूरत नहीं|जरूरत नहीं|"
    "朝が来なければ|来なければいい|いない方が|決行|持ち物|整理した|打ちつけ|壁に頭|最後の挨拶|"
    "눈 안 떴|나 없으면|끝내버리|마음 정했|커터칼|긋|벽에 박|머리를 벽"
)


def has_cue(text: str, folded: Folded | None = None) -> bool:
    """Whether a turn holds any risk or distress cue (the guards rule most turns out first, then
    ``re`` tries only the places where the native superset of the cues starts a match). A function of
    the text alone, remembered per text (``_has_cue``): stage one's router (``risk_model._route``,
    ``_widened_only``) and the crisis readings ask it of the same turn several times."""
    return _has_cue(text) if folded is None else _find_cue(text, folded)


@lru_cache(maxsize=TURNS)
def _has_cue(text: str) -> bool:
    return _find_cue(text, Folded(text))


def _find_cue(text: str, folded: Folded) -> bool:
    # ``prescreen.search``: ``re``'s search, tried only where the native superset can start a match
    # (``CUES`` starts with ``\b`` under ``IGNORECASE``: ``re`` alone tries every branch at every position)
    if guard(CUES).may_match(folded) and prescreen.search(CUES, text) is not None:
        return True
    if guard(CUES_V4).may_match(folded) and prescreen.search(CUES_V4, text) is not None:
        return True
    if guard(CUES_LANG).may_match(folded) and prescreen.search(CUES_LANG, text) is not None:
        return True
    if guard(CUES_V6).may_match(folded) and prescreen.search(CUES_V6, text) is not None:
        return True
    if guard(CUES_V17).may_match(folded) and prescreen.search(CUES_V17, text) is not None:
        return True
    # the other languages' stems: accented, other scripts, and ASCII forms typed without accents
    low = text.lower()
    if raw_may_match(low) and prescreen.search(CUES_RAW, low) is not None:
        return True
    # round twenty: its own lists, read last
    if guard(CUES_V20).may_match(folded) and prescreen.search(CUES_V20, text) is not None:
        return True
    return raw_v20_may_match(low) and prescreen.search(CUES_V20_RAW, low) is not None


@lru_cache(maxsize=TURNS)  # crisis.possible and has_cue ask it of the same client turn, one after the other
def raw_may_match(low: str) -> bool:
    """``CUES_RAW``'s guard on the lowered text ``low``: its stems are lower case and it is matched on
    the lowered text (on the text as written, a stem opening a capitalised sentence was ruled out).
    Not ``re.IGNORECASE``: the guards take no non-ASCII literal from a case-insensitive pattern, so
    this one would pass every text (~2x the quality stage's CPU on general chat)."""
    return guard(CUES_RAW).may_match(Folded(low))


@lru_cache(maxsize=TURNS)
def raw_v20_may_match(low: str) -> bool:
    """``CUES_V20_RAW``'s guard on the lowered text (as ``raw_may_match``)."""
    return guard(CUES_V20_RAW).may_match(Folded(low))


# -- cues read as features by the learned stage ----------------------------------------------

FAMILIES: dict[str, re.Pattern] = {
    name: re.compile(r"\b(?:" + "|".join([p] + [extra[name] for extra in (_EN_V4, _EN_V17, _EN_V20) if name in extra]) + ")", re.IGNORECASE)
    for name, p in _EN.items()}
FAMILIES["other_language"] = re.compile(rf"\b(?:{_OTHER_ASCII}|{_LANG_ASCII}|{_OTHER_V4}|{_V6_ASCII}|{_OTHER_V17}|{_OTHER_V20})", re.IGNORECASE)

# figures of speech about dying and killing (not a disclosure on their own)
IDIOM = re.compile(
    r"\b(?:(?:is|are|was|were|'s|'re) killing me|kill(?:s|ed)? me (?:when|if)|gonna kill me|going to kill me|"
    r"will kill me|dying (?:to|for|of (?:laughter|embarrassment|boredom|curiosity))|died (?:laughing|of embarrassment)|"
    r"could (?:have )?die(?:d)? of|to die for|kill for|killed it|killing it|dead (?:tired|on my feet|boring|serious|"
    r"set)|over my dead body|be the death of|"
    r"(?:phone|battery|laptop|computer|car|engine|wifi|plants?|flowers|tomatoes|garden|fish|goldfish|hamster|"
    r"conversation|party)\b[^.!?]{0,30}\b(?:died|dead|dying)|"
    r"bored to death|scared to death|sick to death|death trap|shoot (?:me|myself)(?:,| if| now)|murder (?:on|for)|"
    r"is murder|slaughtered|bombed|car crash|dying for a|muero de|me muero|m'a tu[ée]|je meurs de|sterbe vor|"
    r"morrendo de|muoio d|umieram z|ga dood van|死了|热死|累死|笑死|饿死|"
    # the same figures in the other languages (dying of laughter, hunger, heat; a job that kills)
    r"mourir de rire|morte? de rire|va me tuer|me tue\b|me saoule|morri de rir|morrer de rir|vai me matar|"
    r"me est[aá] matando|me va a matar|me mata\b|mi ammazza|mi uccide|morto dal ridere|bringt mich (?:noch )?um|"
    # riskblind33: European Portuguese "a thing is killing me" ("esta reunião está a matar-me", read as "está a me matar");
    # "estou a matar-me" (I) is not this
    r"est(?:[áa]|[ãa]o) a (?:matar-me|me matar)|est(?:[áa]|[ãa]o)-me a matar|"
    # riskblind30b: dying of shame, "I could shoot myself that ..." (pt es it fr de)
    r"morri de vergonha|morrer de vergonha|morrendo de vergonha|me mor[ií] de (?:la )?verg[üu]enza|me muero de (?:la )?verg[üu]enza|"
    r"morta? di vergogna|mourir de honte|mort[e]? de honte|k[öo]nnt(?:e)? mich (?:selbst )?(?:erschie(?:ß|ss)en|ohrfeigen)|"
    r"zabij[eę] go|zabije mnie|со смеху|от голода|от жары|меня убь[её]т|смерть как|"
    r"من الجوع|من الضحك|سيقتلني|भूख से|हंसते हंसते|मार डालेगा|死にそう|死ぬほど|恥ずかしくて死|笑い死|"
    # thirteenth session: the same figures (dying of laughter, of hunger, of heat; a thing or a person that
    # "will kill me") in the languages USE-m3 does not read (``risk_langs``): sv da no fi cs uk ro hu el vi id
    # he hi (and romanised) bn ur tl sw
    r"d[öø]r av skratt|d[öø]d av skratt|sv[äa]lter ihj[äa]l|d[øo]r af (?:grin|sult)|ved at d[øo] af|sl[åa]r mig ihjel|"
    r"d[øo]de (?:nesten )?av latter|d[øo]r av latter|sulter i hjel|dreper meg|kuolen (?:nauruun|n[äa]lk[äa][äa]n)|tappaa mut|"
    r"um[ií]r[áa]m (?:smíchy|smichy|hlady)|m[ěe] zabij|помираю від сміху|вмираю з голоду|помираю з голоду|мене вб|"
    r"mor de (?:r[âa]s|foame)|m[ăa] omoar[ăa]|meghalok a (?:r[öo]h[öo]g[ée]st[őo]l|nevet[ée]st[őo]l)|[ée]hen halok|"
    r"πέθανα στα γέλια|πεθαίνω (?:της πείνας|στα γέλια)|θα με σκοτώσει|cười chết|đói chết|nóng chết|cuoi chet|"
    r"ngakak sampe|mati gue|mati kelaperan|mati ketawa|מתתי מצחוק|מת מרעב|הורג אותי|हँसते हँसते|भूख से मर|गर्मी में|"
    r"maar dalega|mar dalega|hans hans ke|bhook se mar|bhukh se mar|হাসতে হাসতে|খিদেয়|ہنس ہنس|بھوک سے|namatay ako sa tawa|"
    r"sa gutom|kwa kicheko|nakufa njaa|kufa njaa)", re.IGNORECASE)

# a cue read under a negation in its clause ("I'm not suicidal", "I'd never hurt myself"),
# but not the negations that are themselves a wish to be dead ("don't want to live/wake up")
_NEGATED = re.compile(
    r"\b(?:not|never|no|don'?t|do not|didn'?t|won'?t|wouldn'?t|haven'?t|hasn'?t|isn'?t|wasn'?t|aren'?t|nothing|"
    r"nor|no longer|neither|nunca|jamais|nicht|keine?|kein|nie|não|non|niet|не|никогда|لا|لن|नहीं|不|没有)\b"
    r"(?:\s+[\w']+){0,5}?\s+(?:suicid|kill|die\b|dying|dead|hurt|harm|self[- ]?harm|cut|end(?:ing)? (?:my|it)|"
    r"take (?:my|any)|overdos|pills|plan|intention|thoughts? of|danger|at risk|safe\b|morir|mourir|sterben|"
    r"morrer|morire|umrze)", re.IGNORECASE)
_WISH_NEGATION = re.compile(
    r"\b(?:don'?t|do not|not|no longer|never) (?:really )?(?:want(?:ing)? to|wanna|wish to|care (?:if|whether)) "
    r"(?:live|be alive|be here|exist|wake|go on|keep going|be around|die)", re.IGNORECASE)


def cue_features(text: str) -> list[float]:
    """Which cue families a turn holds, then idiom, negated cue, negation that is a wish."""
    # ``re`` only where each pattern's native prescreen starts a match (``shared.prescreen.holds``)
    out = [float(prescreen.holds(p, text)) for p in FAMILIES.values()]
    non_ascii = any(ord(ch) > 127 for ch in text)
    # the searches of ``has_cue``, behind the same guards (a guard's False proves no match): ~1.5 ms a
    # non-ASCII turn for ``CUES_RAW.search`` alone
    low = text.lower() if non_ascii else ""
    out.append(float(non_ascii and ((raw_may_match(low) and prescreen.search(CUES_RAW, low) is not None)
                                    or (raw_v20_may_match(low) and prescreen.search(CUES_V20_RAW, low) is not None))))
    out.append(float(prescreen.holds(IDIOM, text)))
    out.append(float(prescreen.holds(_NEGATED, text)))
    out.append(float(prescreen.holds(_WISH_NEGATION, text)))
    return out


CUE_FEATURE_NAMES: tuple[str, ...] = tuple(f"cue:{n}" for n in FAMILIES) + (
    "cue:non_ascii", "idiom", "negated_cue", "negation_as_wish")
