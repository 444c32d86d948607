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

// A real full disk for a test: a tmpfs of `size` ("16k") mounted on `folder`, unmounted with the object.
// Mounting needs root (CI runs as root); where it cannot be done, `mounted()` is false and `why()` says why,
// for GTEST_SKIP.
class SmallDisk {
public:
    SmallDisk(const QString& folder, const QString& size);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }

private:
    QString m_folder;
    QString m_why;
    bool m_mounted = false;
};

// The project's source folder, for reading files under resources/ or the seeds in ../shared.
QString sourceDir();

}  // namespace passerelle::test
