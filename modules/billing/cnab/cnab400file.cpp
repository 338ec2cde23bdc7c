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
    QStringList records{*header};
    for (qsizetype i = 0; i < remessa.titles.size(); ++i) {
        const RemessaTitle &t = remessa.titles[i];
        auto withTitle = [i](const Error &e) {
            return Error::validation(Tr::tr("Title %1: %2").arg(i + 1).arg(e.message), e.where);
        };
        if (auto ok = t.validate(); !ok)
            return withTitle(ok.error());
        auto added = titleRecords(t, int(records.size()) + 1);
        if (!added)
            return withTitle(added.error());
        records << *added;
    }
    const int trailerSequence = int(records.size()) + 1;
    auto last = trailer ? trailer(trailerSequence) : [trailerSequence] {
        RecordWriter w;
        w.put(1, 1, u"9").blank(2, 394);
        w.numeric(395, 400, trailerSequence, Tr::tr("record number"));
        return w.finish();
    }();
    if (!last)
        return last.error();
    records << *last;
    // Banks read CRLF after every record, the last one included.
    return (records.join(u"\r\n"_s) + u"\r\n"_s).toLatin1();
}

} // namespace billing
