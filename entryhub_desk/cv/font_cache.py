"""A per-user cache of the CV fonts as registered: what reportlab parsed from each TrueType file
(in pure Python, tens of milliseconds a font) and the private codes :mod:`.fonts` added.

One file per font and key under the user's cache folder (``…/entryhub-desk/fonts``), in
``marshal`` form (plain ints, strings, bytes, lists, tuples and dicts, as in Python's own bytecode
cache). An entry is used only when everything it was made from is the same: the font file's
bytes (size and SHA-256; they are read anyway), reportlab's, HarfBuzz's and Python's versions and
:data:`FORMAT`. The file's name carries a digest of that key, so that programs of other versions
(or copies of the program whose font files are the same bytes with other times) share the folder
without overwriting each other's entries: each finds its own; entries of other keys not written
for :data:`KEEP_OTHERS_DAYS` are removed when one is written. Anything else (no entry, another
key, a damaged or unreadable file, a cache folder that cannot be written) means the font is
parsed as before; a cache never changes what is drawn, only how soon
(``tests/cv/test_font_cache.py``).
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Final
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
import uharfbuzz as hb
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFontFace

from entryhub_desk.config import APP_AUTHOR, APP_NAME
from entryhub_desk.cv.tounicode import CvTTFont

log = logging.getLogger(__name__)

#: Bumped whenever what is stored, or the way :mod:`.fonts` changes a parsed font, changes
#: (its constants are in the key anyway: ``fonts.CACHE_RECIPE``).
FORMAT: Final = 3
#: Entries of a font under another key are removed, when an entry is written, after this long.
KEEP_OTHERS_DAYS: Final = 30
# Attributes of a parsed face that are not stored: the file's bytes (read again, and hashed)
# and a function (made again from ``unitsPerEm``).
_NOT_STORED: Final = frozenset({"_ttf_data", "_pdfScale", "filename"})
_NAME_TAG: Final = "ttf-name"
# An entry starts with the SHA-256 of the rest: marshal's reader is not made for damaged data.
_DIGEST_SIZE: Final = 32


def cache_dir() -> Path:
    """The folder of the cached fonts (the platform's per-user cache folder)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "fonts"


def key(data: bytes, recipe: str) -> dict[str, Any]:
    """What an entry must have been made from to be used for a font file whose bytes are
    ``data`` (``recipe``: the caller's constants that shape what it adds to a parsed font)."""
    return {
        "format": FORMAT,
        "recipe": recipe,
        "python": sys.version,
        "reportlab": reportlab.Version,
        "harfbuzz": hb.__version__,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def entry_path(name: str, made_from: dict[str, Any]) -> Path:
    """The file of the entry of font ``name`` made from ``made_from`` (a :func:`key`)."""
    digest = hashlib.sha256(repr(sorted(made_from.items())).encode("utf-8")).hexdigest()
    return cache_dir() / f"{name}-{digest[:16]}.marshal"


def load(name: str, path: Path, data: bytes, recipe: str) -> tuple[CvTTFont, dict[str, Any]] | None:
    """The font ``name`` of ``path`` (whose bytes are ``data``) and the extra values stored with
    it, from the cache; None when there is no usable entry."""
    made_from = key(data, recipe)
    try:
        blob = entry_path(name, made_from).read_bytes()
        digest, body = blob[:_DIGEST_SIZE], blob[_DIGEST_SIZE:]
        if hashlib.sha256(body).digest() != digest:  # cut short or damaged: never unmarshal it
            raise ValueError("damaged")
        stored = marshal.loads(body)  # noqa: S302 - own cache file, its digest checked
        if not isinstance(stored, dict) or stored.get("key") != made_from:
            return None
        face_state = stored["face"]
        extra = stored["extra"]
        if not isinstance(face_state, dict) or not isinstance(extra, dict):
            return None
        return _restore(name, path, data, face_state), extra
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError) as error:
        if not isinstance(error, FileNotFoundError):
            log.info("a cached font is not usable: %s", type(error).__name__)
        return None


def store(
    name: str, path: Path, data: bytes, recipe: str, font: CvTTFont, extra: dict[str, Any]
) -> None:
    """Keep the registered ``font`` (and ``extra``) for the next process; a failure to write is
    logged and otherwise ignored."""
    face_state = {k: _plain(v) for k, v in vars(font.face).items() if k not in _NOT_STORED}
    made_from = key(data, recipe)
    document = {"key": made_from, "face": face_state, "extra": extra}
    target = entry_path(name, made_from)
    try:
        body = marshal.dumps(document)
        blob = hashlib.sha256(body).digest() + body
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{name}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except (OSError, ValueError) as error:
        log.info("the font cache cannot be written: %s", type(error).__name__)
        return
    _remove_old(name, target)


def _remove_old(name: str, kept: Path) -> None:
    """Remove the entries of font ``name`` under other keys (and in the one-file-a-font form of
    earlier versions) not written for :data:`KEEP_OTHERS_DAYS`."""
    oldest = time.time() - KEEP_OTHERS_DAYS * 86400
    for entry in (*kept.parent.glob(f"{name}-*.marshal"), kept.parent / f"{name}.marshal"):
        with contextlib.suppress(OSError):
            if entry != kept and entry.stat().st_mtime < oldest:
                entry.unlink()


def _plain(value: Any) -> Any:
    """``value`` in marshal's types (reportlab's name strings are bytes with a text)."""
    if isinstance(value, TTFNameBytes):
        return (_NAME_TAG, bytes(value), value.ustr)
    return value


def _unplain(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 3 and value[0] == _NAME_TAG:
        name = TTFNameBytes(value[1])
        name.ustr = value[2]
        return name
    return value


def _restore(name: str, path: Path, data: bytes, face_state: dict[str, Any]) -> CvTTFont:
    """A :class:`CvTTFont` as ``CvTTFont(name, path, shapable=True)`` would make it, from the
    stored state of its face instead of parsing the file."""
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update({k: _unplain(v) for k, v in face_state.items()})
    face._ttf_data = data
    face.filename = str(path)
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))
    font = CvTTFont.__new__(CvTTFont)
    # What TTFont.__init__ sets besides the face (tests compare it with a parsed font).
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch.fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
