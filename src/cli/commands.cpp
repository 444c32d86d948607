#include "commands.h"

namespace passerelle::cli {

const QList<Command>& commands() {
    static const QList<Command> all{
        {"init", "", "Create the database (or bring it to the current schema).", runInit},
        {"import", "FILE.json", "Import an exchange file: adds new records, updates those with the same id.",
         runImport},
        {"import-siecle", "FILE... [--school ID] [--dry-run] [--json]",
         "Import students and their legal representatives from SIECLE exports (.xml or .zip): adds, updates, "
         "never deletes.",
         runImportSiecle},
        {"export", "[-o FILE.json]", "Write the whole database as an exchange file (stdout by default).",
         runExport},
        {"list", "students|organisations|people|agreements|measures|groups [--search TEXT] [--json]",
         "List records, optionally those matching a search.", runList},
        {"demo", "[--seed N] [--students N] [--today D]", "Fill the database with French demo data.",
         runDemo},
        {"check", "[FILE.json] [--today D] [--json]",
         "Check the rules on an exchange file (without importing it) or on the database.", runCheck},
        {"deadlines", "[--today D] [--days N] [--json]", "List the upcoming deadlines, soonest first.",
         runDeadlines},
        {"calendar", "(--measure ID | --group ID | --deadlines [--today D] [--days N]) -o FILE.ics",
         "Write a measure's expected sessions, a group's sessions or the coming deadlines as an iCalendar "
         "file.",
         runCalendar},
        {"pdf", "agreement|measure|group ID [-o FILE] [--document NAME] | --all-measures -o DIR",
         "Generate the French PDF of a record (stamped PROJET while it has rule errors, and an agreement's "
         "documents while it is not signed).",
         runPdf},
        {"sign", "FILE.pdf -o OUT.pdf (--p12 CERT.p12 --password-file F | --nss-dir DIR --nickname NAME)",
         "Sign a PDF digitally (the password is read from a file).", runSign},
        {"verify", "FILE.pdf [--json]", "Verify the digital signatures of a PDF.", runVerify},
        {"integrity", "", "Run SQLite's integrity check on the database (prints ok, or what is damaged).",
         runIntegrity},
        {"backup", "-o FILE", "Write a consistent, verified copy of the database (even while it is in use).",
         runBackup},
        {"restore", "FILE", "Replace the database with a backup (the current one is kept as a backup).",
         runRestore},
        {"server",
         "init | add-user LOGIN --role ROLE --organisation ID... [--password-file F] | list-users [--json] | "
         "remove-user LOGIN",
         "On a postgresql:// database: set up the roles and row-level security, or manage the users "
         "(docs/server.md).",
         runServer},
    };
    return all;
}

}  // namespace passerelle::cli
