"""Schema 13: the search index rebuilt for the East Slavic keys and the Arabic ʿayn readings.

Names that show East Slavic origin (a name in Cyrillic, or a surname or patronymic ending as
they do) get a fourth kind of vocabulary word, ``u``: each word in one fold of the Ukrainian
national romanisation, the Russian style and Swedish by ear (Yevhen Hnatiuk, Evgen Gnatyuk,
Jevgen Gnatjuk; :mod:`entryhub_desk.search.slavic`). A name in Arabic script whose word starts
with ʿayn before a long vowel gets that vowel as a second reading (عيسى: Aisa and Isa, so Issa
meets it; :mod:`entryhub_desk.search.romanise`). The index of a store written before has none
of these keys, so it is built again from the person rows (no schema change).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 13


def upgrade(conn: DeskConnection) -> None:
    from entryhub_desk.store.search_index import rebuild

    rebuild(conn)
