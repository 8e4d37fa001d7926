# Replaces pyinstaller-hooks-contrib's hook, which collects every submodule (~50 MB).
# Parsing, validation and formatting need phonenumbers.data and phonenumbers.shortdata only;
# the geocoder, carrier and time-zone data are left out (the desk does not use them).
from PyInstaller.utils.hooks import collect_submodules

_LEFT_OUT = (
    "phonenumbers.geodata",
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
    "phonenumbers.geocoder",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
)

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(_LEFT_OUT)
)
