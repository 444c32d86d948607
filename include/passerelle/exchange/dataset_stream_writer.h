#pragma once

// The exchange format written a record at a time (issue 14, "Streams for bulk"): `passerelle-cli export`
// reads the database a page at a time and hands each page here, draining the text to its file as it goes, so
// that neither the dataset nor the whole text is ever held at once. writeDataset (json_format.h) writes
// through the same class, so both give the same bytes.
//
// Usage: begin(); then collection() for each of "organisations", "people", "students", "agreements",
// "measures", "groups" in that order (all six, even empty: the format's top level names them all), each
// followed by its records in id order; then end(). The text is appended to the QByteArray given at
// construction, which the caller may empty (resize(0)) between calls.

#include "passerelle/domain/agreement.h"
#include "passerelle/domain/group_activity.h"
#include "passerelle/domain/measure.h"
#include "passerelle/domain/organisation.h"
#include "passerelle/domain/person.h"
#include "passerelle/domain/student.h"

#include <QByteArray>

#include <memory>
#include <string_view>

namespace passerelle::exchange {

class DatasetStreamWriter {
public:
    explicit DatasetStreamWriter(QByteArray& out);
    ~DatasetStreamWriter();
    DatasetStreamWriter(const DatasetStreamWriter&) = delete;
    DatasetStreamWriter& operator=(const DatasetStreamWriter&) = delete;

    void begin();                           // the document's opening and its "format" and "version" keys
    void collection(std::string_view key);  // closes the previous collection, opens this one's array
    void record(const Organisation& record);
    void record(const Person& record);
    void record(const Student& record);
    void record(const Agreement& record);
    void record(const Measure& record);
    void record(const GroupActivity& record);
    void end();  // closes the last collection and the document, with the trailing newline

private:
    class Formatter;  // the key order and layout of each record (dataset_stream_writer.cpp)
    std::unique_ptr<Formatter> m_formatter;
};

}  // namespace passerelle::exchange
