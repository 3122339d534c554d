"""Masking secrets in a recorded HTTP exchange before it is written (a cassette, a stored
request): by value for every credential the configuration or the request itself carries, and
by pattern for the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from summarizer.storage.redact import MASK, SECRET_HEADERS, mask_url, redact, url_secrets

# Headers whose value is a credential worth learning: wherever that value shows up again (an
# endpoint echoing the key in a 401 body or a header, a model repeating it), it is masked.
_CREDENTIAL_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "api-key",
        "x-api-key",
        "openai-organization",
        "openai-project",
    }
)


def _credential_values(value: str) -> list[str]:
    """The secret parts of a credential header's value: ``Bearer KEY`` gives KEY, ``Basic
    b64`` gives the decoded ``user:password`` and the password, anything else itself."""
    import base64
    import binascii

    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() == "bearer" and rest:
        return [rest.strip()]
    if scheme.lower() == "basic" and rest:
        try:
            decoded = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return [rest.strip()]
        return [rest.strip(), decoded, decoded.partition(":")[2]]
    return [value.strip()]


class Scrubber:
    """VCR's ``before_record_request`` and ``before_record_response`` hooks for one session,
    masking secrets by value everywhere before anything is written.

    Pattern matching alone (``sk-...``) misses a key of another shape, and dropping the
    Authorization header misses the key where an endpoint echoes it: a 401 body ("Incorrect API
    key provided: ..."), a response header, the model's own answer. So the scrubber knows the
    configured secrets (the key, a base URL's password) and learns every credential a request
    carries (its Authorization, api-key, organisation and project headers, userinfo in its
    URL) before it drops those headers; every value of every remaining header and every body,
    request and response, is then masked by value (raw and JSON-escaped) and by pattern."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self.secrets: set[str] = set()
        for secret in secrets:
            self.learn(secret)

    def learn(self, secret: str | None) -> None:
        if not secret or len(secret.strip()) < 4:  # too short to mask without mangling text
            return
        secret = secret.strip()
        self.secrets.add(secret)
        escaped = json.dumps(secret)[1:-1]
        if escaped != secret:
            self.secrets.add(escaped)

    def _known(self) -> list[str]:
        return sorted(self.secrets, key=len, reverse=True)  # longest first: no partial leftovers

    def text(self, text: str) -> str:
        return mask_url(redact(text, self._known()))

    def data(self, data: bytes | str) -> bytes | str:
        """A body, masked; bytes stay bytes (a body that is not UTF-8 is masked bytewise)."""
        if isinstance(data, str):
            return self.text(data)
        try:
            return self.text(data.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            for secret in self._known():
                data = data.replace(secret.encode("utf-8"), MASK.encode())
            return data

    def request(self, request: Any) -> Any:
        """Drop credential headers (after learning their values) and the SDK's
        machine-specific ``x-stainless-*`` noise, so re-recording on another machine gives the
        same file; mask secrets in the URI, the other headers and the body."""
        for secret in url_secrets(request.uri):
            self.learn(secret)
        for key in list(request.headers):
            lowered = key.lower()
            if lowered in _CREDENTIAL_HEADERS:
                values = request.headers[key]
                for value in values if isinstance(values, list) else [values]:
                    for secret in _credential_values(str(value)):
                        self.learn(secret)
            if lowered in SECRET_HEADERS or lowered.startswith("x-stainless"):
                del request.headers[key]
        for key in list(request.headers):
            value = request.headers[key]
            request.headers[key] = (
                [self.text(str(v)) for v in value]
                if isinstance(value, list)
                else self.text(str(value))
            )
        request.uri = self.text(request.uri)
        if request.body:
            body = request.body.decode() if isinstance(request.body, bytes) else request.body
            request.body = self.text(body).encode()
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Drop cookies and org/project headers; mask secrets in every other header value and
        in the body."""
        headers = response.get("headers", {})
        for key in list(headers):
            if key.lower() in SECRET_HEADERS:
                del headers[key]
                continue
            value = headers[key]
            headers[key] = (
                [self.text(str(v)) for v in value]
                if isinstance(value, list)
                else self.text(str(value))
            )
        body = response.get("body")
        if isinstance(body, dict) and body.get("string"):
            body["string"] = self.data(body["string"])
        return response


def scrub_request(request: Any) -> Any:
    """A :class:`Scrubber`'s request hook with no configured secrets (it still learns the
    request's own credentials); prefer a session's scrubber, which knows the configuration."""
    return Scrubber().request(request)


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """A :class:`Scrubber`'s response hook with no configured secrets: patterns and secret
    headers only. A session's scrubber also masks the key it saw in the request by value."""
    return Scrubber().response(response)
