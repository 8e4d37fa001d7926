"""The command line's dispatch: a command in ``_STARTS_ALONE`` starts with its own area's
parser only, and that parser is the one the whole command line has for it."""

from __future__ import annotations

import argparse

import pytest

from entryhub_desk import catalogue
from entryhub_desk.cli import _AREAS, _STARTS_ALONE, build_parser, command_of
from entryhub_desk.cli import cv as cv_cli
from entryhub_desk.services import cv as cv_service


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["cv", "ABCD-EFGH", "-o", "x.pdf"], "cv"),
        (["--data-dir", "/tmp/d", "cv", "X"], "cv"),
        (["--data-dir=/tmp/d", "cv", "X"], "cv"),
        (["--data-dir", "cv", "check"], "check"),  # "cv" is the folder here
        (["check"], "check"),
        ([], None),
        (["--help"], None),
        (["--version"], None),
        (["--data", "/tmp/d", "cv"], None),  # an abbreviation: the whole parser decides
    ],
)
def test_the_command_is_read_from_plainly_written_arguments(
    argv: list[str], command: str | None
) -> None:
    assert command_of(argv) == command


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices[name]
            return found
    raise AssertionError("no commands")


@pytest.mark.parametrize("command", sorted(_STARTS_ALONE))
def test_a_command_starting_alone_has_the_whole_command_line_s_parser_and_handler(
    command: str,
) -> None:
    assert _STARTS_ALONE[command] in _AREAS
    whole, handlers = build_parser()
    alone, own = build_parser(command)
    assert set(own) <= set(handlers) and own[command] is handlers[command]
    assert _subparser(alone, command).format_help() == _subparser(whole, command).format_help()
    for argv in ([command, "--help"], ["--data-dir", "d", command, "--help"]):
        with pytest.raises(SystemExit):  # both print the same help and stop
            alone.parse_args(argv)


def test_the_cv_command_s_choices_are_the_service_s() -> None:
    assert cv_cli.CV_LANGUAGES == catalogue.CV_LANGUAGES == cv_service.CV_LANGUAGES
    assert cv_cli.TEMPLATES == cv_service.TEMPLATES
