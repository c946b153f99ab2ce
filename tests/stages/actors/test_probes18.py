"""actors: probes (round 18): broadcasters named by their programme role are media people."""

from __future__ import annotations


def test_presenter_host_and_anchor_before_a_name_make_a_media_person(run):
    actors = run("Presenter Ilse Dorning criticised the minister on Tuesday. TV host Mark Velden also attacked the "
                 "plan, and anchor Rita Solberg said it would fail.")
    for name in ("Ilse Dorning", "Mark Velden", "Rita Solberg"):
        person = next((a for a in actors if a.name == name), None)
        assert person is not None and person.kind == "person" and person.sector == "JRN", name
