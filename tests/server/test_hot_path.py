"""The push's hot-path helpers give what the plain forms give: the value ADs (the same bytes
as ``sealing._ad``, or no stored value would open again), ``seal_many`` (opens like ``seal``,
a fresh nonce each), and the array parameters of the PostgreSQL inserts (every value back
as sent, through a real PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, insert, select

from entryhub_server.db import tables as t
from entryhub_server.db.dialect import one_of, pg_array
from entryhub_server.json_text import fields_json, value_json
from entryhub_server.keys.at_rest import _event_ads
from entryhub_server.keys.sealing import (
    DataKey,
    SealingError,
    _ad,
    event_ad,
    event_ad_head,
    event_ad_of_head,
    field_ad,
    field_ad_entity,
    field_ad_head,
    field_ad_of,
)
from entryhub_wire import wire

AWKWARD = [
    "",
    "plain",
    'a "quoted" one',
    "back\\slash",
    "{braces},commas",
    "NULL",
    "null",
    " spaced ",
    "new\nline",
    "tab\there",
    "ÅÄÖ åäö",
    "ሰላም",
    "مرحبا",
    "😀 emoji",
    "|9:pipe|",
    "\x7f",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_value_ads_are_the_generic_form(text: str) -> None:
    assert field_ad("net", text, "id-" + text, text) == _ad(
        "field_state", "value_json", "net", text, "id-" + text, text
    )
    assert field_ad_of(field_ad_head("net", text, "id-" + text), text) == field_ad(
        "net", text, "id-" + text, text
    )
    assert (
        f"{field_ad_entity('net', text)}{len(text) + 3}:id-{text}|{len(text)}:{text}".encode()
        == field_ad("net", text, "id-" + text, text)
    )
    assert event_ad(text, "change", "dev", 3, 41, text, "e" + text) == _ad(
        "event", "fields_json", text, "change", "dev", 3, 41, text, "e" + text
    )
    event = {"network_id": text, "device_id": "dev", "epoch": 3, "seq": 41}
    events = [{**event, "entity": text, "entity_id": "e" + text}]
    assert _event_ads(events) == [event_ad(text, "change", "dev", 3, 41, text, "e" + text)]
    head = event_ad_head(text, "change", "dev-" + text)
    assert event_ad_of_head(head, 3, 41, text, "e" + text) == event_ad(
        text, "change", "dev-" + text, 3, 41, text, "e" + text
    )


def test_seal_rows_opens_like_seal() -> None:
    key = DataKey("net", 1, b"k" * 32)
    items = [
        (f'{{"v":"{n}"}}', field_ad("net", "person", f"p{n}", "given_name")) for n in range(50)
    ]
    rows = [{"value_json": text, "other": n} for n, (text, _) in enumerate(items)]
    key.seal_rows(rows, "value_json", [ad for _, ad in items])
    assert [row["other"] for row in rows] == list(range(50))
    sealed = [str(row["value_json"]) for row in rows]
    assert [key.open(text, ad) for text, (_, ad) in zip(sealed, items, strict=True)] == [
        text for text, _ in items
    ]
    assert all(text.startswith("e1.1.") for text in sealed)
    assert len({text[:30] for text in sealed}) == len(sealed)  # a nonce each
    with pytest.raises(SealingError):  # bound to its row
        key.open(sealed[0], items[1][1])


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("text", [*AWKWARD, None]),
        ("text", [None, None]),
        ("text", []),
        ("bigint", [0, 1, -5, 2**62, None]),
        ("boolean", [True, False, None]),
        ("double precision", [1.5, -0.25, None]),
    ],
)
def test_array_parameters_round_trip(pg_url: str, kind: str, values: list[object]) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                cursor.execute(
                    f"SELECT x FROM unnest(%(c)s::{kind}[]) WITH ORDINALITY AS u(x, o) ORDER BY o",
                    {"c": pg_array(list(values))},
                )
                assert [row[0] for row in cursor.fetchall()] == values
    finally:
        engine.dispose()


@pytest.mark.parametrize("wanted", [["plain", "NULL"], AWKWARD[::2], AWKWARD[1::2], []])
def test_one_of_finds_exactly_the_values_asked_for(pg_url: str, wanted: list[str]) -> None:
    """``one_of``: an array literal when the values allow it, psycopg's array otherwise."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            rows = [
                {"id": f"n{i}", "name": name, "created_at": 0.0} for i, name in enumerate(AWKWARD)
            ]
            conn.execute(insert(t.network), rows)
            found = conn.execute(
                select(t.network.c.name).where(one_of(conn, t.network.c.name, wanted))
            ).scalars()
            assert sorted(found) == sorted(wanted)
            conn.rollback()
    finally:
        engine.dispose()


def test_one_of_sends_plain_values_as_one_array_literal(pg_url: str) -> None:
    """A group's lookup of thousands of ids: the text of one literal, as the inserts' arrays
    (not psycopg's quoting step per value); values that need escaping go as psycopg's array
    (the test above: both find exactly what was asked for)."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            plain = one_of(conn, t.network.c.name, ["a", "b"]).compile(dialect=conn.dialect)
            assert list(plain.params.values()) == ['{"a","b"}']
            assert "::TEXT[]" in str(plain)
            quoted = one_of(conn, t.network.c.name, ['say "hi"'])
            assert list(quoted.compile(dialect=conn.dialect).params.values()) == [['say "hi"']]
    finally:
        engine.dispose()


def test_plain_values_go_as_an_array_literal() -> None:
    assert pg_array(["a", None, "b"]) == '{"a",null,"b"}'
    assert pg_array([1, 2]) == "{1,2}"
    assert pg_array(["", "x"]) == '{"","x"}' and pg_array([]) == "{}"
    assert isinstance(pg_array(['say "hi"']), list)  # escaped: psycopg's own array
    assert isinstance(pg_array(["plain", 'a "quoted" one']), list)
    assert isinstance(pg_array(["back\\slash", "plain"]), list)
    assert isinstance(pg_array([1.5]), list)


def test_the_opener_of_a_page_opens_each_generation_and_refuses_what_open_refuses() -> None:
    from typing import Any, cast

    from entryhub_server.keys.sealing import data_key_ad, wrap
    from entryhub_server.keys.vault import Vault

    master = b"m" * 32
    vault = Vault(master)
    keys = [
        vault.unwrap_data_key("net", g, wrap(master, bytes([g]) * 32, data_key_ad("net", g)))
        for g in (1, 2)
    ]
    opener = vault.opener(cast(Any, None), "net")  # both keys are unwrapped: no lookup
    ad = field_ad("net", "person", "p1", "given_name")
    for key in keys:
        assert opener(key.seal('"Amina"', ad), ad) == '"Amina"'
    for bad in ['"plain"', "e1.", "e1.1", "e1.1.!!!!", "e1.2." + keys[0].seal("1", ad)[5:]]:
        with pytest.raises(SealingError):
            opener(bad, ad)
        with pytest.raises(SealingError):
            vault.open(cast(Any, None), bad, "net", ad)
    with pytest.raises(SealingError):  # another row's AD
        opener(keys[0].seal("1", ad), field_ad("net", "person", "p2", "given_name"))


VALUES: list[object] = [
    *AWKWARD,
    None,
    True,
    False,
    0,
    -7,
    2**70,
    1.5,
    -0.0,
    ["sv", "ar", None, 3],
    {"b": 1, "a": [True, {"z": "ÅÄÖ", "y": None}]},
    [],
    {},
]


@pytest.mark.parametrize("value", VALUES)
def test_value_json_is_canonical(value: object) -> None:
    assert value_json(value) == wire.canonical(value)


def test_fields_json_is_the_canonical_fields_of_a_change() -> None:
    hlc = "0001765100000000-0000-dev"
    fields = {
        name: wire.FieldValue(value, hlc)
        for name, value in zip(["z", "a", "given_name", "n_1", "b"], VALUES[-5:], strict=True)
    }
    assert fields_json(fields) == wire.canonical(
        {name: value.to_json() for name, value in fields.items()}
    )
    texts = {name: value_json(value.value) for name, value in fields.items()}
    assert fields_json(fields, texts) == fields_json(fields)
    one = {"given_name": wire.FieldValue('say "hi"\n', hlc)}
    assert fields_json(one) == wire.canonical({n: v.to_json() for n, v in one.items()})
    assert fields_json(one, {"given_name": value_json('say "hi"\n')}) == fields_json(one)
