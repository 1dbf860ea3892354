"""The rules of ``telex_time`` for periods and stretches of time, registered after those of
:mod:`telex.stages.time_rules`: relative weeks, months and years ("last week"), the weekend,
"N days ago/later", quarters and halves, seasons, named days (holidays), clock times, durations,
reference words ("now", "recently") and days named by reference to another ("the next day").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from telex.stages.time_calendar import (
    _add_months,
    _duration,
    _holiday_date,
    _iso_week,
    _number,
    _quarter,
    _safe_date,
)
from telex.stages.time_resolve import (
    _UNIT_GRAIN,
    ANAPHORA_WINDOW,
    _day,
    _nearest,
    _period,
    _shifted,
    _year_for,
    _year_shift_in_sentence,
)
from telex.stages.time_rules import _next_word, _prev_word, rule
from telex.stages.time_words import (
    _APPROX,
    _DAY,
    _HOLIDAYS,
    _MON_DAYFORM,
    _NUM,
    _ORDINALS,
    _TZ,
    _UNIT,
    _YEAR,
    MONTHS,
    REFERENCE_WORDS,
    SEASONS,
    _alt,
)

_UNIT_TRIGGERS = "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries"
_HOLIDAY_TRIGGERS = " ".join({re.match(r"\w+", n).group().lower() for n in _HOLIDAYS})
_REFERENCE_TRIGGERS = " ".join({re.findall(r"\w+", w)[-1] for w in REFERENCE_WORDS})


_REL_DET = (
    r"(?i:the\s+past|the\s+last|last|next|this|this\s+past|the\s+coming|the\s+current|the\s+previous|the\s+preceding|"
    r"previous|past|coming|current|the\s+following|the\s+next|the\s+same)"
)
_REL_PRE = (
    r"(?i:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|"
    r"the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end\s+of|mid|the\s+close\s+of)"
)


@rule("relative", rf"(?P<x>(?:(?P<pre>{_REL_PRE})[\s-]+)?(?P<det>{_REL_DET})\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|fiscal\s+year|financial\s+year)))(?![\w-])",
      triggers='week weekend month year quarter decade century', lookback=44)
def _r_relative(m, ctx, s, e):
    a = ctx.anchor
    det = " ".join(m["det"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    if det in ("the following", "the next", "the same", "the previous", "the preceding"):
        base = ctx.last(s, ("day", "week", "month", "quarter", "year"))
        shift = {"the following": 1, "the next": 1, "the same": 0, "the previous": -1, "the preceding": -1}[det]
        if base is not None and base.precision == "day":
            ref = date.fromisoformat(base.value[:10])
        elif det == "the same":
            return None
        else:
            ref = a
        if ref is None:
            return None
        return _period(ref, unit, shift)
    if a is None:
        return None
    if det == "the past" and not m["pre"] and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "over the past year": a stretch of time up to now ("the last year" is the year before)
        return _duration(1, unit), "duration"
    shift = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
             "next": 1, "coming": 1, "the coming": 1, "the next": 1,
             "this": 0, "current": 0, "the current": 0}[det]
    return _period(a, unit, shift)


@rule("weekend", r"(?P<x>(?i:the|this|last|next|that|this\s+past|the\s+coming|the\s+past)\s+weekend)(?![\w-])",
      triggers='weekend', lookback=16)
def _r_weekend(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    t = " ".join(m["x"].lower().split())
    if t in ("last weekend", "this past weekend", "the past weekend"):
        return _period(a, "weekend", -1)
    if t in ("next weekend", "the coming weekend"):
        return _period(a, "weekend", 1)
    if t == "this weekend":
        return _iso_week(a), "week"
    # "the weekend": the one just past (this week's, when published on Saturday or Sunday), or the
    # one ahead in future tense
    if ctx.tense(s, e) == "future":
        return _period(a, "weekend", 0 if a.weekday() < 5 else 1)
    return _period(a, "weekend", 0 if a.weekday() >= 5 else -1)



@rule("ago", rf"(?P<x>(?P<core>(?:(?P<mod>{_APPROX})\s+)?(?P<num>{_NUM})?[\s-]*(?:(?i:more|additional|full|long|straight|consecutive)\s+)?"
      rf"(?P<unit>{_UNIT}))(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|before|after|previously|from\s+now|hence|back)))(?![\w-])",
      triggers='ago earlier later before after previously now hence back', lookback=80)
def _r_ago(m, ctx, s, e):
    direction = " ".join(m["dir"].lower().split())
    unit = m["unit"]
    n = _number(m["num"]) if m["num"] else None
    if m["num"] is None and not unit.lower().endswith("s"):
        return None
    if direction in ("before", "after"):
        # "six days before the invasion": a stretch of time before an event; the span is the duration
        if n is None and m["num"] is None:
            return None
        return _duration(n, unit), "duration"
    a = ctx.anchor
    if a is None:
        return None
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "reference"
    if sign < 0 and n == 1 and unit.lower().startswith("year"):
        shifted = _year_shift_in_sentence(ctx, s)
        if shifted:
            return shifted
    if direction in ("earlier", "later") and _UNIT_GRAIN.get(unit.lower().rstrip("s"), "year") == "day":
        # "three days later": from the day the text last named, when it named one close by
        base = ctx.last(s, ("day",), within=ANAPHORA_WINDOW)
        if base is not None:
            a = date.fromisoformat(base.value[:10])
    res = _shifted(a, n, unit, sign)
    return (res[0], res[1], True) if res and res[1] in ("quarter", "month") else res


_ORD_Q = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"


@rule("quarter", rf"(?:(?i:its|their)\s+)?(?P<x>(?:(?:(?P<yp>(?i:this|last|next)\s+year['’]s)|(?P<py>{_YEAR})['’]?s?)\s+)?(?:(?i:the)\s+)?(?:(?P<ya>(?i:comparable\s+|corresponding\s+)?(?i:year-earlier|year-ago|year\s+earlier|prior-year|year-before))\s+)?(?:(?P<fisc>(?i:fiscal|financial|calendar))[\s-]+)?"
      rf"(?P<ord>{_ORD_Q})[\s-](?i:quarter|qtr\.?)(?:\s+(?i:of|in)\s+(?:(?i:fiscal\s+(?:year\s+)?)?(?P<qy>{_YEAR})|(?P<qrel>(?i:this|last|next|the\s+current|the\s+previous|the\s+same|the)\s+(?:fiscal\s+)?year)))?)(?![\w])",
      triggers='quarter qtr', lookback=36)
def _r_quarter(m, ctx, s, e):
    q = _ORDINALS[m["ord"].lower()]
    year = None
    if m["qy"] or m["py"]:
        year = int(m["qy"] or m["py"])
    else:
        rel = (m["qrel"] or m["yp"] or "").lower()
        a = ctx.anchor
        if a is None:
            return None
        if "last" in rel or "previous" in rel:
            year = a.year - 1
        elif "next" in rel:
            year = a.year + 1
        elif rel:
            year = a.year
        else:
            qstart = date(a.year, 3 * q - 2, 1)
            tense = ctx.tense(s, e)
            year = a.year - 1 if qstart > a and tense != "future" else a.year
    if m["ya"]:
        return f"{year - 1:04d}-Q{q}", "quarter", True
    return f"{year:04d}-Q{q}", "quarter"


@rule("quarter_code", rf"(?P<x>\b(?:(?P<py>{_YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<qy>{_YEAR})|\s+['’](?P<yy>\d\d))?)(?![\w])",
      triggers='', lookback=6, digits=True)
def _r_quarter_code(m, ctx, s, e):
    q = int(m["q"])
    if m["py"] or m["qy"]:
        return f"{int(m['py'] or m['qy']):04d}-Q{q}", "quarter"
    if m["yy"]:
        return f"{2000 + int(m['yy']):04d}-Q{q}", "quarter"
    a = ctx.anchor
    if a is None:
        return None
    year = a.year - 1 if date(a.year, 3 * q - 2, 1) > a and ctx.tense(s, e) != "future" else a.year
    return f"{year:04d}-Q{q}", "quarter"


@rule("half", rf"(?P<x>(?:(?P<py>{_YEAR})\s+)?(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))[\s-](?i:half)(?:\s+(?i:of)\s+(?:(?P<qy>{_YEAR})|(?P<qrel>(?i:this|last|next|the)\s+year)))?)(?![\w])",
      triggers='half', lookback=18)
def _r_half(m, ctx, s, e):
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    nxt = _next_word(ctx.text, e).lower()
    if not (m["py"] or m["qy"] or m["qrel"]) and nxt in ("of", "hour", "century", "decade", "the"):
        return None
    if m["py"] or m["qy"]:
        return f"{int(m['py'] or m['qy']):04d}-H{h}", "quarter"
    a = ctx.anchor
    if a is None:
        return None
    rel = (m["qrel"] or "").lower()
    year = a.year - 1 if "last" in rel else a.year + 1 if "next" in rel else a.year
    if not rel and h == 2 and a.month <= 6 and ctx.tense(s, e) == "past":
        year -= 1
    return f"{year:04d}-H{h}", "quarter"


@rule("quarter_ref", rf"(?P<x>(?i:the|its|their)\s+(?:(?P<yr>{_YEAR})\s+)?(?P<q>(?i:latest|most\s+recent|(?:comparable\s+|corresponding\s+)?(?:year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year)|same|current)\s+)?"
      r"(?P<unit>(?i:quarter|period|three\s+months)))(?![\w-])",
      triggers='quarter period months', lookback=24)
def _r_quarter_ref(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    q = " ".join((m["q"] or "").lower().split()).replace("comparable ", "").replace("corresponding ", "")
    unit = m["unit"].lower()
    if unit != "quarter" and not m["yr"] and q not in ("latest", "most recent", "year-earlier", "year-ago", "year earlier", "year ago", "prior-year"):
        return None
    base = ctx.last(s, ("quarter",))
    if m["yr"]:
        if base is not None and re.fullmatch(r"\d{4}-Q\d", base.value):
            return f"{m['yr']}{base.value[4:]}", "quarter"
        return (m["yr"], "year") if unit == "period" else None
    if q == "current":
        y, qq = _quarter(a)
        value = f"{y:04d}-Q{qq}"
    elif base is not None and re.fullmatch(r"\d{4}-Q\d", base.value) and q not in ("latest", "most recent"):
        value = base.value
    else:
        y, qq = _quarter(a)
        k = y * 4 + qq - 2  # the quarter before the current one
        value = f"{k // 4:04d}-Q{k % 4 + 1}"
    if q in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year"):
        return f"{int(value[:4]) - 1:04d}{value[4:]}", "quarter", True
    return value, "quarter"


@rule("year_ago_adj", r"(?P<x>(?<![\w-])(?i:year-earlier|year-ago|year-before))(?![\w-])",
      triggers='earlier ago before', lookback=6)
def _r_year_ago_adj(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    shifted = _year_shift_in_sentence(ctx, s)
    if shifted:
        return shifted
    return f"{a.year - 1:04d}", "year", True


@rule("season", rf"(?:\b(?P<prep>(?i:in|during|since|until|till|by|over|through|throughout|before|after|from|of))\s+)?"
      rf"(?P<x>(?:(?P<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?"
      rf"(?:(?P<det>(?i:last|next|this|this\s+past|the\s+coming|the\s+past|past|coming|the))\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))"
      rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}))?)(?![\w-])",
      triggers='spring summer autumn fall winter', lookback=40)
def _r_season(m, ctx, s, e):
    season = SEASONS[m["season"].lower()]
    det = " ".join((m["det"] or "").lower().split())
    if m["y"]:
        return f"{int(m['y']):04d}-{season}", "quarter"
    if not det and not m["mod"]:
        if m["season"].lower() == "fall" or not m["prep"] or m["prep"].lower() in ("this", "last", "next"):
            return None
        if m["season"][0].isupper() and _prev_word(ctx.text, s)[:1].isupper():
            return None
    if det == "the" and (_next_word(ctx.text, e).lower() == "of" or not m["prep"]):
        return None  # "the fall of the Wall", "the fall in prices"; "in the fall" is a season
    a = ctx.anchor
    if a is None:
        return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    current = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(a.month, "FA")
    year = a.year if not (a.month <= 2 and season == "WI") else a.year - 1
    begun = date(year, start_month, 1) <= a
    if det in ("last", "past", "this past", "the past"):
        if season == current or not begun:
            year -= 1
    elif det in ("next", "coming", "the coming"):
        if begun:
            year += 1
    elif det == "this":
        pass
    else:
        tense = ctx.tense(s, e)
        if tense == "past" and not begun:
            year -= 1
    return f"{year:04d}-{season}", "quarter"


_HOLIDAY_NAMES = sorted(_HOLIDAYS, key=len, reverse=True)
_HOLIDAY_ALT = "|".join(re.escape(n).replace("'", "['’]?").replace(r"\ ", r"\s+") for n in _HOLIDAY_NAMES)
_HOLIDAY_KEY = {re.sub(r"['’]", "", n).lower(): n for n in _HOLIDAY_NAMES}


@rule("holiday", rf"(?P<x>(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>{_HOLIDAY_ALT})(?:\s+(?P<y>{_YEAR}))?)(?![\w-])",
      triggers=_HOLIDAY_TRIGGERS, lookback=6)
def _r_holiday(m, ctx, s, e):
    name = _HOLIDAY_KEY.get(re.sub(r"['’]", "", " ".join(m["h"].split())).lower())
    if name is None:
        return None
    rule_ = _HOLIDAYS[name]
    if m["y"]:
        return _day(_holiday_date(rule_, int(m["y"])))
    a = ctx.anchor
    if a is None:
        return None
    this = _holiday_date(rule_, a.year)
    prev_ = _holiday_date(rule_, a.year - 1)
    next_ = _holiday_date(rule_, a.year + 1)
    if this is None or prev_ is None or next_ is None:
        return None
    det = (m["det"] or "").lower()
    if det == "last":
        return _day(this if this < a else prev_)
    if det == "next":
        return _day(this if this > a else next_)
    if det == "this":
        return _day(this)
    tense = ctx.tense(s, e)
    if tense == "past":
        return _day(this if this <= a else prev_)
    if tense == "future":
        return _day(this if this >= a else next_)
    return _day(_nearest(a, (this, prev_, next_)))


_CLOCK = (
    rf"(?:(?P<h>(?<![\d.:$£€])(?:1[0-2]|0?[1-9]))(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm)(?![A-Za-z]))"
    rf"|(?P<h24>(?<![\d.:$£€])(?:[01]?\d|2[0-3])):?(?P<mi24>[0-5]\d)(?=\s*(?:{_TZ}|hrs|hours|h\b))"
    rf"|(?P<noon>(?i:noon|midnight|midday)))"
)


@rule("clock", rf"(?P<x>(?:(?P<mod>(?i:about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after|roughly))\s+)?"
      rf"{_CLOCK}(?:\s+(?P<tz>{_TZ})(?![\w]))?(?:\s*\([A-Z]{{3,4}}\s*[+-]?\s*\d{{0,2}}\))?)(?![\w])",
      triggers='noon midnight midday', lookback=18, digits=True)
def _r_clock(m, ctx, s, e):
    if m["noon"]:
        prev = _prev_word(ctx.text, s).lower()
        nxt = _next_word(ctx.text, e)
        if prev not in ("at", "by", "until", "till", "before", "after", "around", "about", "from", "since") and not (nxt[:1].isupper() or nxt.lower() in ("today", "yesterday", "tomorrow", "on")):
            return None
    if m["h24"] is not None and not m["tz"] and not re.match(r"\s*(?:hrs|hours|h\b)", ctx.text[e : e + 8]):
        return None
    a = ctx.anchor
    if a is None:
        return None
    return _day(a)


_DET_WORDS = r"past|last|next|first|final|coming|following|previous|remaining|preceding|latest|initial|same|full|entire|whole"


@rule("duration", rf"(?:(?P<bare>(?i:the|its|their|his|her))\s+(?!(?i:{_DET_WORDS})\b))?(?P<x>(?:(?P<mod>{_APPROX})\s+)?(?:(?P<det>(?i:the\s+(?:{_DET_WORDS})|past|last|next|first|another|an?\s+(?:additional|further|extra|other)))\s+)?"
      rf"(?P<num>{_NUM})(?:(?:\s+(?i:to|or)\s+|\s*[-–]\s*)(?P<num2>{_NUM}))?[\s-]+(?:(?i:more|additional|full|long|straight|consecutive|successive|trading|business|working|calendar|extra|further|whole|entire|sitting)\s+)?"
      rf"(?P<unit>{_UNIT})(?P<half>\s+(?i:and\s+a\s+half))?)(?![\w])(?!-old|\s+old\b|-olds)",
      triggers=_UNIT_TRIGGERS, lookback=64)
def _r_duration(m, ctx, s, e):
    num = m["num"]
    numl = " ".join(num.lower().split())
    unit = m["unit"].lower()
    prev = _prev_word(ctx.text, s).lower()
    nxt_text = ctx.text[e : e + 12].lower()
    if numl in ("a", "an", "one", "single", "some") and not (m["mod"] or m["det"] or m["bare"]):
        if numl == "one" and prev not in ("for", "in", "within", "over", "after", "during", "than", "took", "lasted", "spent", "about", "nearly", "almost", "least", "only", "just"):
            return None  # "one day he will": FUTURE_REF, not a day's length
        if unit in ("second", "quarter") or nxt_text.startswith((" of ", "-")):
            return None
        if numl in ("a", "an") and prev not in ("for", "in", "within", "over", "after", "during", "than", "took", "take",
                                                 "takes", "lasted", "lasting", "last", "spent", "spend", "about", "nearly",
                                                 "almost", "least", "to", "only", "just", "half", "another", "of"):
            return None
        if numl == "some" and prev not in ("for", "in", "after", "over", "within", "took", "lasted", "spent"):
            return None
    if unit.startswith("second") and numl in ("a", "the"):
        return None
    if prev in ("times", "once", "twice", "per") or re.search(r"[$£€]\s*[\d.,]+\s*(?:[mb]n|million|billion)?\s*$", ctx.text[max(0, s - 25) : s]):
        return None
    if nxt_text.startswith(("-old", " old")):
        return None
    if num[:1].isdigit() and "." not in num and len(num) >= 4:
        return None  # "the 1988 quarter", "2008 years": a year before a noun
    if unit.startswith("quarter") and (numl in ("a", "an") or nxt_text.startswith(" of") or "-" in ctx.text[s:e]):
        return None  # fractions: "a quarter of", "three-quarters"
    n = _number(num)
    if m["half"] and n is not None:
        n += 0.5
    if m["num2"] is not None:
        n2 = _number(m["num2"])
        if n is not None and n2 is not None and n2 <= n:
            return None  # "2-1 days"? not a range
    if n is not None and n == 0:
        return None
    return _duration(n, unit), "duration"


@rule("vague_duration", r"(?:\b(?P<prep>(?i:for|in|within|over|after|during|took|take|takes|lasted|last|spent|spend|spending))\s+)?"
      r"(?:(?P<bare>(?i:the))\s+(?!(?i:past|last|next|coming|following|previous|first)\b))?(?P<x>(?:(?P<det>(?i:the\s+(?:past|last|next|coming|following|previous|first)\s+(?:few|several|many)|the\s+(?:past|last|next|coming|following|previous|first)|recent|coming|past|several|many|a\s+few|few|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few))\s+)?"
      r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries)))(?![\w-])",
      triggers='seconds minutes hours days weeks months years decades centuries', lookback=40)
def _r_vague_duration(m, ctx, s, e):
    if not (m["prep"] or m["det"] or m["bare"]):
        return None
    if m["det"] is None and _next_word(ctx.text, e).lower() in ("of", "ago", "earlier", "later", "before", "after", "old"):
        return None
    return _duration(None, m["unit"]), "duration"


_REF_ALT = _alt(REFERENCE_WORDS)


@rule("reference", rf"(?<![\w-])(?P<x>(?i:{_REF_ALT}))(?![\w-])",
      triggers=_REFERENCE_TRIGGERS, lookback=16)
def _r_reference(m, ctx, s, e):
    word = " ".join(m["x"].lower().split())
    nxt = _next_word(ctx.text, e).lower()
    if word == "current" and nxt in ("account", "accounts", "affairs", "events"):
        return None
    return REFERENCE_WORDS[word], "reference"


@rule("anaphoric_day", r"(?P<x>(?i:(?:earlier|later)\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+day|"
      r"the\s+next\s+(?:day|morning|afternoon|evening|night)|the\s+following\s+(?:day|morning|afternoon|evening|night)|the\s+previous\s+(?:day|night|evening)|"
      r"the\s+day\s+before|the\s+day\s+after|the\s+night\s+before))(?![\w-])",
      triggers='day morning afternoon evening night before after', lookback=18)
def _r_anaphoric_day(m, ctx, s, e):
    t = " ".join(m["x"].lower().split())
    if t in ("the day before", "the day after", "the night before") and re.match(r"\s*[A-Za-z]", ctx.text[e : e + 3] or ""):
        nxt = _next_word(ctx.text, e).lower()
        if nxt not in ("yesterday", "and", "or", "but", "when", "as"):
            return None
    base = ctx.last(s, ("day",))
    ref = date.fromisoformat(base.value[:10]) if base else ctx.anchor
    if ref is None:
        return None
    if "next" in t or "following" in t or "after" in t:
        return _day(ref + timedelta(days=1))
    if "previous" in t or "before" in t:
        return _day(ref - timedelta(days=1))
    return _day(ref)


_OF_THE = r"(?i:the\s+(?:very\s+)?(?:beginning|start|end|middle|rest|remainder|close|course|balance)\s+of\s+|(?:earlier|later|early|late)\s+in\s+)"


@rule("the_year", rf"(?P<x>(?P<pre>{_OF_THE})?(?i:the|this)\s+(?P<adj>(?i:entire|whole|full|fiscal|financial|calendar|current|latest\s+fiscal)\s+)?(?i:year)"
      r"(?:\s+(?P<back>(?i:before|previous|earlier|prior)))?)(?![\w-])",
      triggers="year", lookback=44)
def _r_the_year(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    nxt = _next_word(ctx.text, e).lower()
    if nxt in ("ended", "ending", "to", "through", "that", "in", "of", "when", "after", "since", "before"):
        if nxt in ("ended", "ending", "to", "through") and not m["pre"]:
            return "P1Y", "duration"  # "the year ended March 31": a fiscal year, as a stretch of time
        if not (m["pre"] or m["adj"] or m["back"]):
            return None
    if m["back"]:
        return f"{a.year - 1:04d}", "year"
    return f"{a.year:04d}", "year"


@rule("year_end", r"(?<![\w-])(?P<x>(?i:year[\s-]end|year['’]s\s+end))(?![\w-])",
      triggers="year end", lookback=8)
def _r_year_end(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    return f"{a.year:04d}", "year"


@rule("the_month_week", rf"(?P<x>(?P<pre>{_OF_THE})(?i:the|this)\s+(?P<unit>(?i:month|week)))(?![\w-])",
      triggers="month week", lookback=34)
def _r_the_month_week(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    return _period(a, m["unit"].lower(), 0)


@rule("the_day", rf"(?:\b(?P<verb>(?i:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|open|opened|for|during|throughout))\s+)?"
      rf"(?P<x>(?P<pre>{_OF_THE})?(?i:the|that)\s+(?P<same>(?i:same\s+))?(?i:day))(?![\w-])",
      triggers="day", lookback=40)
def _r_the_day(m, ctx, s, e):
    if not (m["verb"] or m["pre"] or m["same"]):
        return None
    if _next_word(ctx.text, e).lower() in ("before", "after", "of", "when", "that", "which"):
        return None
    base = ctx.last(s, ("day",), within=1500)
    ref = date.fromisoformat(base.value[:10]) if base else ctx.anchor
    return _day(ref)


@rule("week_of", rf"(?P<x>(?:(?i:the)\s+)?(?:(?P<ord>(?i:first|second|third|fourth|last|final))\s+)?(?i:week)\s+(?i:of|in)\s+(?P<mon>{_MON_DAYFORM})(?:\s*(?P<d>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?)(?![\w])",
      triggers='week', lookback=14)
def _r_week_of(m, ctx, s, e):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if m["y"]:
        year = int(m["y"])
    else:
        d = _year_for(ctx, month, 1, s, e)
        if d is None:
            return None
        year = d.year
    if m["d"]:
        d = _safe_date(year, month, int(re.match(r"\d+", m["d"]).group()))
        return (_iso_week(d), "week") if d else None
    if not m["ord"]:
        return None
    o = m["ord"].lower()
    if o in ("last", "final"):
        ny, nm = _add_months(year, month, 1)
        d = date(ny, nm, 1) - timedelta(days=1)
    else:
        d = date(year, month, 1) + timedelta(weeks=_ORDINALS[o] - 1)
    return _iso_week(d), "week"

