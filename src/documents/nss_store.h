#pragma once

// NSS certificate databases for poppler. Poppler initialises NSS once per process with one database
// (Poppler::setNSSDir is refused afterwards), so any further database — another --nss-dir, or the temporary
// one a PKCS#12 file is imported into — is opened beside it as an extra NSS token, and its certificates are
// named "token:nickname". The database stays open as long as the object lives.

#include "passerelle/domain/result.h"

#include <QString>

#include <memory>

namespace passerelle::documents {

class NssDatabase {
public:
    // `dir` may carry the "sql:" prefix; an empty dir means NSS's default database.
    static Result<std::unique_ptr<NssDatabase>> open(const QString& dir);
    ~NssDatabase();
    NssDatabase(const NssDatabase&) = delete;
    NssDatabase& operator=(const NssDatabase&) = delete;

    // The name poppler must be given for a certificate of this database.
    QString qualifiedNickname(const QString& nickname) const { return m_prefix + nickname; }

private:
    NssDatabase() = default;
    void* m_slot = nullptr;  // PK11SlotInfo* of an extra database; null for poppler's own
    QString m_prefix;
};

// Strips "sql:" and makes the path absolute.
QString plainNssPath(const QString& dir);

}  // namespace passerelle::documents
