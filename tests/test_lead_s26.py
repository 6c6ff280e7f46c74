"""Session 26, lead: an ordinal's "since" in an earlier sentence of the paragraph dates no later event.

"للمرة الأولى منذ 2019" counts occasions (clauses.yaml ordinal_since); in its own sentence it already dated nothing
(session 16), but a headline cut in two by ".." lent 2019 to the clause after it, which became background and was
no longer merged with the body's telling.  Sentences are ours."""
from marsad.model import Document
from marsad.pipeline import Pipeline

_PIPE = Pipeline()


def _code(text):
    return _PIPE(Document.from_text(text, published_at="2024-09-05"))


def test_ordinal_since_in_an_earlier_sentence_dates_nothing():
    doc = _code("بوتين في أنقرة للمرة الأولى منذ 2019.. وروسيا وتركيا توقعان اتفاقيات للطاقة\n"
                "أنقرة - وقع الرئيسان الروسي والتركي أمس اتفاقيات في مجالات الطاقة.")
    signs = [e for e in doc.events if e.cameo == "057"]
    assert signs and not any(e.date == "2019" or e.historical for e in signs), \
        [(e.trigger, e.date, e.historical) for e in signs]


def test_guard_a_plain_date_in_the_earlier_sentence_still_governs():
    doc = _code("وصل الرئيس الروسي إلى أنقرة في 3 مارس 2019. ووقع الرئيسان اتفاقيات للطاقة.")
    signs = [e for e in doc.events if e.cameo == "057"]
    assert signs and all(e.date == "2019-03-03" for e in signs), [(e.trigger, e.date) for e in signs]
