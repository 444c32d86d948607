// Issue 10, "Private by default" and "Honest I/O errors": what the programs create is private to the
// account, files written by an older version are tightened, and a write that fails names the file and the
// system's reason and leaves the old file whole.
#include "passerelle/runtime/private_files.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace passerelle;
using namespace passerelle::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void writePlain(const QString& path, const QByteArray& bytes, int mode) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);
}

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Restores the test process's umask, whatever a test set.
class UmaskGuard {
public:
    UmaskGuard() : m_previous(::umask(022)) {}
    ~UmaskGuard() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

}  // namespace

TEST(PrivateFiles, AfterTheUmaskIsSetNewFilesAndFoldersAreTheOwnersOnly) {
    const UmaskGuard guard;
    TempFolder folder;
    runtime::restrictNewFilesToOwner();
    const QString file = folder.path(u"new.txt"_s);
    QFile created(file);
    ASSERT_TRUE(created.open(QIODevice::WriteOnly));
    created.close();
    EXPECT_EQ(fileMode(file), 0600);
    ASSERT_TRUE(QDir().mkpath(folder.path(u"a/b"_s)));
    EXPECT_EQ(fileMode(folder.path(u"a"_s)), 0700);
    EXPECT_EQ(fileMode(folder.path(u"a/b"_s)), 0700);
}

TEST(PrivateFiles, FilesAndFoldersAnOlderVersionLeftReadableAreTightened) {
    TempFolder folder;
    const QString file = folder.path(u"old.sqlite"_s);
    writePlain(file, "data", 0644);
    EXPECT_TRUE(runtime::makePrivate(file));
    EXPECT_EQ(fileMode(file), 0600);
    EXPECT_EQ(contentOf(file), "data");

    const QString old = folder.path(u"data"_s);
    ASSERT_TRUE(QDir().mkpath(old));
    ASSERT_EQ(::chmod(QFile::encodeName(old).constData(), 0755), 0);
    ASSERT_TRUE(runtime::makePrivateFolder(old));
    EXPECT_EQ(fileMode(old), 0700);

    const QString fresh = folder.path(u"fresh/deeper"_s);
    ASSERT_TRUE(runtime::makePrivateFolder(fresh));
    EXPECT_EQ(fileMode(fresh), 0700);
    EXPECT_FALSE(runtime::makePrivate(folder.path(u"missing"_s)));
}

TEST(PrivateFiles, AnAtomicWriteReplacesAReadableFileWithAPrivateOne) {
    const UmaskGuard guard;  // 022: the explicit permissions must not depend on the umask
    TempFolder folder;
    const QString file = folder.path(u"export.json"_s);
    writePlain(file, "old", 0644);
    ASSERT_TRUE(runtime::writeFileAtomically(file, "new content"));
    EXPECT_EQ(contentOf(file), "new content");
    EXPECT_EQ(fileMode(file), 0600);
}

TEST(PrivateFiles, AFailedWriteNamesTheSystemsReasonAndLeavesNoFile) {
    TempFolder folder;
    const QString file = folder.path(u"no-such-folder/export.json"_s);
    const Status written = runtime::writeFileAtomically(file, "data");
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, ErrorKind::Io);
    EXPECT_EQ(written.error().field, file);
    EXPECT_EQ(written.error().message, u"No such file or directory"_s);
    EXPECT_FALSE(QFileInfo::exists(file));
}

// A real full disk: a 64 KiB tmpfs mounted for the test (root only, as in CI; skipped elsewhere).
class FullDisk : public ::testing::Test {
protected:
    void SetUp() override {
        if (!m_disk.mounted())
            GTEST_SKIP() << m_disk.why().toStdString();
    }
    TempFolder m_folder;
    QString m_mount = m_folder.path(u"full"_s);
    SmallDisk m_disk{m_mount, u"64k"_s};
};

TEST_F(FullDisk, AWriteThatDoesNotFitSaysSoAndKeepsTheOldFileWhole) {
    const QString file = m_mount + u"/export.json"_s;
    ASSERT_TRUE(runtime::writeFileAtomically(file, "the old export"));
    const Status written = runtime::writeFileAtomically(file, QByteArray(256 * 1024, 'x'));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().message, u"No space left on device"_s);
    EXPECT_EQ(contentOf(file), "the old export");
    // No temporary file is left behind to fill the disk further.
    EXPECT_EQ(QDir(m_mount).entryList(QDir::Files), QStringList{u"export.json"_s});
}
