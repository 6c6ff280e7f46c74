"""Helpers shared by the store / analytics / export / search / PostgreSQL tests.

Builds Documents with hand-made events (the sentences are ours, written for these tests) and
gives fresh DuckDB and PostgreSQL stores.  PostgreSQL: ``MARSAD_TEST_PG_URL`` points at a
server (``scripts/start_postgres.sh`` starts a private one and prints its URL); each test gets
a uniquely named database that is dropped afterwards.  Without a reachable server the
PostgreSQL tests skip, unless ``MARSAD_REQUIRE_PG=1`` (CI), where they fail.
"""
from __future__ import annotations

import os
import sys
import types
import uuid
from typing import Optional

import pytest

from marsad.model import Actor, Document, Event, Place, stable_id


def ensure_stories_module() -> None:
    """Until the ingestion area's marsad.io.stories lands, give the store a no-op clusterer
    (every document is its own story unless it comes with a story_id)."""
    try:
        import marsad.io.stories  # noqa: F401
    except ImportError:
        m = types.ModuleType("marsad.io.stories")
        m.signature = lambda text: None
        m.band_keys = lambda sig: []
        m.MIN_SHARED_BANDS = 1
        sys.modules["marsad.io.stories"] = m
        import marsad.io
        marsad.io.stories = m


ensure_stories_module()

QUAD = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3,
        "12": 3, "13": 3, "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}


def add_event(doc: Document, trigger: str, cameo: str, src: Optional[str], tgt: Optional[str], *,
              date: Optional[str] = None, goldstein: float = 0.0, quad: Optional[int] = None,
              plover: Optional[str] = None, negated: bool = False, modality: str = "asserted",
              historical: bool = False, src_text: Optional[str] = None, tgt_text: Optional[str] = None,
              place: Optional[Place] = None, occurrence: int = 0) -> Event:
    """Append an event whose trigger is the ``occurrence``-th match of ``trigger`` in the text."""
    text = doc.text
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(trigger, pos + 1)
    s_start = text.rfind("\n", 0, pos) + 1
    s_end = text.find("\n", pos)
    s_end = len(text) if s_end < 0 else s_end

    def actor(code: Optional[str], surface: Optional[str]) -> tuple[Optional[str], Optional[tuple[int, int]]]:
        if not code:
            return None, None
        span = None
        if surface and surface in text:
            a = text.index(surface)
            span = (a, a + len(surface))
        aid = stable_id(doc.id, "actor", code)
        if not doc.actor(aid):
            doc.actors.append(Actor(id=aid, code=code, country=code[:3], role=code[3:6] or None,
                                    kind="country" if len(code) == 3 else "organisation",
                                    name_en=code, spans=[span] if span else []))
        return aid, span

    sid, sspan = actor(src, src_text)
    tid, tspan = actor(tgt, tgt_text)
    if place is not None and doc.place(place.id) is None:
        doc.places.append(place)
    i = len(doc.events)
    ev = Event(
        id=stable_id(doc.id, "event", i, pos), sentence=0, sentence_start=s_start, sentence_end=s_end,
        trigger_start=pos, trigger_end=pos + len(trigger), trigger=trigger, cameo=cameo, root=cameo[:2],
        quad_class=quad or QUAD[cameo[:2]], goldstein=goldstein, plover_type=plover,
        source_actor_id=sid, source_code=src, source_country=src[:3] if src else None,
        source_role=(src[3:6] or None) if src else None, source_span=sspan,
        target_actor_id=tid, target_code=tgt, target_country=tgt[:3] if tgt else None,
        target_role=(tgt[3:6] or None) if tgt else None, target_span=tspan,
        date=date, date_granularity=("day" if date and len(date) >= 10 else "month" if date and len(date) == 7
                                     else "year" if date else None),
        date_basis="explicit" if date else "unresolved", negated=negated, modality=modality,
        historical=historical, lang="ar", confidence=0.9, rule="test",
        place_id=place.id if place is not None else None, place_basis="sentence" if place is not None else None,
    )
    doc.events.append(ev)
    return ev


def make_doc(text: str, *, published_at: str = "2023-03-01", publisher: str = "Test Wire",
             url: Optional[str] = None, story_id: Optional[str] = None, title: Optional[str] = None,
             lang: str = "ar") -> Document:
    d = Document.from_text(text, published_at=published_at)
    d.publisher = publisher
    d.url = url or f"https://news.example/{d.id}"
    d.story_id = story_id
    d.title = title
    d.lang = lang
    d.languages = [lang]
    return d


# -- stores ---------------------------------------------------------------------

def pg_admin_url() -> Optional[str]:
    return os.environ.get("MARSAD_TEST_PG_URL") or None


def _pg_unavailable(reason: str):
    if os.environ.get("MARSAD_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL is required (MARSAD_REQUIRE_PG=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (start one with scripts/start_postgres.sh and set "
                f"MARSAD_TEST_PG_URL)")


def _replace_db(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "/" + name, p.query, p.fragment))


class PgDatabases:
    """Creates uniquely named databases on the test server and drops them at the end."""

    def __init__(self, admin_url: str):
        import psycopg
        self.admin_url = admin_url
        self.psycopg = psycopg
        self.names: list[str] = []

    def new_url(self) -> str:
        name = "marsad_test_" + uuid.uuid4().hex[:12]
        with self.psycopg.connect(self.admin_url, autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        self.names.append(name)
        return _replace_db(self.admin_url, name)

    def drop_all(self) -> None:
        with self.psycopg.connect(self.admin_url, autocommit=True) as c:
            for name in self.names:
                c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.names.clear()


def pg_databases() -> PgDatabases:
    url = pg_admin_url()
    if not url:
        _pg_unavailable("MARSAD_TEST_PG_URL is not set")
    try:
        import psycopg
    except ImportError:
        _pg_unavailable("psycopg is not installed (pip install 'marsad[postgres]')")
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as c:
            c.execute("SELECT 1")
    except Exception as e:  # noqa: BLE001
        _pg_unavailable(f"cannot connect to {url}: {e}")
    return PgDatabases(url)


@pytest.fixture
def duck_store(tmp_path):
    from marsad.store import open_store
    s = open_store(str(tmp_path / "t.duckdb"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def pg_dbs():
    dbs = pg_databases()
    yield dbs
    dbs.drop_all()


@pytest.fixture
def pg_store(pg_dbs):
    from marsad.store import open_store
    s = open_store(pg_dbs.new_url())
    yield s
    s.close()


@pytest.fixture(params=["duckdb", "postgresql"])
def any_store(request, tmp_path):
    """The same test on DuckDB and on PostgreSQL."""
    from marsad.store import open_store
    if request.param == "duckdb":
        s = open_store(str(tmp_path / "t.duckdb"))
    else:
        dbs = request.getfixturevalue("pg_dbs")
        s = open_store(dbs.new_url())
    yield s
    s.close()


def test_support_builds_a_document_with_events():
    d = make_doc("قصفت القوات الروسية مواقع قرب حلب.\nوالتقى وزير الخارجية الأمريكي نظيره الروسي.")
    add_event(d, "قصفت", "190", "RUSMIL", "SYR", date="2023-03-01", goldstein=-10)
    add_event(d, "والتقى", "040", "USAGOV", "RUSGOV", date="2023-03-01", goldstein=1)
    assert [e.cameo for e in d.events] == ["190", "040"]
    assert d.text[d.events[1].trigger_start:d.events[1].trigger_end] == "والتقى"
    assert d.text[d.events[1].sentence_start:d.events[1].sentence_end].startswith("والتقى")
