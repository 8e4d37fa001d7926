<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Entry Hub Desk {version}</source>
        <translation>Entry Hub Desk {version}</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), cryptography (Apache-2.0 / BSD) and reportlab (BSD).</source>
        <translation>Built with Qt {qt} and Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), cryptography (Apache-2.0 / BSD) and reportlab (BSD).</translation>
    </message>
    <message>
        <source>ESCO classification of occupations and skills, European Commission. The attribution ESCO asks for follows in English.</source>
        <translation>ESCO classification of occupations and skills, European Commission. The attribution ESCO asks for follows in English.</translation>
    </message>
    <message>
        <source>Country and language names: Unicode CLDR through Babel (Unicode licence, BSD-3-Clause) and pycountry (LGPL-2.1)</source>
        <translation>Country and language names: Unicode CLDR through Babel (Unicode licence, BSD-3-Clause) and pycountry (LGPL-2.1)</translation>
    </message>
    <message>
        <source>JSON Resume schema (the CV export format): MIT licence</source>
        <translation>JSON Resume schema (the CV export format): MIT licence</translation>
    </message>
    <message>
        <source>Lucide icons: ISC licence</source>
        <translation>Lucide icons: ISC licence</translation>
    </message>
    <message>
        <source>Noto Sans fonts (Latin, Arabic, Ethiopic): SIL Open Font License 1.1</source>
        <translation>Noto Sans fonts (Latin, Arabic, Ethiopic): SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>About Entry Hub Desk</source>
        <translation>About Entry Hub Desk</translation>
    </message>
    <message>
        <source>The reception desk program of an Entry Hub: visitors, competence profiles and CVs, kept encrypted on this computer.</source>
        <translation>The reception desk program of an Entry Hub: visitors, competence profiles and CVs, kept encrypted on this computer.</translation>
    </message>
    <message>
        <source>&amp;Licences of bundled data and fonts:</source>
        <translation>&amp;Licences of bundled data and fonts:</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>{name} was added.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <source>Disable staff member</source>
        <translation>Disable staff member</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer log in. Change the data key afterwards so that older copies cannot be opened with their password.</source>
        <translation>Disable {name}? They can no longer log in. Change the data key afterwards so that older copies cannot be opened with their password.</translation>
    </message>
    <message>
        <source>{name} was disabled.</source>
        <translation>{name} was disabled.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>The password of {name} was reset.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Change the data key</source>
        <translation>Change the data key</translation>
    </message>
    <message>
        <source>Give the data file a new key now? This takes a moment; keep the program open until it has finished.</source>
        <translation>Give the data file a new key now? This takes a moment; keep the program open until it has finished.</translation>
    </message>
    <message>
        <source>Changing the data key…</source>
        <translation>Changing the data key…</translation>
    </message>
    <message>
        <source>The data key was changed.</source>
        <translation>The data key was changed.</translation>
    </message>
    <message>
        <source>Logged in as {name} ({role}).</source>
        <translation>Logged in as {name} ({role}).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Copies of this desk&apos;s data, and how to restore one.</source>
        <translation>Copies of this desk&apos;s data, and how to restore one.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Who did what on this desk, and when.</source>
        <translation>Who did what on this desk, and when.</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Staff members</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>D&amp;isable</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>&amp;Minutes before the desk locks itself:</source>
        <translation>&amp;Minutes before the desk locks itself:</translation>
    </message>
    <message>
        <source>Give the data file a new key, so that copies made before a member left cannot be opened with the old one.</source>
        <translation>Give the data file a new key, so that copies made before a member left cannot be opened with the old one.</translation>
    </message>
    <message>
        <source>Change the data &amp;key…</source>
        <translation>Change the data &amp;key…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Entries shown: {count}</source>
        <translation>Entries shown: {count}</translation>
    </message>
    <message>
        <source>Exported to {name} (entries: {count}).</source>
        <translation>Exported to {name} (entries: {count}).</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
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
        <translation>not a readable backup</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>this desk</translation>
    </message>
    <message>
        <source>another store</source>
        <translation>another store</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Backup written: {name}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups &amp;folder:</source>
        <translation>Backups &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No backups in this folder yet. Make one, or choose the folder that has them.</source>
        <translation>No backups in this folder yet. Make one, or choose the folder that has them.</translation>
    </message>
    <message>
        <source>To restore a backup: log out, close the program and run “entryhub-desk restore FILE” with a coordinator&apos;s name and password as they were in the backup. The restore replaces everything on this desk; what was entered after the backup and not yet synced is lost.</source>
        <translation>To restore a backup: log out, close the program and run “entryhub-desk restore FILE” with a coordinator&apos;s name and password as they were in the backup. The restore replaces everything on this desk; what was entered after the backup and not yet synced is lost.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>&amp;Save new password</source>
        <translation>&amp;Save new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>{name} was already checked in today at {time} ({state}). Reopen that visit, or check in again for a second visit today.</source>
        <translation>{name} was already checked in today at {time} ({state}). Reopen that visit, or check in again for a second visit today.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check in {name} ({code})</source>
        <translation>Check in {name} ({code})</translation>
    </message>
    <message>
        <source>Check in {name} ({code}) again</source>
        <translation>Check in {name} ({code}) again</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <source>Correct visit</source>
        <translation>Correct visit</translation>
    </message>
    <message>
        <source>Correct the visit of {name} ({code})</source>
        <translation>Correct the visit of {name} ({code})</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Already checked in today</source>
        <translation>Already checked in today</translation>
    </message>
    <message>
        <source>Re&amp;open that visit</source>
        <translation>Re&amp;open that visit</translation>
    </message>
    <message>
        <source>Check in &amp;again</source>
        <translation>Check in &amp;again</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Purposes:</translation>
    </message>
    <message>
        <source>Purposes of the visit</source>
        <translation>Purposes of the visit</translation>
    </message>
    <message>
        <source>O&amp;ther purpose:</source>
        <translation>O&amp;ther purpose:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Referral to:</source>
        <translation>&amp;Referral to:</translation>
    </message>
    <message>
        <source>A network, mentor or employer (optional)</source>
        <translation>A network, mentor or employer (optional)</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>&amp;Handled by:</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>%p% complete</source>
        <translation>%p% complete</translation>
    </message>
    <message>
        <source>Profile {score}% complete</source>
        <translation>Profile {score}% complete</translation>
    </message>
    <message>
        <source>Still missing for a good CV: {items}.</source>
        <translation>Still missing for a good CV: {items}.</translation>
    </message>
    <message>
        <source>Everything a good CV needs is there.</source>
        <translation>Everything a good CV needs is there.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>These fields were changed on two desks before they synced. The current value won by time; the other value was kept here. Pick the right one: it reaches every desk at the next sync.</source>
        <translation>These fields were changed on two desks before they synced. The current value won by time; the other value was kept here. Pick the right one: it reaches every desk at the next sync.</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Keep current value</translation>
    </message>
    <message>
        <source>&amp;Use other value</source>
        <translation>&amp;Use other value</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Consents of {name} ({code})</source>
        <translation>Consents of {name} ({code})</translation>
    </message>
    <message>
        <source>New choices are recorded under privacy notice version {version} (matching with openings: version {matching}).</source>
        <translation>New choices are recorded under privacy notice version {version} (matching with openings: version {matching}).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consents and their history</source>
        <translation>Consents and their history</translation>
    </message>
    <message>
        <source>&amp;Give consent</source>
        <translation>&amp;Give consent</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <source>Keep a profile at the hub</source>
        <translation>Keep a profile at the hub</translation>
    </message>
    <message>
        <source>Contact for follow-up</source>
        <translation>Contact for follow-up</translation>
    </message>
    <message>
        <source>Share the profile with employers</source>
        <translation>Share the profile with employers</translation>
    </message>
    <message>
        <source>Share across hubs of the network</source>
        <translation>Share across hubs of the network</translation>
    </message>
    <message>
        <source>Match with employers&apos; openings</source>
        <translation>Match with employers&apos; openings</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact at {employer}</source>
        <translation>Contact at {employer}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>CorrectDetails</name>
    <message>
        <source>Correct details</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Correct details…</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>CvBatchDialog</name>
    <message>
        <source>Add at least one visitor to the list.</source>
        <translation>Add at least one visitor to the list.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Choose a folder that exists.</translation>
    </message>
    <message>
        <source>Printing CVs…</source>
        <translation>Printing CVs…</translation>
    </message>
    <message>
        <source>Saving CVs…</source>
        <translation>Saving CVs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current CV…</source>
        <translation>Stopping after the current CV…</translation>
    </message>
    <message>
        <source>{done} of {total} CVs were sent to the printer.</source>
        <translation>{done} of {total} CVs were sent to the printer.</translation>
    </message>
    <message>
        <source>{done} of {total} CVs were saved.</source>
        <translation>{done} of {total} CVs were saved.</translation>
    </message>
    <message>
        <source>The batch was cancelled; the rest were not made.</source>
        <translation>The batch was cancelled; the rest were not made.</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Print &amp;now</source>
        <translation>Print &amp;now</translation>
    </message>
    <message>
        <source>Save &amp;now</source>
        <translation>Save &amp;now</translation>
    </message>
    <message>
        <source>Print or save several CVs</source>
        <translation>Print or save several CVs</translation>
    </message>
    <message>
        <source>Find visitors and add them to the list. Their CVs are then printed or saved one after another.</source>
        <translation>Find visitors and add them to the list. Their CVs are then printed or saved one after another.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, phone number or code</source>
        <translation>Name, phone number or code</translation>
    </message>
    <message>
        <source>F&amp;ound:</source>
        <translation>F&amp;ound:</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Visitors found</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <source>CVs to &amp;make:</source>
        <translation>CVs to &amp;make:</translation>
    </message>
    <message>
        <source>Visitors whose CVs are made</source>
        <translation>Visitors whose CVs are made</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF files in:</source>
        <translation>&amp;Save as PDF files in:</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Print them</source>
        <translation>&amp;Print them</translation>
    </message>
</context>
<context>
    <name>CvChoices</name>
    <message>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
</context>
<context>
    <name>CvFiles</name>
    <message>
        <source>Folder for the CVs</source>
        <translation>Folder for the CVs</translation>
    </message>
    <message>
        <source>Save CV as PDF</source>
        <translation>Save CV as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This CV would hold little more than the name. Still missing: {items}.

Print or save it all the same?</source>
        <translation>This CV would hold little more than the name. Still missing: {items}.

Print or save it all the same?</translation>
    </message>
    <message>
        <source>The profile is nearly empty</source>
        <translation>The profile is nearly empty</translation>
    </message>
</context>
<context>
    <name>CvPage</name>
    <message>
        <source>No preview.</source>
        <translation>No preview.</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG picture.</source>
        <translation>Choose a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>The picture is too large (at most 10 MB).</source>
        <translation>The picture is too large (at most 10 MB).</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Emoji are left out of the CV (it has no font for them): %1</source>
        <translation>Emoji are left out of the CV (it has no font for them): %1</translation>
    </message>
    <message>
        <source>The CV was sent to the printer ({count} pages).</source>
        <translation>The CV was sent to the printer ({count} pages).</translation>
    </message>
    <message>
        <source>The CV was saved as {name}.</source>
        <translation>The CV was saved as {name}.</translation>
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
        <translation>Print CV</translation>
    </message>
    <message>
        <source>Save CV as PDF</source>
        <translation>Save CV as PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Print or save several CVs…</source>
        <translation>Print or save several CVs…</translation>
    </message>
    <message>
        <source>Open a visitor to see their CV here.</source>
        <translation>Open a visitor to see their CV here.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo:</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture for the CV (optional)</source>
        <translation>A JPEG or PNG picture for the CV (optional)</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Re&amp;move photo</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print this CV (Ctrl+P)</source>
        <translation>Print this CV (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save this CV as a PDF file (Ctrl+S)</source>
        <translation>Save this CV as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print or save several &amp;CVs…</source>
        <translation>Print or save several &amp;CVs…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>CvPreview</name>
    <message>
        <source>CV preview</source>
        <translation>CV preview</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} of {count}</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <source>This form holds what you typed. Discard it?</source>
        <translation>This form holds what you typed. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>DrivingDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Correct details of {name}</source>
        <translation>Correct details of {name}</translation>
    </message>
    <message>
        <source>Correct what was written wrongly for {name} ({code}). Only the fields you change are saved; the change is logged without the values.</source>
        <translation>Correct what was written wrongly for {name} ({code}). Only the fields you change are saved; the change is logged without the values.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Name in original &amp;script:</source>
        <translation>Name in original &amp;script:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>e.g. 1990</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;Country of birth:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Languages spoken:</translation>
    </message>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Type to filter, Space to tick</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>&amp;Preferred language:</source>
        <translation>&amp;Preferred language:</translation>
    </message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <source>EQF / SeQF level {level}</source>
        <translation>EQF / SeQF level {level}</translation>
    </message>
</context>
<context>
    <name>EmployerCard</name>
    <message>
        <source>No employer chosen</source>
        <translation>No employer chosen</translation>
    </message>
    <message>
        <source>Choose an employer in the list, or add one with New employer.</source>
        <translation>Choose an employer in the list, or add one with New employer.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>{code} introduced for {title}: {state}</source>
        <translation>{code} introduced for {title}: {state}</translation>
    </message>
    <message>
        <source>Organisation number: {number}</source>
        <translation>Organisation number: {number}</translation>
    </message>
    <message>
        <source>No organisation number (informal employer)</source>
        <translation>No organisation number (informal employer)</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Sector: {sector}</translation>
    </message>
    <message>
        <source>Municipality: {place}</source>
        <translation>Municipality: {place}</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Erase contact</translation>
    </message>
    <message>
        <source>Erase what is held about {name}? The name, role, phone and e-mail are removed for good; the employer&apos;s log stays.</source>
        <translation>Erase what is held about {name}? The name, role, phone and e-mail are removed for good; the employer&apos;s log stays.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Edit detail&amp;s…</source>
        <translation>Edit detail&amp;s…</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Openings</translation>
    </message>
    <message>
        <source>New &amp;opening…</source>
        <translation>New &amp;opening…</translation>
    </message>
    <message>
        <source>Ed&amp;it opening…</source>
        <translation>Ed&amp;it opening…</translation>
    </message>
    <message>
        <source>Find &amp;candidates</source>
        <translation>Find &amp;candidates</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <source>Edi&amp;t contact…</source>
        <translation>Edi&amp;t contact…</translation>
    </message>
    <message>
        <source>E&amp;rase contact…</source>
        <translation>E&amp;rase contact…</translation>
    </message>
    <message>
        <source>Contacts and introductions</source>
        <translation>Contacts and introductions</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Log a contact…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Apply by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>New employer</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Swedish organisation number, e.g. 556016-0680; empty for informal employers</source>
        <translation>Swedish organisation number, e.g. 556016-0680; empty for informal employers</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisation number</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>EmployerLabels</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Internship (praktik)</source>
        <translation>Internship (praktik)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Entrepreneurship support</source>
        <translation>Entrepreneurship support</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Must-have skills</source>
        <translation>Must-have skills</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Trial or internship</source>
        <translation>Trial or internship</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Hired</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
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
        <translation>No employer matches “{text}”.</translation>
    </message>
    <message>
        <source>No employers yet: add the first with New employer (Ctrl+Shift+E).</source>
        <translation>No employers yet: add the first with New employer (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>No employers yet: a coordinator adds them.</source>
        <translation>No employers yet: a coordinator adds them.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <source>&amp;Find employer:</source>
        <translation>&amp;Find employer:</translation>
    </message>
    <message>
        <source>Name, organisation number, sector or place</source>
        <translation>Name, organisation number, sector or place</translation>
    </message>
    <message>
        <source>&amp;New employer…</source>
        <translation>&amp;New employer…</translation>
    </message>
    <message>
        <source>New employer…</source>
        <translation>New employer…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>— not given —</source>
        <extracomment>The first choice of an optional list: nothing chosen.</extracomment>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no Entry Hub Desk store in {path}.</source>
        <translation>There is no Entry Hub Desk store in {path}.</translation>
    </message>
    <message>
        <source>The data file cannot be written (it is read-only, or damaged); nothing was saved. Ask a coordinator to run the store check.</source>
        <translation>The data file cannot be written (it is read-only, or damaged); nothing was saved. Ask a coordinator to run the store check.</translation>
    </message>
    <message>
        <source>The data file is busy in another program. Try again.</source>
        <translation>The data file is busy in another program. Try again.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>There is no usable store in {path}, but copies of an earlier one are kept there (backups, a replaced store or an unfinished restore). Restore a backup instead of setting up a new store.</source>
        <translation>There is no usable store in {path}, but copies of an earlier one are kept there (backups, a replaced store or an unfinished restore). Restore a backup instead of setting up a new store.</translation>
    </message>
    <message>
        <source>Your role ({role}) is not allowed to do this.</source>
        <translation>Your role ({role}) is not allowed to do this.</translation>
    </message>
    <message>
        <source>Your role is not backed by a coordinator&apos;s signature, so this is not allowed. Ask a coordinator to check the staff list.</source>
        <translation>Your role is not backed by a coordinator&apos;s signature, so this is not allowed. Ask a coordinator to check the staff list.</translation>
    </message>
    <message>
        <source>The signed staff roles of this desk are damaged or were tampered with. A coordinator should run the store check.</source>
        <translation>The signed staff roles of this desk are damaged or were tampered with. A coordinator should run the store check.</translation>
    </message>
    <message>
        <source>No staff member is logged in.</source>
        <translation>No staff member is logged in.</translation>
    </message>
    <message>
        <source>The password needs more variety: make it longer, use several words or mix kinds of characters.</source>
        <translation>The password needs more variety: make it longer, use several words or mix kinds of characters.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>There is no staff member called {name}.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date. Write a year, year-month or a full date.</source>
        <translation>{field}: {value} is not a date. Write a year, year-month or a full date.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a language level (A1 to C2).</source>
        <translation>{field}: {value} is not a language level (A1 to C2).</translation>
    </message>
    <message>
        <source>{field}: the occupation is not in the occupation list. Choose one from the list.</source>
        <translation>{field}: the occupation is not in the occupation list. Choose one from the list.</translation>
    </message>
    <message>
        <source>{field}: the skill is not in the skill list. Choose one from the list.</source>
        <translation>{field}: the skill is not in the skill list. Choose one from the list.</translation>
    </message>
    <message>
        <source>The profile already has such an entry.</source>
        <translation>The profile already has such an entry.</translation>
    </message>
    <message>
        <source>Several persons have the code {short_code}. Use the full id.</source>
        <translation>Several persons have the code {short_code}. Use the full id.</translation>
    </message>
    <message>
        <source>The sync data is not valid. Try again later; if it goes on, tell the network&apos;s administrator.</source>
        <translation>The sync data is not valid. Try again later; if it goes on, tell the network&apos;s administrator.</translation>
    </message>
    <message>
        <source>This desk was revoked; ask a coordinator. Its waiting changes are kept: enrol again with the re-admission code a coordinator gives you, or export them to a bundle.</source>
        <translation>This desk was revoked; ask a coordinator. Its waiting changes are kept: enrol again with the re-admission code a coordinator gives you, or export them to a bundle.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the date and time right, then sync again.</source>
        <translation>This computer&apos;s clock is wrong. Set the date and time right, then sync again.</translation>
    </message>
    <message>
        <source>The sync data is too large.</source>
        <translation>The sync data is too large.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the desk is not enrolled. Check the address and the network, then press Enrol again.</source>
        <translation>The server cannot be reached, so the desk is not enrolled. Check the address and the network, then press Enrol again.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is an emoji or picture sign. A name holds letters only.</source>
        <translation>{field}: “{value}” is an emoji or picture sign. A name holds letters only.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Entry Hub Desk. Update the program.</source>
        <translation>The server needs a newer version of Entry Hub Desk. Update the program.</translation>
    </message>
    <message>
        <source>The server refused the request ({status}).</source>
        <translation>The server refused the request ({status}).</translation>
    </message>
    <message>
        <source>The file is not an Entry Hub bundle.</source>
        <translation>The file is not an Entry Hub bundle.</translation>
    </message>
    <message>
        <source>The bundle has been altered or was not made by the expected sender.</source>
        <translation>The bundle has been altered or was not made by the expected sender.</translation>
    </message>
    <message>
        <source>This desk is not enrolled with a server yet. Enrol it on the Sync page.</source>
        <translation>This desk is not enrolled with a server yet. Enrol it on the Sync page.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The desk will try again by itself.</source>
        <translation>The server cannot be reached. The desk will try again by itself.</translation>
    </message>
    <message>
        <source>The server&apos;s keys differ from the ones this desk trusts. Nothing was changed; ask the network&apos;s administrator.</source>
        <translation>The server&apos;s keys differ from the ones this desk trusts. Nothing was changed; ask the network&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server had a fault. The desk will try again later.</source>
        <translation>The server had a fault. The desk will try again later.</translation>
    </message>
    <message>
        <source>The server did not take the changes sent. The desk will try again later.</source>
        <translation>The server did not take the changes sent. The desk will try again later.</translation>
    </message>
    <message>
        <source>A CV can be written in Swedish or English, not {language}.</source>
        <translation>A CV can be written in Swedish or English, not {language}.</translation>
    </message>
    <message>
        <source>There is no CV template called {template}.</source>
        <translation>There is no CV template called {template}.</translation>
    </message>
    <message>
        <source>The CV font {name} is missing from the program. Reinstall the program.</source>
        <translation>The CV font {name} is missing from the program. Reinstall the program.</translation>
    </message>
    <message>
        <source>a part of it does not check out</source>
        <extracomment>Every code&apos;s English template: the interface&apos;s own, else the CLI&apos;s. ``cause`` parameters (errors.CAUSES), translated</extracomment>
        <translation>a part of it does not check out</translation>
    </message>
    <message>
        <source>it cannot be opened for writing</source>
        <translation>it cannot be opened for writing</translation>
    </message>
    <message>
        <source>the desk&apos;s identity is missing</source>
        <translation>the desk&apos;s identity is missing</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>the file was not found</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>not a zip archive</translation>
    </message>
    <message>
        <source>unexpected or missing members</source>
        <translation>unexpected or missing members</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>its manifest cannot be read</translation>
    </message>
    <message>
        <source>a part is too large</source>
        <translation>a part is too large</translation>
    </message>
    <message>
        <source>a part is too compressed</source>
        <translation>a part is too compressed</translation>
    </message>
    <message>
        <source>a part is damaged</source>
        <translation>a part is damaged</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Something went wrong. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Hub name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Available from</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Spoken interaction</source>
        <translation>Spoken interaction</translation>
    </message>
    <message>
        <source>Spoken production</source>
        <translation>Spoken production</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Desired occupations</source>
        <translation>Desired occupations</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Name in original script</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Purpose of the visit</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>Other purpose</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>{rows} rows read: {created} new visitors, {updated} updated, {unchanged} unchanged, {rejected} not imported, {duplicates} probably registered already.</source>
        <translation>{rows} rows read: {created} new visitors, {updated} updated, {unchanged} unchanged, {rejected} not imported, {duplicates} probably registered already.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>Columns not recognised (ignored): {columns}</source>
        <translation>Columns not recognised (ignored): {columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Probably the same as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>Rows not imported:</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Not imported because the person is probably registered already (nothing was merged; register a row at the desk if it is a new person):</source>
        <translation>Not imported because the person is probably registered already (nothing was merged; register a row at the desk if it is a new person):</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing visitors…</source>
        <translation>Importing visitors…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Import visitors</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>{person} was introduced to {opening}.</source>
        <extracomment>replaced in tests (the system dialogs run loops of their own)</extracomment>
        <translation>{person} was introduced to {opening}.</translation>
    </message>
    <message>
        <source>The card was sent to the printer.</source>
        <translation>The card was sent to the printer.</translation>
    </message>
    <message>
        <source>The card was saved as {file}.</source>
        <translation>The card was saved as {file}.</translation>
    </message>
    <message>
        <source>Introduction recorded: print the card or save it for the employer.</source>
        <translation>Introduction recorded: print the card or save it for the employer.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you press Introduce, Print or Save.</source>
        <translation>Nothing is recorded until you press Introduce, Print or Save.</translation>
    </message>
    <message>
        <source>Introduce to an employer</source>
        <translation>Introduce to an employer</translation>
    </message>
    <message>
        <source>{person} → {opening}</source>
        <translation>{person} → {opening}</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>The visitor agreed to share the profile with employers.</source>
        <translation>The visitor agreed to share the profile with employers.</translation>
    </message>
    <message>
        <source>Anonymised only: the visitor has not agreed to share the profile with employers (initials, code, occupation, skills, languages, availability).</source>
        <translation>Anonymised only: the visitor has not agreed to share the profile with employers (initials, code, occupation, skills, languages, availability).</translation>
    </message>
    <message>
        <source>Card &amp;language:</source>
        <translation>Card &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Introduce</source>
        <translation>&amp;Introduce</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Print card…</translation>
    </message>
    <message>
        <source>&amp;Save card as PDF…</source>
        <translation>&amp;Save card as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IntroductionsView</name>
    <message>
        <source>Introduction: {state}.</source>
        <translation>Introduction: {state}.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Ne&amp;xt step:</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Set state</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>A1 (beginner) to C2 (mastery); empty if not assessed</source>
        <translation>A1 (beginner) to C2 (mastery); empty if not assessed</translation>
    </message>
</context>
<context>
    <name>LanguageLevels</name>
    <message>
        <source>— add a language —</source>
        <translation>— add a language —</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lowest level (CEFR)</source>
        <translation>Lowest level (CEFR)</translation>
    </message>
    <message>
        <source>Languages asked for (Delete removes one)</source>
        <translation>Languages asked for (Delete removes one)</translation>
    </message>
    <message>
        <source>Choose a language and its lowest level, Enter adds it</source>
        <translation>Choose a language and its lowest level, Enter adds it</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Locked by {name}. Type your password to continue where you were. A coordinator can unlock with their own name and password.</source>
        <translation>Locked by {name}. Type your password to continue where you were. A coordinator can unlock with their own name and password.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Contact with {employer}</source>
        <translation>Contact with {employer}</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The password of {name} was changed. Log in with the new password.</source>
        <translation>The password of {name} was changed. Log in with the new password.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in to Entry Hub Desk</source>
        <translation>Log in to Entry Hub Desk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Forgot password? Use the recovery key</source>
        <translation>&amp;Forgot password? Use the recovery key</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
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
        <translation>Visitor</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>Unlocked by {name} (coordinator).</source>
        <translation>Unlocked by {name} (coordinator).</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>Entry Hub Desk</source>
        <translation>Entry Hub Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the desk until your password is typed again</source>
        <translation>Lock the desk until your password is typed again</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Entry Hub Desk</source>
        <translation>&amp;About Entry Hub Desk</translation>
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
        <translation>Choose an open opening: type part of its title, employer or code.</translation>
    </message>
    <message>
        <source>No open openings yet: add them in Employers.</source>
        <translation>No open openings yet: add them in Employers.</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Near miss</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Fit: {fits} · near misses: {near} (only visitors who agreed to be matched)</source>
        <translation>Fit: {fits} · near misses: {near} (only visitors who agreed to be matched)</translation>
    </message>
    <message>
        <source>Nobody fits yet. Only visitors who agreed to be matched with openings are listed; a hard requirement leaves out whoever misses it.</source>
        <translation>Nobody fits yet. Only visitors who agreed to be matched with openings are listed; a hard requirement leaves out whoever misses it.</translation>
    </message>
    <message>
        <source>Near miss: something required is missing.</source>
        <translation>Near miss: something required is missing.</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>&amp;Opening:</translation>
    </message>
    <message>
        <source>Type part of a title, an employer or a code</source>
        <translation>Type part of a title, an employer or a code</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Introduce…</source>
        <translation>&amp;Introduce…</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Open &amp;profile</translation>
    </message>
    <message>
        <source>Introduced to this opening</source>
        <translation>Introduced to this opening</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Original script</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>{code}: kept</source>
        <translation>{code}: kept</translation>
    </message>
    <message>
        <source>{code}: merged into the other</source>
        <translation>{code}: merged into the other</translation>
    </message>
    <message>
        <source>it has more visits</source>
        <translation>it has more visits</translation>
    </message>
    <message>
        <source>it has a profile</source>
        <translation>it has a profile</translation>
    </message>
    <message>
        <source>it was registered earlier</source>
        <translation>it was registered earlier</translation>
    </message>
    <message>
        <source>Suggested: keep {code}, because {why}. You may keep the other one.</source>
        <translation>Suggested: keep {code}, because {why}. You may keep the other one.</translation>
    </message>
    <message>
        <source>Keep {person}</source>
        <translation>Keep {person}</translation>
    </message>
    <message>
        <source>Merge {first} and {second}? The record kept receives the visits and consents of the other one. This cannot be undone.</source>
        <translation>Merge {first} and {second}? The record kept receives the visits and consents of the other one. This cannot be undone.</translation>
    </message>
    <message>
        <source>Merge {first} with another record of the same person: search for the other record below.</source>
        <translation>Merge {first} with another record of the same person: search for the other record below.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge two visitors</source>
        <translation>Merge two visitors</translation>
    </message>
    <message>
        <source>Second visitor</source>
        <translation>Second visitor</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>Search for the other record</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Other record</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>The two records side by side</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>Namesakes</name>
    <message>
        <source>same phone</source>
        <extracomment>Why a person is a likely duplicate (codes of services.duplicates.REASONS).</extracomment>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>born {year}</translation>
    </message>
    <message>
        <source>same country of birth</source>
        <translation>same country of birth</translation>
    </message>
    <message>
        <source>phone {tail}</source>
        <translation>phone {tail}</translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>last visit {date}</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Why: {reasons}</translation>
    </message>
</context>
<context>
    <name>NewVisitorDialog</name>
    <message>
        <source>Show the privacy notice (version {version}; matching with openings: version {matching}) and ask for each purpose; the visitor may refuse any of them.</source>
        <extracomment>Whether persons have a preferred language yet (the row is hidden until they do).</extracomment>
        <translation>Show the privacy notice (version {version}; matching with openings: version {matching}) and ask for each purpose; the visitor may refuse any of them.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose given or refused for every consent.</source>
        <translation>Choose given or refused for every consent.</translation>
    </message>
    <message>
        <source>This visitor may already be registered. Open the existing record, or tick “This is a new person” if it is someone else.</source>
        <translation>This visitor may already be registered. Open the existing record, or tick “This is a new person” if it is someone else.</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Name in original &amp;script:</source>
        <translation>Name in original &amp;script:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>e.g. 1990</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;Country of birth:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Languages spoken:</translation>
    </message>
    <message>
        <source>Type to filter, Space to tick</source>
        <translation>Type to filter, Space to tick</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>&amp;Preferred language:</source>
        <translation>&amp;Preferred language:</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Already registered?</translation>
    </message>
    <message>
        <source>These visitors may be the same person. Ask, and open the record instead of registering again:</source>
        <translation>These visitors may be the same person. Ask, and open the record instead of registering again:</translation>
    </message>
    <message>
        <source>Similar visitors</source>
        <translation>Similar visitors</translation>
    </message>
    <message>
        <source>&amp;Open this visitor instead</source>
        <translation>&amp;Open this visitor instead</translation>
    </message>
    <message>
        <source>This is a &amp;new person (none of these)</source>
        <translation>This is a &amp;new person (none of these)</translation>
    </message>
    <message>
        <source>Consen&amp;t</source>
        <translation>Consen&amp;t</translation>
    </message>
    <message>
        <source>Keep a profile at the hub</source>
        <translation>Keep a profile at the hub</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Contact for follow-up</source>
        <translation>Contact for follow-up</translation>
    </message>
    <message>
        <source>Share the profile with employers</source>
        <translation>Share the profile with employers</translation>
    </message>
    <message>
        <source>Share across hubs of the network</source>
        <translation>Share across hubs of the network</translation>
    </message>
    <message>
        <source>Match with employers&apos; openings</source>
        <translation>Match with employers&apos; openings</translation>
    </message>
    <message>
        <source>Chec&amp;k in after registering</source>
        <translation>Chec&amp;k in after registering</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>New opening</translation>
    </message>
    <message>
        <source>Edit opening</source>
        <translation>Edit opening</translation>
    </message>
    <message>
        <source>Opening at {employer}</source>
        <translation>Opening at {employer}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Occupation (ESCO)</source>
        <translation>&amp;Occupation (ESCO)</translation>
    </message>
    <message>
        <source>&amp;Must-have skills</source>
        <translation>&amp;Must-have skills</translation>
    </message>
    <message>
        <source>&amp;Nice-to-have skills</source>
        <translation>&amp;Nice-to-have skills</translation>
    </message>
    <message>
        <source>&amp;Languages (lowest level)</source>
        <translation>&amp;Languages (lowest level)</translation>
    </message>
    <message>
        <source>&amp;Driving licence</source>
        <translation>&amp;Driving licence</translation>
    </message>
    <message>
        <source>Minimum &amp;education</source>
        <translation>Minimum &amp;education</translation>
    </message>
    <message>
        <source>Hard re&amp;quirements</source>
        <translation>Hard re&amp;quirements</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Hours per week</translation>
    </message>
    <message>
        <source>Mun&amp;icipality</source>
        <translation>Mun&amp;icipality</translation>
    </message>
    <message>
        <source>&amp;When it starts</source>
        <translation>&amp;When it starts</translation>
    </message>
    <message>
        <source>&amp;Apply by</source>
        <translation>&amp;Apply by</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>&amp;Remote work possible</source>
        <translation>&amp;Remote work possible</translation>
    </message>
    <message>
        <source>A visitor who misses a hard requirement is not listed; otherwise a miss is shown as a near miss.</source>
        <translation>A visitor who misses a hard requirement is not listed; otherwise a miss is shown as a near miss.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpeningsFit</name>
    <message>
        <source>1 opening fits</source>
        <translation>1 opening fits</translation>
    </message>
    <message>
        <source>{count} openings fit</source>
        <translation>{count} openings fit</translation>
    </message>
    <message>
        <source>1 near miss</source>
        <translation>1 near miss</translation>
    </message>
    <message>
        <source>{count} near misses</source>
        <translation>{count} near misses</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>rolled back</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>year, year-month or year-month-day</source>
        <translation>year, year-month or year-month-day</translation>
    </message>
    <message>
        <source>For example 2019, 2019-05 or 2019-05-14</source>
        <translation>For example 2019, 2019-05 or 2019-05-14</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>PersonOpenings</name>
    <message>
        <source>No open opening fits yet</source>
        <translation>No open opening fits yet</translation>
    </message>
    <message>
        <source>near miss</source>
        <translation>near miss</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>fits</translation>
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
        <translation>Openings</translation>
    </message>
    <message>
        <source>Introduce to this o&amp;pening…</source>
        <translation>Introduce to this o&amp;pening…</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Introductions</translation>
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
        <translation>{label} — “{matched}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”: try another word or language.</source>
        <translation>Nothing found for “{query}”: try another word or language.</translation>
    </message>
    <message>
        <source>ISCO-08 {group}: {name}</source>
        <translation>ISCO-08 {group}: {name}</translation>
    </message>
    <message>
        <source>(EN): no label in this language, English shown</source>
        <translation>(EN): no label in this language, English shown</translation>
    </message>
    <message>
        <source>Free text — not an ESCO skill</source>
        <translation>Free text — not an ESCO skill</translation>
    </message>
    <message>
        <source>Type an occupation in any language</source>
        <translation>Type an occupation in any language</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Type a skill in any language</source>
        <translation>Type a skill in any language</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
</context>
<context>
    <name>PickerList</name>
    <message>
        <source>Chosen occupations (Delete removes one)</source>
        <translation>Chosen occupations (Delete removes one)</translation>
    </message>
    <message>
        <source>Delete removes the selected occupation</source>
        <translation>Delete removes the selected occupation</translation>
    </message>
</context>
<context>
    <name>ProfileBusinessDialog</name>
    <message>
        <source>Business idea</source>
        <translation>Business idea</translation>
    </message>
    <message>
        <source>Business &amp;idea:</source>
        <translation>Business &amp;idea:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Experience of running a business:</source>
        <translation>&amp;Experience of running a business:</translation>
    </message>
    <message>
        <source>Support &amp;wanted:</source>
        <translation>Support &amp;wanted:</translation>
    </message>
</context>
<context>
    <name>ProfileCredentialDialog</name>
    <message>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Credential:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Issued:</translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry:</source>
        <translation>Issuing c&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Recognition:</source>
        <translation>&amp;Recognition:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Reco&amp;gnised as:</source>
        <translation>Reco&amp;gnised as:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <source>Bridging co&amp;urse:</source>
        <translation>Bridging co&amp;urse:</translation>
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
        <translation>from {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>Wants: {wants}</source>
        <translation>Wants: {wants}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Occupations: {names}</source>
        <translation>Occupations: {names}</translation>
    </message>
    <message>
        <source>available from {date}</source>
        <translation>available from {date}</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} hours a week</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>{language} (mother tongue)</source>
        <translation>{language} (mother tongue)</translation>
    </message>
    <message>
        <source>(EQF/SeQF {eqf})</source>
        <translation>(EQF/SeQF {eqf})</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>documents available</source>
        <translation>documents available</translation>
    </message>
    <message>
        <source>recognised as {what}</source>
        <translation>recognised as {what}</translation>
    </message>
    <message>
        <source>bridging course: {state}</source>
        <translation>bridging course: {state}</translation>
    </message>
    <message>
        <source>ISCO-08 {group}</source>
        <translation>ISCO-08 {group}</translation>
    </message>
    <message>
        <source>{text} (free text)</source>
        <translation>{text} (free text)</translation>
    </message>
    <message>
        <source>Category {list}</source>
        <translation>Category {list}</translation>
    </message>
    <message>
        <source>Categories {list}</source>
        <translation>Categories {list}</translation>
    </message>
    <message>
        <source>valid in Sweden</source>
        <translation>valid in Sweden</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Business idea</translation>
    </message>
    <message>
        <source>support wanted: {text}</source>
        <translation>support wanted: {text}</translation>
    </message>
</context>
<context>
    <name>ProfileDigitalDialog</name>
    <message>
        <source>Digital skills</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
</context>
<context>
    <name>ProfileDrivingDialog</name>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry:</source>
        <translation>Issuing c&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Valid in Sweden</source>
        <translation>&amp;Valid in Sweden</translation>
    </message>
</context>
<context>
    <name>ProfileEducationDialog</name>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Field of study:</source>
        <translation>&amp;Field of study:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Level of education:</source>
        <translation>&amp;Level of education:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completed</translation>
    </message>
    <message>
        <source>&amp;Documents available</source>
        <translation>&amp;Documents available</translation>
    </message>
</context>
<context>
    <name>ProfileEntryList</name>
    <message>
        <source>Insert adds an entry, Enter or F2 edits it, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Insert adds an entry, Enter or F2 edits it, Delete removes it, Ctrl+Up and Ctrl+Down move it.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
</context>
<context>
    <name>ProfileGoalsDialog</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wants</translation>
    </message>
    <message>
        <source>a &amp;job</source>
        <translation>a &amp;job</translation>
    </message>
    <message>
        <source>e&amp;ducation</source>
        <translation>e&amp;ducation</translation>
    </message>
    <message>
        <source>a &amp;Swedish course</source>
        <translation>a &amp;Swedish course</translation>
    </message>
    <message>
        <source>&amp;validation of skills</source>
        <translation>&amp;validation of skills</translation>
    </message>
    <message>
        <source>to start a &amp;business</source>
        <translation>to start a &amp;business</translation>
    </message>
    <message>
        <source>Desired &amp;occupations:</source>
        <translation>Desired &amp;occupations:</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Available &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <source>Su&amp;mmary for the CV:</source>
        <translation>Su&amp;mmary for the CV:</translation>
    </message>
    <message>
        <source>Adviser&apos;s &amp;appraisal:</source>
        <translation>Adviser&apos;s &amp;appraisal:</translation>
    </message>
    <message>
        <source>Work &amp;permit:</source>
        <translation>Work &amp;permit:</translation>
    </message>
</context>
<context>
    <name>ProfileInterestDialog</name>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Interest:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>&amp;Keywords (comma-separated):</translation>
    </message>
</context>
<context>
    <name>ProfileKinds</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Business idea</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>Educati&amp;on</source>
        <translation>Educati&amp;on</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Credentials</translation>
    </message>
    <message>
        <source>Wor&amp;k</source>
        <translation>Wor&amp;k</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Skills</translation>
    </message>
    <message>
        <source>Dig&amp;ital</source>
        <translation>Dig&amp;ital</translation>
    </message>
    <message>
        <source>Drivi&amp;ng</source>
        <translation>Drivi&amp;ng</translation>
    </message>
    <message>
        <source>In&amp;terests</source>
        <translation>In&amp;terests</translation>
    </message>
</context>
<context>
    <name>ProfileLanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Mother tongue</source>
        <translation>&amp;Mother tongue</translation>
    </message>
    <message>
        <source>Li&amp;stening:</source>
        <translation>Li&amp;stening:</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Reading:</translation>
    </message>
    <message>
        <source>Spoken &amp;interaction:</source>
        <translation>Spoken &amp;interaction:</translation>
    </message>
    <message>
        <source>Spoken &amp;production:</source>
        <translation>Spoken &amp;production:</translation>
    </message>
    <message>
        <source>&amp;Writing:</source>
        <translation>&amp;Writing:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
</context>
<context>
    <name>ProfileNextStepDialog</name>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>D&amp;one</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{kind}: saved.</source>
        <translation>{kind}: saved.</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <source>Remove “{entry}” from the profile?</source>
        <translation>Remove “{entry}” from the profile?</translation>
    </message>
    <message>
        <source>{kind}: removed.</source>
        <translation>{kind}: removed.</translation>
    </message>
    <message>
        <source>Unsaved work from last time: {kinds}. Continue where you left off?</source>
        <translation>Unsaved work from last time: {kinds}. Continue where you left off?</translation>
    </message>
    <message>
        <source>Resu&amp;me editing</source>
        <translation>Resu&amp;me editing</translation>
    </message>
    <message>
        <source>Discard the dra&amp;fts</source>
        <translation>Discard the dra&amp;fts</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Profile sections</translation>
    </message>
    <message>
        <source>Read only: your role may look at the profile but not change it.</source>
        <translation>Read only: your role may look at the profile but not change it.</translation>
    </message>
    <message>
        <source>Profile summary</source>
        <translation>Profile summary</translation>
    </message>
</context>
<context>
    <name>ProfileSkillDialog</name>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>&amp;Skill (ESCO):</source>
        <translation>&amp;Skill (ESCO):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;How shown:</source>
        <translation>&amp;How shown:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>&amp;Keywords (comma-separated):</translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <source>No profile has been recorded yet.</source>
        <translation>No profile has been recorded yet.</translation>
    </message>
</context>
<context>
    <name>ProfileWorkDialog</name>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Occupation (ESCO):</source>
        <translation>&amp;Occupation (ESCO):</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;asks (one a line):</source>
        <translation>T&amp;asks (one a line):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Kind of work:</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>No visits yet today. Find a visitor above and press Enter to check in.</source>
        <translation>No visits yet today. Find a visitor above and press Enter to check in.</translation>
    </message>
    <message>
        <source>Type a name, a phone number or a code, or scan a visitor card.</source>
        <translation>Type a name, a phone number or a code, or scan a visitor card.</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N registers a new visitor.</source>
        <translation>Nobody found. Ctrl+N registers a new visitor.</translation>
    </message>
    <message>
        <source>Visitors found: {count}</source>
        <translation>Visitors found: {count}</translation>
    </message>
    <message>
        <source>{name} was already checked in today; that visit is open.</source>
        <translation>{name} was already checked in today; that visit is open.</translation>
    </message>
    <message>
        <source>{name} was checked in.</source>
        <translation>{name} was checked in.</translation>
    </message>
    <message>
        <source>{name} was registered.</source>
        <translation>{name} was registered.</translation>
    </message>
    <message>
        <source>Consent of {name} recorded.</source>
        <translation>Consent of {name} recorded.</translation>
    </message>
    <message>
        <source>Details of {name} corrected.</source>
        <translation>Details of {name} corrected.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The records were merged into {name}.</source>
        <translation>The records were merged into {name}.</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Import visitors</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;New visitor…</source>
        <translation>&amp;New visitor…</translation>
    </message>
    <message>
        <source>&amp;Import visitors…</source>
        <translation>&amp;Import visitors…</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Find a visitor</translation>
    </message>
    <message>
        <source>&amp;Search visitors:</source>
        <translation>&amp;Search visitors:</translation>
    </message>
    <message>
        <source>Name, phone number or code (XXXX-XXXX)</source>
        <translation>Name, phone number or code (XXXX-XXXX)</translation>
    </message>
    <message>
        <source>Search visitors</source>
        <translation>Search visitors</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Check in…</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation>C&amp;onsents…</translation>
    </message>
    <message>
        <source>Correct the names, phone, birth year, gender, country or languages of the selected visitor (F2)</source>
        <translation>Correct the names, phone, birth year, gender, country or languages of the selected visitor (F2)</translation>
    </message>
    <message>
        <source>Correct the selected visitor&apos;s details</source>
        <translation>Correct the selected visitor&apos;s details</translation>
    </message>
    <message>
        <source>Correct d&amp;etails…</source>
        <translation>Correct d&amp;etails…</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>Open &amp;profile</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In a meeting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <source>Keys: W waiting, M in a meeting, D done, Space next state.</source>
        <translation>Keys: W waiting, M in a meeting, D done, Space next state.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down at set-up, the name of a coordinator and a new password for that coordinator.</source>
        <translation>Type the recovery key you wrote down at set-up, the name of a coordinator and a new password for that coordinator.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinator:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Choose a new password for {name}. Give it to them in person; they can change it after logging in.</source>
        <translation>Choose a new password for {name}. Give it to them in person; they can change it after logging in.</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
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
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Original script</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Create the store</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set up Entry Hub Desk</source>
        <translation>Set up Entry Hub Desk</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This desk keeps its data encrypted. Name the hub and the first coordinator, who will manage the staff accounts.</source>
        <translation>This desk keeps its data encrypted. Name the hub and the first coordinator, who will manage the staff accounts.</translation>
    </message>
    <message>
        <source>&amp;Hub name:</source>
        <translation>&amp;Hub name:</translation>
    </message>
    <message>
        <source>e.g. Entry Hub Umeå</source>
        <translation>e.g. Entry Hub Umeå</translation>
    </message>
    <message>
        <source>&amp;Your name (coordinator):</source>
        <translation>&amp;Your name (coordinator):</translation>
    </message>
    <message>
        <source>Staff log in with their name and their own password.</source>
        <translation>Staff log in with their name and their own password.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Choose a password of at least 10 characters. Several unrelated words make a strong password that is easy to remember.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If every coordinator forgets their password, this key is the only way back into the data. It is shown only now.</source>
        <translation>If every coordinator forgets their password, this key is the only way back into the data. It is shown only now.</translation>
    </message>
    <message>
        <source>Write the key down on paper and keep it locked away, apart from the computer:</source>
        <translation>Write the key down on paper and keep it locked away, apart from the computer:</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>No (disabled)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This desk now syncs as part of {hub}.</source>
        <translation>This desk now syncs as part of {hub}.</translation>
    </message>
    <message>
        <source>Syncing… sent {sent} ({changes_sent} changes), received {received} ({changes_received} changes)</source>
        <translation>Syncing… sent {sent} ({changes_sent} changes), received {received} ({changes_received} changes)</translation>
    </message>
    <message>
        <source>{kilobytes} KB</source>
        <translation>{kilobytes} KB</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>This desk is not connected yet: ask your coordinator. Everything you do here is kept and will be sent once the desk is connected.</source>
        <translation>This desk is not connected yet: ask your coordinator. Everything you do here is kept and will be sent once the desk is connected.</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>This desk was revoked; ask a coordinator for a re-admission code and enrol with it below. Its waiting changes are kept.</source>
        <translation>This desk was revoked; ask a coordinator for a re-admission code and enrol with it below. Its waiting changes are kept.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline; trying again by itself</source>
        <translation>Offline; trying again by itself</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sync with the network</source>
        <translation>Sync with the network</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Last synced:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Changes waiting:</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>Conflicts to review:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Review conflicts…</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation>Enrol this desk</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: not set up</source>
        <extracomment>How often the status bar re-reads the sync state (tests may lower it).</extracomment>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Sync: this desk was revoked; ask a coordinator</source>
        <translation>Sync: this desk was revoked; ask a coordinator</translation>
    </message>
    <message>
        <source>Sync: stopped</source>
        <translation>Sync: stopped</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync stopped: this computer&apos;s clock is wrong</source>
        <translation>Sync stopped: this computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <source>Sync failed; trying again by itself</source>
        <translation>Sync failed; trying again by itself</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Last synced {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} changes waiting</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflict to review</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflicts to review</translation>
    </message>
</context>
<context>
    <name>VisitPurposes</name>
    <message>
        <source>Job search</source>
        <translation>Job search</translation>
    </message>
    <message>
        <source>CV help</source>
        <translation>CV help</translation>
    </message>
    <message>
        <source>Meeting an employer</source>
        <translation>Meeting an employer</translation>
    </message>
    <message>
        <source>Meeting a mentor or network</source>
        <translation>Meeting a mentor or network</translation>
    </message>
    <message>
        <source>Entrepreneurship guidance</source>
        <translation>Entrepreneurship guidance</translation>
    </message>
    <message>
        <source>Recognition of foreign credentials</source>
        <translation>Recognition of foreign credentials</translation>
    </message>
    <message>
        <source>Swedish practice</source>
        <translation>Swedish practice</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>VisitQueue</name>
    <message>
        <source>Sho&amp;w done visits ({count})</source>
        <translation>Sho&amp;w done visits ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s visits — {waiting} waiting · {meeting} in a meeting · {done} done</source>
        <translation>Today&apos;s visits — {waiting} waiting · {meeting} in a meeting · {done} done</translation>
    </message>
</context>
<context>
    <name>VisitStates</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In a meeting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VisitorCardButton</name>
    <message>
        <source>Visitor c&amp;ard…</source>
        <translation>Visitor c&amp;ard…</translation>
    </message>
</context>
<context>
    <name>VisitorCardDialog</name>
    <message>
        <source>Print the visitor card</source>
        <translation>Print the visitor card</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>The printer could not be used.</translation>
    </message>
    <message>
        <source>Visitor card: {name}</source>
        <translation>Visitor card: {name}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A4 sheet (cut along the marks)</source>
        <translation>A4 sheet (cut along the marks)</translation>
    </message>
    <message>
        <source>Card-size label (85.6 × 54 mm)</source>
        <translation>Card-size label (85.6 × 54 mm)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
