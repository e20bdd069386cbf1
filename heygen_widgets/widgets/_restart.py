"""Start again: a new session with the same prompt, for a session that stopped moving."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heygen_widgets.errors import HeyGenError, InvalidParameterError
from heygen_widgets.session import Connection, Session
from heygen_widgets.session.validate import Mode


class Restart:
    """Knows what a new start needs: where to create it, the prompt, and the first start's options."""

    def __init__(
        self, connection: Connection | None, prompt: str | None, options: Mapping[str, Any] | None
    ) -> None:
        """``prompt`` is the one the session was created with, when the caller knows it."""
        self._connection = connection
        self._prompt = prompt
        self._options = {k: v for k, v in (options or {}).items() if k not in ("family", "mode")}

    def prompt_for(self, session: Session) -> str | None:
        """The prompt given, else the session's first message of yours."""
        if self._prompt:
            return self._prompt
        messages = session.last.messages if session.last is not None else ()
        return next((m.content for m in messages if m.role == "user" and m.content.strip()), None)

    def possible(self, session: Session) -> bool:
        """True when there is a connection to create on and a prompt to create with."""
        return self._connection is not None and self.prompt_for(session) is not None

    def run(self, session: Session, *, generate: bool) -> tuple[Session, str]:
        """Ask ``session`` to stop, create the new one; return it and the line that tells the user.

        A stop that fails does not prevent the new start (a hung session may refuse it); the
        line says so.

        Raises:
            InvalidParameterError: The panel has no connection or no prompt to start again with.
            HeyGenError: The new session could not be created.
        """
        prompt = self.prompt_for(session)
        if self._connection is None or prompt is None:
            raise InvalidParameterError(
                "This panel cannot start again: open it with session_panel(prompt) or "
                "SessionPanel(session, connection=..., prompt=...).",
                code="cannot_restart",
            )
        try:
            session.stop()
            stopped = "was asked to stop"
        except HeyGenError as error:
            stopped = f"could not be stopped ({error.message.rstrip('.')})"
        mode: Mode = "generate" if generate else "chat"
        created = self._connection.create(prompt, **self._options, family=session.family, mode=mode)
        self._prompt = prompt
        how = " (straight to video)" if generate else ""
        return created, (
            f"Started again{how} as session {created.session_id}; "
            f"the session that stopped moving ({session.session_id}) {stopped}."
        )
