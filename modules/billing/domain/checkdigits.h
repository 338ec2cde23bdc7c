#pragma once

#include <QStringView>

// Check-digit arithmetic shared by the boleto codes and every bank's nosso número rules.
// Inputs are ASCII digit strings; a non-digit is a programming error (asserted in debug builds):
// callers validate user text first and report the position themselves.
namespace billing {

/// True if `text` is non-empty and holds only the ASCII digits 0-9.
bool isAsciiDigits(QStringView text);

/// FEBRABAN modulo-10 check digit: weights 2,1,2,1... from the rightmost digit, products above 9
/// contribute the sum of their digits (14 → 1 + 4), DV = (10 - sum mod 10) mod 10.
/// Used for the linha digitável fields, Itaú's DAC and Banrisul's first NC digit.
int mod10(QStringView digits);

/// Weighted sum for modulo 11: weights 2, 3, ..., maxWeight, 2, 3, ... from the rightmost digit.
/// maxWeight is 9 for most rules ("base 9") and 7 for Bradesco and Banrisul ("base 7").
int mod11Sum(QStringView digits, int maxWeight);

/// mod11Sum(digits, maxWeight) % 11: the remainder, which each bank maps to its DV in its own way
/// (11 - r with 0/1/10 → 0, 1, 'P' or 'X'), so the mapping stays in the bank's class.
int mod11(QStringView digits, int maxWeight);

/// The boleto general check digit (barcode position 5): 11 - mod11(digits, 9), where the results
/// 0, 10 and 11 become 1. `digits` are the 43 barcode digits without the DV.
int boletoGeneralDv(QStringView digits);

} // namespace billing
