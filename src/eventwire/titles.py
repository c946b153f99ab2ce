"""A personal name introduced by a title ("former President Alejandro Toledo"): the shape both the actors and the
places stage read, in one place. The tagger often labels such a surname as the town it is spelt like, so the
actors stage makes the person of it and the places stage drops the town."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def after_title_and_given_name(doc: Doc, i: int, titles: frozenset[str] | set[str] | dict) -> bool:
    """Whether token `i` follows a capitalised title (one of `titles`, lower case, without a full stop) and a
    capitalised given name that the tagger did not call a place."""
    if i < 2:
        return False
    title, given = doc[i - 2], doc[i - 1]
    return title.text[:1].isupper() and title.text.rstrip(".").lower() in titles and given.is_alpha \
        and given.text[:1].isupper() and given.text[1:].islower() and given.ent_type_ not in ("GPE", "LOC")
