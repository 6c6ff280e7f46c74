"""A synthetic news corpus for benchmarks and tests (Arabic and English).

Articles are assembled from templates and word lists written for marsad (no text copied from any
corpus): a title, a dateline with an agency, body paragraphs mixing event sentences (meetings,
condemnations, protests, attacks, agreements, arrests, appeals, denials, reported speech) with
background sentences (economy, weather, figures), plus photo captions, photo credits, "read also"
links, advertisements and source lines — the clutter the clean stage must separate.  All people are
invented.  Lengths vary (log-normal around ``mean_words``).  Same seed → same corpus.

    >>> from marsad.scale.synth import generate
    >>> rows = list(generate(10, seed=1))
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import random
from typing import Iterator

# -- word lists -----------------------------------------------------------------------------------

AR_COUNTRIES = [  # (name, capital, second city)
    ("مصر", "القاهرة", "الإسكندرية"), ("الأردن", "عمان", "إربد"), ("العراق", "بغداد", "البصرة"),
    ("سوريا", "دمشق", "حلب"), ("لبنان", "بيروت", "طرابلس"), ("السعودية", "الرياض", "جدة"),
    ("الإمارات", "أبوظبي", "دبي"), ("قطر", "الدوحة", "الخور"), ("الكويت", "الكويت", "الجهراء"),
    ("تونس", "تونس", "صفاقس"), ("الجزائر", "الجزائر", "وهران"), ("المغرب", "الرباط", "الدار البيضاء"),
    ("ليبيا", "طرابلس", "بنغازي"), ("السودان", "الخرطوم", "بورتسودان"), ("اليمن", "صنعاء", "عدن"),
    ("تركيا", "أنقرة", "إسطنبول"), ("إيران", "طهران", "أصفهان"), ("روسيا", "موسكو", "سان بطرسبرغ"),
    ("فرنسا", "باريس", "مرسيليا"), ("الصين", "بكين", "شنغهاي"), ("ألمانيا", "برلين", "ميونخ"),
    ("الولايات المتحدة", "واشنطن", "نيويورك"),
]
EN_COUNTRIES = [
    ("Egypt", "Cairo", "Alexandria"), ("Jordan", "Amman", "Irbid"), ("Iraq", "Baghdad", "Basra"),
    ("Syria", "Damascus", "Aleppo"), ("Lebanon", "Beirut", "Tripoli"), ("Saudi Arabia", "Riyadh", "Jeddah"),
    ("the United Arab Emirates", "Abu Dhabi", "Dubai"), ("Qatar", "Doha", "Al Khor"),
    ("Tunisia", "Tunis", "Sfax"), ("Algeria", "Algiers", "Oran"), ("Morocco", "Rabat", "Casablanca"),
    ("Libya", "Tripoli", "Benghazi"), ("Sudan", "Khartoum", "Port Sudan"), ("Yemen", "Sanaa", "Aden"),
    ("Turkey", "Ankara", "Istanbul"), ("Iran", "Tehran", "Isfahan"), ("Russia", "Moscow", "St Petersburg"),
    ("France", "Paris", "Marseille"), ("China", "Beijing", "Shanghai"), ("Germany", "Berlin", "Munich"),
    ("the United States", "Washington", "New York"),
]
AR_ROLES = ["وزير خارجية", "رئيس وزراء", "وزير دفاع", "رئيس", "وزير داخلية", "وزير اقتصاد", "سفير",
            "المتحدث باسم حكومة", "رئيس برلمان", "قائد جيش"]
EN_ROLES = ["Foreign Minister", "Prime Minister", "Defence Minister", "President", "Interior Minister",
            "Economy Minister", "ambassador", "government spokesman", "parliament speaker", "army chief"]
AR_FIRST = ["سامي", "ليلى", "خالد", "منى", "عادل", "هالة", "رامي", "نادية", "وليد", "سلوى", "طارق", "ريم",
            "جمال", "دعاء", "ماهر", "عبير", "فراس", "نور", "باسل", "هدى"]
AR_LAST = ["الحداد", "منصور", "العطار", "الشامي", "النجار", "السيوفي", "القاضي", "البنا", "الخطيب",
           "الصباغ", "الدباغ", "الفخراني", "الزيات", "الحلبي", "المصري", "العلوي"]
EN_FIRST = ["Samir", "Laila", "Karim", "Mona", "Adel", "Hala", "Rami", "Nadia", "Walid", "Salwa", "Tariq",
            "Reem", "Daniel", "Claire", "Viktor", "Anna", "Mehmet", "Leyla", "Pierre", "Sophie"]
EN_LAST = ["Haddad", "Mansour", "Attar", "Shami", "Najjar", "Qadi", "Banna", "Khatib", "Sabbagh",
           "Fakhrani", "Zayat", "Halabi", "Moreau", "Weber", "Petrov", "Yilmaz"]
AR_AGENCIES = ["رويترز", "أ ف ب", "د ب أ", "الأناضول", "شينخوا", "أسوشيتد برس"]
EN_AGENCIES = ["Reuters", "AFP", "AP", "dpa", "Anadolu", "Xinhua"]
AR_PUBLISHERS = ["صحيفة المرصد اليومي", "موقع الخبر العربي", "شبكة الأفق الإخبارية", "جريدة الصباح الجديد"]
EN_PUBLISHERS = ["The Daily Observer", "Regional News Network", "Horizon Wire", "The Morning Ledger"]
AR_TOPICS = ["التعاون الاقتصادي", "أمن الحدود", "ملف اللاجئين", "إمدادات الطاقة", "الأزمة الإقليمية",
             "تبادل الأسرى", "مشروعات المياه", "التجارة الثنائية", "مكافحة الإرهاب", "إعادة الإعمار"]
EN_TOPICS = ["economic cooperation", "border security", "the refugee file", "energy supplies",
             "the regional crisis", "a prisoner exchange", "water projects", "bilateral trade",
             "counter-terrorism", "reconstruction"]
AR_GROUPS = ["المعلمين", "الطلاب", "العمال", "الأطباء", "سائقي سيارات الأجرة", "المزارعين", "المتقاعدين"]
EN_GROUPS = ["teachers", "students", "workers", "doctors", "taxi drivers", "farmers", "pensioners"]
AR_ISSUES = ["ارتفاع الأسعار", "تأخر صرف الرواتب", "قانون الضرائب الجديد", "انقطاع الكهرباء",
             "نقص الوقود", "البطالة"]
EN_ISSUES = ["rising prices", "late wages", "the new tax law", "power cuts", "fuel shortages", "unemployment"]
AR_DAYS = ["يوم الاثنين", "يوم الثلاثاء", "يوم الأربعاء", "يوم الخميس", "يوم الجمعة", "يوم السبت",
           "يوم الأحد", "أمس", "اليوم", "مساء الأحد", "صباح الخميس"]
EN_DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
           "on Sunday", "yesterday", "today", "late on Sunday", "early on Thursday"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# -- sentence templates ---------------------------------------------------------------------------
# fields: {a} actor, {b} other actor, {c} country, {c2} other country, {city}, {day}, {topic}, {group},
# {issue}, {n}, {pct}, {month}, {date}, {person}

AR_EVENTS = [
    "التقى {a} {day} {b} في {city}، وبحث الجانبان {topic}.",
    "استقبل {a} في {city} {b}، وناقشا سبل تعزيز {topic}.",
    "أدان {a} الهجوم الذي استهدف موقعا عسكريا قرب {city}، ووصفه بأنه عمل جبان.",
    "تظاهر مئات من {group} {day} أمام مقر الحكومة في {city} احتجاجا على {issue}.",
    "وقعت {c} و{c2} {day} اتفاقية بشأن {topic} خلال زيارة {a} إلى {city}.",
    "قال {a} إن بلاده مستعدة لدعم {topic} مع {c2}.",
    "هاجم مسلحون مجهولون نقطة تفتيش في {city} {day}، ما أسفر عن مقتل {n} أشخاص وإصابة آخرين.",
    "أعلنت وزارة الداخلية في {c} اعتقال {n} أشخاص يشتبه في تورطهم في أعمال تخريب في {city}.",
    "دعا {a} {c2} إلى وقف التصعيد والعودة إلى طاولة الحوار.",
    "نفى {a} أن تكون بلاده قد أرسلت قوات إلى {city}.",
    "لم يلتق {a} {b} خلال القمة التي عقدت في {city}.",
    "هدد {a} بفرض عقوبات على {c2} إذا لم تتراجع عن قرارها.",
    "أجرى {a} اتصالا هاتفيا مع {b} تناول {topic}.",
    "طالب {a} بالإفراج عن المعتقلين في {city} في أقرب وقت.",
    "أعلن {a} في {date} أن بلاده ستقدم مساعدات إنسانية إلى {c2}.",
    "رفض {a} مقترحا قدمته {c2} بشأن {topic}.",
    "قصفت طائرات حربية مواقع قرب {city} {day}، بحسب مصادر محلية.",
    "اتهم {a} {c2} بالتدخل في الشؤون الداخلية لبلاده.",
]
AR_QUOTES = [
    "وقال {a} في مؤتمر صحفي: \"نحن ملتزمون بالحوار ولن نقبل بأي تصعيد\".",
    "وأضاف {person} أن \"الوضع في {city} يتطلب تحركا عاجلا من المجتمع الدولي\".",
    "وأكد {a} أن المحادثات مع {c2} كانت \"بناءة وصريحة\".",
]
AR_BACKGROUND = [
    "وارتفع معدل التضخم في {c} إلى {pct} في المئة خلال شهر {month}، وفق أرقام رسمية.",
    "وتشهد {city} منذ أسابيع موجة حر غير مسبوقة تجاوزت فيها درجات الحرارة أربعين درجة.",
    "ويبلغ عدد سكان {city} نحو {n} ملايين نسمة بحسب آخر تعداد.",
    "وكانت العلاقات بين {c} و{c2} قد شهدت توترا في السنوات الماضية.",
    "ويأتي ذلك في وقت تسعى فيه الحكومة إلى خفض العجز في الموازنة العامة.",
    "وتراجعت أسعار الذهب في السوق المحلية بنسبة {pct} في المئة مقارنة بالأسبوع الماضي.",
    "ومن المقرر أن تستأنف المفاوضات في {city} مطلع الشهر المقبل.",
    "وأشار التقرير إلى أن حجم التبادل التجاري بين البلدين بلغ {n} مليارات دولار العام الماضي.",
    "وتعاني المنطقة من نقص حاد في المياه بسبب قلة الأمطار هذا الموسم.",
    "ويعد هذا اللقاء الأول من نوعه منذ أكثر من عامين.",
]
EN_EVENTS = [
    "{a} met {b} in {city} {day} to discuss {topic}.",
    "{a} received {b} in {city}, and the two sides discussed ways to strengthen {topic}.",
    "{a} condemned the attack on a military post near {city}, calling it a cowardly act.",
    "Hundreds of {group} protested {day} outside government headquarters in {city} over {issue}.",
    "{c} and {c2} signed an agreement on {topic} {day} during a visit by {a} to {city}.",
    "{a} said his country was ready to support {topic} with {c2}.",
    "Unidentified gunmen attacked a checkpoint in {city} {day}, killing {n} people and wounding others.",
    "The interior ministry of {c} said it had arrested {n} people suspected of sabotage in {city}.",
    "{a} urged {c2} to halt the escalation and return to talks.",
    "{a} denied that his country had sent troops to {city}.",
    "{a} did not meet {b} at the summit held in {city}.",
    "{a} threatened to impose sanctions on {c2} if it did not reverse its decision.",
    "{a} held a phone call with {b} on {topic}.",
    "{a} demanded the release of detainees in {city} as soon as possible.",
    "{a} announced on {date} that his country would send humanitarian aid to {c2}.",
    "{a} rejected a proposal by {c2} on {topic}.",
    "Warplanes struck positions near {city} {day}, local sources said.",
    "{a} accused {c2} of interfering in his country's internal affairs.",
]
EN_QUOTES = [
    "\"We are committed to dialogue and will not accept any escalation,\" {a} told a news conference.",
    "{person} said \"the situation in {city} requires urgent action by the international community\".",
    "{a} described the talks with {c2} as \"constructive and frank\".",
]
EN_BACKGROUND = [
    "Inflation in {c} rose to {pct} percent in {month}, according to official figures.",
    "{city} has been hit by an unprecedented heatwave for weeks, with temperatures above 40 degrees.",
    "{city} has a population of about {n} million according to the latest census.",
    "Relations between {c} and {c2} have been strained in recent years.",
    "The government is trying to cut the budget deficit.",
    "Gold prices on the local market fell {pct} percent from last week.",
    "Negotiations are due to resume in {city} early next month.",
    "The report said trade between the two countries reached {n} billion dollars last year.",
    "The region suffers from severe water shortages because of poor rainfall this season.",
    "It was the first such meeting in more than two years.",
]
AR_CAPTIONS = ["صورة: {a} خلال مؤتمر صحفي في {city} ({agency})",
               "{a} يصافح {b} في {city} {day}",
               "صورة أرشيفية لمتظاهرين في {city}"]
EN_CAPTIONS = ["Photo: {a} at a news conference in {city} ({agency})",
               "{a} shakes hands with {b} in {city} {day}",
               "File photo of protesters in {city}"]
AR_CREDITS = ["تصوير: {person}/ {agency}", "(تصوير {agency})"]
EN_CREDITS = ["Photo: {person}/{agency}", "(Photo by {person}, {agency})"]
AR_ADS = ["اقرأ أيضا: {c} تعلن خطة جديدة لدعم {topic}", "اشترك في نشرتنا البريدية لتصلك آخر الأخبار",
          "إعلان", "تابعونا على شبكات التواصل الاجتماعي", "حمّل تطبيقنا المجاني الآن"]
EN_ADS = ["Read more: {c} announces a new plan on {topic}", "Subscribe to our newsletter for the latest news",
          "Advertisement", "Follow us on social media", "Download our free app now"]
AR_SOURCES = ["المصدر: {agency}", "(إعداد: {person}؛ تحرير: {person2})"]
EN_SOURCES = ["Source: {agency}", "(Reporting by {person}; Editing by {person2})"]
AR_TITLES = ["{a} يبحث مع {b} {topic}", "احتجاجات في {city} على {issue}", "{c} و{c2} توقعان اتفاقية جديدة",
             "مقتل {n} أشخاص في هجوم على نقطة تفتيش في {city}", "{a}: لن نقبل بأي تصعيد"]
EN_TITLES = ["{a} discusses {topic} with {b}", "Protests in {city} over {issue}",
             "{c} and {c2} sign new agreement", "{n} killed in attack on checkpoint in {city}",
             "{a}: we will not accept escalation"]


def _fill(tpl: str, r: random.Random, lang: str, pub: _dt.date) -> str:
    ar = lang == "ar"
    cs = AR_COUNTRIES if ar else EN_COUNTRIES
    i, j = r.sample(range(len(cs)), 2)
    c, c2 = cs[i], cs[j]
    roles = AR_ROLES if ar else EN_ROLES

    def person() -> str:
        return (f"{r.choice(AR_FIRST)} {r.choice(AR_LAST)}" if ar else f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}")

    def actor(cc: tuple) -> str:
        role = r.choice(roles)
        if ar:
            return f"{role} {cc[0]} {person()}" if r.random() < 0.5 else f"{role} {cc[0]}"
        name = cc[0][4:] if cc[0].startswith("the ") else cc[0]
        return f"{name}'s {role} {person()}" if r.random() < 0.5 else f"the {role} of {cc[0]}"

    d = pub - _dt.timedelta(days=r.randint(0, 6))
    months = AR_MONTHS if ar else EN_MONTHS
    date = f"{d.day} {months[d.month - 1]}" if ar else f"{months[d.month - 1]} {d.day}"
    vals = {
        "a": actor(c), "b": actor(c2), "c": c[0], "c2": c2[0], "city": r.choice(c[1:]),
        "day": r.choice(AR_DAYS if ar else EN_DAYS), "topic": r.choice(AR_TOPICS if ar else EN_TOPICS),
        "group": r.choice(AR_GROUPS if ar else EN_GROUPS), "issue": r.choice(AR_ISSUES if ar else EN_ISSUES),
        "n": r.randint(2, 40), "pct": f"{r.randint(1, 30)}.{r.randint(0, 9)}", "month": months[r.randrange(12)],
        "date": date, "person": person(), "person2": person(),
        "agency": r.choice(AR_AGENCIES if ar else EN_AGENCIES),
    }
    s = tpl.format(**vals)
    return s[0].upper() + s[1:] if not ar else s


def article(r: random.Random, lang: str, pub: _dt.date, words: int) -> dict:
    """One synthetic article as a JSONL row: text, title, url, published_at, publisher, lang."""
    ar = lang == "ar"
    f = lambda tpls: _fill(r.choice(tpls), r, lang, pub)  # noqa: E731
    title = f(AR_TITLES if ar else EN_TITLES)
    cs = AR_COUNTRIES if ar else EN_COUNTRIES
    city = r.choice(cs)[1]
    agency = r.choice(AR_AGENCIES if ar else EN_AGENCIES)
    dateline = f"{city} - ({agency}) - " if ar else f"{city.upper()} ({agency}) - "
    events, quotes, bg = ((AR_EVENTS, AR_QUOTES, AR_BACKGROUND) if ar else (EN_EVENTS, EN_QUOTES, EN_BACKGROUND))
    paras: list[str] = []
    n_words = 0
    first = True
    while n_words < words:
        sents = []
        for k in range(r.randint(2, 5)):
            x = 0.0 if first and k == 0 else r.random()
            sents.append(f(events) if x < 0.3 else f(quotes) if x < 0.4 else f(bg))
        p = " ".join(sents)
        if first:
            p = dateline + p
            first = False
        paras.append(p)
        n_words += len(p.split())
        x = r.random()
        if x < 0.12:
            paras.append(f(AR_CAPTIONS if ar else EN_CAPTIONS))
            if r.random() < 0.5:
                paras.append(f(AR_CREDITS if ar else EN_CREDITS))
        elif x < 0.2:
            paras.append(f(AR_ADS if ar else EN_ADS))
    if r.random() < 0.6:
        paras.append(f(AR_SOURCES if ar else EN_SOURCES))
    text = title + "\n\n" + "\n\n".join(paras) + "\n"
    publisher = r.choice(AR_PUBLISHERS if ar else EN_PUBLISHERS)
    return {"title": title, "text": text, "url": None, "published_at": pub.isoformat(),
            "publisher": publisher, "lang": None}


def generate(n: int, *, seed: int = 0, ar_share: float = 0.7, mean_words: int = 600,
             start: str = "2022-01-01", days: int = 730, bad_share: float = 0.0) -> Iterator[dict | str]:
    """``n`` article rows (dicts); with ``bad_share`` > 0 some rows are broken JSONL lines (str)."""
    r = random.Random(seed)
    d0 = _dt.date.fromisoformat(start)
    sigma = 0.5
    mu = math.log(max(mean_words, 20)) - sigma * sigma / 2
    for i in range(n):
        if bad_share and r.random() < bad_share:
            yield r.choice(["{\"text\": \"truncated", "{\"title\": \"no text field\"}", "[1, 2, 3]",
                            "{\"text\": \"   \"}"])
            continue
        lang = "ar" if r.random() < ar_share else "en"
        words = int(min(max(r.lognormvariate(mu, sigma), 60), 4 * mean_words))
        pub = d0 + _dt.timedelta(days=r.randrange(days))
        row = article(r, lang, pub, words)
        row["url"] = f"https://news.example/{lang}/{pub.isoformat()}/{i:07d}"
        yield row


def write_jsonl(path: str, n: int, **kw) -> int:
    """Write ``n`` rows of :func:`generate` to a JSONL file; returns the number of words written."""
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for row in generate(n, **kw):
            if isinstance(row, str):
                f.write(row + "\n")
                continue
            words += len(row["text"].split())
            f.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")
    return words
