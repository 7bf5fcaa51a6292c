"""Shortcuts in the time matcher and the place finder (rule word gates, the cue-word trie,
the Hangul-word gate, the pointing-word gates): each must give what the plain computation gives."""
import importlib
import re
from datetime import date

from chronicle.places.gazetteer import Gazetteer
from chronicle.times import engine, english, korean
from chronicle.times.lexicon import cue_words, load
from chronicle.times import holidays
from chronicle.times.resolve import Context

locate = importlib.import_module("chronicle.places.locate")  # (the package's ``locate`` is the stage function)

EN = ("HYESAN, Sept 12 - Last week, on the 3rd of this month, security agents arrested three people. "
      "In May 2019 and again in late autumn of last year, since January 2020, a few days ago, "
      "the past two weeks; between March and September 2016. 2015-03-04. On Friday, in spring. "
      "Since Kim Jong Un took power in 2011, after Kim Jong Il's death, on Lunar New Year's Day 2018. "
      "MAY 5, may 6, Sept. 7, the 1990s, 10000 years ago, recently, these days, LAST  WEEKEND.")
KO = ("(서울=연합뉴스) 2014년 8월 12일 혜산시에서 체포됐다. 지난해 말부터 이달 초까지, 사흘 전, "
      "올해 봄 회령시 보위부가 조사했다. 김정은 집권 이후 추석 무렵, 며칠 전 그 마을에서 일이 있었다.")


def _plain_propose(monkeypatch, text, module):
    rules, _, cue = module.rules()
    ctx = Context(date(2021, 6, 1), load("ko" if module is korean else "en"))
    gated = engine.propose(text, rules, ctx, cue)
    with monkeypatch.context() as m:
        m.setattr(engine, "_rule_spans", lambda rule, spans, lowered: spans)
        plain = engine.propose(text, rules, ctx, cue)
    return gated, plain


def test_rule_word_gates_change_no_hit(monkeypatch):
    for module, text in ((english, EN), (korean, KO), (english, EN.lower()), (english, EN.upper())):
        gated, plain = _plain_propose(monkeypatch, text, module)
        assert plain and [(h.start, h.end, h.rule, h.window) for h in gated] == \
            [(h.start, h.end, h.rule, h.window) for h in plain]


def test_rule_word_gate_needs_lowered_words():
    month = next(r for r in english.rules()[0] if r.name == "month")
    need = engine._needs(month.pattern)  # (?-i:May) is searched as "may" in the lowered text
    assert need is not None and need.search("in may") and not need.search("in the summer")
    # a text str.lower would not keep in place is searched by every rule
    assert engine._rule_spans(month, [(0, 5)], None) == [(0, 5)]


def test_english_cue_trie_matches_as_the_flat_alternation():
    lex = load("en")
    words = list(cue_words(lex)) + list(holidays.names("en"))
    plain = re.compile(rf"\d|\b(?:{lex.alternation(words)})", re.IGNORECASE)
    cue = english.rules()[2]
    assert cue.pattern != plain.pattern
    texts = [EN, EN.upper(), " ".join(words), "\n".join(w.upper().replace(" ", " \n\t") for w in words),
             "last weekend lastweek LAST\tWEEKENDS a few days agoo the day before yesterdays Decembers"]
    for text in texts:
        assert [m.span() for m in cue.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_hangul_word_gate_finds_the_same_places(monkeypatch):
    gaz = Gazetteer.load()
    text = KO + " 함경북도의 회령시에서 온성군 보위부는 단둥을 거쳐 신의주로 갔다. 혜산시와 보천군에 사는 " + EN
    gated = gaz.find(text)
    monkeypatch.setattr(Gazetteer, "_may_start_hangul", lambda self, word: True)
    monkeypatch.setattr(gaz, "_word", gaz._word_info)  # (the per-word cache holds the gate's answers)
    assert gated and gated == gaz.find(text)
    assert any(m.text.startswith("회령") for m in gated)


def test_pointing_word_gates_point_as_before(monkeypatch):
    gaz = Gazetteer.load()
    text = ("Officials in Hyesan said the city police and the provincial court held them in the villages. "
            "회령시 주민은 시 보위부가 그 마을에서 조사했다고 말했다. 온성군 군 보위부.")
    placed = [locate._place(text, m, {}, locate._paragraph_spans(text)) for m in gaz.find(text)]
    gated = locate._pointed(text, placed)
    monkeypatch.setattr(locate, "_deixis_needs", lambda: (None,) * len(locate._deixis()))
    plain = locate._pointed(text, placed)
    assert gated and gated == plain
