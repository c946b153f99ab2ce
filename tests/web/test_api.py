"""The JSON API: every endpoint, its filters, and bad parameters answered with a 4xx JSON error (never 500)."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web dependencies (fastapi, uvicorn, jinja2, python-multipart, httpx) are "
                    "not installed")

from eventwire.models import EVENT_TYPES, Record  # noqa: E402
from tests.web.records import annotated_record, hostile_record  # noqa: E402

FIXTURE_ID = annotated_record().document.id


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
    return body["error"]


# -- documents -----------------------------------------------------------------------------------------------


def test_documents_lists_examples_and_fixtures(client, example_records):
    body = client.get("/api/documents").json()
    assert body["total"] == len({r.document.id for r in example_records}) + 2
    ids = [d["id"] for d in body["items"]]
    assert FIXTURE_ID in ids
    row = next(d for d in body["items"] if d["id"] == FIXTURE_ID)
    assert row["n_events"] == 4 and row["n_quotes"] == 1 and row["n_places"] == 3


def test_documents_paging(client):
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["limit"] == 2
    assert {d["id"] for d in first["items"]}.isdisjoint({d["id"] for d in second["items"]})


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": -1}, {"limit": "ten"}, {"limit": 10**9},
                                    {"offset": -5}])
def test_documents_bad_paging(client, params):
    err = error_of(client.get("/api/documents", params=params), 422)
    assert err["code"] == "bad_parameter"


def test_document_record_round_trips(client):
    body = client.get(f"/api/documents/{FIXTURE_ID}").json()
    record = Record.model_validate(body)
    assert record == annotated_record()
    assert body["schema"] == "eventwire/1"


def test_document_by_prefix_and_source_id(client):
    assert client.get(f"/api/documents/{FIXTURE_ID[:20]}").json()["document"]["id"] == FIXTURE_ID
    assert client.get("/api/documents/web-fixture-1").json()["document"]["id"] == FIXTURE_ID


def test_document_not_found(client):
    err = error_of(client.get("/api/documents/sha256:0000000000"), 404)
    assert err["code"] == "not_found"
    error_of(client.get("/api/documents/" + "x" * 300), 422)


# -- events ----------------------------------------------------------------------------------------------------


def fixture_events(client, **params) -> list[dict]:
    body = client.get("/api/events", params={"document": FIXTURE_ID, **params}).json()
    return body["items"]


def test_events_of_a_document(client):
    events = fixture_events(client)
    assert [e["id"] for e in events] == ["E1", "E2", "E3", "E4"]
    e1 = events[0]
    assert e1["type"] == "ASSAULT" and e1["quad"] == "material_conflict"
    assert e1["actors"] == ["Rebel fighters"] and e1["recipients"] == ["Yemeni army"]
    assert e1["place"] == "Marib" and e1["lat"] == pytest.approx(15.46) and e1["source"] == "Saudi-led coalition"


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "ASSAULT"}, ["E1"]),
    ({"type": "assault,agree"}, ["E1", "E2"]),
    ({"status": "uncertain"}, ["E3"]),
    ({"status": "asserted,negated"}, ["E1", "E2", "E4"]),
    ({"actor": "rebel"}, ["E1", "E2", "E4"]),
    ({"actor": "Saleh"}, ["E4"]),
    ({"place": "Muscat"}, ["E2"]),
    ({"place": "OMN"}, ["E2"]),
    ({"since": "2021-02-16", "until": "2021-02-16"}, ["E1", "E2"]),  # E2's "2021-02" overlaps; E3, E4: published
    ({"date": "2021-02"}, ["E1", "E2", "E3", "E4"]),
    ({"date": "2021-03"}, []),
    ({"since": "2021-02-17"}, ["E2", "E3", "E4"]),
])
def test_events_filters(client, params, expected):
    assert [e["id"] for e in fixture_events(client, **params)] == expected


def test_events_limit_and_truncation(client):
    body = client.get("/api/events", params={"document": FIXTURE_ID, "limit": 2}).json()
    assert body["count"] == 2 and body["truncated"] is True and len(body["items"]) == 2


@pytest.mark.parametrize(("params", "status", "code"), [
    ({"type": "EXPLODE"}, 400, "bad_parameter"),
    ({"status": "maybe"}, 400, "bad_parameter"),
    ({"since": "yesterday"}, 422, "bad_parameter"),
    ({"until": "2021-13-01"}, 400, "bad_date"),
    ({"since": "2021-02-30"}, 400, "bad_date"),
    ({"date": "2021", "since": "2020"}, 400, "bad_parameter"),
    ({"limit": 0}, 422, "bad_parameter"),
    ({"limit": "x"}, 422, "bad_parameter"),
    ({"document": "sha256:ffffffffffff"}, 404, "not_found"),
    ({"actor": "a" * 500}, 422, "bad_parameter"),
])
def test_events_bad_parameters(client, params, status, code):
    assert error_of(client.get("/api/events", params=params), status)["code"] == code


def test_events_odd_but_valid_text_is_no_error(client):
    for value in ("%", "_", "'; DROP TABLE events; --", "\u202e", "名"):
        assert client.get("/api/events", params={"actor": value, "place": value}).status_code == 200


# -- actors, places, quotes -------------------------------------------------------------------------------------


def test_actors(client):
    body = client.get("/api/actors", params={"q": "saleh"}).json()
    assert [a["name"] for a in body["items"]] == ["Ahmed Saleh"]
    assert body["items"][0]["kind"] == "person"
    yem = client.get("/api/actors", params={"country": "yem", "kind": "military"}).json()["items"]
    assert {a["name"] for a in yem} >= {"Yemeni army", "Ahmed Saleh"} - {"Ahmed Saleh"}
    assert len(client.get("/api/actors", params={"limit": 1}).json()["items"]) == 1


@pytest.mark.parametrize("params", [{"kind": "alien"}, {"country": "YE"}, {"country": "Y3M"}, {"limit": 0}])
def test_actors_bad_parameters(client, params):
    error_of(client.get("/api/actors", params=params), 422)


def test_places(client):
    items = client.get("/api/places", params={"q": "marib"}).json()["items"]
    assert items[0]["name"] == "Marib" and items[0]["lat"] == pytest.approx(15.46)
    omn = client.get("/api/places", params={"country": "OMN", "feature": "city"}).json()["items"]
    assert omn[0]["name"] == "Muscat"


@pytest.mark.parametrize("params", [{"feature": "planet"}, {"country": "12"}, {"limit": 100000}])
def test_places_bad_parameters(client, params):
    error_of(client.get("/api/places", params=params), 422)


def test_quotes(client):
    items = client.get("/api/quotes", params={"document": FIXTURE_ID}).json()["items"]
    assert [(q["id"], q["speaker"], q["cue"]) for q in items] == [("Q1", "Ahmed Saleh", "said")]
    assert client.get("/api/quotes", params={"actor": "Saleh", "kind": "direct"}).json()["count"] >= 1
    error_of(client.get("/api/quotes", params={"kind": "sung"}), 422)


# -- graph, timeline, overview, vocabulary ----------------------------------------------------------------------------


def test_graph(client):
    graph = client.get("/api/graph").json()
    names = {n["id"] for n in graph["nodes"]}
    assert {"Rebel fighters", "Yemeni army", "Yemeni government", "Ahmed Saleh"} <= names
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("Rebel fighters", "Yemeni army")]["relation"] == "conflict"
    assert edges[("Yemeni government", "Rebel fighters")]["relation"] == "cooperation"
    assert client.get("/api/graph", params={"type": "AGREE"}).json()["edges"][0]["types"] == {"AGREE": 1}
    assert client.get("/api/graph", params={"min_count": 1000}).json() == {"nodes": [], "edges": [],
                                                                          "truncated": False}
    small = client.get("/api/graph", params={"max_nodes": 2}).json()
    assert small["truncated"] is True and len(small["nodes"]) <= 2
    assert all(e["source"] in {n["id"] for n in small["nodes"]} for e in small["edges"])


@pytest.mark.parametrize("params", [{"type": "nope"}, {"min_count": 0}, {"status": "x"}, {"until": "2021-02-31"},
                                    {"max_nodes": 0}])
def test_graph_bad_parameters(client, params):
    assert client.get("/api/graph", params=params).status_code in (400, 422)


def test_timeline(client):
    body = client.get("/api/timeline", params={"bucket": "day", "actor": "rebel"}).json()
    assert body["bucket"] == "day"
    by_day = {p["period"]: p["counts"] for p in body["series"]}
    assert by_day["2021-02-16"] == {"ASSAULT": 1}
    assert by_day["2021-02-17"] == {"THREATEN": 1}  # no own date: the publication date
    assert body["undated"] == {"AGREE": 1}  # "2021-02" is coarser than a day
    month = client.get("/api/timeline", params={"document": FIXTURE_ID, "bucket": "month"}).json()
    assert month["bucket"] == "month"
    error_of(client.get("/api/timeline", params={"bucket": "week"}), 422)


def test_overview(client):
    body = client.get("/api/overview", params={"top": 3}).json()
    counts = body["counts"]
    assert counts["events"] >= 5 and counts["located_events"] >= 5 and counts["documents"] >= 8
    assert set(counts["events_by_type"]) <= set(EVENT_TYPES)
    assert len(body["top_actors"]) <= 3 and len(body["top_places"]) <= 3
    assert body["timeline"]["series"]
    error_of(client.get("/api/overview", params={"top": 0}), 422)


def test_vocabulary(client):
    body = client.get("/api/vocabulary").json()
    assert body["event_types"] == list(EVENT_TYPES)
    assert body["quad_classes"]["AGREE"].endswith("cooperation")
    assert "Loaded_Language" in body["techniques"]


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors", "/api/places",
                 "/api/quotes", "/api/graph", "/api/timeline", "/api/overview", "/api/vocabulary", "/api/analyse"):
        assert path in paths, path
    assert {"application/json", "multipart/form-data"} <= set(paths["/api/analyse"]["post"]["requestBody"]["content"])
    assert {p["name"] for p in paths["/api/events"]["get"]["parameters"]} >= {
        "type", "actor", "place", "since", "until", "date", "status", "limit"}


def test_no_cdn_docs_pages(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_unknown_api_path_and_method(client):
    assert error_of(client.get("/api/nothing"), 404)["code"] == "not_found"
    assert error_of(client.delete("/api/documents"), 405)["code"] == "method_not_allowed"
    assert error_of(client.get("/api/analyse"), 405)["code"] == "method_not_allowed"


# -- pages and headers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/documents", "/map", "/network", "/analyse", f"/article/{FIXTURE_ID}",
                                  "/article/web-fixture-1"])
def test_pages_and_security_headers(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    html = response.text
    assert "<script>" not in html and "onclick=" not in html and "style=" not in html  # no inline code at all
    assert 'src="/static/app.js"' in html and "http://" not in html.split("<footer")[0].replace("http://www.w3", "")


def test_article_page_escapes_the_title(client):
    html = client.get(f"/article/{hostile_record().document.id}").text
    assert "<img src=x" not in html and "&lt;img src=x" in html


def test_missing_pages(client):
    assert client.get("/article/sha256:00000000").status_code == 404
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/static/nothing.js").status_code == 404


def test_static_assets_are_local(client):
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text and "eval(" not in js.text
    assert "https://" not in js.text.replace("https://www.w3.org", "")
    world = client.get("/static/data/countries-110m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
    assert client.get("/static/app.css").status_code == 200


def test_store_opened_read_only(app):
    assert app.state.store.read_only is True


# -- analysis ------------------------------------------------------------------------------------------------------

TEXT = ("Rebels shelled the town of Marib on Tuesday, the army said. "
        "\"We will respond,\" the army spokesman told reporters.")


def test_analyse_text_json(client):
    response = client.post("/api/analyse", json={"text": TEXT, "title": "Marib", "published": "2021-02-17"})
    assert response.status_code == 200, response.text
    record = Record.model_validate(response.json())
    assert record.document.text == TEXT and record.document.title == "Marib"
    assert record.document.published == "2021-02-17"
    # nothing was stored
    ids = [d["id"] for d in client.get("/api/documents", params={"limit": 1000}).json()["items"]]
    assert record.document.id not in ids


def test_analyse_html_json(client):
    html = ("<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
            "<p>Government envoys met rebel negotiators in Muscat on Monday and agreed to exchange prisoners, "
            "officials said.</p><script>alert(1)</script></article></body></html>")
    response = client.post("/api/analyse", json={"html": html})
    assert response.status_code == 200, response.text
    text = response.json()["document"]["text"]
    assert "Muscat" in text and "alert(1)" not in text


def test_analyse_markup_as_text_is_kept_verbatim(client):
    text = "Officials said <script>alert(1)</script> and <img src=x onerror=alert(2)> were found."
    response = client.post("/api/analyse", json={"text": text})
    assert response.status_code == 200
    assert response.json()["document"]["text"] == text
    assert response.headers["content-type"].startswith("application/json")


def test_analyse_multipart_file_upload(client):
    files = {"file": ("story.txt", TEXT.encode("utf-8"), "text/plain")}
    response = client.post("/api/analyse", files=files, data={"published": "2021-02-17"})
    assert response.status_code == 200, response.text
    assert response.json()["document"]["text"] == TEXT
    html = b"<html><body><article><p>" + TEXT.encode() + b"</p></article></body></html>"
    response = client.post("/api/analyse", files={"file": ("story.html", html, "text/html")})
    assert response.status_code == 200, response.text
    assert "Marib" in response.json()["document"]["text"]


def test_analyse_form_text(client):
    response = client.post("/api/analyse", data={"text": TEXT, "title": "T"})
    assert response.status_code == 200, response.text
    assert response.json()["document"]["title"] == "T"


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"json": {}}, 422, "bad_parameter"),
    ({"json": {"text": TEXT, "html": "<p>x</p>"}}, 422, "bad_parameter"),
    ({"json": {"text": TEXT, "colour": "red"}}, 422, "bad_parameter"),
    ({"json": {"text": 42}}, 422, "bad_parameter"),
    ({"json": [TEXT]}, 422, "bad_parameter"),
    ({"json": {"text": "   \n "}}, 400, "empty"),
    ({"json": {"text": TEXT, "published": "17/02/2021"}}, 400, "bad_date"),
    ({"json": {"html": "<html><body></body></html>"}}, 400, "empty"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "bad_json"),
    ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
    ({"files": {"file": ("x.bin", b"\x00\x01\x02binary\x00" * 10, "application/octet-stream")}}, 400, "binary"),
    ({"files": {"file": ("a.txt", b"text", "text/plain")}, "data": {"text": "more"}}, 400, "bad_parameter"),
    ({"data": {"title": "no text"}}, 422, "bad_parameter"),
    ({}, 415, "unsupported_media_type"),
])
def test_analyse_bad_requests(client, kwargs, status, code):
    assert error_of(client.post("/api/analyse", **kwargs), status)["code"] == code


def test_analyse_size_limit_declared(client):
    big = "word " * 30_000  # 150 kB > the 100 kB test limit
    err = error_of(client.post("/api/analyse", json={"text": big}), 413)
    assert err["code"] == "too_large"
    err = error_of(client.post("/api/analyse", files={"file": ("big.txt", big.encode(), "text/plain")}), 413)
    assert err["code"] == "too_large"


def test_analyse_size_limit_streamed(client):
    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    response = client.post("/api/analyse", content=chunks(), headers={"content-type": "application/json"})
    assert error_of(response, 413)["code"] == "too_large"


def test_analyse_refuses_cross_site_requests(client):
    response = client.post("/api/analyse", json={"text": TEXT}, headers={"sec-fetch-site": "cross-site"})
    assert error_of(response, 403)["code"] == "cross_site"


def test_host_header_check(store_path):
    from fastapi.testclient import TestClient

    from eventwire.web.server import LOOPBACK_HOSTS, create_app

    client = TestClient(create_app(store_path, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8000")
    assert client.get("/api/vocabulary").status_code == 200
    assert client.get("/api/vocabulary", headers={"host": "localhost:8000"}).status_code == 200
    assert error_of(client.get("/api/vocabulary", headers={"host": "evil.example:8000"}), 400)["code"] == "bad_host"


def test_analysis_unavailable_is_503(store_path):
    from fastapi.testclient import TestClient

    from eventwire.errors import PipelineError
    from eventwire.web.server import create_app

    def broken(article):
        raise PipelineError("the model is missing")

    client = TestClient(create_app(store_path, analyser=broken))
    err = error_of(client.post("/api/analyse", json={"text": TEXT}), 503)
    assert err == {"code": "analysis_unavailable", "message": "the model is missing"}


def test_create_app_refuses_missing_store(tmp_path):
    from eventwire.errors import StoreError
    from eventwire.web.server import create_app

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.duckdb")


def test_serve_refuses_missing_store(tmp_path):
    from eventwire.errors import StoreError
    from eventwire.web.server import serve

    with pytest.raises(StoreError):
        serve(tmp_path / "none.duckdb", "127.0.0.1", 0)


def test_json_error_bodies_are_json(client):
    response = client.get("/api/events", params={"type": "<script>"})
    assert json.loads(response.text)["error"]["message"]
    assert response.headers["content-type"].startswith("application/json")


ODD_VALUES = ["", " ", "\x00", "%00", "a" * 199, "\u202e\u0000x", "NaN", "-1", "1e9", "[]", "{}", "名前",
              "' OR 1=1 --",
              "2021-00", "0000", "9999-12-31"]
GET_ENDPOINTS = {
    "/api/documents": ["limit", "offset"],
    "/api/events": ["type", "actor", "place", "since", "until", "date", "status", "document", "limit"],
    "/api/actors": ["q", "kind", "country", "limit"],
    "/api/places": ["q", "country", "feature", "limit"],
    "/api/quotes": ["actor", "kind", "document", "limit"],
    "/api/graph": ["type", "actor", "place", "since", "until", "date", "status", "min_count", "max_nodes"],
    "/api/timeline": ["type", "actor", "place", "since", "until", "date", "status", "bucket"],
    "/api/overview": ["top"],
}


@pytest.mark.parametrize("path", sorted(GET_ENDPOINTS))
def test_no_parameter_value_causes_a_server_error(client, path):
    for name in GET_ENDPOINTS[path]:
        for value in ODD_VALUES:
            response = client.get(path, params={name: value})
            assert response.status_code < 500, (path, name, value, response.text)
            if response.status_code >= 400:
                assert response.json()["error"]["code"]
    for value in ODD_VALUES:
        response = client.get("/api/documents/" + quote(value or "x", safe=""))
        assert response.status_code in (200, 400, 404, 422), (value, response.text)
