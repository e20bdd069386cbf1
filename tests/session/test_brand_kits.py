"""`Connection.brand_kits()` lists the workspace's brand kits; `create(brand_kit_id=...)` applies one."""

from __future__ import annotations

import pytest

from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Choice, Connection


def test_brand_kits_are_choices_with_logo_and_colours(connection: Connection, fake: FakeHeyGen) -> None:
    kits = connection.brand_kits()
    assert [k.name for k in kits] == ["Acme Robotics", "Northwind Café"]
    acme = kits[0]
    assert isinstance(acme, Choice) and acme.id == "brand_acme"
    assert acme.preview_url == f"{fake.url}/files/catalog/brand_acme.png"
    assert acme.colors == ("#0B5FFF", "#FFB800", "#1F2328")


def test_voices_carry_their_preview_audio(connection: Connection, fake: FakeHeyGen) -> None:
    warm = next(v for v in connection.voices() if v.id == "voice_warm_en")
    assert warm.preview_url == f"{fake.url}/files/voices/voice_warm_en.wav"


def test_create_passes_the_brand_kit_in_chat_mode(connection: Connection, fake: FakeHeyGen) -> None:
    session = connection.create("On brand, please", brand_kit_id="brand_northwind")
    assert fake.backend.sessions[session.session_id].options["brand_kit_id"] == "brand_northwind"


def test_a_brand_kit_for_the_sessions_family_is_refused_before_sending(
    connection: Connection, fake: FakeHeyGen
) -> None:
    with pytest.raises(InvalidParameterError, match="chat mode only") as caught:
        connection.create("On brand, please", family="sessions", brand_kit_id="brand_acme")
    assert caught.value.param == "brand_kit_id" and fake.backend.sessions == {}
