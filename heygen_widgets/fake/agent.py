"""The scripted agent: drafts a storyboard from a prompt and revises it from feedback.

No model is involved: the same prompt always gives the same title and scenes, and feedback is
read with a few patterns ("add a scene about X [before Y]", "remove scene N", "shorter",
approvals). Feedback that names scenes first ("Scene 3, Dev tools: make it shorter", as the
panel sends it) is about those scenes only: they are trimmed, removed, or reworded. Anything
else is acknowledged and quoted back without a structural change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

MIN_SCENES, MAX_SCENES = 3, 6

_APPROVE = re.compile(
    r"\b(approve[sd]?|looks (?:great|good|perfect|fine)|go ahead|generate|lgtm|ship it|render it)\b", re.I
)
_ADD = re.compile(
    r"\badd (?:a |another |one more )?scene (?:about|on|covering|for) (?P<topic>.+?)"
    r"(?: (?:before|ahead of) (?:the )?(?P<before>.+?)(?: scene)?)?\s*[.!]*$",
    re.I,
)
_REMOVE = re.compile(r"\b(?:remove|drop|delete|cut) scene (?P<number>\d+)\b", re.I)
_SHORTER = re.compile(r"\b(shorter|trim|too long|tighten)\b", re.I)
_TOPIC_LEAD = re.compile(r"^(?:cover(?:ing)?|about|on|include|including|explain|show)\s+", re.I)
_FILLERS = ("The challenge", "How it works", "Why it matters")
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|;\s*")
_NAMED = re.compile(r"^\s*scenes? \d+", re.I)  # feedback that starts by naming scenes
_NUMBER = re.compile(r"\bscenes? (\d+)\b", re.I)
_DROP = re.compile(r"\b(remove|drop|delete|cut)\b", re.I)
WORDS_PER_SECOND = 2.5  # a calm narration pace


@dataclass(frozen=True)
class Scene:
    """One storyboard scene."""

    heading: str
    narration: str

    @property
    def duration(self) -> float:
        """Seconds the scene runs: its narration at a calm pace, plus a breath, at least 3."""
        return round(max(3.0, len(self.narration.split()) / WORDS_PER_SECOND + 1.0), 1)


@dataclass(frozen=True)
class Reply:
    """The agent's answer to a message: the new storyboard (or None) and what it says."""

    scenes: tuple[Scene, ...] | None
    text: str
    approve: bool = False


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .!?\"'")


def _title_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_for(prompt: str) -> str:
    """A short title drafted from the prompt's first sentence."""
    first = re.split(r"(?<=[.!?])\s", prompt.strip(), maxsplit=1)[0]
    first = re.sub(r"^(?:please\s+)?(?:create|make|produce|generate)\s+(?:an?\s+)?", "", first, flags=re.I)
    first = re.sub(r"^\d+[- ](?:second|minute)s?\s+", "", first, flags=re.I)
    words = _clean(first).split()
    return _title_case(" ".join(words[:7])) or "Untitled video"


def _topics(prompt: str) -> list[str]:
    """Topics listed after the first sentence, or after "about"/"covering" in a single one."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", prompt.strip()) if s]
    if len(sentences) == 1:
        match = re.search(r"\b(?:about|covering|on)\s+(.+)$", sentences[0], re.I)
        sentences = ["", match[1]] if match else []
    topics: list[str] = []
    for sentence in sentences[1:]:
        body = _TOPIC_LEAD.sub("", _clean(sentence))
        topics += [_clean(part) for part in _SPLIT.split(body) if _clean(part)]
    return [_title_case(t) for t in topics]


def _narrate(heading: str, title: str) -> str:
    return f"{heading}: what it means for {title.lower()}, in a few clear sentences."


def draft(prompt: str) -> tuple[str, tuple[Scene, ...]]:
    """Title and 3-6 scenes for a prompt: an opening, one scene per topic, a wrap-up."""
    title = title_for(prompt)
    topics = _topics(prompt)[: MAX_SCENES - 2]
    headings = ["Welcome", *topics, "Wrap-up"]
    for filler in _FILLERS:
        if len(headings) > MIN_SCENES:
            break
        headings.insert(-1, filler)
    return title, tuple(Scene(h, _narrate(h, title)) for h in headings)


def _find(scenes: tuple[Scene, ...], name: str) -> int | None:
    words = {w for w in re.findall(r"\w+", name.lower()) if len(w) > 2}
    for index, scene in enumerate(scenes):
        if words & set(re.findall(r"\w+", scene.heading.lower())):
            return index
    return None


def _add(scenes: tuple[Scene, ...], topic: str, before: str | None, title: str) -> Reply:
    heading = _title_case(_clean(topic))
    if len(scenes) >= MAX_SCENES + 2:
        return Reply(None, f"The storyboard already has {len(scenes)} scenes; remove one first.")
    at = _find(scenes, before) if before else None
    at = at if at is not None else max(len(scenes) - 1, 0)
    new = (*scenes[:at], Scene(heading, _narrate(heading, title)), *scenes[at:])
    where = f'before "{scenes[at].heading}"' if at < len(scenes) else "at the end"
    return Reply(
        new, f'I added scene {at + 1}, "{heading}", {where}. The storyboard now has {len(new)} scenes.'
    )


def _remove(scenes: tuple[Scene, ...], number: int) -> Reply:
    if not 1 <= number <= len(scenes):
        return Reply(None, f"There is no scene {number}; the storyboard has scenes 1 to {len(scenes)}.")
    if len(scenes) <= 1:
        return Reply(None, "A video needs at least one scene, so I kept it.")
    gone = scenes[number - 1]
    new = scenes[: number - 1] + scenes[number:]
    return Reply(
        new, f'I removed scene {number}, "{gone.heading}". The storyboard now has {len(new)} scenes.'
    )


def _shorter(scenes: tuple[Scene, ...]) -> Reply:
    trimmed = tuple(replace(s, narration=s.narration.split(":")[0] + ".") for s in scenes)
    if len(trimmed) > MIN_SCENES:
        cut = len(trimmed) - 2
        text = f'I trimmed every narration and dropped scene {cut + 1}, "{trimmed[cut].heading}".'
        trimmed = trimmed[:cut] + trimmed[cut + 1 :]
    else:
        text = "I trimmed every narration to a single line."
    return Reply(trimmed, text + f" The storyboard now has {len(trimmed)} scenes.")


def _named(message: str, count: int) -> tuple[list[int], str] | None:
    """The scene numbers (from 0) a message names before its ":", and what it asks of them."""
    if not _NAMED.match(message) or ": " not in message:
        return None
    names, ask = message.split(": ", 1)
    numbers = sorted({int(n) - 1 for n in _NUMBER.findall(names)})
    return ([n for n in numbers if 0 <= n < count], ask) if numbers else None


def _about(scenes: tuple[Scene, ...], numbers: list[int], ask: str) -> Reply | None:
    """Feedback for the named scenes only; None when it is a structural ask (add, remove scene N)."""
    if _ADD.search(ask.strip()) or _REMOVE.search(ask):
        return None
    if not numbers:
        return Reply(None, f"The storyboard has scenes 1 to {len(scenes)}; which one did you mean?")
    names = ", ".join(f'scene {n + 1}, "{scenes[n].heading}"' for n in numbers)
    if _DROP.search(ask):
        if len(numbers) >= len(scenes):
            return Reply(None, "A video needs at least one scene, so I kept them.")
        new = tuple(s for i, s in enumerate(scenes) if i not in numbers)
        return Reply(new, f"I removed {names}. The storyboard now has {len(new)} scenes.")
    if _SHORTER.search(ask):
        new = tuple(
            replace(s, narration=s.narration.split(":")[0] + ".") if i in numbers else s
            for i, s in enumerate(scenes)
        )
        return Reply(new, f"I trimmed the narration of {names}.")
    wish = _clean(ask)[:160]
    new = tuple(
        replace(s, narration=f"{s.heading}, reworked as you asked ({wish}).") if i in numbers else s
        for i, s in enumerate(scenes)
    )
    return Reply(new, f"I reworded {names}.")


def respond(message: str, scenes: tuple[Scene, ...], title: str) -> Reply:
    """Read one message from the user and decide what changes."""
    quoted = f'You asked: "{_clean(message)[:200]}". '
    named = _named(message, len(scenes))
    if named is not None and (about := _about(scenes, *named)) is not None:
        reply = about
    elif match := _ADD.search(message.strip()):
        reply = _add(scenes, match["topic"], match["before"], title)
    elif match := _REMOVE.search(message):
        reply = _remove(scenes, int(match["number"]))
    elif _SHORTER.search(message):
        reply = _shorter(scenes)
    elif _APPROVE.search(message):
        return Reply(None, quoted + "Great, rendering the video now.", approve=True)
    else:
        reply = Reply(None, "Noted; the storyboard stays as it is.")
    return Reply(reply.scenes, quoted + reply.text + " Approve it when you are happy, or send more feedback.")
