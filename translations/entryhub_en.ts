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
        <source>No third-party data is bundled yet.</source>
        <translation>No third-party data is bundled yet.</translation>
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
    <name>Errors</name>
    <message>
        <source>Test setting {name} is not allowed in the installed program.</source>
        <translation>Test setting {name} is not allowed in the installed program.</translation>
    </message>
    <message>
        <source>Setting {name} has an invalid value.</source>
        <translation>Setting {name} has an invalid value.</translation>
    </message>
    <message>
        <source>There is no Entry Hub Desk store in {path}.</source>
        <translation>There is no Entry Hub Desk store in {path}.</translation>
    </message>
    <message>
        <source>A store already exists in {path}.</source>
        <translation>A store already exists in {path}.</translation>
    </message>
    <message>
        <source>The store was written by a newer version of Entry Hub Desk (schema {found}, this program knows up to {supported}). Update the program; the store was not changed.</source>
        <translation>The store was written by a newer version of Entry Hub Desk (schema {found}, this program knows up to {supported}). Update the program; the store was not changed.</translation>
    </message>
    <message>
        <source>The data file is damaged or has been tampered with ({detail}).</source>
        <translation>The data file is damaged or has been tampered with ({detail}).</translation>
    </message>
    <message>
        <source>The data file cannot be opened with this key.</source>
        <translation>The data file cannot be opened with this key.</translation>
    </message>
    <message>
        <source>The data file is busy in another program. Try again.</source>
        <translation>The data file is busy in another program. Try again.</translation>
    </message>
    <message>
        <source>Updating the store to schema {version} failed; nothing was changed.</source>
        <translation>Updating the store to schema {version} failed; nothing was changed.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>The key slot file does not belong to this data file.</source>
        <translation>The key slot file does not belong to this data file.</translation>
    </message>
    <message>
        <source>The key slot file is missing from {path}.</source>
        <translation>The key slot file is missing from {path}.</translation>
    </message>
    <message>
        <source>The key slot file is damaged or has been tampered with; nothing was changed.</source>
        <translation>The key slot file is damaged or has been tampered with; nothing was changed.</translation>
    </message>
    <message>
        <source>The key slot file has been tampered with; nothing was changed.</source>
        <translation>The key slot file has been tampered with; nothing was changed.</translation>
    </message>
    <message>
        <source>A key slot file already exists in {path}.</source>
        <translation>A key slot file already exists in {path}.</translation>
    </message>
    <message>
        <source>A key change is unfinished; finish or undo it first.</source>
        <translation>A key change is unfinished; finish or undo it first.</translation>
    </message>
    <message>
        <source>No key change is in progress.</source>
        <translation>No key change is in progress.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Your role ({role}) is not allowed to do this.</source>
        <translation>Your role ({role}) is not allowed to do this.</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>This staff account is disabled.</translation>
    </message>
    <message>
        <source>No staff member is logged in.</source>
        <translation>No staff member is logged in.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The password is too common or too easy to guess.</source>
        <translation>The password is too common or too easy to guess.</translation>
    </message>
    <message>
        <source>The password must not contain the name.</source>
        <translation>The password must not contain the name.</translation>
    </message>
    <message>
        <source>The password needs more variety: make it longer, use several words or mix kinds of characters.</source>
        <translation>The password needs more variety: make it longer, use several words or mix kinds of characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The recovery key should be {groups} groups of {length} characters.</source>
        <translation>The recovery key should be {groups} groups of {length} characters.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key has a typing error.</source>
        <translation>Group {group} of the recovery key has a typing error.</translation>
    </message>
    <message>
        <source>This recovery key does not open the store.</source>
        <translation>This recovery key does not open the store.</translation>
    </message>
    <message>
        <source>A staff member called {name} already exists.</source>
        <translation>A staff member called {name} already exists.</translation>
    </message>
    <message>
        <source>There is no staff member called {name}.</source>
        <translation>There is no staff member called {name}.</translation>
    </message>
    <message>
        <source>The last active coordinator cannot be disabled.</source>
        <translation>The last active coordinator cannot be disabled.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} is not valid.</source>
        <translation>{field} is not valid.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {maximum} characters).</source>
        <translation>{field} is too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <source>{field} must be between {minimum} and {maximum}.</source>
        <translation>{field} must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>{field}: unknown code {value}.</source>
        <translation>{field}: unknown code {value}.</translation>
    </message>
    <message>
        <source>The phone number {value} is not valid.</source>
        <translation>The phone number {value} is not valid.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The file is not an Entry Hub Desk backup ({detail}).</source>
        <translation>The file is not an Entry Hub Desk backup ({detail}).</translation>
    </message>
    <message>
        <source>The file {path} already exists.</source>
        <translation>The file {path} already exists.</translation>
    </message>
    <message>
        <source>A key change was interrupted and has been {outcome}.</source>
        <translation>A key change was interrupted and has been {outcome}.</translation>
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
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked by {name}. Type your password to continue where you were.</source>
        <translation>Locked by {name}. Type your password to continue where you were.</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
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
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The password of {name} was changed. Log in with the new password.</source>
        <translation>The password of {name} was changed. Log in with the new password.</translation>
    </message>
    <message>
        <source>Entry Hub Desk — Log in</source>
        <translation>Entry Hub Desk — Log in</translation>
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
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Entry Hub Desk — {hub}</source>
        <translation>Entry Hub Desk — {hub}</translation>
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
</TS>
