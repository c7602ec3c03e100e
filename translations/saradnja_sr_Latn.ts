<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en">
<context>
    <name>ActionPlanStore</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority names a theme that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same activity appears twice in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner already has an action plan for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status of activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme of activity %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 belongs to another plan or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1 has spent more than its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priorities of the plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action plan with %1 for %2 already exists; open it instead of starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the agreement is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot expire before it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement needs at least one party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement needs at least two different parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is too large: attachments can be at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; is damaged: its content no longer matches the checksum recorded when it was added. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a consistent, checked copy (default: into the automatic backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy to FILE instead (never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments; use --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backups folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored, because the current register could not be backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>export visits and open tasks with due dates as iCalendar (RFC 5545)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or after DATE (YYYY-MM-DD or D.M.YYYY.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs --out FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>run the full integrity check; print the schema version and record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Saradnja writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: saradnja-cli [--db FILE] [--lang sr-Latn|sr-Cyrl|en] COMMAND [ARGS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command-line tool of Saradnja, the international cooperation register of SKGO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register to use (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: sr-Latn, sr-Cyrl or en (default: en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; COMMAND --help describes a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version of Saradnja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or incomplete option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use sr-Latn, sr-Cyrl or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see saradnja-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: sr-Latn, sr-Cyrl or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>the %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD or D.M.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of records &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use UTF-8, windows-1250 or windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; choose its encoding (windows-1250 or windows-1251).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;; use a comma, a semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is an empty database, not a Saradnja register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a database of another program, not a Saradnja register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register was saved by a newer version of Saradnja. Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds references to records that no longer exist. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the register is read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of Saradnja (on %1) is editing this register: it is open read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of Saradnja is editing this register: it is open read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no register at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the register does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is already open in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is on a network drive (%1). Only one person can edit it at a time; keep regular backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new register does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is read-only; the register cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register was saved by an older version of Saradnja and must be upgraded, but it is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was not upgraded, because the backup before the upgrade failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the register could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is still being written; try the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export all records of KIND as UTF-8 CSV with BOM, in the columns import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs KIND and FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <source>A file could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import rows of KIND from a CSV file: all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8, windows-1250 or windows-1251 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or &quot;tab&quot; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update records that already exist instead of skipping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs KIND and FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create a new register with the reference data (--sample adds the example data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the example data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeStore</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation that asked for a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the initiative comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stage of the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of partnership sought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage change needs a known stage and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resulting partnership no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country sought must be a known ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme sought no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is listed twice as a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requesting organisation cannot be its own candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative is closed; it has no next stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saradnja registers (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saradnja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Saradnja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register with the backup &quot;%1&quot;? The current contents are backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>Choose the international organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is not an international organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same delegate appears twice in the membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKGO already has a current membership in this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate %1 names a person who no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person for delegate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate %1 belongs to another membership or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegates could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationCsv</name>
    <message>
        <source>the name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationStore</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Serbian city or municipality must be in Serbia (RS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city municipality needs the city it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation with this name already exists in this country; is it a duplicate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: partnerships, agreements, visits or plans still name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation &quot;%1&quot; is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one organisation; add the city in brackets, e.g. &quot;Palilula (Niš)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status of the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation of every party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership needs at least two different parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is listed more than once among the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the parties no longer exists; choose another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the themes no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every committee member needs a name or a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A committee member&apos;s contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every timeline entry needs a date and a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change needs a status and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCsv</name>
    <message>
        <source>a person belongs to one organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data has been erased from the register. Backups made before the erasure still contain it until they are rotated out (after about a year at the latest); copies exported earlier are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Register status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLister</name>
    <message>
        <source>The list cannot be filtered this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be sorted this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterInfoPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Selected Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Partnership dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: no activity for over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinning committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing Conference of Towns and Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>write a PDF report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year (year in review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships overview: country, municipality, theme or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs exactly one KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report needs --id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report needs --year YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report needs the record it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report needs a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>replace the register with a backup, after backing up the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one argument: the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous contents were saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The reference data is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>search all records in either script, with or without diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for; every word matches as a prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {&quot;kind&quot;, &quot;id&quot;, &quot;title&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The file is not a Saradnja database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not run a request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of record the task is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record the task is about no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>The English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Serbian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another theme is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another theme already has the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; cannot be deleted: partnerships, initiatives, action plans or plan activities use it (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as EUR or RSD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCsv</name>
    <message>
        <source>several people are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the direction of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every programme item needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every programme item needs a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme day %1 is outside the dates of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation must be a host or a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host or guest organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is listed twice in the same role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant or their organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked partnership no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked agreement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked plan activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association of local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town twinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentralised cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-border cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation of associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal from abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed by agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Serbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saradnja — international cooperation register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: sr-Latn, sr-Cyrl or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
