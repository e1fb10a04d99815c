"""PII round twenty (2026-12-05): social handles in running text without "@" and profile URLs /
personal sites (docs/quality.md, "PII round twenty"). Cases written for these tests (not taken
from any labelled file). Every positive fails on the code before the round (ae21f16, the
data-first commit); the hard negatives (platform mentions, "as well", "as usual", organisations'
sites and signatures, resource links, topics) pass on both."""

from __future__ import annotations

import pytest

from shared.pii import find_pii, redact


def found(text: str, kind: str) -> list[str]:
    return [s.text for s in find_pii(text) if s.kind == kind]


HANDLES = [
    ("my cousin found me on twitch as SleepyKestrelTV and now the whole family knows", ["SleepyKestrelTV"]),
    ("she added me on snapchat as bramblebunny and then posted the screenshots", ["bramblebunny"]),
    ("I post my songs on instagram under the name mothlightmusic", ["mothlightmusic"]),
    ("on snap he's brandonxoxo and he won't leave me alone", ["brandonxoxo"]),
    ("he goes by ghostlyorchard on discord, that's where the threats came from", ["ghostlyorchard"]),
    ("my stepdad calls himself ironwolfalpha on reddit and posts about us", ["ironwolfalpha"]),
    ("there's a page called exposingyear11 on insta with my photo on it", ["exposingyear11"]),
    ("he's known as NightRaven on roblox", ["NightRaven"]),
    ("I'm drizzlingdaisies on tumblr, I've posted there for years", ["drizzlingdaisies"]),
    ("her insta name is sunflowerspiral and she tagged me in it", ["sunflowerspiral"]),
    ("my steam name is QuietComet if you want to add me", ["QuietComet"]),
    ("my youtube is called GentleHours and nobody watches it", ["GentleHours"]),
    ("my tiktok's called slowlymending if you want to see the videos", ["slowlymending"]),
    ("my pinterest is cloudyteacups, it's full of calm pictures", ["cloudyteacups"]),
    ("a friend request from moss_goblin on facebook, it's him again", ["moss_goblin"]),
    ("en tiktok me llamo lunitatriste y subo mis dibujos", ["lunitatriste"]),
    ("auf TikTok heiße ich sternenstaub, da poste ich", ["sternenstaub"]),
    ("sein Discord-Name ist dunkelwald und er schreibt mir", ["dunkelwald"]),
    ("il m'a ajoutée sur insta sous le pseudo renardrouge", ["renardrouge"]),
]


@pytest.mark.parametrize("text, expected", HANDLES)
def test_handles_in_running_text(text, expected):
    assert found(text, "HANDLE") == expected


SITES = [
    ("Dr. Miriam Osei | Clinical Psychologist | www.miriamoseipsychology.co.uk", ["www.miriamoseipsychology.co.uk"]),
    ("Best, Conor — conorwalshphoto.com", ["conorwalshphoto.com"]),
    ("Take care,\nIlse\nilsepaints.net", ["ilsepaints.net"]),
    ("Website: greenwoodcounselling.com", ["greenwoodcounselling.com"]),
    ("my portfolio's at https://harrietdraws.art if you want to look", ["https://harrietdraws.art"]),
    ("my blog lives at thequietkettle.blog now", ["thequietkettle.blog"]),
    ("mi web es www.saraterapia.es, ahí están mis horarios", ["www.saraterapia.es"]),
    ("meine Seite: https://www.mondlicht-coaching.de", ["https://www.mondlicht-coaching.de"]),
    ("mon site perso c'est petitespierres.fr", ["petitespierres.fr"]),
    ("I made a memorial page, grandadjim.wixsite.com/memories", ["grandadjim.wixsite.com/memories"]),
    ("my art is up at https://junoreyes.netlify.app", ["https://junoreyes.netlify.app"]),
]


@pytest.mark.parametrize("text, expected", SITES)
def test_profile_urls_and_personal_sites(text, expected):
    assert found(text, "URL") == expected


NEGATIVES = [
    "I'm on insta as well but I never post anything",
    "he's on twitch as a moderator for some streamer",
    "on tiktok as usual until 3am",
    "she's on snap as soon as she wakes up",
    "I'm stuck on youtube every night",
    "I'm hooked on tiktok, it's bad",
    "I looked up anxiety on youtube",
    "a channel called Headspace on youtube helped",
    "she goes by Lexi now",  # a nickname, no platform
    "my insta is private now",
    "my twitter account is suspended",
    "on twitch as moderator for years",
    "I'm everywhere on tiktok apparently",
    "my username was deleted when they banned me",
    "Kind regards, The Wellbeing Team | www.uniwellbeing.ac.uk",
    "Best wishes, Student Support | www.support.example.ac.uk",
    "Website: www.nhs.uk",
    "visit www.mind.org.uk for the leaflets",
    "read it here:\nhttps://www.bbc.co.uk/news",
    "Version 2.4.1 | build 118 | release notes",
    "sur tiktok je suis triste tout le temps",
    "en insta soy otra persona",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text):
    spans = [(s.kind, s.text) for s in find_pii(text) if s.kind in ("HANDLE", "URL")]
    assert spans == []


def test_redaction_is_typed():
    assert redact("found him on twitch as GrumpyOtterTV, he streams at night") == \
        "found him on twitch as [HANDLE], he streams at night"
    assert redact("Best, Conor — conorwalshphoto.com") == "Best, [NAME] — [URL]"
