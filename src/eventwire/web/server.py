"""`eventwire serve`: a JSON API and HTML pages to explore a stored corpus in the browser, offline.

    from eventwire.web.server import create_app
    app = create_app(Path("eventwire.duckdb"))        # any ASGI server; `serve` runs uvicorn on 127.0.0.1

Safety: the store is opened read-only (browsing never writes; POST /api/analyse returns a record and stores
nothing); pages load only same-origin scripts and styles under a Content-Security-Policy without inline code;
article text reaches the page as JSON and is put in the DOM as text nodes, never parsed as HTML; request bodies
are capped (`max_upload_bytes`); bad parameters answer 4xx with {"error": {"code", "message"}}.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.document import Article
from eventwire.errors import EventwireError, InputError, PipelineError, StoreError
from eventwire.models import EVENT_TYPES, TECHNIQUES, ActorKind, PlaceFeature, QuoteKind, Record
from eventwire.store import DocumentNotFound, Store, quad_class
from eventwire.store import queries as store_queries
from eventwire.web import queries
from eventwire.web.security import SecurityMiddleware

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_UPLOAD_BYTES = 2_000_000
MAX_LIMIT = 10_000
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

Analyser = Callable[[Article], Record]

_TYPE_HELP = f"PLOVER event type, or several separated by commas: {', '.join(EVENT_TYPES)}"
_STATUS_HELP = "event status, or several separated by commas: " + ", ".join(store_queries.STATUSES)
_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_COUNTRY_PATTERN = r"^[A-Za-z]{3}$"

TypeQ = Annotated[str | None, Query(description=_TYPE_HELP, max_length=400)]
StatusQ = Annotated[str | None, Query(description=_STATUS_HELP, max_length=200)]
ActorQ = Annotated[str | None, Query(description="actor name or alias (case-insensitive substring)",
                                     max_length=200)]
PlaceQ = Annotated[str | None, Query(description="place name or admin1 (substring), or an ISO3 country code",
                                     max_length=200)]
SinceQ = Annotated[str | None, Query(description="from this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)",
                                     pattern=_DATE_PATTERN)]
UntilQ = Annotated[str | None, Query(description="up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)",
                                     pattern=_DATE_PATTERN)]
DateQ = Annotated[str | None, Query(description="on this day, month or year (YYYY[-MM[-DD]]); not with since/until",
                                    pattern=_DATE_PATTERN)]
DocumentQ = Annotated[str | None, Query(description="a document id, id prefix or source id", max_length=200)]
CountryQ = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 country code", pattern=_COUNTRY_PATTERN)]


class ApiError(Exception):
    """An error answered as {"error": {"code", "message"}} with an HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class AnalyseRequest(BaseModel):
    """An article to analyse: exactly one of `text` (plain text) or `html` (a web page)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="the article's plain text")
    html: str | None = Field(default=None, description="the article as an HTML page (main text extracted)")
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, description="publication date, YYYY-MM-DD", max_length=40)


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "bad parameter"},
    422: {"model": ErrorResponse, "description": "invalid parameter"},
}


def _status_for(err: EventwireError) -> tuple[int, str]:
    if isinstance(err, DocumentNotFound):
        return 404, "not_found"
    if isinstance(err, InputError):
        return (413 if err.code == "too_large" else 400), err.code
    if isinstance(err, StoreError) and err.code in ("query", "ambiguous"):
        return 400, "bad_parameter" if err.code == "query" else "ambiguous"
    if isinstance(err, PipelineError):
        return 503, "analysis_unavailable"
    return 500, err.code


def _valid_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month / day (the pattern has checked the shape)."""
    import datetime as dt

    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def create_app(
    db: Path | str,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    pipeline: Any | None = None,
    analyser: Analyser | None = None,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The FastAPI app over the store at `db` (opened read-only now; StoreError if it cannot be).

    `pipeline` (an `eventwire.Pipeline`) or `analyser` (Article -> Record) analyses POSTed articles; by default a
    Pipeline with every stage is built on the first POST. `allowed_hosts`, when given, restricts the Host header
    (serve passes the loopback names when bound to a loopback address). `max_upload_bytes` caps request bodies.
    """
    store = Store(db, read_only=True)
    store_lock = threading.Lock()
    analyse_lock = threading.Lock()
    state: dict[str, Any] = {"analyser": analyser}
    if analyser is None and pipeline is not None:
        state["analyser"] = pipeline.run

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        summary="Explore a stored corpus of eventwire/1 records: documents, events, actors, places, the actor graph.",
        description=(
            "Read-only JSON API over an eventwire store, and analysis of a posted article (not stored). "
            "Errors are JSON: `{\"error\": {\"code\": ..., \"message\": ...}}`."
        ),
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN and inline: not offline, not under our CSP
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.max_upload_bytes = max_upload_bytes
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_upload_bytes, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))

    @contextmanager
    def reading() -> Iterator[Store]:
        with store_lock:
            yield store

    # -- errors ------------------------------------------------------------------------------------------------

    def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
        return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(EventwireError)
    async def _eventwire_error(_request: Request, exc: EventwireError) -> JSONResponse:
        status, code = _status_for(exc)
        return _error(status, code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"where": ".".join(str(p) for p in err.get("loc", ())), "message": err.get("msg", "")}
            for err in exc.errors()
        ]
        message = "; ".join(f"{d['where']}: {d['message']}" for d in details) or "invalid request"
        return _error(422, "bad_parameter", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        code = codes.get(exc.status_code, "http_error")
        if exc.status_code == 404 and not request.url.path.startswith(("/api/", "/static/", "/openapi")):
            return _page(request, "error.html", "Not found", status_code=404,
                         extra={"message": "There is no page at this address."})
        extra = {"limit": max_upload_bytes} if code == "too_large" else {}
        return _error(exc.status_code, code, str(exc.detail), **extra)

    @app.exception_handler(Exception)
    async def _internal_error(_request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - a bug
        return _error(500, "internal", f"internal error ({type(exc).__name__})")

    # -- pages -------------------------------------------------------------------------------------------------

    def _page(request: Request, template: str, title: str, *, status_code: int = 200,
              extra: dict[str, Any] | None = None) -> HTMLResponse:
        context = {"title": title, "page": template.removesuffix(".html"), "version": __version__,
                   "max_upload_bytes": max_upload_bytes, **(extra or {})}
        return templates.TemplateResponse(request, template, context, status_code=status_code)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_overview(request: Request) -> HTMLResponse:
        return _page(request, "overview.html", "Corpus overview")

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def page_documents(request: Request) -> HTMLResponse:
        return _page(request, "documents.html", "Documents")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def page_map(request: Request) -> HTMLResponse:
        return _page(request, "map.html", "Event map", extra={"event_types": EVENT_TYPES,
                                                               "statuses": store_queries.STATUSES})

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def page_network(request: Request) -> HTMLResponse:
        return _page(request, "network.html", "Actor network", extra={"event_types": EVENT_TYPES,
                                                                       "statuses": store_queries.STATUSES,
                                                                       "min_count_filter": True})

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def page_analyse(request: Request) -> HTMLResponse:
        return _page(request, "analyse.html", "Analyse an article")

    @app.get("/article/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_article(request: Request, doc_id: str) -> HTMLResponse:
        try:
            with reading() as s:
                full_id = s.resolve(doc_id)
                title = queries.document_title(s, full_id)
        except DocumentNotFound:
            return _page(request, "error.html", "Not found", status_code=404,
                         extra={"message": "No stored document has this id."})
        except StoreError as err:
            if err.code != "ambiguous":
                raise
            return _page(request, "error.html", "Ambiguous id", status_code=400, extra={"message": str(err)})
        return _page(request, "article.html", title or "Article", extra={"doc_id": full_id})

    # -- API: documents ----------------------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"], responses=_ERRORS)
    def api_documents(
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        """Stored documents in store order, with their counts of actors, places, events and quotes."""
        with reading() as s:
            return {"total": s.count(), "limit": limit, "offset": offset,
                    "items": s.documents(limit=limit, offset=offset)}

    @app.get("/api/documents/{doc_id}", tags=["documents"],
             responses={200: {"model": Record, "description": "the eventwire/1 record"},
                        404: {"model": ErrorResponse, "description": "no such document"}, **_ERRORS})
    def api_document(
        doc_id: Annotated[str, PathParam(description="document id (sha256:...), a unique id prefix, or source id",
                                         max_length=200)],
    ) -> JSONResponse:
        """One document's full eventwire/1 record."""
        with reading() as s:
            record = s.get(doc_id)
        return JSONResponse(record.to_json_dict())

    # -- API: listings -----------------------------------------------------------------------------------------

    def _date_filters(since: str | None, until: str | None, date: str | None) -> tuple[str | None, str | None]:
        for name, value in (("since", since), ("until", until), ("date", date)):
            if value is not None and not _valid_date(value):
                raise ApiError(400, "bad_date", f"{name}={value!r} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if date is not None:
            if since is not None or until is not None:
                raise ApiError(400, "bad_parameter", "give either date or since/until, not both")
            return date, date
        return since, until

    def _document(s: Store, document: str | None) -> str | None:
        return None if document is None else s.resolve(document)

    @app.get("/api/events", tags=["events"], responses=_ERRORS)
    def api_events(
        type: TypeQ = None,
        actor: ActorQ = None,
        place: PlaceQ = None,
        since: SinceQ = None,
        until: UntilQ = None,
        date: DateQ = None,
        status: StatusQ = None,
        document: DocumentQ = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
    ) -> dict[str, Any]:
        """Events in store order with actor and place names resolved, filtered by type, actor, place, date
        (the event's own date, else the publication date) and status."""
        since, until = _date_filters(since, until, date)
        with reading() as s:
            rows = s.events(type=type, actor=actor, place=place, since=since, until=until, status=status,
                            document=_document(s, document), limit=limit + 1)
        return {"count": min(len(rows), limit), "truncated": len(rows) > limit, "items": rows[:limit]}

    @app.get("/api/actors", tags=["actors"], responses=_ERRORS)
    def api_actors(
        q: ActorQ = None,
        kind: Annotated[ActorKind | None, Query(description="actor kind")] = None,
        country: CountryQ = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> dict[str, Any]:
        """Actors aggregated across documents (name, kind, country, sector), most documents first."""
        with reading() as s:
            rows = s.actors(q, kind=kind, country=country, limit=limit)
        return {"count": len(rows), "items": rows}

    @app.get("/api/places", tags=["places"], responses=_ERRORS)
    def api_places(
        q: Annotated[str | None, Query(description="place name or admin1 (substring)", max_length=200)] = None,
        country: CountryQ = None,
        feature: Annotated[PlaceFeature | None, Query(description="place feature class")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> dict[str, Any]:
        """Places aggregated across documents, with coordinates and counts, most documents first."""
        with reading() as s:
            rows = s.places(q, country=country, feature=feature, limit=limit)
        return {"count": len(rows), "items": rows}

    @app.get("/api/quotes", tags=["quotes"], responses=_ERRORS)
    def api_quotes(
        actor: ActorQ = None,
        kind: Annotated[QuoteKind | None, Query(description="quote kind")] = None,
        document: DocumentQ = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    ) -> dict[str, Any]:
        """Quotes in store order with their speaker's name."""
        with reading() as s:
            rows = s.quotes(actor, kind=kind, document=_document(s, document), limit=limit)
        return {"count": len(rows), "items": rows}

    @app.get("/api/graph", tags=["actors"], responses=_ERRORS)
    def api_graph(
        type: TypeQ = None,
        actor: ActorQ = None,
        place: PlaceQ = None,
        since: SinceQ = None,
        until: UntilQ = None,
        date: DateQ = None,
        status: StatusQ = None,
        min_count: Annotated[int, Query(ge=1, le=1_000_000, description="leave out edges with fewer events")] = 1,
        max_nodes: Annotated[int, Query(ge=1, le=5000, description="keep the actors with most events")] = 200,
    ) -> dict[str, Any]:
        """The actor graph: nodes are actors, an edge links an event's actor to its recipient, with counts of
        cooperative and conflictual events and the majority relation. At most `max_nodes` actors (those with
        most events) are kept, with the edges between them; `truncated` says whether any were left out."""
        since, until = _date_filters(since, until, date)
        with reading() as s:
            graph = s.actor_graph(type=type, actor=actor, place=place, since=since, until=until, status=status,
                                  min_count=min_count)
        nodes = sorted(graph["nodes"], key=lambda n: (-n["n_events"], n["name"]))
        truncated = len(nodes) > max_nodes
        if truncated:
            kept = {n["id"] for n in nodes[:max_nodes]}
            edges = [e for e in graph["edges"] if e["source"] in kept and e["target"] in kept]
            linked = {e["source"] for e in edges} | {e["target"] for e in edges}
            graph = {"nodes": [n for n in graph["nodes"] if n["id"] in linked], "edges": edges}
        return {**graph, "truncated": truncated}

    @app.get("/api/timeline", tags=["events"], responses=_ERRORS)
    def api_timeline(
        type: TypeQ = None,
        actor: ActorQ = None,
        place: PlaceQ = None,
        since: SinceQ = None,
        until: UntilQ = None,
        date: DateQ = None,
        status: StatusQ = None,
        bucket: Annotated[Literal["auto", "day", "month", "year"], Query()] = "auto",
    ) -> dict[str, Any]:
        """Events per period and PLOVER type (for the overview chart)."""
        since, until = _date_filters(since, until, date)
        with reading() as s:
            return queries.timeline(s, bucket=bucket, type=type, actor=actor, place=place, since=since,
                                    until=until, status=status)

    @app.get("/api/overview", tags=["corpus"])
    def api_overview(
        top: Annotated[int, Query(ge=1, le=100, description="how many top actors and places")] = 10,
    ) -> dict[str, Any]:
        """Corpus counts, events per type/status/quad class, top actors and places, events over time."""
        with reading() as s:
            return {
                "counts": queries.overview(s),
                "top_actors": s.actors(limit=top),
                "top_places": s.places(limit=top),
                "timeline": queries.timeline(s),
            }

    @app.get("/api/vocabulary", tags=["corpus"])
    def api_vocabulary() -> dict[str, Any]:
        """The contract's enumerations: event types with their quad class, statuses, actor kinds, place features,
        quote kinds and propaganda techniques."""
        return {
            "event_types": list(EVENT_TYPES),
            "quad_classes": {t: quad_class(t) for t in EVENT_TYPES},
            "statuses": list(store_queries.STATUSES),
            "actor_kinds": list(ActorKind.__args__),  # type: ignore[attr-defined]
            "place_features": list(PlaceFeature.__args__),  # type: ignore[attr-defined]
            "quote_kinds": list(QuoteKind.__args__),  # type: ignore[attr-defined]
            "techniques": list(TECHNIQUES),
        }

    # -- API: analysis -----------------------------------------------------------------------------------------

    analyse_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": AnalyseRequest.model_json_schema()},
                "multipart/form-data": {"schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": ".txt or .html file"},
                        "text": {"type": "string"},
                        "html": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string"},
                    },
                }},
            },
        }
    }

    @app.post("/api/analyse", tags=["analysis"], openapi_extra=analyse_body,
              responses={200: {"model": Record, "description": "the article's eventwire/1 record (not stored)"},
                         413: {"model": ErrorResponse, "description": "request body over the size limit"},
                         **_ERRORS})
    async def api_analyse(request: Request) -> JSONResponse:
        """Analyse one article (JSON `{"text"|"html", "title", "published"}` or a multipart form with a `file`
        or `text`/`html` field) and return its record. Nothing is written to the store."""
        fetch_site = request.headers.get("sec-fetch-site")
        if fetch_site not in (None, "same-origin", "none"):
            raise ApiError(403, "cross_site", "analysis requests must come from this site")
        article = await _article_from_request(request)
        record = await run_in_threadpool(_analyse, article)
        return JSONResponse(record.to_json_dict())

    async def _article_from_request(request: Request) -> Article:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            raw = await request.body()
            try:
                payload = AnalyseRequest.model_validate(json.loads(raw or b"null"))
            except json.JSONDecodeError as err:
                raise ApiError(400, "bad_json", f"invalid JSON ({err.msg} at column {err.colno})") from None
            except ValidationError as err:
                message = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in err.errors())
                raise ApiError(422, "bad_parameter", message) from None
            return _article(text=payload.text, html=payload.html, title=payload.title,
                            published=payload.published, where="request")
        if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            try:
                form = await request.form(max_files=1, max_fields=10, max_part_size=max_upload_bytes)
            except StarletteHTTPException as err:
                raise ApiError(err.status_code if err.status_code != 400 else 400, "bad_form", str(err.detail)) \
                    from None
            fields: dict[str, str | None] = {}
            for name in ("text", "html", "title", "published"):
                value = form.get(name)
                if isinstance(value, UploadFile):
                    raise ApiError(400, "bad_form", f"{name} must be a form field, not a file")
                fields[name] = value or None
            upload = form.get("file")
            if upload is not None and not isinstance(upload, UploadFile):
                raise ApiError(400, "bad_form", "file must be a file upload")
            if isinstance(upload, UploadFile):
                if fields["text"] or fields["html"]:
                    raise ApiError(400, "bad_parameter", "give a file or text/html, not both")
                data = await upload.read()
                return _article_from_file(data, upload.filename or "upload", fields["title"], fields["published"])
            return _article(text=fields["text"], html=fields["html"], title=fields["title"],
                            published=fields["published"], where="form")
        raise ApiError(415, "unsupported_media_type",
                       "send application/json, multipart/form-data or application/x-www-form-urlencoded")

    def _article_from_file(data: bytes, filename: str, title: str | None, published: str | None) -> Article:
        from eventwire.ingest import HTML_SUFFIXES, decode

        where = Path(filename).name[:200] or "upload"
        text = decode(data, where=where)
        suffix = Path(where).suffix.lower()
        is_html = suffix in HTML_SUFFIXES or (suffix not in (".txt", ".text", ".md") and text.lstrip()[:1] == "<")
        if is_html:
            return _article(html=text, title=title, published=published, where=where)
        return _article(text=text, title=title, published=published, where=where)

    def _article(*, text: str | None = None, html: str | None = None, title: str | None, published: str | None,
                 where: str) -> Article:
        from eventwire.ingest import article_from_html, article_from_txt
        from eventwire.validation import check_date

        if (text is None) == (html is None):
            raise ApiError(422, "bad_parameter", "give exactly one of text or html")
        if published:
            published = check_date(published, where=where)
        if html is not None:
            article = article_from_html(html, where=where, published=published)
        elif title:
            body = text.replace("\r\n", "\n").replace("\r", "\n")
            if not body.strip():
                raise InputError("empty", "the text is empty", where=where)
            article = Article(text=body, published=published, origin=where)
        else:
            article = article_from_txt(text, where=where, published=published)
        if title:
            article.title = title.strip()
        return article

    def _analyse(article: Article) -> Record:
        from eventwire.pipeline import Pipeline
        from eventwire.settings import DEFAULT_STAGES

        with analyse_lock:
            if state["analyser"] is None:
                state["analyser"], state["default"] = Pipeline().run, True
            try:
                return state["analyser"](article)
            except PipelineError:
                # The default pipeline's framing stage needs a trained model that may be absent: analyse without
                # it (meta.stages tells) rather than not at all. Any other pipeline error is answered 503.
                if not state.get("default") or state.get("without_framing"):
                    raise
                state["analyser"] = Pipeline(stages=[s for s in DEFAULT_STAGES if s != "framing"]).run
                state["without_framing"] = True
                return state["analyser"](article)

    return app


def serve(db: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> None:
    """Run the app with uvicorn until interrupted. Binds 127.0.0.1 unless told otherwise."""
    import uvicorn

    if not Path(db).exists():
        raise StoreError("no store at this path (run `eventwire ingest PATHS --db FILE` first)", code="missing",
                         where=str(db))
    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    allowed = [*LOOPBACK_HOSTS, host] if loopback else None
    app = create_app(Path(db), max_upload_bytes=max_upload_bytes, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    print(f"eventwire: serving {db} at http://{shown}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
