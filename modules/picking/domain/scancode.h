#pragma once

#include <QString>

namespace picking {

/// What a scanner typed, read as a product code: a plain GTIN/EAN or SKU, or a GS1-128 element
/// string with (01) GTIN and (10) lot — "(01)07891234567895(10)L2301", "0107891234567895" +
/// "10L2301", with or without the "]C1" symbology prefix and GS separators.
struct ScanCode
{
    QString raw;   ///< trimmed input
    QString gtin;  ///< GTIN-13 when the code carried a GTIN (a GTIN-14 with a leading 0 is cut to 13)
    QString lot;   ///< lot from AI (10), empty otherwise

    static ScanCode parse(const QString &input);
    /// True when this code names a product with `gtin` (any of GTIN-13/14 spellings) or `sku`.
    bool isProduct(const QString &productGtin, const QString &sku) const;
    /// Codes are compared trimmed and case-insensitively (labels print upper case, wedges may not).
    static bool same(const QString &a, const QString &b);
};

} // namespace picking
