#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace demo {

/// A city the demo customers live in: its state, the CEP range the Correios gave it, the phone
/// area code (DDD) and a relative weight (roughly its share of e-commerce buyers).
struct City
{
    QString name;
    QString state;
    int cepFirst; ///< first 5 digits of the city's CEP range
    int cepLast;
    int ddd;
    int weight;
};

/// A product family the demo catalogue draws from.
struct ProductFamily
{
    QString category;
    QStringList names;    ///< base names ("Shampoo Hidratante")
    QStringList variants; ///< sizes, colours, flavours
    QStringList brands;
    int minPriceCents;
    int maxPriceCents;
    int minWeightGrams;
    int maxWeightGrams;
    bool anvisa;          ///< regulated: ANVISA registration and lot/expiry control
};

/// Word lists for realistic Brazilian demo data. Public-domain style lists written for this
/// project: common given names and surnames (IBGE), real cities with their CEP ranges and DDDs.
struct DemoVocabulary
{
    static const QStringList &femaleNames();
    static const QStringList &maleNames();
    static const QStringList &surnames();
    static const QStringList &streetTypes();
    static const QStringList &streetNames();
    static const QStringList &districts();
    static const QList<City> &cities();
    static const QStringList &emailDomains();
    static const QStringList &companyActivities();
    static const QList<ProductFamily> &productFamilies();
};

} // namespace demo
