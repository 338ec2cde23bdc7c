#pragma once

#include "core/domain/result.h"

#include <QStringView>

namespace orders {

/// Card data never enters the database (PCI DSS: Retaguarda keeps no card numbers, only the brand,
/// the last four digits and the acquirer's references). Every free text that comes from a
/// provider or a person passes here before it is stored.
class CardNumberGuard
{
public:
    /// True when `text` holds 13 or more digits in a row, or digits grouped as people write card
    /// numbers, split by single spaces or hyphens, 13 to 19 in all ("4111 1111 1111 1111",
    /// "3782-822463-10005"): the shape of a card number (PAN), whether or not its check digit is
    /// right. Other grouped numbers (order numbers, phones, CPF, CEP) pass.
    static bool containsCardNumber(QStringView text);
    /// Ok, or a Validation error "never store a card number" naming `field`.
    static core::Result<> check(QStringView text, const QString &field);
};

} // namespace orders
