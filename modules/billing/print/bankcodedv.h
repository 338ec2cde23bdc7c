#pragma once

#include <QString>
#include <QStringView>

namespace billing {

/// "341-7": the bank code with its modulo-11 check digit, as printed beside the bank's logo.
/// The remainder 10 is printed as 'X' (Sicredi 748-X) except by Caixa, which prints 104-0.
QString bankCodeWithDv(QStringView bankCode);

/// "AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE" for 47 digits; other text unchanged.
QString formatLinhaDigitavel(QStringView digits47);

} // namespace billing
