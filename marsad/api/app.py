"""REST API (FastAPI) and the web page, served by ``marsad serve``.

- ``POST /api/code`` codes a posted article (JSON with text or html, or a text/plain
  or text/html body) and returns it annotated — nothing is stored.
- ``POST /api/ingest`` codes and stores (needs the write token).
- ``GET /api/events``, ``/api/relations``, ``/api/actors``, ``/api/documents``,
  ``/api/search`` read the store, with filters and pagination.

Writes need ``Authorization: Bearer <token>``; the token is configured by the
operator (``--token`` or ``$MARSAD_API_TOKEN``); with no token configured, writes
are refused.  Reads are public unless ``protect_reads`` is set.  The store handle
is shared: with DuckDB each worker thread reads through its own cursor; writes (and every call
on PostgreSQL, whose connection is one session) are serialised by a lock.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import threading
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .. import __version__
from ..model import Document, event_record
from ..records import nest_event

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DEFAULT_MAX_BYTES = 2_000_000


class ArticleIn(BaseModel):
    text: Optional[str] = Field(None, description="Article text (plain).")
    html: Optional[str] = Field(None, description="Article HTML page (main text is extracted).")
    published_at: Optional[str] = Field(None, description="Publication date, ISO (YYYY-MM-DD).")
    lang: Optional[str] = Field(None, description="Force the language (ar, en).")
    url: Optional[str] = None
    title: Optional[str] = None
    captions: bool = Field(False, description="Also code photo captions.")


def _check_date(value: Optional[str], name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        raise HTTPException(422, f"{name} must be an ISO date like 2022-12-02, got {value!r}")
    return value


def annotated(doc: Document) -> dict:
    """A document with every annotation layer as spans, for the web page and API clients."""
    return {
        "doc_id": doc.id, "text": doc.text, "title": doc.title, "url": doc.url,
        "published_at": doc.published_at, "published_at_basis": doc.published_at_basis,
        "publisher": doc.publisher, "agencies": doc.agencies, "lang": doc.lang, "languages": doc.languages,
        "story_id": doc.story_id,
        "segments": [{"kind": s.kind, "start": s.start, "end": s.end, "lang": s.lang} for s in doc.segments],
        "actors": [{"id": a.id, "code": a.code, "country": a.country, "role": a.role, "name": a.name_en or a.name_ar,
                    "resolved": a.resolved, "basis": a.basis, "spans": [list(s) for s in a.spans]} for a in doc.actors],
        "timerefs": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "end_value": t.end_value,
                      "granularity": t.granularity, "basis": t.basis} for t in doc.timerefs],
        "places": [{"start": p.start, "end": p.end, "text": p.text, "name": p.name, "country": p.country,
                    "lat": p.lat, "lon": p.lon, "precision": p.precision, "is_metonym": p.is_metonym}
                   for p in doc.places if p.end > p.start],
        "quotes": [{"cue_start": q.cue_start, "cue_end": q.cue_end, "content_start": q.content_start,
                    "content_end": q.content_end, "direct": q.direct} for q in doc.quotes],
        "events": [event_record(doc, e) for e in doc.events],
    }


def create_app(db: Optional[str] = None, token: Optional[str] = None, protect_reads: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES) -> FastAPI:
    import os
    from ..pipeline import Pipeline, PipelineConfig
    from ..store import EventFilter, open_store

    token = token or os.environ.get("MARSAD_API_TOKEN") or None
    store = open_store(db)
    write_lock = threading.RLock()
    # DuckDB gives each thread its own cursor (parallel reads); a PostgreSQL connection is one
    # session, so there every store call is serialised.
    lock = write_lock if store.kind != "duckdb" else contextlib.nullcontext()
    pipelines = {c: Pipeline(PipelineConfig(captions=c)) for c in (False, True)}

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="marsad", version=__version__, lifespan=lifespan,
                  description="Political event data from Arabic and English news (CAMEO/PLOVER with evidence).")
    app.state.store = store

    def _token_ok(request: Request) -> bool:
        got = request.headers.get("authorization", "")
        return bool(token) and hmac.compare_digest(got, f"Bearer {token}")

    def need_write(request: Request) -> None:
        if not token:
            raise HTTPException(403, "writes are disabled: the operator has not configured a token "
                                     "(marsad serve --token or MARSAD_API_TOKEN)")
        if not _token_ok(request):
            raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required for writes")

    def need_read(request: Request) -> None:
        if protect_reads and not _token_ok(request):
            raise HTTPException(401, "this server protects reads: send 'Authorization: Bearer <token>'")

    async def article_from(request: Request) -> ArticleIn:
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > max_bytes:
            raise HTTPException(413, f"body too large: {size} bytes (limit {max_bytes})")
        body = await request.body()
        if len(body) > max_bytes:
            raise HTTPException(413, f"body too large: {len(body)} bytes (limit {max_bytes})")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        qp = request.query_params
        if ctype == "application/json":
            try:
                art = ArticleIn.model_validate_json(body)
            except Exception as e:
                raise HTTPException(422, f"invalid JSON article: {str(e).splitlines()[0]}")
        elif ctype in ("text/plain", "text/html"):
            try:
                s = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPException(400, "body is not valid UTF-8")
            art = ArticleIn(**({"html": s} if ctype == "text/html" else {"text": s}),
                            published_at=qp.get("published_at"), lang=qp.get("lang"),
                            captions=qp.get("captions", "").lower() in ("1", "true", "yes"))
        else:
            raise HTTPException(415, f"unsupported content type {ctype or '(none)'}: "
                                     "send application/json, text/plain or text/html")
        if not (art.text or art.html) or not (art.text or art.html).strip():
            raise HTTPException(422, "the article is empty: give 'text' or 'html'")
        _check_date(art.published_at, "published_at")
        if art.lang and art.lang not in ("ar", "en"):
            raise HTTPException(422, f"lang must be 'ar' or 'en', got {art.lang!r}")
        return art

    def to_document(art: ArticleIn) -> Document:
        if art.html:
            from ..io.read import ReadFailure, read_bytes
            items = list(read_bytes(art.html.encode("utf-8"), source=art.url or "api", fmt="html"))
            if not items or isinstance(items[0], ReadFailure):
                msg = items[0].error if items else "no text found in the HTML"
                raise HTTPException(422, f"could not read the HTML: {msg}")
            doc = items[0]
        else:
            doc = Document.from_text(art.text, url=art.url, source=art.url or "api")
        if art.title:
            doc.title = art.title
        if art.published_at:
            doc.published_at, doc.published_at_basis = art.published_at, "user"
        if art.lang:
            doc.lang = art.lang
            doc.meta["lang_forced"] = art.lang
        return doc

    # -- endpoints -------------------------------------------------------------
    @app.get("/api/health")
    def health() -> dict:
        return {"status": "ok", "version": __version__, "store": store.kind}

    @app.post("/api/code", summary="Code an article without storing it")
    async def code(request: Request, _: None = Depends(need_read)) -> dict:
        art = await article_from(request)
        doc = pipelines[art.captions].run(to_document(art))
        return annotated(doc)

    @app.post("/api/ingest", summary="Code an article and store it", status_code=201)
    async def ingest(request: Request, _: None = Depends(need_write)) -> JSONResponse:
        art = await article_from(request)
        doc = pipelines[art.captions].run(to_document(art))
        with write_lock:
            r = store.write_documents([doc])
        return JSONResponse({"doc_id": doc.id, "stored": bool(r.added), "duplicate": bool(r.skipped),
                             "story_id": doc.story_id, "events": len(doc.events)},
                            status_code=201 if r.added else 200)

    def _flt(actor, source, target, dyad, undirected, cameo, plover, since, until, doc_id, story_id,
             no_negated, no_historical) -> Any:
        d = None
        if dyad:
            parts = [p.strip() for p in dyad.split(",") if p.strip()]
            if len(parts) != 2:
                raise HTTPException(422, "dyad takes two actors separated by a comma, e.g. RUS,USA")
            d = (parts[0], parts[1])
        return EventFilter(actor=actor, source=source, target=target, dyad=d, undirected=undirected, cameo=cameo,
                           plover=plover, since=_check_date(since, "since"), until=_check_date(until, "until"),
                           doc_id=doc_id, story_id=story_id, include_negated=not no_negated,
                           include_historical=not no_historical)

    def _known_actors(*names: Optional[str]) -> None:
        """404 for an actor that no stored event has on either side (rather than an empty answer)."""
        from .. import analytics
        for n in names:
            if n is None:
                continue
            if not n.strip() or len(n.strip()) > 64:
                raise HTTPException(422, f"invalid actor {n!r}")
            with lock:
                known = analytics.actor_in_store(store, n)
            if not known:
                raise HTTPException(404, f"unknown actor {n!r}: no stored event has it as source or target "
                                         "(actors are CAMEO code prefixes such as RUS or RUSGOV, or ISO-3 countries)")

    @app.get("/api/events", summary="Query stored events")
    def events(actor: Optional[str] = None, source: Optional[str] = None, target: Optional[str] = None,
               dyad: Optional[str] = None, undirected: bool = False, cameo: Optional[str] = None,
               plover: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               doc_id: Optional[str] = None, story_id: Optional[str] = None, no_negated: bool = False,
               no_historical: bool = False, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
               _: None = Depends(need_read)) -> dict:
        flt = _flt(actor, source, target, dyad, undirected, cameo, plover, since, until, doc_id, story_id,
                   no_negated, no_historical)
        _known_actors(actor, source, target, *(flt.dyad or ()))
        with lock:
            total = store.count_events(flt)
            rows = store.query_events(flt, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [nest_event(r) for r in rows]}

    @app.get("/api/relations", summary="Dyad time series (story events per QuadClass, Goldstein, sources)")
    def relations(source: str, target: str, by: str = "month", since: Optional[str] = None,
                  until: Optional[str] = None, undirected: bool = False, include_negated: bool = False,
                  include_historical: bool = False, include_nonasserted: bool = False,
                  _: None = Depends(need_read)) -> dict:
        from .. import analytics
        if by not in analytics.BINS:
            raise HTTPException(422, f"by must be one of {', '.join(analytics.BINS)}")
        _known_actors(source, target)
        with lock:
            res = analytics.dyad_series(store, source, target, by=by, since=_check_date(since, "since"),
                                        until=_check_date(until, "until"), undirected=undirected,
                                        include_negated=include_negated, include_historical=include_historical,
                                        include_nonasserted=include_nonasserted)
        res["series"] = res.pop("periods")
        return res

    @app.get("/api/actors", summary="Actors in the store, most active first")
    def actors(limit: int = Query(20, ge=1, le=500), _: None = Depends(need_read)) -> dict:
        from .. import analytics
        with lock:
            return {"items": analytics.top_actors(store, limit=limit)}

    @app.get("/api/actors/lookup", summary="Resolve a name against the actor lexicon")
    def actor_lookup(name: str, date: Optional[str] = None, _: None = Depends(need_read)) -> dict:
        from ..actors.resolve import resolve_text
        m = resolve_text(name, date=_check_date(date, "date"))
        if m is None:
            raise HTTPException(404, f"unknown actor: {name!r}")
        return m if isinstance(m, dict) else {k: getattr(m, k) for k in getattr(m, "__dataclass_fields__", {})}

    @app.get("/api/documents", summary="Stored documents")
    def documents(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                  _: None = Depends(need_read)) -> dict:
        with lock:
            return {"items": store.list_documents(limit=limit, offset=offset)}

    @app.get("/api/documents/{doc_id}", summary="A stored document with its annotated spans")
    def document(doc_id: str, _: None = Depends(need_read)) -> dict:
        with lock:
            d = store.get_document(doc_id)
        if d is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        d["events"] = [nest_event(r) for r in d["events"]]
        return d

    @app.get("/api/search", summary="Arabic-aware keyword search over stored documents")
    def search(q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=200),
               offset: int = Query(0, ge=0), _: None = Depends(need_read)) -> dict:
        from ..store.search import search as do_search
        with lock:
            return {"query": q, "items": do_search(store, q, limit=limit, offset=offset)}

    # -- the web page ------------------------------------------------------------
    if WEB_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(WEB_DIR / "index.html")

    return app
