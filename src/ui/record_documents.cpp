#include "passerelle/ui/record_documents.h"

#include "passerelle/storage/record_gathering.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace passerelle::ui {

using namespace Qt::Literals::StringLiterals;
using documents::DocumentChoice;
using documents::DocumentType;
using storage::ArchivedKind;

namespace {

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The French words a file of the document is named after (the documents are French).
QString fileWords(DocumentType type) {
    switch (type) {
        case DocumentType::Agreement:
            return u"convention"_s;
        case DocumentType::Deliberation:
            return u"délibération"_s;
        case DocumentType::Annex:
            return u"annexe ressources locales"_s;
        case DocumentType::FormalNotice:
            return u"mise en demeure"_s;
        case DocumentType::TerminationNotice:
            return u"dénonciation"_s;
        case DocumentType::Measure:
            return u"mesure"_s;
        case DocumentType::CommitmentContract:
            return u"contrat d'engagement"_s;
        case DocumentType::WelcomeBooklet:
            return u"livret d'accueil"_s;
        case DocumentType::HostReport:
            return u"compte rendu"_s;
        case DocumentType::AttendanceSheet:
            return u"émargement"_s;
    }
    return {};
}

}  // namespace

documents::RecordType recordType(ArchivedKind kind) {
    switch (kind) {
        case ArchivedKind::Agreement:
            return documents::RecordType::Agreement;
        case ArchivedKind::Measure:
            return documents::RecordType::Measure;
        case ArchivedKind::Group:
            break;
    }
    return documents::RecordType::Group;
}

QString sanitisedFileName(const QString& words) {
    QString result;
    bool hyphen = false;
    // Letters written together have no decomposition: Lætitia, Cœur.
    QString spelled = words.toLower();
    spelled.replace(u'æ', u"ae"_s).replace(u'œ', u"oe"_s).replace(u'ß', u"ss"_s);
    for (const QChar character : spelled.normalized(QString::NormalizationForm_KD)) {
        if (character.category() == QChar::Mark_NonSpacing)
            continue;  // the accent of a decomposed letter
        if ((character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9')) {
            if (hyphen && !result.isEmpty())
                result += u'-';
            result += character;
            hyphen = false;
        } else {
            hyphen = true;
        }
    }
    // Long titles make paths some systems refuse; the start of the words is enough to recognise them.
    result.truncate(100);
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.isEmpty() ? u"document"_s : result;
}

RecordDocuments::RecordDocuments(storage::Database& database, const storage::RecordRef& record,
                                 const QDate& today, const rules::RuleSettings& settings,
                                 const QImage& letterheadLogo)
    : m_database(database), m_record(record), m_today(today) {
    auto records = storage::gatherRecords(database, record);
    if (!records) {
        m_loadError = records.error().message;
        return;
    }
    m_dataset = std::move(records).value();
    m_maker = std::make_unique<documents::DocumentMaker>(m_dataset, today, settings);
    m_maker->setLetterheadLogo(letterheadLogo);
    auto choices = m_maker->choices(recordType(record.kind), record.id);
    if (!choices) {
        m_loadError = choices.error().message;
        return;
    }
    m_choices = std::move(choices).value();
}

int RecordDocuments::usualChoice() const {
    if (m_choices.isEmpty())
        return -1;
    for (int index = 0; index < m_choices.size(); ++index) {
        const DocumentChoice& choice = m_choices.at(index);
        if (choice.type != DocumentType::AttendanceSheet || choice.sessionDate >= m_today)
            return index;
    }
    return static_cast<int>(m_choices.size()) - 1;
}

QString RecordDocuments::recordLabel() const {
    switch (m_record.kind) {
        case ArchivedKind::Agreement:
            if (!m_dataset.agreements.isEmpty())
                return tr("Agreement — %1").arg(m_dataset.agreements.first().title);
            break;
        case ArchivedKind::Measure:
            if (!m_dataset.measures.isEmpty()) {
                const Measure& measure = m_dataset.measures.first();
                const DatasetIndex index(m_dataset);
                const Student* student = index.student(measure.studentId);
                return tr("Measure — %1 (%2)")
                    .arg(student ? student->fullName() : tr("unknown student"), shortDate(measure.start));
            }
            break;
        case ArchivedKind::Group:
            if (!m_dataset.groups.isEmpty())
                return tr("Group activity — %1").arg(m_dataset.groups.first().title);
            break;
    }
    return m_record.id;
}

QString RecordDocuments::documentLabel(const DocumentChoice& choice) const {
    return documentLabel(choice.archiveName());
}

QString RecordDocuments::documentLabel(const QString& archiveName) {
    if (const auto type = documents::documentTypeFromKey(archiveName)) {
        switch (*type) {
            case DocumentType::Agreement:
                return tr("Agreement");
            case DocumentType::Deliberation:
                return tr("Council deliberation");
            case DocumentType::Annex:
                return tr("Annex: local resources");
            case DocumentType::FormalNotice:
                return tr("Formal notice");
            case DocumentType::TerminationNotice:
                return tr("Notice of termination");
            case DocumentType::Measure:
                return tr("Responsibility measure document");
            case DocumentType::CommitmentContract:
                return tr("Commitment contract");
            case DocumentType::WelcomeBooklet:
                return tr("Welcome booklet");
            case DocumentType::HostReport:
                return tr("Host report form");
            case DocumentType::AttendanceSheet:
                return tr("Attendance sheet");
        }
    }
    // One session's sheet: "attendance-sheet-2026-11-24-1400".
    static const QRegularExpression session(u"^attendance-sheet-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{4}))?$"_s);
    if (const auto match = session.match(archiveName); match.hasMatch()) {
        QString when = shortDate(QDate::fromString(match.captured(1), Qt::ISODate));
        if (!match.captured(2).isEmpty())
            when += u' ' +
                    QLocale().toString(QTime::fromString(match.captured(2), u"HHmm"_s), QLocale::ShortFormat);
        return tr("Attendance sheet — %1").arg(when);
    }
    return archiveName;
}

QString RecordDocuments::fileBaseName(const DocumentChoice& choice) const {
    QStringList words;
    switch (m_record.kind) {
        case ArchivedKind::Agreement:
            words << u"convention"_s;
            if (!m_dataset.agreements.isEmpty()) {
                const Agreement& agreement = m_dataset.agreements.first();
                words << agreement.title
                      << (agreement.signedOn.isValid() ? agreement.signedOn : agreement.start)
                             .toString(Qt::ISODate);
            }
            break;
        case ArchivedKind::Measure:
            words << u"mesure"_s;
            if (!m_dataset.measures.isEmpty()) {
                const Measure& measure = m_dataset.measures.first();
                const DatasetIndex index(m_dataset);
                if (const Student* student = index.student(measure.studentId))
                    words << student->lastName << student->firstName;
                words << measure.start.toString(Qt::ISODate);
            }
            break;
        case ArchivedKind::Group:
            words << u"groupe"_s;
            if (!m_dataset.groups.isEmpty())
                words << m_dataset.groups.first().title;
            break;
    }
    const bool usual = !m_choices.isEmpty() && choice == m_choices.first();
    if (choice.type == DocumentType::AttendanceSheet) {
        words << fileWords(choice.type) << choice.sessionDate.toString(Qt::ISODate)
              << choice.sessionStart.toString(u"HHmm"_s);
    } else if (!usual) {
        words << fileWords(choice.type);
    }
    return sanitisedFileName(words.join(u' '));
}

Result<documents::CheckedDocument> RecordDocuments::prepare(const DocumentChoice& choice) const {
    if (!m_maker)
        return failure(m_loadError, {}, ErrorKind::NotFound);
    return m_maker->prepare(recordType(m_record.kind), m_record.id, choice);
}

Result<documents::RenderedDocument> RecordDocuments::render(const DocumentChoice& choice,
                                                            const QDateTime& createdAt) const {
    if (!m_maker)
        return failure(m_loadError, {}, ErrorKind::NotFound);
    return m_maker->render(recordType(m_record.kind), m_record.id, choice, createdAt);
}

Result<storage::IssuedDocument> RecordDocuments::issue(const DocumentChoice& choice, const QDateTime& at) {
    const auto prepared = prepare(choice);
    if (!prepared)
        return prepared.error();
    const auto rendered =
        documents::renderPdf(prepared->document, {.draft = prepared->draft, .createdAt = at});
    if (!rendered)
        return rendered.error();
    auto issued = storage::DocumentArchive(m_database)
                      .issue(m_record, choice.archiveName(), rendered->pdf, prepared->draft, false, at);
    if (issued) {
        spdlog::info("documents: issued {} version {} of {} {}", issued->document.toStdString(),
                     issued->version, storage::key(m_record.kind).toStdString(), m_record.id.toStdString());
    }
    return issued;
}

Result<storage::IssuedDocument> signIssuedVersion(storage::Database& database,
                                                  const storage::IssuedDocument& version,
                                                  const documents::SignRequest& credentials,
                                                  const QDateTime& at) {
    storage::DocumentArchive archive(database);
    const auto pdf = archive.pdf(version.id);
    if (!pdf)
        return pdf.error();
    // QTemporaryDir makes its folder readable by this user only, and removes it with what is inside.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return failure(
            RecordDocuments::tr("No private temporary folder for signing: %1").arg(folder.errorString()), {},
            ErrorKind::Io);
    documents::SignRequest request = credentials;
    request.inputPath = folder.filePath(u"document.pdf"_s);
    request.outputPath = folder.filePath(u"signed.pdf"_s);
    QFile input(request.inputPath);
    if (!input.open(QIODevice::WriteOnly) || input.write(*pdf) != pdf->size()) {
        return failure(RecordDocuments::tr("The document could not be prepared for signing: %1")
                           .arg(input.errorString()),
                       {}, ErrorKind::Io);
    }
    input.close();
    const Status signedPdf = documents::signPdf(request);
    request.password.fill('\0');
    if (!signedPdf)
        return signedPdf.error();
    QFile output(request.outputPath);
    if (!output.open(QIODevice::ReadOnly))
        return failure(
            RecordDocuments::tr("The signed document could not be read: %1").arg(output.errorString()), {},
            ErrorKind::Io);
    auto issued = archive.issue(version.record, version.document, output.readAll(), version.draft, true, at);
    if (issued) {
        spdlog::info("documents: signed {} version {} of {} {} as version {}", version.document.toStdString(),
                     version.version, storage::key(version.record.kind).toStdString(),
                     version.record.id.toStdString(), issued->version);
    }
    return issued;
}

}  // namespace passerelle::ui
