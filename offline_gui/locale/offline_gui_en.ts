<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FixActions</name>
    <message numerus="yes">
        <location filename="../gui/fix_actions.py" line="+61"/>
        <location line="+1"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln dates such as {value} are left as they are until you answer &quot;Day or month first?&quot;</source>
        <translation>
            <numerusform>%Ln date such as {value} is left as it is until you answer &quot;Day or month first?&quot;</numerusform>
            <numerusform>%Ln dates such as {value} are left as they are until you answer &quot;Day or month first?&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixPreviewDialog</name>
    <message numerus="yes">
        <location filename="../gui/fix_preview.py" line="+36"/>
        <source>These %Ln problems will be fixed. Only your working copy changes, never the original file, and you can undo it all with Ctrl+Z.</source>
        <translation>
            <numerusform>This problem will be fixed. Only your working copy changes, never the original file, and you can undo it with Ctrl+Z.</numerusform>
            <numerusform>These %Ln problems will be fixed. Only your working copy changes, never the original file, and you can undo it all with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Fix %Ln problems</source>
        <translation>
            <numerusform>Fix %Ln problem</numerusform>
            <numerusform>Fix %Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message numerus="yes">
        <location filename="../gui/issues_panel.py" line="+105"/>
        <source>Problems: {n} in %n kinds</source>
        <translation>
            <numerusform>Problems: {n} of %n kind</numerusform>
            <numerusform>Problems: {n} in %n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>… and %Ln more (press F8 to walk through them)</source>
        <translation>
            <numerusform>… and %Ln more (press F8 to go to it)</numerusform>
            <numerusform>… and %Ln more (press F8 to walk through them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../gui/main_window.py" line="+198"/>
        <source>Checked %Ln rows in {s} s.</source>
        <translation>
            <numerusform>Checked %Ln row in {s} s.</numerusform>
            <numerusform>Checked %Ln rows in {s} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Checking… %Ln problem found so far</numerusform>
            <numerusform>Checking… %Ln problems found so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Saved %Ln rows to {path}. Re-checked: it passes the upload rules.</source>
        <translation>
            <numerusform>Saved %Ln row to {path}. Re-checked: it passes the upload rules.</numerusform>
            <numerusform>Saved %Ln rows to {path}. Re-checked: it passes the upload rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rejected rows, with reasons, are in {path}.</source>
        <translation>
            <numerusform>%Ln rejected row, with its reason, is in {path}.</numerusform>
            <numerusform>%Ln rejected rows, with reasons, are in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <location filename="../gui/session.py" line="+171"/>
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message numerus="yes">
        <location filename="../gui/summary_strip.py" line="+83"/>
        <source>{name}: %Ln rows, checking…</source>
        <translation>
            <numerusform>{name}: %Ln row, checking…</numerusform>
            <numerusform>{name}: %Ln rows, checking…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Fix %Ln safe problems…</source>
        <translation>
            <numerusform>Fix %Ln safe problem…</numerusform>
            <numerusform>Fix %Ln safe problems…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadHistoryDialog</name>
    <message numerus="yes">
        <location filename="../gui/upload_history.py" line="+48"/>
        <source>Uploads: %n, kept in {path}</source>
        <translation>
            <numerusform>Uploads: %n, kept in {path}</numerusform>
            <numerusform>Uploads: %n, kept in {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
