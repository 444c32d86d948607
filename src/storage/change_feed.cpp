// Issue 15: other users' changes, told by the server (LISTEN/NOTIFY).
#include "passerelle/storage/change_feed.h"

#include "sql.h"

#include "passerelle/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace passerelle::storage {

using namespace Qt::Literals::StringLiterals;

namespace {

// One channel for every kind: a feed listens once, and the payload says what changed.
const QString channel = u"passerelle_changes"_s;

const QStringList& knownKinds() {
    // In the order changed() is emitted for a burst: records before those that refer to them.
    static const QStringList kinds{changeKind::organisation, changeKind::person,  changeKind::student,
                                   changeKind::agreement,    changeKind::measure, changeKind::group};
    return kinds;
}

// The kind only: every login on the server hears every announcement whatever its role (NOTIFY knows nothing
// of row-level security), so even record ids would tell a partner of another school's activity. A feed's
// listener re-reads what its user may see.
QByteArray payloadOf(const QString& kind) {
    const QJsonObject object{{u"origin"_s, processChangeOrigin()}, {u"kind"_s, kind}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

}  // namespace

QString processChangeOrigin() {
    static const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return origin;
}

Status announceChange(Database& database, const QString& kind) {
    if (!database.isServer())
        return success();
    // pg_notify rather than NOTIFY: a statement whose channel and payload are bound values.
    const auto sent =
        selectValue(database, u"SELECT pg_notify(?, ?)"_s, {channel, QString::fromUtf8(payloadOf(kind))});
    if (!sent)
        return sent.error();
    return success();
}

ChangeFeed::ChangeFeed(const Database& database, QObject* parent, QString ownOrigin, int settleMs)
    : QObject(parent), m_ownOrigin(std::move(ownOrigin)) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeFeed::emitPending);
    if (!database.isServer()) {
        m_lastError =
            u"An SQLite file tells no one of its changes: other programs' changes show when the "
            u"lists are read again."_s;
        return;
    }
    // A connection of its own: the one it is given runs transactions, and a LISTEN inside one of them would
    // only start at its commit. The address's password is remembered by this process (database.h).
    auto opened = Database::open(database.path());
    if (!opened) {
        m_lastError = opened.error().message;
        spdlog::warn("No change feed: {}", m_lastError.toStdString());
        return;
    }
    QSqlDriver* driver = (*opened)->connection().driver();
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::receive);
    if (!driver->subscribeToNotification(channel)) {
        m_lastError = u"The server did not let Passerelle listen for other users' changes: %1"_s.arg(
            driver->lastError().text());
        spdlog::warn("No change feed: {}", m_lastError.toStdString());
        return;
    }
    m_listener = std::move(*opened);
}

ChangeFeed::~ChangeFeed() {
    if (m_listener)
        m_listener->connection().driver()->unsubscribeFromNotification(channel);
}

void ChangeFeed::receive(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
    // The source does not tell the program's own writes: they come from its other connections, never from
    // this one, which only listens. The origin in the payload does.
    if (name != channel)
        return;
    const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString kind = object.value(u"kind"_s).toString();
    if (object.value(u"origin"_s).toString() == m_ownOrigin || !knownKinds().contains(kind))
        return;  // a newer program's kind: nothing here shows it
    m_pending.insert(kind);
    // Not restarted by later changes: a steady stream still shows within `settleMs` of its first change.
    if (!m_settle.isActive())
        m_settle.start();
}

void ChangeFeed::emitPending() {
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString& kind : knownKinds()) {
        if (pending.contains(kind))
            Q_EMIT changed(kind);
    }
}

}  // namespace passerelle::storage
