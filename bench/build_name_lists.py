"""Build ``shared/pii/data/listed_given.txt`` (PII round fourteen; with ``--surnames`` also
``listed_surnames.txt``, measured in that round and not shipped: see docs/quality.md) from
maintained name lists shipped in two PyPI packages, unpacked (not installed) by ``pip download``:

* ``names`` 0.3.0 (MIT): the 1990 US Census first-name and surname frequency files (a US
  government work, public domain); cut: given names at >= 0.003% of people of their sex, surnames at
  >= 0.002% (7,500 surnames);
* ``Faker`` 40.54.0 (MIT): the given names and surnames of its person providers in Latin script
  (every locale whose names the detector's name token takes).

A name is left out when its lower-case form is a word of the project's own text (CounselChat,
the 5,000 Alpaca rows, ``general_train.jsonl``, the risk and reply training files: lower-case words
only, no PII file), has fewer than three letters, or is already in ``first_names.txt`` (given
names) or the detector's own word lists.

    pip download --no-deps names==0.3.0 faker==40.54.0 -d /tmp/lists   # then unpack both
    python bench/build_name_lists.py /tmp/lists/names-0.3.0 /tmp/lists/faker_unpacked [--surnames]

PII round eighteen: ``--scripts WORDFREQ MSGPACK`` writes ``listed_scripts.txt`` instead, the given
names of Faker's person providers in three other scripts: Devanagari (``hi_IN``, ``mr_IN``,
``ne_NP``), Arabic script (``ar_AA``, ``ar_DZ``, ``fa_IR``) and Hangul (``ko_KR``). A script has no
case, so "a lower-case word of the project's text" cannot tell a name from a word there; a name is
left out when it is among the 300 most frequent words of its language(s) in ``wordfreq`` 3.1.1
(Apache-2.0 code; its frequency data, CC BY-SA 4.0, is only read here to leave names out, none of it
is shipped), when it is any word of the project's own training text, a word of a place name of
Faker's address providers, one of the detector's stop lists, or one of ``BY_HAND_SCRIPTS`` (common
words that are also given names: Hindi "आशा" hope, "प्रेम" love; Arabic "أمل" hope, "سعيد" happy;
Persian "امید"; Korean "지원" support; deities and titles).

    pip download --no-deps wordfreq==3.1.1 -d /tmp/lists               # unzip into /tmp/lists/wf
    pip download --no-deps --no-binary :all: msgpack==1.1.0 -d /tmp/lists  # untar; pure-Python reader
    python bench/build_name_lists.py /tmp/lists/names-0.3.0 /tmp/lists/faker_unpacked \
        --scripts /tmp/lists/wf /tmp/lists/msgpack-1.1.0
"""

from __future__ import annotations

import csv
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.pii import names as N  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
DATA = ROOT / "shared" / "pii" / "data"
TOKEN = re.compile(rf"^{N.TOKEN}$")
LOCALES = ("en en_GB en_IE en_IN en_KE en_NG en_NZ en_PK en_US es es_AR es_CA es_CL es_CO es_ES es_MX "
           "fr_BE fr_CA fr_CH fr_FR fr_QC de_AT de_CH de_DE de_LI de_LU it_IT pt_BR pt_PT pl_PL nl_BE nl_NL "
           "sv_SE da_DK no_NO fi_FI cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO tr_TR ga_IE ha_NG ig_NG yo_NG "
           "tw_GH zu_ZA sw id_ID et_EE lt_LT lv_LV az_AZ").split()  # not is_IS: 3,374 Icelandic names, a fifth of the list


def project_words() -> Counter:
    texts: list[str] = []
    cc = ROOT.parent / "shared" / "datasets" / "counselchat_20200325.csv"
    for path in [cc, ROOT / "shared" / "datasets" / "counselchat_20200325.csv"]:
        if path.exists():
            with open(path, newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    texts.extend(v for v in row.values() if isinstance(v, str))
            break
    for path in [ROOT.parent / "shared" / "datasets" / "alpaca_5000_subset.json",
                 ROOT / "shared" / "datasets" / "alpaca_5000_subset.json"]:
        if path.exists():
            for row in json.loads(path.read_text(encoding="utf-8")):
                texts.extend(str(v) for v in row.values())
            break
    for path in sorted(LABELLED.glob("*.jsonl")):
        name = path.name
        if "heldout" in name or name.startswith("pii") or not (name.startswith("general_train") or
                                                                 "_train" in name):
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                texts.extend(str(v) for v in json.loads(line).values() if isinstance(v, str))
    words = Counter()
    for t in texts:
        words.update(w for w in re.findall(r"[^\W\d_]+", t) if w.islower())
    return words


def census(path: Path, cut: float) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        name, freq = line.split()[:2]
        if float(freq) >= cut:
            out.append(name.capitalize())
    return out


def faker_names(root: Path) -> tuple[set[str], set[str]]:
    sys.path.insert(0, str(root))
    given, last = set(), set()
    for loc in LOCALES:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        p = mod.Provider
        for attrs, into in ((("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
                             given), (("last_names", "last_names_male", "last_names_female"), last)):
            for attr in attrs:
                value = p.__dict__.get(attr)
                if isinstance(value, (tuple, list, dict, set, frozenset)):
                    into.update(value)
    return given, last


def faker_places(root: Path) -> set[str]:
    """Every word of the cities, countries, states and regions of Faker's address providers."""
    sys.path.insert(0, str(root))
    places: set[str] = set()
    for loc in sorted(p.name for p in (root / "faker" / "providers" / "address").iterdir() if p.is_dir()):
        try:
            mod = importlib.import_module(f"faker.providers.address.{loc}")
        except Exception:  # noqa: BLE001 - a provider that needs more than the standard library
            continue
        for attr, value in mod.Provider.__dict__.items():
            if any(k in attr for k in ("cit", "countr", "state", "province", "region", "department", "county",
                                       "town", "village", "municipal")) and isinstance(value, (tuple, list, dict)):
                for v in value:
                    if isinstance(v, str):
                        places.update(re.findall(r"[^\W\d_]+", v))
    return places


# by hand: a public figure known by one name, nationalities and languages ("my Danish number")
BY_HAND = frozenset("Lula Danish Polish Finnish Swedish Turkish Spanish Irish Scottish Welsh English British "
                    "Chinese Japanese Portuguese Maltese Congolese Sudanese Lebanese Nepalese Burmese".split())


# PII round eighteen: the scripts, their locales and wordfreq languages
SCRIPTS = (("deva", ("hi_IN", "mr_IN", "ne_NP"), ("hi",)),
           ("arab", ("ar_AA", "ar_DZ", "fa_IR"), ("ar", "fa", "ur")),
           ("hang", ("ko_KR",), ("ko",)))
SCRIPT_TOKEN = re.compile(r"^(?:[\u0900-\u097F\u200d]+|[\u0600-\u06FF]+|[\uac00-\ud7a3]+)$")
COMMON_RANK = 300
# by hand: common words of each language that are also given names in some list, deities and titles
BY_HAND_SCRIPTS = frozenset("""
आशा प्रेम पूजा शांति शान्ति सूरज दीपक किरण ज्योति लाल पूर्ण शक्ति दर्शन सफलता सीमा बल सुन प्रभु प्रवेश गंगा
प्रकाश सत्य स्वागत प्रसाद सपना ईश्वर मित्र इच्छा कला भैया दावा शेष विशाल कल्याण देव सागर सूर्य भावना ज्ञान
कुमार कृष्ण शिव देवी राम गणेश लक्ष्मी सरस्वती दुर्गा हनुमान विष्णु अमर विजय आनंद आनन्द सुख चाँद चांद रवि
मधु मोती हीरा सोना चंदा कमल पवन वर्षा उषा संध्या रात्रि निशा अर्चना वंदना आरती मंगल धन रतन रत्न मणि
تمام صاحب شامل رئيس كبير مسلم هزار سلام نظام خاطر ثابت حسن حياة صباح حدیث عالم كامل كاملة سعيد بلند جميل جميلة
نادي اعتماد صالح هستی جوان محفوظ نور فارس فضل حافظ قائد سالم خلف دليل رمضان طالب عالية مشرف لقاء عربي غالب
بهار ظاهر مشرق كريم أمل امید امیر أمير أمين امين إيمان ايمان وفاء فرح فرحة حنان رحمة نعمة عزيز شريف عادل
رشيد مجيد صابر سعادة راحة بسمة هدى هدی منير نبيل سامر ناصر منصور مبارك فائز فاطر رضا شادی شادي آرزو مهر ماه
نسیم سحر باران ستاره دریا آزاد پیروز آسمان روشن زیبا خورشید بهروز
지원 정식 정수 상호 보람 아름 성수 영수 수진 영일 중수 정남 성호 경자 명자
""".split())


def wordfreq_top(wf_root: Path, msgpack_root: Path, lang: str, n: int) -> set[str]:
    import gzip
    import os
    os.environ["MSGPACK_PUREPYTHON"] = "1"
    sys.path.insert(0, str(msgpack_root))
    import msgpack
    with gzip.open(wf_root / "wordfreq" / "data" / f"small_{lang}.msgpack.gz", "rb") as fh:
        data = msgpack.load(fh, raw=False, strict_map_key=False)
    out: list[str] = []
    for bucket in data[1:]:
        out.extend(bucket)
        if len(out) >= n:
            break
    return set(out[:n])


def all_project_words() -> Counter:
    """Every word (any case) of the project's own training text: the scripts have no case."""
    words = Counter()
    for path in sorted(LABELLED.glob("*.jsonl")):
        name = path.name
        if "heldout" in name or name.startswith("pii") or not (name.startswith("general_train") or "_train" in name):
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                for v in json.loads(line).values():
                    if isinstance(v, str):
                        words.update(re.findall(r"[^\W\d_]+", v))
    return words


def build_scripts(faker_root: Path, wf_root: Path, msgpack_root: Path) -> None:
    from shared.pii import name_rules as R
    sys.path.insert(0, str(faker_root))
    words = all_project_words()
    stop = BY_HAND_SCRIPTS | faker_places(faker_root) | R._DEVA_STOP | set(words)
    out: list[str] = []
    for script, locales, langs in SCRIPTS:
        common: set[str] = set()
        for lang in langs:
            common |= wordfreq_top(wf_root, msgpack_root, lang, COMMON_RANK)
        given: set[str] = set()
        for loc in locales:
            p = importlib.import_module(f"faker.providers.person.{loc}").Provider
            for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
                value = p.__dict__.get(attr)
                if isinstance(value, (tuple, list, dict, set, frozenset)):
                    given.update(value)
        kept = sorted(n for n in given if SCRIPT_TOKEN.match(n) and len(n) >= 2 and n not in stop and n not in common)
        print(script, len(given), "given names,", len(kept), "kept")
        out += kept
    head = ("# PII round eighteen: derived by bench/build_name_lists.py --scripts from Faker 40.54.0 (MIT; hi_IN, "
            "mr_IN, ne_NP, ar_AA, ar_DZ, fa_IR, ko_KR), common words left out with wordfreq 3.1.1; see README.md\n")
    (DATA / "listed_scripts.txt").write_text(head + "\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    names_pkg, faker_root = Path(sys.argv[1]), Path(sys.argv[2])
    if "--scripts" in sys.argv:
        i = sys.argv.index("--scripts")
        build_scripts(faker_root, Path(sys.argv[i + 1]), Path(sys.argv[i + 2]))
        return
    words = project_words()
    gaz = N.gazetteer()
    from shared.pii import name_rules as R
    public = {p for p in N.PUBLIC_FIGURES if "_" not in p}  # one-name figures ("Stromae", "Bolsonaro")
    own = N.COMMON | N.NOT_NAMES | N.PLACES | N.AMBIGUOUS | N.ROLE_WORDS | N._PLACE_SUFFIXES | N._HONORIFICS | \
        R.TIME_WORDS | R.FUNCTION_WORDS | R._NOT_SUBJECTS | BY_HAND | public | faker_places(faker_root) | \
        {r.capitalize() for r in N._RELATIONS_TAGGER} | N.SURNAME_STOP
    fg, fl = faker_names(faker_root)
    given = set(census(names_pkg / "names" / "dist.female.first", 0.003)) | \
        set(census(names_pkg / "names" / "dist.male.first", 0.003)) | fg
    last = set(census(names_pkg / "names" / "dist.all.last", 0.002)) | fl

    def keep(n: str) -> bool:
        return bool(TOKEN.match(n)) and len(n) >= 3 and n.lower() not in words and n not in own

    given = sorted(n for n in given if keep(n) and n not in gaz)
    last = sorted(n for n in last if keep(n) and n not in gaz and n not in given)
    head = ("# PII round fourteen: derived by bench/build_name_lists.py from names 0.3.0 (MIT; 1990 US Census "
            "files, public domain) and Faker 40.54.0 (MIT); see README.md\n")
    (DATA / "listed_given.txt").write_text(head + "\n".join(given) + "\n", encoding="utf-8")
    if "--surnames" in sys.argv:
        (DATA / "listed_surnames.txt").write_text(head + "\n".join(last) + "\n", encoding="utf-8")
    print(len(given), "given names,", len(last), "surnames")


if __name__ == "__main__":
    main()
