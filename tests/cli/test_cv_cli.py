"""``entryhub-desk cv PERSON_ID [--lang] [--template] -o FILE.pdf`` as a person runs it."""

from __future__ import annotations

import json
from pathlib import Path

from entryhub_desk.ids import short_code
from tests.cli.runner import import_sample, run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.cv.helpers import pdftotext
from tests.shared_files import shared


def test_cv_command_writes_the_pdf(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    person_id = import_sample(ready, data_dir)

    out = tmp_path / "richard.pdf"
    args = ("cv", short_code(person_id), "--lang", "en", "--template", "compact", "-o", str(out))
    done = run_cli(ready, data_dir, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    text = pdftotext(out)
    assert "Richard Hendriks" in text and "WORK EXPERIENCE" in text

    sv = tmp_path / "sv.pdf"
    done = run_cli(ready, data_dir, "cv", person_id, "-o", str(sv))
    assert done.returncode == 0, done.stderr
    assert "ARBETSLIVSERFARENHET" in pdftotext(sv)


def test_cv_command_errors_are_one_line(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    done = run_cli(ready, data_dir, "cv", "ABCD-EFGH", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "No person with id ABCD-EFGH" in done.stderr
    done = run_cli(ready, data_dir, "cv", "ABCD-EFGH", "--lang", "ar", "-o", "x.pdf")
    assert done.returncode == 2
    done = run_cli(ready, data_dir, "cv", "ABCD-EFGH", "-o", str(tmp_path / "x.txt"))
    assert done.returncode == 2 and "must end in .pdf" in done.stderr
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"not a photo")
    sample = shared("fixtures", "jsonresume-sample.resume.json")
    person_id = run_cli(ready, data_dir, "import-resume", str(sample)).stdout.strip()
    done = run_cli(
        ready, data_dir, "cv", person_id, "--photo", str(photo), "-o", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1 and "The photo cannot be used" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_photo_that_cannot_be_read_is_named_plainly(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-photo.jpg"
    done = run_cli(
        ready, data_dir, "cv", "ABCD-EFGH", "--photo", str(missing), "-o", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert f"The photo {missing} cannot be read." in done.stderr


def test_a_nearly_empty_profile_is_named_before_a_cv_is_written(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    bare = tmp_path / "bare.json"
    bare.write_text('{"basics": {"name": "Amal Haddad", "email": "amal@example.org"}}')
    person_id = run_cli(ready, data_dir, "import-resume", str(bare)).stdout.strip()
    out = tmp_path / "amal.pdf"
    done = run_cli(ready, data_dir, "cv", person_id, "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "nearly empty" in done.stderr
    assert "Missing: work experience, education, skills, languages" in done.stderr
    assert "phone" not in done.stderr  # the e-mail address is there
    assert not out.exists()
    done = run_cli(ready, data_dir, "cv", person_id, "--anyway", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Amal Haddad" in pdftotext(out)


def test_cv_command_names_the_emoji_it_leaves_out(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    resume = json.loads(shared("fixtures", "jsonresume-sample.resume.json").read_text("utf-8"))
    resume["basics"]["summary"] = "Kock 👨‍🍳 som älskar mat 🍳"
    sample = tmp_path / "emoji.resume.json"
    sample.write_text(json.dumps(resume), "utf-8")
    person_id = run_cli(ready, data_dir, "import-resume", str(sample)).stdout.strip()
    out = tmp_path / "cv.pdf"
    done = run_cli(ready, data_dir, "cv", person_id, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert "leaves out 👨 🍳 (emoji" in done.stderr
    assert "Kock som älskar mat" in " ".join(pdftotext(out).split())
