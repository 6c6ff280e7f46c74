"""The REST API through real HTTP (uvicorn on loopback), every endpoint, good and bad input."""
import json

import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")

from apiserver import LiveServer  # noqa: E402

TOKEN = "s3cret-token"
ARTICLE = (
    "وزير الخارجية التركي يستقبل نظيره العراقي في أنقرة\n\n"
    "استقبل وزير الخارجية التركي اليوم الثلاثاء نظيره العراقي في العاصمة أنقرة، وبحث الجانبان ملف المياه "
    "والأمن على الحدود المشتركة.\n\n"
    "وقال الوزير العراقي إن بغداد ترفض أي هجوم على أراضيها.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.api.app import create_app
    db = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    app = create_app(db=db, token=TOKEN, max_bytes=200_000)
    with LiveServer(app) as s:
        yield s


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_health_and_openapi(client):
    assert client.get("/api/health").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    for path in ("/api/code", "/api/ingest", "/api/events", "/api/relations", "/api/documents", "/api/search"):
        assert path in spec["paths"]


def test_code_json_text_and_html(client):
    r = client.post("/api/code", json={"text": ARTICLE, "published_at": "2024-03-05"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["text"] == ARTICLE and doc["published_at"] == "2024-03-05"
    for ev in doc["events"]:
        s0, s1 = ev["evidence"]["sentence_span"]
        assert doc["text"][s0:s1] == ev["evidence"]["sentence"]
    r = client.post("/api/code", content=ARTICLE.encode(), headers={"Content-Type": "text/plain"},
                    params={"published_at": "2024-03-05"})
    assert r.status_code == 200 and r.json()["text"] == ARTICLE
    html = "<html><head><title>خبر</title></head><body><article><p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p></article></body></html>"
    r = client.post("/api/code", json={"html": html})
    assert r.status_code == 200, r.text
    assert "أنقرة" in r.json()["text"]


def test_code_does_not_store(client):
    before = client.get("/api/documents").json()["items"]
    client.post("/api/code", json={"text": ARTICLE + "\nسطر إضافي."})
    assert client.get("/api/documents").json()["items"] == before


@pytest.mark.parametrize("kwargs,status,needle", [
    ({"content": b"x" * 300_000, "headers": {"Content-Type": "text/plain"}}, 413, "too large"),
    ({"content": b"hello", "headers": {"Content-Type": "application/xml"}}, 415, "content type"),
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422, "invalid JSON"),
    ({"json": {"text": "   "}}, 422, "empty"),
    ({"json": {"text": "نص", "published_at": "2024-13-45"}}, 422, "ISO date"),
    ({"json": {"text": "نص", "lang": "xx"}}, 422, "lang"),
    ({"content": b"\xff\xfe\xfa", "headers": {"Content-Type": "text/plain"}}, 400, "UTF-8"),
])
def test_code_bad_input(client, kwargs, status, needle):
    r = client.post("/api/code", **kwargs)
    assert r.status_code == status, r.text
    assert needle.lower() in r.json()["detail"].lower()


def test_ingest_needs_token(client):
    r = client.post("/api/ingest", json={"text": ARTICLE})
    assert r.status_code == 401
    r = client.post("/api/ingest", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_writes_refused_when_no_token_configured(tmp_path):
    from marsad.api.app import create_app
    with LiveServer(create_app(db=str(tmp_path / "n.duckdb"), token=None)) as s:
        r = httpx.post(s.url + "/api/ingest", json={"text": ARTICLE}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 403 and "token" in r.json()["detail"]


def test_ingest_then_query(client):
    r = client.post("/api/ingest", json={"text": ARTICLE, "published_at": "2024-03-05", "url": "https://e.org/1"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    doc_id = r.json()["doc_id"]
    again = client.post("/api/ingest", json={"text": ARTICLE, "published_at": "2024-03-05"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    docs = client.get("/api/documents").json()["items"]
    assert [d["doc_id"] for d in docs].count(doc_id) == 1
    d = client.get(f"/api/documents/{doc_id}").json()
    assert d["text"] == ARTICLE
    for m in d["mentions"]:
        assert ARTICLE[m["start_offset"]:m["end_offset"]] == m["text"]
    ev = client.get("/api/events", params={"doc_id": doc_id, "limit": 5}).json()
    assert ev["total"] == r.json()["events"] and len(ev["items"]) <= 5
    assert client.get("/api/documents/doesnotexist").status_code == 404


def test_events_filters_and_validation(client):
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"dyad": "RUS"}).status_code == 422
    r = client.get("/api/events", params={"actor": "ZZZ"})
    assert r.status_code == 404 and "unknown actor" in r.json()["detail"]
    r = client.get("/api/relations", params={"source": "ZZZ", "target": "USA"})
    assert r.status_code == 404 and "unknown actor" in r.json()["detail"]
    r = client.get("/api/events", params={"cameo": "99"})
    assert r.status_code == 200 and r.json()["total"] == 0


def test_relations_actors_search(client):
    # the article this test queries is stored here too (idempotent: a duplicate answers 200), so the test holds
    # when pytest-xdist runs it in another worker than test_ingest_then_query
    r = client.post("/api/ingest", json={"text": ARTICLE, "published_at": "2024-03-05", "url": "https://e.org/1"},
                    headers=AUTH)
    assert r.status_code in (200, 201), r.text
    r = client.get("/api/relations", params={"source": "TUR", "target": "IRQ", "by": "month", "undirected": True})
    assert r.status_code == 200, r.text
    assert isinstance(r.json()["series"], list)
    assert client.get("/api/relations", params={"source": "TUR", "target": "IRQ", "by": "decade"}).status_code == 422
    assert client.get("/api/actors").status_code == 200
    r = client.get("/api/search", params={"q": "أنقرة"})
    assert r.status_code == 200, r.text
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_actor_lookup(client):
    r = client.get("/api/actors/lookup", params={"name": "وزارة الخارجية الروسية"})
    assert r.status_code == 200, r.text
    assert "RUS" in json.dumps(r.json())
    assert client.get("/api/actors/lookup", params={"name": "xqzzy blorf"}).status_code == 404


def test_protected_reads(tmp_path):
    from marsad.api.app import create_app
    with LiveServer(create_app(db=str(tmp_path / "p.duckdb"), token=TOKEN, protect_reads=True)) as s:
        assert httpx.get(s.url + "/api/events").status_code == 401
        assert httpx.get(s.url + "/api/events", headers=AUTH).status_code == 200
