"""Swedish texts of the error messages, keyed by their English in ``errors.ENGLISH``.

``errors.ENGLISH`` is the one English source of an error code's text (the CLI prints it); the
interface shows the same text, in Swedish from here. Only codes whose interface text differs
from the CLI's (no command names, for instance) keep a Qt-translated text of their own in
``views/error_text.py``. ``tests/catalogue`` fails on a code with neither.
"""

from __future__ import annotations

from typing import Final

SWEDISH_ERRORS: Final[dict[str, str]] = {
    # auth.backing_off
    "Too many wrong passwords. Try again in {seconds} seconds.": (
        "För många felaktiga lösenord. Försök igen om {seconds} sekunder."
    ),
    # auth.logged_out
    "This session has ended: log in again.": "Sessionen är avslutad: logga in igen.",
    # auth.staff_disabled
    "This staff account is disabled.": "Det här kontot är inaktiverat.",
    # auth.unknown_staff
    "Wrong name or password.": "Fel namn eller lösenord.",
    # auth.unlock_not_allowed
    "Only {name} or a coordinator can unlock this desk.": (
        "Bara {name} eller en samordnare kan låsa upp datorn."
    ),
    # backup.bad_archive
    "The file is not a usable Entry Hub Desk backup ({cause}).": (
        "Filen är inte en användbar säkerhetskopia från Entry Hub Desk ({cause})."
    ),
    # backup.target_exists
    "The file {path} already exists.": "Filen {path} finns redan.",
    # bundle.revoked
    "The bundle comes from a revoked desk.": "Paketet kommer från en spärrad dator.",
    # bundle.too_large
    "The file is too large for an Entry Hub bundle (more than {limit_mb} MB).": (
        "Filen är för stor för ett Entry Hub-paket (mer än {limit_mb} MB)."
    ),
    # bundle.unknown_device
    "The bundle comes from a desk the server does not know.": (
        "Paketet kommer från en dator som servern inte känner till."
    ),
    # bundle.unreadable
    "The file {path} cannot be read (no access, or it was moved).": (
        "Filen {path} kan inte läsas (ingen behörighet, eller så har den flyttats)."
    ),
    # bundle.wrong_device
    "The bundle belongs to another desk.": "Paketet hör till en annan dator.",
    # bundle.wrong_network
    "The bundle belongs to another network.": "Paketet hör till ett annat nätverk.",
    # bundle.wrong_recipient
    "The bundle is meant for another recipient.": "Paketet är avsett för en annan mottagare.",
    # card.write_failed
    "The profile card cannot be written to {path}.": "Profilkortet kan inte sparas i {path}.",
    # consent.not_in_force
    "This consent is not in force, so it cannot be withdrawn.": (
        "Samtycket gäller inte och kan därför inte återkallas."
    ),
    # employer.exists
    "An employer with organisation number {org_number} is already registered ({name}).": (
        "En arbetsgivare med organisationsnummer {org_number} finns redan ({name})."
    ),
    # employer.ambiguous
    "Several employers are called {name}; use the id.": (
        "Flera arbetsgivare heter {name}; använd id:t."
    ),
    # opening.ambiguous_code
    "Several openings have the code {short_code}; use the full id.": (
        "Flera platser har koden {short_code}; använd hela id:t."
    ),
    # introduction.ambiguous_code
    "Several introductions have the code {short_code}; use the full id.": (
        "Flera presentationer har koden {short_code}; använd hela id:t."
    ),
    # opening.not_open
    "The opening {title} is no longer open.": "Platsen {title} är inte längre öppen.",
    # introduction.needs_consent
    (
        "A card with the name needs the person's consent to share the profile with employers; "
        "use an anonymous card."
    ): (
        "Ett kort med namnet kräver personens samtycke till att profilen delas med "
        "arbetsgivare; använd ett anonymt kort."
    ),
    # introduction.exists
    "This person's introduction to {title} is still going.": (
        "Personens presentation för {title} pågår fortfarande."
    ),
    # cv.photo_damaged
    "The photo cannot be used: it is damaged (only part of it can be read). Use another copy.": (
        "Fotot kan inte användas: det är skadat (bara en del av det kan läsas). Använd en annan "
        "kopia."
    ),
    # cv.photo_empty
    "The photo cannot be used: the file is empty.": "Fotot kan inte användas: filen är tom.",
    # cv.photo_format
    "The photo cannot be used: it is a {format} file. Use a JPEG or PNG picture.": (
        "Fotot kan inte användas: det är en {format}-fil. Använd en JPEG- eller PNG-bild."
    ),
    # cv.photo_not_image
    "The photo cannot be used: the file is not a picture. Use a JPEG or PNG picture.": (
        "Fotot kan inte användas: filen är ingen bild. Använd en JPEG- eller PNG-bild."
    ),
    # cv.photo_too_large
    "The photo cannot be used: the file is larger than {limit_mb} MB.": (
        "Fotot kan inte användas: filen är större än {limit_mb} MB."
    ),
    # cv.photo_too_many_pixels
    (
        "The photo cannot be used: it has too many pixels ({width} × {height}; at most {limit_mp} "
        "million)."
    ): (
        "Fotot kan inte användas: det har för många bildpunkter ({width} × {height}; högst "
        "{limit_mp} miljoner)."
    ),
    # cv.photo_unreadable
    "The photo {path} cannot be read.": "Fotot {path} kan inte läsas.",
    # cv.render_failed
    "The CV could not be laid out: a part of it does not fit on a page.": (
        "CV:t kunde inte sättas upp: en del av det får inte plats på en sida."
    ),
    # cv.write_failed
    "The CV cannot be written to {path}.": "Cv:t kan inte sparas i {path}.",
    # file.write_failed
    "The file cannot be written to {path}.": "Filen kan inte skrivas till {path}.",
    # import.bad_encoding
    "The file is not UTF-8 text (row {row}). Save it as CSV (UTF-8) and try again.": (
        "Filen är inte text i UTF-8 (rad {row}). Spara den som CSV (UTF-8) och försök igen."
    ),
    # import.bad_header
    (
        "Row {row} (the column titles) cannot be read: check its quotation marks and that it has "
        "at most {limit} columns."
    ): (
        "Rad {row} (kolumnrubrikerna) kan inte läsas: kontrollera citattecknen och att den har "
        "högst {limit} kolumner."
    ),
    # import.bad_quotes
    "A quotation mark is not closed or is out of place, so the row cannot be split into cells.": (
        "Ett citattecken är inte avslutat eller står på fel ställe, så raden kan inte delas upp i "
        "celler."
    ),
    # import.cell_too_long
    "A cell is longer than {limit} characters.": "En cell är längre än {limit} tecken.",
    # import.damaged
    (
        "The workbook is damaged and cannot be read. Open it in a spreadsheet program, save it "
        "again and retry."
    ): (
        "Arbetsboken är skadad och kan inte läsas. Öppna den i ett kalkylprogram, spara den igen "
        "och försök på nytt."
    ),
    # import.encrypted
    "The workbook is protected with a password. Save a copy without a password and import that.": (
        "Arbetsboken är lösenordsskyddad. Spara en kopia utan lösenord och importera den."
    ),
    # import.formula
    "{field} holds a formula; only values can be imported.": (
        "{field} innehåller en formel; bara värden kan importeras."
    ),
    # import.likely_duplicate
    "Probably the same person as {match}, already registered.": (
        "Troligen samma person som {match}, som redan är registrerad."
    ),
    # import.unsupported_opening_file
    "Openings can be imported from .xlsx, .csv or JobSearch .json files (not {suffix}).": (
        "Platser kan importeras från .xlsx-, .csv- eller JobSearch-.json-filer (inte {suffix})."
    ),
    # import.empty_file
    "The file is empty.": "Filen är tom.",
    # import.no_opening_columns
    "The file needs a column for the employer (arbetsgivare, employer) and one for the "
    "title (titel, title).": (
        "Filen behöver en kolumn för arbetsgivaren (arbetsgivare, employer) och en för "
        "titeln (titel, title)."
    ),
    # import.duplicate_column
    "Two columns are for the same thing ({column}): keep one and import again.": (
        "Två kolumner gäller samma sak ({column}): behåll en och importera igen."
    ),
    # import.label_unknown
    "{field}: '{value}' names nothing in ESCO.": "{field}: '{value}' motsvarar inget i ESCO.",
    # import.label_ambiguous
    "{field}: '{value}' could be several ESCO concepts ({candidates}); write the one meant.": (
        "{field}: '{value}' kan vara flera ESCO-begrepp ({candidates}); skriv det som avses."
    ),
    # import.language_level
    "{field}: give the lowest CEFR level that will do for '{value}' (e.g. svenska B1).": (
        "{field}: ange den lägsta CEFR-nivå som räcker för '{value}' (t.ex. svenska B1)."
    ),
    # import.language_no_level
    "'{value}' is required without a level: recorded as A1 or above.": (
        "'{value}' krävs utan nivå: registrerat som A1 eller högre."
    ),
    # import.occupation_by_name
    "Occupation '{value}' (SSYK {ssyk}) was mapped to the ESCO occupation named '{name}' by "
    "its name; check it.": (
        "Yrket '{value}' (SSYK {ssyk}) översattes till ESCO-yrket '{name}' efter namnet; "
        "kontrollera det."
    ),
    # import.occupation_group_only
    "Occupation '{value}' (SSYK {ssyk}) is no single ESCO occupation: ISCO-08 group {isco} "
    "is written in the notes.": (
        "Yrket '{value}' (SSYK {ssyk}) motsvarar inte ett enda ESCO-yrke: ISCO-08-gruppen "
        "{isco} står i anteckningarna."
    ),
    # import.occupation_unmapped
    "Occupation '{value}' (SSYK {ssyk}) could not be mapped to ESCO: it is written in the notes.": (
        "Yrket '{value}' (SSYK {ssyk}) kunde inte översättas till ESCO: det står i anteckningarna."
    ),
    # import.wrong_type
    "{field} has a value of the wrong type: left out.": (
        "{field} har ett värde av fel typ: utelämnat."
    ),
    # import.licence_unspecified
    "A driving licence is required but the ad does not say which: none recorded.": (
        "Körkort krävs men annonsen säger inte vilket: inget registrerat."
    ),
    # import.not_an_ad
    "This entry is not a job ad (an object with an id and a headline).": (
        "Posten är ingen platsannons (ett objekt med id och rubrik)."
    ),
    # import.bad_json
    "The file is not valid JSON (line {line}).": "Filen är inte giltig JSON (rad {line}).",
    # import.duplicate_key
    "An object in the file names {key} twice, so which value counts is unclear.": (
        "Ett objekt i filen anger {key} två gånger, så det är oklart vilket värde som gäller."
    ),
    # import.not_jobsearch
    "The file holds no JobSearch job ads (one ad, a list of ads, or a search response "
    "with hits).": (
        "Filen innehåller inga platsannonser från JobSearch (en annons, en lista med annonser "
        "eller ett sökresultat med hits)."
    ),
    # import.no_name_column
    "The file has no column for the given name (förnamn, first name).": (
        "Filen saknar en kolumn för förnamnet (förnamn, first name)."
    ),
    # import.no_sheet
    "The workbook has no worksheet.": "Arbetsboken har inget kalkylblad.",
    # import.not_text
    "The file is not a text file (row {row} holds binary data). Choose a CSV or .xlsx file.": (
        "Filen är inte en textfil (rad {row} innehåller binära data). Välj en CSV- eller .xlsx-fil."
    ),
    # import.not_xlsx
    "The file is not an Excel workbook (.xlsx). Save it as .xlsx or CSV (UTF-8) and try again.": (
        "Filen är inte en Excel-arbetsbok (.xlsx). Spara den som .xlsx eller CSV (UTF-8) och "
        "försök igen."
    ),
    # import.old_excel
    "The file is in the old Excel format (.xls). Save it as .xlsx or CSV (UTF-8) and try again.": (
        "Filen har det gamla Excel-formatet (.xls). Spara den som .xlsx eller CSV (UTF-8) och "
        "försök igen."
    ),
    # import.too_large
    "The file is too large to import (more than {limit_mb} MB). Split it into smaller files.": (
        "Filen är för stor för att importeras (mer än {limit_mb} MB). Dela upp den i mindre filer."
    ),
    # import.too_large_unpacked
    (
        "The workbook unpacks to more than {limit_mb} MB, so it cannot be imported. Split it into "
        "smaller files."
    ): (
        "Arbetsboken packas upp till mer än {limit_mb} MB och kan därför inte importeras. Dela "
        "upp den i mindre filer."
    ),
    # import.too_many_columns
    "The row has more than {limit} columns.": "Raden har fler än {limit} kolumner.",
    # import.too_many_rows
    "The file has more than {limit} rows. Split it into smaller files.": (
        "Filen har fler än {limit} rader. Dela upp den i mindre filer."
    ),
    # import.unsupported_file
    "Only .xlsx and .csv files can be imported (not {suffix}).": (
        "Bara .xlsx- och .csv-filer kan importeras (inte {suffix})."
    ),
    # password.contains_name
    "The password must not contain the name.": "Lösenordet får inte innehålla namnet.",
    # password.mismatch
    "The two passwords differ.": "De två lösenorden är inte likadana.",
    # password.too_common
    "The password is too common or too easy to guess.": (
        "Lösenordet är för vanligt eller för lätt att gissa."
    ),
    # password.too_short
    "The password must have at least {minimum} characters.": (
        "Lösenordet måste ha minst {minimum} tecken."
    ),
    # person.erased
    "This person's data was erased on request on {date}; it cannot be recreated.": (
        "Den här personens uppgifter raderades på begäran den {date}; de kan inte återskapas."
    ),
    # person.merged
    "This record was merged into {short_code}; correct the details of that record instead.": (
        "Posten har slagits ihop med {short_code}; rätta uppgifterna i den posten i stället."
    ),
    # reception.already_merged
    "This person has already been merged into another person.": (
        "Den här personen har redan slagits ihop med en annan person."
    ),
    # reception.checked_in_today
    "This person was already checked in today at {time}: reopen that visit, or check in again.": (
        "Personen checkades redan in i dag kl. {time}: öppna det besöket igen, eller checka in en "
        "gång till."
    ),
    # reception.likely_duplicate
    (
        "This is probably a person already registered ({match}): open that record, or confirm "
        "that this is a new person."
    ): (
        "Personen är troligen redan registrerad ({match}): öppna den posten, eller bekräfta att "
        "det är en ny person."
    ),
    # reception.merge_same
    "A person cannot be merged with the same person.": (
        "En person kan inte slås ihop med sig själv."
    ),
    # recovery.bad_check
    "Group {group} of the recovery key has a typing error.": (
        "Grupp {group} i återställningsnyckeln har ett skrivfel."
    ),
    # recovery.bad_format
    "The recovery key should be {groups} groups of {length} characters.": (
        "Återställningsnyckeln ska bestå av {groups} grupper med {length} tecken."
    ),
    # recovery.wrong_key
    "This recovery key does not open the store.": (
        "Den här återställningsnyckeln öppnar inte databasen."
    ),
    # rekey.interrupted
    "A key change was interrupted and has been {outcome}.": (
        "Ett nyckelbyte avbröts och har {outcome}."
    ),
    # resume.bad_encoding
    "The file is not UTF-8 or UTF-16 text (byte {position}).": (
        "Filen är inte text i UTF-8 eller UTF-16 (byte {position})."
    ),
    # resume.bad_number
    "{where} is not a usable number (at most {limit} digits; no NaN or Infinity).": (
        "{where} är inte ett användbart tal (högst {limit} siffror; inte NaN eller Infinity)."
    ),
    # resume.bad_text
    "{where} holds a character that is not text (a broken surrogate or NUL).": (
        "{where} innehåller ett tecken som inte är text (ett trasigt surrogattecken eller NUL)."
    ),
    # resume.duplicate_key
    "{where} holds the key {key} twice.": "{where} innehåller nyckeln {key} två gånger.",
    # resume.invalid
    "The file is not a valid JSON Resume: {reason} (at {where}).": (
        "Filen är ingen giltig JSON Resume: {reason} (vid {where})."
    ),
    # resume.not_json
    "The file is not valid JSON (line {line}, column {column}).": (
        "Filen är inte giltig JSON (rad {line}, kolumn {column})."
    ),
    # resume.too_deep
    "The file nests too deeply at {where} (at most {limit} levels).": (
        "Filen är för djupt nästlad vid {where} (högst {limit} nivåer)."
    ),
    # resume.too_large
    "The file is too large for a JSON Resume (more than {limit_kb} KB).": (
        "Filen är för stor för en JSON Resume (mer än {limit_kb} kB)."
    ),
    # resume.too_long
    "{where} is too long (at most {limit} characters).": (
        "{where} är för lång (högst {limit} tecken)."
    ),
    # resume.too_many
    "{where} has too many items (at most {limit}).": (
        "{where} har för många element (högst {limit})."
    ),
    # slots.corrupt
    "The key slot file is damaged or has been tampered with; nothing was changed.": (
        "Nyckelfilen är skadad eller har manipulerats; inget har ändrats."
    ),
    # slots.exists
    "A key slot file already exists in {path}.": "Det finns redan en nyckelfil i {path}.",
    # slots.missing
    "The key slot file is missing from {path}.": "Nyckelfilen saknas i {path}.",
    # slots.no_rekey_pending
    "No key change is in progress.": "Inget nyckelbyte pågår.",
    # slots.rekey_pending
    "A key change is unfinished; finish or undo it first.": (
        "Ett nyckelbyte är inte klart; slutför eller ångra det först."
    ),
    # slots.tampered
    "The key slot file has been tampered with; nothing was changed.": (
        "Nyckelfilen har manipulerats; inget har ändrats."
    ),
    # staff.exists
    "A staff member called {name} already exists.": (
        "Det finns redan en medarbetare som heter {name}."
    ),
    # staff.last_coordinator
    "The last active coordinator cannot be disabled.": (
        "Den sista aktiva samordnaren kan inte inaktiveras."
    ),
    # store.corrupt
    "The data file is damaged or has been tampered with ({cause}).": (
        "Datafilen är skadad eller har manipulerats ({cause})."
    ),
    # store.disk_full
    (
        "The disk is full: nothing was saved. Free space on {path} (delete old files or move "
        "backups elsewhere), then try again."
    ): (
        "Disken är full: inget sparades. Frigör utrymme på {path} (ta bort gamla filer eller "
        "flytta säkerhetskopior någon annanstans) och försök sedan igen."
    ),
    # store.exists
    "A store already exists in {path}.": "Det finns redan en databas i {path}.",
    # store.identity_mismatch
    "The key slot file does not belong to this data file.": (
        "Nyckelfilen hör inte till den här datafilen."
    ),
    # store.in_use
    "Another Entry Hub Desk program is using this data folder; close it and try again.": (
        "Ett annat Entry Hub Desk-program använder den här datamappen. Stäng det och försök igen."
    ),
    # store.migration_failed
    "Updating the store to schema {version} failed; nothing was changed.": (
        "Det gick inte att uppdatera databasen till schema {version}; inget har ändrats."
    ),
    # store.newer_schema
    (
        "The store was written by a newer version of Entry Hub Desk (schema {found}, this program "
        "knows up to {supported}). Update the program; the store was not changed."
    ): (
        "Databasen har skrivits av en nyare version av Entry Hub Desk (schema {found}, det här "
        "programmet känner till schema upp till {supported}). Uppdatera programmet; databasen har "
        "inte ändrats."
    ),
    # store.wrong_key
    "The data file cannot be opened with this key.": (
        "Datafilen kan inte öppnas med den här nyckeln."
    ),
    # sync.already_enrolled
    "This desk is already enrolled with {url}.": "Den här datorn är redan registrerad hos {url}.",
    # sync.bad_code
    "The enrolment code is wrong, used or expired.": (
        "Registreringskoden är fel, redan använd eller för gammal."
    ),
    # sync.bad_url
    "The server address {url} is not valid.": "Serveradressen {url} är inte giltig.",
    # sync.device_exists
    "The server already has this desk enrolled. Ask a coordinator for a re-admission code.": (
        "Servern har redan registrerat den här datorn. Be en samordnare om en återinsläppningskod."
    ),
    # sync.erase_unconfirmed
    "Type the person's code exactly to confirm the erasure.": (
        "Skriv personens kod exakt för att bekräfta raderingen."
    ),
    # sync.insecure_url
    "The server address {url} must start with https://.": (
        "Serveradressen {url} måste börja med https://."
    ),
    # sync.rate_limited
    "Too many attempts. Wait a while and try again.": (
        "För många försök. Vänta en stund och försök igen."
    ),
    # sync.unauthorized
    "The server does not know this desk. Enrol it again.": (
        "Servern känner inte till den här datorn. Registrera den igen."
    ),
    # validation.bad_email
    "The e-mail address is not valid.": "E-postadressen är inte giltig.",
    # validation.org_number
    "{field}: not a Swedish organisation number (NNNNNN-NNNN with a right check digit).": (
        "{field}: inget svenskt organisationsnummer (NNNNNN-NNNN med rätt kontrollsiffra)."
    ),
    # validation.bad_phone
    "The phone number {value} is not valid.": "Telefonnumret {value} är inte giltigt.",
    # validation.end_before_start
    "{field}: the end ({end}) is before the start ({start}).": (
        "{field}: slutet ({end}) ligger före början ({start})."
    ),
    # validation.invalid
    "{field} is not valid.": "{field}: ogiltigt värde.",
    # validation.out_of_range
    "{field} must be between {minimum} and {maximum}.": (
        "{field} måste vara mellan {minimum} och {maximum}."
    ),
    # validation.required
    "{field} is required.": "{field} måste fyllas i.",
    # validation.too_long
    "{field} is too long (at most {maximum} characters).": (
        "{field}: för lång text (högst {maximum} tecken)."
    ),
    # validation.unknown_code
    "{field}: unknown code {value}.": "{field}: okänd kod {value}.",
}
