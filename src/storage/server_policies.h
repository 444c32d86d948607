#pragma once

// Issue 15: the SQL `server init` runs on PostgreSQL (server_accounts.cpp, its only includer): the group
// roles, the users' tables, the functions the policies call, and table by table the grants and row-level
// security policies. docs/server.md explains the choices in words; change both together.
//
// How it holds together:
// - A login is a member of one group role; its row in passerelle_users says which, and
//   passerelle_user_organisations lists its organisations. A login without a row sees nothing.
// - GRANTs say which tables, and which columns, a role may read or write at all (a partner selecting
//   students.birth_date is a permission error, whatever the row).
// - Each table's policies say which rows: `scope` for the rows one may see, update and delete; `check` for
//   the rows one may write (a new row cannot be found by the scope functions yet, so `check` looks at the
//   row's own columns). The scope functions answer per role: a school's staff get their schools' records,
//   a partner those it hosts or is a party to.
// - The scope functions are SECURITY DEFINER (they read the tables as their owner, past the policies, which
//   would otherwise recurse) with search_path pinned to the schema, and read session_user: the login itself.

#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle::storage {

namespace server_policies {

using namespace Qt::Literals::StringLiterals;

// Letters for the group roles in the rules below.
inline QString roleName(QChar letter) {
    switch (letter.unicode()) {
        case 'A':
            return u"passerelle_administrator"_s;
        case 'C':
            return u"passerelle_cpe"_s;
        case 'H':
            return u"passerelle_head"_s;
        case 'P':
            return u"passerelle_partner"_s;
        default:
            return u"passerelle_auditor"_s;  // 'U'
    }
}
inline QString roleNames(const QString& letters) {
    QStringList names;
    for (const QChar letter : letters)
        names << roleName(letter);
    return names.join(u", "_s);
}
inline const QString everyone = u"ACHPU"_s;
inline const QString staff = u"ACHU"_s;
inline const QString writes = u"INSERT, UPDATE, DELETE"_s;

struct Grant {
    QString roles;       // letters
    QString privileges;  // as GRANT writes them, column lists included
};

struct TableRule {
    QString table;
    QString scope;  // the rows one may see, update or delete
    QString check;  // the rows one may insert, or update into, or delete
    QList<Grant> grants;
};

inline QString under(const QString& column, const QString& function) {
    return u"%1 IN (SELECT %2())"_s.arg(column, function);
}

// A record named by (kind, id) columns: findings, issued documents, attachments.
inline QString recordScope(const QString& kindColumn, const QString& idColumn) {
    return u"(%1 = 'agreement' AND %2 IN (SELECT passerelle_my_agreements())) OR "
           u"(%1 = 'measure' AND %2 IN (SELECT passerelle_my_measures())) OR "
           u"(%1 = 'group' AND %2 IN (SELECT passerelle_my_groups()))"_s.arg(kindColumn, idColumn);
}

// Search: which scope function answers for each kind of search_entries.
inline QList<std::pair<QString, QString>> searchKinds() {
    return {{u"organisation"_s, u"passerelle_my_visible_organisations"_s},
            {u"person"_s, u"passerelle_my_people"_s},
            {u"student"_s, u"passerelle_my_students"_s},
            {u"agreement"_s, u"passerelle_my_agreements"_s},
            {u"measure"_s, u"passerelle_my_measures"_s},
            {u"group"_s, u"passerelle_my_groups"_s}};
}

inline QList<TableRule> tableRules() {
    const QString agreementChild = under(u"agreement_id"_s, u"passerelle_my_agreements"_s);
    const QString measureChild = under(u"measure_id"_s, u"passerelle_my_measures"_s);
    const QString groupChild = under(u"group_id"_s, u"passerelle_my_groups"_s);
    const QString studentChild = under(u"student_id"_s, u"passerelle_my_students"_s);
    const QString visibleOrganisation = under(u"organisation_id"_s, u"passerelle_my_visible_organisations"_s);
    // The organisations one may write: one's own, and any that is not a school (partners are shared).
    const QString writableOrganisation =
        u"id IN (SELECT passerelle_my_organisations()) OR kind <> 'school'"_s;
    QList<TableRule> rules{
        // The schema version: every program reads it when it connects.
        {u"passerelle_schema"_s, u"true"_s, u"false"_s, {{everyone, u"SELECT"_s}}},
        {u"organisations"_s,
         under(u"id"_s, u"passerelle_my_visible_organisations"_s),
         writableOrganisation,
         {{everyone, u"SELECT"_s}, {u"A"_s, writes}}},
        {u"organisation_teaching_hours"_s,
         visibleOrganisation,
         u"organisation_id IN (SELECT o.id FROM organisations o WHERE o.id IN "
         u"(SELECT passerelle_my_organisations()) OR o.kind <> 'school')"_s,
         {{everyone, u"SELECT"_s}, {u"A"_s, writes}}},
        {u"people"_s,
         under(u"id"_s, u"passerelle_my_people"_s),
         u"organisation_id IS NULL OR "_s + visibleOrganisation,
         {{everyone, u"SELECT"_s}, {u"A"_s, writes}}},
        // A partner reads a hosted student's names and class only: never the birth date, the consents, the
        // school's identifiers, the representatives.
        {u"students"_s,
         under(u"id"_s, u"passerelle_my_students"_s),
         under(u"school_id"_s, u"passerelle_my_organisations"_s),
         {{staff, u"SELECT"_s},
          {u"P"_s, u"SELECT (id, first_name, last_name, sort_last_name, sort_first_name, class_name)"_s},
          {u"AC"_s, writes}}},
        {u"student_representatives"_s, studentChild, studentChild, {{staff, u"SELECT"_s}, {u"AC"_s, writes}}},
        // The head signs: the signature date and the status it moves, nothing else.
        {u"agreements"_s,
         under(u"id"_s, u"passerelle_my_agreements"_s),
         u"true"_s,
         {{everyone, u"SELECT"_s}, {u"A"_s, writes}, {u"H"_s, u"UPDATE (signed_on, status, revision)"_s}}},
        {u"agreement_signatures"_s,
         agreementChild,
         agreementChild,
         {{everyone, u"SELECT"_s}, {u"AH"_s, writes}}},
        // A partner never reads the consents.
        {u"measures"_s,
         under(u"id"_s, u"passerelle_my_measures"_s),
         u"student_id IN (SELECT passerelle_my_students()) OR (student_id IS NULL AND (agreement_id IS NULL "
         u"OR agreement_id IN (SELECT passerelle_my_agreements())))"_s,
         {{staff, u"SELECT"_s},
          {u"P"_s,
           u"SELECT (id, kind, student_id, agreement_id, host_id, host_tutor_id, school_follower_id, "
           u"start_date, end_date, exclusion_days, objectives, activities, places, transport, "
           u"school_insurer, "
           u"school_insurance_contract, host_insurer, host_insurance_contract, status, revision), "
           u"UPDATE (revision)"_s},
          {u"AC"_s, writes},
          {u"H"_s, u"UPDATE (status, revision)"_s}}},
        {u"measure_slots"_s, measureChild, measureChild, {{everyone, u"SELECT"_s}, {u"AC"_s, writes}}},
        {u"measure_signatures"_s, measureChild, measureChild, {{everyone, u"SELECT"_s}, {u"ACH"_s, writes}}},
        {u"group_activities"_s,
         under(u"id"_s, u"passerelle_my_groups"_s),
         u"agreement_id IS NULL OR agreement_id IN (SELECT passerelle_my_agreements())"_s,
         {{everyone, u"SELECT"_s}, {u"AC"_s, writes}}},
        {u"group_participants"_s, groupChild, groupChild, {{everyone, u"SELECT"_s}, {u"AC"_s, writes}}},
        // A partner that cannot run a session says so (seed 000: 48 hours before).
        {u"group_sessions"_s,
         groupChild,
         groupChild,
         {{everyone, u"SELECT"_s}, {u"AC"_s, writes}, {u"P"_s, u"UPDATE (cancelled_at)"_s}}},
        // Derived data every writer recomputes; an auditor only reads.
        {u"findings"_s,
         recordScope(u"entity"_s, u"record_id"_s),
         recordScope(u"entity"_s, u"record_id"_s),
         {{staff, u"SELECT"_s}, {u"ACH"_s, writes}}},
        {u"findings_state"_s, u"true"_s, u"true"_s, {{staff, u"SELECT"_s}, {u"ACH"_s, writes}}},
        // A measure's PDF holds the birth date and the representative: no partner reads the archive.
        {u"issued_documents"_s,
         recordScope(u"record_kind"_s, u"record_id"_s),
         recordScope(u"record_kind"_s, u"record_id"_s),
         {{staff, u"SELECT"_s}, {u"AC"_s, writes}, {u"H"_s, u"INSERT, UPDATE"_s}}},
        {u"attachments"_s,
         recordScope(u"record_kind"_s, u"record_id"_s),
         recordScope(u"record_kind"_s, u"record_id"_s),
         {{staff, u"SELECT"_s}, {u"AC"_s, writes}, {u"H"_s, u"INSERT"_s}}},
    };
    for (const QString& table : {u"agreement_parties"_s, u"agreement_deliberations"_s, u"agreement_reviews"_s,
                                 u"agreement_clauses"_s, u"agreement_amendments"_s,
                                 u"agreement_handled_deadlines"_s, u"agreement_resources"_s})
        rules.append({table, agreementChild, agreementChild, {{everyone, u"SELECT"_s}, {u"A"_s, writes}}});
    // The hosts record attendance, incidents and their report for the measures and groups they host.
    for (const QString& table : {u"measure_attendance"_s, u"measure_incidents"_s, u"measure_host_reports"_s})
        rules.append({table, measureChild, measureChild, {{everyone, u"SELECT"_s}, {u"ACP"_s, writes}}});
    rules.append({u"group_session_attendance"_s,
                  groupChild,
                  groupChild,
                  {{everyone, u"SELECT"_s}, {u"ACP"_s, writes}}});
    // Search holds names: a partner has none of it. search_entries holds only ids and is read whole by the
    // staff, whose writers number new entries from its highest one; each index table shows one's own rows.
    QStringList entryChecks;
    for (const auto& [kind, function] : searchKinds()) {
        entryChecks << u"WHEN '%1' THEN record_id IN (SELECT %2())"_s.arg(kind, function);
        const QString rows =
            u"entry_id IN (SELECT e.entry_id FROM search_entries e WHERE e.kind = '%1' AND "
            u"e.record_id IN (SELECT %2()))"_s.arg(kind, function);
        rules.append({kind + u"_search"_s, rows, rows, {{staff, u"SELECT"_s}, {u"ACH"_s, writes}}});
    }
    rules.append({u"search_entries"_s,
                  u"true"_s,
                  u"CASE kind "_s + entryChecks.join(u' ') + u" ELSE false END"_s,
                  {{staff, u"SELECT"_s}, {u"ACH"_s, writes}}});
    // The users and their organisations: their owner's only, through the functions below.
    rules.append({u"passerelle_users"_s, u"false"_s, u"false"_s, {}});
    rules.append({u"passerelle_user_organisations"_s, u"false"_s, u"false"_s, {}});
    return rules;
}

inline QStringList tableRuleSql(const TableRule& rule) {
    const QString t = rule.table;
    QStringList sql{u"REVOKE ALL ON TABLE %1 FROM PUBLIC, %2"_s.arg(t, roleNames(everyone))};
    for (const Grant& grant : rule.grants)
        sql << u"GRANT %1 ON TABLE %2 TO %3"_s.arg(grant.privileges, t, roleNames(grant.roles));
    sql << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(t);
    const QString to = roleNames(everyone);
    const QList<std::pair<QString, QString>> policies{
        {u"passerelle_read"_s, u"FOR SELECT TO %1 USING (%2)"_s.arg(to, rule.scope)},
        {u"passerelle_insert"_s, u"FOR INSERT TO %1 WITH CHECK (%2)"_s.arg(to, rule.check)},
        {u"passerelle_update"_s,
         u"FOR UPDATE TO %1 USING (%2) WITH CHECK (%3)"_s.arg(to, rule.scope, rule.check)},
        {u"passerelle_delete"_s, u"FOR DELETE TO %1 USING ((%2) AND (%3))"_s.arg(to, rule.scope, rule.check)},
    };
    for (const auto& [name, body] : policies) {
        sql << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(name, t);
        sql << u"CREATE POLICY %1 ON %2 %3"_s.arg(name, t, body);
    }
    return sql;
}

}  // namespace server_policies

}  // namespace passerelle::storage
