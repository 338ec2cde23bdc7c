#pragma once

#include "core/domain/money.h"

#include <QString>

namespace stock {

/// A product as lists and lookups need it.
struct ProductRow
{
    QString id;
    QString sku;
    QString gtin;
    QString name;
    QString brand;
    QString category;
    core::Money listPrice; ///< "preço de"
    core::Money salePrice; ///< "preço por"
    int weightGrams = 0;
    QString anvisaRegistration;
    bool lotControlled = false;
};

} // namespace stock
