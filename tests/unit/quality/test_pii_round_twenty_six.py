"""PII round twenty-six (2026-12-06, twenty-sixth session): the learned name tagger wired into the detector
with a knowledge veto (docs/quality.md, "PII round twenty-six"). The committed model is Tn (round twenty-five's
command, ``--no-gazetteer --select net``) with the veto of the detector's other lists, the first-person gate
that also reads the first-person verbs of the pro-drop languages, and the veto of drugs, countries and
subdivisions from maintained packages (``drug-named-entity-recognition``, ``pycountry``): ``Tn+v+p'+k``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shared.pii import detect, find_pii, name_tagger
from tests.support.pii import names, rule_names, tagger_added as added

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"
COMMAND = ["--no-gazetteer", "--select", "net", "--veto", "--first-person", "endings", "--knowledge"]


def _training_texts() -> set[str]:
    files = [LABELLED / "pii.jsonl", LABELLED / "pii_tuning.jsonl"] + sorted(LABELLED.glob("pii_train_*.jsonl"))
    assert not [f for f in files if "valid" in f.name or "heldout" in f.name]
    return {json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def test_the_committed_model_is_the_candidate_kept():
    weights, meta, words = name_tagger.model()
    assert meta["threshold"] == 0.95 and meta["gazetteer"] is False and meta["select"] == "net"
    assert meta["veto"] is True and meta["first_person"] == "endings" and meta["knowledge"] is True
    assert name_tagger.DIM == len(weights.weights) and words is not None


def test_the_training_command_makes_the_committed_files(tmp_path):
    # the command as docs/quality.md gives it, in a fresh interpreter (no state of other tests)
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_name_tagger.py"), *COMMAND, "--out", str(tmp_path)],
                   check=True, cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    for name in ("name_tagger.npy", "name_tagger_words.npy", "name_tagger.json"):
        assert hashlib.md5((tmp_path / name).read_bytes()).hexdigest() == \
            hashlib.md5((name_tagger.DATA / name).read_bytes()).hexdigest(), name


# from the PII TRAINING files: names the base's rules miss and the detector now finds (the tagger)
TRAINING_FOUND = [
    ("I keep replaying the argument with Lysander.", ["Lysander"]),
    ("Mum adores Tobiah and barely notices me.", ["Tobiah"]),
    ("Pokłóciłam się z Mieczysławem o pieniądze.", ["Mieczysławem"]),
    ("Sinto muita falta do Benedito.", ["Benedito"]),
    ("I met Achterberg at the support group and we talked for hours.", ["Achterberg"]),
    ("I got put in a group with Okonkwo and Lindqvist and they did nothing.", ["Okonkwo", "Lindqvist"]),
    ("My counsellor at uni, Haverkamp, thinks I should take a year out.", ["Haverkamp"]),
    ("Min svigermor Birthe blander sig i alt.", ["Birthe"]),
    # no first-person pronoun: the verbs "Fui" / "tive" open the gate (``_FIRST_PERSON_ENDINGS``)
    ("Fui à Renner com a Jussara e tive uma crise.", ["Jussara"]),
]


@pytest.mark.parametrize("text, expected", TRAINING_FOUND)
def test_training_names_the_rules_miss_are_found(text, expected):
    assert text in _training_texts()
    assert not set(expected) & set(rule_names(text))
    assert [n for n in names(text) if n not in rule_names(text)] == expected


def test_the_endings_gate_opens_for_pro_drop_verbs_only():
    text = "Fui à Renner com a Jussara e tive uma crise."
    assert not name_tagger._FIRST_PERSON.search(text) and name_tagger._FIRST_PERSON_ENDINGS.search(text)
    for text in ("Fui al Mercadona con Leire", "Ontem falei com a Graziela", "Byłam u Agaty wczoraj",
                 "Dün Elif ile buluştum", "Sono uscita con Giada", "Yaptım"):
        assert name_tagger._FIRST_PERSON_ENDINGS.search(text), text
    for text in ("The victim was Tom", "I want the medium one", "Michael, Jenna, and Alex are all cooking.",
                 "A list: Guinea, Uganda", "He said Jenna went"):
        assert not name_tagger._FIRST_PERSON_ENDINGS.search(text), text


# written for these tests: the committed model without its knowledge veto adds the token; the detector does not
VETOED = [
    ("My girlfriend wants me to try Viagra but I feel ashamed.", ["Viagra"]),
    ("I asked my GP about Viagra and Cialis and I felt so embarrassed.", ["Viagra"]),
    ("My friends are from Uganda, Guinea, Tripura and Mizoram.", ["Guinea"]),
    ("I keep dreaming about Guinea and my grandmother.", ["Guinea"]),
    ("I told my mum about Tripura and she cried.", ["Tripura"]),
    ("I hate Nauru, I hate Tuvalu, I hate everything.", ["Nauru", "Tuvalu"]),
]


@pytest.fixture(scope="module")
def without_knowledge(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("no_knowledge")
    for f in name_tagger.DATA.glob("name_tagger*"):
        (out / f.name).write_bytes(f.read_bytes())
    meta = json.loads((out / "name_tagger.json").read_text(encoding="utf-8"))
    meta["knowledge"] = False
    (out / "name_tagger.json").write_text(json.dumps(meta), encoding="utf-8")
    return out


@pytest.mark.parametrize("text, tokens", VETOED)
def test_drugs_and_places_are_vetoed(without_knowledge, text, tokens):
    assert added(text, without_knowledge) == tokens
    assert added(text, name_tagger.DATA) == []
    assert not set(tokens) & set(names(text))
    for token in tokens:
        s = text.index(token)
        assert name_tagger.known(text, s, s + len(token))


def test_a_listed_given_name_is_never_vetoed():
    single, _multi = name_tagger.knowledge()
    for name in ("Georgia", "Jordan", "Victoria", "Aurora"):  # places too, and the detector's given names
        assert name.lower() in single
        text = f"I told {name} everything"
        assert not name_tagger.known(text, 7, 7 + len(name)), name
    text = "I grew up in Sierra Leone. Leone is my cousin."
    at = text.index("Leone")
    assert name_tagger.known(text, at, at + 5)  # a word of a place written whole
    assert not name_tagger.known(text, text.rindex("Leone"), text.rindex("Leone") + 5)


def test_the_rules_names_are_not_vetoed():
    # the veto is on the tagger's additions: the rules' names stand whatever the packages say
    assert name_tagger.known("I miss Chad", 7, 11)
    assert "Chad" in names("My brother Chad called me last night.")


def test_the_detector_adds_the_taggers_names_after_the_rules():
    assert "name_tagger.find_names" in Path(detect.__file__).read_text(encoding="utf-8")
    text = "I keep replaying the argument with Lysander."
    assert [(s.kind, s.text) for s in find_pii(text)] == [("NAME", "Lysander")]
    assert [(s.kind, s.start, s.end) for s in detect.find_pii_plain(text)] == \
        [(s.kind, s.start, s.end) for s in find_pii(text)]


def test_the_knowledge_loads_lazily_without_importing_the_drug_package():
    code = ("import sys\n"
            "from shared.pii import find_pii, name_tagger\n"
            "assert name_tagger.knowledge.cache_info().currsize == 0\n"
            "find_pii('I keep replaying the argument with Lysander.')\n"
            "assert name_tagger.knowledge.cache_info().currsize == 1\n"
            "assert 'drug_named_entity_recognition' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_the_word_bit_reads_a_frozen_list_of_other_training_files():
    # twenty-seventh session: a new risk, replies or general training file no longer changes the tagger (before,
    # a glob read every one, and this module's md5 test asked for a retrain after each); PII training files
    # still enter by name: they are the tagger's training data
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import train_name_tagger as trainer
    finally:
        sys.path.remove(str(ROOT / "bench"))
    frozen = [f.name for f in trainer.vocabulary_files()]
    every = [f.name for f in trainer.vocabulary_files(glob=True)]
    assert [n for n in frozen if not n.startswith("pii")] == sorted(trainer.VOCABULARY_FILES)
    assert set(frozen) <= set(every) and all((LABELLED / n).is_file() for n in frozen)
    assert {n for n in every if n.startswith("pii")} <= set(frozen)
    assert not [n for n in frozen if "heldout" in n or "valid" in n]
    # the committed model says what its word bit read
    assert name_tagger.model()[1]["vocabulary_files"] == frozen
