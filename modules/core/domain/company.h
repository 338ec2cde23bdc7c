#pragma once

#include <QString>

namespace core {

/// The company that runs this Retaguarda (printed on boletos, labels and reports).
struct Company
{
    QString id;
    QString legalName;  ///< razão social
    QString tradeName;  ///< nome fantasia
    QString cnpj;       ///< normalised (14 characters, may be alphanumeric)
    QString stateRegistration;
    QString street;
    QString number;
    QString complement;
    QString district;
    QString city;
    QString state;      ///< UF
    QString cep;        ///< 8 digits
    QString phone;
    QString email;
    qint64 rowVersion = 0; ///< 0 while not saved yet
};

} // namespace core
