"""The agent's work as queues of stages, and how time or steps move them on.

A session's ``run`` is a queue of `Stage`s. Each completed stage is a checkpoint: its action is
applied (so partial results are kept), then a pending stop request halts the run there. In timed
mode a stage completes once its duration has passed; in step mode only ``advance_one`` completes
one.
"""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.fake.agent import Reply, Scene, draft
from heygen_widgets.fake.clock import Clock
from heygen_widgets.fake.model import Phase, Resource, Session, Stage, Video, new_id

# Quirks the realistic profile gives a session (`Session.quirks`).
STICKS = {"sticks_drafting": Phase.DRAFTING, "sticks_rendering": Phase.RENDERING}  # stuck after a stage
STUCK = "stuck"  # no longer moves (a stop or a fail still ends it)
UNASKED_RENDER = "unasked_render"  # chat mode: renders without waiting for review
LOST_WHILE_RENDERING = "lost_while_rendering"  # its session endpoint answers 404 while rendering

FAIL_MARK = "#fail"
FAIL_RENDER_MARK = "#fail-render"
ASK_MARK = "#ask"
RENDER_STEPS = 5


class Work:
    """Builds and advances runs for one simulator; renders are stored in ``videos``."""

    def __init__(
        self,
        clock: Clock,
        videos: dict[str, Video],
        render_seconds: float | Callable[[], float] = 7.0,
        charge: Callable[[Session], bool] | None = None,
    ) -> None:
        """Stage durations are read on ``clock``'s scale; a render takes ``render_seconds`` of it.

        ``render_seconds`` may be a function, called for each render (the realistic profile's draw).
        ``charge(session)`` pays for a render as it starts; when it returns False the render fails.
        """
        self.clock = clock
        self.epoch = clock.epoch
        self.videos = videos
        self.render_seconds = render_seconds
        self.charge = charge or (lambda session: True)

    # -- building runs ------------------------------------------------------------------------

    def start_draft(self, session: Session) -> None:
        """Queue the first draft: title, one stage per scene, then review (or straight to render)."""
        title, scenes = draft(session.prompt)
        stages = [Stage(Phase.DRAFTING, 8, 1.0, "titled", (title,))]
        if FAIL_MARK in session.prompt and FAIL_RENDER_MARK not in session.prompt:
            stages.append(Stage(Phase.DRAFTING, 12, 1.0, "fail", ("the prompt asked to fail",)))
        if ASK_MARK in session.prompt and session.mode == "chat":
            stages.append(Stage(Phase.DRAFTING, 10, 0.5, "ask"))
        stages += self._scene_stages(scenes, start=10, end=40)
        stages.append(Stage(Phase.DRAFTING, 45, 0.5, "present"))
        self._queue(session, stages)

    def start_revision(self, session: Session, reply: Reply) -> None:
        """Queue a revision: apply the agent's reply, then present the storyboard again."""
        if not session.scenes and reply.scenes is None:
            self.start_draft(session)
            return
        self._queue(
            session, [Stage(Phase.DRAFTING, 30, 1.0), Stage(Phase.DRAFTING, 45, 0.5, "revised", (reply,))]
        )

    def start_render(self, session: Session) -> None:
        """Queue a render: a video appears at once, progress rises, then it completes."""
        video = Video(new_id("vid"), session.id, session.title or "Untitled video", self.epoch())
        self.videos[video.id] = video
        session.video_ids.append(video.id)
        if not self.charge(session):  # the account cannot pay for it: the render fails at once
            self.fail(session, "the account has run out of credits", render=True)
            video.failure_code = "insufficient_credit"
            return
        session.phase, session.progress = Phase.RENDERING, 50
        fail_at = RENDER_STEPS // 2 if FAIL_RENDER_MARK in session.prompt else -1
        length = self.render_seconds() if callable(self.render_seconds) else self.render_seconds
        step = length / (RENDER_STEPS + 1)
        stages = [
            Stage(
                Phase.RENDERING,
                50 + 45 * (i + 1) // RENDER_STEPS,
                step,
                "render_failed" if i == fail_at else None,
            )
            for i in range(RENDER_STEPS)
        ]
        stages.append(Stage(Phase.RENDERING, 100, step, "finish_render"))
        self._queue(session, stages, phase=Phase.RENDERING)

    # -- advancing ----------------------------------------------------------------------------

    def catch_up(self, session: Session, now: float) -> None:
        """Timed mode: complete every stage whose time has come (a stage lasts duration / speed)."""
        speed = float(getattr(self.clock, "speed", 1.0))
        while session.run and now >= session.stage_started + session.run[0].duration / speed:
            started = session.stage_started + session.run[0].duration / speed
            if not self.advance_one(session):
                break
            session.stage_started = max(started, session.stage_started)

    def advance_one(self, session: Session) -> bool:
        """Complete the current stage; return False when there was nothing to do."""
        if not session.run or session.phase == Phase.QUESTION or STUCK in session.quirks:
            return False
        if UNASKED_RENDER in session.quirks and session.run[0].action == "present":
            session.quirks -= {UNASKED_RENDER}
            session.auto_proceed = True  # chat mode that renders without waiting for review
        stage = session.run.popleft()
        session.progress = max(session.progress, stage.progress)
        if stage.action is not None:
            getattr(self, "_" + stage.action)(session, *stage.args)
        for quirk, phase in STICKS.items():
            if quirk in session.quirks and session.phase == phase:
                session.quirks = (session.quirks - {quirk}) | {STUCK}  # stays in this status for good
        self._checkpoint(session)
        return True

    def _checkpoint(self, session: Session) -> None:
        """After a stage: end a failed run, honour a stop request, or move to the next stage's phase."""
        if session.phase == Phase.FAILED:
            session.run.clear()
        elif session.stop_requested:
            self._halt(session)
        elif session.run and session.phase != Phase.QUESTION:
            session.phase = session.run[0].phase

    def resume(self, session: Session) -> None:
        """Continue a run that paused for the user's answer."""
        session.phase = session.run[0].phase if session.run else Phase.REVIEW
        session.stage_started = self.clock.now()

    def stop(self, session: Session) -> None:
        """Ask the run to halt at its next checkpoint (at once when it waits for an answer)."""
        if session.phase == Phase.QUESTION:
            self._halt(session)
        elif session.run:
            session.stop_requested = True
            session.quirks -= {STUCK}  # a stuck job still obeys a stop

    def fail(self, session: Session, reason: str, *, render: bool = False) -> None:
        """End the session as failed, with an error message (and a failed video when rendering)."""
        session.phase = Phase.FAILED
        session.run.clear()
        session.quirks -= {STUCK}
        session.say(f"Sorry, I could not finish this video: {reason}.", self.epoch(), kind="error")
        if render and session.video_id:
            video = self.videos[session.video_id]
            video.status, video.failure_code = "failed", "render_failed"
            video.failure_message = f"The render failed: {reason}."

    # -- stage actions ------------------------------------------------------------------------

    def _queue(self, session: Session, stages: list[Stage], phase: Phase = Phase.DRAFTING) -> None:
        session.run.clear()
        session.run.extend(stages)
        session.phase = phase
        session.stop_requested = False
        session.stage_started = self.clock.now()

    def _scene_stages(self, scenes: tuple[Scene, ...], start: int, end: int) -> list[Stage]:
        step = (end - start) / len(scenes)
        return [
            Stage(Phase.DRAFTING, int(start + step * (i + 1)), 0.7, "add_scene", (scene,))
            for i, scene in enumerate(scenes)
        ]

    def _titled(self, session: Session, title: str) -> None:
        session.title = title
        session.say(f'Working on "{title}": drafting a script and a storyboard.', self.epoch())

    def _fail(self, session: Session, reason: str) -> None:
        self.fail(session, reason)

    def _render_failed(self, session: Session) -> None:
        self.fail(session, "rendering failed", render=True)

    def _revised(self, session: Session, reply: Reply) -> None:
        if reply.scenes is not None:
            self._replace_storyboard(session, reply.scenes)
        session.say(reply.text, self.epoch(), resource_ids=list(session.storyboard) or None)
        session.phase = Phase.REVIEW

    def _add_scene(self, session: Session, scene: Scene) -> None:
        session.scenes = (*session.scenes, scene)
        session.storyboard.append(self._scene_resource(session, scene, len(session.scenes)).id)

    def _scene_resource(self, session: Session, scene: Scene, number: int) -> Resource:
        resource = Resource(
            new_id("res"),
            session.id,
            "image",
            "generated",
            self.epoch(),
            metadata={
                "scene": number,
                "heading": scene.heading,
                "narration": scene.narration,
                "duration": scene.duration,
            },
            scene=scene,
            number=number,
        )
        session.resources[resource.id] = resource
        return resource

    def _replace_storyboard(self, session: Session, scenes: tuple[Scene, ...]) -> None:
        session.scenes = ()
        session.storyboard = []
        for scene in scenes:
            self._add_scene(session, scene)

    def _ask(self, session: Session) -> None:
        session.say("Which voice should narrate: warm, crisp or energetic?", self.epoch())
        session.phase = Phase.QUESTION  # the remaining stages wait for the answer

    def _present(self, session: Session) -> None:
        count = len(session.scenes)
        text = f"I've drafted a storyboard with {count} scenes: " + ", ".join(
            f"{i + 1}. {scene.heading}" for i, scene in enumerate(session.scenes)
        )
        if session.auto_proceed or session.mode == "generate":
            session.say(text + ". Rendering it now.", self.epoch(), resource_ids=list(session.storyboard))
            self.start_render(session)
            return
        session.say(
            text + ". Would you like any changes, or shall I generate the video?",
            self.epoch(),
            resource_ids=list(session.storyboard),
        )
        session.phase = Phase.REVIEW

    def _finish_render(self, session: Session) -> None:
        video = self.videos[session.video_ids[-1]]
        video.status, video.completed_at = "completed", self.epoch()
        resource = Resource(
            new_id("res"), session.id, "video", "generated", self.epoch(), metadata={"video_id": video.id}
        )
        session.resources[resource.id] = resource
        session.say("Your video is ready.", self.epoch(), resource_ids=[resource.id])
        session.phase = Phase.DONE

    def _halt(self, session: Session) -> None:
        session.stop_requested = False
        rendering = session.phase == Phase.RENDERING or (
            session.run and session.run[0].phase == Phase.RENDERING
        )
        session.run.clear()
        if rendering and session.video_id:
            video = self.videos[session.video_id]
            video.status, video.failure_code = "failed", "stopped"
            video.failure_message = "The render was stopped at the user's request."
        kept = len(session.scenes)
        session.say(
            f"Stopped at your request. I kept the {kept} scene(s) drafted so far; "
            "send a message to continue.",
            self.epoch(),
            resource_ids=list(session.storyboard) or None,
        )
        session.phase = Phase.REVIEW
