"""The web app: each page is a view (`views.py`) rendered by a template, and its JSON twin is
the same view as JSON. The pages read a store whose connections refuse writes
(`open_read_only`); the one route that stores, `POST /api/articles`, answers only with the
settings' API token and writes through a store of its own (`submit.py`). Static files and
templates ship inside the package; nothing is fetched from the internet.
"""

from __future__ import annotations

import io
import ipaddress
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi import Path as PathParameter
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from eventwire.export import event_rows, write_event_parquet, write_results
from eventwire.server.layers import LAYERS, marked_text
from eventwire.server.params import BadParameter
from eventwire.server.story import article_story
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
from eventwire.store.facets import stored_analysis
from eventwire.store.read_only import open_read_only

ARTICLE_ID = PathParameter(pattern=r"^[0-9A-Za-z_-]{1,64}$")
"""Article ids are content hashes: anything else is no article (and never a file path)."""

templates = Environment(
    loader=PackageLoader("eventwire.server", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["script_json"] = lambda value: Markup(
    json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
)
"""JSON safe inside a <script> element: no '</script>' can close it early."""


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context), status_code=status_code)


def create_app(store: Store, settings: Settings = BUILT_IN) -> FastAPI:
    """The app over an open store (open it with `open_read_only` to serve it); `settings`
    are those `POST /api/analyze` analyzes with, and their `api_token` (None: storing is
    refused) the one `POST /api/articles` asks for."""
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
    ) -> Callable[[Request], dict[str, Any]]:
        def as_json(request: Request) -> dict[str, Any]:
            return view(store, request.query_params.multi_items())

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
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )

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

    @app.get("/articles/{article_id}.json", summary="one article's whole analysis")
    @app.get("/api/articles/{article_id}", summary="one article's whole analysis")
    def article_json(article_id: str = ARTICLE_ID) -> Response:
        analysis = stored_analysis(store, article_id)
        if analysis is None:
            return JSONResponse({"error": f"no article {article_id}"}, status_code=404)
        return JSONResponse(analysis)

    @app.get("/articles/{article_id}/story.json", summary="one article's events and mentions")
    @app.get("/api/articles/{article_id}/story", summary="one article's events and mentions")
    def story_json(article_id: str = ARTICLE_ID) -> Response:
        analysis = stored_analysis(store, article_id)
        if analysis is None:
            return JSONResponse({"error": f"no article {article_id}"}, status_code=404)
        return JSONResponse(article_story(analysis))

    @app.get("/articles/{article_id}/story", response_class=HTMLResponse, include_in_schema=False)
    def story_page(article_id: str = ARTICLE_ID) -> Response:
        analysis = stored_analysis(store, article_id)
        if analysis is None:
            return _no_article(article_id)
        return render("story.html", data=article_story(analysis))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str = ARTICLE_ID) -> Response:
        analysis = stored_analysis(store, article_id)
        if analysis is None:
            return _no_article(article_id)
        return render(
            "article.html",
            data=analysis,
            text=marked_text(analysis),
            layers=LAYERS,
            quad_classes=QUAD_CLASSES,
        )

    add_submit_routes(app, store, settings)
    return app


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
) -> None:
    """Serve the store at `location` until interrupted."""
    import uvicorn

    store = open_read_only(location)
    try:
        uvicorn.run(create_app(store, settings), host=host, port=port, log_level="info")
    finally:
        store.close()
