"""Ingest: every input format into Documents, bad inputs into IngestErrors
that name the file (and line) and the reason."""
from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from chronicle.ingest import IngestError, document_from_record, iter_files, iter_items
from chronicle.ingest.errors import ReadError
from chronicle.ingest.language import detect_language
from chronicle.records import Document

from conftest import FIXTURES, make_pdf

KO_TEXT = ("국가보위부가 탈북자 가족들을 감시하고 있다고 소식통이 전했다. "
           "보위부 요원들은 가족들에게 한국에 있는 자녀에게 전화를 걸라고 강요했다.")
EN_TEXT = ("Officials from the State Security Department visited the families of defectors in Hyesan "
           "and warned them to stay silent about the calls.")


def one(path) -> Document:
    items = list(iter_items([path]))
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def one_error(path) -> IngestError:
    items = list(iter_items([path]))
    assert len(items) == 1, items
    assert isinstance(items[0], IngestError), items[0]
    return items[0]


# -- formats ---------------------------------------------------------------
def test_plain_text_utf8_title_language_and_raw(tmp_path):
    raw = f"Families summoned\n\n{EN_TEXT}\n".encode("utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(raw)
    doc = one(path)
    assert doc.raw == raw
    assert doc.document_id == hashlib.sha256(raw).hexdigest()
    assert doc.text == raw.decode("utf-8")
    assert doc.source.title == "Families summoned"
    assert doc.source.language == "en"
    assert doc.media_type == "text/plain"
    assert doc.origin == str(path)


def test_plain_text_cp949_decodes_to_hangul(tmp_path):
    raw = KO_TEXT.encode("cp949")
    path = tmp_path / "ko.txt"
    path.write_bytes(raw)
    doc = one(path)
    assert doc.text == KO_TEXT
    assert doc.raw == raw  # the stored bytes are the file's, not a re-encoding
    assert doc.document_id == hashlib.sha256(raw).hexdigest()
    assert doc.source.language == "ko"


def test_crlf_becomes_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nAgents visited a home.\r\n")
    assert one(path).text == "Title\n\nAgents visited a home.\n"


def test_html_utf8_main_text_and_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Agents visit homes</title>'
                    f"</head><body><nav>Home | About</nav><article><p>{EN_TEXT}</p></article></body></html>",
                    encoding="utf-8")
    doc = one(path)
    assert EN_TEXT in doc.text
    assert doc.source.title == "Agents visit homes"
    assert doc.source.language == "en"
    assert doc.media_type == "text/html"


def test_html_euc_kr_page_comes_out_as_hangul(tmp_path):
    page = ('<html><head><meta charset="euc-kr"><title>보위부 소식</title></head>'
            f"<body><article><p>{KO_TEXT}</p></article></body></html>")
    path = tmp_path / "ko.html"
    raw = page.encode("euc-kr")
    path.write_bytes(raw)
    doc = one(path)
    assert KO_TEXT in doc.text
    assert doc.source.title == "보위부 소식"
    assert doc.source.language == "ko"
    assert doc.raw == raw


def test_pdf_text_layer_and_metadata(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Security agents arrested a broker in Hyesan.",
                               "His wife was questioned for two days."], title="Broker arrested"))
    doc = one(path)
    assert "Security agents arrested a broker in Hyesan." in doc.text
    assert "His wife was questioned for two days." in doc.text
    assert doc.source.title == "Broker arrested"
    assert doc.source.published == "2015-03-04"
    assert doc.source.language == "en"
    assert doc.media_type == "application/pdf"


def test_pdf_found_by_magic_bytes_without_suffix(tmp_path):
    path = tmp_path / "download"
    path.write_bytes(make_pdf(["Police arrested two traders in Musan."]))
    assert "Police arrested two traders in Musan." in one(path).text


def test_rss_feed_one_document_per_entry():
    items = list(iter_items([FIXTURES / "feeds" / "border-watch.rss"]))
    assert all(isinstance(i, Document) for i in items), items
    assert [d.source.title for d in items] == ["Families questioned in Hyesan", "Phones seized at Musan market"]
    first, second = items
    assert first.text == ("Security agents visited the homes of two defectors in Hyesan "
                          "and questioned their parents for hours.")
    assert first.source.url == "https://example.org/a/1"
    assert first.source.outlet == "Border Watch"
    # The date as the feed states it (+0900), not shifted to UTC.
    assert first.source.published == "2014-09-16"
    assert second.source.published == "2014-09-17"
    assert first.source.language == "en"
    assert first.origin.endswith("border-watch.rss#entry1")
    assert first.document_id != second.document_id


def test_atom_feed_korean_entry():
    doc = one(FIXTURES / "feeds" / "gukgyeong.atom")
    assert doc.text.startswith("보위부 요원들이 탈북자 가족의 집을 찾아가")
    assert doc.source.title == "보위부, 탈북자 가족 방문"
    assert doc.source.outlet == "국경 소식"
    assert doc.source.published == "2015-03-01"
    assert doc.source.language == "ko"
    assert doc.source.url == "https://example.org/ko/1"


def test_jsonl_text_and_html_records_and_line_errors():
    path = FIXTURES / "bad" / "mixed.jsonl"
    items = list(iter_items([path]))
    assert [type(i).__name__ for i in items] == [
        "Document", "IngestError", "IngestError", "IngestError", "IngestError", "Document"]
    good, not_json, not_object, no_text, bad_date, from_html = items
    assert good.origin == f"{path}:1"
    assert good.source.outlet == "Test Wire" and good.source.published == "2016-05-04"
    assert good.text.startswith("Agents visited the home of a defector's mother in Musan.")
    assert good.document_id == hashlib.sha256(good.raw).hexdigest()
    assert not_json.origin == f"{path}:2" and "not JSON" in not_json.reason
    assert not_object.origin == f"{path}:3" and "JSON object" in not_object.reason
    assert no_text.origin == f"{path}:4" and '"text"' in no_text.reason and '"html"' in no_text.reason
    assert bad_date.origin == f"{path}:5" and "not a date" in bad_date.reason
    assert from_html.origin == f"{path}:6"
    assert from_html.text == "Border guards arrested a woman crossing the Tumen river near Onsong."
    assert from_html.media_type == "text/html"
    assert from_html.source.language == "en"  # detected: the record does not say


def test_document_from_record_defaults_raw_to_canonical_json():
    rec = {"text": KO_TEXT, "title": "제목"}
    doc = document_from_record(rec, "x:1")
    assert json.loads(doc.raw) == rec
    assert doc.source.language == "ko"
    with pytest.raises(ReadError):
        document_from_record({"text": "Agents visited.", "title": 5}, "x:2")


def test_language_detection():
    assert detect_language(EN_TEXT) == "en"
    assert detect_language(KO_TEXT) == "ko"
    # Korean with Latin acronyms and numbers is still Korean.
    assert detect_language("2014년 9월 SSD(국가보위부) 요원들이 회령시 주민 3명을 체포했다.") == "ko"
    assert detect_language("12345 -- 678") == "und"


def test_folders_recurse_in_order_and_skip_hidden():
    files = [p.relative_to(FIXTURES / "tree").as_posix() for p in iter_files([FIXTURES / "tree"])]
    assert files == ["top.txt", "sub/middle.html", "sub/deeper/bottom.txt"]
    docs = list(iter_items([FIXTURES / "tree"]))
    assert all(isinstance(d, Document) for d in docs), docs
    assert {d.media_type for d in docs} == {"text/plain", "text/html"}
    assert all(d.source.language == "en" for d in docs)


# -- bad inputs: one error each, naming the file and the reason ------------------
@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("nul.txt", b"Agents visited\x00\x01\x02\x03 a home" * 20, "NUL bytes"),
    ("nul.html", b"<html>\x00\x00\x00</html>" * 20, "NUL bytes"),
    ("unknown.txt", b"Agents " + bytes([0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 200, "encoding"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("notes.docx", b"PK\x03\x04 whatever", "unsupported file type"),
])
def test_bad_file_gives_one_error_naming_it(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    err = one_error(path)
    assert err.origin == str(path)
    assert reason in err.reason
    assert str(path) in str(err)


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_truncated_pdf(tmp_path, cut):
    raw = make_pdf(["Police arrested two traders in Musan."])
    path = tmp_path / "cut.pdf"
    path.write_bytes(raw[: int(len(raw) * cut)])
    err = one_error(path)
    assert err.origin == str(path)
    assert "PDF" in err.reason


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([]))
    assert "no text layer" in one_error(path).reason


@pytest.mark.parametrize("name", ["entity-bomb.rss", "external-entity.rss"])
def test_hostile_feed_refused_fast(name):
    path = FIXTURES / "bad" / name
    err = one_error(path)
    assert err.origin == str(path)
    assert "refused" in err.reason and "entit" in err.reason.lower()


def test_missing_path(tmp_path):
    err = one_error(tmp_path / "nope.txt")
    assert "no such file" in err.reason


def test_one_bad_file_does_not_stop_the_rest(tmp_path):
    shutil.copytree(FIXTURES / "tree", tmp_path / "tree")
    (tmp_path / "tree" / "sub" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj")
    (tmp_path / "tree" / "zero.txt").write_bytes(b"")
    items = list(iter_items([tmp_path / "tree"]))
    errors = [i for i in items if isinstance(i, IngestError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 3
    assert sorted(e.origin.rsplit("/", 1)[1] for e in errors) == ["broken.pdf", "zero.txt"]


def test_a_given_text_is_kept_verbatim_so_offsets_index_the_callers_string():
    from chronicle.api import extract

    text = ("Security agents detained two relatives of a defector in Hyesan last week.\r\n\r\n"
            "Rice prices were stable, a source in Ryanggang Province said.")
    doc = document_from_record({"text": text, "language": "en", "published": "2019-03-10"}, "t")
    assert doc.text == text
    records = extract(text, published="2019-03-10", language="en")
    assert records and all(text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]
                           for r in records)
    # control characters, which no report carries, are still cleaned
    assert document_from_record({"text": "Agents\x0b came.", "language": "en"}, "t").text == "Agents came."
