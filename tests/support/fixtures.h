#pragma once

#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace passerelle::test {

// The "today" of every test that does not say otherwise: a Tuesday in the middle of a school year.
inline QDate fixedToday() {
    return QDate(2026, 11, 24);
}

// A private folder, deleted with the object; databases and files made by a test live in it.
class TempFolder {
public:
    TempFolder();
    QString path(const QString& fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// The permission bits of a file or folder as `ls -l` shows them (0600, 0755), -1 when it does not exist.
int fileMode(const QString& path);

// The project's source folder, for reading files under resources/ or the seeds in ../shared.
QString sourceDir();

}  // namespace passerelle::test
