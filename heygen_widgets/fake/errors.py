"""HeyGen's error envelope: ``{"error": {"code", "message", "param", "doc_url"}}``."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error the simulator answers with, in HeyGen's envelope."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Build the error; ``retry_after`` becomes a ``Retry-After`` header."""
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param
        self.retry_after = retry_after

    def body(self, *, code_only: bool = False) -> dict[str, Any]:
        """The JSON body HeyGen sends (``code_only``: the terse kind some HeyGen answers have)."""
        if code_only:
            return {"error": {"code": self.code}}
        return {"error": {"code": self.code, "message": self.message, "param": self.param, "doc_url": None}}


def invalid(param: str, message: str) -> ApiError:
    """A 400 ``invalid_parameter`` naming the field at fault."""
    return ApiError(400, "invalid_parameter", message, param=param)


def not_found(what: str = "Session") -> ApiError:
    """A 404 ``not_found``."""
    return ApiError(404, "not_found", f"{what} not found.")


def unauthenticated() -> ApiError:
    """A 401 ``authentication_failed``."""
    return ApiError(401, "authentication_failed", "Invalid or expired API key. Verify your x-api-key header.")


def rate_limited(retry_after: int, message: str | None = None) -> ApiError:
    """A 429 ``rate_limit_exceeded`` with ``Retry-After``."""
    text = message or "Too many requests. Retry after the duration specified in the Retry-After header."
    return ApiError(429, "rate_limit_exceeded", text, retry_after=retry_after)


def missing_scope(scope: str) -> ApiError:
    """A 403 ``insufficient_api_key_scope``; ``param`` names the missing scope too."""
    return ApiError(
        403,
        "insufficient_api_key_scope",
        f"This API key lacks the '{scope}' scope this request needs; create a key with it.",
        param=scope,
    )


def insufficient_credit(balance: float, price: float) -> ApiError:
    """A 402 ``insufficient_credit``, as HeyGen documents it: the wallet cannot pay for a video."""
    return ApiError(
        402,
        "insufficient_credit",
        f"Insufficient API credits: ${balance:,.2f} left, and this video costs at least ${price:,.2f}. "
        "Purchase additional API credits to generate video.",
    )
