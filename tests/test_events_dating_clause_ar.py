"""A time expression in a later clause opened by a clause word (حيث، الذي، التي …) dates that clause's verb,
not an event before it (the sentence-level fallback of marsad.timex.dating).  Sentences written for the test."""
import marsad


def protest(text):
    evs = [e for e in marsad.code(text, published_at="2008-05-20").events if e.plover_type == "PROTEST"]
    assert evs, text
    return evs[0]


def test_relative_clause_year_does_not_date_the_protest():
    ev = protest("خرج آلاف المتظاهرين في مسيرات في ساحة المدينة، حيث كان يقيم الحاكم حتى بداية التسعينات من القرن الماضي.")
    assert not (ev.date or "").startswith("199"), (ev.date, ev.date_basis)
    assert not ev.historical


def test_year_in_the_same_clause_still_dates_it():
    ev = protest("تظاهر آلاف العمال في العاصمة في مايو 1998 للمطالبة برفع الأجور.")
    assert (ev.date or "").startswith("1998"), (ev.date, ev.date_basis)
    assert ev.historical


def test_year_after_the_clause_without_opener_still_dates_it():
    ev = protest("تظاهر آلاف العمال في العاصمة للمطالبة برفع الأجور، وذلك في مايو 1998.")
    assert (ev.date or "").startswith("1998"), (ev.date, ev.date_basis)
