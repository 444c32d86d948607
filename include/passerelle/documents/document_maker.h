#pragma once

// The documents a record can produce, checked by the rules before they are laid out: the one place where the
// CLI (`passerelle-cli pdf`) and the application decide which documents a record has and whether they are
// stamped « PROJET ». It works on records already in memory; the caller gathers them: the records around one
// agreement, measure or group (storage::gatherRecords, for both programs), or the whole database for the
// CLI's `pdf --all-measures`.

#include "passerelle/documents/context_builder.h"
#include "passerelle/documents/pdf_output.h"
#include "passerelle/domain/dataset.h"
#include "passerelle/domain/result.h"
#include "passerelle/rules/finding.h"
#include "passerelle/rules/settings.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace passerelle::documents {

enum class RecordType { Agreement, Measure, Group };

enum class DocumentType {
    Agreement,           // the agreement itself
    Deliberation,        // the council's deliberation approving it (seed 002)
    Annex,               // its annex of local resources (seed 003)
    FormalNotice,        // mise en demeure
    TerminationNotice,   // dénonciation
    Measure,             // seed 004's document of a responsibility measure
    CommitmentContract,  // contrat d'engagement of an exclusion alternative
    WelcomeBooklet,      // livret d'accueil
    HostReport,          // the host's compte rendu form
    AttendanceSheet,     // feuille d'émargement of a group session
};

// The name the document archive records a document under: "agreement", "deliberation", "annex",
// "formal-notice", "termination-notice", "measure", "commitment-contract", "welcome-booklet", "host-report",
// "attendance-sheet".
QString key(DocumentType type);
std::optional<DocumentType> documentTypeFromKey(const QString& key);

// One document a record can produce.
struct DocumentChoice {
    DocumentType type = DocumentType::Agreement;
    // An attendance sheet: the index of its session in GroupActivity::sessions, with its date and start; -1
    // for the session ContextBuilder::groupSession picks from today (the CLI's choice).
    int session = -1;
    QDate sessionDate;
    QTime sessionStart;

    // The archive's name for it: key(type), plus "-2026-11-24-1400" for one session's sheet.
    QString archiveName() const;
    friend bool operator==(const DocumentChoice&, const DocumentChoice&) = default;
};

// A document filled in and checked: `draft` (stamped « PROJET ») when the rules found errors in its record,
// which are listed, or when it belongs to an agreement that is not signed yet (`unsignedAgreement`).
struct CheckedDocument {
    PreparedDocument document;
    bool draft = false;
    rules::Findings errors;
    bool unsignedAgreement = false;
};

class DocumentMaker {
public:
    // The dataset must hold the record and every record it refers to, and outlive the maker.
    DocumentMaker(const Dataset& dataset, const QDate& today, const rules::RuleSettings& settings = {});

    // The logo of the letterhead every document it makes starts with (issue 12), as the caller read it from
    // the preferences (runtime::letterheadLogoPath); null, the default, prints the home school's name and
    // address without one. The home school is the record's: a measure's student's school, an agreement's
    // School party, a letter's sender, a group's agreement's School party (else its first participant's).
    void setLetterheadLogo(const QImage& logo) { m_letterheadLogo = logo; }

    // The documents of a record, the usual one first: an agreement, its council's deliberation (when it has
    // a deliberation), its annex (when it has local resources), its formal notice and termination
    // notice; a responsibility measure: its document, then the host's report form; an exclusion
    // alternative: the commitment contract, the welcome booklet, the report form; a follow-up: the report
    // form; a group: the attendance sheet of each session not cancelled. NotFound for an unknown id.
    Result<QList<DocumentChoice>> choices(RecordType record, const QString& id) const;
    // Why the record has no document of that type, in a few English words for a message (« the agreement
    // has no deliberation »); empty when it has one, or when no reason is known.
    QString whyNot(RecordType record, const QString& id, DocumentType type) const;

    // Fills the document in and checks its record as `passerelle-cli pdf` always has: checkAgreement for an
    // agreement and its letters, checkMeasure for a measure's documents; an attendance sheet is a form to
    // sign on paper and is never a draft. An agreement's documents are drafts too while its status is draft
    // or awaiting signature (not once signed or terminated), except its deliberation, which is the
    // council's act and no agreement awaiting signature. Letters are dated today, with the dates the
    // rules compute from it.
    Result<CheckedDocument> prepare(RecordType record, const QString& id, const DocumentChoice& choice) const;
    // The same laid out as a PDF, stamped « PROJET » when it is a draft.
    Result<RenderedDocument> render(RecordType record, const QString& id, const DocumentChoice& choice,
                                    const QDateTime& createdAt = {}) const;

private:
    Result<CheckedDocument> prepareAgreement(const QString& id, DocumentType type) const;
    Result<CheckedDocument> prepareMeasure(const QString& id, DocumentType type) const;
    Result<CheckedDocument> prepareGroup(const QString& id, const DocumentChoice& choice) const;
    LetterContext letterAbout(const AgreementContext& context) const;

    const Dataset& m_dataset;
    DatasetIndex m_index;
    ContextBuilder m_builder;
    QDate m_today;
    rules::RuleSettings m_settings;
    QImage m_letterheadLogo;
};

}  // namespace passerelle::documents
