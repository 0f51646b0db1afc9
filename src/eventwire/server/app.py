"""The web app: each page is a view (`views.py`) rendered by a template, and its JSON twin is
the same view as JSON. The pages read a store whose connections refuse writes
(`open_read_only`); the one route that stores, `POST /api/articles`, answers only with the
settings' API token and writes through a store of its own (`submit.py`). Static files and
templates ship inside the package; nothing is fetched from the internet.
"""

from __future__ import annotations

import gc
import io
import ipaddress
import json
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi import Path as PathParameter
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from eventwire.export import event_rows, write_event_parquet, write_results
from eventwire.server.article_tables import (
    article_event_row,
    entity_row,
    place_row,
    quote_row,
    time_row,
)
from eventwire.server.events_table import event_row, facet_item
from eventwire.server.layers import (
    LAYERS,
    Mark,
    layer_records,
    marked_passage,
    marked_text,
    span_link,
)
from eventwire.server.params import BadParameter
from eventwire.server.story import DISCREPANCY_BADGES, story_view, write_story_csv
from eventwire.server.submit import add_submit_routes
from eventwire.server.views import (
    QUAD_CLASSES,
    events_rows,
    events_view,
    map_view,
    timeline_view,
)
from eventwire.settings import BUILT_IN, Settings
from eventwire.store import Store
from eventwire.store.cache import cached, cached_json, keep_results
from eventwire.store.facets import stored_analysis, story_of
from eventwire.store.read_only import open_read_only, warm_page_cache
from eventwire.stories.show import write_records

ARTICLE_ID = PathParameter(pattern=r"^[0-9A-Za-z_-]{1,64}$")
"""Article ids are content hashes: anything else is no article (and never a file path)."""
STORY_ID = PathParameter(pattern=r"^[0-9A-Za-z_-]{1,64}$")
"""Story ids are content hashes too."""


class RecordsEnvironment(Environment):
    """Jinja over the pages' data, dicts of JSON records: `record.field` reads the item
    first, where Jinja tries an attribute first and every dict raises an AttributeError
    for it (a few hundred a page, a millisecond of an article's). A name that is no key
    (`.get`, `.items`) is looked up as Jinja does."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


templates = RecordsEnvironment(
    loader=PackageLoader("eventwire.server", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["script_json"] = lambda value: Markup(
    json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
)
"""JSON safe inside a <script> element: no '</script>' can close it early."""
templates.filters["passage"] = lambda mention: marked_passage(
    mention["passage"]["text"], mention["passage"]["start"], [Mark(**m) for m in mention["marks"]]
)
"""A story mention's passage as HTML, its marks shown."""
templates.filters["span"] = span_link
templates.filters.update(
    (row.__name__, row) for row in (article_event_row, quote_row, entity_row, time_row, place_row)
)
"""An article page's record tables' rows, filters: Jinja calls a filter directly, a global
through `context.call`, which inspects it at every call."""
templates.globals["layer_records"] = layer_records
templates.globals["event_row"] = event_row
templates.globals["facet_item"] = facet_item


def not_found(message: str) -> JSONResponse:
    """The JSON answer for an id the store does not hold."""
    return JSONResponse({"error": message}, status_code=404)


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context), status_code=status_code)


def create_app(store: Store, settings: Settings = BUILT_IN, keep: bool = True) -> FastAPI:
    """The app over an open store (open it with `open_read_only` to serve it); `settings`
    are those `POST /api/analyze` analyzes with, and their `api_token` (None: storing is
    refused) the one `POST /api/articles` asks for. With `keep`, pages keep their totals,
    facet counts and rows until the store changes (`store.cache`)."""
    if keep:
        keep_results(store)
    app = FastAPI(
        title="eventwire",
        description="Pages and JSON over an eventwire store, and analysis of posted text.",
        docs_url=None,
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(packages=[("eventwire.server", "static")]), name="static")

    @app.exception_handler(BadParameter)
    def bad_parameter(request: Request, error: BadParameter) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": str(error)}, status_code=400)
        return render("error.html", 400, title="Bad filter", message=str(error))

    def page(
        view: Callable[[Store, list[tuple[str, str]]], dict[str, Any]], template: str
    ) -> Callable[[Request], Response]:
        def html(request: Request) -> Response:
            return render(template, data=view(store, request.query_params.multi_items()))

        return html

    def twin(
        view: Callable[[Store, list[tuple[str, str]]], dict[str, Any]],
    ) -> Callable[[Request], Response]:
        def as_json(request: Request) -> Response:
            return JSONResponse(view(store, request.query_params.multi_items()))

        return as_json

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events")

    for name, view, template in (
        ("events", events_view, "events.html"),
        ("timeline", timeline_view, "timeline.html"),
        ("map", map_view, "map.html"),
    ):
        app.get(f"/{name}", response_class=HTMLResponse, include_in_schema=False)(
            page(view, template)
        )
        app.get(f"/{name}.json", summary=f"the {name} page as JSON")(twin(view))
        app.get(f"/api/{name}", summary=f"the {name} page as JSON")(twin(view))

    @app.get("/events.csv", summary="every event that passes the filters, as CSV")
    def events_csv(request: Request) -> Response:
        out = io.StringIO()
        write_results("events", events_rows(store, request.query_params.multi_items()), "csv", out)
        return _csv(out.getvalue(), "events.csv")

    @app.get("/events.parquet", summary="every event that passes the filters, as Parquet")
    def events_parquet(request: Request) -> Response:
        found = events_rows(store, request.query_params.multi_items())
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "events.parquet"
            write_event_parquet((row for result in found for row in event_rows(result)), path)
            data = path.read_bytes()
        return Response(
            data,
            media_type="application/vnd.apache.parquet",
            headers={"Content-Disposition": 'attachment; filename="events.parquet"'},
        )

    def kept_analysis(article_id: str) -> dict[str, Any] | None:
        return cached_json(
            store, ("analysis", article_id), lambda: stored_analysis(store, article_id)
        )

    @app.get("/articles/{article_id}.json", summary="one article's whole analysis")
    @app.get("/api/articles/{article_id}", summary="one article's whole analysis")
    def article_json(article_id: str = ARTICLE_ID) -> Response:
        analysis = kept_analysis(article_id)
        if analysis is None:
            return not_found(f"no article {article_id}")
        return JSONResponse(analysis)

    def story_answer(story_id: str, answer: Callable[[dict[str, Any]], Response]) -> Response:
        """`answer` with the story's view; JSON 404 where the store holds no such story."""
        view = story_view(store, story_id)
        if view is None:
            return not_found(f"no story {story_id}")
        return answer(view)

    @app.get("/stories/{story_id}.json", summary="one story: its events, mentions, discrepancies")
    @app.get("/api/stories/{story_id}", summary="one story: its events, mentions, discrepancies")
    def story_json(story_id: str = STORY_ID) -> Response:
        return story_answer(story_id, JSONResponse)

    @app.get("/stories/{story_id}.csv", summary="every mention of a story's events, as CSV")
    def story_csv(story_id: str = STORY_ID) -> Response:
        return story_answer(story_id, lambda view: _story_csv(view, story_id))

    @app.get("/stories/{story_id}/discrepancies.csv", summary="a story's discrepancies, as CSV")
    def story_discrepancies_csv(story_id: str = STORY_ID) -> Response:
        return story_answer(story_id, lambda view: _discrepancies_csv(view, story_id))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str = STORY_ID) -> Response:
        view = story_view(store, story_id)
        if view is None:
            return render("error.html", 404, title="No such story", message=f"no story {story_id}")
        return render("story.html", data=view, badges=DISCREPANCY_BADGES)

    def article_story(article_id: str, location: str, as_json: bool) -> Response:
        """Send to the article's story (`location` with `{}` for the story id)."""
        story_id = story_of(store, article_id)
        if story_id is not None:
            return RedirectResponse(location.format(story_id), status_code=303)
        message = f"article {article_id} is in no story (eventwire restory builds them)"
        if stored_analysis(store, article_id) is None:
            message = f"no article {article_id}"
        if as_json:
            return not_found(message)
        return render("error.html", 404, title="No story", message=message)

    @app.get("/articles/{article_id}/story.json", summary="the story of an article (redirects)")
    def article_story_json(article_id: str = ARTICLE_ID) -> Response:
        return article_story(article_id, "/stories/{}.json", as_json=True)

    @app.get("/api/articles/{article_id}/story", summary="the story of an article (redirects)")
    def article_story_api(article_id: str = ARTICLE_ID) -> Response:
        return article_story(article_id, "/api/stories/{}", as_json=True)

    @app.get("/articles/{article_id}/story", response_class=HTMLResponse, include_in_schema=False)
    def article_story_page(article_id: str = ARTICLE_ID) -> Response:
        return article_story(article_id, "/stories/{}", as_json=False)

    def article_html(article_id: str) -> str | None:
        analysis = stored_analysis(store, article_id)  # kept as the page, not as JSON
        if analysis is None:
            return None
        return templates.get_template("article.html").render(
            data=analysis, text=marked_text(analysis), layers=LAYERS, quad_classes=QUAD_CLASSES
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str = ARTICLE_ID) -> Response:
        """The page is kept whole (it depends on the article alone): a warm page was its
        template again, most of its CPU."""
        page = cached(store, ("article page", article_id), lambda: article_html(article_id))
        if page is None:
            return _no_article(article_id)
        return HTMLResponse(page)

    add_submit_routes(app, store, settings)
    return app


def _csv(text: str, filename: str) -> Response:
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _story_csv(view: dict[str, Any], story_id: str) -> Response:
    out = io.StringIO()
    write_story_csv(view, out)
    return _csv(out.getvalue(), f"story-{story_id}.csv")


def _discrepancies_csv(view: dict[str, Any], story_id: str) -> Response:
    out = io.StringIO()
    found = [record for item in view["events"] for record in item["discrepancies"]]
    write_records("discrepancies", found, "csv", out)
    return _csv(out.getvalue(), f"story-{story_id}-discrepancies.csv")


def _no_article(article_id: str) -> Response:
    return render("error.html", 404, title="No such article", message=f"no article {article_id}")


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.endswith(".json") or path.startswith("/api/")


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(
    location: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    settings: Settings = BUILT_IN,
    workers: int = 1,
    warm: bool = False,
) -> None:
    """Serve the store at `location` until interrupted. One process answers with a thread
    per request; with `workers` > 1 a front process hands each request to the next free
    one of `workers` processes (`dispatch.py`), each with its own store and kept answers,
    within the settings' limits (`analyses_at_once`, `analyses_waiting`,
    `requests_waiting_per_worker`).
    `warm`: read a SQLite file into the OS's cache first (`warm_page_cache`), so first
    pages do not wait on the disk."""
    import uvicorn

    if workers < 1:
        raise ValueError(f"workers: at least 1, not {workers}")
    settings.analyses_at_once_for(workers)  # a limit past the workers fails here, at once
    open_read_only(location).close()  # a missing or unreadable store fails here, once
    if warm:
        started = time.monotonic()
        read = warm_page_cache(location)
        print(
            f"eventwire serve: read {read / 1e9:.2f} GB of the store into the OS's cache "
            f"in {time.monotonic() - started:.1f} s",
            file=sys.stderr,
        )
    if workers == 1:
        config = uvicorn.Config(create_app, factory=True, host=host, port=port, log_level="info")
        _serve_one(config, location, settings)
        return
    from eventwire.server.dispatch import Front

    config = uvicorn.Config(None, host=host, port=port, log_level="info", lifespan="off")
    front = Front(location, settings, workers)  # forks the workers: logging set up, no thread
    config.app = front
    stopped = signal.signal(signal.SIGTERM, _exit)  # uvicorn raises it again once shut down
    try:
        _run_until_stopped(config)
    finally:
        front.close()
        signal.signal(signal.SIGTERM, stopped)


def _exit(*_: Any) -> None:
    raise SystemExit(0)


def _run_until_stopped(config: Any) -> None:
    """Serve until interrupted: uvicorn raises the KeyboardInterrupt again once it has shut
    down (`uvicorn.run` ignores it)."""
    import uvicorn

    with suppress(KeyboardInterrupt):
        uvicorn.Server(config).run()


def _serve_one(config: Any, location: str | Path, settings: Settings) -> None:
    """The one server process: a store of its own, opened after the checks."""
    store = open_read_only(location)

    def app() -> FastAPI:
        made = create_app(store, settings)
        gc.freeze()  # what the server holds from its start on, no full collection walks
        return made

    config.app = app
    try:
        _run_until_stopped(config)
    finally:
        store.close()
