"""The search quality set: a person stored in one form, searched for in another.

Each case is ``(variant class, stored names (given, family, original script), query)``.
Phone and short-code cases are in ``PHONE_CASES`` (stored number, typed query) and are checked
by the same test.
"""

from __future__ import annotations

Names = tuple[str, str, str | None]

NAME_CASES: list[tuple[str, Names, str]] = [
    # case and accents
    ("case_accents", ("Abdülkadir", "Öztürk Yılmaz", None), "abdulkadir ozturk yilmaz"),
    ("case_accents", ("José", "Ramírez Peña", None), "JOSE RAMIREZ PENA"),
    ("case_accents", ("Gaëlle", "Ngoné Diouf", None), "gaelle ngone diouf"),
    ("case_accents", ("Hélène", "Mbaye Ndiaye", None), "Helene Mbaye Ndiaye"),
    ("case_accents", ("Çiçek", "Şahin Doğan", None), "cicek sahin dogan"),
    ("case_accents", ("Nguyễn", "Thị Hương", None), "nguyen thi huong"),
    # Arabic script stored, Latin typed
    ("arabic_to_latin", ("محمد", "خليل حداد", None), "Mohamed Khalil Haddad"),
    (
        "arabic_to_latin",
        ("Mohammed", "Darwish Yassin", "محمد درويش ياسين"),
        "Muhammad Darwish Yasin",
    ),
    ("arabic_to_latin", ("أحمد", "عباس منصور", None), "Ahmed Abbas Mansour"),
    ("arabic_to_latin", ("خالد", "قاسم صالح", None), "Khalid Kasim Saleh"),
    ("arabic_to_latin", ("يوسف", "حمدان شاهين", None), "Yousef Hamdan Shahin"),
    ("arabic_to_latin", ("زينب", "سليمان ناصر", None), "Zeinab Suleiman Nasser"),
    ("arabic_to_latin", ("عمر", "حمود كردي", None), "Omar Hamoud Kurdi"),
    ("arabic_to_latin", ("حسين", "العبيدي خليل", None), "Hussein Obaidi Khalil"),
    ("arabic_to_latin", ("مريم", "صالح عباس", None), "Mariam Salih Abbas"),
    ("arabic_to_latin", ("طارق", "ياسين منصور", None), "Tarek Yassin Mansur"),
    # Latin stored, Arabic typed
    ("latin_to_arabic", ("Mohammed", "Haddad Qasim", None), "محمد حداد قاسم"),
    ("latin_to_arabic", ("Fatima", "Saleh Darwish", None), "فاطمة صالح درويش"),
    ("latin_to_arabic", ("Ali", "Hamdan Abbas", None), "علي حمدان عباس"),
    ("latin_to_arabic", ("Samir", "Khalil Nasser", None), "سمير خليل ناصر"),
    ("latin_to_arabic", ("Walid", "Shaheen Othman", None), "وليد شاهين عثمان"),
    # Persian script
    ("persian", ("فاطمه", "احمدی کریمی", None), "Fatemeh Ahmadi Karimi"),
    ("persian", ("Zahra", "Hosseini Rahimi", "زهرا حسینی رحیمی"), "زهرا حسینی رحیمی"),
    ("persian", ("رضا", "محمدی نظری", None), "Reza Mohammadi Nazari"),
    ("persian", ("حمید", "جعفری صادقی", None), "Hamid Jafari Sadeghi"),
    ("persian", ("Mehdi", "Haidari Amiri", None), "مهدی حیدری امیری"),
    ("persian", ("شیرین", "عزیزی نوری", None), "Shirin Azizi Nouri"),
    # Ethiopic script (Tigrinya, Amharic)
    ("ethiopic", ("ዮሃንስ", "ተስፋይ ሃብተ", None), "Yohannes Tesfay Habte"),
    ("ethiopic", ("ሰላም", "ኪዳነ መሓሪ", None), "Selam Kidane Mehari"),
    ("ethiopic", ("ሙሉጌታ", "ሃይለ ወልዱ", None), "Mulugeta Haile Weldu"),
    ("ethiopic", ("ፀጋይ", "ገብረ መድህን", None), "Tsegay Gebre Medhin"),
    ("ethiopic", ("ዳዊት", "ነጋሽ የማነ", None), "Dawit Negash Yemane"),
    ("ethiopic", ("Abebe", "Kidane Berhe", "አበበ ኪዳነ በርሀ"), "አበበ ኪዳነ በርሀ"),
    ("ethiopic", ("Meron", "Tekle Zerai", None), "ሜሮን ተኽለ ዘራይ"),
    ("ethiopic", ("ግርማይ", "ሓጎስ ኣብርሃ", None), "Girmai Hagos Abraha"),
    # Somali Latin orthography
    ("somali", ("Maxamed", "Cali Xasan", None), "Mohamed Ali Hassan"),
    ("somali", ("Cabdiraxmaan", "Faarax Nuur", None), "Abdirahman Farah Nur"),
    ("somali", ("Xaliimo", "Cismaan Jaamac", None), "Halima Osman Jama"),
    ("somali", ("Cumar", "Siciid Aadan", None), "Omar Said Adan"),
    ("somali", ("Mohamed", "Ali Hassan Warsame", None), "Maxamed Cali Xasan Warsame"),
    ("somali", ("Faadumo", "Ibraahim Xirsi", None), "Fadumo Ibrahim Hirsi"),
    ("somali", ("Axmed", "Maxamuud Cigaal", None), "Ahmed Mahmoud Egal"),
    ("somali", ("Ismaaciil", "Yuusuf Shire", None), "Ismail Yusuf Shire"),
    # Arabic article and compound forms
    ("article_compound", ("Hussein", "Al-Obaidi Nasser", None), "Hussein Alobaidi Nasser"),
    ("article_compound", ("Layla", "El Tamimi Haddad", None), "Layla Al-Tamimi Haddad"),
    ("article_compound", ("Abdul Rahman", "Al-Jaburi Saleh", None), "Abdulrahman Jaburi Saleh"),
    ("article_compound", ("Abd al-Rahman", "Khalil Darwish", None), "Abdelrahman Khalil Darwish"),
    ("article_compound", ("عبد الرحمن", "قاسم عباس", None), "Abdulrahman Qasim Abbas"),
    ("article_compound", ("Abdullah", "Al Sayed Yassin", None), "Abdallah El-Sayed Yassin"),
    ("article_compound", ("Abdirahman", "Mansour Kurdi", None), "Abd Al Rahman Mansour Kurdi"),
    ("article_compound", ("Nour", "Al-Hassan Abbas", None), "Nur Hassan Abbas"),
    # doubled letters
    ("doubled", ("Mohammed", "Hassan Abbas", None), "Mohamed Hasan Abas"),
    ("doubled", ("Yohannes", "Asmerom Tekle", None), "Yohanes Asmerom Tekle"),
    ("doubled", ("Hassan", "Haddad Mansour", None), "Hasan Hadad Mansour"),
    ("doubled", ("Jaamac", "Cabdullaahi Mire", None), "Jamac Cabdulahi Mire"),
    # vowel alternations
    ("vowels", ("Youssef", "Suleiman Khalil", None), "Yusuf Sulayman Khalil"),
    ("vowels", ("Othman", "Nasser Haddad", None), "Uthman Nasir Haddad"),
    ("vowels", ("Zainab", "Mahmoud Darwish", None), "Zeynab Mahmud Darwish"),
    ("vowels", ("Mustafa", "Hamdan Yassin", None), "Mostafa Hamdan Yasin"),
    ("vowels", ("Hossein", "Rezaei Karimi", None), "Hussein Rezai Karimi"),
    ("vowels", ("Soraya", "Noori Safi", None), "Suraya Nouri Safi"),
    # given and family names in either order
    ("order", ("Tesfay", "Ghebre Haile", None), "Haile Ghebre Tesfay"),
    ("order", ("Rania", "Khalil Suleiman", None), "Suleiman Khalil Rania"),
    ("order", ("Parisa", "Sultani Wardak", None), "Wardak Parisa Sultani"),
    ("order", ("Hodan", "Warsame Dirie", None), "Dirie Warsame Hodan"),
    ("order", ("Biniam", "Russom Negash", None), "Negash Biniam Russom"),
    # consonant skeleton across scripts and spellings
    ("skeleton", ("Mahmoud", "Abbas Qasim", "محمود عباس قاسم"), "Mahmood Abbas Kasem"),
    ("skeleton", ("إبراهيم", "شاهين حمدان", None), "Ebrahim Shaheen Hamdan"),
    ("skeleton", ("Behrouz", "Popal Stanekzai", "بهروز پوپل استانکزی"), "Behruz Popal Stanekzai"),
]

# (stored E.164 number, typed query)
PHONE_CASES: list[tuple[str, str]] = [
    ("+46701239876", "070-123 98 76"),
    ("+46701239877", "0046 70 123 98 77"),
    ("+46701239878", "701239878"),
    ("+46701239879", "+46 (0)70 123 98 79".replace("(0)", "")),
    ("+46731239880", "46731239880"),
    ("+252615551234", "00252 61 555 1234"),
]
