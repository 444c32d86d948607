#pragma once

// The keys of each record kind, read into the domain type: which are required, their types and enumerations
// (docs/exchange-format.md has the same tables). The record's "id" is read by the caller.

#include "object_reader.h"
#include "passerelle/domain/dataset.h"

namespace passerelle::exchange::detail {

void readOrganisation(ObjectReader& r, Organisation& o);
void readPerson(ObjectReader& r, Person& p);
void readStudent(ObjectReader& r, Student& s);
void readAgreement(ObjectReader& r, Agreement& a);
void readMeasure(ObjectReader& r, Measure& m);
void readGroup(ObjectReader& r, GroupActivity& g);

}  // namespace passerelle::exchange::detail
