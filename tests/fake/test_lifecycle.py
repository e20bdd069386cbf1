"""Full lifecycles of both families through the real generated client over loopback sockets."""

from __future__ import annotations

import httpx
from heygen_api import AuthenticatedClient
from heygen_api.api.video_agent import (
    create_video_agent_v3,
    get_video_agent_resource,
    get_video_agent_session,
    list_video_agent_session_videos,
    list_video_agent_sessions,
    send_video_agent_message,
    stop_video_agent_session,
)
from heygen_api.api.video_agent_sessions import (
    create_interactive_session,
    get_interactive_session,
    get_interactive_session_resources,
    send_interactive_session_message,
)
from heygen_api.api.videos import get_video_v3
from heygen_api.models import (
    CreateVideoAgentRequest,
    GetSessionResponse,
    InteractiveCreateSessionRequest,
    InteractiveGetSessionResponse,
    InteractiveSendMessageRequest,
    SendMessageRequest,
    SessionMessage,
    SessionMode,
    StopSessionRequest,
    VideoDetail,
)

from heygen_widgets.fake import FakeHeyGen

PROMPT = (
    "Create a 2-minute onboarding video for new engineering hires. "
    "Cover team culture, dev tools, and first-week checklist."
)
PNG = b"\x89PNG\r\n\x1a\n"
WEBM = bytes.fromhex("1A45DFA3")


def chat(client: AuthenticatedClient, session_id: str) -> GetSessionResponse:
    answer = get_video_agent_session.sync(session_id, client=client)
    assert answer is not None and hasattr(answer, "data") and isinstance(answer.data, GetSessionResponse)
    return answer.data


def interactive(client: AuthenticatedClient, session_id: str) -> InteractiveGetSessionResponse:
    answer = get_interactive_session.sync(session_id, client=client)
    assert (
        answer is not None
        and hasattr(answer, "data")
        and isinstance(answer.data, InteractiveGetSessionResponse)
    )
    return answer.data


def messages_of(state: GetSessionResponse | InteractiveGetSessionResponse) -> list[SessionMessage]:
    assert isinstance(state.messages, list)
    return state.messages


def video(client: AuthenticatedClient, video_id: str) -> VideoDetail:
    answer = get_video_v3.sync(video_id, client=client)
    assert answer is not None and hasattr(answer, "data") and isinstance(answer.data, VideoDetail)
    return answer.data


def start_chat(
    client: AuthenticatedClient, prompt: str = PROMPT, mode: SessionMode = SessionMode.CHAT
) -> str:
    created = create_video_agent_v3.sync(
        client=client, body=CreateVideoAgentRequest(prompt=prompt, mode=mode)
    )
    assert created is not None and hasattr(created, "data") and created.data
    assert created.data.status == "thinking"
    return created.data.session_id


def say(client: AuthenticatedClient, session_id: str, message: str) -> None:
    sent = send_video_agent_message.sync(session_id, client=client, body=SendMessageRequest(message=message))
    assert sent is not None and hasattr(sent, "data") and sent.data and sent.data.session_id == session_id


def test_chat_mode_review_revise_approve_complete(fake: FakeHeyGen, client: AuthenticatedClient) -> None:
    session_id = start_chat(client)
    assert chat(client, session_id).status == "thinking"
    fake.run_until_idle()

    draft = chat(client, session_id)
    assert (draft.status, draft.title) == ("reviewing", "Onboarding video for new engineering hires")
    newest = messages_of(draft)[0]  # newest first
    assert newest.role == "model" and "5 scenes" in newest.content
    storyboard = newest.resource_ids
    assert isinstance(storyboard, list) and len(storyboard) == 5

    resource = get_video_agent_resource.sync(session_id, storyboard[1], client=client)
    assert resource is not None and hasattr(resource, "data") and resource.data
    assert resource.data.resource_type == "image" and isinstance(resource.data.url, str)
    assert httpx.get(resource.data.url).content.startswith(PNG)  # media URLs need no key, like a CDN's

    say(client, session_id, "Looks great, but add a scene about code review before the checklist scene.")
    assert chat(client, session_id).status == "thinking"
    fake.run_until_idle()
    revised = chat(client, session_id)
    assert revised.status == "reviewing"
    assert 'You asked: "Looks great, but add a scene about code review' in messages_of(revised)[0].content
    ids = messages_of(revised)[0].resource_ids
    assert isinstance(ids, list) and len(ids) == 6
    assert [m.role for m in messages_of(revised)[:2]] == ["model", "user"]

    say(client, session_id, "Looks perfect, go ahead and generate the video.")
    rendering = chat(client, session_id)
    assert rendering.status == "generating" and isinstance(rendering.video_id, str)
    assert video(client, rendering.video_id).status == "processing"
    fake.run_until_idle()

    done = chat(client, session_id)
    assert (done.status, done.progress) == ("completed", 100)
    detail = video(client, rendering.video_id)
    assert detail.status == "completed" and isinstance(detail.video_url, str)
    assert httpx.get(detail.video_url).content.startswith(WEBM)
    part = httpx.get(detail.video_url, headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.content) == 100
    assert part.headers["content-range"].startswith("bytes 0-99/")

    listed = list_video_agent_session_videos.sync(session_id, client=client)
    assert listed is not None and hasattr(listed, "data") and isinstance(listed.data, list)
    assert [v.id for v in listed.data] == [rendering.video_id]
    sessions = list_video_agent_sessions.sync(client=client)
    assert sessions is not None and hasattr(sessions, "data") and isinstance(sessions.data, list)
    assert [s.session_id for s in sessions.data] == [session_id]


def test_sessions_family_review_revise_approve_complete(
    fake: FakeHeyGen, client: AuthenticatedClient
) -> None:
    created = create_interactive_session.sync(
        client=client, body=InteractiveCreateSessionRequest(prompt=PROMPT)
    )
    assert created is not None and hasattr(created, "data") and created.data
    session_id = created.data.session_id
    assert interactive(client, session_id).status == "processing"
    fake.run_until_idle()
    assert interactive(client, session_id).status == "reviewing"

    page = get_interactive_session_resources.sync(session_id, client=client, type_="image", limit=2)
    assert page is not None and hasattr(page, "data") and page.data
    assert isinstance(page.data.resources, list) and isinstance(page.data.next_cursor, str)
    assert len(page.data.resources) == 2
    seen = [r.resource_id for r in page.data.resources]
    while isinstance(page.data.next_cursor, str):
        page = get_interactive_session_resources.sync(
            session_id, client=client, type_="image", limit=2, token=page.data.next_cursor
        )
        assert page is not None and hasattr(page, "data") and page.data
        assert isinstance(page.data.resources, list)
        seen += [r.resource_id for r in page.data.resources]
    assert len(seen) == len(set(seen)) == 5

    revise = InteractiveSendMessageRequest(message="remove scene 2")
    assert send_interactive_session_message.sync(session_id, client=client, body=revise) is not None
    fake.run_until_idle()
    assert "I removed scene 2" in messages_of(interactive(client, session_id))[0].content

    approve = InteractiveSendMessageRequest(message="Looks great, generate it!", auto_proceed=True)
    assert send_interactive_session_message.sync(session_id, client=client, body=approve) is not None
    assert interactive(client, session_id).status == "generating"
    fake.run_until_idle()
    done = interactive(client, session_id)
    assert done.status == "completed" and isinstance(done.video_id, str)
    assert video(client, done.video_id).status == "completed"


def test_generate_mode_and_auto_proceed_skip_the_review(
    fake: FakeHeyGen, client: AuthenticatedClient
) -> None:
    one_shot = start_chat(client, "A 30-second teaser about our launch", SessionMode.GENERATE)
    created = create_interactive_session.sync(
        client=client, body=InteractiveCreateSessionRequest(prompt="A teaser", auto_proceed=True)
    )
    assert created is not None and hasattr(created, "data") and created.data
    fake.run_until_idle()
    assert chat(client, one_shot).status == "completed"
    assert interactive(client, created.data.session_id).status == "completed"
    statuses = [m.content for m in messages_of(chat(client, one_shot))]
    assert statuses[0] == "Your video is ready." and not any("shall I generate" in m for m in statuses)


def test_stop_while_drafting_keeps_the_scenes_made_so_far(
    fake: FakeHeyGen, client: AuthenticatedClient
) -> None:
    session_id = start_chat(client)
    fake.step(session_id, count=3)  # title and two scenes
    stopped = stop_video_agent_session.sync(session_id, client=client, body=StopSessionRequest())
    assert stopped is not None and hasattr(stopped, "data") and stopped.data
    assert chat(client, session_id).status == "thinking"  # halts at the next checkpoint, not at once
    fake.step(session_id)
    state = chat(client, session_id)
    assert state.status == "reviewing"
    assert messages_of(state)[0].content.startswith("Stopped at your request. I kept the 3 scene(s)")
    kept = messages_of(state)[0].resource_ids
    assert isinstance(kept, list) and len(kept) == 3
    assert fake.step(session_id) == 0  # nothing left to do


def test_stop_while_rendering_fails_the_video_and_returns_to_review(
    fake: FakeHeyGen, client: AuthenticatedClient
) -> None:
    session_id = start_chat(client)
    fake.run_until_idle()
    say(client, session_id, "approve")
    fake.step(session_id)
    stop_video_agent_session.sync(session_id, client=client, body=StopSessionRequest())
    fake.step(session_id)
    state = chat(client, session_id)
    assert state.status == "reviewing" and isinstance(state.video_id, str)
    detail = video(client, state.video_id)
    assert (detail.status, detail.failure_code) == ("failed", "stopped")


def test_a_prompt_can_make_a_session_fail(fake: FakeHeyGen, client: AuthenticatedClient) -> None:
    drafting = start_chat(client, "A video that breaks #fail")
    rendering = start_chat(client, "A video whose render breaks #fail-render")
    fake.run_until_idle()
    failed = chat(client, drafting)
    assert failed.status == "failed" and str(messages_of(failed)[0].type_) == "error"
    say(client, rendering, "go ahead")
    fake.run_until_idle()
    state = chat(client, rendering)
    assert state.status == "failed" and isinstance(state.video_id, str)
    detail = video(client, state.video_id)
    assert detail.status == "failed" and detail.failure_message == "The render failed: rendering failed."


def test_chat_mode_can_wait_for_input(fake: FakeHeyGen, client: AuthenticatedClient) -> None:
    session_id = start_chat(client, "A product tour #ask")
    fake.run_until_idle()
    assert chat(client, session_id).status == "waiting_for_input"
    say(client, session_id, "warm")
    fake.run_until_idle()
    assert chat(client, session_id).status == "reviewing"
