<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="139" />
        <source>Set up the support point</source>
        <translation>Set up the support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="141" />
        <source>This support point has no accounts yet. Create the administrator account.</source>
        <translation>This support point has no accounts yet. Create the administrator account.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="147" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="148" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="308" />
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>The two passwords are not the same. Type the password again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="312" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="312" />
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="313" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="313" />
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="317" />
        <source>Username: letters without accents, digits, . - or _ (2 to 32). Password: at least {min} characters. Write the password down and keep it safe: nobody can read it back, not even the province.</source>
        <translation>Username: letters without accents, digits, . - or _ (2 to 32). Password: at least {min} characters. Write the password down and keep it safe: nobody can read it back, not even the province.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="349" />
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="350" />
        <source>The administrator adds the operators' accounts and manages the point.</source>
        <translation>The administrator adds the operators' accounts and manages the point.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="166" />
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../desktop/ui/backup_scheduler.py" line="83" />
        <source>Disk nearly full: {free} free</source>
        <translation>Disk nearly full: {free} free</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backup_scheduler.py" line="95" />
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../desktop/ui/checkin.py" line="111" />
        <source>← Trainings</source>
        <translation>← Trainings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="112" />
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="113" />
        <source>Type part of a name, accents not needed…</source>
        <translation>Type part of a name, accents not needed…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="114" />
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="115" />
        <source>Take back the check-in</source>
        <translation>Take back the check-in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="128" />
        <source>Check-in: {title}</source>
        <translation>Check-in: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="147" />
        <source>Day {n} — {date}</source>
        <translation>Day {n} — {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="189" />
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="196" />
        <source>No one registered is called “{text}”. Check the spelling or add a new person.</source>
        <translation>No one registered is called “{text}”. Check the spelling or add a new person.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="225" />
        <source>✓ Checked in: {name}</source>
        <translation>✓ Checked in: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="227" />
        <source>{name} is already checked in for this day.</source>
        <translation>{name} is already checked in for this day.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="258" />
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="262" />
        <source>Checked in: {count}</source>
        <translation>Checked in: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="276" />
        <source>Check-in taken back.</source>
        <translation>Check-in taken back.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="400" />
        <source>Type the hub address the province gave you; it starts with http:// or https://.</source>
        <translation>Type the hub address the province gave you; it starts with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="409" />
        <source>Connect to the province</source>
        <translation>Connect to the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="410" />
        <source>The point sends its figures to the province hub and receives documents from it. It works without the network too.</source>
        <translation>The point sends its figures to the province hub and receives documents from it. It works without the network too.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="413" />
        <source>Join the province &amp;network now</source>
        <translation>Join the province &amp;network now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="414" />
        <source>You have the hub address and the one-time code the province gave you (for example read over the phone).</source>
        <translation>You have the hub address and the one-time code the province gave you (for example read over the phone).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="416" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="417" />
        <source>Work without the network for now. Join later on the Sync page ("Join the province network").</source>
        <translation>Work without the network for now. Join later on the Sync page ("Join the province network").</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="419" />
        <source>&amp;Recover this point from the province</source>
        <translation>&amp;Recover this point from the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="420" />
        <source>This PC replaces the point's old PC (broken or lost). Use the same point code; the province gives a new code, and the point's records come back from the province.</source>
        <translation>This PC replaces the point's old PC (broken or lost). Use the same point code; the province gives a new code, and the point's records come back from the province.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="427" />
        <source>Given by the province (to join now or to recover)</source>
        <translation>Given by the province (to join now or to recover)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="428" />
        <source>Province hub &amp;address:</source>
        <translation>Province hub &amp;address:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="429" />
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
</context>
<context>
    <name>ConsentNoticeDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="55" />
        <source>Notice about personal data</source>
        <translation>Notice about personal data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="64" />
        <source>The person agrees</source>
        <translation>The person agrees</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="69" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="25" />
        <source>Something went wrong in the program. Data already saved is still safe.</source>
        <translation>Something went wrong in the program. Data already saved is still safe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="29" />
        <source>An error report was saved at {path}.</source>
        <translation>An error report was saved at {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="32" />
        <source>You can keep working; if the problem comes back, send the report to the support team.</source>
        <translation>You can keep working; if the problem comes back, send the report to the support team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="88" />
        <source>An error occurred</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="92" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="48" />
        <source>Join the province network</source>
        <translation>Join the province network</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="52" />
        <source>Type the address of the province hub and the one-time code the province gave you (16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS).</source>
        <translation>Type the address of the province hub and the one-time code the province gave you (16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="59" />
        <source>Province hub address:</source>
        <translation>Province hub address:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="60" />
        <source>One-time code:</source>
        <translation>One-time code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="62" />
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="83" />
        <source>Type the hub address the province gave you; it starts with http:// or https://.</source>
        <translation>Type the hub address the province gave you; it starts with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="94" />
        <source>Connecting to the province hub…</source>
        <translation>Connecting to the province hub…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="105" />
        <source>Done: point {point} ({name}) has joined the province hub at {hub}. The data will now be synced automatically.</source>
        <translation>Done: point {point} ({name}) has joined the province hub at {hub}. The data will now be synced automatically.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="111" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="88" />
        <source>Erase a person's data</source>
        <translation>Erase a person's data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="90" />
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; will be erased for good: name, birth year, ethnicity, village, group and phone. This cannot be undone.&lt;/p&gt;&lt;p&gt;The erasure is also sent to the province at the next sync, and removed there too.&lt;/p&gt;&lt;p&gt;Trainings they attended keep counting one participant, without a name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; will be erased for good: name, birth year, ethnicity, village, group and phone. This cannot be undone.&lt;/p&gt;&lt;p&gt;The erasure is also sent to the province at the next sync, and removed there too.&lt;/p&gt;&lt;p&gt;Trainings they attended keep counting one participant, without a name.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="96" />
        <source>The person asked to be erased, and I understand it is permanent</source>
        <translation>The person asked to be erased, and I understand it is permanent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="99" />
        <source>Erase permanently</source>
        <translation>Erase permanently</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="35" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="36" />
        <source>Sent to the province</source>
        <translation>Sent to the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="37" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="55" />
        <source>(voice message)</source>
        <translation>(voice message)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="59" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="62" />
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="61" />
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="162" />
        <source>Opinions of the people</source>
        <translation>Opinions of the people</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="163" />
        <source>Record an opinion</source>
        <translation>Record an opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Opinion *</source>
        <translation>Opinion *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="168" />
        <source>What the person wants to say, in their words</source>
        <translation>What the person wants to say, in their words</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="170" />
        <source>Leave empty to keep the opinion anonymous</source>
        <translation>Leave empty to keep the opinion anonymous</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="171" />
        <source>The person agrees that their name is recorded</source>
        <translation>The person agrees that their name is recorded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="172" />
        <source>Save the opinion</source>
        <translation>Save the opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="175" />
        <source>All opinions</source>
        <translation>All opinions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="208" />
        <source>Saved. It goes to the province at the next sync.</source>
        <translation>Saved. It goes to the province at the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="238" />
        <source>Choose an opinion to read it and the province's answer.</source>
        <translation>Choose an opinion to read it and the province's answer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="241" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="244" />
        <source>{status} · received {time} · from {who}</source>
        <translation>{status} · received {time} · from {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="247" />
        <source>The province's answer</source>
        <translation>The province's answer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="252" />
        <source>No answer from the province yet.</source>
        <translation>No answer from the province yet.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../desktop/ui/fieldform.py" line="169" />
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="348" />
        <source>This kind of file cannot be shown here.</source>
        <translation>This kind of file cannot be shown here.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="115" />
        <source>Set up the support point</source>
        <translation>Set up the support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="117" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="118" />
        <location filename="../desktop/ui/first_run.py" line="119" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="120" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="121" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="102" />
        <source>Earlier versions of the visit</source>
        <translation>Earlier versions of the visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="103" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="112" />
        <source>Until {time}</source>
        <translation>Until {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="113" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/home.py" line="25" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="26" />
        <source>Visits today</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="27" />
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="28" />
        <source>Trainings this year</source>
        <translation>Trainings this year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="29" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="30" />
        <source>Opinions not yet answered</source>
        <translation>Opinions not yet answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="31" />
        <source>Last sync with the province</source>
        <translation>Last sync with the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="170" />
        <source>Point code: {code}</source>
        <translation>Point code: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="173" />
        <source>{place} · point code {code}</source>
        <translation>{place} · point code {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="180" />
        <source>Demo data: these are not real figures</source>
        <translation>Demo data: these are not real figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="185" />
        <source>Languages of the library:</source>
        <translation>Languages of the library:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="220" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="232" />
        <source>{title} was due on {date}: {days} days late. Make it on the Reports page.</source>
        <translation>{title} was due on {date}: {days} days late. Make it on the Reports page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="236" />
        <source>{title} is due on {date} ({days} days left). Make it on the Reports page.</source>
        <translation>{title} is due on {date} ({days} days left). Make it on the Reports page.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="203" />
        <source>This picture cannot be opened (damaged or unknown format).</source>
        <translation>This picture cannot be opened (damaged or unknown format).</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="136" />
        <source>Importing materials</source>
        <translation>Importing materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="137" />
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="138" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="156" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="169" />
        <source>Importing {n}: {name}</source>
        <translation>Importing {n}: {name}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../desktop/ui/import_report.py" line="19" />
        <source>not a kind of file the library takes (PDF, pictures, MP3, WAV, OGG, M4A, MP4, text, HTML)</source>
        <translation>not a kind of file the library takes (PDF, pictures, MP3, WAV, OGG, M4A, MP4, text, HTML)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="26" />
        <source>%n material(s) added.</source>
        <translation>
            <numerusform>%n material(s) added.</numerusform>
            <numerusform>%n material(s) added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="28" />
        <source>%n already in the library (not added twice).</source>
        <translation>
            <numerusform>%n already in the library (not added twice).</numerusform>
            <numerusform>%n already in the library (not added twice).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="32" />
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n file(s) not imported:</numerusform>
            <numerusform>%n file(s) not imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_report.py" line="34" />
        <source>Import cancelled. Nothing was left half-imported.</source>
        <translation>Import cancelled. Nothing was left half-imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_report.py" line="42" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="47" />
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="74" />
        <source>Leave kiosk mode: an operator's password is needed.</source>
        <translation>Leave kiosk mode: an operator's password is needed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="75" />
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="76" />
        <source>Leave kiosk</source>
        <translation>Leave kiosk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="77" />
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="90" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="185" />
        <location filename="../desktop/ui/kiosk.py" line="335" />
        <source>All materials</source>
        <translation>All materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="325" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="326" />
        <source>Start screen</source>
        <translation>Start screen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="327" />
        <source>Leave kiosk mode (operator password)</source>
        <translation>Leave kiosk mode (operator password)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="330" />
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="145" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="146" />
        <source>This computer has no support point yet. A few steps set it up.</source>
        <translation>This computer has no support point yet. A few steps set it up.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="147" />
        <source>Choose the language of the app:</source>
        <translation>Choose the language of the app:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="148" />
        <source>You can change it later in the Language menu.</source>
        <translation>You can change it later in the Language menu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="149" />
        <source>The point's data will be kept in {folder}.</source>
        <translation>The point's data will be kept in {folder}.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/library_page.py" line="180" />
        <location filename="../desktop/ui/library_page.py" line="329" />
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material(s)</numerusform>
            <numerusform>%n material(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="195" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="195" />
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="229" />
        <source>Delete material</source>
        <translation>Delete material</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="230" />
        <source>Delete “{title}”? Villagers and operators will no longer see it; the province keeps a record of the deletion.</source>
        <translation>Delete “{title}”? Villagers and operators will no longer see it; the province keeps a record of the deletion.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="241" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="250" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="251" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="257" />
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="268" />
        <location filename="../desktop/ui/library_page.py" line="277" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="269" />
        <source>Language of these files (a file named NAME.LANG.pdf, e.g. so-tay.bru.pdf, keeps its own):</source>
        <translation>Language of these files (a file named NAME.LANG.pdf, e.g. so-tay.bru.pdf, keeps its own):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="277" />
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="306" />
        <source>Library of materials</source>
        <translation>Library of materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="307" />
        <source>Search titles and text, with or without accents…</source>
        <translation>Search titles and text, with or without accents…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="308" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="308" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="309" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="309" />
        <source>All audiences</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="323" />
        <source>Show withdrawn</source>
        <translation>Show withdrawn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="324" />
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="324" />
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="32" />
        <location filename="../desktop/ui/login.py" line="56" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="50" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="51" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="57" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="308" />
        <source>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="321" />
        <source>Commune IT support point</source>
        <translation>Commune IT support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="323" />
        <source>DEMO DATA (demo)</source>
        <translation>DEMO DATA (demo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="327" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="327" />
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="332" />
        <source>Point: {name} ({code})</source>
        <translation>Point: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="334" />
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="338" />
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="338" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="340" />
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="345" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="346" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="347" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="349" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="350" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="51" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="55" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="56" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="57" />
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="58" />
        <source>Opinions</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="18" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="19" />
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="20" />
        <source>Full screen for villagers: materials only; an operator's password is needed to leave</source>
        <translation>Full screen for villagers: materials only; an operator's password is needed to leave</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="352" />
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <location filename="../desktop/ui/library_model.py" line="177" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../desktop/ui/material_dialog.py" line="35" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="89" />
        <source>Material details</source>
        <translation>Material details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="113" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="114" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="115" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="117" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="117" />
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="123" />
        <source>&amp;Issued by</source>
        <translation>&amp;Issued by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="124" />
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="125" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="128" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="129" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MaterialView</name>
    <message>
        <location filename="../desktop/ui/bilingual.py" line="212" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../desktop/ui/bilingual.py" line="213" />
        <source>Show two language versions next to each other</source>
        <translation>Show two language versions next to each other</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../desktop/ui/media_player.py" line="130" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="131" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="135" />
        <source>This recording cannot be played (damaged or unknown format).</source>
        <translation>This recording cannot be played (damaged or unknown format).</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="128" />
        <source>Correct a participant</source>
        <translation>Correct a participant</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="128" />
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="134" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="137" />
        <source>e.g. 1985</source>
        <translation>e.g. 1985</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="143" />
        <source>Heard the notice and agrees</source>
        <translation>Heard the notice and agrees</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="144" />
        <source>Read the notice…</source>
        <translation>Read the notice…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="153" />
        <source>Already registered? Pick the person instead:</source>
        <translation>Already registered? Pick the person instead:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="158" />
        <source>Use this person</source>
        <translation>Use this person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="164" />
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="168" />
        <source>Sex *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="169" />
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="170" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="171" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="172" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="173" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="174" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="208" />
        <source>Agreed on {time}</source>
        <translation>Agreed on {time}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="32" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="33" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="34" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="35" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="37" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="38" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="40" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="41" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="102" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="103" />
        <source>Search by name, with or without accents (e.g. lo van panh)</source>
        <translation>Search by name, with or without accents (e.g. lo van panh)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="104" />
        <source>New participant…</source>
        <translation>New participant…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="105" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="106" />
        <source>Erase on request…</source>
        <translation>Erase on request…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="135" />
        <source>{found} found of {total}</source>
        <translation>{found} found of {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="138" />
        <source>{total} people</source>
        <translation>{total} people</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="172" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="182" />
        <source>Corrected.</source>
        <translation>Corrected.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="197" />
        <source>{name} was erased.</source>
        <translation>{name} was erased.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="231" />
        <source>This PDF cannot be opened (damaged or protected).</source>
        <translation>This PDF cannot be opened (damaged or protected).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="245" />
        <source>Page {n} / {total}</source>
        <translation>Page {n} / {total}</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="200" />
        <source>Pick the province from the list.</source>
        <translation>Pick the province from the list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="202" />
        <source>Pick the commune from the list.</source>
        <translation>Pick the commune from the list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="206" />
        <source>Where is the point?</source>
        <translation>Where is the point?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="207" />
        <source>The province and the commune (xã, phường or đặc khu) of the support point.</source>
        <translation>The province and the commune (xã, phường or đặc khu) of the support point.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="208" />
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="209" />
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="210" />
        <source>Type part of a name without accents, e.g. "ta leng", then pick it from the list.</source>
        <translation>Type part of a name without accents, e.g. "ta leng", then pick it from the list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="213" />
        <source>List of administrative units after 1 July 2025 ({provinces} provinces, {communes} communes), data dated {date}, from the statistics office's unit list via {source}.</source>
        <translation>List of administrative units after 1 July 2025 ({provinces} provinces, {communes} communes), data dated {date}, from the statistics office's unit list via {source}.</translation>
    </message>
</context>
<context>
    <name>PointPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="268" />
        <source>The support point</source>
        <translation>The support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="269" />
        <source>Its name as people know it, and the code the province uses for it.</source>
        <translation>Its name as people know it, and the code the province uses for it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="270" />
        <source>Point &amp;name</source>
        <translation>Point &amp;name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="271" />
        <source>Point c&amp;ode</source>
        <translation>Point c&amp;ode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="273" />
        <source>Capital letters without accents, digits, - or _ (2 to 32). If the province gave you a code for this point, type that one.</source>
        <translation>Capital letters without accents, digits, - or _ (2 to 32). If the province gave you a code for this point, type that one.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="233" />
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="234" />
        <source>Press a purpose's number, then Enter. F/M for the sex; the other fields are optional.</source>
        <translation>Press a purpose's number, then Enter. F/M for the sex; the other fields are optional.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="236" />
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="237" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="266" />
        <source>Visit saved at {time} — Ctrl+Z to undo</source>
        <translation>Visit saved at {time} — Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="283" />
        <source>Nothing left to undo.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="285" />
        <source>The last visit was taken back.</source>
        <translation>The last visit was taken back.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="155" />
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="159" />
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="160" />
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="161" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="162" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="163" />
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="165" />
        <source>Choose a period and press Show report.</source>
        <translation>Choose a period and press Show report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="198" />
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="200" />
        <source>First 6 months</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="200" />
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="263" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="275" />
        <source>{period}: {start} to {end}.</source>
        <translation>{period}: {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="279" />
        <source>There is no activity in this period.</source>
        <translation>There is no activity in this period.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="346" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="387" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="387" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="388" />
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="397" />
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="401" />
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="40" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="43" />
        <source>Backups are made automatically once a day. Restoring replaces all the data with the chosen copy; the current data is kept aside first.</source>
        <translation>Backups are made automatically once a day. Restoring replaces all the data with the chosen copy; the current data is kept aside first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="52" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="69" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="69" />
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="91" />
        <location filename="../desktop/ui/restore_dialog.py" line="103" />
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="93" />
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="94" />
        <source>All the data will be replaced by the copy of {date}. Work done since then is lost (the current data is kept aside in the backups folder). Continue?</source>
        <translation>All the data will be replaced by the copy of {date}. Work done since then is lost (the current data is kept aside in the backups folder). Continue?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="107" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="108" />
        <source>The backup was restored. The app will now close: please start it again.</source>
        <translation>The backup was restored. The app will now close: please start it again.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="251" />
        <source>Ready: {name} ({code}).</source>
        <translation>Ready: {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="252" />
        <source>Administrator: {username}. Log in with this name and the password you chose.</source>
        <translation>Administrator: {username}. Log in with this name and the password you chose.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="254" />
        <source>Language: {language}.</source>
        <translation>Language: {language}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="256" />
        <source>Not joined to the province yet. When you have the code, open the Sync page and press "Join the province network".</source>
        <translation>Not joined to the province yet. When you have the code, open the Sync page and press "Join the province network".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="259" />
        <source>Joined the province hub at {hub}. The point syncs by itself while the network is up.</source>
        <translation>Joined the province hub at {hub}. The point syncs by itself while the network is up.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="263" />
        <source>Records recovered from the province: {visits} visits, {participants} participants, {trainings} trainings, {materials} documents.</source>
        <translation>Records recovered from the province: {visits} visits, {participants} participants, {trainings} trainings, {materials} documents.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="269" />
        <source>The recovery stopped before the end: {reason} It continues at the next sync.</source>
        <translation>The recovery stopped before the end: {reason} It continues at the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="274" />
        <source>All done</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="275" />
        <source>Press Finish to open the app.</source>
        <translation>Press Finish to open the app.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="153" />
        <location filename="../desktop/ui/sync_page.py" line="318" />
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="190" />
        <source>Sync with the province</source>
        <translation>Sync with the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="191" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="192" />
        <source>Received by the province</source>
        <translation>Received by the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="193" />
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="194" />
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="195" />
        <source>Join the province network</source>
        <translation>Join the province network</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="196" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="197" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="200" />
        <source>Reading the sync state…</source>
        <translation>Reading the sync state…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="205" />
        <source>This point has not joined the province network yet. Ask the province for a one-time code, then press the button below.</source>
        <translation>This point has not joined the province network yet. Ask the province for a one-time code, then press the button below.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="210" />
        <source>This point ({point}) is enrolled with the province hub at {url}.</source>
        <translation>This point ({point}) is enrolled with the province hub at {url}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="227" />
        <source>Next automatic sync in about %n minute(s).</source>
        <translation>
            <numerusform>Next automatic sync in about %n minute.</numerusform>
            <numerusform>Next automatic sync in about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="239" />
        <source>The province has received up to change no. {seq}</source>
        <translation>The province has received up to change no. {seq}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="242" />
        <source> (at {time})</source>
        <translation> (at {time})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="245" />
        <source>The province has not received anything from this point yet.</source>
        <translation>The province has not received anything from this point yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="247" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="249" />
        <source>Nothing is waiting: everything has been sent.</source>
        <translation>Nothing is waiting: everything has been sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="257" />
        <source>This computer's clock is about %n minute(s) ahead of the province hub's.</source>
        <translation>
            <numerusform>This computer's clock is about %n minute ahead of the province hub's.</numerusform>
            <numerusform>This computer's clock is about %n minutes ahead of the province hub's.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="260" />
        <source>This computer's clock is about %n minute(s) behind the province hub's.</source>
        <translation>
            <numerusform>This computer's clock is about %n minute behind the province hub's.</numerusform>
            <numerusform>This computer's clock is about %n minutes behind the province hub's.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="263" />
        <source>Set the date and time of this computer correctly (Windows settings: Time &amp; language), otherwise the order of changes may be wrong.</source>
        <translation>Set the date and time of this computer correctly (Windows settings: Time &amp; language), otherwise the order of changes may be wrong.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="271" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="273" />
        <source>The province hub answers.</source>
        <translation>The province hub answers.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="276" />
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="281" />
        <source>No sync has been attempted yet.</source>
        <translation>No sync has been attempted yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="286" />
        <source>{time}: successful. Sent {sent}, received {received} change(s).</source>
        <translation>{time}: successful. Sent {sent}, received {received} change(s).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="288" />
        <source>{time}: successful.</source>
        <translation>{time}: successful.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="293" />
        <source>{time}: not successful.</source>
        <translation>{time}: not successful.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="301" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="304" />
        <source>Connecting to the province hub</source>
        <translation>Connecting to the province hub</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="305" />
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="306" />
        <source>Receiving from the province</source>
        <translation>Receiving from the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="307" />
        <source>Transferring files</source>
        <translation>Transferring files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="308" />
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="188" />
        <source>Over the network</source>
        <translation>Over the network</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="189" />
        <source>By USB stick</source>
        <translation>By USB stick</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../desktop/ui/targets_view.py" line="92" />
        <source>Plan targets {year}</source>
        <translation>Plan targets {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_view.py" line="93" />
        <source>No targets for {year} yet: the province sends them, or an administrator enters them.</source>
        <translation>No targets for {year} yet: the province sends them, or an administrator enters them.</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="319" />
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="66" />
        <source>Change a training</source>
        <translation>Change a training</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="66" />
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="81" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="82" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="86" />
        <source>đồng, e.g. 15.000.000</source>
        <translation>đồng, e.g. 15.000.000</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="101" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="102" />
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="103" />
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="104" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="105" />
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="106" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="107" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="108" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="110" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="111" />
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="44" />
        <location filename="../desktop/ui/trainings_page.py" line="222" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="45" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="46" />
        <location filename="../desktop/ui/trainings_page.py" line="221" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="223" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="168" />
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="172" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="174" />
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="177" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="177" />
        <source>Print sign-in sheet…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="178" />
        <source>Attach signed sheet…</source>
        <translation>Attach signed sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="178" />
        <source>Open signed sheet</source>
        <translation>Open signed sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="179" />
        <source>New training…</source>
        <translation>New training…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="179" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="180" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="183" />
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="213" />
        <source>No training chosen.</source>
        <translation>No training chosen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="224" />
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="226" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="227" />
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="229" />
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="230" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="231" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="231" />
        <source>{people} people (per day: {days})</source>
        <translation>{people} people (per day: {days})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>Signed sheet</source>
        <translation>Signed sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="263" />
        <source>Delete the training?</source>
        <translation>Delete the training?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="264" />
        <source>Delete “{title}” and its check-ins? They leave the lists and the counts.</source>
        <translation>Delete “{title}” and its check-ins? They leave the lists and the counts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="292" />
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="293" />
        <source>Save the sign-in sheet</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="294" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="299" />
        <source>Writing the sign-in sheet…</source>
        <translation>Writing the sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="303" />
        <source>The sheet could not be saved: {error}</source>
        <translation>The sheet could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="309" />
        <source>Sign-in sheet saved: {path}</source>
        <translation>Sign-in sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="322" />
        <source>Attach the signed sheet</source>
        <translation>Attach the signed sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="323" />
        <source>Photos or PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="331" />
        <source>Signed sheet attached.</source>
        <translation>Signed sheet attached.</translation>
    </message>
</context>
<context>
    <name>UsbPanel</name>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="187" />
        <source>{size} free</source>
        <translation>{size} free</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="189" />
        <source>free space unknown</source>
        <translation>free space unknown</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="192" />
        <source>[read only]</source>
        <translation>[read only]</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="194" />
        <source>a reply from the province is waiting</source>
        <translation>a reply from the province is waiting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="248" />
        <source>Choose the USB stick or a folder on it</source>
        <translation>Choose the USB stick or a folder on it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="309" />
        <location filename="../desktop/ui/usb_panel.py" line="379" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="344" />
        <source>Sync by USB stick</source>
        <translation>Sync by USB stick</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="346" />
        <source>No connection? Write this point's changes to a USB stick and take it to the province. When the stick comes back with the province's reply, read it here.</source>
        <translation>No connection? Write this point's changes to a USB stick and take it to the province. When the stick comes back with the province's reply, read it here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="348" />
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="350" />
        <source>No USB stick found. Plug one in (it appears here by itself), or choose a folder.</source>
        <translation>No USB stick found. Plug one in (it appears here by itself), or choose a folder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="351" />
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="352" />
        <source>Write to USB</source>
        <translation>Write to USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="353" />
        <source>Read from USB</source>
        <translation>Read from USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="354" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="355" />
        <source>Last written to a stick</source>
        <translation>Last written to a stick</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="356" />
        <source>Last reply read</source>
        <translation>Last reply read</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="357" />
        <source>Still to be delivered</source>
        <translation>Still to be delivered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="369" />
        <source>Writing to the stick… do not pull it out.</source>
        <translation>Writing to the stick… do not pull it out.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="369" />
        <source>Reading the stick…</source>
        <translation>Reading the stick…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="375" />
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="409" />
        <source>Nothing new to send: the province already has every change of this point. A small bundle was still written to {drive}, so the province can send its reply.</source>
        <translation>Nothing new to send: the province already has every change of this point. A small bundle was still written to {drive}, so the province can send its reply.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="412" />
        <source>Written to {drive}:</source>
        <translation>Written to {drive}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="413" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="415" />
        <source>(no. {first} to {last})</source>
        <translation>(no. {first} to {last})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="418" />
        <location filename="../desktop/ui/usb_panel.py" line="433" />
        <source>and %n file(s)</source>
        <translation>
            <numerusform>and %n file</numerusform>
            <numerusform>and %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="421" />
        <source>Take the stick to the province; bring back its reply and press "Read from USB".</source>
        <translation>Take the stick to the province; bring back its reply and press "Read from USB".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="425" />
        <source>Replies for other points ({points}) were left on the stick for them.</source>
        <translation>Replies for other points ({points}) were left on the stick for them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="428" />
        <source>No reply from the province for this point ({point}) on {drive}.</source>
        <translation>No reply from the province for this point ({point}) on {drive}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="431" />
        <source>Reply read: %n new record(s) from the province</source>
        <translation>
            <numerusform>Reply read: %n new record from the province</numerusform>
            <numerusform>Reply read: %n new records from the province</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="436" />
        <source>Delivered: the province has received everything up to change no. {seq}.</source>
        <translation>Delivered: the province has received everything up to change no. {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="438" />
        <source>The province has received everything up to change no. {seq}; newer changes still wait to be delivered.</source>
        <translation>The province has received everything up to change no. {seq}; newer changes still wait to be delivered.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="446" />
        <source>Stopped: nothing was written to the stick, and nothing unfinished was left on it.</source>
        <translation>Stopped: nothing was written to the stick, and nothing unfinished was left on it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="448" />
        <source>Stopped: the reply was not imported. Read it again when you are ready.</source>
        <translation>Stopped: the reply was not imported. Read it again when you are ready.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="450" />
        <source>The stick {drive} is full: nothing was written. Free some space on it, or try again with another stick.</source>
        <translation>The stick {drive} is full: nothing was written. Free some space on it, or try again with another stick.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="453" />
        <source>Writing to {drive} failed ({detail}); the stick may have been pulled out or be write-protected. Nothing half-written can ever be imported. Try again with another stick.</source>
        <translation>Writing to {drive} failed ({detail}); the stick may have been pulled out or be write-protected. Nothing half-written can ever be imported. Try again with another stick.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="472" />
        <source>Nothing written to a stick yet.</source>
        <translation>Nothing written to a stick yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="477" />
        <source>{when}, to {drive}: changes no. {first} to {last}.</source>
        <translation>{when}, to {drive}: changes no. {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="481" />
        <source>{when}, to {drive}: nothing new (a bundle asking for the reply).</source>
        <translation>{when}, to {drive}: nothing new (a bundle asking for the reply).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="484" />
        <source>With %n file(s).</source>
        <translation>
            <numerusform>With %n file.</numerusform>
            <numerusform>With %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="489" />
        <source>{when}: the province had received up to change no. {seq}.</source>
        <translation>{when}: the province had received up to change no. {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="492" />
        <source>No reply read from a stick yet; the province has received up to change no. {seq}.</source>
        <translation>No reply read from a stick yet; the province has received up to change no. {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="495" />
        <source>No reply read yet.</source>
        <translation>No reply read yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="497" />
        <source>Reading the sync state…</source>
        <translation>Reading the sync state…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="499" />
        <source>%n change(s) not yet delivered to the province.</source>
        <translation>
            <numerusform>%n change not yet delivered to the province.</numerusform>
            <numerusform>%n changes not yet delivered to the province.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="502" />
        <source>Nothing: the province has everything from this point.</source>
        <translation>Nothing: the province has everything from this point.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="38" />
        <source>Correct a visit</source>
        <translation>Correct a visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="45" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="51" />
        <source>Earlier versions…</source>
        <translation>Earlier versions…</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Purposes (keys 1–8)</source>
        <translation>Purposes (keys 1–8)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Other: what</source>
        <translation>Other: what</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Sex (F/M)</source>
        <translation>Sex (F/M)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="99" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="99" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="104" />
        <source>Needed when “Other” is ticked</source>
        <translation>Needed when “Other” is ticked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="107" />
        <source>The operator helped them use the computer</source>
        <translation>The operator helped them use the computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="109" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="110" />
        <source>Type to search, e.g. hmong</source>
        <translation>Type to search, e.g. hmong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="111" />
        <source>Village or hamlet</source>
        <translation>Village or hamlet</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="33" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="34" />
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="35" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="36" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="37" />
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="38" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="39" />
        <source>Assisted</source>
        <translation>Assisted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="40" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="41" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="150" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="151" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="152" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="153" />
        <location filename="../desktop/ui/visits_page.py" line="156" />
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="154" />
        <source>First half of {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="155" />
        <source>Second half of {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="160" />
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="161" />
        <source>All visits</source>
        <translation>All visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="162" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="163" />
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="169" />
        <source>Pick a period or type one: 2026, 2026-H1, 2026-Q3, 2026-01-01..2026-06-20</source>
        <translation>Pick a period or type one: 2026, 2026-H1, 2026-Q3, 2026-01-01..2026-06-20</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="171" />
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="172" />
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="173" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="174" />
        <source>Earlier versions…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits_page.py" line="208" />
        <source>Today: {count} visit(s)</source>
        <translation>
            <numerusform>Today: {count} visit</numerusform>
            <numerusform>Today: {count} visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits_page.py" line="286" />
        <source>{count} visit(s)</source>
        <translation>
            <numerusform>{count} visit</numerusform>
            <numerusform>{count} visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="319" />
        <source>Delete the visit?</source>
        <translation>Delete the visit?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="320" />
        <source>Delete this visit?

{visit}

It leaves the lists and the counts; its record is kept for the history and the province.</source>
        <translation>Delete this visit?

{visit}

It leaves the lists and the counts; its record is kept for the history and the province.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="151" />
        <source>Receiving the point's files from the province: {done} of {total}</source>
        <translation>Receiving the point's files from the province: {done} of {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="154" />
        <source>Receiving the point's records from the province: {done}</source>
        <translation>Receiving the point's records from the province: {done}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="156" />
        <source>Recovering the point from the province…</source>
        <translation>Recovering the point from the province…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="158" />
        <source>Creating the point and the administrator account…</source>
        <translation>Creating the point and the administrator account…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="159" />
        <source>Connecting to the province hub…</source>
        <translation>Connecting to the province hub…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="160" />
        <source>Saving the point in the data folder…</source>
        <translation>Saving the point in the data folder…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="167" />
        <source>Stopping… what has come back so far is kept.</source>
        <translation>Stopping… what has come back so far is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="189" />
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="201" />
        <source>The point was not set up; nothing was saved.</source>
        <translation>The point was not set up; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="204" />
        <source>Press Back to check the address, or choose "Later": the point works without the network and joins from the Sync page.</source>
        <translation>Press Back to check the address, or choose "Later": the point works without the network and joins from the Sync page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="207" />
        <source>Press Back to correct it and try again.</source>
        <translation>Press Back to correct it and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="213" />
        <source>This code is for point {point}, not {code}. Press Back and type {point} as the point code, or ask the province for the code of {code}.</source>
        <translation>This code is for point {point}, not {code}. Press Back and type {point} as the point code, or ask the province for the code of {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="218" />
        <source>No answer from the province hub at {url}. Check the address and that this PC is connected to the Internet.</source>
        <translation>No answer from the province hub at {url}. Check the address and that this PC is connected to the Internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="225" />
        <source>Setting up</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="226" />
        <source>This takes a moment. Please wait.</source>
        <translation>This takes a moment. Please wait.</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="120" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="121" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="122" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="123" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="124" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
</context>
</TS>
