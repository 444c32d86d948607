<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>passerelle::ui::AgreementEditorDialog</name>
    <message numerus="yes">
        <source>Replace the %n article(s) of this agreement with the template of &quot;%1&quot;? Undo brings them back.</source>
        <translation>
            <numerusform>Replace the %n article of this agreement with the template of &quot;%1&quot;? Undo brings it back.</numerusform>
            <numerusform>Replace the %n articles of this agreement with the template of &quot;%1&quot;? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::AgreementTableModel</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n student(s) of the school are not in the file: they are kept.</source>
        <translation>
            <numerusform>%n student of the school is not in the file: it is kept.</numerusform>
            <numerusform>%n students of the school are not in the file: they are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n error(s).</source>
        <translation>
            <numerusform>Nothing can be imported: %n error.</numerusform>
            <numerusform>Nothing can be imported: %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n student(s) expected today</source>
        <translation>
            <numerusform>%n student expected today</numerusform>
            <numerusform>%n students expected today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) expected this week</source>
        <translation>
            <numerusform>%n student expected this week</numerusform>
            <numerusform>%n students expected this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in progress</source>
        <translation>
            <numerusform>%n measure in progress</numerusform>
            <numerusform>%n measures in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule error(s) to fix</source>
        <translation>
            <numerusform>%n rule error to fix</numerusform>
            <numerusform>%n rule errors to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DeadlineTableModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DeadlinesPage</name>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::DocumentViewerDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::FindingsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other finding(s)</source>
        <translation>
            <numerusform>%n other finding</numerusform>
            <numerusform>%n other findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::GroupTableModel</name>
    <message numerus="yes">
        <source>%n group activity(ies)</source>
        <translation>
            <numerusform>%n group activity</numerusform>
            <numerusform>%n group activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MainWindow</name>
    <message numerus="yes">
        <source>Export the documents of %n record(s):</source>
        <translation>
            <numerusform>Export the documents of %n record:</numerusform>
            <numerusform>Export the documents of %n records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: the %n PDF(s) already written in %1 are kept.</source>
        <translation>
            <numerusform>Export cancelled: the %n PDF already written in %1 is kept.</numerusform>
            <numerusform>Export cancelled: the %n PDFs already written in %1 are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written in %1.</source>
        <translation>
            <numerusform>%n PDF written in %1.</numerusform>
            <numerusform>%n PDFs written in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be exported:</source>
        <translation>
            <numerusform>%n record could not be exported:</numerusform>
            <numerusform>%n records could not be exported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: it has %n error(s).</source>
        <translation>
            <numerusform>The file was not imported: it has %n error.</numerusform>
            <numerusform>The file was not imported: it has %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MeasureEditorDialog</name>
    <message numerus="yes">
        <source>Over the whole measure: %1 h %2 in %n session(s)</source>
        <translation>
            <numerusform>Over the whole measure: %1 h %2 in %n session</numerusform>
            <numerusform>Over the whole measure: %1 h %2 in %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules find %n error(s) in this measure. It can only be saved as a draft, with the status &quot;planned&quot;, until they are fixed. Save it as a draft?</source>
        <translation>
            <numerusform>The rules find %n error in this measure. It can only be saved as a draft, with the status &quot;planned&quot;, until it is fixed. Save it as a draft?</numerusform>
            <numerusform>The rules find %n errors in this measure. It can only be saved as a draft, with the status &quot;planned&quot;, until they are fixed. Save it as a draft?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::MeasureTableModel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::OrganisationTableModel</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::RecordDocumentsDialog</name>
    <message numerus="yes">
        <source>The rules find %n error(s): the document is stamped PROJET until they are fixed.</source>
        <translation>
            <numerusform>The rules find %n error: the document is stamped PROJET until it is fixed.</numerusform>
            <numerusform>The rules find %n errors: the document is stamped PROJET until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n valid signature(s) covering the whole file.</source>
        <translation>
            <numerusform>%1: %n valid signature covering the whole file.</numerusform>
            <numerusform>%1: %n valid signatures covering the whole file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::SiecleImportDialog</name>
    <message numerus="yes">
        <source>Nothing will be imported: %n error(s).</source>
        <translation>
            <numerusform>Nothing will be imported: %n error.</numerusform>
            <numerusform>Nothing will be imported: %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StudentEditorDialog</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::StudentTableModel</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passerelle::ui::TimetableWidget</name>
    <message numerus="yes">
        <source>%n day(s) per week</source>
        <translation>
            <numerusform>%n day per week</numerusform>
            <numerusform>%n days per week</numerusform>
        </translation>
    </message>
</context>
</TS>
