"""The fixed catalogue the simulated account sees: avatar looks, voices, styles, brand kits, the user."""

from __future__ import annotations

from typing import Any

AVATARS = (
    ("look_amira_office", "Amira (office)", "female", "voice_warm_en"),
    ("look_daniel_studio", "Daniel (studio)", "male", "voice_crisp_en"),
    ("look_priya_casual", "Priya (casual)", "female", "voice_bright_en"),
    ("look_tomas_outdoor", "Tomás (outdoor)", "male", "voice_calm_es"),
)
VOICES = (
    ("voice_warm_en", "Warm", "English", "female"),
    ("voice_crisp_en", "Crisp", "English", "male"),
    ("voice_bright_en", "Bright", "English", "female"),
    ("voice_calm_es", "Calma", "Spanish", "male"),
)
STYLES = (
    ("style_clean", "Clean corporate", ["business"], "16:9"),
    ("style_playful", "Playful explainer", ["education", "fun"], "16:9"),
    ("style_social", "Vertical social", ["social"], "9:16"),
)
BRAND_KITS = (
    ("brand_acme", "Acme Robotics", ["#0B5FFF", "#FFB800", "#1F2328"]),
    ("brand_northwind", "Northwind Café", ["#6B3E26", "#F4E1C1", "#2E7D32"]),
)


def avatar_looks(base: str) -> list[dict[str, Any]]:
    """``AvatarLookItem`` entries with preview images served by the simulator."""
    return [
        {
            "id": look_id,
            "name": name,
            "avatar_type": "studio_avatar",
            "group_id": look_id.rsplit("_", 1)[0],
            "preview_image_url": f"{base}/files/catalog/{look_id}.png",
            "preview_video_url": None,
            "gender": gender,
            "tags": ["simulator"],
            "default_voice_id": voice,
            "supported_api_engines": ["avatar_iv"],
            "image_width": 256,
            "image_height": 256,
            "preferred_orientation": "landscape",
        }
        for look_id, name, gender, voice in AVATARS
    ]


def voice_preview_url(base: str, voice_id: str) -> str:
    """Where the simulator serves the voice's preview (a short WAV, see ``audio``)."""
    return f"{base}/files/voices/{voice_id}.wav"


def voice_ids() -> frozenset[str]:
    """The ids of the account's voices."""
    return frozenset(v[0] for v in VOICES)


def voices(base: str) -> list[dict[str, Any]]:
    """``AudioVoiceItem`` entries with previews served by the simulator."""
    return [
        {
            "voice_id": voice_id,
            "name": name,
            "language": language,
            "gender": gender,
            "preview_audio_url": voice_preview_url(base, voice_id),
            "support_pause": True,
            "support_locale": False,
            "type": "public",
        }
        for voice_id, name, language, gender in VOICES
    ]


def styles(base: str) -> list[dict[str, Any]]:
    """``StyleItem`` entries with thumbnails served by the simulator."""
    return [
        {
            "style_id": style_id,
            "name": name,
            "thumbnail_url": f"{base}/files/catalog/{style_id}.png",
            "preview_video_url": None,
            "tags": tags,
            "aspect_ratio": ratio,
        }
        for style_id, name, tags, ratio in STYLES
    ]


def brand_kits(base: str) -> list[dict[str, Any]]:
    """``BrandKitItem`` entries with logos served by the simulator."""
    return [
        {
            "brand_kit_id": kit_id,
            "name": name,
            "logo_url": f"{base}/files/catalog/{kit_id}.png",
            "colors": list(colors),
        }
        for kit_id, name, colors in BRAND_KITS
    ]


def catalog_names() -> dict[str, str]:
    """Map each id that has a preview image (avatar, style, brand logo) to its display name."""
    return {
        **{a[0]: a[1] for a in AVATARS},
        **{s[0]: s[1] for s in STYLES},
        **{k[0]: k[1] for k in BRAND_KITS},
    }


def user() -> dict[str, Any]:
    """``UserInfoResponse`` of the simulated account."""
    return {
        "username": "simulator",
        "email": "simulator@localhost",
        "first_name": "Local",
        "last_name": "Simulator",
        "billing_type": None,
        "wallet": None,
        "subscription": None,
        "usage_based": None,
    }
