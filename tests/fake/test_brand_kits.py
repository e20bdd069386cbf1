"""The simulator's brand kits (GET /v3/brand-kits) and voice previews, checked against the spec."""

from __future__ import annotations

import io
import wave

import httpx
import pytest
from heygen_api import AuthenticatedClient
from heygen_api.api.brand import list_brand_kits
from heygen_api.api.voices import list_voices_v3
from heygen_api.models.list_brand_kits_response_200 import ListBrandKitsResponse200

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.audio import tone_wav


def test_brand_kits_list_pages_like_the_spec_says(client: AuthenticatedClient, fake: FakeHeyGen) -> None:
    first = list_brand_kits.sync(client=client, limit=1)  # the client's hook checks the answer's schema
    assert isinstance(first, ListBrandKitsResponse200)
    assert first.has_more is True and isinstance(first.next_token, str)
    rest = list_brand_kits.sync(client=client, limit=1, token=first.next_token)
    assert isinstance(rest, ListBrandKitsResponse200) and rest.has_more is False
    kits = [*first.data, *rest.data]  # type: ignore[misc]
    assert [k.name for k in kits] == ["Acme Robotics", "Northwind Café"]
    assert all(c.startswith("#") and len(c) == 7 for k in kits for c in k.colors)
    assert all(str(k.logo_url).startswith(f"{fake.url}/files/catalog/") for k in kits)


def test_brand_kit_logos_are_real_pictures(client: AuthenticatedClient, http: httpx.Client) -> None:
    answer = list_brand_kits.sync(client=client)
    assert isinstance(answer, ListBrandKitsResponse200)
    for kit in answer.data:  # type: ignore[union-attr]
        logo = httpx.get(str(kit.logo_url))  # public, like HeyGen's CDN: no key
        assert logo.status_code == 200 and logo.headers["content-type"] == "image/png"
        assert logo.content.startswith(b"\x89PNG")


def test_brand_kits_need_a_key_and_a_sane_limit(fake: FakeHeyGen, http: httpx.Client) -> None:
    assert httpx.get(f"{fake.url}/v3/brand-kits").status_code == 401
    assert http.get("/v3/brand-kits", params={"limit": 101}).status_code == 400


def test_each_voice_has_a_playable_preview(client: AuthenticatedClient) -> None:
    answer = list_voices_v3.sync(client=client)
    urls = [str(v.preview_audio_url) for v in answer.data]  # type: ignore[union-attr]
    assert len(set(urls)) == len(urls) == 4
    for url in urls:
        preview = httpx.get(url)
        assert preview.status_code == 200 and preview.headers["content-type"] == "audio/wav"
        with wave.open(io.BytesIO(preview.content)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and 0.3 < seconds < 2
        assert len(preview.content) < 20_000  # tiny: a picker loads four of them at most


@pytest.mark.parametrize("name", ["voice_nobody.wav", "voice_warm_en.mp3", "..%2Fsecret.wav"])
def test_an_unknown_preview_is_a_404(fake: FakeHeyGen, name: str) -> None:
    assert httpx.get(f"{fake.url}/files/voices/{name}").status_code == 404


def test_the_tone_is_the_same_for_a_voice_and_differs_between_voices() -> None:
    assert tone_wav("voice_warm_en") == tone_wav("voice_warm_en")
    assert tone_wav("voice_warm_en") != tone_wav("voice_crisp_en")


def test_a_create_with_a_brand_kit_is_accepted_and_kept(fake: FakeHeyGen, http: httpx.Client) -> None:
    answer = http.post("/v3/video-agents", json={"prompt": "On brand", "brand_kit_id": "brand_acme"})
    assert answer.status_code == 200
    session = fake.backend.sessions[answer.json()["data"]["session_id"]]
    assert session.options["brand_kit_id"] == "brand_acme"
