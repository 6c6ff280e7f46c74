"""The web page in a real browser: Playwright driving Debian's Chromium (no browser download).

Pastes an Arabic article written for this test, checks the highlighted spans and the event
table, opens the dyad chart, and saves screenshots under test-artifacts/.
"""
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from apiserver import LiveServer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

ARTICLE = (
    "الجيش الإسرائيلي يقصف مواقع في جنوب لبنان\n\n"
    "قصف الجيش الإسرائيلي -أمس الأحد- مواقع قرب بلدة الناقورة في جنوب لبنان، وفق ما أعلنته مصادر أمنية لبنانية.\n\n"
    "وقال رئيس الحكومة اللبنانية إن بيروت تدين الهجوم، ودعا مجلس الأمن إلى التحرك.\n\n"
    "وكان وزير الخارجية الفرنسي قد التقى نظيره اللبناني في بيروت يوم 3 مايو/أيار الماضي.\n\n"
    "إعلان\n"
)


def _need_browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("MARSAD_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is required in CI (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); CI installs it")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _need_browser()
    from marsad.api.app import create_app
    from marsad.examples import example_documents
    from marsad.pipeline import Pipeline
    from marsad.store import open_store
    db = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    with open_store(db) as st:  # something to browse and chart
        st.write_documents([Pipeline().run(d) for d in example_documents()])
    with LiveServer(create_app(db=db, token="t")) as s:
        yield s


@pytest.fixture(scope="module")
def page(site):
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1280, "height": 1000})
        pg.goto(site.url + "/")
        yield pg
        browser.close()


def test_annotate_arabic_article(page):
    page.fill("#article", ARTICLE)
    page.fill("#published", "2024-06-10")
    page.click("#code-btn")
    page.wait_for_selector("#annotated .seg", timeout=30_000)
    status = page.inner_text("#code-status")
    assert "events" in status and "Error" not in status
    # the text is shown whole, and annotation layers are highlighted in it
    shown = page.inner_text("#annotated")
    assert "الناقورة" in shown and "بيروت" in shown
    layers = page.eval_on_selector_all("#annotated .hl", "els => els.map(e => e.dataset.layers)")
    assert any("actor" in l for l in layers), layers
    assert any("time" in l for l in layers), layers
    assert any("trigger" in l for l in layers), layers
    # the ad line is shown as page furniture, not as article text
    kinds = page.eval_on_selector_all("#annotated .seg", "els => els.map(e => e.dataset.kind)")
    assert "ad" in kinds and "body" in kinds
    rows = page.locator("#events-out table.events tbody tr")
    assert rows.count() >= 1
    assert page.locator("#events-out td.evidence mark").count() == rows.count()
    page.screenshot(path=str(ARTIFACTS / "annotate.png"), full_page=True)


def test_browse_events(page):
    page.click("#tab-events")
    page.click("#events-btn")
    page.wait_for_function("document.querySelector('#events-status').textContent.includes('events')")
    assert "Error" not in page.inner_text("#events-status")
    assert page.locator("#events-table table.events tbody tr").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)


def test_dyad_chart(page):
    page.click("#tab-relations")
    page.fill("#r-source", "TUR")
    page.fill("#r-target", "IRQ")
    page.check("#r-undirected")
    page.click("#rel-btn")
    page.wait_for_function("document.querySelector('#rel-status').textContent.includes('periods')")
    assert "Error" not in page.inner_text("#rel-status")
    assert page.locator("#chart svg").count() == 1
    assert page.locator("#chart svg rect.bar").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "relations.png"), full_page=True)
    assert (ARTIFACTS / "relations.png").stat().st_size > 5_000
