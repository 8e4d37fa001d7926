"""What starting a command loads: the ``cv`` command (and ``--help``) imports neither Qt nor the
server, the sync client or the reception services, so that it starts quickly; nor what was made
lazy for it (``SLOW``: libraries whose import alone costs tens of milliseconds and that a CV does
not need), and ``--help`` not even the key slots or the store (the packages ``security`` and
``store`` re-export lazily).

Each case runs the real program in a fresh process (through the test launcher) and lists the
modules loaded when it ends. No time is measured here; ``tests/bench/bench_cv.py`` prints it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.runner import import_sample
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
# The test launcher's main (what DESK_COMMAND runs), then the loaded modules into OUT.
SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from tests import desk_launcher
sys.argv = [sys.argv[0], *sys.argv[2:]]
try:
    code = desk_launcher.main()
except SystemExit as stop:
    code = stop.code
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(sorted(sys.modules), f)
sys.exit(code)
"""
NEVER = (
    "PySide6",
    "shiboken6",
    "fastapi",
    "starlette",
    "uvicorn",
    "httpx",
    "sqlalchemy",
    "entryhub_server",
    "entryhub_desk.app",
    "entryhub_desk.views",
    "entryhub_desk.sync.engine",
    "entryhub_desk.services.sync",
    "entryhub_desk.services.visitors",
    "entryhub_desk.services.visits",
    "entryhub_desk.services.consents",
    "entryhub_desk.importing",
    "rapidfuzz",  # the reception search's fuzzy matching
)
# Loaded once by the cv command, made lazy or replaced for it (tests/bench/bench_cv.py):
SLOW = (
    "sqlite_utils",  # the repositories read with plain SQL; sqlite-utils only for writes
    "click",  # … and what sqlite-utils brings along
    "pluggy",
    "dateutil",
    "importlib.metadata",  # sqlite-utils' plugins and pycountry looked up every package
    "pycountry",  # domain.iso_codes holds its lists
    "babel",  # taxonomy.cldr_names holds the CV languages' CLDR names
    "xml.sax",  # cv.pdfmeta escapes XML itself: saxutils imports urllib.request, http, ssl
    "urllib.request",
    "http",
    "ssl",
    "email",
    "logging.handlers",  # logs.py rotates its file itself: this loads socket, pickle, queue
    "socket",
    "getpass",  # only when the password is typed at a prompt
)
# Not loaded by the cv command at all: the other areas' commands (it registers its own parser
# only), sync's table registry with every repository and the search index (a log-in applies
# kept sync fields only when there are some), the domain of employers, consents and visits.
NOT_FOR_A_CV = (
    "entryhub_desk.cli.admin",
    "entryhub_desk.cli.employers",
    "entryhub_desk.cli.reception",
    "entryhub_desk.cli.sync",
    "entryhub_desk.search",
    "entryhub_desk.store.sync_tables",
    "entryhub_desk.store.sync_apply",
    "entryhub_desk.store.search_index",
    "entryhub_desk.store.repositories.consents",
    "entryhub_desk.store.repositories.visits",
    "entryhub_desk.store.repositories.employers",
    "entryhub_desk.domain.employers",
    "entryhub_desk.domain.consent",
    "entryhub_desk.domain.visit",
)
# What a command's log-in needs, not its --help (security/ and store/ re-export lazily).
LOG_IN = (
    "cryptography",
    "sqlcipher3",
    "entryhub_desk.security.keyslots",
    "entryhub_desk.store.connection",
    "entryhub_desk.store.migrations",
)


def loaded_modules(env: dict[str, str], tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    out = tmp_path / "modules.json"
    script = SCRIPT.replace("OUT", repr(str(out)))
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    modules: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return done.returncode, modules


def forbidden(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_cv_help_loads_no_qt_no_server_and_no_renderer(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    code, modules = loaded_modules(cli_env, tmp_path, "cv", "--help")
    assert code == 0
    assert "entryhub_desk.cli.cv" in modules  # the command line itself was loaded
    assert forbidden(modules, (*NEVER, "reportlab", "entryhub_desk.services.desk")) == []
    assert forbidden(modules, (*SLOW, *LOG_IN)) == []


def test_cv_command_loads_no_qt_no_server(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    person_id = import_sample(ready, data_dir)
    out = tmp_path / "cv.pdf"
    args = ("--data-dir", str(data_dir), "cv", person_id, "--lang", "en", "-o", str(out))
    code, modules = loaded_modules(ready, tmp_path, *args)
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "reportlab" in modules  # it did draw the CV in this process
    assert forbidden(modules, NEVER) == []
    assert forbidden(modules, SLOW) == []
    assert forbidden(modules, NOT_FOR_A_CV) == []


# The cv command with the modules loaded when its key derivation starts written to AT_SCRYPT
# (kdf.derive wrapped before the key slots import it).
AT_SCRYPT_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from entryhub_desk.security import kdf
derive = kdf.derive
def recording(*args, **kwargs):
    with open(AT_SCRYPT, "w", encoding="utf-8") as f:
        json.dump(sorted(sys.modules), f)
    return derive(*args, **kwargs)
kdf.derive = recording
from tests import desk_launcher
sys.argv = [sys.argv[0], *sys.argv[2:]]
sys.exit(desk_launcher.main())
"""
# Loaded by the cv command while scrypt runs (or after), never before it: the slots' sealing,
# the store, the session, the CV service and the renderer.
AFTER_SCRYPT = (
    "cryptography",
    "sqlcipher3",
    "entryhub_wire.grants",
    "entryhub_desk.store.connection",
    "entryhub_desk.store.migrations",
    "entryhub_desk.services.opening",
    "entryhub_desk.services.session",
    "entryhub_desk.services.cv",
    "entryhub_desk.domain.profile",
    "entryhub_desk.catalogue",
    "reportlab",
    "phonenumbers",
    "entryhub_desk.ids",  # a log-in makes no slot (keyslots_build imports it when it does)
    "uuid",
)


def _cv_command_under(script: str, env: dict[str, str], folder: Path, out: Path) -> None:
    """The cv command on the sample resume's person, run by ``script`` (a launcher that first
    hooks what it measures), to ``out``."""
    person_id = import_sample(env, folder)
    args = ("--data-dir", str(folder), "cv", person_id, "--lang", "en", "-o", str(out))
    ran = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_the_cv_command_starts_deriving_its_key_before_it_loads_the_rest(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    at_scrypt = tmp_path / "at-scrypt.json"
    script = AT_SCRYPT_SCRIPT.replace("AT_SCRYPT", repr(str(at_scrypt)))
    _cv_command_under(script, ready, data_dir, tmp_path / "cv.pdf")
    modules: list[str] = json.loads(at_scrypt.read_text(encoding="utf-8"))
    assert "entryhub_desk.security.keyslots" in modules  # it is the log-in's derivation
    assert forbidden(modules, AFTER_SCRYPT) == []


# The cv command with every step of LoadAhead run during the derivation (as on a machine where
# scrypt outlasts them), the modules first imported in the rest of the log-in written to OUT.
LOG_IN_REST_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from entryhub_desk.services import cv_warmup, desk
from entryhub_desk.security import keyslots
run = cv_warmup.LoadAhead.run
cv_warmup.LoadAhead.run = lambda self, still=None, **kw: run(self, lambda: True, **kw)
derive, unlock, seen = keyslots.derive, desk.Desk.unlock, {}
def derived(*args, **kwargs):
    key = derive(*args, **kwargs)
    seen["derived"] = set(sys.modules)
    return key
def unlocked(self, *args, **kwargs):
    session = unlock(self, *args, **kwargs)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(sorted(set(sys.modules) - seen["derived"]), f)
    return session
keyslots.derive, desk.Desk.unlock = derived, unlocked
from tests import desk_launcher
sys.argv = [sys.argv[0], *sys.argv[2:]]
sys.exit(desk_launcher.main())
"""


def test_what_the_log_in_imports_after_its_derivation_is_loaded_ahead(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    rest = tmp_path / "rest.json"
    script = LOG_IN_REST_SCRIPT.replace("OUT", repr(str(rest)))
    _cv_command_under(script, ready, data_dir, tmp_path / "cv.pdf")
    late: list[str] = json.loads(rest.read_text(encoding="utf-8"))
    ours = ("entryhub_desk", "entryhub_wire", "cryptography", "sqlcipher3")
    assert forbidden(late, ours) == []  # LOG_IN_MODULES is complete (stdlib codecs may load)
