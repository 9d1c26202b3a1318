<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="134" />
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
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
    <name>FieldForm</name>
    <message>
        <location filename="../desktop/ui/fieldform.py" line="158" />
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="52" />
        <source>Set up the support point</source>
        <translation>Set up the support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="56" />
        <source>Welcome. This computer has no support-point data yet in {folder}. Enter the point's details and create the administrator account.</source>
        <translation>Welcome. This computer has no support-point data yet in {folder}. Enter the point's details and create the administrator account.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="59" />
        <source>This support point has no accounts yet. Create the administrator account.</source>
        <translation>This support point has no accounts yet. Create the administrator account.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="71" />
        <source>Support point</source>
        <translation>Support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="73" />
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="74" />
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="75" />
        <source>Point &amp;name</source>
        <translation>Point &amp;name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="76" />
        <source>Point c&amp;ode</source>
        <translation>Point c&amp;ode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="77" />
        <source>Type part of a name without accents, e.g. "ta leng".</source>
        <translation>Type part of a name without accents, e.g. "ta leng".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="87" />
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="89" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="90" />
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="91" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="92" />
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="101" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="102" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="158" />
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>The two passwords are not the same. Type the password again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="172" />
        <source>Pick the province from the list.</source>
        <translation>Pick the province from the list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="174" />
        <source>Pick the commune from the list.</source>
        <translation>Pick the commune from the list.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/home.py" line="22" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="23" />
        <source>Visits today</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="24" />
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="25" />
        <source>Trainings this year</source>
        <translation>Trainings this year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="26" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="27" />
        <source>Opinions not yet answered</source>
        <translation>Opinions not yet answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="28" />
        <source>Last sync with the province</source>
        <translation>Last sync with the province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="134" />
        <source>Point code: {code}</source>
        <translation>Point code: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="138" />
        <source>{place} · point code {code}</source>
        <translation>{place} · point code {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="145" />
        <source>Demo data: these are not real figures</source>
        <translation>Demo data: these are not real figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="150" />
        <source>Languages of the library:</source>
        <translation>Languages of the library:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="171" />
        <source>never</source>
        <translation>never</translation>
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
        <location filename="../desktop/ui/main_window.py" line="135" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="220" />
        <source>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="226" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="231" />
        <source>Commune IT support point</source>
        <translation>Commune IT support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="233" />
        <source>DEMO DATA (demo)</source>
        <translation>DEMO DATA (demo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="237" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="237" />
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="242" />
        <source>Point: {name} ({code})</source>
        <translation>Point: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="244" />
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248" />
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="250" />
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="255" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="256" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="257" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="258" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="259" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="260" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../desktop/ui/media_player.py" line="132" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="133" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="137" />
        <source>This recording cannot be played (damaged or unknown format).</source>
        <translation>This recording cannot be played (damaged or unknown format).</translation>
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
    <name>TextViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="319" />
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
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
<context>
    <name>viewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="348" />
        <source>This kind of file cannot be shown here.</source>
        <translation>This kind of file cannot be shown here.</translation>
    </message>
</context>
</TS>
