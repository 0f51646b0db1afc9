"""The routes that take an article: `POST /api/analyze` analyzes it and stores nothing;
`POST /api/articles` analyzes and stores it, for a caller with the configured bearer token.

A body is read only up to the settings' `max_article_bytes`. Analyses run one at a time in
a thread of their own, so the event loop and the pages stay responsive while one runs (more
at once would share one interpreter lock and finish no sooner); the settings'
`analyses_waiting` more wait their turn, and beyond that a request is told to come back.
The pages' store refuses writes: storing opens a writable store over the same database
for that one write.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from eventwire.ingest import analysis_failure
from eventwire.pipeline import analyze, to_article
from eventwire.records import Analysis, Article
from eventwire.settings import Settings
from eventwire.store.database import ArticleRejected, Store, StoreError

BUSY = "busy with other articles; try again shortly"
RETRY_AFTER_SECONDS = 5
"""What a refused analysis is told, here and in `serve --workers N`'s front."""

FIELDS = ("text", "published", "outlet")
"""The members of a JSON body: the text (headline on its first line) and two optional ones."""

JSON_TYPES = ("application/json",)
TEXT_TYPES = ("", "text/plain")

Result = TypeVar("Result")


class Refused(Exception):
    """A request refused with `status_code` and a message saying why."""

    def __init__(self, status_code: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers


async def read_body(request: Request, limit: int) -> bytes:
    """The body, read no further than `limit` bytes (413 past them)."""
    too_large = Refused(
        413,
        f"the body is over {limit:,} bytes, the limit for one article "
        "(max_article_bytes in the server's settings)",
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def json_fields(body: bytes) -> dict[str, Any]:
    try:
        given = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise Refused(422, f"the body is not JSON ({error})") from None
    if not isinstance(given, dict):
        raise Refused(422, 'the body must be a JSON object: {"text": "...", ...}')
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise Refused(422, f"unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})")
    for name in FIELDS:
        if given.get(name) is not None and not isinstance(given[name], str):
            raise Refused(422, f"{name}: expected a string, not {type(given[name]).__name__}")
    return given


def text_fields(body: bytes, query: Mapping[str, str]) -> dict[str, Any]:
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Refused(422, f"the body is not UTF-8 text ({error})") from None
    return {"text": text, "published": query.get("published"), "outlet": query.get("outlet")}


def submitted_fields(body: bytes, content_type: str, query: Mapping[str, str]) -> dict[str, Any]:
    """What a request sends: a JSON object of `FIELDS`, or plain UTF-8 text (then
    `published` and `outlet` come from the query string)."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type in JSON_TYPES:
        fields = json_fields(body)
    elif media_type in TEXT_TYPES:
        fields = text_fields(body, query)
    else:
        raise Refused(415, f"send application/json or text/plain, not {media_type}")
    if not (fields.get("text") or "").strip():
        raise Refused(422, "text: empty; send the article's text, headline on the first line")
    return fields


def article_of(fields: Mapping[str, Any]) -> Article:
    try:
        return to_article(fields["text"], fields.get("published"), fields.get("outlet"))
    except ValueError as error:
        raise Refused(422, str(error)) from None


def bearer_matches(authorization: str | None, token: str) -> bool:
    """Whether the Authorization header carries `token`, compared in constant time."""
    scheme, _, given = (authorization or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("utf-8"), token.encode("utf-8")
    )


def writable_twin(store: Store) -> Store:
    """A store over the same database as `store` whose connections may write."""
    return Store(store.engine.url.render_as_string(hide_password=False), create=False)


def add_submit_routes(app: FastAPI, store: Store, settings: Settings) -> None:
    """Add `POST /api/analyze` and `POST /api/articles` to `app`, which serves `store`."""
    analyzer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-analysis")
    admitted = 0

    async def off_the_loop(work: Callable[[], Result]) -> Result:
        nonlocal admitted
        if admitted > settings.analyses_waiting:
            raise Refused(503, BUSY, {"Retry-After": str(RETRY_AFTER_SECONDS)})
        admitted += 1
        try:
            return await asyncio.wrap_future(analyzer.submit(work))
        finally:
            admitted -= 1

    async def fields_of(request: Request) -> dict[str, Any]:
        body = await read_body(request, settings.max_article_bytes)
        return submitted_fields(body, request.headers.get("content-type", ""), request.query_params)

    def analyzed(article: Article) -> Analysis:
        try:
            return analyze(article, settings=settings)
        except ValueError as error:
            raise Refused(422, analysis_failure(error)) from None

    def stored(article: Article) -> tuple[Article, bool]:
        if store.has_article(article.id):
            return article, False
        analysis = analyzed(article)
        try:
            with writable_twin(store) as writable:
                return article, writable.add(analysis)
        except ArticleRejected as error:
            raise Refused(422, str(error)) from None
        except StoreError as error:
            raise Refused(503, f"the store cannot take the article now ({error})") from None

    @app.exception_handler(Refused)
    def refused(request: Request, error: Refused) -> Response:
        return JSONResponse({"error": str(error)}, error.status_code, headers=error.headers)

    @app.post(
        "/api/analyze",
        summary="analyze one article's text; nothing is stored",
        description="A JSON body `{text, published?, outlet?}` or a text/plain body (then "
        "`published` and `outlet` as query parameters); the answer is what "
        "`eventwire analyze --format json` writes for the same text.",
    )
    async def analyze_route(request: Request) -> dict[str, Any]:
        fields = await fields_of(request)
        return await off_the_loop(lambda: analyzed(article_of(fields)).to_dict())

    @app.post(
        "/api/articles",
        summary="analyze and store one article (needs the bearer token)",
        description="The body as for `/api/analyze`, and `Authorization: Bearer TOKEN` with "
        "the token the server was started with (EVENTWIRE_API_TOKEN). 201 with the new "
        "article's id, or 200 with `stored: false` when it was already stored.",
    )
    async def articles_route(request: Request) -> Response:
        if settings.api_token is None:
            raise Refused(403, "this server stores nothing: it was started without a token")
        if not bearer_matches(request.headers.get("authorization"), settings.api_token):
            raise Refused(401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
        fields = await fields_of(request)
        article, is_new = await off_the_loop(lambda: stored(article_of(fields)))
        return JSONResponse(
            {
                "id": article.id,
                "stored": is_new,
                "links": {
                    "article": f"/articles/{article.id}",
                    "json": f"/api/articles/{article.id}",
                },
            },
            status_code=201 if is_new else 200,
        )
