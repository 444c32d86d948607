#pragma once

#include "fixtures.h"
#include "passerelle/domain/agreement.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"
#include "passerelle/storage/database.h"

#include <memory>

namespace passerelle::test {

// A temporary database with what a measure needs: a school with teaching hours and its CPE, a host structure
// and its tutor, a signed agreement the host is party to, a student of the school.
struct MeasureEditorWorld {
    MeasureEditorWorld();

    TempFolder folder;
    std::unique_ptr<storage::Database> database;
    Organisation school;
    Organisation host;
    Person cpe;
    Person head;
    Person tutor;
    Person director;
    Agreement agreement;
    Student student;
};

}  // namespace passerelle::test
