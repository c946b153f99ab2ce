"""Each input kind and each bad-input code of CONTRACT.md, built by hand."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.document import Article, document_id
from eventwire.errors import InputError
from eventwire.ingest import article_from_txt, decode, read_path, read_paths


def _one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_txt_title_when_blank_line_follows(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline here\n\nBody sentence one.\n", encoding="utf-8")
    article = _one(read_path(path))
    assert article.title == "Headline here"
    assert article.text == "Headline here\n\nBody sentence one.\n"  # headlines are text too


def test_txt_no_title_without_blank_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("First line\nsecond line\n\nthird", encoding="utf-8")
    assert _one(read_path(path)).title is None


def test_txt_newlines_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\r\n\r\nBody.\r\n")
    assert _one(read_path(path)).text == "Title\n\nBody.\n"


def test_html_main_text_metadata_and_blockquote(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Big news</title>"
        '<meta property="article:published_time" content="2021-02-17T08:00:00Z">'
        '<link rel="canonical" href="https://example.org/x"></head><body><article><h1>Big news</h1>'
        "<p>The first paragraph says that something happened in the city on Tuesday, officials said.</p>"
        "<blockquote>We will not stop until the job is done, the minister said in a statement.</blockquote>"
        "<p>A second paragraph with <script>alert(1)</script>more words about what happened afterwards.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = _one(read_path(path))
    assert article.title == "Big news"
    assert article.published == "2021-02-17"
    assert article.url == "https://example.org/x"
    assert "alert" not in article.text
    start, end = article.blockquotes[0]
    assert article.text[start:end].startswith("We will not stop")
    assert "\n\n" in article.text


def test_jsonl_fields_and_text_kept_unchanged(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": "  Spaces kept.\r\n", "title": "T", "published": "2020-01-02", "url": "u", "outlet": "o"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    article = _one(read_path(path))
    assert (article.text, article.title, article.published, article.source_id, article.outlet) == (
        "  Spaces kept.\r\n", "T", "2020-01-02", "x1", "o")


def test_directory_recursive_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    texts = [a.text for a in read_path(tmp_path)]
    assert texts == ["B text", "A text"]


def test_stdin_plain_and_jsonl():
    assert _one(read_path("-", stdin=io.BytesIO(b"Some text."))).text == "Some text."
    articles = list(read_path("-", stdin=io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')))
    assert [a.text for a in articles] == ["one", "two"]


def test_published_option_overrides_and_is_checked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Body", encoding="utf-8")
    assert _one(read_path(path, published="2019-06-01")).published == "2019-06-01"
    err = _one(read_path(path, published="June 1st"))
    assert isinstance(err, InputError) and err.code == "bad_date"


def test_id_is_sha256_of_text():
    assert Article(text="abc").id == document_id("abc")
    assert document_id("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("bad.jsonl", b'{"text": "ok"\n', "bad_json"),
        ("notobj.jsonl", b'["text"]\n', "bad_json"),
        ("notext.jsonl", b'{"title": "no text"}\n', "bad_json"),
        ("baddate.jsonl", b'{"text": "ok", "published": "yesterday"}\n', "bad_date"),
        ("emptytext.jsonl", b'{"text": ""}\n', "empty"),
    ],
)
def test_bad_input_codes(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    err = _one(read_path(path))
    assert isinstance(err, InputError)
    assert err.code == code
    assert str(path) in err.line() and f": {code}: " in err.line()


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 200, encoding="utf-8")
    err = _one(read_path(path, max_bytes=100))
    assert err.code == "too_large"


def test_unreadable(tmp_path):
    err = _one(read_path(tmp_path / "missing.txt"))
    assert err.code == "unreadable"


def test_non_utf8_encoding_detected():
    text = "Le président a déclaré à Genève que les négociations reprendraient bientôt."
    assert decode(text.encode("latin-1"), where="x") == text


def test_bad_line_does_not_stop_the_batch(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "one"}\nnot json\n{"text": "three"}\n', encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert items[1].where == f"{path}:2"


def test_article_from_txt_single_line_has_no_title():
    assert article_from_txt("Only one line", where="x").title is None
