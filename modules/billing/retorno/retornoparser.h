#pragma once

#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QStringList>

#include <utility>

namespace billing {

/// Reads a bank's CNAB retorno file (240 or 400, detected from the header; the bank from its
/// code there) into normalised movements. Lines may end in CRLF or LF, have lost their trailing
/// spaces, or lack a final newline. A malformed file is refused with an Error whose `where` names
/// the line and the field (positions) and whose message says what was expected; nothing partial
/// is returned.
class RetornoParser
{
public:
    static core::Result<RetornoFile> parse(const QByteArray &content);

    /// A bank's meaning of an occurrence code in a layout ("cnab240"/"cnab400"), from the same
    /// tables parse() uses: for a preview legend, a filter, or the tests. Unknown bank, layout
    /// or code: known == false, kind Outro.
    struct OccurrenceInfo
    {
        QString code;
        QString text; ///< English source text (occurrenceDisplayText() translates it)
        MovementKind kind = MovementKind::Outro;
        bool known = false;
    };
    static OccurrenceInfo describeOccurrence(QStringView bankCode, QStringView layout, QStringView code);

    /// Every occurrence code of a bank's table in a layout, in code order (empty when the bank
    /// or layout is not read).
    static QList<OccurrenceInfo> occurrenceTable(QStringView bankCode, QStringView layout);

    /// The banks whose retorno files are read, per layout: {"cnab240", {"001", ...}}, ...
    static QList<std::pair<QString, QStringList>> supportedBanks();
};

} // namespace billing
