"""Cases about numbers: phones as people write them, and short codes as people type them.

Phones: Swedish mobiles written with ``+46 (0)``, ``+46 0``, ``0046``, without the plus, in
the national form with or without spaces; and a visitor's foreign number typed in the local
form of the country the visitor was born in (a Syrian ``0944 …``, a Ukrainian ``067 …``).
Decoys: namesakes and a number one digit away.

Short codes are templates filled in from the target's code (see :mod:`model`); the runner
gives the first decoy of each code case a code one character away from the target's, and the
second a code that shares its first five characters.
"""

from __future__ import annotations

from tests.search.eval.model import Case, P, cases

PHONE = cases(
    "phone",
    [
        ("+46 (0)70-123 45 61", P("Mohamed|Ali", None, 1984, "SO", "+46701234561"),
         P("Mohamed|Ali", None, 1984, "SO", "+46701234562")),
        ("+46 073 654 21 90", P("Ahmed|Hassan", None, 1979, "SY", "+46736542190"),
         P("Ahmed|Hassan", None, 1979, "SY", "+46736542191")),
        ("0046 76 221 98 34", P("Yonas|Haile", None, 1990, "ER", "+46762219834"),
         P("Yonas|Haile", None, 1991, "ER", "+46762219843")),
        ("070 998 87 12", P("Olena|Bondarenko", None, 1983, "UA", "+46709988712"),
         P("Olena|Bondarenko", None, 1983, "UA", "+46709988713")),
        ("0729004512", P("Fatima|Hussein", None, 1995, "IQ", "+46729004512"),
         P("Fatima|Hassan", None, 1995, "IQ", "+46729004521")),
        ("46735559010", P("Abdi|Hassan", None, 1988, "SO", "+46735559010"),
         P("Abdi|Hassan", None, 1960, "SO", "+46735559011")),
        ("+46(0)704471122", P("Zahra|Ahmadi", None, 2000, "AF", "+46704471122"),
         P("Zahra|Ahmadi", None, 2000, "AF", "+46704471123")),
        ("0944 123 456", P("Khaled|Al-Khatib", None, 1986, "SY", "+963944123456"),
         P("Khaled|Al-Khatib", None, 1986, "SY", "+963944123457")),
        ("061 555 1234", P("Hodan|Farah", None, 1993, "SO", "+252615551234"),
         P("Hodan|Farah", None, 1993, "SO", "+252615551243")),
        ("067 123 45 67", P("Oleksandr|Tkachenko", None, 1975, "UA", "+380671234567"),
         P("Oleksandr|Tkachenko", None, 1975, "UA", "+380671234568")),
        ("07 123456", P("Tesfay|Kidane", None, 1989, "ER", "+2917123456"),
         P("Tesfay|Kidane", None, 1989, "ER", "+2917123465")),
        ("0701 234 567", P("Mohammad|Rahimi", None, 1997, "AF", "+93701234567"),
         P("Mohammad|Rahimi", None, 1997, "AF", "+93701234576")),
        ("0770 123 4567", P("Ali|Hussein", None, 1981, "IQ", "+9647701234567"),
         P("Ali|Hussein", None, 1981, "IQ", "+9647701234568")),
        ("0532 123 45 67", P("Mehmet|Kaya", None, 1980, "TR", "+905321234567"),
         P("Mehmet|Kaya", None, 1980, "TR", "+905321234576")),
        ("0912 123 4567", P("Reza|Mohammadi", None, 1985, "IR", "+989121234567"),
         P("Reza|Mohammadi", None, 1985, "IR", "+989121234576")),
        ("+46 70 555 12 34", P("Amina|Abdullahi", None, 1999, "SO", "+46705551234"),
         P("Amina|Abdullahi", None, 1999, "SO", "+46705551243")),
    ],
)  # fmt: skip

SHORT_CODE = cases(
    "short_code",
    [
        ("{code_endash}", P("Mohamed|Hassan", None, 1990, "SO"),
         P("Mohamed|Hassan", None, 1990, "SO"), P("Mohamed|Hassan", None, 1991, "SO")),
        ("{code_lower}", P("Yonas|Tekle", None, 1985, "ER"),
         P("Yonas|Tekle", None, 1985, "ER"), P("Yonas|Tekle", None, 1986, "ER")),
        ("{code4}", P("Fatima|Ali", None, 1992, "SO"),
         P("Fatima|Ali", None, 1992, "SO"), P("Fatima|Ali", None, 1993, "SO")),
        ("{code5}", P("Ahmed|Mohamed", None, 1987, "SD"),
         P("Ahmed|Mohamed", None, 1987, "SD"), P("Ahmed|Mohamed", None, 1988, "SD")),
        ("{code_nodash}", P("Olena|Melnyk", None, 1975, "UA"),
         P("Olena|Melnyk", None, 1975, "UA"), P("Olena|Melnyk", None, 1976, "UA")),
        ("{code_space}", P("Zahra|Hosseini", None, 2001, "AF"),
         P("Zahra|Hosseini", None, 2001, "AF"), P("Zahra|Hosseini", None, 2002, "AF")),
        ("{code}", P("Abdi|Warsame", None, 1994, "SO"),
         P("Abdi|Warsame", None, 1994, "SO"), P("Abdi|Warsame", None, 1995, "SO")),
        ("{code_lower_endash}", P("Hassan|Ali", None, 1980, "SY"),
         P("Hassan|Ali", None, 1980, "SY"), P("Hassan|Ali", None, 1981, "SY")),
        ("{code4}", P("Mohammad|Ahmadi", None, 1998, "AF"),
         P("Mohammad|Ahmadi", None, 1998, "AF"), P("Mohammad|Ahmadi", None, 1999, "AF")),
        ("{code5}", P("Selam|Haile", None, 1991, "ER"),
         P("Selam|Haile", None, 1991, "ER"), P("Selam|Haile", None, 1992, "ER")),
        ("{code_lower}", P("Mustafa|Ibrahim", None, 1970, "IQ"),
         P("Mustafa|Ibrahim", None, 1970, "IQ"), P("Mustafa|Ibrahim", None, 1971, "IQ")),
        ("{code_endash}", P("Oleksandr|Shevchenko", None, 1983, "UA"),
         P("Oleksandr|Shevchenko", None, 1983, "UA"), P("Oleksandr|Shevchenko", None, 1984, "UA")),
        ("{code_space}", P("Amina|Mohamed", None, 1996, "SO"),
         P("Amina|Mohamed", None, 1996, "SO"), P("Amina|Mohamed", None, 1997, "SO")),
        ("{code_nodash_lower}", P("Ali|Hassan", None, 1989, "SO"),
         P("Ali|Hassan", None, 1989, "SO"), P("Ali|Hassan", None, 1990, "SO")),
    ],
)  # fmt: skip

ALL: list[Case] = [*PHONE, *SHORT_CODE]
