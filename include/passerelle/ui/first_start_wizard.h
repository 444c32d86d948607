#pragma once

#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"

#include <QDate>
#include <QWizard>

#include <memory>

namespace Ui {
class FirstStartWizard;
}

namespace passerelle::storage {
class Database;
}

namespace passerelle::ui {

struct AppSettings;
class TimetableWidget;

// What the first-start assistant asked: the school the program works for, its head, its teaching hours,
// the day of the rentrée, and whether to start with demonstration data.
struct FirstStartAnswers {
    Organisation school;  // kind School, with its teaching hours
    Person head;          // of that school: signs agreements and measures
    int rentreeMonth = 9;
    int rentreeDay = 1;
    bool demoData = false;
};

// The assistant a first start opens on an empty database (issue 11): four short pages (the school, its
// head and rentrée, its teaching hours, how to start). The school and its head are then the defaults of new
// agreements, measures and students.
class FirstStartWizard final : public QWizard {
    Q_OBJECT

public:
    explicit FirstStartWizard(const QDate& today, QWidget* parent = nullptr);
    ~FirstStartWizard() override;

    FirstStartAnswers answers() const;
    TimetableWidget* teachingHours() const { return m_teachingHours; }

    // Writes the answers: the school and its head (and the demo data when asked) in one transaction, then
    // the preferences (home school, rentrée, default teaching hours). Returns a message on failure; the
    // database is then as it was.
    static QString apply(const FirstStartAnswers& answers, storage::Database& database, const QDate& today,
                         AppSettings& settings);

    bool validateCurrentPage() override;

private:
    std::unique_ptr<Ui::FirstStartWizard> m_ui;
    TimetableWidget* m_teachingHours = nullptr;
};

}  // namespace passerelle::ui
