"""The start form: pickers filled from the simulator, choices reaching create, the prompt's limits."""

from __future__ import annotations

import re
import threading

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Choice, Connection
from heygen_widgets.session.validate import MAX_TEXT
from heygen_widgets.widgets import StartForm
from heygen_widgets.widgets._wiring import close_tree
from heygen_widgets.widgets.pickers import ANY, ChoicePicker, Kind
from heygen_widgets.widgets.runtime import Inline
from heygen_widgets.widgets.style import STYLE
from tests.widgets.conftest import Wire
from tests.widgets.helpers import Deferred


def choose(picker: ChoicePicker, choice_id: str) -> None:
    """Press the card's toggle, as a click in the browser does."""
    card = next(c for c in picker.cards.children if picker._cards[choice_id][0] is c)
    card.children[1].value = True


def chosen(picker: ChoicePicker) -> list[str]:
    return [choice_id for choice_id, (_card, toggle) in picker._cards.items() if toggle.value]


def test_the_form_wears_the_panels_frame_and_stylesheet(
    wire: Wire, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    assert form.children[0].value == STYLE  # the panel's CSS, start.css included
    assert ".hgw-choice" in STYLE and ".hgw-counter.hgw-over" in STYLE
    assert "hgw-panel" in form._dom_classes and "hgw-start-form" in form._dom_classes
    form.close()


def test_the_pickers_fill_from_the_simulator_as_cards(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    faces = {p.title: [c.children[0].value for c in p.cards.children] for p in form._pickers_in_use()}
    assert [len(f) for f in faces.values()] == [5, 5, 4, 3]  # "Let the agent choose" first in each
    assert all(ANY in f[0] for f in faces.values())
    avatar = faces["Avatar"][1]
    assert "Amira (office)" in avatar and f'src="{fake.url}/files/catalog/look_amira_office.png"' in avatar
    assert "voice_warm_en" not in avatar  # the default voice id is in the tooltip, not on the card
    warm = faces["Voice"][1]
    preview = f"{fake.url}/files/voices/voice_warm_en.wav"
    assert f'<audio class="hgw-voice-preview" controls preload="none" src="{preview}">' in warm
    assert "English" in warm
    assert "Clean corporate" in faces["Style"][1] and "16:9" in faces["Style"][1]
    acme = faces["Brand kit"][1]
    assert "Acme Robotics" in acme and acme.count('class="hgw-swatch"') == 3
    assert 'style="background:#0B5FFF"' in acme
    assert chosen(form.avatar) == [""] and form.avatar.value == ""
    form.close()


def test_pickers_load_without_blocking_the_cell(wire: Wire, connection: Connection, poller: Poller) -> None:
    runner = Deferred()
    form = StartForm(connection, runner=runner, poller=poller)
    assert "Loading the avatars" in form.avatar.note.value and len(form.avatar.cards.children) == 1
    runner.run()
    assert form.avatar.note.value == "" and len(form.avatar.cards.children) == 5
    form.close()


def test_one_card_is_chosen_at_a_time_and_pressing_it_again_lets_the_agent_choose(
    wire: Wire, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    choose(form.avatar, "look_daniel_studio")
    choose(form.avatar, "look_priya_casual")
    assert form.avatar.value == "look_priya_casual" and chosen(form.avatar) == ["look_priya_casual"]
    assert "Priya (casual)" in form.preview.value and "Daniel" not in form.preview.value
    form.avatar._cards["look_priya_casual"][1].value = False  # the chosen card pressed again
    assert form.avatar.value == "" and chosen(form.avatar) == [""]
    form.close()


def test_the_chosen_ids_reach_the_simulator(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    form.prompt.value = "A tour of the office"
    choose(form.avatar, "look_tomas_outdoor")
    choose(form.voice, "voice_calm_es")
    choose(form.style, "style_playful")
    choose(form.brand_kit, "brand_northwind")
    form.orientation.value = "portrait"
    form.start.click()
    assert form.panel is not None
    created = next(iter(fake.backend.sessions.values()))
    assert created.options == {
        "avatar_id": "look_tomas_outdoor",
        "voice_id": "voice_calm_es",
        "style_id": "style_playful",
        "orientation": "portrait",
        "brand_kit_id": "brand_northwind",
    }
    assert created.family == "chat" and created.mode == "chat"
    form.close()


def test_brand_kits_are_off_with_a_reason_for_the_sessions_family(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    choose(form.brand_kit, "brand_acme")
    form.family.value = "sessions"
    assert form.brand_kit.disabled and "chat mode" in form.brand_kit.note.value
    assert all(toggle.disabled for _card, toggle in form.brand_kit._cards.values())
    assert "Brand kit" not in form.preview.value
    form.prompt.value = "An interactive one"
    form.start.click()  # the interactive create has no brand_kit_id: the simulator would refuse one
    assert form.panel is not None and form.error.value == ""
    created = next(iter(fake.backend.sessions.values()))
    assert created.family == "sessions" and created.options["brand_kit_id"] is None
    form.close()


def test_the_counter_shows_near_the_limit_and_turns_red_over_it(
    wire: Wire, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    counter = form.prompt_field.counter
    form.prompt.value = "x" * 8_000
    assert counter.value == "" and not form.start.disabled
    form.prompt.value = "x" * 9_500
    assert "9,500 / 10,000" in counter.value and "hgw-over" not in counter.value
    assert not form.start.disabled and form.prompt_field.error.value == ""
    form.prompt.value = "x" * (MAX_TEXT + 25)
    assert "hgw-over" in counter.value and "25 over" in counter.value
    assert form.start.disabled and "shorten it to 10,000" in form.start.tooltip
    assert "shorten it to 10,000" in form.prompt_field.error.value
    assert 'class="hgw-error"' in form.prompt_field.error.value  # the panel's error style, by the box
    form.submit()  # even pressed from code, nothing is sent
    assert form.panel is None
    form.prompt.value = "x" * MAX_TEXT
    assert not form.start.disabled and form.prompt_field.error.value == ""
    form.close()


def test_an_empty_prompt_keeps_start_off_and_says_why(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    assert form.start.disabled and "The prompt is empty" in form.start.tooltip
    assert "The prompt is empty" in form.hint.value and form.prompt_field.error.value == ""  # not scolded yet
    form.prompt.value = "Something"
    assert not form.start.disabled and form.hint.value == ""
    form.prompt.value = "   "
    assert form.start.disabled and "The prompt is empty" in form.prompt_field.error.value
    form.submit()
    assert fake.backend.sessions == {} and form.prompt.value == "   "
    form.close()


def test_a_picker_that_cannot_load_says_so_beside_it_and_start_still_works(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    fake.inject("scope", "listAvatarLooks")
    fake.inject("scope", "listBrandKits")
    form = StartForm(connection, runner=inline, poller=poller)
    for picker, what in ((form.avatar, "avatars"), (form.brand_kit, "brand kits")):
        assert (
            f"Could not load the {what}" in picker.error.value and "You can still start" in picker.error.value
        )
        assert 'class="hgw-error"' in picker.error.value and len(picker.cards.children) == 1
    assert form.voice.error.value == "" and len(form.voice.cards.children) == 5
    assert form.error.value == ""  # Start's own line stays free for Start's own errors
    choose(form.voice, "voice_bright_en")
    form.prompt.value = "The agent picks the avatar"
    form.start.click()
    assert form.panel is not None
    created = next(iter(fake.backend.sessions.values()))
    assert created.options["voice_id"] == "voice_bright_en" and created.options["avatar_id"] is None
    form.close()


def test_the_form_shows_names_whole_and_thumbnails_small() -> None:
    # The measured defects: dropdowns clipped "Amira (office) (voice_warm_", previews were 256 px.
    css = STYLE[STYLE.index("/* The start form") :]
    sizes = [int(n) for n in re.findall(r"\.hgw-choice-img \{ width: (\d+)px; height: (\d+)px", css)[0]]
    assert all(48 <= n <= 96 for n in sizes)
    assert re.search(r"\.hgw-choice-name \{[^}]*white-space: normal", css)


def test_everything_the_cards_show_from_the_api_is_escaped(wire: Wire) -> None:
    hostile = Choice(
        "look_x",
        '<img src=x onerror="window.__pwned=1">',
        "javascript:alert(1)",
        '"><script>alert(2)</script>',
        colors=("#fff", "red;background:url(https://evil.example/x)", '"><b>'),
    )
    kinds: list[tuple[str, Kind]] = [("Avatar", "picture"), ("Voice", "voice"), ("Brand kit", "brand")]
    for title, kind in kinds:
        picker = ChoicePicker(title, kind, threading.RLock())
        picker.fill([hostile])
        face = picker.cards.children[1].children[0].value
        assert "<img src=x" not in face and "<script>" not in face and "javascript:" not in face
        assert "&lt;img src=x" in face
        assert "evil.example" not in face and "<b>" not in face
        close_tree(picker)
