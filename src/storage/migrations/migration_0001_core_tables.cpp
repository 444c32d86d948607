// Version 1: one table per aggregate root, child tables for its lists, foreign keys between records.
// Portable SQL only: TEXT and INTEGER columns, no engine-specific types or clauses.
#include "migrations.h"

#include "../sql.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0001CoreTables(Database& database) {
    return executeSchema(
        database,
        {
            // Organisations
            // ------------------------------------------------------------------------------------
            u"CREATE TABLE organisations ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "kind TEXT NOT NULL, "
            "name TEXT NOT NULL, "
            "sort_name TEXT NOT NULL, "
            "uai TEXT NOT NULL, "
            "address TEXT NOT NULL, "
            "phone TEXT NOT NULL, "
            "email TEXT NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX organisations_by_name ON organisations (sort_name, id)"_s,
            u"CREATE INDEX organisations_by_kind ON organisations (kind, sort_name, id)"_s,
            u"CREATE TABLE organisation_teaching_hours ("
            "organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "weekday TEXT NOT NULL, "
            "start_time TEXT, "
            "end_time TEXT, "
            "PRIMARY KEY (organisation_id, seq))"_s,

            // People
            // -------------------------------------------------------------------------------------------
            u"CREATE TABLE people ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "organisation_id TEXT REFERENCES organisations (id) ON DELETE RESTRICT, "
            "first_name TEXT NOT NULL, "
            "last_name TEXT NOT NULL, "
            "sort_last_name TEXT NOT NULL, "
            "sort_first_name TEXT NOT NULL, "
            "role TEXT NOT NULL, "
            "email TEXT NOT NULL, "
            "phone TEXT NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX people_by_name ON people (sort_last_name, sort_first_name, id)"_s,
            u"CREATE INDEX people_by_organisation ON people (organisation_id)"_s,

            // Students
            // -----------------------------------------------------------------------------------------
            u"CREATE TABLE students ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "first_name TEXT NOT NULL, "
            "last_name TEXT NOT NULL, "
            "sort_last_name TEXT NOT NULL, "
            "sort_first_name TEXT NOT NULL, "
            "birth_date TEXT, "
            "class_name TEXT NOT NULL, "
            "school_id TEXT REFERENCES organisations (id) ON DELETE RESTRICT, "
            "consent_follow_up INTEGER NOT NULL, "
            "consent_image INTEGER NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX students_by_name ON students (sort_last_name, sort_first_name, id)"_s,
            u"CREATE INDEX students_by_school ON students (school_id, class_name)"_s,
            u"CREATE INDEX students_by_class ON students (class_name)"_s,
            u"CREATE INDEX students_by_birth_date ON students (birth_date)"_s,
            u"CREATE TABLE student_representatives ("
            "student_id TEXT NOT NULL REFERENCES students (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "first_name TEXT NOT NULL, "
            "last_name TEXT NOT NULL, "
            "relationship TEXT NOT NULL, "
            "address TEXT NOT NULL, "
            "phone TEXT NOT NULL, "
            "email TEXT NOT NULL, "
            "PRIMARY KEY (student_id, seq))"_s,

            // Agreements
            // ---------------------------------------------------------------------------------------
            u"CREATE TABLE agreements ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "kind TEXT NOT NULL, "
            "title TEXT NOT NULL, "
            "sort_title TEXT NOT NULL, "
            "signed_on TEXT, "
            "start_date TEXT, "
            "end_date TEXT, "
            "effective_end TEXT, "  // end_date, or start + duration - 1 day: what the period filter compares
            "duration_years INTEGER, "
            "tacit_renewal INTEGER NOT NULL, "
            "notice_months INTEGER, "
            "notice_anchor TEXT NOT NULL, "
            "breach_notice_months INTEGER, "
            "review_every_months INTEGER, "
            "group_size_min INTEGER, "  // both NULL when the agreement sets no group size
            "group_size_max INTEGER, "
            "partner_notice_hours INTEGER, "
            "copies INTEGER, "
            "status TEXT NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX agreements_by_title ON agreements (sort_title, id)"_s,
            u"CREATE INDEX agreements_by_status ON agreements (status)"_s,
            u"CREATE INDEX agreements_by_kind ON agreements (kind)"_s,
            u"CREATE INDEX agreements_by_period ON agreements (start_date, effective_end)"_s,
            u"CREATE TABLE agreement_parties ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "organisation_id TEXT REFERENCES organisations (id) ON DELETE RESTRICT, "
            "representative_id TEXT REFERENCES people (id) ON DELETE RESTRICT, "
            "role TEXT NOT NULL, "
            "PRIMARY KEY (agreement_id, seq))"_s,
            u"CREATE INDEX agreement_parties_by_organisation ON agreement_parties (organisation_id)"_s,
            u"CREATE INDEX agreement_parties_by_representative ON agreement_parties (representative_id)"_s,
            u"CREATE TABLE agreement_deliberations ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "body TEXT NOT NULL, "
            "deliberation_number TEXT NOT NULL, "
            "deliberation_date TEXT, "
            "PRIMARY KEY (agreement_id, seq))"_s,
            u"CREATE TABLE agreement_reviews ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "review_date TEXT, "
            "notes TEXT NOT NULL, "
            "PRIMARY KEY (agreement_id, seq))"_s,
            u"CREATE TABLE agreement_signatures ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "organisation_id TEXT REFERENCES organisations (id) ON DELETE RESTRICT, "
            "signed_on TEXT, "
            "PRIMARY KEY (agreement_id, seq))"_s,
            u"CREATE INDEX agreement_signatures_by_organisation ON agreement_signatures (organisation_id)"_s,
            u"CREATE TABLE agreement_clauses ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "clause_number INTEGER NOT NULL, "
            "title TEXT NOT NULL, "
            "body TEXT NOT NULL, "
            "PRIMARY KEY (agreement_id, seq))"_s,
            u"CREATE TABLE agreement_amendments ("
            "agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "amendment_number INTEGER NOT NULL, "
            "signed_on TEXT, "
            "body TEXT NOT NULL, "
            "PRIMARY KEY (agreement_id, seq))"_s,

            // Measures
            // -----------------------------------------------------------------------------------------
            u"CREATE TABLE measures ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "kind TEXT NOT NULL, "
            "student_id TEXT REFERENCES students (id) ON DELETE RESTRICT, "
            "agreement_id TEXT REFERENCES agreements (id) ON DELETE RESTRICT, "
            "host_id TEXT REFERENCES organisations (id) ON DELETE RESTRICT, "
            "host_tutor_id TEXT REFERENCES people (id) ON DELETE RESTRICT, "
            "school_follower_id TEXT REFERENCES people (id) ON DELETE RESTRICT, "
            "start_date TEXT, "
            "end_date TEXT, "
            "exclusion_days INTEGER, "
            "objectives TEXT NOT NULL, "
            "activities TEXT NOT NULL, "
            "places TEXT NOT NULL, "
            "transport TEXT NOT NULL, "
            "consent_student INTEGER NOT NULL, "
            "consent_representative INTEGER NOT NULL, "
            "school_insurer TEXT NOT NULL, "
            "school_insurance_contract TEXT NOT NULL, "
            "host_insurer TEXT NOT NULL, "
            "host_insurance_contract TEXT NOT NULL, "
            "status TEXT NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX measures_by_start ON measures (start_date, id)"_s,
            u"CREATE INDEX measures_by_end ON measures (end_date)"_s,
            u"CREATE INDEX measures_by_status ON measures (status)"_s,
            u"CREATE INDEX measures_by_kind ON measures (kind)"_s,
            u"CREATE INDEX measures_by_student ON measures (student_id)"_s,
            u"CREATE INDEX measures_by_agreement ON measures (agreement_id)"_s,
            u"CREATE INDEX measures_by_host ON measures (host_id)"_s,
            u"CREATE INDEX measures_by_host_tutor ON measures (host_tutor_id)"_s,
            u"CREATE INDEX measures_by_school_follower ON measures (school_follower_id)"_s,
            u"CREATE TABLE measure_slots ("
            "measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "weekday TEXT NOT NULL, "
            "start_time TEXT, "
            "end_time TEXT, "
            "PRIMARY KEY (measure_id, seq))"_s,
            u"CREATE TABLE measure_signatures ("
            "measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "role TEXT NOT NULL, "
            "signed_on TEXT, "
            "PRIMARY KEY (measure_id, seq))"_s,
            u"CREATE TABLE measure_attendance ("
            "measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "attendance_date TEXT, "
            "status TEXT NOT NULL, "
            "note TEXT NOT NULL, "
            "PRIMARY KEY (measure_id, seq))"_s,
            u"CREATE TABLE measure_incidents ("
            "measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "occurred_at TEXT, "
            "kind TEXT NOT NULL, "
            "description TEXT NOT NULL, "
            "head_notified_at TEXT, "
            "PRIMARY KEY (measure_id, seq))"_s,
            // The host's report: one row when written, none before.
            u"CREATE TABLE measure_host_reports ("
            "measure_id TEXT NOT NULL PRIMARY KEY REFERENCES measures (id) ON DELETE CASCADE, "
            "written_on TEXT, "
            "behaviour TEXT NOT NULL, "
            "involvement TEXT NOT NULL, "
            "report_text TEXT NOT NULL)"_s,

            // Group activities
            // ---------------------------------------------------------------------------------
            u"CREATE TABLE group_activities ("
            "id TEXT NOT NULL PRIMARY KEY, "
            "kind TEXT NOT NULL, "
            "agreement_id TEXT REFERENCES agreements (id) ON DELETE RESTRICT, "
            "title TEXT NOT NULL, "
            "sort_title TEXT NOT NULL, "
            "audience TEXT NOT NULL, "
            "recurrence TEXT NOT NULL, "
            "filming INTEGER NOT NULL, "
            "revision INTEGER NOT NULL)"_s,
            u"CREATE INDEX group_activities_by_title ON group_activities (sort_title, id)"_s,
            u"CREATE INDEX group_activities_by_kind ON group_activities (kind)"_s,
            u"CREATE INDEX group_activities_by_agreement ON group_activities (agreement_id)"_s,
            u"CREATE TABLE group_participants ("
            "group_id TEXT NOT NULL REFERENCES group_activities (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "student_id TEXT NOT NULL REFERENCES students (id) ON DELETE RESTRICT, "
            "PRIMARY KEY (group_id, seq))"_s,
            u"CREATE INDEX group_participants_by_student ON group_participants (student_id)"_s,
            u"CREATE TABLE group_sessions ("
            "group_id TEXT NOT NULL REFERENCES group_activities (id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, "
            "session_date TEXT, "
            "start_time TEXT, "
            "end_time TEXT, "
            "cancelled_at TEXT, "
            "PRIMARY KEY (group_id, seq))"_s,
            u"CREATE TABLE group_session_attendance ("
            "group_id TEXT NOT NULL, "
            "session_seq INTEGER NOT NULL, "
            "seq INTEGER NOT NULL, "
            "student_id TEXT NOT NULL REFERENCES students (id) ON DELETE RESTRICT, "
            "status TEXT NOT NULL, "
            "note TEXT NOT NULL, "
            "PRIMARY KEY (group_id, session_seq, seq), "
            "FOREIGN KEY (group_id, session_seq) REFERENCES group_sessions (group_id, seq) ON DELETE CASCADE)"_s,
            u"CREATE INDEX group_session_attendance_by_student ON group_session_attendance (student_id)"_s,
        });
}

}  // namespace passerelle::storage
