"""Passwords (and password stems) too common to accept, lower case.

Drawn from the most frequent entries of public leak lists, plus Swedish words and names that
people at a Swedish desk would reach for. :mod:`.passwords` also strips digits and symbols from
both ends and undoes simple letter-for-digit swaps before looking a password up here, so
``Password2024!`` and ``p@ssw0rd`` are caught by ``password``.
"""

from __future__ import annotations

from typing import Final

COMMON_PASSWORDS: Final[tuple[str, ...]] = (
    # the usual leaders
    "password", "passw0rd", "password1", "password12", "password123", "password1234",
    "passwort", "pass", "passpass", "passwordpassword", "123456", "1234567", "12345678",
    "123456789", "1234567890", "12345678910", "0123456789", "0987654321", "9876543210",
    "987654321", "111111", "1111111111", "000000", "0000000000", "123123", "123123123",
    "123321", "654321", "666666", "696969", "112233", "121212", "123654", "159753",
    "147258369", "123qwe", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "1qaz2wsx3edc",
    "qwerty", "qwerty123", "qwertyuiop", "qwertyui", "qwertz", "qwertzuiop", "azerty",
    "azertyuiop", "asdfgh", "asdfghjkl", "asdfasdf", "asdf", "zxcvbn", "zxcvbnm",
    "qazwsx", "qazwsxedc", "zaq12wsx", "zaq1zaq1", "1qazxsw2", "abc123", "abcd1234",
    "abcdef", "abcdefg", "abcdefgh", "abcdefghij", "aaaaaa", "a1b2c3", "a1b2c3d4",
    "iloveyou", "iloveyou1", "iloveu", "loveme", "lovely", "love", "lover", "loveyou",
    "welcome", "welcome1", "welcome123", "letmein", "letmein1", "trustno1", "admin",
    "admin123", "administrator", "root", "toor", "login", "master", "secret", "default",
    "guest", "test", "test123", "testing", "changeme", "changeit", "temp", "temppass",
    "mypassword", "newpassword", "nopassword", "access", "whatever", "nothing",
    "unknown", "private", "security", "computer", "internet", "monkey", "dragon",
    "shadow", "sunshine", "princess", "football", "baseball", "basketball", "soccer",
    "hockey", "superman", "batman", "spiderman", "starwars", "pokemon", "naruto",
    "michael", "jennifer", "jessica", "ashley", "daniel", "thomas", "robert", "jordan",
    "hunter", "ranger", "buster", "tigger", "charlie", "andrew", "joshua", "george",
    "harley", "maggie", "ginger", "pepper", "cookie", "chocolate", "cheese", "banana",
    "freedom", "liberty", "killer", "mustang", "ferrari", "porsche", "corvette",
    "mercedes", "yankees", "cowboys", "eagles", "lakers", "chelsea", "liverpool",
    "arsenal", "barcelona", "realmadrid", "juventus", "manchester", "summer", "winter",
    "spring", "autumn", "flower", "flowers", "butterfly", "rainbow", "diamond", "silver",
    "golden", "purple", "orange", "yellow", "matrix", "phoenix", "blessed", "blessing",
    "angel", "angels", "heaven", "jesus", "jesus1", "christ", "god", "godisgood",
    "allah", "bismillah", "mohammed", "muhammad", "family", "friends", "forever",
    "together", "happy", "smile", "beautiful", "babygirl", "babyboy", "princess1",
    "prince", "queen", "king", "hello", "hello123", "hellohello", "helloworld", "goodbye",
    "goodluck", "success", "money", "business", "office", "company", "qwerty1",
    "q1w2e3r4", "q1w2e3r4t5", "qweasd", "qweasdzxc", "asd123", "zxc123", "aa123456",
    "abc12345", "passw0rd1", "p4ssword", "secret123", "trustme", "letmein123",
    "football1", "baseball1", "monkey123", "dragon123", "master123", "shadow123",
    "sunshine1", "iloveyou2", "superstar", "starstar", "computer1", "samsung", "iphone",
    "apple", "google", "microsoft", "windows", "linux", "facebook", "instagram",
    "twitter", "youtube", "netflix", "spotify", "minecraft", "fortnite", "zaq1xsw2",
    "7777777", "88888888", "99999999", "11111111", "22222222", "12341234", "11223344",
    "123abc", "abc123456", "1234qwer", "qwer1234", "asdf1234", "zxcv1234", "1234abcd",
    # Swedish
    "lösenord", "losenord", "losen", "lösen", "hemligt", "hemlis", "sommar", "vinter",
    "våren", "hösten", "sverige", "svenska", "stockholm", "göteborg", "goteborg",
    "malmö", "malmo", "uppsala", "umeå", "umea", "jönköping", "hejsan", "hejhej",
    "välkommen", "valkommen", "kärlek", "karlek", "jagälskardig", "älskling",
    "alskling", "fotboll", "hammarby", "djurgården", "djurgarden", "aik", "ifkgöteborg",
    "blåvitt", "mamma", "pappa", "mormor", "farmor", "morfar", "farfar", "familjen",
    "katten", "hunden", "solsken", "blomma", "midsommar", "julafton", "semester",
    "kaffe", "fika", "kanelbulle", "volvo", "saab", "ikea", "abba", "qwertyuiopå",
    "asdfghjklöä", "lösenord1", "sommar2024", "sommar2025", "hösten2024", "vinter2025",
    "mohamed", "ahmed", "ahmad", "ali", "hassan", "hussein", "fatima", "maria",
    "anna", "erik", "johan", "lars", "karin", "eva", "emma", "elsa", "alice",
    # this program and its setting
    "entryhub", "entry hub", "entryhubdesk", "entryhub123", "reception", "receptionist",
    "volunteer", "coordinator", "visitor", "visitors", "newcomer", "welcome2sweden",
    "migration", "integration", "arbetsförmedlingen", "mötesplats", "motesplats",
    "hub", "desk", "frontdesk", "helpdesk", "station", "passport", "personnummer",
)  # fmt: skip
