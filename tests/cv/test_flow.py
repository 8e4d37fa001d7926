"""Where a CV block may split at a page end: never leaving a title with fewer than two lines,
never carrying a single line over, moving short blocks whole."""

from __future__ import annotations

from entryhub_desk.cv import fonts
from entryhub_desk.cv import text as T
from entryhub_desk.cv.flow import Block, Para

WIDTH = 300.0
LEADING = 12.0


def entry(lines: int) -> Block:
    """A title and a paragraph of ``lines`` lines (at WIDTH), split allowed above 50 pt."""
    fonts.register_all()
    title = Para([T.Span("Platsingenjör", bold=True)], 10, LEADING)
    words = []
    body = Para([T.Span("")], 10, LEADING)
    while True:  # grow the text until it takes ``lines`` lines
        words.append("ord")
        body = Para([T.Span(" ".join(words) + " slut")], 10, LEADING)
        if body.wrap(WIDTH) >= lines * LEADING:
            break
    return Block([title, body], split_above=50, max_height=700)


def parts(block: Block, height: float) -> list[int]:
    """Text lines in each part when ``block`` is split at ``height`` ([] : moved whole)."""
    block.wrap(WIDTH, height)
    out = []
    for part in block.split(WIDTH, height):
        assert isinstance(part, Block)
        part.wrap(WIDTH, 1000)
        out.append(sum(len(item.lines) for item in part.items if isinstance(item, Para)))
    return out


def test_a_long_block_splits_where_the_page_ends() -> None:
    block = entry(20)
    assert parts(block, 6.5 * LEADING) == [6, 15]  # title + 5 lines, 15 lines over


def test_the_title_keeps_two_lines_with_it_or_moves_on() -> None:
    block = entry(20)
    assert parts(block, 2.5 * LEADING) == []  # room for the title and one line: move on
    assert parts(block, 3.5 * LEADING) == [3, 18]


def test_never_one_line_carried_over() -> None:
    block = entry(20)
    assert parts(block, 20.5 * LEADING) == [19, 2]  # 20 would fit, but 1 would be left


def test_a_short_block_moves_whole() -> None:
    block = entry(3)  # 4 lines, 48 pt: under split_above
    assert parts(block, 2.5 * LEADING) == []
