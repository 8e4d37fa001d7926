"""Hostile profile text for the CV (shared by ``test_cv_hostile_text.py`` and, as a script,
a look at the pages): the longest texts the profile takes, right-to-left and left-to-right
mixed with bidi controls, line and paragraph separators, soft hyphens and zero-width spaces,
emoji sequences (ZWJ families, flags, skin tones), tag characters, noncharacters, private use,
Arabic ligature characters, and stacked combining marks.

    python tests/hostile/cv_hostile.py [OUT_FOLDER]

renders every template and language, writes page images (``pdftoppm -r 60``) and prints, per
CV, pages, size, time, whether pdftotext reads it, and whether any words are drawn over
other words (``pdftotext -bbox``): a layout fault. Exit 1 on any fault.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository root on the path
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile import Education, Goals, Interest, Skill, Work
from entryhub_desk.domain.profile.kinds import Entry
from entryhub_desk.services import Session
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.visitors import VisitorsService

RTL_MIX = "مهندس \u202eevil\u202c Software (C++) 2019–2023 «قسم» עברית 123 and 🙂 "
EMOJI = "👩\u200d👩\u200d👧 🇸🇪🇸🇴 👍🏽 \u2764\ufe0f "
SUMMARY = ("أنا مهندسة برمجيات ولدي خبرة ١٠ سنوات في تطوير الأنظمة 🙂 " * 40)[:2000].strip()
TAGS = "\U000e0041\U000e0042 tags \ufff0\uffff \U0010fffd \ue000"
ZALGO = "Z" + "\u0301\u0308\u0323\u0330" * 40 + "algo"
NAME = {
    "given_name": "Ha\u0308\u0301\u0323wa \u202eYUSUF\u202c",
    "family_name": "محمد Ali 🙂 ሰላም",
    "original_script_name": "هوا \u200fمحمد\u200e ሰላም",
}


def entries(person_id: str, *, zalgo: bool = True) -> list[Entry]:
    """The hostile profile (``zalgo``: with a title of 119 stacked combining marks)."""
    made: list[Entry] = [
        Goals(person_id=person_id, summary=SUMMARY),
        Work(
            person_id=person_id,
            title="Ingenjör" + "\u00ad" * 40 + " " + "W" * 120,
            employer="ACME\u2028Ltd\u2029X " + EMOJI,
            place="\u202bقرية\u202c Umeå",
            description=(RTL_MIX * 60)[:4000].strip(),
        ),
        Work(
            person_id=person_id,
            title="line\u2028sep",
            employer=EMOJI * 5,
            description=("\u200b" * 10 + "A" * 200 + " ") * 15,
        ),
        Skill(person_id=person_id, free_text=(EMOJI * 8).strip()),
        Skill(
            person_id=person_id,
            free_text="\U000e0041\U000e0042 tags \ufff0\uffff \U0010fffd \ue000",
        ),
        Education(person_id=person_id, title=("Ⅻ ﬁ ﷺ ﷽ " * 10).strip()),
        Interest(person_id=person_id, name=("ሰላም 🙂 " * 20).strip()[:200]),
    ]
    if zalgo:
        made.append(Work(person_id=person_id, title=ZALGO[:120], employer="ACME"))
    return made


def hostile_person(session: Session, *, zalgo: bool = True) -> str:
    reception = VisitorsService(session)
    person = reception.register(reception.new_person(**NAME), new_person_confirmed=True)
    profiles = Profiles(session)
    for entry in entries(person.id, zalgo=zalgo):
        profiles.save(entry)
    return person.id


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


Box = tuple[int, float, float, float, float, str]  # page, x0, y0, x1, y1, text


def words(pdf: Path) -> list[Box]:
    """Every word pdftotext finds with its box."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")  # poppler writes the title's emoji as CESU-8 here
    found: list[Box] = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        match = _WORD.search(line)
        if match:
            x0, y0, x1, y1 = (float(match.group(n)) for n in range(1, 5))
            found.append((page, x0, y0, x1, y1, match.group(5)))
    return found


def _marks_only(text: str) -> bool:
    """Combining marks alone (a stack of them reaches other lines, as it does anywhere)."""
    return all(unicodedata.category(c) in ("Mn", "Me") or c == "\ufffd" for c in text)


def overlaps(pdf: Path) -> list[str]:
    """Words drawn over other words (boxes sharing more than half a line's height and some
    width; marks alone are left out): a layout fault."""
    problems: list[str] = []
    boxes = [b for b in words(pdf) if b[3] - b[1] > 1.0 and not _marks_only(b[5])]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a[0] != b[0]:
                continue
            tall = min(a[4], b[4]) - max(a[2], b[2])
            wide = min(a[3], b[3]) - max(a[1], b[1])
            if wide > 1.0 and 0.5 * (a[4] - a[2]) < tall < 0.95 * (a[4] - a[2]):
                problems.append(f"page {a[0]}: {a[5][:10]!r} over {b[5][:10]!r}")
    return problems


def main(argv: list[str]) -> int:
    from entryhub_desk.services.cv import CvService
    from tests.conftest import TEST_SCRYPT_N, FakeClock
    from tests.services.helpers import coordinator_session, set_up_desk

    out = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="cv-hostile-"))
    out.mkdir(parents=True, exist_ok=True)
    faults = 0
    with tempfile.TemporaryDirectory() as folder:
        config = DeskConfig(
            data_dir=Path(folder) / "data",
            log_dir=Path(folder) / "logs",
            clock=FakeClock(),
            scrypt_n=TEST_SCRYPT_N,
        )
        desk, _ = set_up_desk(config)
        session = coordinator_session(desk)
        person_id = hostile_person(session)
        service = CvService(session)
        for template in ("classic", "compact"):
            for language in ("sv", "en"):
                start = time.perf_counter()
                pdf = service.render(person_id, language=language, template=template)
                spent = (time.perf_counter() - start) * 1000
                path = out / f"hostile-{template}-{language}.pdf"
                path.write_bytes(pdf)
                text = subprocess.run(
                    ["pdftotext", str(path), "-"], capture_output=True, text=True, check=False
                )
                pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
                subprocess.run(
                    ["pdftoppm", "-r", "60", "-png", str(path), str(path.with_suffix(""))],
                    check=True,
                )
                wrong = overlaps(path)
                readable = text.returncode == 0 and "مهندسة" in text.stdout
                faults += bool(wrong) + (not readable)
                print(
                    f"{template:7} {language}: {pages} pages, {len(pdf) / 1024:.0f} KiB, "
                    f"{spent:.0f} ms; pdftotext {'reads it' if readable else 'FAILS'}; "
                    f"layout {'BROKE: ' + '; '.join(wrong[:3]) if wrong else 'no text over text'}"
                )
        session.close()
    print(f"pages as images in {out}; {faults} fault(s)")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
