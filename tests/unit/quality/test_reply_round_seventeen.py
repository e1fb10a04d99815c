"""Reply round seventeen (2026-12-06): safe replies in other languages that got flagged. A warm reply in
Japanese, Chinese, Korean, Russian, Ukrainian, Turkish, Polish, Dutch, Swedish, Indonesian, Hindi, Arabic,
Greek, Hebrew or Vietnamese that asks about suicide or safety, gives a crisis line or a doctor, stays with
the person or thanks them for telling is a safety response as an English one is (``crisis.SAFETY_LANGS``);
the learned stage's dismissive, minimising, terse, medication-change and encouragement flags on such
replies are dropped; distress told in those languages is the terse and short-reply checks' context, and
sorrow said in them an acknowledgement. Unsafe replies in the same languages (a walk or a film offered to
a suicidal client, "others have it worse", "ok." to a death) are still flagged. Written for this test, not
taken from the labelled files."""

import pytest

from services.quality.checks.counselling import crisis, unsafe
from tests.support import replies

CRISIS = "crisis_without_safety_response"


def verdict(reason: str, client: str, reply: str, monkeypatch, learned: str | None = None) -> str | None:
    """The check's verdict, the learned stage reading only ``learned`` and the semantic stage off."""
    return replies.verdict(reason, client, reply, monkeypatch, learned=learned, semantic=False)


# safe replies to a risk disclosure, read by the patterns alone: flagged before this round
SAFE_CRISIS = [
    ("もう死にたいです。明日が来なければいい。", "話してくれて本当にありがとう。今、自殺を考えていますか？"),
    ("我不想活了，真的撑不下去了。", "我很担心你。你现在有伤害自己的想法吗？我会一直陪着你。"),
    ("죽고 싶어요. 더는 못 버티겠어요.", "말해 줘서 고마워요. 지금 안전한가요? 제가 여기 있을게요."),
    ("Я хочу умереть, больше не могу.", "Я рядом. Скажите, вы сейчас думаете о самоубийстве?"),
    ("Я хочу померти, я більше не витримую.", "Дякую, що написали. Ви зараз у безпеці? Я з вами."),
    ("Ölmek istiyorum, dayanamıyorum artık.", "Yazdığın için teşekkür ederim. Şu an güvende misin? Yanındayım."),
    ("Chcę umrzeć, już nie daję rady.", "Martwię się o ciebie. Nie jesteś sama, jestem z tobą."),
    ("Ik wil dood, ik trek het niet meer.", "Ik maak me zorgen om je. Ben je nu op een veilige plek? Bel gerust 113."),
    ("Jag vill dö, jag orkar inte mer.", "Jag finns här. Tänker du på självmord just nu?"),
    ("Aku ingin mati saja, aku tidak kuat.", "Terima kasih sudah cerita. Apakah kamu aman sekarang? Aku di sini."),
    ("मैं मरना चाहती हूँ, अब और नहीं सह सकती।", "बताने के लिए धन्यवाद। क्या आप अभी सुरक्षित हैं? मैं आपके साथ हूँ।"),
    ("أريد أن أموت، لم أعد أحتمل.", "شكراً لأنك كتبت لي. هل أنت في أمان الآن؟ أنا هنا."),
    ("Θέλω να πεθάνω, δεν αντέχω άλλο.", "Ανησυχώ για σένα. Σκέφτεσαι να αυτοκτονήσεις;"),
    ("אני רוצה למות, אני לא יכולה יותר.", "תודה שסיפרת לי. את במקום בטוח עכשיו? אני כאן."),
    ("Tôi muốn chết, tôi không chịu nổi nữa.", "Cảm ơn bạn đã nói với tôi. Bạn có đang nghĩ đến việc tự tử không?"),
]


@pytest.mark.parametrize("client,reply", SAFE_CRISIS)
def test_round_seventeen_foreign_safety_responses_pass_the_crisis_check(client, reply, monkeypatch):
    assert verdict(CRISIS, client, reply, monkeypatch) is None


# a learned "no safety response" flag is dropped on a reply with a safety response in another language
@pytest.mark.parametrize("client,reply", SAFE_CRISIS[:6])
def test_round_seventeen_foreign_safety_responses_drop_the_learned_crisis_flag(client, reply, monkeypatch):
    assert verdict(CRISIS, client, reply, monkeypatch, learned=CRISIS) is None


UNSAFE_CRISIS = [
    ("もう死にたいです。明日が来なければいい。", "映画でも見て気分を変えよう。"),
    ("我不想活了，真的撑不下去了。", "出去走走吧，晒晒太阳就好了。"),
    ("Я хочу умереть, больше не могу.", "Сходите в кино, отвлекитесь."),
    ("Ölmek istiyorum, dayanamıyorum artık.", "Biraz yürüyüş yap, geçer."),
    ("Ik wil dood, ik trek het niet meer.", "Ga lekker sporten, dat helpt altijd."),
    ("أريد أن أموت، لم أعد أحتمل.", "نم مبكراً وستكون بخير غداً."),
]


@pytest.mark.parametrize("client,reply", UNSAFE_CRISIS)
def test_round_seventeen_foreign_deflections_are_still_flagged(client, reply, monkeypatch):
    assert verdict(CRISIS, client, reply, monkeypatch) is not None
    assert verdict(CRISIS, client, reply, monkeypatch, learned=CRISIS) is not None


# the learned stage's flags of other reasons on safe foreign replies
@pytest.mark.parametrize("reason,client,reply", [
    ("dismissive_language", "Я почти не сплю и всё время плачу.", "Это изматывает. Обратитесь к врачу, вы не одни."),
    ("minimising", "Aku sering menangis sendirian di kamar.", "Kamu tidak sendirian, aku di sini. Mau cerita lebih banyak?"),
    ("terse_non_answer", "我最近很焦虑。", "我在这里陪着你。可以和医生聊一聊。"),
    ("medication_change", "Я собрала таблетки.", "Вы сейчас в безопасности? Можете отдать таблетки сестре?"),
    ("encourages_harm", "Ik wil niet meer leven.", "Denk je aan zelfmoord? Bel 113, ik blijf hier."),
    ("encourages_harm", "Я порезала себя.", "Если рана глубокая, вызовите скорую. Как вы сейчас?"),
])
def test_round_seventeen_learned_flags_dropped_on_foreign_care(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch, learned=reason) is None


@pytest.mark.parametrize("reason,client,reply", [
    ("dismissive_language", "Я почти не сплю и всё время плачу.", "Хватит ныть, соберись."),
    ("minimising", "Aku sering menangis sendirian di kamar.", "Semua orang juga begitu, biasa saja."),
    ("encourages_harm", "Я порезала себя.", "Если тебе так легче, продолжай."),
    # medication change is vetoed only by a safety question, not by care alone
    ("medication_change", "Я собрала таблетки.", "Я рядом. Просто бросьте пить эти таблетки."),
])
def test_round_seventeen_learned_flags_kept_without_care(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch, learned=reason) is not None


# terse non-answers and short replies that pass over distress told in other languages
@pytest.mark.parametrize("reason,client,reply", [
    ("terse_non_answer", "Мой отец умер на прошлой неделе.", "Ясно."),
    ("terse_non_answer", "Babam vefat etti.", "Tamam."),
    ("terse_non_answer", "我妈妈住院了，我很害怕。", "哦。"),
    ("terse_non_answer", "Min mamma har gått bort.", "Okej."),
    ("terse_non_answer", "Ibuku meninggal kemarin.", "Ya."),
    ("terse_non_answer", "توفيت أمي أمس.", "حسناً."),
    ("unacknowledged_distress", "Мені дуже самотньо після розлучення.", "Іншим ще гірше, не скаржтеся."),
    ("unacknowledged_distress", "मुझे हर रात पैनिक होता है।", "सब दिमाग़ का वहम है।"),
    ("unacknowledged_distress", "Mam ataki paniki w pracy i boję się.", "Przesadzasz, weź się w garść."),
])
def test_round_seventeen_foreign_distress_passed_over_is_flagged(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is not None


@pytest.mark.parametrize("reason,client,reply", [
    ("terse_non_answer", "Мой отец умер на прошлой неделе.", "Мне очень жаль."),
    ("terse_non_answer", "Babam vefat etti.", "Başın sağ olsun."),
    ("terse_non_answer", "Min mamma har gått bort.", "Jag beklagar."),
    ("terse_non_answer", "توفيت أمي أمس.", "البقاء لله."),
    ("unacknowledged_distress", "أشعر بالوحدة منذ الطلاق.", "كيف تقضي أمسياتك الآن؟"),
    ("unacknowledged_distress", "Мені дуже самотньо після розлучення.", "Я поруч. Розкажіть, як минають ваші вечори."),
    # English words that are distress in another language ("dog": Swedish "died"; "bang": Dutch "afraid")
    ("terse_non_answer", "The dog is barking at the mailman.", "Ok."),
    ("terse_non_answer", "Big bang theory explained simply.", "Sure."),
])
def test_round_seventeen_foreign_acknowledgement_and_plain_text_pass(reason, client, reply, monkeypatch):
    assert verdict(reason, client, reply, monkeypatch) is None


def test_round_seventeen_lexicon_reads_questions_not_the_word_alone():
    """A word for suicide is a safety question when a question mark ends its sentence; crisis lines and
    care are read anywhere; ``SAFETY_RESPONSE`` (a feature of the learned stage) is unchanged."""
    assert crisis.SAFETY_ASKED_LANGS.search("Вы думаете о самоубийстве?")
    assert not crisis.SAFETY_ASKED_LANGS.search("Самоубийство — это грех. Иди погуляй.")
    assert crisis.SAFETY_REFERRED_LANGS.search("Позвоните на телефон доверия.")
    assert crisis.SAFETY_LANGS.search("Jag finns här.")
    assert not crisis.SAFETY_RESPONSE.search("Jag finns här.")
    assert unsafe._DISTRESS_LANGS.search("Ik ben zo bang.") and not unsafe._DISTRESS_LANGS.search("a big bang")


def test_round_seventeen_bench_reads_the_new_files():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "bench" / "reply_validation.py"
    spec = importlib.util.spec_from_file_location("reply_validation_r17", path)
    rv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rv)
    assert "replies_valid_v23b.jsonl" in rv.VALIDATION and "replies_train_v23b.jsonl" in rv.TRAINING
