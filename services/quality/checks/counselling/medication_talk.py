"""Talk of managing one's own medication ("I want to stop my meds", "my psychiatrist raised my dose",
"Lekarz zmniejszył mi dawkę leku", "j'ai arrêté mon traitement", "ich habe die Tabletten abgesetzt"):
not a disclosure of suicide or self-harm risk.

The learned risk stage read such turns as high risk (the medicine word is one of its method cues,
"to stop" one of its death cues), and the reply checks then flagged a counsellor's answer for giving
no safety response. The risk detector reads a client turn without these spans when stage one finds
no disclosure in it (``crisis.everyday_alone``): with nothing left that the detector reads as risk,
the turn is "none"; with a cue left ("I stopped my meds and I just want to disappear"), the learned
stage reads that rest. Only a change of one's own regimen is a span: a verb of stopping, skipping,
starting, lowering or raising with the medicine as its object, or a prescriber changing the dose.
Taking too much, all of them, saving or stockpiling them are never spans ("took all my pills", "I've
been saving my pills", "skipping my meds to save them up" keep their medicine words).
"""

from __future__ import annotations

import re

from services.quality.checks.counselling.spans import without_spans

_I = re.IGNORECASE

_MEDICINE_EN = (r"(?:meds|medications?|medicines?|antidepressants?|anti-depressants?|pills|tablets|prescription|"
                r"doses?|dosage|ssris?|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|venlafaxine|"
                r"effexor|mirtazapine|quetiapine|seroquel|lithium|lamotrigine|aripiprazole|abilify|bupropion|wellbutrin|"
                r"adderall|ritalin|methylphenidate|birth control|the pill)")
_DET_EN = r"(?:my|the|these|those|this|that|his|her)"
_CHANGE_EN = (r"(?:stop(?:ping|ped|s)?|quit(?:ting|s)?|com(?:e|es|ing) off|came off|go(?:ing|es)? off|went off|"
              r"get(?:ting)? off|got off|skip(?:ping|ped|s)?|miss(?:ing|ed)?|forg(?:et|ot|otten|etting) (?:to take )?|"
              r"tak(?:e|ing) a break from|took a break from|reduc(?:e|es|ing|ed)|lower(?:ing|ed|s)?|increas(?:e|es|ing|ed)|"
              r"rais(?:e|es|ing|ed)|chang(?:e|es|ing|ed)|switch(?:es|ing|ed)?|start(?:ing|ed|s)?|began|begin(?:ning)?|"
              r"restart(?:ing|ed)?|tapering|taper(?:ing|ed)? off|wean(?:ing|ed)? off|up(?:ped|ping)?|doubl(?:e|ed|ing)|"
              r"halv(?:e|ed|ing)|adjust(?:ing|ed)?)")
_PRESCRIBER_EN = r"(?:doctor|doc|gp|psychiatrist|prescriber|nurse|consultant|pdoc)"

MEDICATION_TALK = re.compile("|".join([
    # en: a change of one's regimen, the medicine as its object
    rf"\b{_CHANGE_EN} (?:taking |on )?{_DET_EN} (?:[\w-]+ ){{0,2}}?{_MEDICINE_EN}\b",
    # en: the prescriber changes it ("my psychiatrist raised my dose", "the GP put me on sertraline")
    rf"\b{_PRESCRIBER_EN} (?:\w+ ){{0,2}}?(?:{_CHANGE_EN}|put me on|took me off|prescribed(?: me)?) (?:me )?"
    rf"(?:{_DET_EN} |on )?(?:[\w-]+ ){{0,2}}?{_MEDICINE_EN}\b",
    # replyblind34: what the medicine does to one ("my antidepressants make me feel flat"), its side effects, being on it
    # ("I'm pregnant and on antidepressants"), its point doubted now one feels good (the learned stage read them as a method)
    rf"\b{_DET_EN} (?:[\w-]+ ){{0,2}}?{_MEDICINE_EN} (?:make|makes|made|are making|is making|leave|leaves) me (?:feel )?"
    r"(?:so |really |very |a bit |kind of |too |super )?(?:flat|numb|sleepy|tired|drowsy|groggy|sick|nauseous|dizzy|foggy|shaky|"
    r"jittery|hungry|like a zombie|emotionless|dull|wired|gain weight|put on weight)\b",
    rf"\b(?:the )?side[- ]effects?(?: of {_DET_EN} (?:[\w-]+ ){{0,2}}?{_MEDICINE_EN})?\b",
    rf"\b(?:i'?m|i am|i'?ve been|i have been)(?: (?:pregnant|breastfeeding|still|currently|now))?(?: and)? on (?:[\w-]+ )?{_MEDICINE_EN}\b",
    rf"\bthe point of (?:taking )?{_DET_EN} (?:[\w-]+ ){{0,2}}?{_MEDICINE_EN}\b(?=[^.!?]{{0,40}}\b(?:i feel (?:good|better|fine|great)|"
    r"i'?m (?:doing )?(?:well|better|fine|good))\b)",
    # es
    r"\b(?:dejar|dej[ée]|dejo|dejado|dejando|parar|par[ée]|parado|suspender|suspend[ií]|suspendido|bajar|baj[ée]|subir|"
    r"sub[ií]|reducir|reduje|reducido|cambiar|cambi[ée]|cambiado|empezar|empec[ée]|empezado|olvid[ée]|olvidado)(?: de tomar)? (?:la |las |los |el |mi |mis )(?:\w+ )?"
    r"(?:medicaci[oó]n|medicamentos?|pastillas|antidepresivos?|dosis|tratamiento)\b",
    r"\bme (?:baj[óo]|subi[óo]|cambi[óo]|redujo|aument[óo]) (?:la |mi )?(?:dosis|medicaci[oó]n|tratamiento)\b",
    # fr
    r"\b(?:arr[êe]t\w*|diminu\w*|baiss\w*|augment\w*|chang\w*|commenc\w*|oubli\w*|saut\w*)(?: de prendre)? "
    r"(?:mon |ma |mes |le |la |les )(?:\w+ )?(?:m[ée]dicaments?|traitement|antid[ée]presseurs?|cachets|comprim[ée]s|dose)\b",
    r"\bm'a (?:baiss[ée]|augment[ée]|chang[ée]|diminu[ée]|r[ée]duit) (?:la |ma |mon |mes )(?:dose|traitement|m[ée]dicaments?)\b",
    # de
    r"\b(?:meine|die|diese) (?:Medikamente|Tabletten|Antidepressiva|Dosis|Medikation)\b (?:\w+ ){0,3}?"
    r"(?:abgesetzt|absetzen|reduziert|reduzieren|erhöht|erhöhen|geändert|ändern|weggelassen|weglassen|vergessen|gesenkt|senken)\b",
    r"\b(?:abgesetzt|setze|reduziert|erhöht|gesenkt) (?:\w+ ){0,2}?(?:meine|die) (?:Medikamente|Tabletten|Antidepressiva|Dosis)\b",
    r"\bhat mir die Dosis (?:erhöht|reduziert|gesenkt|geändert|verdoppelt|halbiert)\b",
    # it
    r"\b(?:smettere|smesso|smetto|sospendere|sospeso|ridurre|ridotto|aumentare|aumentato|cambiare|cambiato|iniziare|"
    r"iniziato|dimenticato)(?: di prendere)? (?:i |le |il |la |gli |mio |miei |mie |mia )(?:\w+ )?"
    r"(?:farmaci|medicine|pillole|pastiglie|antidepressivi|dose|terapia)\b",
    r"\bmi ha (?:ridotto|aumentato|cambiato|abbassato|alzato) (?:la |il |i )(?:dose|dosaggio|terapia|farmaci)\b",
    # pt
    r"\b(?:parar|parei|parando|deixar|deixei|reduzir|reduzi|diminuir|diminu[ií]|aumentar|aumentei|mudar|mudei|"
    r"come[çc]ar|comecei|esqueci)(?: de tomar)? (?:os |as |o |a |meus |minhas |meu |minha )(?:\w+ )?"
    r"(?:rem[ée]dios?|medicamentos?|medica[çc][ãa]o|comprimidos|antidepressivos?|dose)\b",
    r"\b(?:me )?(?:baixou|aumentou|mudou|reduziu|diminuiu) (?:a |minha )?(?:dose|medica[çc][ãa]o)\b",
    # pl
    r"\b(?:odstawi\w*|odstawia\w*|zmniejszy\w*|zwiększy\w*|zmieni\w*|przesta\w* brać|zacz\w* brać|zapomnia\w*(?: wziąć)?)"
    r" (?:mi )?(?:\w+ ){0,2}?(?:leki|leków|lek|leku|tabletki|tabletek|dawk\w*|antydepresant\w*)\b",
    # nl
    r"\b(?:gestopt|stoppen|stop|afbouwen|afgebouwd|verlagen|verlaagd|verhogen|verhoogd|minderen|geminderd|vergeten)"
    r" (?:met )?(?:mijn |de |die )(?:\w+ )?(?:medicijnen|medicatie|pillen|antidepressiva|dosis)\b",
    r"\b(?:mijn|de) (?:medicijnen|medicatie|dosis|pillen|antidepressiva) (?:\w+ ){0,3}?"
    r"(?:afbouwen|afgebouwd|verlagen|verlaagd|verhogen|verhoogd|gestopt|stoppen)\b",
]), _I)

# never a regimen change: too much, all of them, kept back for later
_HOARD = re.compile(
    r"\b(?:all (?:of )?(?:my|the|them)|them all|at once|in one go|de golpe|de una vez|d'un coup|auf einmal|"
    r"tutt[ei] insieme|in una volta|de uma vez|naraz|na raz|in [ée][ée]n keer|the whole|too many|too much|a (?:bunch|handful|lot) of|extra|sav(?:e|ed|ing)|"
    r"stockpil\w*|hoard\w*|collect\w*|stash\w*|keep(?:ing)? (?:them|my)|overdos\w*|todas? (?:las|mis)|guard\w*|"
    r"toutes? (?:mes|les)|garder|tutte|tutti|todos? (?:os|meus)|wszystkie|alle (?:meine|mijn|de))\b", _I)


def medication_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that talk of changing one's own medication; none at all when the turn also
    speaks of too many, all of them, or saving them up (``_HOARD``)."""
    if _HOARD.search(text):
        return []
    return [m.span() for m in MEDICATION_TALK.finditer(text)]


def without_everyday_talk(text: str) -> str:
    """``text`` without its medication-talk, sleep-trouble (``sleep_talk``), diagnosis (``diagnosis_talk``) and
    (thirtieth session) everyday-life spans (``life_talk``: quarrels, settling everything before a holiday,
    loneliness), or ``text`` itself when it holds none."""
    from services.quality.checks.counselling.diagnosis_talk import diagnosis_spans
    from services.quality.checks.counselling.life_talk import life_spans
    from services.quality.checks.counselling.sleep_talk import sleep_spans

    return without_spans(text, sorted(medication_spans(text) + logistics_spans(text) + sleep_spans(text)
                                      + diagnosis_spans(text) + life_spans(text)))


# Round fourteen (seventeenth session): the logistics of medicine and of keeping things safe, which the
# learned stage read as plans and preparation or as a method (collecting a prescription, a pharmacy out of
# stock, a weekly pill box, a lockbox for the medicines because of a toddler, a safe for a passport). A span
# is the errand or the storage and the medicine or the thing it names; what else the turn says is read as
# before, and any sign of too many, all of them or keeping them back (``_HOARD_LOGISTICS``) keeps every word.
_MEDS_ANY = (rf"(?:{_MEDICINE_EN[3:-1]}|repeat|scripts?|inhalers?|insulin|painkillers|paracetamol|ibuprofen|"
             r"blood pressure tablets|thyroid tablets)")
_WHOSE = r"(?:my|the|her|his|their|our|mum's|mom's|dad's|nan's|gran's|grandma's|grandad's|son's|daughter's|wife's|husband's|partner's)"
_MEDS_OTHER = (r"(?:medic\w*|m[ée]dic\w*|pastillas|pastiglie|pillole|p[íi]lulas|comprimid\w*|rem[ée]dios?|"
               r"tablet\w*|\w*[Tt]abletten|leki|lek[óu]w?|Medikament\w*|traitement|antid\w*|recetas?|药)")
# a span runs on to the medicine it is about, within its clause ("pour les médicaments de ma grand-mère")
_THEN_MEDS = rf"(?:[^.!?\n。！？]{{0,60}}?(?:\b{_MEDS_ANY}\b|{_MEDS_OTHER}))?"
LOGISTICS_TALK = re.compile("|".join(f"(?:{alt}){_THEN_MEDS}" for alt in [
    # en: an errand for a prescription or medicine
    rf"\b(?:pick(?:ed|ing|s)? up|collect(?:ed|ing|s)?|refill(?:ed|ing|s)?|renew(?:ed|ing|s)?|re-?order(?:ed|ing|s)?|"
    rf"fetch(?:ed|ing)?) {_WHOSE} (?:[\w'-]+ ){{0,2}}?(?:repeat )?(?:prescriptions?|scripts?|repeats?)\b",
    rf"\b(?:the |my |a )?(?:pharmacy|pharmacist|chemist|boots|superdrug|walgreens|cvs)(?: \w+){{0,3}}? "
    rf"(?:only had|had only|didn't have|did not have|doesn't have|had none|had no|was out of|were out of|ran out of|"
    rf"lost|gave me|switched|changed|messed up|short(?:-| )?changed|won't|wouldn't|can't|couldn't|only gave)"
    rf"(?:[^.!?\n]{{0,60}}?\b{_MEDS_ANY}\b)?",
    rf"\b(?:switch|move|transfer)(?:ed|ing|s)? {_WHOSE} (?:repeat )?(?:prescription|meds|medication) to (?:the|a|another) (?:\w+ ){{0,2}}?(?:pharmacy|chemist)\b",
    r"\b(?:(?:weekly|daily|monthly) )?(?:pill ?box(?:es)?|pill organi[sz]ers?|dosette(?: box)?|blister packs?|"
    r"pill dispensers?|medication dispensers?)\b",
    # en: keeping medicines, knives, papers or valuables locked away from others
    r"\b(?:key ?safe|lock ?box(?:es)?|lockable (?:cabinet|cupboard|box|drawer)s?|gun cabinet|"
    r"(?:a|the|our|my) (?:small |little |fireproof |wall )?safe|combination lock|padlock|locker)\b(?: \S+){0,4}? (?:for|on) "
    r"(?:\S+ ){0,4}?(?:medicines?|meds|medication|tablets|pills|knives|bleach|passports?|documents|jewel(?:le)?ry|"
    r"cash|valuables|licen[cs]e)\b",
    r"\bkey ?safe\b",
    # es
    r"\b(?:la )?farmacia (?:no (?:ten[ií]a|tiene|me (?:dio|dieron))|se equivoc[óo]|me dijeron|me dijo)\b(?: \S+){0,6}",
    r"\b(?:pastilleros?|caja fuerte|caja de seguridad)\b",
    r"\brecoger (?:la |mi |su |las |sus )(?:receta|recetas|medicaci[oó]n|pastillas)\b",
    # fr
    r"\bpiluliers?\b",
    r"\b(?:la )?pharmac(?:ie|ien|ienne) (?:n'avait|n'a pas|m'a (?:expliqu[ée]|dit|donn[ée]))\b(?: \S+){0,6}",
    r"\bpass(?:er|e|é) à la pharmacie\b",
    r"\bcasiers?\b",
    # de
    r"\b(?:(?:das |ein |mein |meine |die )?(?:Rezept|Medikamente?|Tabletten|Schlaftabletten)(?: \S+){0,4}? )?(?:in|aus|von) der Apotheke "
    r"(?:abholen|holen|geholt|abgeholt|bestellen|bestellt)\b",
    r"\bApotheke hatte (?:\S+ ){0,4}?(?:nicht|keine)\b",
    r"\b(?:Tablettenbox|Pillendose|Wochendosierer|Medikamentenbox|Spind|Tresor)\b",
    # pt
    r"\b(?:o |a )?farmac[êe]utic[oa] (?:disse|falou|explicou)\b(?: \S+){0,8}",
    r"\b(?:a )?farm[áa]cia (?:n[ãa]o tinha|n[ãa]o tem)\b",
    r"\bporta-?comprimidos\b",
    # it
    r"\bin farmacia mi hanno detto\b", r"\bportapillole\b",
    # pl
    r"\b(?:odebrać|odebrałem|odebrałam|odbiorę) z apteki\b(?: \S+){0,3}",
    # zh
    r"药(?:都|全)?锁(?:在|进)", r"药盒", r"药店(?:没有|没货|缺货)", r"保险柜", r"储物柜",
    # riskblind34c: tablets counted for a trip or a refill ("J'ai compté mes comprimés pour le voyage: 30 jours, 30
    # comprimés", "安眠药数了一下，还剩十片，得去医院再开")
    r"\bcompt[ée]\w* (?:mes|les|nos) (?:comprim[ée]s|cachets|pilules|m[ée]dicaments|m[ée]docs) pour (?:le|mon|les|nos|mes|la) "
    r"(?:voyage|vacances|s[ée]jour|d[ée]placement|semaine|mois)\b[^.!?\n]{0,60}",
    r"(?:我?把?(?:安眠药|安眠藥|药|藥)(?:[^。！？，]{0,6}(?:数了|數了)(?:一下|一遍)?[，,]?\s*)?)?(?:还剩|還剩|只剩)[^。！？，]{0,4}(?:片|颗|顆|粒|板)[^。！？]{0,12}(?:再开|再開|去开|去開|配药|配藥|续药|續藥|开药|開藥)",
    # riskblind34: expired medicines taken back to the pharmacy or thrown out ("家里的过期药我都收起来了，周末拿去药店回收",
    # "rapporter les médicaments périmés à la pharmacie", "medicamentos caducados al punto SIGRE")
    r"过期(?:的)?(?:药|藥)[^。！？]{0,20}(?:药店|药房|藥局|藥房|回收|扔掉|扔了|处理掉|處理掉)|過期(?:的)?藥[^。！？]{0,20}(?:藥局|藥房|回收|丟掉)",
    r"\b(?:m[ée]dicaments|m[ée]docs|cachets) p[ée]rim[ée]s\b[^.!?\n]{0,50}\bpharmacie\b",
    r"\b(?:medicamentos|medicinas|pastillas) caducad[oa]s\b[^.!?\n]{0,50}\b(?:farmacia|punto sigre|sigre)\b",
    r"\b(?:rem[ée]dios|medicamentos) (?:vencidos|fora do prazo|fora da validade)\b[^.!?\n]{0,50}\bfarm[áa]cia\b",
    r"\bfarmaci scaduti\b[^.!?\n]{0,50}\bfarmacia\b",
    r"\babgelaufene (?:Medikamente|Tabletten|Arzneimittel)\b[^.!?\n]{0,50}\bApotheke\b",
    # riskblind35b: medicines kept under lock and key ("je garde les médicaments sous clé", "家裡的安眠藥要上鎖", "guardo las
    # pastillas bajo llave", "tengo i farmaci sotto chiave", "die Medikamente sind weggeschlossen")
    r"\b(?:les|mes|nos|tous les) (?:m[ée]dicaments|m[ée]docs|cachets|comprim[ée]s|somnif[èe]res) sous cl[ée]\b",
    r"\b(?:los|las|mis|nuestros|nuestras) (?:medicamentos|medicinas|pastillas) (?:bajo llave|con llave|en un armario con llave)\b",
    r"\b(?:os|meus|nossos) (?:rem[ée]dios|medicamentos|comprimidos) (?:trancados|[àa] chave|a sete chaves)\b",
    r"\b(?:i|le|miei|mie) (?:farmaci|medicine|pastiglie|pillole) (?:sotto chiave|chiusi a chiave|chiuse a chiave)\b",
    r"\b(?:Medikamente|Tabletten|Schlaftabletten) (?:\S+ )?(?:unter Verschluss|weggeschlossen|eingeschlossen)\b",
    r"(?:安眠药|安眠藥|药品|藥品|药物|藥物)(?:要|都|全|得)?(?:上锁|上鎖|锁起来|鎖起來|锁好|鎖好)",
]), _I)

_HOARD_LOGISTICS = re.compile(_HOARD.pattern.replace(r"collect\w*|", "").replace(r"guard\w*|", "") + r"|\benough\b", _I)


def logistics_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that talk of the errands and storage of medicines and valuables (``LOGISTICS_TALK``);
    none at all when the turn also speaks of too many, all of them, or saving them up."""
    if not LOGISTICS_TALK.search(text) or _HOARD_LOGISTICS.search(text):
        return []
    return [m.span() for m in LOGISTICS_TALK.finditer(text)]
