"""Hostile visitor files against the duplicate check at the door (issue 10): nothing is ever
merged on its own. A family sharing one phone, a father and son of the same name on one
phone, near-duplicates of each other inside one file (spellings, scripts, joined compounds),
formulas beside near-duplicates; and a re-run of the same file creates nobody twice."""

from __future__ import annotations

from pathlib import Path

from entryhub_desk.services import Session
from entryhub_desk.services.visitors import VisitorsService
from tests.cli.runner import init_store, run_cli

HEADER = "förnamn;efternamn;telefon;e-post;födelseår;födelseland;kön;språk\n"


def _csv(tmp_path: Path, rows: str, name: str = "v.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _people(session: Session) -> list[tuple[str, str, int | None]]:
    rows = session.opened.conn.execute(
        "SELECT given_name, family_name, birth_year FROM person ORDER BY given_name"
    )
    return [(str(g), str(f), b) for g, f, b in rows]


def test_a_family_sharing_one_phone_is_not_merged(session: Session, tmp_path: Path) -> None:
    """Mother and daughter give the family's one phone: the daughter's row must not rename the
    mother (it did: same phone was an update whatever the name); it is left for a person."""
    reception = VisitorsService(session)
    path = _csv(
        tmp_path, "Amina;Yusuf;0701234567;;1970;SO;f;\nHodan;Yusuf;0701234567;;2001;SO;f;\n"
    )
    report = reception.import_visitors(path)
    assert (report.created, report.updated) == (1, 0)
    (flagged,) = report.duplicates
    assert (flagged.row, flagged.reasons) == (3, ("same_phone",))
    mother = reception.search("Amina Yusuf")[0].person
    assert flagged.person_id == mother.id
    assert _people(session) == [("Amina", "Yusuf", 1970)]
    accepted = reception.import_visitors(path, accept_duplicates=True)
    # the operator decided: the daughter becomes a person of her own, the mother is untouched
    assert (accepted.created, accepted.updated, accepted.unchanged) == (1, 0, 1)
    assert [p.row for p in accepted.accepted] == [3]
    assert _people(session) == [("Amina", "Yusuf", 1970), ("Hodan", "Yusuf", 2001)]
    # and again: nobody twice (each row's phone now leads to its own person or is flagged)
    again = reception.import_visitors(path)
    assert again.created == 0 and len(_people(session)) == 2


def test_father_and_son_of_one_name_on_one_phone(session: Session, tmp_path: Path) -> None:
    reception = VisitorsService(session)
    father = reception.register(
        reception.new_person(
            given_name="Mohamed", family_name="Ali", phone="0709876543", birth_year=1960
        )
    )
    report = reception.import_visitors(_csv(tmp_path, "Mohamed;Ali;0709876543;;1992;SO;m;\n"))
    assert (report.created, report.updated) == (0, 0)
    assert [(d.person_id, d.reasons) for d in report.duplicates] == [(father.id, ("same_phone",))]
    assert reception.person(father.id).birth_year == 1960


def test_the_same_person_on_her_phone_still_updates(session: Session, tmp_path: Path) -> None:
    reception = VisitorsService(session)
    reception.import_visitors(_csv(tmp_path, "Faadumo;Cali;0701112233;;1990;SO;f;\n"))
    # a Somali spelling of the same name, an e-mail added, born the same year: an update
    path = _csv(tmp_path, "Fadumo;Ali;0701112233;f@example.org;1990;SO;f;\n", name="w.csv")
    report = reception.import_visitors(path)
    assert (report.created, report.updated, report.duplicates) == (0, 1, [])


def test_near_duplicates_inside_one_file(session: Session, tmp_path: Path) -> None:
    """The first row goes in; its other spellings in the same file (another romanisation, the
    original script, a joined compound) are flagged against it, not created."""
    reception = VisitorsService(session)
    rows = (
        "Mohamed;Ali Hassan;;;1990;SO;m;\n"
        "Mohammed;Ali Hassan;;;1990;SO;m;\n"
        "Maxamed;Cali Xasan;;;1990;SO;m;\n"
        "Abdul Rahman;Osman;;;1985;SD;m;\n"
        "Abdulrahman;Osman;;;1985;SD;m;\n"
        "Abd al-Rahman;Osman;;;1986;SD;m;\n"
        "Ayşe;Yıldız;;;1995;TR;f;\n"
        "Ajsje;Jildiz;;;1995;TR;f;\n"
    )
    report = reception.import_visitors(_csv(tmp_path, rows))
    flagged = {d.row: d.person_id for d in report.duplicates}
    assert report.rejected == []
    assert report.created == 3, (report.created, flagged)
    assert sorted(flagged) == [3, 4, 6, 7, 9]
    firsts = {
        row: reception.search(q)[0].person.id
        for row, q in (
            (2, "Mohamed Ali Hassan"),
            (5, "Abdul Rahman Osman"),
            (8, "Ayşe Yıldız"),
        )
    }
    assert {flagged[3], flagged[4]} == {firsts[2]}
    assert {flagged[6], flagged[7]} == {firsts[5]}
    assert flagged[9] == firsts[8]
    # re-running the same file: nothing new, every row now meets its person
    again = reception.import_visitors(_csv(tmp_path, rows, name="again.csv"))
    assert again.created == 0 and len(again.duplicates) == 8


def test_formulas_beside_near_duplicates_are_rejected_not_matched(
    session: Session, tmp_path: Path
) -> None:
    reception = VisitorsService(session)
    rows = (
        "Hodan;Warsame;;;1999;SO;f;\n"
        '"=HYPERLINK(""http://x"";""Hodan"")";Warsame;;;1999;SO;f;\n'
        "Hodan;@SUM(A1);;;1999;SO;f;\n"
        "Hodan;Warsame;-1+1;;1999;SO;f;\n"
    )
    report = reception.import_visitors(_csv(tmp_path, rows))
    assert report.created == 1 and report.duplicates == []
    assert {(p.row, p.code) for p in report.rejected} == {
        (3, "import.formula"),
        (4, "import.formula"),
        (5, "import.formula"),
    }


def test_command_line_exit_8_for_a_shared_phone(cli_env: dict[str, str], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = init_store(cli_env, data_dir)
    path = _csv(
        tmp_path, "Amina;Yusuf;0701234567;;1970;SO;f;\nHodan;Yusuf;0701234567;;2001;SO;f;\n"
    )
    done = run_cli(env, data_dir, "import-visitors", str(path))
    assert done.returncode == 8, done.stderr
    assert "same phone" in done.stdout + done.stderr
    accepted = run_cli(env, data_dir, "import-visitors", "--accept-duplicates", str(path))
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    found = run_cli(env, data_dir, "search", "--json", "Yusuf")
    assert found.stdout.count('"given_name"') == 2 or found.stdout.count("Yusuf") >= 2
