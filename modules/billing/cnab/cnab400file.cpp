#include "billing/cnab/cnab400file.h"

#include "billing/cnab/recordwriter.h"
#include "core/domain/tr.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

Result<QByteArray> writeCnab400File(const Remessa &remessa, const Result<QString> &header,
                                    const Cnab400TitleRecords &titleRecords,
                                    const Cnab400Trailer &trailer)
{
    if (!header)
        return header.error();
    RecordSink records;
    records.reserve(remessa.titles.size() * 2 + 2, 400);
    records.append(*header);
    for (qsizetype i = 0; i < remessa.titles.size(); ++i) {
        const RemessaTitle &t = remessa.titles[i];
        auto withTitle = [i](const Error &e) {
            return Error::validation(Tr::tr("Title %1: %2").arg(i + 1).arg(e.message), e.where);
        };
        if (auto ok = t.validate(); !ok)
            return withTitle(ok.error());
        auto added = titleRecords(t, records.count() + 1);
        if (!added)
            return withTitle(added.error());
        for (const QString &record : std::as_const(*added))
            records.append(record);
    }
    const int trailerSequence = records.count() + 1;
    auto last = trailer ? trailer(trailerSequence) : [trailerSequence] {
        RecordWriter w;
        w.put(1, 1, u"9").blank(2, 394);
        w.numeric(395, 400, trailerSequence, Tr::tr("record number"));
        return w.finish();
    }();
    if (!last)
        return last.error();
    records.append(*last);
    return records.take();
}

} // namespace billing
