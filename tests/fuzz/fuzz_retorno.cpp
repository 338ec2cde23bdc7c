// libFuzzer target: readPaymentFile (the CNAB retorno parsers, PIX statements and card
// settlement reports, picked by content) must answer every byte string — a file or an Error
// naming a line or column — without crashing, hanging or touching memory it does not own (built
// with -fsanitize=fuzzer,address,undefined by tests/fuzz/project, run by tst_fuzz_retorno).

#include "billing/reconciliation/paymentfilereader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = billing::readPaymentFile(bytes);
    if (result.ok()) {
        // Touch what a caller reads, so a bad view or an uninitialised value shows up here.
        qint64 sum = 0;
        for (const billing::RetornoMovement &m : result->movements) {
            sum += m.paidCents + m.titleCents + m.nossoNumero.size() + m.occurrenceText.size()
                   + m.reasons.size() + m.line;
            if (m.line < 1 || m.line > result->lineCount)
                std::abort();
        }
        if (sum == -1)
            std::abort();
    } else if (!result.error().where.startsWith(QLatin1String("line "))
               && !result.error().where.startsWith(QLatin1String("column "))) {
        std::abort(); // every refusal names the line (or, for a CSV without a usable row, the column)
    }
    return 0;
}
