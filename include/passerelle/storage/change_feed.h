#pragma once

// Other users' changes, told by the server (issue 15: lists and the dashboard show them within 2 seconds).
// Every write of a record announces its kind and id (announceChange, called by the storage layer's writers
// inside their transaction); on PostgreSQL that is a NOTIFY, which the server sends at commit and drops on
// rollback, so a feed only ever hears about changes that happened. An SQLite file has no such feed: another
// program writing the same file tells nobody, and a ChangeFeed over a file stays silent (isActive() false).
// Every login on the server database hears every announcement, whatever its role (NOTIFY knows nothing of
// row-level security): a payload holds the kind only, never an id, a name or any other value, so that a
// partner learns nothing of another school's records.

#include "passerelle/domain/result.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace passerelle::storage {

class Database;

// The kinds of record a change is announced for; the same words as the aggregates' nouns.
namespace changeKind {
inline const QString organisation = QStringLiteral("organisation");
inline const QString person = QStringLiteral("person");
inline const QString student = QStringLiteral("student");
inline const QString agreement = QStringLiteral("agreement");
inline const QString measure = QStringLiteral("measure");
inline const QString group = QStringLiteral("group");
}  // namespace changeKind

// Tells the other programs on the same server that records of `kind` changed. Inside a transaction it is sent
// at commit, and never when the transaction rolls back. Does nothing on an SQLite file.
Status announceChange(Database& database, const QString& kind);

// Who made a change: every announcement carries the origin of the program that wrote it, so that a feed can
// leave out its own program's writes (the program refreshes its own windows after those already). One per
// process.
QString processChangeOrigin();

// Listens, on a connection of its own, for the changes other programs announce on the same server database,
// and emits changed() for them: a burst (an import, a colleague saving ten records) comes out as one signal
// per kind, at most `settleMs` after its first change. Needs the thread's event loop (the driver watches the
// connection's socket). Lives in the thread that created it.
class ChangeFeed final : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultSettleMs = 200;

    // `ownOrigin`: the changes it leaves out (the program's own by default; a test plays another program by
    // giving another origin). On a file, or when the server cannot be reached, the feed is inactive and
    // lastError() says why.
    explicit ChangeFeed(const Database& database, QObject* parent = nullptr,
                        QString ownOrigin = processChangeOrigin(), int settleMs = defaultSettleMs);
    ~ChangeFeed() override;

    bool isActive() const { return m_listener != nullptr; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Records of `kind` (changeKind) changed in another program.
    void changed(const QString& kind);

private:
    void receive(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload);
    void emitPending();

    std::unique_ptr<Database> m_listener;
    QString m_ownOrigin;
    QString m_lastError;
    // The kinds heard since the last emission.
    QSet<QString> m_pending;
    QTimer m_settle;
};

}  // namespace passerelle::storage
