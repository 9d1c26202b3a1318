<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="127" />
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
        <location filename="../desktop/ui/crash.py" line="85" />
        <source>An error occurred</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="89" />
        <source>Close</source>
        <translation>Close</translation>
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
        <location filename="../desktop/ui/home.py" line="133" />
        <source>Point code: {code}</source>
        <translation>Point code: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="137" />
        <source>{place} · point code {code}</source>
        <translation>{place} · point code {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="141" />
        <source>Demo data: these are not real figures</source>
        <translation>Demo data: these are not real figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="145" />
        <source>Languages of the library:</source>
        <translation>Languages of the library:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="166" />
        <source>never</source>
        <translation>never</translation>
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
        <location filename="../desktop/ui/main_window.py" line="115" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199" />
        <source>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="205" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="210" />
        <source>Commune IT support point</source>
        <translation>Commune IT support point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="212" />
        <source>DEMO DATA (demo)</source>
        <translation>DEMO DATA (demo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216" />
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221" />
        <source>Point: {name} ({code})</source>
        <translation>Point: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="223" />
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227" />
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="229" />
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="234" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="235" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="236" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="237" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="238" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="239" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
</TS>
