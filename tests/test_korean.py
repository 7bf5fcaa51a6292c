"""chronicle.korean: the shared Kiwi analyser and the full-text index terms."""
from chronicle import korean


def test_particles_are_stripped_for_the_index():
    terms = korean.morphemes_for_index("보위부가 탈북자 가족을 감시했다. 보위부는 그를 체포했다.").split()
    assert terms.count("보위부") == 2
    assert "탈북자" in terms and "가족" in terms
    assert "보위부가" not in terms and "가족을" not in terms


def test_verbs_are_indexed_by_stem():
    terms = korean.morphemes_for_index("보위원들이 집을 찾아갔다.").split()
    assert "찾아가" in terms
    assert "보위원" in terms


def test_domain_compounds_stay_whole_and_index_their_known_prefix():
    terms = korean.morphemes_for_index("보위부원들이 강제북송됐다.").split()
    assert "보위부원" in terms and "보위부" in terms
    assert "강제북송" in terms


def test_empty_text_indexes_to_nothing():
    assert korean.morphemes_for_index("") == ""
    assert korean.morphemes_for_index("   ") == ""


def test_kiwi_is_loaded_once():
    assert korean.kiwi() is korean.kiwi()


def test_token_offsets_index_the_text():
    text = "😀 보위부가 왔다."
    toks = korean.tokenize(text)
    form = next(t for t in toks if t.form == "보위부")
    assert text[form.start:form.end] == "보위부"
