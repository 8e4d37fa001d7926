<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Entry Hub Desk {version}</source>
        <translation>Entry Hub Desk {version}</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), cryptography (Apache-2.0 / BSD) and reportlab (BSD).</source>
        <translation>Byggt med Qt {qt} och Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), cryptography (Apache-2.0 / BSD) och reportlab (BSD).</translation>
    </message>
    <message>
        <source>ESCO classification of occupations and skills, European Commission. The attribution ESCO asks for follows in English.</source>
        <translation>ESCO-klassificeringen av yrken och kompetenser, Europeiska kommissionen. Den källhänvisning ESCO kräver står nedan på engelska.</translation>
    </message>
    <message>
        <source>Country and language names: Unicode CLDR through Babel (Unicode licence, BSD-3-Clause) and pycountry (LGPL-2.1)</source>
        <translation>Namn på länder och språk: Unicode CLDR via Babel (Unicode-licensen, BSD-3-Clause) och pycountry (LGPL-2.1)</translation>
    </message>
    <message>
        <source>JSON Resume schema (the CV export format): MIT licence</source>
        <translation>JSON Resume-schemat (exportformatet för cv): MIT-licensen</translation>
    </message>
    <message>
        <source>Lucide icons: ISC licence</source>
        <translation>Lucide-ikoner: ISC-licens</translation>
    </message>
    <message>
        <source>Noto Sans fonts (Latin, Arabic, Ethiopic): SIL Open Font License 1.1</source>
        <translation>Typsnitten Noto Sans (latinsk, arabisk och etiopisk skrift): SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>About Entry Hub Desk</source>
        <translation>Om Entry Hub Desk</translation>
    </message>
    <message>
        <source>The reception desk program of an Entry Hub: visitors, competence profiles and CVs, kept encrypted on this computer.</source>
        <translation>Receptionsprogrammet för en Entry Hub: besökare, kompetensprofiler och cv:n, krypterade på den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Licences of bundled data and fonts:</source>
        <translation>&amp;Licenser för medföljande data och typsnitt:</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>Lägg &amp;till</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Lägg till medarbetare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Första &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>{name} was added.</source>
        <translation>{name} har lagts till.</translation>
    </message>
    <message>
        <source>Disable staff member</source>
        <translation>Inaktivera medarbetare</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer log in. Change the data key afterwards so that older copies cannot be opened with their password.</source>
        <translation>Inaktivera {name}? Personen kan då inte längre logga in. Byt datanyckel efteråt, så att äldre kopior inte kan öppnas med personens lösenord.</translation>
    </message>
    <message>
        <source>{name} was disabled.</source>
        <translation>{name} har inaktiverats.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Lösenordet för {name} har återställts.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har ändrats.</translation>
    </message>
    <message>
        <source>Change the data key</source>
        <translation>Byt datanyckel</translation>
    </message>
    <message>
        <source>Give the data file a new key now? This takes a moment; keep the program open until it has finished.</source>
        <translation>Ge datafilen en ny nyckel nu? Det tar en stund; låt programmet vara öppet tills det är klart.</translation>
    </message>
    <message>
        <source>Changing the data key…</source>
        <translation>Byter datanyckel…</translation>
    </message>
    <message>
        <source>The data key was changed.</source>
        <translation>Datanyckeln har bytts.</translation>
    </message>
    <message>
        <source>Logged in as {name} ({role}).</source>
        <translation>Inloggad som {name} ({role}).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Copies of this desk&apos;s data, and how to restore one.</source>
        <translation>Kopior av datorns data, och hur en läses tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <source>Who did what on this desk, and when.</source>
        <translation>Vem som gjorde vad på den här datorn, och när.</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Lägg till medarbetare…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Återställ lösenord…</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>&amp;Minutes before the desk locks itself:</source>
        <translation>&amp;Minuter innan datorn låser sig själv:</translation>
    </message>
    <message>
        <source>Give the data file a new key, so that copies made before a member left cannot be opened with the old one.</source>
        <translation>Ge datafilen en ny nyckel, så att kopior som gjordes innan en medarbetare slutade inte kan öppnas med den gamla.</translation>
    </message>
    <message>
        <source>Change the data &amp;key…</source>
        <translation>Byt data&amp;nyckel…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mitt konto</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Byt mitt lösenord…</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Entries shown: {count}</source>
        <translation>Visade poster: {count}</translation>
    </message>
    <message>
        <source>Exported to {name} (entries: {count}).</source>
        <translation>Exporterat till {name} (poster: {count}).</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medarbetare:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportera som CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alla)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>not a readable backup</source>
        <translation>ingen läsbar säkerhetskopia</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>another store</source>
        <translation>en annan databas</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Säkerhetskopian är skriven: {name}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Gör en säkerhetskopia nu</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>No backups in this folder yet. Make one, or choose the folder that has them.</source>
        <translation>Inga säkerhetskopior i den här mappen än. Gör en, eller välj mappen där de finns.</translation>
    </message>
    <message>
        <source>To restore a backup: log out, close the program and run “entryhub-desk restore FILE” with a coordinator&apos;s name and password as they were in the backup. The restore replaces everything on this desk; what was entered after the backup and not yet synced is lost.</source>
        <translation>Så läser du tillbaka en säkerhetskopia: logga ut, stäng programmet och kör ”entryhub-desk restore FIL” med en samordnares namn och lösenord så som de var i kopian. Allt på den här datorn ersätts; det som skrevs in efter kopian och inte har synkats går förlorat.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>&amp;Save new password</source>
        <translation>&amp;Spara nytt lösenord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Byt mitt lösenord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>{name} was already checked in today at {time} ({state}). Reopen that visit, or check in again for a second visit today.</source>
        <translation>{name} checkades redan in i dag kl. {time} ({state}). Öppna det besöket igen, eller checka in igen för ett andra besök i dag.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Checka in</translation>
    </message>
    <message>
        <source>Check in {name} ({code})</source>
        <translation>Checka in {name} ({code})</translation>
    </message>
    <message>
        <source>Check in {name} ({code}) again</source>
        <translation>Checka in {name} ({code}) igen</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Checka in</translation>
    </message>
    <message>
        <source>Correct visit</source>
        <translation>Rätta besök</translation>
    </message>
    <message>
        <source>Correct the visit of {name} ({code})</source>
        <translation>Rätta besöket av {name} ({code})</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>Redan incheckad i dag</translation>
    </message>
    <message>
        <source>Re&amp;open that visit</source>
        <translation>&amp;Öppna det besöket igen</translation>
    </message>
    <message>
        <source>Check in &amp;again</source>
        <translation>Checka in &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Syften:</translation>
    </message>
    <message>
        <source>Purposes of the visit</source>
        <translation>Besökets syften</translation>
    </message>
    <message>
        <source>O&amp;ther purpose:</source>
        <translation>Annat syf&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Referral to:</source>
        <translation>Hän&amp;visning till:</translation>
    </message>
    <message>
        <source>A network, mentor or employer (optional)</source>
        <translation>Ett nätverk, en mentor eller en arbetsgivare (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>%p% complete</source>
        <translation>%p % klar</translation>
    </message>
    <message>
        <source>Profile {score}% complete</source>
        <translation>Profilen är {score} % klar</translation>
    </message>
    <message>
        <source>Still missing for a good CV: {items}.</source>
        <translation>Saknas för ett bra cv: {items}.</translation>
    </message>
    <message>
        <source>Everything a good CV needs is there.</source>
        <translation>Allt som ett bra cv behöver finns med.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikter att granska</translation>
    </message>
    <message>
        <source>These fields were changed on two desks before they synced. The current value won by time; the other value was kept here. Pick the right one: it reaches every desk at the next sync.</source>
        <translation>De här fälten ändrades på två datorer innan de synkades. Det nuvarande värdet vann på tid; det andra värdet sparades här. Välj det rätta: det når alla datorer vid nästa synkning.</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Behåll nuvarande värde</translation>
    </message>
    <message>
        <source>&amp;Use other value</source>
        <translation>&amp;Använd det andra värdet</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nuvarande värde</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andra värdet</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekat</translation>
    </message>
    <message>
        <source>Consents of {name} ({code})</source>
        <translation>Samtycken för {name} ({code})</translation>
    </message>
    <message>
        <source>New choices are recorded under privacy notice version {version} (matching with openings: version {matching}).</source>
        <translation>Nya val registreras enligt integritetsinformationen version {version} (matchning mot lediga platser: version {matching}).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Consents and their history</source>
        <translation>Samtycken och deras historik</translation>
    </message>
    <message>
        <source>&amp;Give consent</source>
        <translation>&amp;Ge samtycke</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Neka</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Återkalla</translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <source>Keep a profile at the hub</source>
        <translation>Spara en profil hos hubben</translation>
    </message>
    <message>
        <source>Contact for follow-up</source>
        <translation>Kontakt för uppföljning</translation>
    </message>
    <message>
        <source>Share the profile with employers</source>
        <translation>Dela profilen med arbetsgivare</translation>
    </message>
    <message>
        <source>Share across hubs of the network</source>
        <translation>Dela mellan nätverkets hubbar</translation>
    </message>
    <message>
        <source>Match with employers&apos; openings</source>
        <translation>Matchning mot arbetsgivares lediga platser</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact at {employer}</source>
        <translation>Kontaktperson hos {employer}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>CorrectDetails</name>
    <message>
        <source>Correct details</source>
        <translation>Rätta uppgifter</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Rätta uppgifter…</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— inte angivet —</translation>
    </message>
</context>
<context>
    <name>CvBatchDialog</name>
    <message>
        <source>Add at least one visitor to the list.</source>
        <translation>Lägg till minst en besökare i listan.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Välj en mapp som finns.</translation>
    </message>
    <message>
        <source>Printing CVs…</source>
        <translation>Skriver ut CV…</translation>
    </message>
    <message>
        <source>Saving CVs…</source>
        <translation>Sparar CV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping after the current CV…</source>
        <translation>Stoppar efter det här CV:t…</translation>
    </message>
    <message>
        <source>{done} of {total} CVs were sent to the printer.</source>
        <translation>{done} av {total} CV skickades till skrivaren.</translation>
    </message>
    <message>
        <source>{done} of {total} CVs were saved.</source>
        <translation>{done} av {total} CV sparades.</translation>
    </message>
    <message>
        <source>The batch was cancelled; the rest were not made.</source>
        <translation>Körningen avbröts; resten gjordes inte.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Print &amp;now</source>
        <translation>Skriv ut &amp;nu</translation>
    </message>
    <message>
        <source>Save &amp;now</source>
        <translation>Spara &amp;nu</translation>
    </message>
    <message>
        <source>Print or save several CVs</source>
        <translation>Skriv ut eller spara flera CV</translation>
    </message>
    <message>
        <source>Find visitors and add them to the list. Their CVs are then printed or saved one after another.</source>
        <translation>Sök fram besökare och lägg till dem i listan. Deras CV skrivs sedan ut eller sparas ett i taget.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, phone number or code</source>
        <translation>Namn, telefonnummer eller kod</translation>
    </message>
    <message>
        <source>F&amp;ound:</source>
        <translation>Hi&amp;ttade:</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Hittade besökare</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Lägg till i listan</translation>
    </message>
    <message>
        <source>CVs to &amp;make:</source>
        <translation>CV att &amp;göra:</translation>
    </message>
    <message>
        <source>Visitors whose CVs are made</source>
        <translation>Besökare vars CV görs</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Ta &amp;bort ur listan</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Språ&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF files in:</source>
        <translation>Spara som PDF-filer &amp;i:</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;äddra…</translation>
    </message>
    <message>
        <source>&amp;Print them</source>
        <translation>Skriv &amp;ut dem</translation>
    </message>
</context>
<context>
    <name>CvChoices</name>
    <message>
        <source>Classic</source>
        <translation>Klassisk</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabiska</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somaliska</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinska</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanska</translation>
    </message>
</context>
<context>
    <name>CvFiles</name>
    <message>
        <source>Folder for the CVs</source>
        <translation>Mapp för CV:na</translation>
    </message>
    <message>
        <source>Save CV as PDF</source>
        <translation>Spara CV som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Välj ett foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This CV would hold little more than the name. Still missing: {items}.

Print or save it all the same?</source>
        <translation>Det här cv:t skulle inte innehålla mycket mer än namnet. Det saknas fortfarande: {items}.

Vill du skriva ut eller spara det ändå?</translation>
    </message>
    <message>
        <source>The profile is nearly empty</source>
        <translation>Profilen är nästan tom</translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <source>No preview.</source>
        <translation>Ingen förhandsgranskning.</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG picture.</source>
        <translation>Välj en JPEG- eller PNG-bild.</translation>
    </message>
    <message>
        <source>The picture is too large (at most 10 MB).</source>
        <translation>Bilden är för stor (högst 10 MB).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>Bilden kunde inte läsas.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förbereder förhandsgranskningen…</translation>
    </message>
    <message>
        <source>Emoji are left out of the CV (it has no font for them): %1</source>
        <translation>Emojier tas inte med i CV:t (det finns inget typsnitt för dem): %1</translation>
    </message>
    <message>
        <source>The CV was sent to the printer ({count} pages).</source>
        <translation>CV:t skickades till skrivaren ({count} sidor).</translation>
    </message>
    <message>
        <source>The CV was saved as {name}.</source>
        <translation>CV:t sparades som {name}.</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Print CV</source>
        <translation>Skriv ut CV</translation>
    </message>
    <message>
        <source>Save CV as PDF</source>
        <translation>Spara CV som PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Print or save several CVs…</source>
        <translation>Skriv ut eller spara flera CV…</translation>
    </message>
    <message>
        <source>Open a visitor to see their CV here.</source>
        <translation>Öppna en besökare för att se hens CV här.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Välj &amp;foto…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture for the CV (optional)</source>
        <translation>En JPEG- eller PNG-bild till CV:t (valfritt)</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Ta &amp;bort foto</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print this CV (Ctrl+P)</source>
        <translation>Skriv ut det här CV:t (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this CV as a PDF file (Ctrl+S)</source>
        <translation>Spara det här CV:t som PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print or save several &amp;CVs…</source>
        <translation>Skriv ut eller spara f&amp;lera CV…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma u&amp;t</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Anpassa till br&amp;edd</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
</context>
<context>
    <name>CvPreview</name>
    <message>
        <source>CV preview</source>
        <translation>Förhandsgranskning av CV</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Sida {number} av {count}</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>Släng det som skrivits?</translation>
    </message>
    <message>
        <source>This form holds what you typed. Discard it?</source>
        <translation>Formuläret innehåller det du har skrivit. Vill du slänga det?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt skriva</translation>
    </message>
</context>
<context>
    <name>DrivingDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— inte angivet —</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Correct details of {name}</source>
        <translation>Rätta uppgifter om {name}</translation>
    </message>
    <message>
        <source>Correct what was written wrongly for {name} ({code}). Only the fields you change are saved; the change is logged without the values.</source>
        <translation>Rätta det som blev fel för {name} ({code}). Bara de fält du ändrar sparas; ändringen loggas utan värdena.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Rätta uppgifter</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>Name in original &amp;script:</source>
        <translation>Namn i original&amp;skrift:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Födelse&amp;år:</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>t.ex. 1990</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>Födelse&amp;land:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>Språk som t&amp;alas:</translation>
    </message>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Skriv för att filtrera, mellanslag för att markera</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Språk som talas</translation>
    </message>
    <message>
        <source>&amp;Preferred language:</source>
        <translation>Föredraget s&amp;pråk:</translation>
    </message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— inte angiven —</translation>
    </message>
    <message>
        <source>EQF / SeQF level {level}</source>
        <translation>EQF/SeQF-nivå {level}</translation>
    </message>
</context>
<context>
    <name>EmployerCard</name>
    <message>
        <source>No employer chosen</source>
        <translation>Ingen arbetsgivare vald</translation>
    </message>
    <message>
        <source>Choose an employer in the list, or add one with New employer.</source>
        <translation>Välj en arbetsgivare i listan, eller lägg till en med Ny arbetsgivare.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(raderad)</translation>
    </message>
    <message>
        <source>{code} introduced for {title}: {state}</source>
        <translation>{code} presenterad för {title}: {state}</translation>
    </message>
    <message>
        <source>Organisation number: {number}</source>
        <translation>Organisationsnummer: {number}</translation>
    </message>
    <message>
        <source>No organisation number (informal employer)</source>
        <translation>Inget organisationsnummer (informell arbetsgivare)</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Bransch: {sector}</translation>
    </message>
    <message>
        <source>Municipality: {place}</source>
        <translation>Kommun: {place}</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Radera kontaktperson</translation>
    </message>
    <message>
        <source>Erase what is held about {name}? The name, role, phone and e-mail are removed for good; the employer&apos;s log stays.</source>
        <translation>Radera det som finns om {name}? Namn, roll, telefon och e-post tas bort för gott; arbetsgivarens logg finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <source>Edit detail&amp;s…</source>
        <translation>Ändra &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>New &amp;opening…</source>
        <translation>Ny &amp;plats…</translation>
    </message>
    <message>
        <source>Ed&amp;it opening…</source>
        <translation>Ändra pla&amp;tsen…</translation>
    </message>
    <message>
        <source>Find &amp;candidates</source>
        <translation>Hitta &amp;kandidater</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Edi&amp;t contact…</source>
        <translation>Än&amp;dra kontakt…</translation>
    </message>
    <message>
        <source>E&amp;rase contact…</source>
        <translation>&amp;Radera kontakt…</translation>
    </message>
    <message>
        <source>Contacts and introductions</source>
        <translation>Kontakter och presentationer</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>Notera &amp;en kontakt…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Sök senast</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Ny arbetsgivare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Swedish organisation number, e.g. 556016-0680; empty for informal employers</source>
        <translation>Svenskt organisationsnummer, t.ex. 556016-0680; tomt för informella arbetsgivare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisationsnummer</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Bransch</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>EmployerLabels</name>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Internship (praktik)</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Lärlingsplats</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorskap</translation>
    </message>
    <message>
        <source>Entrepreneurship support</source>
        <translation>Stöd till företagande</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Tillsatt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Must-have skills</source>
        <translation>Kunskaper som krävs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Trial or internship</source>
        <translation>Provanställning eller praktik</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Drog sig ur</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Med namn</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymt</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>{name} — {place}</source>
        <translation>{name} — {place}</translation>
    </message>
    <message>
        <source>No employer matches “{text}”.</source>
        <translation>Ingen arbetsgivare passar ”{text}”.</translation>
    </message>
    <message>
        <source>No employers yet: add the first with New employer (Ctrl+Shift+E).</source>
        <translation>Inga arbetsgivare än: lägg till den första med Ny arbetsgivare (Ctrl+Skift+E).</translation>
    </message>
    <message>
        <source>No employers yet: a coordinator adds them.</source>
        <translation>Inga arbetsgivare än: en samordnare lägger till dem.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} har lagts till.</translation>
    </message>
    <message>
        <source>&amp;Find employer:</source>
        <translation>&amp;Sök arbetsgivare:</translation>
    </message>
    <message>
        <source>Name, organisation number, sector or place</source>
        <translation>Namn, organisationsnummer, bransch eller ort</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;Ny arbetsgivare…</translation>
    </message>
    <message>
        <source>New employer…</source>
        <translation>Ny arbetsgivare…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>— not given —</source>
        <extracomment>The first choice of an optional list: nothing chosen.</extracomment>
        <translation>— inte angivet —</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no Entry Hub Desk store in {path}.</source>
        <translation>Det finns ingen Entry Hub Desk-databas i {path}.</translation>
    </message>
    <message>
        <source>The data file cannot be written (it is read-only, or damaged); nothing was saved. Ask a coordinator to run the store check.</source>
        <translation>Datafilen går inte att skriva till (den är skrivskyddad eller skadad); inget sparades. Be en samordnare att kontrollera lagret.</translation>
    </message>
    <message>
        <source>The data file is busy in another program. Try again.</source>
        <translation>Datafilen används av ett annat program. Försök igen.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Uppgiften hittades inte.</translation>
    </message>
    <message>
        <source>There is no usable store in {path}, but copies of an earlier one are kept there (backups, a replaced store or an unfinished restore). Restore a backup instead of setting up a new store.</source>
        <translation>Det finns ingen användbar databas i {path}, men kopior av en tidigare finns kvar där (säkerhetskopior, en ersatt databas eller en oavslutad återställning). Återställ en säkerhetskopia i stället för att skapa en ny databas.</translation>
    </message>
    <message>
        <source>Your role ({role}) is not allowed to do this.</source>
        <translation>Din roll ({role}) får inte göra det här.</translation>
    </message>
    <message>
        <source>Your role is not backed by a coordinator&apos;s signature, so this is not allowed. Ask a coordinator to check the staff list.</source>
        <translation>Din roll är inte bekräftad med en samordnares signatur, så det här är inte tillåtet. Be en samordnare kontrollera personallistan.</translation>
    </message>
    <message>
        <source>The signed staff roles of this desk are damaged or were tampered with. A coordinator should run the store check.</source>
        <translation>De signerade personalrollerna på den här disken är skadade eller har manipulerats. En samordnare bör köra kontrollen av databasen.</translation>
    </message>
    <message>
        <source>No staff member is logged in.</source>
        <translation>Ingen medarbetare är inloggad.</translation>
    </message>
    <message>
        <source>The password needs more variety: make it longer, use several words or mix kinds of characters.</source>
        <translation>Lösenordet behöver mer variation: gör det längre, använd flera ord eller blanda olika sorters tecken.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>Det finns ingen medarbetare som heter {name}.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date. Write a year, year-month or a full date.</source>
        <translation>{field}: {value} är inget datum. Skriv ett år, år-månad eller ett fullständigt datum.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a language level (A1 to C2).</source>
        <translation>{field}: {value} är ingen språknivå (A1 till C2).</translation>
    </message>
    <message>
        <source>{field}: the occupation is not in the occupation list. Choose one from the list.</source>
        <translation>{field}: yrket finns inte i yrkeslistan. Välj ett yrke ur listan.</translation>
    </message>
    <message>
        <source>{field}: the skill is not in the skill list. Choose one from the list.</source>
        <translation>{field}: kompetensen finns inte i kompetenslistan. Välj en ur listan.</translation>
    </message>
    <message>
        <source>The profile already has such an entry.</source>
        <translation>Profilen har redan en sådan uppgift.</translation>
    </message>
    <message>
        <source>Several persons have the code {short_code}. Use the full id.</source>
        <translation>Flera personer har koden {short_code}. Använd hela id:t.</translation>
    </message>
    <message>
        <source>The sync data is not valid. Try again later; if it goes on, tell the network&apos;s administrator.</source>
        <translation>Synkdatan är inte giltig. Försök igen senare; om det fortsätter, kontakta nätverkets administratör.</translation>
    </message>
    <message>
        <source>This desk was revoked; ask a coordinator. Its waiting changes are kept: enrol again with the re-admission code a coordinator gives you, or export them to a bundle.</source>
        <translation>Den här datorn har spärrats; fråga en samordnare. Dess väntande ändringar finns kvar: registrera den igen med den återinsläppningskod som en samordnare ger dig, eller exportera dem till ett paket.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the date and time right, then sync again.</source>
        <translation>Datorns klocka går fel. Ställ in rätt datum och tid och synkronisera sedan igen.</translation>
    </message>
    <message>
        <source>The sync data is too large.</source>
        <translation>Synkdata är för stora.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Fel lösenord. Försök igen.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the desk is not enrolled. Check the address and the network, then press Enrol again.</source>
        <translation>Servern går inte att nå, så datorn är inte registrerad. Kontrollera adressen och nätverket och tryck sedan på Registrera igen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is an emoji or picture sign. A name holds letters only.</source>
        <translation>{field}: ”{value}” är en emoji eller bildsymbol. Ett namn består bara av bokstäver.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Entry Hub Desk. Update the program.</source>
        <translation>Servern kräver en nyare version av Entry Hub Desk. Uppdatera programmet.</translation>
    </message>
    <message>
        <source>The server refused the request ({status}).</source>
        <translation>Servern avvisade begäran ({status}).</translation>
    </message>
    <message>
        <source>The file is not an Entry Hub bundle.</source>
        <translation>Filen är inte ett Entry Hub-paket.</translation>
    </message>
    <message>
        <source>The bundle has been altered or was not made by the expected sender.</source>
        <translation>Paketet har ändrats eller kommer inte från den väntade avsändaren.</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a server yet. Enrol it on the Sync page.</source>
        <translation>Den här datorn är inte registrerad hos någon server ännu. Registrera den på sidan Synk.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The desk will try again by itself.</source>
        <translation>Servern går inte att nå. Datorn försöker igen av sig själv.</translation>
    </message>
    <message>
        <source>The server&apos;s keys differ from the ones this desk trusts. Nothing was changed; ask the network&apos;s administrator.</source>
        <translation>Serverns nycklar skiljer sig från dem som den här datorn litar på. Inget ändrades; fråga nätverkets administratör.</translation>
    </message>
    <message>
        <source>The server had a fault. The desk will try again later.</source>
        <translation>Servern fick ett fel. Datorn försöker igen senare.</translation>
    </message>
    <message>
        <source>The server did not take the changes sent. The desk will try again later.</source>
        <translation>Servern tog inte emot de skickade ändringarna. Datorn försöker igen senare.</translation>
    </message>
    <message>
        <source>A CV can be written in Swedish or English, not {language}.</source>
        <translation>Ett cv kan skrivas på svenska eller engelska, inte {language}.</translation>
    </message>
    <message>
        <source>There is no CV template called {template}.</source>
        <translation>Det finns ingen cv-mall som heter {template}.</translation>
    </message>
    <message>
        <source>The CV font {name} is missing from the program. Reinstall the program.</source>
        <translation>Cv-typsnittet {name} saknas i programmet. Installera om programmet.</translation>
    </message>
    <message>
        <source>a part of it does not check out</source>
        <extracomment>Every code&apos;s English template: the interface&apos;s own, else the CLI&apos;s. ``cause`` parameters (errors.CAUSES), translated</extracomment>
        <translation>en del av den stämmer inte</translation>
    </message>
    <message>
        <source>it cannot be opened for writing</source>
        <translation>den kan inte öppnas för skrivning</translation>
    </message>
    <message>
        <source>the desk&apos;s identity is missing</source>
        <translation>deskens identitet saknas</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>filen hittades inte</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>inte ett zip-arkiv</translation>
    </message>
    <message>
        <source>unexpected or missing members</source>
        <translation>oväntade eller saknade delar</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>okänt format</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>dess innehållsförteckning kan inte läsas</translation>
    </message>
    <message>
        <source>a part is too large</source>
        <translation>en del är för stor</translation>
    </message>
    <message>
        <source>a part is too compressed</source>
        <translation>en del är för hårt komprimerad</translation>
    </message>
    <message>
        <source>a part is damaged</source>
        <translation>en del är skadad</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Något gick fel. Detaljerna finns i loggfilen.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Hubbens namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Tillgänglig från</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hörförståelse</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Läsförståelse</translation>
    </message>
    <message>
        <source>Spoken interaction</source>
        <translation>Muntlig interaktion</translation>
    </message>
    <message>
        <source>Spoken production</source>
        <translation>Muntlig produktion</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skriftlig färdighet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lärosäte eller skola</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Desired occupations</source>
        <translation>Önskade yrken</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Nyckelord</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Namn i originalskrift</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Födelseland</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Språk som talas</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Föredraget språk</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Besökets syfte</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Annat syfte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>{rows} rows read: {created} new visitors, {updated} updated, {unchanged} unchanged, {rejected} not imported, {duplicates} probably registered already.</source>
        <translation>{rows} rader lästa: {created} nya besökare, {updated} uppdaterade, {unchanged} oförändrade, {rejected} inte importerade, {duplicates} troligen redan registrerade.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>Columns not recognised (ignored): {columns}</source>
        <translation>Okända kolumner (hoppades över): {columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Troligen samma som</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>Rader som inte importerades:</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rader som inte importerades</translation>
    </message>
    <message>
        <source>Not imported because the person is probably registered already (nothing was merged; register a row at the desk if it is a new person):</source>
        <translation>Inte importerade eftersom personen troligen redan är registrerad (inget slogs ihop; registrera raden i receptionen om det är en ny person):</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing visitors…</source>
        <translation>Importerar besökare…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Importera besökare</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>{person} was introduced to {opening}.</source>
        <extracomment>replaced in tests (the system dialogs run loops of their own)</extracomment>
        <translation>{person} har presenterats för {opening}.</translation>
    </message>
    <message>
        <source>The card was sent to the printer.</source>
        <translation>Kortet har skickats till skrivaren.</translation>
    </message>
    <message>
        <source>The card was saved as {file}.</source>
        <translation>Kortet har sparats som {file}.</translation>
    </message>
    <message>
        <source>Introduction recorded: print the card or save it for the employer.</source>
        <translation>Presentationen är registrerad: skriv ut kortet eller spara det åt arbetsgivaren.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you press Introduce, Print or Save.</source>
        <translation>Inget registreras förrän du trycker på Presentera, Skriv ut eller Spara.</translation>
    </message>
    <message>
        <source>Introduce to an employer</source>
        <translation>Presentera för en arbetsgivare</translation>
    </message>
    <message>
        <source>{person} → {opening}</source>
        <translation>{person} → {opening}</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Kort:</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Med namn</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymt</translation>
    </message>
    <message>
        <source>The visitor agreed to share the profile with employers.</source>
        <translation>Besökaren har samtyckt till att profilen delas med arbetsgivare.</translation>
    </message>
    <message>
        <source>Anonymised only: the visitor has not agreed to share the profile with employers (initials, code, occupation, skills, languages, availability).</source>
        <translation>Bara anonymt: besökaren har inte samtyckt till att profilen delas med arbetsgivare (initialer, kod, yrke, kunskaper, språk, tillgänglighet).</translation>
    </message>
    <message>
        <source>Card &amp;language:</source>
        <translation>Kortets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Introduce</source>
        <translation>&amp;Presentera</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Skriv &amp;ut kortet…</translation>
    </message>
    <message>
        <source>&amp;Save card as PDF…</source>
        <translation>Spara kortet som P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>IntroductionsView</name>
    <message>
        <source>Introduction: {state}.</source>
        <translation>Presentationen: {state}.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Flytta p&amp;resentationen till:</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Ändra läge</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— välj —</translation>
    </message>
    <message>
        <source>A1 (beginner) to C2 (mastery); empty if not assessed</source>
        <translation>A1 (nybörjare) till C2 (fullständig behärskning); tomt om det inte är bedömt</translation>
    </message>
</context>
<context>
    <name>LanguageLevels</name>
    <message>
        <source>— add a language —</source>
        <translation>— lägg till ett språk —</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Lowest level (CEFR)</source>
        <translation>Lägsta nivå (CEFR)</translation>
    </message>
    <message>
        <source>Languages asked for (Delete removes one)</source>
        <translation>Språk som efterfrågas (Delete tar bort ett)</translation>
    </message>
    <message>
        <source>Choose a language and its lowest level, Enter adds it</source>
        <translation>Välj ett språk och dess lägsta nivå, Enter lägger till det</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>Datorn är låst</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logga u&amp;t</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Locked by {name}. Type your password to continue where you were. A coordinator can unlock with their own name and password.</source>
        <translation>Låst av {name}. Skriv ditt lösenord för att fortsätta där du var. En samordnare kan låsa upp med sitt eget namn och lösenord.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Contact with {employer}</source>
        <translation>Kontakt med {employer}</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Vad hände</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The password of {name} was changed. Log in with the new password.</source>
        <translation>Lösenordet för {name} har ändrats. Logga in med det nya lösenordet.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Log in to Entry Hub Desk</source>
        <translation>Logga in i Entry Hub Desk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Forgot password? Use the recovery key</source>
        <translation>&amp;Glömt lösenordet? Använd återställningsnyckeln</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Logga &amp;in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Mörkt tema</translation>
    </message>
    <message>
        <source>Unlocked by {name} (coordinator).</source>
        <translation>Upplåst av {name} (samordnare).</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hubb: {hub}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Inloggad: {name} ({role})</translation>
    </message>
    <message>
        <source>Entry Hub Desk</source>
        <translation>Entry Hub Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the desk until your password is typed again</source>
        <translation>Lås datorn tills ditt lösenord skrivs in igen</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Entry Hub Desk</source>
        <translation>&amp;Om Entry Hub Desk</translation>
    </message>
    <message>
        <source>{section} ({key})</source>
        <translation>{section} ({key})</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>{title} — {employer} ({code})</source>
        <translation>{title} — {employer} ({code})</translation>
    </message>
    <message>
        <source>Choose an open opening: type part of its title, employer or code.</source>
        <translation>Välj en öppen plats: skriv en del av titeln, arbetsgivaren eller koden.</translation>
    </message>
    <message>
        <source>No open openings yet: add them in Employers.</source>
        <translation>Inga öppna platser än: lägg till dem under Arbetsgivare.</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Nära träff</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passar</translation>
    </message>
    <message>
        <source>Fit: {fits} · near misses: {near} (only visitors who agreed to be matched)</source>
        <translation>Passar: {fits} · nära träffar: {near} (bara besökare som samtyckt till matchning)</translation>
    </message>
    <message>
        <source>Nobody fits yet. Only visitors who agreed to be matched with openings are listed; a hard requirement leaves out whoever misses it.</source>
        <translation>Ingen passar än. Bara besökare som samtyckt till matchning mot lediga platser visas; ett hårt krav utesluter den som inte uppfyller det.</translation>
    </message>
    <message>
        <source>Near miss: something required is missing.</source>
        <translation>Nära träff: något som krävs saknas.</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>Ledig &amp;plats:</translation>
    </message>
    <message>
        <source>Type part of a title, an employer or a code</source>
        <translation>Skriv en del av en titel, en arbetsgivare eller en kod</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Var&amp;för:</translation>
    </message>
    <message>
        <source>&amp;Introduce…</source>
        <translation>Pr&amp;esentera…</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Öppna pr&amp;ofil</translation>
    </message>
    <message>
        <source>Introduced to this opening</source>
        <translation>Presenterade för platsen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Originalskrift</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Födelseland</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>{code}: kept</source>
        <translation>{code}: behålls</translation>
    </message>
    <message>
        <source>{code}: merged into the other</source>
        <translation>{code}: slås ihop med den andra</translation>
    </message>
    <message>
        <source>it has more visits</source>
        <translation>den har fler besök</translation>
    </message>
    <message>
        <source>it has a profile</source>
        <translation>den har en profil</translation>
    </message>
    <message>
        <source>it was registered earlier</source>
        <translation>den registrerades tidigare</translation>
    </message>
    <message>
        <source>Suggested: keep {code}, because {why}. You may keep the other one.</source>
        <translation>Förslag: behåll {code}, eftersom {why}. Du kan behålla den andra i stället.</translation>
    </message>
    <message>
        <source>Keep {person}</source>
        <translation>Behåll {person}</translation>
    </message>
    <message>
        <source>Merge {first} and {second}? The record kept receives the visits and consents of the other one. This cannot be undone.</source>
        <translation>Slå ihop {first} och {second}? Posten som behålls får den andras besök och samtycken. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Merge {first} with another record of the same person: search for the other record below.</source>
        <translation>Slå ihop {first} med en annan post för samma person: sök efter den andra posten nedan.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Merge two visitors</source>
        <translation>Slå ihop två besökare</translation>
    </message>
    <message>
        <source>Second visitor</source>
        <translation>Andra besökaren</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>Sök efter den andra posten</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Andra posten</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>De två posterna sida vid sida</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>Namesakes</name>
    <message>
        <source>same phone</source>
        <extracomment>Why a person is a likely duplicate (codes of services.duplicates.REASONS).</extracomment>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>född {year}</translation>
    </message>
    <message>
        <source>same country of birth</source>
        <translation>samma födelseland</translation>
    </message>
    <message>
        <source>phone {tail}</source>
        <translation>telefon {tail}</translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>senaste besök {date}</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Varför: {reasons}</translation>
    </message>
</context>
<context>
    <name>NewVisitorDialog</name>
    <message>
        <source>Show the privacy notice (version {version}; matching with openings: version {matching}) and ask for each purpose; the visitor may refuse any of them.</source>
        <extracomment>Whether persons have a preferred language yet (the row is hidden until they do).</extracomment>
        <translation>Visa integritetsinformationen (version {version}; matchning mot lediga platser: version {matching}) och fråga om varje ändamål; besökaren får neka vilket som helst av dem.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose given or refused for every consent.</source>
        <translation>Välj lämnat eller nekat för varje samtycke.</translation>
    </message>
    <message>
        <source>This visitor may already be registered. Open the existing record, or tick “This is a new person” if it is someone else.</source>
        <translation>Besökaren kan redan vara registrerad. Öppna den befintliga posten, eller kryssa i ”Det här är en ny person” om det är någon annan.</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Ny besökare</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>Name in original &amp;script:</source>
        <translation>Namn i original&amp;skrift:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Födelse&amp;år:</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>t.ex. 1990</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>Födelse&amp;land:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>Språk som t&amp;alas:</translation>
    </message>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Skriv för att filtrera, mellanslag för att markera</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Språk som talas</translation>
    </message>
    <message>
        <source>&amp;Preferred language:</source>
        <translation>Föredraget s&amp;pråk:</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Redan registrerad?</translation>
    </message>
    <message>
        <source>These visitors may be the same person. Ask, and open the record instead of registering again:</source>
        <translation>De här besökarna kan vara samma person. Fråga, och öppna posten i stället för att registrera igen:</translation>
    </message>
    <message>
        <source>Similar visitors</source>
        <translation>Liknande besökare</translation>
    </message>
    <message>
        <source>&amp;Open this visitor instead</source>
        <translation>Öppna &amp;den här besökaren i stället</translation>
    </message>
    <message>
        <source>This is a &amp;new person (none of these)</source>
        <translation>Det här är en &amp;ny person (ingen av dessa)</translation>
    </message>
    <message>
        <source>Consen&amp;t</source>
        <translation>Samt&amp;ycke</translation>
    </message>
    <message>
        <source>Keep a profile at the hub</source>
        <translation>Spara en profil hos hubben</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekat</translation>
    </message>
    <message>
        <source>Contact for follow-up</source>
        <translation>Kontakt för uppföljning</translation>
    </message>
    <message>
        <source>Share the profile with employers</source>
        <translation>Dela profilen med arbetsgivare</translation>
    </message>
    <message>
        <source>Share across hubs of the network</source>
        <translation>Dela mellan nätverkets hubbar</translation>
    </message>
    <message>
        <source>Match with employers&apos; openings</source>
        <translation>Matchning mot arbetsgivares lediga platser</translation>
    </message>
    <message>
        <source>Chec&amp;k in after registering</source>
        <translation>Checka &amp;in efter registreringen</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source> h</source>
        <translation> tim</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ledig plats</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>Ny ledig plats</translation>
    </message>
    <message>
        <source>Edit opening</source>
        <translation>Ändra ledig plats</translation>
    </message>
    <message>
        <source>Opening at {employer}</source>
        <translation>Ledig plats hos {employer}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Occupation (ESCO)</source>
        <translation>&amp;Yrke (ESCO)</translation>
    </message>
    <message>
        <source>&amp;Must-have skills</source>
        <translation>&amp;Kunskaper som krävs</translation>
    </message>
    <message>
        <source>&amp;Nice-to-have skills</source>
        <translation>&amp;Meriterande kunskaper</translation>
    </message>
    <message>
        <source>&amp;Languages (lowest level)</source>
        <translation>&amp;Språk (lägsta nivå)</translation>
    </message>
    <message>
        <source>&amp;Driving licence</source>
        <translation>Körk&amp;ort</translation>
    </message>
    <message>
        <source>Minimum &amp;education</source>
        <translation>Lägsta utbil&amp;dning</translation>
    </message>
    <message>
        <source>Hard re&amp;quirements</source>
        <translation>&amp;Hårda krav</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>Timmar per &amp;vecka</translation>
    </message>
    <message>
        <source>Mun&amp;icipality</source>
        <translation>Komm&amp;un</translation>
    </message>
    <message>
        <source>&amp;When it starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Apply by</source>
        <translation>Sök s&amp;enast</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>Antal &amp;platser</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Läge</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Remote work possible</source>
        <translation>&amp;Går att arbeta på distans</translation>
    </message>
    <message>
        <source>A visitor who misses a hard requirement is not listed; otherwise a miss is shown as a near miss.</source>
        <translation>En besökare som inte uppfyller ett hårt krav visas inte; annars visas det som en nära träff.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>OpeningsFit</name>
    <message>
        <source>1 opening fits</source>
        <translation>1 ledig plats passar</translation>
    </message>
    <message>
        <source>{count} openings fit</source>
        <translation>{count} lediga platser passar</translation>
    </message>
    <message>
        <source>1 near miss</source>
        <translation>1 nära träff</translation>
    </message>
    <message>
        <source>{count} near misses</source>
        <translation>{count} nära träffar</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>finished</source>
        <translation>slutförts</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>rullats tillbaka</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>year, year-month or year-month-day</source>
        <translation>år, år-månad eller år-månad-dag</translation>
    </message>
    <message>
        <source>For example 2019, 2019-05 or 2019-05-14</source>
        <translation>Till exempel 2019, 2019-05 eller 2019-05-14</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Mycket svagt</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svagt</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbart</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Starkt</translation>
    </message>
</context>
<context>
    <name>PersonOpenings</name>
    <message>
        <source>No open opening fits yet</source>
        <translation>Ingen öppen plats passar än</translation>
    </message>
    <message>
        <source>near miss</source>
        <translation>nära träff</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passar</translation>
    </message>
    <message>
        <source>{score} · {opening} · {fit}</source>
        <translation>{score} · {opening} · {fit}</translation>
    </message>
    <message>
        <source>{title} — {employer}</source>
        <translation>{title} — {employer}</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Introduce to this o&amp;pening…</source>
        <translation>Presentera för denna &amp;plats…</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Presentationer</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>{label} (EN)</source>
        <translation>{label} (EN)</translation>
    </message>
    <message>
        <source>{label} ({detail})</source>
        <translation>{label} ({detail})</translation>
    </message>
    <message>
        <source>{label} · ISCO {group}</source>
        <translation>{label} · ISCO {group}</translation>
    </message>
    <message>
        <source>{label} — “{matched}”</source>
        <translation>{label} — ”{matched}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”: try another word or language.</source>
        <translation>Inget hittades för “{query}”: prova ett annat ord eller språk.</translation>
    </message>
    <message>
        <source>ISCO-08 {group}: {name}</source>
        <translation>ISCO-08 {group}: {name}</translation>
    </message>
    <message>
        <source>(EN): no label in this language, English shown</source>
        <translation>(EN): ingen benämning på svenska, den engelska visas</translation>
    </message>
    <message>
        <source>Free text — not an ESCO skill</source>
        <translation>Fritext – ingen ESCO-kompetens</translation>
    </message>
    <message>
        <source>Type an occupation in any language</source>
        <translation>Skriv ett yrke på valfritt språk</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Type a skill in any language</source>
        <translation>Skriv en kompetens på valfritt språk</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
</context>
<context>
    <name>PickerList</name>
    <message>
        <source>Chosen occupations (Delete removes one)</source>
        <translation>Valda yrken (Delete tar bort ett)</translation>
    </message>
    <message>
        <source>Delete removes the selected occupation</source>
        <translation>Delete tar bort det markerade yrket</translation>
    </message>
</context>
<context>
    <name>ProfileBusinessDialog</name>
    <message>
        <source>Business idea</source>
        <translation>Affärsidé</translation>
    </message>
    <message>
        <source>Business &amp;idea:</source>
        <translation>Affärs&amp;idé:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <source>&amp;Experience of running a business:</source>
        <translation>&amp;Erfarenhet av att driva företag:</translation>
    </message>
    <message>
        <source>Support &amp;wanted:</source>
        <translation>Önskat &amp;stöd:</translation>
    </message>
</context>
<context>
    <name>ProfileCredentialDialog</name>
    <message>
        <source>Credential</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Examen eller legitimation:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Utfärdad &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Utfärdad:</translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry:</source>
        <translation>Utfärdande &amp;land:</translation>
    </message>
    <message>
        <source>&amp;Recognition:</source>
        <translation>&amp;Bedömning:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Myndighet:</translation>
    </message>
    <message>
        <source>Reco&amp;gnised as:</source>
        <translation>&amp;Godkänd som:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>Besluts&amp;datum:</translation>
    </message>
    <message>
        <source>Bridging co&amp;urse:</source>
        <translation>&amp;Kompletterande utbildning:</translation>
    </message>
</context>
<context>
    <name>ProfileDescribe</name>
    <message>
        <source>{label} (EN)</source>
        <translation>{label} (EN)</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>från {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>till {end}</translation>
    </message>
    <message>
        <source>Wants: {wants}</source>
        <translation>Vill ha: {wants}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Occupations: {names}</source>
        <translation>Yrken: {names}</translation>
    </message>
    <message>
        <source>available from {date}</source>
        <translation>tillgänglig från {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} timmar i veckan</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>senast {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>{language} (mother tongue)</source>
        <translation>{language} (modersmål)</translation>
    </message>
    <message>
        <source>(EQF/SeQF {eqf})</source>
        <translation>(EQF/SeQF {eqf})</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>documents available</source>
        <translation>intyg finns</translation>
    </message>
    <message>
        <source>recognised as {what}</source>
        <translation>jämställd med {what}</translation>
    </message>
    <message>
        <source>bridging course: {state}</source>
        <translation>kompletterande utbildning: {state}</translation>
    </message>
    <message>
        <source>ISCO-08 {group}</source>
        <translation>ISCO-08 {group}</translation>
    </message>
    <message>
        <source>{text} (free text)</source>
        <translation>{text} (fritext)</translation>
    </message>
    <message>
        <source>Category {list}</source>
        <translation>Behörighet {list}</translation>
    </message>
    <message>
        <source>Categories {list}</source>
        <translation>Behörigheter {list}</translation>
    </message>
    <message>
        <source>valid in Sweden</source>
        <translation>giltigt i Sverige</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Affärsidé</translation>
    </message>
    <message>
        <source>support wanted: {text}</source>
        <translation>önskat stöd: {text}</translation>
    </message>
</context>
<context>
    <name>ProfileDigitalDialog</name>
    <message>
        <source>Digital skills</source>
        <translation>Digitala färdigheter</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
</context>
<context>
    <name>ProfileDrivingDialog</name>
    <message>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry:</source>
        <translation>Utfärdande &amp;land:</translation>
    </message>
    <message>
        <source>&amp;Valid in Sweden</source>
        <translation>&amp;Giltigt i Sverige</translation>
    </message>
</context>
<context>
    <name>ProfileEducationDialog</name>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Lärosäte eller skola:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Field of study:</source>
        <translation>&amp;Ämnesområde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Examen:</translation>
    </message>
    <message>
        <source>&amp;Level of education:</source>
        <translation>&amp;Utbildningsnivå:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Början:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Slut:</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Avslutad</translation>
    </message>
    <message>
        <source>&amp;Documents available</source>
        <translation>&amp;Intyg finns</translation>
    </message>
</context>
<context>
    <name>ProfileEntryList</name>
    <message>
        <source>Insert adds an entry, Enter or F2 edits it, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Insert lägger till en uppgift, Enter eller F2 ändrar den, Delete tar bort den, Ctrl+Upp och Ctrl+Ned flyttar den.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Inget här ännu.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
</context>
<context>
    <name>ProfileGoalsDialog</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Vill ha</translation>
    </message>
    <message>
        <source>a &amp;job</source>
        <translation>ett &amp;arbete</translation>
    </message>
    <message>
        <source>e&amp;ducation</source>
        <translation>&amp;utbildning</translation>
    </message>
    <message>
        <source>a &amp;Swedish course</source>
        <translation>en &amp;svenskkurs</translation>
    </message>
    <message>
        <source>&amp;validation of skills</source>
        <translation>&amp;validering av kompetens</translation>
    </message>
    <message>
        <source>to start a &amp;business</source>
        <translation>starta &amp;företag</translation>
    </message>
    <message>
        <source>Desired &amp;occupations:</source>
        <translation>Önskade &amp;yrken:</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>T&amp;illgänglig från:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Timmar per vecka:</translation>
    </message>
    <message>
        <source>Su&amp;mmary for the CV:</source>
        <translation>Sa&amp;mmanfattning för cv:</translation>
    </message>
    <message>
        <source>Adviser&apos;s &amp;appraisal:</source>
        <translation>Handledarens &amp;bedömning:</translation>
    </message>
    <message>
        <source>Work &amp;permit:</source>
        <translation>A&amp;rbetstillstånd:</translation>
    </message>
</context>
<context>
    <name>ProfileInterestDialog</name>
    <message>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Intresse:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>&amp;Nyckelord (kommaseparerade):</translation>
    </message>
</context>
<context>
    <name>ProfileKinds</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitala färdigheter</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Affärsidé</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Educati&amp;on</source>
        <translation>Utbildnin&amp;g</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>Validerin&amp;g</translation>
    </message>
    <message>
        <source>Wor&amp;k</source>
        <translation>Ar&amp;bete</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Kompetenser</translation>
    </message>
    <message>
        <source>Dig&amp;ital</source>
        <translation>Dig&amp;itala färdigheter</translation>
    </message>
    <message>
        <source>Drivi&amp;ng</source>
        <translation>Kör&amp;kort</translation>
    </message>
    <message>
        <source>In&amp;terests</source>
        <translation>In&amp;tressen</translation>
    </message>
</context>
<context>
    <name>ProfileLanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Mother tongue</source>
        <translation>&amp;Modersmål</translation>
    </message>
    <message>
        <source>Li&amp;stening:</source>
        <translation>&amp;Hörförståelse:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Läsförståelse:</translation>
    </message>
    <message>
        <source>Spoken &amp;interaction:</source>
        <translation>Muntlig &amp;interaktion:</translation>
    </message>
    <message>
        <source>Spoken &amp;production:</source>
        <translation>Muntlig &amp;produktion:</translation>
    </message>
    <message>
        <source>&amp;Writing:</source>
        <translation>Skriftlig &amp;färdighet:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>In&amp;tyg:</translation>
    </message>
</context>
<context>
    <name>ProfileNextStepDialog</name>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Nästa steg:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Klart</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{kind}: saved.</source>
        <translation>{kind}: sparat.</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Ta bort uppgift</translation>
    </message>
    <message>
        <source>Remove “{entry}” from the profile?</source>
        <translation>Ta bort ”{entry}” ur profilen?</translation>
    </message>
    <message>
        <source>{kind}: removed.</source>
        <translation>{kind}: borttaget.</translation>
    </message>
    <message>
        <source>Unsaved work from last time: {kinds}. Continue where you left off?</source>
        <translation>Osparat arbete från förra gången: {kinds}. Vill du fortsätta där du slutade?</translation>
    </message>
    <message>
        <source>Resu&amp;me editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Discard the dra&amp;fts</source>
        <translation>&amp;Släng utkasten</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Profilens delar</translation>
    </message>
    <message>
        <source>Read only: your role may look at the profile but not change it.</source>
        <translation>Endast läsning: din roll får se profilen men inte ändra den.</translation>
    </message>
    <message>
        <source>Profile summary</source>
        <translation>Sammanfattning av profilen</translation>
    </message>
</context>
<context>
    <name>ProfileSkillDialog</name>
    <message>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>&amp;Skill (ESCO):</source>
        <translation>&amp;Kompetens (ESCO):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>&amp;How shown:</source>
        <translation>&amp;Hur den visats:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>N&amp;yckelord (kommaseparerade):</translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <source>No profile has been recorded yet.</source>
        <translation>Ingen profil har registrerats ännu.</translation>
    </message>
</context>
<context>
    <name>ProfileWorkDialog</name>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Jobbtitel:</translation>
    </message>
    <message>
        <source>&amp;Occupation (ESCO):</source>
        <translation>Yrke (&amp;ESCO):</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbetsgivare:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>T&amp;asks (one a line):</source>
        <translation>Arbets&amp;uppgifter (en per rad):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Typ av arbete:</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>No visits yet today. Find a visitor above and press Enter to check in.</source>
        <translation>Inga besök än i dag. Hitta en besökare ovan och tryck Enter för att checka in.</translation>
    </message>
    <message>
        <source>Type a name, a phone number or a code, or scan a visitor card.</source>
        <translation>Skriv ett namn, ett telefonnummer eller en kod, eller skanna ett besökskort.</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N registers a new visitor.</source>
        <translation>Ingen hittades. Ctrl+N registrerar en ny besökare.</translation>
    </message>
    <message>
        <source>Visitors found: {count}</source>
        <translation>Hittade besökare: {count}</translation>
    </message>
    <message>
        <source>{name} was already checked in today; that visit is open.</source>
        <translation>{name} var redan incheckad i dag; det besöket är öppet.</translation>
    </message>
    <message>
        <source>{name} was checked in.</source>
        <translation>{name} har checkats in.</translation>
    </message>
    <message>
        <source>{name} was registered.</source>
        <translation>{name} har registrerats.</translation>
    </message>
    <message>
        <source>Consent of {name} recorded.</source>
        <translation>Samtycke för {name} registrerat.</translation>
    </message>
    <message>
        <source>Details of {name} corrected.</source>
        <translation>Uppgifterna om {name} har rättats.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>The records were merged into {name}.</source>
        <translation>Posterna slogs ihop till {name}.</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Importera besökare</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;New visitor…</source>
        <translation>&amp;Ny besökare…</translation>
    </message>
    <message>
        <source>&amp;Import visitors…</source>
        <translation>&amp;Importera besökare…</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Hitta en besökare</translation>
    </message>
    <message>
        <source>&amp;Search visitors:</source>
        <translation>&amp;Sök besökare:</translation>
    </message>
    <message>
        <source>Name, phone number or code (XXXX-XXXX)</source>
        <translation>Namn, telefonnummer eller kod (XXXX-XXXX)</translation>
    </message>
    <message>
        <source>Search visitors</source>
        <translation>Sök besökare</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Checka in…</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation>Samt&amp;ycken…</translation>
    </message>
    <message>
        <source>Correct the names, phone, birth year, gender, country or languages of the selected visitor (F2)</source>
        <translation>Rätta namn, telefon, födelseår, kön, land eller språk för den valda besökaren (F2)</translation>
    </message>
    <message>
        <source>Correct the selected visitor&apos;s details</source>
        <translation>Rätta den valda besökarens uppgifter</translation>
    </message>
    <message>
        <source>Correct d&amp;etails…</source>
        <translation>Rätta upp&amp;gifter…</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Öppna &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>S&amp;lå ihop…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Dagens besök</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>I möte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Rätta…</translation>
    </message>
    <message>
        <source>Keys: W waiting, M in a meeting, D done, Space next state.</source>
        <translation>Tangenter: W väntar, M i möte, D klar, mellanslag nästa status.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Byt lösenord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Återställ åtkomst</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down at set-up, the name of a coordinator and a new password for that coordinator.</source>
        <translation>Skriv in återställningsnyckeln som du skrev ner när programmet ställdes in, namnet på en samordnare och ett nytt lösenord för den samordnaren.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Samordnare:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Choose a new password for {name}. Give it to them in person; they can change it after logging in.</source>
        <translation>Välj ett nytt lösenord för {name}. Lämna det till personen själv; hen kan byta det efter inloggningen.</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Sätt nytt lösenord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontär</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Originalskrift</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Födelseland</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Skapa databasen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Set up Entry Hub Desk</source>
        <translation>Ställ in Entry Hub Desk</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>This desk keeps its data encrypted. Name the hub and the first coordinator, who will manage the staff accounts.</source>
        <translation>Den här datorn sparar sina uppgifter krypterat. Ange hubbens namn och den första samordnaren, som sköter personalens konton.</translation>
    </message>
    <message>
        <source>&amp;Hub name:</source>
        <translation>&amp;Hubbens namn:</translation>
    </message>
    <message>
        <source>e.g. Entry Hub Umeå</source>
        <translation>t.ex. Entry Hub Umeå</translation>
    </message>
    <message>
        <source>&amp;Your name (coordinator):</source>
        <translation>&amp;Ditt namn (samordnare):</translation>
    </message>
    <message>
        <source>Staff log in with their name and their own password.</source>
        <translation>Personalen loggar in med sitt namn och sitt eget lösenord.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Välj ett lösenord med minst 10 tecken. Flera ord som inte hör ihop ger ett starkt lösenord som är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>If every coordinator forgets their password, this key is the only way back into the data. It is shown only now.</source>
        <translation>Om alla samordnare glömmer sina lösenord är den här nyckeln den enda vägen tillbaka till uppgifterna. Den visas bara nu.</translation>
    </message>
    <message>
        <source>Write the key down on paper and keep it locked away, apart from the computer:</source>
        <translation>Skriv ner nyckeln på papper och förvara den inlåst, skild från datorn:</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Jag har skrivit &amp;ner den</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>Nej (inaktiverad)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This desk now syncs as part of {hub}.</source>
        <translation>Den här datorn synkar nu som en del av {hub}.</translation>
    </message>
    <message>
        <source>Syncing… sent {sent} ({changes_sent} changes), received {received} ({changes_received} changes)</source>
        <translation>Synkroniserar… skickat {sent} ({changes_sent} ändringar), tagit emot {received} ({changes_received} ändringar)</translation>
    </message>
    <message>
        <source>{kilobytes} KB</source>
        <translation>{kilobytes} kB</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <source>This desk is not connected yet: ask your coordinator. Everything you do here is kept and will be sent once the desk is connected.</source>
        <translation>Den här datorn är inte ansluten ännu: fråga din samordnare. Allt du gör här sparas och skickas när datorn har anslutits.</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Inte inställd</translation>
    </message>
    <message>
        <source>This desk was revoked; ask a coordinator for a re-admission code and enrol with it below. Its waiting changes are kept.</source>
        <translation>Den här datorn har spärrats; be en samordnare om en återinsläppningskod och registrera datorn med den här nedanför. Dess väntande ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <source>Offline; trying again by itself</source>
        <translation>Frånkopplad; försöker igen av sig själv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Sync with the network</source>
        <translation>Synkning med nätverket</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hubb:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Läge:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Senast synkad:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Ändringar som väntar:</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>Konflikter att granska:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Granska konflikter…</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation>Registrera den här datorn</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adress:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Registrerings&amp;kod:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: not set up</source>
        <extracomment>How often the status bar re-reads the sync state (tests may lower it).</extracomment>
        <translation>Synk: inte inställd</translation>
    </message>
    <message>
        <source>Sync: this desk was revoked; ask a coordinator</source>
        <translation>Synk: den här datorn har spärrats; fråga en samordnare</translation>
    </message>
    <message>
        <source>Sync: stopped</source>
        <translation>Synk: stoppad</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Sync stopped: this computer&apos;s clock is wrong</source>
        <translation>Synkroniseringen har stoppats: datorns klocka går fel</translation>
    </message>
    <message>
        <source>Sync failed; trying again by itself</source>
        <translation>Synken misslyckades; försöker igen av sig själv</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Senast synkad {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkad ännu</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 ändring väntar</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} ändringar väntar</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 konflikt att granska</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} konflikter att granska</translation>
    </message>
</context>
<context>
    <name>VisitPurposes</name>
    <message>
        <source>Job search</source>
        <translation>Jobbsökande</translation>
    </message>
    <message>
        <source>CV help</source>
        <translation>Hjälp med CV</translation>
    </message>
    <message>
        <source>Meeting an employer</source>
        <translation>Möte med arbetsgivare</translation>
    </message>
    <message>
        <source>Meeting a mentor or network</source>
        <translation>Möte med mentor eller nätverk</translation>
    </message>
    <message>
        <source>Entrepreneurship guidance</source>
        <translation>Vägledning om eget företagande</translation>
    </message>
    <message>
        <source>Recognition of foreign credentials</source>
        <translation>Erkännande av utländsk utbildning</translation>
    </message>
    <message>
        <source>Swedish practice</source>
        <translation>Svenskträning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>VisitQueue</name>
    <message>
        <source>Sho&amp;w done visits ({count})</source>
        <translation>Visa klara &amp;besök ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s visits — {waiting} waiting · {meeting} in a meeting · {done} done</source>
        <translation>Dagens besök — {waiting} väntar · {meeting} i möte · {done} klara</translation>
    </message>
</context>
<context>
    <name>VisitStates</name>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>I möte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>VisitorCardButton</name>
    <message>
        <source>Visitor c&amp;ard…</source>
        <translation>Besöks&amp;kort…</translation>
    </message>
</context>
<context>
    <name>VisitorCardDialog</name>
    <message>
        <source>Print the visitor card</source>
        <translation>Skriv ut besökskortet</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Skrivaren gick inte att använda.</translation>
    </message>
    <message>
        <source>Visitor card: {name}</source>
        <translation>Besökskort: {name}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A4 sheet (cut along the marks)</source>
        <translation>A4-ark (klipp längs markeringarna)</translation>
    </message>
    <message>
        <source>Card-size label (85.6 × 54 mm)</source>
        <translation>Etikett i kortformat (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Syften</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} tim {minutes} min</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— inte angivet —</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
