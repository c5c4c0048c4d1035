<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <location filename="../gui/edit_actions.py" line="+103"/>
        <source>%n rows deleted: they are not uploaded. Ctrl+Z or Edit › Restore rows brings them back.</source>
        <translation>
            <numerusform>%n row deleted: it is not uploaded. Ctrl+Z or Edit › Restore rows brings it back.</numerusform>
            <numerusform>%n rows deleted: they are not uploaded. Ctrl+Z or Edit › Restore rows brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Copied %n rows.</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Changed %n rows (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>Changed %n row (Ctrl+Z undoes it).</numerusform>
            <numerusform>Changed %n rows (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cells fell outside the table and were not pasted (rows cannot be added here).</source>
        <translation>
            <numerusform>%n cell fell outside the table and was not pasted (rows cannot be added here).</numerusform>
            <numerusform>%n cells fell outside the table and were not pasted (rows cannot be added here).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <location filename="../gui/find_replace.py" line="+193"/>
        <source>%n cells will change in {column}.</source>
        <translation>
            <numerusform>%n cell will change in {column}.</numerusform>
            <numerusform>%n cells will change in {column}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Replaced in %n rows. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Replaced in %n row. Ctrl+Z undoes it.</numerusform>
            <numerusform>Replaced in %n rows. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message numerus="yes">
        <location filename="../gui/fix_actions.py" line="+72"/>
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
        <location filename="../gui/main_window.py" line="+248"/>
        <source>Checked %Ln rows in {s} s.</source>
        <translation>
            <numerusform>Checked %Ln row in {s} s.</numerusform>
            <numerusform>Checked %Ln rows in {s} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Reading and checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Reading and checking… %Ln problem found so far</numerusform>
            <numerusform>Reading and checking… %Ln problems found so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Checking… %Ln problem found so far</numerusform>
            <numerusform>Checking… %Ln problems found so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message numerus="yes">
        <location filename="../gui/save_dialog.py" line="+91"/>
        <source>%n rows will be written</source>
        <translation>
            <numerusform>%n row will be written</numerusform>
            <numerusform>%n rows will be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows with errors will be left out, into a separate file of rejected rows</source>
        <translation>
            <numerusform>%n row with errors will be left out, into a separate file of rejected rows</numerusform>
            <numerusform>%n rows with errors will be left out, into a separate file of rejected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message numerus="yes">
        <location filename="../gui/save_flow.py" line="+107"/>
        <source>Saved %n rows to {path}. Re-checked: it passes the upload rules.</source>
        <translation>
            <numerusform>Saved %n row to {path}. Re-checked: it passes the upload rules.</numerusform>
            <numerusform>Saved %n rows to {path}. Re-checked: it passes the upload rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rejected rows, with reasons, are in {path}.</source>
        <translation>
            <numerusform>%n rejected row, with its reason, is in {path}.</numerusform>
            <numerusform>%n rejected rows, with reasons, are in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQuestions</name>
    <message numerus="yes">
        <location filename="../gui/save_questions.py" line="+37"/>
        <source>%n rows still have errors the platform would refuse.</source>
        <translation>
            <numerusform>%n row still has errors the platform would refuse.</numerusform>
            <numerusform>%n rows still have errors the platform would refuse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows will be written to the upload file.</source>
        <translation>
            <numerusform>%n row will be written to the upload file.</numerusform>
            <numerusform>%n rows will be written to the upload file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>None of the %n rows can be uploaded as it is now, so no file was written. Fix the marked problems first.</source>
        <translation>
            <numerusform>The row cannot be uploaded as it is now, so no file was written. Fix the marked problems first.</numerusform>
            <numerusform>None of the %n rows can be uploaded as it is now, so no file was written. Fix the marked problems first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <location filename="../gui/session.py" line="+205"/>
        <location line="+100"/>
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>Restore %n row</numerusform>
            <numerusform>Restore %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message numerus="yes">
        <location filename="../gui/summary_strip.py" line="+112"/>
        <source>{name}: reading… %Ln rows so far</source>
        <translation>
            <numerusform>{name}: reading… %Ln row so far</numerusform>
            <numerusform>{name}: reading… %Ln rows so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}: %Ln rows, checking…</source>
        <translation>
            <numerusform>{name}: %Ln row, checking…</numerusform>
            <numerusform>{name}: %Ln rows, checking…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
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
        <location line="+3"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln rows so far</source>
        <translation>
            <numerusform>%Ln row so far</numerusform>
            <numerusform>%Ln rows so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message numerus="yes">
        <location filename="../gui/totals_panel.py" line="+142"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
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
<context>
    <name>WhatChangedDialog</name>
    <message numerus="yes">
        <location filename="../gui/what_changed.py" line="+78"/>
        <source>%n cells differ from your original file.</source>
        <translation>
            <numerusform>%n cell differs from your original file.</numerusform>
            <numerusform>%n cells differ from your original file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rows are deleted (not uploaded).</source>
        <translation>
            <numerusform>%n row is deleted (not uploaded).</numerusform>
            <numerusform>%n rows are deleted (not uploaded).</numerusform>
        </translation>
    </message>
</context>
</TS>
