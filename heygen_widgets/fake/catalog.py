"""The fixed catalogue the simulated account sees: avatar looks, voices, styles and the user."""

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


def voices() -> list[dict[str, Any]]:
    """``AudioVoiceItem`` entries."""
    return [
        {
            "voice_id": voice_id,
            "name": name,
            "language": language,
            "gender": gender,
            "preview_audio_url": None,
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


def catalog_names() -> dict[str, str]:
    """Map each id that has a preview image to its display name."""
    return {**{a[0]: a[1] for a in AVATARS}, **{s[0]: s[1] for s in STYLES}}


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
