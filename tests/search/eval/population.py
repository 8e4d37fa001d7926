"""A seeded population of visitors with the namesake density of a Swedish reception desk.

The mix of communities and the weights in :mod:`tests.search.eval.names` make common names very
common: at 15,000 visitors there are hundreds of Mohamed/Mohammed/Muhammad, and many Abdi,
Yonas, Olena. Names are written the way Swedish records hold them: Somali and Eritrean naming
chains cut in different places (given name + father's + grandfather's, or the grandfather's
name alone as family name), Arabic records with and without the father's name, Ukrainian names
in the passport romanisation, Vietnamese family names first or with their accents dropped. Some
records carry the name in its own script as well.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from tests.search.eval import names as n
from tests.search.eval.romanise import feminine_ru, russian, ukrainian


@dataclass(frozen=True)
class Visitor:
    given: str
    family: str = ""
    original: str | None = None
    birth_year: int | None = None
    country: str | None = None
    phone: str | None = None
    gender: str = "not_stated"


def _pick(rng: random.Random, names: tuple[n.Name, ...]) -> n.Name:
    return rng.choices(names, weights=[x.weight for x in names])[0]


def _spell(rng: random.Random, name: n.Name) -> str:
    if len(name.spellings) == 1 or rng.random() < 0.6:
        return name.spellings[0]
    return rng.choice(name.spellings[1:])


def _year(rng: random.Random) -> int:
    return max(1950, min(2007, round(rng.gauss(1987, 11))))


def _chain(
    rng: random.Random, men: tuple[n.Name, ...], women: tuple[n.Name, ...], female: bool
) -> list[n.Name]:
    """Given name, father's and grandfather's name."""
    return [_pick(rng, women if female else men), _pick(rng, men), _pick(rng, men)]


def _split(rng: random.Random, words: list[str], forms: list[tuple[int, float]]) -> tuple[str, str]:
    """Where the chain is cut into given and family name: (words in the given name, weight);
    a negative number drops the father's name (given + grandfather's)."""
    cut = rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]
    if cut < 0:
        return words[0], words[-1]
    return " ".join(words[:cut]), " ".join(words[cut:])


def _original(rng: random.Random, parts: list[n.Name], chance: float) -> str | None:
    if rng.random() >= chance or any(p.original is None for p in parts):
        return None
    return " ".join(p.original or "" for p in parts)


def _somali(rng: random.Random, female: bool) -> Visitor:
    chain = _chain(rng, n.SOMALI_MEN, n.SOMALI_WOMEN, female)
    words = [_spell(rng, p) for p in chain]
    given, family = _split(rng, words, [(1, 40), (-1, 25), (2, 20), (1, 15)])
    return Visitor(given, family, country="SO")


def _geez(rng: random.Random, female: bool) -> Visitor:
    chain = _chain(rng, n.GEEZ_MEN, n.GEEZ_WOMEN, female)
    keep = chain if rng.random() < 0.4 else chain[:2]
    words = [_spell(rng, p) for p in keep]
    given, family = (
        (words[0], " ".join(words[1:]))
        if rng.random() < 0.85
        else _split(rng, words, [(2, 1)] if len(words) == 3 else [(1, 1)])
    )
    country = "ER" if rng.random() < 0.7 else "ET"
    return Visitor(given, family, _original(rng, keep, 0.4), country=country)


def _arabic(rng: random.Random, female: bool) -> Visitor:
    first = _pick(rng, n.ARABIC_WOMEN if female else n.ARABIC_MEN)
    father = _pick(rng, n.ARABIC_MEN)
    family = _pick(rng, n.ARABIC_FAMILIES)
    country = rng.choices(["SY", "IQ", "PS", "LB", "SD"], weights=[50, 25, 10, 5, 10])[0]
    roll = rng.random()
    parts = [first, family] if roll < 0.55 else [first, father, family]
    words = [_spell(rng, p) for p in parts]
    if len(words) == 2:
        given, fam = words
    elif roll < 0.85:
        given, fam = words[0], f"{words[1]} {words[2]}"
    else:
        given, fam = f"{words[0]} {words[1]}", words[2]
    return Visitor(given, fam, _original(rng, parts, 0.45), country=country)


def _maghreb(rng: random.Random, female: bool) -> Visitor:
    first = _pick(rng, n.MAGHREB_WOMEN if female else n.MAGHREB_MEN)
    family = _pick(rng, n.MAGHREB_FAMILIES)
    country = rng.choice(["MA", "DZ", "TN"])
    return Visitor(
        _spell(rng, first),
        _spell(rng, family),
        _original(rng, [first, family], 0.25),
        country=country,
    )


def _persian(rng: random.Random, female: bool, afghan: bool) -> Visitor:
    if afghan:
        first = _pick(rng, n.AFGHAN_WOMEN if female else n.AFGHAN_MEN)
        family = _pick(rng, n.AFGHAN_FAMILIES if rng.random() < 0.7 else n.AFGHAN_MEN)
        country = "AF" if rng.random() < 0.85 else "IR"
    else:
        first = _pick(rng, n.IRANIAN_WOMEN if female else n.IRANIAN_MEN)
        family = _pick(rng, n.IRANIAN_FAMILIES)
        country = "IR"
    if afghan and rng.random() < 0.04:
        return Visitor(_spell(rng, first), "", _original(rng, [first], 0.4), country=country)
    return Visitor(
        _spell(rng, first),
        _spell(rng, family),
        _original(rng, [first, family], 0.4),
        country=country,
    )


def _latin_pool(
    rng: random.Random,
    female: bool,
    men: tuple[n.Name, ...],
    women: tuple[n.Name, ...],
    families: tuple[n.Name, ...],
    countries: list[str],
    two_families: float = 0.0,
) -> Visitor:
    given = _spell(rng, _pick(rng, women if female else men))
    family = _spell(rng, _pick(rng, families))
    if rng.random() < two_families:
        family = f"{family} {_spell(rng, _pick(rng, families))}"
    return Visitor(given, family, country=rng.choice(countries))


def _cyrillic(rng: random.Random, female: bool, ukrainian_: bool) -> Visitor:
    if ukrainian_:
        given = _pick(rng, n.UKRAINIAN_WOMEN if female else n.UKRAINIAN_MEN).spellings[0]
        family = _pick(rng, n.UKRAINIAN_FAMILIES).spellings[0]
        family = feminine_ru(family) if female and family.endswith("ов") else family
        latin, country = ukrainian, "UA"
    else:
        given = _pick(rng, n.RUSSIAN_WOMEN if female else n.RUSSIAN_MEN).spellings[0]
        family = _pick(rng, n.RUSSIAN_FAMILIES).spellings[0]
        family = feminine_ru(family) if female else family
        latin, country = russian, "RU"
    original = f"{given} {family}" if rng.random() < 0.5 else None
    return Visitor(latin(given), latin(family), original, country=country)


def _asian(rng: random.Random, female: bool) -> Visitor:
    roll = rng.random()
    if roll < 0.5:
        given = _spell(rng, _pick(rng, n.VIETNAMESE_GIVEN))
        return Visitor(given, _spell(rng, _pick(rng, n.VIETNAMESE_FAMILIES)), country="VN")
    if roll < 0.75:
        return Visitor(
            _spell(rng, _pick(rng, n.THAI_GIVEN)),
            _spell(rng, _pick(rng, n.THAI_FAMILIES)),
            country="TH",
        )
    return Visitor(
        _spell(rng, _pick(rng, n.CHINESE_GIVEN)),
        _spell(rng, _pick(rng, n.CHINESE_FAMILIES)),
        country="CN",
    )


def _one(rng: random.Random) -> Visitor:
    female = rng.random() < 0.45
    kind = rng.choices(
        [
            "somali", "arabic", "geez", "afghan", "iranian", "kurdish", "turkish", "ukrainian",
            "russian", "bosnian", "asian", "latin", "west_african", "maghreb",
        ],
        weights=[18, 22, 12, 11, 4, 5, 3, 9, 2, 2, 4, 2, 3, 3],
    )[0]  # fmt: skip
    if kind == "somali":
        v = _somali(rng, female)
    elif kind == "arabic":
        v = _arabic(rng, female)
    elif kind == "geez":
        v = _geez(rng, female)
    elif kind in ("afghan", "iranian"):
        v = _persian(rng, female, kind == "afghan")
    elif kind == "kurdish":
        v = _latin_pool(
            rng,
            female,
            n.KURDISH_MEN,
            n.KURDISH_WOMEN,
            n.KURDISH_FAMILIES,
            ["IQ", "SY", "TR", "IR"],
        )
    elif kind == "turkish":
        v = _latin_pool(rng, female, n.TURKISH_MEN, n.TURKISH_WOMEN, n.TURKISH_FAMILIES, ["TR"])
    elif kind in ("ukrainian", "russian"):
        v = _cyrillic(rng, female, kind == "ukrainian")
    elif kind == "bosnian":
        v = _latin_pool(rng, female, n.BOSNIAN_MEN, n.BOSNIAN_WOMEN, n.BOSNIAN_FAMILIES, ["BA"])
    elif kind == "asian":
        v = _asian(rng, female)
    elif kind == "latin":
        v = _latin_pool(
            rng, female, n.LATIN_MEN, n.LATIN_WOMEN, n.LATIN_FAMILIES, ["CO", "VE", "CL", "PE"], 0.6
        )
    elif kind == "west_african":
        v = _latin_pool(
            rng,
            female,
            n.WEST_AFRICAN_MEN,
            n.WEST_AFRICAN_WOMEN,
            n.WEST_AFRICAN_FAMILIES,
            ["GM", "GN", "SN", "NG", "GH"],
        )
    else:
        v = _maghreb(rng, female)
    year = _year(rng) if rng.random() < 0.96 else None
    return Visitor(
        v.given,
        v.family,
        v.original,
        birth_year=year,
        country=v.country,
        gender="female" if female else "male",
    )


def _phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = f"+467{rng.choice('02369')}{rng.randrange(10_000_000):07d}"
        if number not in taken:
            taken.add(number)
            return number


def visitors(count: int, *, seed: int, reserved_phones: set[str]) -> Iterator[Visitor]:
    """``count`` visitors (deterministic for a seed); 70 % with a Swedish mobile number that
    is none of ``reserved_phones`` (the numbers of the evaluation's own persons)."""
    rng = random.Random(seed)
    taken = set(reserved_phones)
    for _ in range(count):
        v = _one(rng)
        phone = _phone(rng, taken) if rng.random() < 0.7 else None
        yield Visitor(v.given, v.family, v.original, v.birth_year, v.country, phone, v.gender)
