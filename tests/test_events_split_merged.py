"""structure._split_merged: an actor span covering several named mentions is split into one
argument per mention; when one of the later mentions cannot be resolved the span is kept whole,
and no half-made actor may be left behind in doc.actors."""
from types import SimpleNamespace

from marsad.actors import resolve as resolve_mod
from marsad.coding import structure
from marsad.model import Actor, Document, Mention


def _doc():
    text = "اتهمت إيران سوريا فلان بدعم المسلحين"
    doc = Document(id="t-split", text=text)
    spans = [(6, 11), (12, 17), (18, 22)]            # إيران / سوريا / فلان
    doc.mentions = [Mention(id=f"m{k}", start=s, end=e, text=text[s:e], type="GPE", norm=text[s:e],
                            sentence=0, token_start=k + 1, token_end=k + 2) for k, (s, e) in enumerate(spans)]
    whole = Actor(id="a0", code="IRN", country="IRN", role=None, kind="country", spans=[(6, 22)])
    doc.actors = [whole]
    return doc, whole


def _res(code):
    return SimpleNamespace(code=code, country=code, role=None, kind="country", name_ar=None, name_en=None,
                           entity_id=None)


def test_failed_split_leaves_no_orphan_actor(monkeypatch):
    doc, whole = _doc()
    # سوريا resolves, فلان does not: the split is abandoned
    monkeypatch.setattr(resolve_mod, "resolve_text",
                        lambda text, lang=None, date=None: _res("SYR") if text == "سوريا" else None)
    starts = [0, 6, 12, 18, 23, 28]
    g = structure.Arg(1, 4, whole, 6, 22)
    structure._LAST[0] = None
    out = structure._split_merged(doc, None, [], starts, [g])
    assert out == [g]
    assert [a.id for a in doc.actors] == ["a0"], [(a.id, a.code) for a in doc.actors]


def test_successful_split_adds_the_actors(monkeypatch):
    doc, whole = _doc()
    monkeypatch.setattr(resolve_mod, "resolve_text",
                        lambda text, lang=None, date=None: _res({"سوريا": "SYR", "فلان": "LBN"}[text]))
    starts = [0, 6, 12, 18, 23, 28]
    structure._LAST[0] = None
    out = structure._split_merged(doc, None, [], starts, [structure.Arg(1, 4, whole, 6, 22)])
    assert [a.actor.code for a in out] == ["IRN", "SYR", "LBN"]
    assert len(doc.actors) == 3
