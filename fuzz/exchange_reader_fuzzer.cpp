// libFuzzer target for the exchange reader (issue 10): any bytes must be read without a crash, a sanitizer
// report, a hang or a runaway allocation, and whatever reads without an error must survive a round trip
// through the writer unchanged (the promise of json_format.h). Built by the `fuzz` preset; how to run it is
// in docs/reliability-fuzz.md.
#include "passerelle/exchange/json_format.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "exchange_reader_fuzzer: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace passerelle::exchange;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ReadResult result = readAndCheckDataset(bytes);
    for (const Issue& issue : result.errors) {
        if (issue.message.isEmpty())
            fail("an error without a message");
        if (issue.line.has_value() != issue.column.has_value() || issue.line.value_or(1) < 1 ||
            issue.column.value_or(1) < 1) {
            fail("an error with half a position, or one before the start");
        }
    }
    if (!result.ok())
        return 0;
    const ReadResult again = readDataset(writeDataset(result.dataset));
    if (!again.ok())
        fail("a dataset read without error was written into a file that does not read");
    if (!(again.dataset == result.dataset))
        fail("a dataset changed through a write and a read");
    return 0;
}
