"""The word gates that spare regex searches (ko_lexicon.required_words and its users):
each must give the answers the plain searches give."""
import re

from chronicle.extraction.actors import ActorAlias, ActorLexicon
from chronicle.extraction.ko_lexicon import Prefilter
from chronicle.regex_words import required_words
from chronicle.places import cues


def test_required_words_reads_fixed_text():
    assert required_words(re.compile(r"(?:가|나가)지\s*못하(?:게|도록)")) == {"못하게", "못하도록"}
    assert required_words(re.compile(r"\bsources?\s+in\s+$", re.IGNORECASE)) == {"source", "sources"}
    assert required_words(re.compile(r"\b(?:Sent|sends?)\s+to", re.IGNORECASE)) == {"sent", "send", "sends"}
    assert required_words(re.compile(r"(?:ab)+c?")) == {"ab"}


def test_required_words_gives_up_where_nothing_is_fixed():
    assert required_words(re.compile(r"(?=보위부)\S+")) is None  # only inside a lookahead
    assert required_words(re.compile(r"\d+\s*(?:x)?")) is None
    assert required_words(re.compile(r"(?:a|\w)b")) == {"b"}  # a class inside a branch fixes nothing
    # case-insensitive words with special case folds (ſ matches s) are not trusted to str.lower
    assert required_words(re.compile("ſent", re.IGNORECASE)) is None


def _plain(pre: Prefilter, text: str, pos: int, endpos: int):
    found = pre.literals.search(text, pos, endpos)
    for cue, anchored in zip(pre.cues, pre.anchored):
        if found is not None:
            break
        found = cue.search(text[pos:endpos]) if anchored else cue.search(text, pos, endpos)
    return found


def test_prefilter_answers_as_every_cue_searched_in_turn():
    pre = Prefilter("보위원|체포", [r"나가지\s*못하게", r"^(?!.*농사).*풍년", r"\d+\s*명", r"(?:끌려|불려)\s*갔"])
    text = "그 집 식구들은 마을 밖으로 나가지 못하게 했다. 올해는 풍년이다. 10 명이 불려 갔다. 감자 농사 풍년."
    for pos in range(0, len(text), 3):
        for endpos in range(pos, len(text) + 1, 4):
            a, b = _plain(pre, text, pos, endpos), pre.search(text, pos, endpos)
            assert (a and (a.re.pattern, a.span())) == (b and (b.re.pattern, b.span()))


def test_place_roles_as_without_the_word_gate(monkeypatch):
    text = ("A source in Hyesan said families who fled to China were sent back to Onsong, "
            "and relatives living in Seoul called. 혜산으로 옮겨 갈 곳은 연사군이다. 단둥을 거쳐 온 사람.")
    places = [m.span() for m in re.finditer(r"Hyesan|China|Onsong|Seoul|혜산|연사군|단둥", text)]
    asked = ("lure", "destination", "source", "residence", "transit", "crossing", "origin", "conveyed")
    gated = [cues.roles(text, s, e, asked) for s, e in places]
    monkeypatch.setattr(cues, "_before_words", lambda: {})
    monkeypatch.setattr(cues, "_by_role", cues._by_role.__wrapped__)  # (the cached table holds the gate)
    assert gated == [cues.roles(text, s, e, asked) for s, e in places]
    assert "source" in gated[0] and "destination" in gated[1]


def test_actor_aliases_longest_first_whatever_the_case():
    aliases = [ActorAlias(a, k, False) for a, k in [
        ("the state", "X.state"), ("State Security Ministry", "KP.MSS"), ("State", "X.s"),
        ("보위부", "KP.MSS"), ("보위", "KP.x"), ("police", "CN.police"), ("Police Bureau", "CN.pb")]]
    lex = ActorLexicon(aliases, {})
    found = lex.find("the State Security Ministry and the police bureau; 보위부가 the policeman")
    assert [(m.text, m.key) for m in found] == [
        ("State Security Ministry", "KP.MSS"), ("police bureau", "CN.pb"), ("보위부", "KP.MSS")]
