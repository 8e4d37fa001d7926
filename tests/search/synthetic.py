"""Synthetic visitors for the search quality test and the benchmark.

Names are drawn per country group from pools of real given and family names, written the way
that group usually writes them in Latin letters, often with the name in the original script
too. A person has a given name and a two-word family name (father's and grandfather's name, as
in Somali, Eritrean and many Arabic naming customs), so that full namesakes are rare.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

# (Latin, original script or "")
SOMALI_GIVEN = [
    "Maxamed",
    "Cabdi",
    "Axmed",
    "Faadumo",
    "Xaliimo",
    "Hodan",
    "Sahra",
    "Ayaan",
    "Ismaaciil",
    "Yuusuf",
    "Cumar",
    "Khadra",
    "Nimco",
    "Deeqa",
    "Warsame",
    "Farax",
    "Jaamac",
    "Guuleed",
    "Ilhaan",
    "Muna",
    "Xamdi",
    "Sagal",
    "Bashiir",
    "Cawil",
]
SOMALI_FAMILY = [
    "Cali",
    "Xasan",
    "Warsame",
    "Faarax",
    "Jaamac",
    "Cabdullaahi",
    "Maxamuud",
    "Yuusuf",
    "Nuur",
    "Aadan",
    "Ibraahim",
    "Cismaan",
    "Shire",
    "Samatar",
    "Dirie",
    "Cigaal",
    "Xirsi",
    "Mire",
    "Cabdi",
    "Guuleed",
    "Axmed",
    "Siciid",
]
ETHIOPIC_GIVEN = [
    ("Yohannes", "ዮሃንስ"),
    ("Tesfay", "ተስፋይ"),
    ("Abraham", "ኣብርሃም"),
    ("Selam", "ሰላም"),
    ("Mulugeta", "ሙሉጌታ"),
    ("Kidane", "ኪዳነ"),
    ("Habte", "ሃብተ"),
    ("Awet", "ዓወት"),
    ("Abebe", "አበበ"),
    ("Girmay", "ግርማይ"),
    ("Tsegay", "ፀጋይ"),
    ("Senait", "ሰናይት"),
    ("Meron", "ሜሮን"),
    ("Dawit", "ዳዊት"),
    ("Samuel", "ሳሙኤል"),
    ("Berhane", "በርሀነ"),
    ("Filmon", "ፊልሞን"),
    ("Yonas", "ዮናስ"),
    ("Biniam", "ቢንያም"),
    ("Luwam", "ሉዋም"),
    ("Mehari", "መሓሪ"),
    ("Tekle", "ተኽለ"),
    ("Almaz", "ኣልማዝ"),
    ("Hagos", "ሓጎስ"),
]
ETHIOPIC_FAMILY = [
    ("Tesfay", "ተስፋይ"),
    ("Ghebre", "ገብረ"),
    ("Medhin", "መድህን"),
    ("Asmerom", "ኣስመሮም"),
    ("Hagos", "ሓጎስ"),
    ("Weldu", "ወልዱ"),
    ("Haile", "ሃይለ"),
    ("Kidane", "ኪዳነ"),
    ("Mehari", "መሓሪ"),
    ("Tekle", "ተኽለ"),
    ("Berhe", "በርሀ"),
    ("Gebremariam", "ገብረማርያም"),
    ("Woldemichael", "ወልደሚካኤል"),
    ("Abraha", "ኣብርሃ"),
    ("Negash", "ነጋሽ"),
    ("Tsegai", "ፀጋይ"),
    ("Yemane", "የማነ"),
    ("Zerai", "ዘራይ"),
    ("Andemariam", "ኣንደማርያም"),
    ("Russom", "ሩሶም"),
]
ARABIC_GIVEN = [
    ("Mohammed", "محمد"),
    ("Ahmad", "أحمد"),
    ("Ali", "علي"),
    ("Omar", "عمر"),
    ("Khaled", "خالد"),
    ("Youssef", "يوسف"),
    ("Hussein", "حسين"),
    ("Hassan", "حسن"),
    ("Fatima", "فاطمة"),
    ("Aisha", "عائشة"),
    ("Zainab", "زينب"),
    ("Maryam", "مريم"),
    ("Rania", "رانيا"),
    ("Layla", "ليلى"),
    ("Nour", "نور"),
    ("Abdulrahman", "عبد الرحمن"),
    ("Abdullah", "عبدالله"),
    ("Ibrahim", "إبراهيم"),
    ("Mustafa", "مصطفى"),
    ("Samir", "سمير"),
    ("Tariq", "طارق"),
    ("Walid", "وليد"),
    ("Rasha", "رشا"),
    ("Huda", "هدى"),
    ("Salma", "سلمى"),
]
ARABIC_FAMILY = [
    ("Al-Obaidi", "العبيدي"),
    ("Al-Jaburi", "الجبوري"),
    ("Haddad", "حداد"),
    ("Khalil", "خليل"),
    ("Mansour", "منصور"),
    ("Nasser", "ناصر"),
    ("Saleh", "صالح"),
    ("Al-Hassan", "الحسن"),
    ("Darwish", "درويش"),
    ("Hamdan", "حمدان"),
    ("Qasim", "قاسم"),
    ("Yassin", "ياسين"),
    ("Abbas", "عباس"),
    ("Al-Tamimi", "التميمي"),
    ("Kurdi", "كردي"),
    ("Suleiman", "سليمان"),
    ("Al-Sayed", "السيد"),
    ("Othman", "عثمان"),
    ("Hamoud", "حمود"),
    ("Shaheen", "شاهين"),
    ("Mahmoud", "محمود"),
    ("Ismail", "إسماعيل"),
]
PERSIAN_GIVEN = [
    ("Fatemeh", "فاطمه"),
    ("Zahra", "زهرا"),
    ("Maryam", "مریم"),
    ("Reza", "رضا"),
    ("Ali", "علی"),
    ("Hossein", "حسین"),
    ("Mohammad", "محمد"),
    ("Mahmoud", "محمود"),
    ("Farid", "فرید"),
    ("Parisa", "پریسا"),
    ("Shirin", "شیرین"),
    ("Ahmad", "احمد"),
    ("Nasrin", "نسرین"),
    ("Hamid", "حمید"),
    ("Javad", "جواد"),
    ("Roya", "رویا"),
    ("Sima", "سیما"),
    ("Behrouz", "بهروز"),
    ("Mehdi", "مهدی"),
    ("Karim", "کریم"),
    ("Soraya", "ثریا"),
]
PERSIAN_FAMILY = [
    ("Ahmadi", "احمدی"),
    ("Hosseini", "حسینی"),
    ("Mohammadi", "محمدی"),
    ("Rezaei", "رضایی"),
    ("Karimi", "کریمی"),
    ("Rahimi", "رحیمی"),
    ("Hashemi", "هاشمی"),
    ("Sultani", "سلطانی"),
    ("Nazari", "نظری"),
    ("Jafari", "جعفری"),
    ("Sadeghi", "صادقی"),
    ("Amiri", "امیری"),
    ("Haidari", "حیدری"),
    ("Noori", "نوری"),
    ("Azizi", "عزیزی"),
    ("Rahmani", "رحمانی"),
    ("Safi", "صافی"),
    ("Wardak", "وردک"),
    ("Popal", "پوپل"),
    ("Stanekzai", "استانکزی"),
]
GROUPS = {
    "SO": ([(g, "") for g in SOMALI_GIVEN], [(f, "") for f in SOMALI_FAMILY]),
    "ER": (ETHIOPIC_GIVEN, ETHIOPIC_FAMILY),
    "SY": (ARABIC_GIVEN, ARABIC_FAMILY),
    "AF": (PERSIAN_GIVEN, PERSIAN_FAMILY),
}


@dataclass(frozen=True)
class Visitor:
    given_name: str
    family_name: str
    original_script_name: str | None
    birth_year: int
    country_of_birth: str
    phone: str | None


def visitors(count: int, *, seed: int = 7) -> Iterator[Visitor]:
    """``count`` visitors, the same ones for the same seed."""
    rng = random.Random(seed)
    countries = list(GROUPS)
    used_phones: set[str] = set()
    for _ in range(count):
        country = rng.choice(countries)
        given_pool, family_pool = GROUPS[country]
        given = rng.choice(given_pool)
        father, grandfather = rng.sample(family_pool, 2)
        original = None
        if given[1] and rng.random() < 0.6:
            original = f"{given[1]} {father[1]} {grandfather[1]}"
        phone = None
        if rng.random() < 0.6:
            while phone is None or phone in used_phones:
                phone = f"+467{rng.choice('0236')}{rng.randrange(10**7):07d}"
            used_phones.add(phone)
        yield Visitor(
            given_name=given[0],
            family_name=f"{father[0]} {grandfather[0]}",
            original_script_name=original,
            birth_year=rng.randrange(1955, 2007),
            country_of_birth=country,
            phone=phone,
        )
