#include "migrations.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::storage {

Status migration0010SearchPrefixes(Database& database);  // migration_0010_search_prefixes.cpp

const QList<Migration>& migrations() {
    static const QList<Migration> list{
        {1, u"the core tables"_s, &migration0001CoreTables},
        {2, u"the full-text search index"_s, &migration0002SearchIndex},
        {3, u"signature methods and the document archive"_s, &migration0003DocumentArchive},
        {4, u"the Passerelle mark in the file header"_s, &migration0004ApplicationId},
        {5, u"handled deadlines and the hosts' domain of activity"_s, &migration0005HandledDeadlines},
        {6, u"civilities, party designations, prefecture dates and the annex of local resources"_s,
         &migration0006CivilitiesAndResources},
        {7, u"organisations' legal names"_s, &migration0007LegalNames},
        {8, u"students' and legal representatives' SIECLE identities"_s, &migration0008SiecleIdentities},
        {9, u"each record's rule findings, kept up to date by the writes"_s, &migration0009Findings},
        {10, u"the search index's two- and three-letter prefixes"_s, &migration0010SearchPrefixes},
    };
    return list;
}

}  // namespace passerelle::storage
