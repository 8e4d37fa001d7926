"""Name pools per community, with weights that give a realistic namesake density.

Each entry is ``"Latin/Other Latin=original script:weight"``: the Latin spellings as Swedish
records hold them (the first is the most common), the name in its own script (when the
community writes one) and how common it is. Weights follow what a Swedish reception desk sees:
Mohamed and its spellings dominate among Arabic- and Somali-named men, Abdi and Hassan among
Somalis, Yonas and Tesfaye among Eritreans, Olena and Oleksandr among Ukrainians.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Name:
    spellings: tuple[str, ...]
    original: str | None
    weight: float


def pool(text: str) -> tuple[Name, ...]:
    names = []
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        body, _, weight = item.partition(":")
        latin, _, original = body.partition("=")
        names.append(
            Name(tuple(latin.strip().split("/")), original.strip() or None, float(weight or 1))
        )
    return tuple(names)


ARABIC_MEN = pool(
    "Mohamed/Mohammed/Muhammad/Mohammad/Mohamad/Muhammed=محمد:40; Ahmed/Ahmad=أحمد:14;"
    "Ali=علي:10; Hassan/Hasan=حسن:8; Hussein/Hussain/Husein/Houssein=حسين:6;"
    "Omar/Umar=عمر:6; Khaled/Khalid=خالد:5; Mahmoud/Mahmud=محمود:5;"
    "Mustafa/Moustafa/Mostafa=مصطفى:4; Ibrahim/Ebrahim=إبراهيم:4; Yousef/Youssef/Yusuf=يوسف:4;"
    "Abdullah/Abdallah/Abdulla=عبدالله:4; Abdulrahman/Abdul Rahman/Abdelrahman=عبدالرحمن:3;"
    "Samer=سامر:2; Ammar=عمار:2; Bilal=بلال:2; Firas=فراس:1; Rami=رامي:2;"
    "Tarek/Tariq/Tarik=طارق:2; Walid/Waleed=وليد:2; Ziad/Ziyad=زياد:1; Saleh/Salih=صالح:2;"
    "Jamal=جمال:1; Nabil=نبيل:1; Anas=أنس:2; Usama/Osama/Oussama=أسامة:2;"
    "Ghaith/Ghiath=غيث:1; Shadi/Chadi=شادي:1; Hamza=حمزة:2; Karim/Kareem=كريم:2;"
    "Majd=مجد:1; Wael=وائل:1; Fadi=فادي:1; Alaa=علاء:1; Mazen=مازن:1; Hani=هاني:1"
)
ARABIC_WOMEN = pool(
    "Fatima/Fatma=فاطمة:8; Aisha/Aicha/Ayesha=عائشة:4; Mariam/Maryam=مريم:6;"
    "Noor/Nour/Nur=نور:5; Rania=رانيا:2; Hiba=هبة:2; Asma=أسماء:3; Layla/Leila/Laila=ليلى:3;"
    "Amal=أمل:2; Zainab/Zeinab=زينب:3; Sara/Sarah=سارة:4; Rasha=رشا:2; Huda/Houda=هدى:2;"
    "Dima=ديما:1; Lina=لينا:2; Yasmin/Yasmine=ياسمين:2; Samira=سميرة:1; Nadia=نادية:1;"
    "Rim/Reem=ريم:2; Heba=هبه:1; Ruba=ربى:1; Walaa=ولاء:1; Safaa=صفاء:1; Israa=إسراء:1"
)
ARABIC_FAMILIES = pool(
    "Al-Khatib/Alkhatib/El Khatib=الخطيب:2; Al-Ahmad=الأحمد:2; Hamdan=حمدان:1;"
    "Haddad=حداد:2; Khalil=خليل:2; Mansour/Mansur=منصور:2; Al-Hussein=الحسين:1;"
    "Suleiman/Sulaiman/Soliman=سليمان:2; Othman/Osman=عثمان:2; Qasim/Kassem/Kasim=قاسم:1;"
    "Darwish=درويش:1; Nasser/Naser=ناصر:2; Abbas=عباس:2; Jaber=جابر:1; Hamoud=حمود:1;"
    "Al-Jabouri/Aljaburi=الجبوري:1; Al-Ali=العلي:2; Younes/Yunus=يونس:1; Hussein=حسين:4;"
    "Ali=علي:5; Ahmed/Ahmad=أحمد:5; Mohamed/Mohammed=محمد:6; Hassan=حسن:4; Saleh=صالح:2;"
    "Ibrahim=إبراهيم:2; Mahmoud=محمود:2; Al-Masri=المصري:1; Al-Hamwi=الحموي:1;"
    "Shaheen/Shahin=شاهين:1; Awad=عوض:1; Issa=عيسى:1; Khoury=خوري:1; Haidar=حيدر:1"
)
MAGHREB_MEN = pool(
    "Mohamed/Mohammed=محمد:20; Youssef/Youcef=يوسف:4; Karim=كريم:3;"
    "Abdelkader/Abdel Kader=عبدالقادر:3; Rachid=رشيد:3; Said=سعيد:3; Hakim=حكيم:2;"
    "Mourad=مراد:3; Nordine/Noureddine=نورالدين:2; Djamel=جمال:2; Chakib=شكيب:1;"
    "Mehdi=مهدي:2; Ayoub=أيوب:2; Yassine=ياسين:3; Hicham=هشام:2; Khalid=خالد:2"
)
MAGHREB_WOMEN = pool(
    "Fatima=فاطمة:5; Khadija/Khadidja=خديجة:3; Amina=أمينة:3; Nadia=نادية:2;"
    "Samira=سميرة:2; Salma=سلمى:2; Imane=إيمان:2; Houda=هدى:2; Meriem=مريم:3; Soukaina=سكينة:1"
)
MAGHREB_FAMILIES = pool(
    "Benali/Ben Ali=بن علي:3; Bouzid=بوزيد:2; Belkacem=بلقاسم:2; Cherif=شريف:2;"
    "El Amrani=العمراني:2; Benmoussa=بن موسى:1; Haddad=حداد:1; Boukhari=البخاري:1;"
    "Mansouri=منصوري:2; Zerrouki=زروقي:1; Ouali=والي:1; Bensaid=بن سعيد:1; Tahiri=الطاهري:1"
)
SOMALI_MEN = pool(
    "Mohamed/Mohammed/Maxamed=:40; Abdi/Cabdi=:14; Ahmed/Axmed=:10; Hassan/Xasan=:10;"
    "Ali/Cali=:10; Abdullahi/Cabdullahi=:8; Abdirahman/Cabdiraxmaan=:6; Omar/Cumar=:6;"
    "Hussein/Xuseen=:5; Yusuf=:5; Ibrahim=:4; Ismail/Ismaaciil=:4; Abdikadir/Cabdiqaadir=:3;"
    "Farah/Faarax=:4; Osman/Cismaan=:4; Abdiaziz/Cabdicasiis=:2; Mahad=:2; Guled=:2;"
    "Jama/Jaamac=:3; Warsame=:3; Nur/Nuur=:3; Abdiwali=:2; Liban=:2; Said/Saciid=:3;"
    "Hamza=:2; Bashir=:2; Dahir/Daahir=:2; Aden/Aadan=:3; Musa/Muuse=:3; Ayanle=:1;"
    "Shire=:2; Ismael=:1; Mukhtar=:1; Bile=:1; Elmi/Cilmi=:2; Egal/Cigaal=:1; Hirsi=:2;"
    "Samatar=:1; Abshir=:1; Mohamud/Maxamuud=:3; Abdulkadir=:1; Qasim/Qaasim=:1"
)
SOMALI_WOMEN = pool(
    "Fadumo/Faadumo/Fatuma=:8; Amina/Aamina=:6; Hodan=:4; Sahra/Sahro=:4; Ifrah/Ifrax=:3;"
    "Hibo=:3; Asha/Caasha=:4; Khadra/Khadro=:3; Nimco=:3; Ubah=:2; Deeqa=:2; Halima/Xaliimo=:4;"
    "Zamzam=:2; Ayaan=:2; Hawa/Xawo=:3; Maryan=:3; Ilhan=:2; Nasra=:2; Ladan=:1; Sagal=:2"
)
GEEZ_MEN = pool(
    "Yonas=ዮናስ:14; Tesfaye=ተስፋየ:8; Dawit=ዳዊት:8; Samuel=ሳሙኤል:6; Michael=ሚካኤል:5;"
    "Yohannes=ዮሃንስ:6; Robel=ሮቤል:4; Filmon=ፊልሞን:5; Amanuel=አማኑኤል:5; Habtom=ሃብቶም:4;"
    "Tesfalem=ተስፋልም:2; Mebrahtu=መብራህቱ:3; Berhane=በርሀነ:4; Kidane=ኪዳነ:3; Goitom=ጎይቶም:3;"
    "Tekle=ተክለ:3; Haile=ሃይለ:3; Gebremedhin=ገብረመድህን:2; Gebreyesus=ገብረየሱስ:2;"
    "Tewolde=ተወልደ:2; Woldemichael=ወልደሚካኤል:2; Habtemariam=ሃብተማርያም:2; Kahsay=ካሕሳይ:3;"
    "Tesfay=ተስፋይ:4; Mehari=መሓሪ:3; Negash=ነጋሽ:2; Solomon=ሰለሞን:4; Biniam=ቢንያም:4;"
    "Henok=ሄኖክ:3; Daniel=ዳንኤል:4; Abraham=ኣብርሃም:4; Mulugeta=ሙሉጌታ:2; Girmay=ግርማይ:2;"
    "Ghebremariam=ገብረማርያም:1; Abel=ኣቤል:3; Efrem=ኤፍሬም:2; Kibrom=ክብሮም:2; Medhanie=መድሃኔ:2"
)
GEEZ_WOMEN = pool(
    "Selam=ሰላም:6; Helen=ሄለን:5; Senait=ሰናይት:4; Mekdes=መቅደስ:4; Luwam=ሉዋም:3; Saba=ሳባ:4;"
    "Rahel=ራሄል:3; Yordanos=ዮርዳኖስ:3; Freweyni=ፍረወይኒ:2; Semhar=ሰምሃር:3; Hiwet=ሕይወት:3;"
    "Tsega=ጸጋ:2; Almaz=ኣልማዝ:2; Meron=ሜሮን:3; Winta=ዊንታ:3; Feven=ፌቨን:2; Eden=ኤደን:3"
)
AFGHAN_MEN = pool(
    "Mohammad/Mohammed/Muhammad=محمد:20; Ahmad=احمد:8; Ali=علی:8; Hussain/Hossain=حسین:5;"
    "Zabihullah/Zabiullah=ذبیح‌الله:2; Naqibullah=نقیب‌الله:1; Habibullah=حبیب‌الله:2;"
    "Rahmatullah=رحمت‌الله:2; Mustafa=مصطفی:3; Sayed/Sayed=سید:3; Jawad=جواد:3; Farid=فرید:3;"
    "Nasir=ناصر:2; Hamid=حمید:3; Wahid=وحید:2; Mahdi=مهدی:3; Murtaza=مرتضی:2; Reza=رضا:3;"
    "Abdul Ghafar=عبدالغفار:1; Shafiq=شفیق:2; Najib/Najibullah=نجیب:2; Ismail=اسماعیل:2;"
    "Khan Mohammad=خان محمد:1; Gul Ahmad=گل احمد:1; Ehsan=احسان:2; Sajjad=سجاد:2"
)
AFGHAN_WOMEN = pool(
    "Zahra=زهرا:5; Fatima/Fatema=فاطمه:5; Maryam=مریم:4; Parwana=پروانه:2; Shabnam=شبنم:2;"
    "Nilofar/Nilufar=نیلوفر:2; Sakina=سکینه:2; Masoma/Masuma=معصومه:2; Farzana=فرزانه:2;"
    "Marzia=مرضیه:2; Mina=مینا:2; Khadija=خدیجه:2; Sediqa=صدیقه:1; Nargis=نرگس:2"
)
AFGHAN_FAMILIES = pool(
    "Ahmadi=احمدی:6; Mohammadi=محمدی:6; Hosseini/Husseini=حسینی:5; Rezaei/Rezai=رضایی:4;"
    "Karimi=کریمی:3; Rahimi=رحیمی:3; Sultani=سلطانی:2; Jafari=جعفری:3; Haidari/Haydari=حیدری:3;"
    "Noori/Nouri=نوری:3; Amiri=امیری:3; Hashimi=هاشمی:2; Sadat=سادات:2; Popal=پوپل:1;"
    "Stanikzai=ستانکزی:1; Safi=صافی:1; Rasuli=رسولی:2; Nazari=نظری:2; Azizi=عزیزی:2"
)
IRANIAN_MEN = pool(
    "Mohammad Reza/Mohammadreza=محمدرضا:3; Alireza/Ali Reza=علیرضا:3; Amir=امیر:3;"
    "Mehdi/Mahdi=مهدی:3; Hossein=حسین:3; Reza=رضا:4; Saeed/Said=سعید:3; Majid=مجید:2;"
    "Hamid=حمید:2; Behrouz/Behruz=بهروز:1; Arash=آرش:2; Babak=بابک:2; Ali=علی:4;"
    "Mohammad=محمد:6; Omid=امید:2; Payam=پیام:1; Kourosh/Kurosh=کوروش:1"
)
IRANIAN_WOMEN = pool(
    "Maryam=مریم:4; Zahra=زهرا:3; Fatemeh=فاطمه:3; Niloufar/Nilufar=نیلوفر:2; Shirin=شیرین:2;"
    "Parisa=پریسا:2; Sara=سارا:2; Mahsa=مهسا:2; Leila=لیلا:2; Negar=نگار:2; Samaneh=سمانه:1"
)
IRANIAN_FAMILIES = pool(
    "Mohammadi=محمدی:4; Hosseini=حسینی:4; Ahmadi=احمدی:3; Rezaei=رضایی:3; Moradi=مرادی:2;"
    "Karimi=کریمی:2; Ghasemi/Qasemi=قاسمی:2; Jafari=جعفری:2; Rahimi=رحیمی:2; Hashemi=هاشمی:2;"
    "Tehrani=تهرانی:1; Sadeghi/Sadeqi=صادقی:2; Kazemi=کاظمی:2; Rostami=رستمی:1; Ebrahimi=ابراهیمی:2"
)
KURDISH_MEN = pool(
    "Azad:3; Rêber/Reber:2; Şêrko/Sherko:2; Xebat/Khabat:2; Dilşad/Dilshad:2; Berzan:2;"
    "Çiya/Chiya:1; Karwan:2; Hawre/Hawri:1; Shwan/Şwan:1; Rebwar:2; Hemin:2; Ahmed:4;"
    "Mohammed:5; Ali:3; Hassan:3; Omer:2; Bakhtiar/Bextiyar:2; Sardar:2; Aram:2"
)
KURDISH_WOMEN = pool(
    "Hêvî/Hevi:2; Rojda:2; Nêrgiz/Nergiz:2; Şîlan/Shilan:2; Berfin:2; Jiyan/Zhiyan:2;"
    "Avin:2; Rojin:2; Gulistan:2; Dilan:2; Shno/Şno:1; Tara:2; Bayan:1; Helin:2"
)
KURDISH_FAMILIES = pool(
    "Hasan:3; Ali:3; Ahmed:3; Mustafa:2; Omer:2; Abdullah:2; Xelîl/Khalil:2; Zebarî/Zebari:1;"
    "Barzani:1; Hawrami:1; Rashid:2; Mahmoud:2; Aziz:2; Karim:2; Qadir/Kadir:2; Salih:2"
)
TURKISH_MEN = pool(
    "Mehmet:5; Mustafa:4; Ahmet:4; Hüseyin/Huseyin:3; İbrahim/Ibrahim:3; Yusuf:3; Emre:2;"
    "Murat:3; Ömer/Omer:2; Hasan:3; Ali:3; Özgür/Ozgur:1; Çağlar/Caglar:1; Serkan:2"
)
TURKISH_WOMEN = pool(
    "Ayşe/Ayse:4; Fatma:4; Zeynep:3; Elif:3; Emine:3; Hatice:2; Gülsüm/Gulsum:1; Özlem/Ozlem:2;"
    "Şeyma/Seyma:1; Büşra/Busra:2; Merve:2"
)
TURKISH_FAMILIES = pool(
    "Yılmaz/Yilmaz:5; Kaya:4; Demir:4; Şahin/Sahin:3; Çelik/Celik:3; Yıldız/Yildiz:3;"
    "Öztürk/Ozturk:3; Aydın/Aydin:3; Özdemir/Ozdemir:2; Arslan:2; Doğan/Dogan:2; Kılıç/Kilic:2;"
    "Koç/Koc:2; Çetin/Cetin:2; Güneş/Gunes:1"
)
UKRAINIAN_MEN = pool(
    "Олександр:10; Андрій:6; Сергій:6; Іван:4; Євген:3; Дмитро:5; Володимир:4; Михайло:3;"
    "Максим:4; Юрій:3; Ігор:3; Олег:3; Віталій:2; Богдан:2; Василь:2; Тарас:2; Артем:3;"
    "Денис:2; Роман:3; Павло:2; Григорій:1; Степан:1"
)
UKRAINIAN_WOMEN = pool(
    "Олена:10; Юлія:5; Ганна:4; Тетяна:5; Наталія:5; Оксана:5; Марія:4; Ірина:5;"
    "Вікторія:4; Анастасія:4; Світлана:3; Людмила:2; Галина:2; Катерина:4; Ольга:4;"
    "Христина:2; Яна:2; Інна:2; Дарина:2; Соломія:1; Єлизавета:1; Надія:2; Любов:1"
)
UKRAINIAN_FAMILIES = pool(
    "Шевченко:5; Коваленко:5; Бондаренко:4; Ткаченко:4; Кравченко:4; Олійник:3; Шевчук:3;"
    "Поліщук:3; Мельник:5; Бойко:4; Ковальчук:3; Гнатюк:2; Гончаренко:2; Харченко:2;"
    "Литвиненко:2; Савченко:2; Руденко:2; Марченко:2; Захарченко:1; Яковенко:1; Гуменюк:1;"
    "Ковальов:1; Хоменко:2; Ярошенко:1; Гриценко:2; Ємельяненко:1; Їжакевич:1; Приходько:2"
)
RUSSIAN_MEN = pool(
    "Александр:5; Сергей:4; Дмитрий:4; Андрей:3; Алексей:3; Иван:3; Михаил:2; Евгений:2;"
    "Николай:2; Владимир:2"
)
RUSSIAN_WOMEN = pool(
    "Ольга:4; Елена:4; Наталья:3; Ирина:3; Татьяна:3; Екатерина:3; Юлия:3; Анна:3; Мария:2"
)
RUSSIAN_FAMILIES = pool(
    "Иванов:4; Смирнов:3; Кузнецов:3; Попов:3; Соколов:2; Лебедев:2; Козлов:2; Новиков:2;"
    "Морозов:2; Волков:2; Федоров:2; Михайлов:2; Зайцев:1; Журавлев:1; Щербаков:1"
)
BOSNIAN_MEN = pool("Emir:3; Amir:3; Adnan:2; Edin:2; Haris:2; Senad:2; Mirza:2; Elvir:1")
BOSNIAN_WOMEN = pool("Amra:2; Lejla:3; Selma:2; Emina:2; Aida:2; Amela:2; Merima:1")
BOSNIAN_FAMILIES = pool(
    "Hodžić/Hodzic:3; Hadžić/Hadzic:3; Begić/Begic:2; Delić/Delic:2; Mujić/Mujic:2;"
    "Husić/Husic:2; Kovačević/Kovacevic:2; Hasanović/Hasanovic:2; Osmanović/Osmanovic:2;"
    "Alić/Alic:2; Šabić/Sabic:1"
)
VIETNAMESE_GIVEN = pool(
    "Văn Minh/Van Minh:3; Thị Lan/Thi Lan:3; Văn Hùng/Van Hung:2; Thị Hương/Thi Huong:3;"
    "Đức Anh/Duc Anh:2; Thị Mai/Thi Mai:2; Quang Huy:2; Thị Thu/Thi Thu:2; Minh Tuấn/Minh Tuan:2"
)
VIETNAMESE_FAMILIES = pool(
    "Nguyễn/Nguyen:10; Trần/Tran:4; Lê/Le:3; Phạm/Pham:3; Hoàng/Hoang:2; Phan:2; Vũ/Vu:2;"
    "Đặng/Dang:2; Bùi/Bui:1"
)
THAI_GIVEN = pool(
    "Somchai:2; Siriporn:2; Nattapong:1; Kanya:2; Pornthip:2; Suda:1; Wanida:2; Malee:1;"
    "Ratana:2; Anong:1"
)
THAI_FAMILIES = pool(
    "Saetang:1; Srisuk:1; Wongsawat:1; Chaiyaporn:1; Sukprasert:1; Boonmee:1; Thongdee:1"
)
CHINESE_GIVEN = pool("Wei:4; Li:3; Fang:2; Jing:2; Xiaoming:1; Yan:2; Hui:2; Ming:2; Jun:2")
CHINESE_FAMILIES = pool("Wang:4; Li:4; Zhang:4; Liu:3; Chen:3; Yang:2; Huang:2; Zhao:2; Wu:2")
LATIN_MEN = pool(
    "José Luis/Jose Luis:2; Juan Carlos:2; Carlos:3; Luis:2; Diego:2; Andrés/Andres:2; Jorge:2"
)
LATIN_WOMEN = pool(
    "María José/Maria Jose:2; Ana María/Ana Maria:2; Valentina:2; Camila:2; Daniela:2;Sofía/Sofia:2"
)
LATIN_FAMILIES = pool(
    "García/Garcia:4; López/Lopez:3; Rodríguez/Rodriguez:3; Pérez/Perez:3; Martínez/Martinez:3;"
    "González/Gonzalez:3; Hernández/Hernandez:2; Ramírez/Ramirez:2; Torres:2; Flores:2"
)
WEST_AFRICAN_MEN = pool(
    "Mamadou/Mamadu:4; Ousmane/Usman:3; Ibrahima:3; Abdoulaye/Abdoulie:3; Lamin:3; Modou:2;"
    "Kwame:1; Chinedu:1; Oluwaseun:1; Alieu:2; Ebrima:2; Sulayman:2"
)
WEST_AFRICAN_WOMEN = pool(
    "Fatoumata/Fatou:4; Aminata:3; Mariama:3; Isatou:3; Awa:2; Binta:2; Adama:2; Ngozi:1"
)
WEST_AFRICAN_FAMILIES = pool(
    "Diallo:4; Jallow:4; Bah:3; Barry:3; Sow:2; Ceesay:3; Touray:2; Okafor:1; Mensah:1;"
    "Adeyemi:1; Camara:2; Jammeh:2; Sanneh:2; Njie:2"
)
