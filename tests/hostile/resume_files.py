"""Hostile JSON Resume files: deep nesting, huge numbers, NaN, lone surrogates, 100,000
skills, megabyte strings, wrong types, duplicate keys, byte order marks and UTF-16."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.resume import limits
from tests.hostile.corpus import Case, made, write

FULL = Path(__file__).with_name("full_resume.json")


def full() -> dict[str, object]:
    """A complete export (every section and extra) of one profile."""
    document: dict[str, object] = json.loads(FULL.read_text(encoding="utf-8"))
    return document


def _text(document: object) -> str:
    return json.dumps(document, ensure_ascii=False)


def _with(text: str) -> bytes:
    """A small valid resume with ``text`` spliced in as the value of basics.label."""
    return ('{"basics": {"name": "Amal Haddad", "label": ' + text + "}}").encode()


def _skills(count: int, name: str = "") -> bytes:
    item = '{"name": "' + name + '"}' if name else "{}"
    return ('{"basics": {"name": "A B"}, "skills": [' + ",".join([item] * count) + "]}").encode()


def _many_values() -> bytes:
    groups = {f"g{i}": list(range(400)) for i in range(60)}  # 24,000 values, each list < 500
    return _text({"basics": {"name": "A B"}, "x-entryhub": {"extra": groups}}).encode()


def _late_failure() -> bytes:
    """Valid up to its last entry: the person and the other entries must not be stored."""
    document = full()
    document.pop("x-entryhub", None)
    languages = document["languages"]
    assert isinstance(languages, list)
    languages.append({"language": "Klingon", "fluency": "Native speaker"})
    return _text(document).encode()


def _wrong_types() -> list[Case]:
    cases = []
    for name, document in {
        "basics-a-list": {"basics": []},
        "name-a-number": {"basics": {"name": 42}},
        "skills-an-object": {"basics": {"name": "A B"}, "skills": {"name": "x"}},
        "work-of-strings": {"basics": {"name": "A B"}, "work": ["nurse"]},
        "date-a-number": {"basics": {"name": "A B"}, "work": [{"startDate": 2014}]},
        "highlights-nested": {"basics": {"name": "A B"}, "work": [{"highlights": [["x"]]}]},
        "extra-goals-a-number": {"basics": {"name": "A B"}, "x-entryhub": {"goals": 5}},
        "extra-language-a-list": {
            "basics": {"name": "A B"},
            "languages": [{"language": "Arabic", "x-entryhub": {"language": ["ar"]}}],
        },
        "extra-work-type-unknown": {
            "basics": {"name": "A B"},
            "work": [{"name": "X", "position": "Y", "x-entryhub": {"work_type": "slavery"}}],
        },
        "top-level-array": [],
        "top-level-string": "resume",
    }.items():
        code = "resume.invalid"
        if name == "extra-language-a-list":
            code = "validation.invalid"
        if name == "extra-work-type-unknown":
            code = "validation.unknown_code"
        cases.append(
            Case(
                "resume", f"wrong-type-{name}", write("r.json", _text(document).encode()), code=code
            )
        )
    return cases


DEPTH = limits.MAX_DEPTH

CASES: list[Case] = [
    Case("resume", "valid-full", write("r.json", _text(full()).encode()), created=1),
    Case(
        "resume",
        "nested-100k",
        made("r.json", lambda: b"[" * 100_000 + b"]" * 100_000),
        code="resume.too_deep",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "nested-20-in-extra",
        write(
            "r.json",
            (
                '{"basics": {"name": "A B"}, "x-entryhub": {"n": ' + "[" * 20 + "]" * 20 + "}}"
            ).encode(),
        ),
        code="resume.too_deep",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "number-5000-digits",
        write("r.json", _with("1" * 5000)),
        code="resume.bad_number",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "float-1e999",
        write("r.json", _with("1e999")),
        code="resume.bad_number",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "nan",
        write("r.json", _with("NaN")),
        code="resume.bad_number",
        mentions=("where",),
    ),
    Case(
        "resume",
        "infinity",
        write("r.json", _with("-Infinity")),
        code="resume.bad_number",
        mentions=("where",),
    ),
    Case(
        "resume",
        "lone-surrogate",
        write("r.json", _with('"Amal \\ud800 Haddad"')),
        code="resume.bad_text",
        mentions=("where",),
    ),
    Case(
        "resume",
        "lone-surrogate-in-key",
        write("r.json", b'{"basics": {"name": "A B", "\\udc00": "x"}}'),
        code="resume.bad_text",
        mentions=("where",),
    ),
    Case(
        "resume",
        "nul-in-text",
        write("r.json", _with('"A\\u0000B"')),
        code="resume.bad_text",
        mentions=("where",),
    ),
    Case(
        "resume",
        "skills-100k-2mb",
        made("r.json", lambda: _skills(100_000, "Cupping therapy")),
        code="resume.too_large",
        mentions=("limit_kb",),
    ),
    Case(
        "resume",
        "skills-100k-compact",
        made("r.json", lambda: _skills(100_000)),
        code="resume.too_many",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "skills-501",
        made("r.json", lambda: _skills(501, "x")),
        code="resume.too_many",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "string-2mb",
        made("r.json", lambda: _with('"' + "a" * 2_000_000 + '"')),
        code="resume.too_large",
        mentions=("limit_kb",),
    ),
    Case(
        "resume",
        "string-900k",
        made("r.json", lambda: _with('"' + "a" * 900_000 + '"')),
        code="resume.too_long",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "24000-values",
        made("r.json", _many_values),
        code="resume.too_many",
        mentions=("where", "limit"),
    ),
    Case(
        "resume",
        "duplicate-keys",
        write("r.json", b'{"basics": {"name": "Amal Haddad", "name": "Someone Else"}}'),
        code="resume.duplicate_key",
        mentions=("where", "key"),
    ),
    Case(
        "resume", "utf8-bom", write("r.json", b"\xef\xbb\xbf" + _text(full()).encode()), created=1
    ),
    Case("resume", "utf16-bom", write("r.json", _text(full()).encode("utf-16")), created=1),
    Case(
        "resume", "utf16-le-no-bom", write("r.json", _text(full()).encode("utf-16-le")), created=1
    ),
    Case(
        "resume",
        "latin1",
        write("r.json", '{"basics": {"name": "Åsa Öberg"}}'.encode("latin-1")),
        code="resume.bad_encoding",
        mentions=("position",),
    ),
    Case(
        "resume",
        "cut-off",
        write("r.json", _text(full()).encode()[:1000]),
        code="resume.not_json",
        mentions=("line", "column"),
    ),
    Case(
        "resume", "empty", write("r.json", b""), code="resume.not_json", mentions=("line", "column")
    ),
    Case("resume", "binary", write("r.json", bytes(range(256)) * 4), code="resume.bad_encoding"),
    Case(
        "resume",
        "1.1-mb",
        made("r.json", lambda: _with('"' + " " * 1_100_000 + '"')),
        code="resume.too_large",
        mentions=("limit_kb",),
    ),
    Case(
        "resume",
        "invalid-last-entry",
        made("r.json", _late_failure),
        code="validation.unknown_code",
        mentions=("field",),
    ),
    *_wrong_types(),
]
