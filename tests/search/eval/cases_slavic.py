"""Cases about one Ukrainian name in the spellings a desk meets: the national romanisation of
passports (Г → h, Х → kh, Є → ye/ie, Ї → yi/i, Й → y/i, Ю → yu/iu, Я → ya/ia: Yevhen
Hnatiuk, Hanna), the Russian style a registrar or an older document used (Г → g: Evgen
Gnatyuk, Ganna) and Swedish by ear (j, ch, tj, sj, zj: Jevgen Gnatjuk), typed either way and
in Cyrillic. Decoys: the same first name with a surname one ending away (Hnatiuk, Hnatyshyn),
Anna for Hanna, another first name of the same family."""

from __future__ import annotations

from tests.search.eval.model import Case, P, cases

UKR_H_G = cases(
    "ukr_h_g",
    [
        # Russian style or Swedish by ear typed, the passport's national form stored
        ("Evgen Gnatyuk", P("Yevhen|Hnatiuk", "Євген Гнатюк", 1984, "UA"),
         P("Yevhen|Hnatyshyn", None, 1984, "UA"), "to_latin"),
        ("Jevgenij Gumenjuk", P("Yevhenii|Humeniuk", None, 1979, "UA"),
         P("Yevhenii|Humenko", None, 1979, "UA")),
        ("Ganna Gavrilyuk", P("Hanna|Havryliuk", "Ганна Гаврилюк", 1990, "UA"),
         P("Anna|Havryliuk", None, 1990, "UA"), "to_latin"),
        ("Oleg Gorbenko", P("Oleh|Horbenko", None, 1975, "UA"),
         P("Oleh|Horban", None, 1975, "UA")),
        ("Igor Grigorchuk", P("Ihor|Hryhorchuk", "Ігор Григорчук", 1969, "UA"),
         P("Ihor|Hryhoriv", None, 1969, "UA"), "to_latin"),
        ("Bogdan Galitskiy", P("Bohdan|Halytskyi", "Богдан Галицький", 1982, "UA"),
         P("Bohdan|Halych", None, 1982, "UA"), "to_latin"),
        ("Sergij Zjuravskij", P("Serhii|Zhuravskyi", "Сергій Журавський", 1977, "UA"),
         P("Serhii|Zhuravel", None, 1977, "UA"), "to_latin"),
        ("Michajlo Chomitj", P("Mykhailo|Khomych", None, 1972, "UA"),
         P("Mykhailo|Khomenko", None, 1972, "UA")),
        ("Iryna Izhakevich", P("Iryna|Yizhakevych", "Ірина Їжакевич", 1988, "UA"),
         P("Iryna|Yakovych", None, 1988, "UA"), "to_latin"),
        ("Natalya Andriyenko", P("Nataliia|Andriienko", None, 1985, "UA"),
         P("Nataliia|Andriichuk", None, 1985, "UA")),
        # the national form typed, a Russian-style or Swedish spelling stored
        ("Yevheniia Hlushchenko", P("Evgeniya|Glushchenko", None, 1993, "UA"),
         P("Evgeniya|Glushko", None, 1993, "UA")),
        ("Hryhorii Kharchuk", P("Grigorij|Chartjuk", None, 1970, "UA"),
         P("Grigorij|Martjuk", None, 1970, "UA")),
        ("Hanna Dovhaniuk", P("Ganna|Dovganjuk", None, 1994, "UA"),
         P("Anna|Dovhaniuk", None, 1994, "UA")),
        ("Yurii Havrylenko", P("Jurij|Gavrilenko", None, 1966, "UA"),
         P("Jurij|Gavrilov", None, 1966, "UA")),
        ("Liudmyla Yakymchuk", P("Ljudmila|Jakimtjuk", None, 1958, "UA"),
         P("Ljudmila|Jakimenko", None, 1958, "UA")),
        # typed in Cyrillic, stored in one of the Latin forms
        ("Олег Гончарук", P("Oleg|Gontjaruk", None, 1986, "UA"),
         P("Oleg|Gontjar", None, 1986, "UA"), "to_script"),
        ("Ганна Хоменко", P("Hanna|Khomenko", None, 1991, "UA"),
         P("Anna|Khomenko", None, 1991, "UA"), "to_script"),
        ("Євген Гуменюк", P("Evgen|Gumeniuk", None, 1983, "UA"),
         P("Evgen|Gumenko", None, 1983, "UA"), "to_script"),
    ],
)  # fmt: skip

ALL: list[Case] = [*UKR_H_G]
