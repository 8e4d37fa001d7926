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
        <source>No third-party data is bundled yet.</source>
        <translation>Inga data från tredje part medföljer ännu.</translation>
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
    <name>Errors</name>
    <message>
        <source>Test setting {name} is not allowed in the installed program.</source>
        <translation>Testinställningen {name} är inte tillåten i det installerade programmet.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value.</source>
        <translation>Inställningen {name} har ett ogiltigt värde.</translation>
    </message>
    <message>
        <source>There is no Entry Hub Desk store in {path}.</source>
        <translation>Det finns ingen Entry Hub Desk-databas i {path}.</translation>
    </message>
    <message>
        <source>A store already exists in {path}.</source>
        <translation>Det finns redan en databas i {path}.</translation>
    </message>
    <message>
        <source>The store was written by a newer version of Entry Hub Desk (schema {found}, this program knows up to {supported}). Update the program; the store was not changed.</source>
        <translation>Databasen har skrivits av en nyare version av Entry Hub Desk (schema {found}, det här programmet känner till schema upp till {supported}). Uppdatera programmet; databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>The data file is damaged or has been tampered with ({detail}).</source>
        <translation>Datafilen är skadad eller har manipulerats ({detail}).</translation>
    </message>
    <message>
        <source>The data file cannot be opened with this key.</source>
        <translation>Datafilen kan inte öppnas med den här nyckeln.</translation>
    </message>
    <message>
        <source>The data file is busy in another program. Try again.</source>
        <translation>Datafilen används av ett annat program. Försök igen.</translation>
    </message>
    <message>
        <source>Updating the store to schema {version} failed; nothing was changed.</source>
        <translation>Det gick inte att uppdatera databasen till schema {version}; inget har ändrats.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Uppgiften hittades inte.</translation>
    </message>
    <message>
        <source>The key slot file does not belong to this data file.</source>
        <translation>Nyckelfilen hör inte till den här datafilen.</translation>
    </message>
    <message>
        <source>The key slot file is missing from {path}.</source>
        <translation>Nyckelfilen saknas i {path}.</translation>
    </message>
    <message>
        <source>The key slot file is damaged or has been tampered with; nothing was changed.</source>
        <translation>Nyckelfilen är skadad eller har manipulerats; inget har ändrats.</translation>
    </message>
    <message>
        <source>The key slot file has been tampered with; nothing was changed.</source>
        <translation>Nyckelfilen har manipulerats; inget har ändrats.</translation>
    </message>
    <message>
        <source>A key slot file already exists in {path}.</source>
        <translation>Det finns redan en nyckelfil i {path}.</translation>
    </message>
    <message>
        <source>A key change is unfinished; finish or undo it first.</source>
        <translation>Ett nyckelbyte är inte klart; slutför eller ångra det först.</translation>
    </message>
    <message>
        <source>No key change is in progress.</source>
        <translation>Inget nyckelbyte pågår.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Fel namn eller lösenord.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>För många felaktiga lösenord. Försök igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Your role ({role}) is not allowed to do this.</source>
        <translation>Din roll ({role}) får inte göra det här.</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>Det här kontot är inaktiverat.</translation>
    </message>
    <message>
        <source>No staff member is logged in.</source>
        <translation>Ingen medarbetare är inloggad.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>Lösenordet måste ha minst {minimum} tecken.</translation>
    </message>
    <message>
        <source>The password is too common or too easy to guess.</source>
        <translation>Lösenordet är för vanligt eller för lätt att gissa.</translation>
    </message>
    <message>
        <source>The password must not contain the name.</source>
        <translation>Lösenordet får inte innehålla namnet.</translation>
    </message>
    <message>
        <source>The password needs more variety: make it longer, use several words or mix kinds of characters.</source>
        <translation>Lösenordet behöver mer variation: gör det längre, använd flera ord eller blanda olika sorters tecken.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De två lösenorden är inte likadana.</translation>
    </message>
    <message>
        <source>The recovery key should be {groups} groups of {length} characters.</source>
        <translation>Återställningsnyckeln ska bestå av {groups} grupper med {length} tecken.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key has a typing error.</source>
        <translation>Grupp {group} i återställningsnyckeln har ett skrivfel.</translation>
    </message>
    <message>
        <source>This recovery key does not open the store.</source>
        <translation>Den här återställningsnyckeln öppnar inte databasen.</translation>
    </message>
    <message>
        <source>A staff member called {name} already exists.</source>
        <translation>Det finns redan en medarbetare som heter {name}.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>Det finns ingen medarbetare som heter {name}.</translation>
    </message>
    <message>
        <source>The last active coordinator cannot be disabled.</source>
        <translation>Den sista aktiva samordnaren kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} måste fyllas i.</translation>
    </message>
    <message>
        <source>{field} is not valid.</source>
        <translation>{field}: ogiltigt värde.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {maximum} characters).</source>
        <translation>{field}: för lång text (högst {maximum} tecken).</translation>
    </message>
    <message>
        <source>{field} must be between {minimum} and {maximum}.</source>
        <translation>{field} måste vara mellan {minimum} och {maximum}.</translation>
    </message>
    <message>
        <source>{field}: unknown code {value}.</source>
        <translation>{field}: okänd kod {value}.</translation>
    </message>
    <message>
        <source>The phone number {value} is not valid.</source>
        <translation>Telefonnumret {value} är inte giltigt.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-postadressen är inte giltig.</translation>
    </message>
    <message>
        <source>The file is not an Entry Hub Desk backup ({detail}).</source>
        <translation>Filen är ingen säkerhetskopia från Entry Hub Desk ({detail}).</translation>
    </message>
    <message>
        <source>The file {path} already exists.</source>
        <translation>Filen {path} finns redan.</translation>
    </message>
    <message>
        <source>A key change was interrupted and has been {outcome}.</source>
        <translation>Ett nyckelbyte avbröts och har {outcome}.</translation>
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
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked by {name}. Type your password to continue where you were.</source>
        <translation>Låst av {name}. Skriv ditt lösenord för att fortsätta där du var.</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Datorn är låst</translation>
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
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The password of {name} was changed. Log in with the new password.</source>
        <translation>Lösenordet för {name} har ändrats. Logga in med det nya lösenordet.</translation>
    </message>
    <message>
        <source>Entry Hub Desk — Log in</source>
        <translation>Entry Hub Desk — Logga in</translation>
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
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Entry Hub Desk — {hub}</source>
        <translation>Entry Hub Desk — {hub}</translation>
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
</TS>
