#include "demo/demogenerator.h"

#include "core/data/database.h"
#include "core/domain/civiltime.h"
#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "core/domain/gtin.h"
#include "core/domain/money.h"
#include "core/domain/rng.h"
#include "core/domain/searchkey.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"
#include "demo/demopayments.h"
#include "demo/demotime.h"
#include "demo/demovocabulary.h"
#include "demo/orderlifecycle.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <array>
#include <vector>

namespace demo {

using core::Money;
using core::Rng;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kSaoPauloOffset = 3 * kHour; // UTC−3, no daylight saving since 2019
constexpr int kHistoryDays = 730;
// Orders older than this keep only "created" and the final status, as history imported from a
// previous system does; recent orders carry their full timeline.
constexpr int kFullTimelineDays = 120;

struct ChannelDef { const char *code; const char *name; const char *kind; int weight; };
constexpr ChannelDef kChannels[] = {
    {"loja-virtual", "Loja virtual", "storefront", 440},
    {"mercado-livre", "Mercado Livre", "marketplace", 180},
    {"amazon", "Amazon", "marketplace", 80},
    {"magalu", "Magalu", "marketplace", 50},
    {"shopee", "Shopee", "marketplace", 40},
    {"loja-centro", "Loja Centro", "store", 80},
    {"representantes", "Representantes", "representative", 40},
    {"franquias", "Franquias", "franchise", 40},
    {"televendas", "Televendas", "telesales", 50},
};
constexpr int kChannelCount = int(std::size(kChannels));

struct ProductInfo { QString id; QString sku; QString name; qint64 listCents; qint64 saleCents; int weight; };
struct CustomerInfo { QString id; QString addressId; };

QString ts(qint64 utcMillis)
{
    return isoUtc(utcMillis);
}

QString asciiLower(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString digits(Rng &rng, int count)
{
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(u'0' + int(rng.between(0, 9)));
    return s;
}

// `width` digits that differ for every index below 10^width: index × an odd multiplier not
// divisible by 5 is a bijection modulo 10^width, so no two customers share a CPF or CNPJ root.
QString uniqueDigits(qint64 index, int width, qint64 offset)
{
    qint64 modulus = 1;
    for (int i = 0; i < width; ++i)
        modulus *= 10;
    const qint64 value = (index * 387'420'489 + offset) % modulus;
    return QString::number(value).rightJustified(width, u'0');
}

// Relative order volume of a day: growth, weekday rhythm and the retail calendar.
double dayWeight(QDate day, int index)
{
    double w = 0.7 + 0.6 * index / double(kHistoryDays);
    static constexpr double weekday[] = {0, 1.15, 1.12, 1.05, 1.0, 0.95, 0.72, 0.84}; // Mon..Sun
    w *= weekday[day.dayOfWeek()];
    const int month = day.month();
    const int dom = day.day();
    QDate blackFriday(day.year(), 11, 1);
    blackFriday = blackFriday.addDays((5 - blackFriday.dayOfWeek() + 7) % 7 + 21); // 4th Friday
    const qint64 toBlackFriday = day.daysTo(blackFriday);
    if (toBlackFriday == 0) w *= 4.0;
    else if (toBlackFriday > 0 && toBlackFriday <= 6) w *= 1.5;
    else if (toBlackFriday == -3) w *= 2.2; // Cyber Monday
    if (month == 12 && dom <= 22) w *= 1.45;
    if (month == 12 && dom >= 26) w *= 0.8;
    if (month == 1) w *= 0.85;
    QDate mothersDay(day.year(), 5, 1);
    mothersDay = mothersDay.addDays((7 - mothersDay.dayOfWeek()) % 7 + 7); // 2nd Sunday of May
    const qint64 toMothers = day.daysTo(mothersDay);
    if (toMothers > 0 && toMothers <= 10) w *= 1.5;
    if (month == 3 && dom == 15) w *= 1.8; // Dia do Consumidor
    return w;
}

// Minute of the day (São Paulo) an order is placed: quiet nights, peaks late morning and evening.
int minuteOfDay(Rng &rng)
{
    static constexpr int hourWeight[24] = {3, 2, 1, 1, 1, 1, 2, 4, 6, 8, 10, 10, 9, 8, 9, 9, 8, 8, 8, 10, 12, 12, 9, 5};
    static const int total = [] { int t = 0; for (int w : hourWeight) t += w; return t; }();
    int pick = int(rng.between(0, total - 1));
    int hour = 0;
    while (pick >= hourWeight[hour])
        pick -= hourWeight[hour++];
    return hour * 60 + int(rng.between(0, 59));
}

QString correiosTracking(Rng &rng, const char *prefix)
{
    // S10 tracking code: 2 letters, 8 digits, check digit (weights 8 6 4 2 3 5 9 7), "BR".
    static constexpr int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    const QString serial = digits(rng, 8);
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (serial[i].unicode() - u'0') * weights[i];
    int dv = 11 - sum % 11;
    dv = dv == 10 ? 0 : dv == 11 ? 5 : dv;
    return QLatin1String(prefix) + serial + QString::number(dv) + QStringLiteral("BR");
}

} // namespace

DemoGenerator::DemoGenerator(SeedOptions options) : m_options(options)
{
    if (!m_options.until.isValid())
        m_options.until = core::CivilTime::today();
}

QString DemoGenerator::tableName(Table table)
{
    static const char *names[] = {"channels", "products", "customers", "customer_addresses", "orders",
                                  "order_items", "order_events", "payment_transactions", "risk_analyses"};
    return QLatin1String(names[int(table)]);
}

QStringList DemoGenerator::columns(Table table)
{
    switch (table) {
    case Table::Channels:
        return QStringLiteral("id code name kind updated_at").split(u' ');
    case Table::Products:
        return QStringLiteral("id sku gtin name name_key brand category specifications list_price_cents sale_price_cents "
                              "weight_grams length_mm width_mm height_mm anvisa_registration lot_controlled updated_at")
            .split(u' ');
    case Table::Customers:
        return QStringLiteral("id kind name name_key document email phone mobile birth_date created_at updated_at").split(u' ');
    case Table::Addresses:
        return QStringLiteral("id customer_id label recipient street number complement district city state cep "
                              "is_default updated_at").split(u' ');
    case Table::Orders:
        return QStringLiteral("id number channel_id external_id customer_id status payment_method payment_status "
                              "placed_at paid_at shipped_at delivered_at cancelled_at items_cents discount_cents "
                              "freight_cents total_cents installments carrier tracking_code shipping_address_id updated_at")
            .split(u' ');
    case Table::Items:
        return QStringLiteral("id order_id line_no product_id sku description quantity list_price_cents "
                              "unit_price_cents discount_cents total_cents updated_at").split(u' ');
    case Table::Events:
        return QStringLiteral("id order_id at kind from_status to_status reason").split(u' ');
    case Table::Payments:
        return DemoPayments::transactionColumns();
    case Table::Risks:
        return DemoPayments::analysisColumns();
    }
    return {};
}

core::Result<SeedCounts> DemoGenerator::generate(RowSink &sink, const std::function<bool(int)> &progress)
{
    if (m_options.orders < 0)
        return core::Error::validation(core::Tr::tr("The number of orders cannot be negative."), QStringLiteral("--orders"));
    Rng rng(m_options.seed);
    SeedCounts counts;
    const QDate firstDay = m_options.until.addDays(1 - kHistoryDays);
    const qint64 startMs = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + kSaoPauloOffset;
    const QString startTs = ts(startMs - 400LL * 24 * kHour);
    const QVariant null; // SQL NULL (see RowSink)

    auto emit_ = [&](Table table, auto &values) -> core::Result<> {
        ++counts[table];
        return sink.row(table, values.data(), int(values.size()));
    };
#define RG_EMIT(table, values)                                   \
    if (auto emitted = emit_(table, values); !emitted)           \
        return emitted.error();

    // Channels.
    std::vector<QString> channelIds;
    int channelWeightTotal = 0;
    for (const ChannelDef &c : kChannels) {
        channelIds.push_back(core::Uuid7::generate(startMs - 500LL * 24 * kHour, rng));
        channelWeightTotal += c.weight;
        std::array<QVariant, 5> v{channelIds.back(), QLatin1String(c.code), QString::fromUtf8(c.name),
                                  QLatin1String(c.kind), startTs};
        RG_EMIT(Table::Channels, v);
    }

    // Products.
    const int productCount = int(std::clamp<qint64>(m_options.orders / 400, 120, 2500));
    std::vector<ProductInfo> products;
    products.reserve(productCount);
    const auto &families = DemoVocabulary::productFamilies();
    for (int i = 0; i < productCount; ++i) {
        const ProductFamily &f = families[i % families.size()];
        const QString brand = rng.pick(f.brands);
        const QString name = QStringLiteral("%1 %2 %3").arg(rng.pick(f.names), brand, rng.pick(f.variants));
        const qint64 list = rng.between(f.minPriceCents, f.maxPriceCents) / 100 * 100 - 10; // R$ xx,90
        const qint64 sale = rng.chance(350) ? list - Money::fromCents(list).percentOf(int(rng.between(5, 30)) * 100).cents() / 10 * 10 : list;
        ProductInfo p{core::Uuid7::generate(startMs - 450LL * 24 * kHour, rng),
                      QStringLiteral("%1-%2").arg(asciiLower(f.category).left(3).toUpper()).arg(10000 + i),
                      name, list, sale, int(rng.between(f.minWeightGrams, f.maxWeightGrams))};
        const QString gtin = core::Gtin::withCheckDigit(QStringLiteral("789") + QString::number(1000000 + i * 37 % 9000000).rightJustified(7, u'0') + digits(rng, 2));
        const QString anvisa = f.anvisa ? QStringLiteral("2") + digits(rng, 12) : QString();
        const QString specs = QStringLiteral(R"({"categoria":"%1","marca":"%2","origem":"Nacional"})").arg(f.category, brand);
        const int side = int(rng.between(5, 35));
        std::array<QVariant, 17> v{p.id, p.sku, gtin, name, core::SearchKey::fold(name), brand, f.category, specs, p.listCents, p.saleCents,
                                   p.weight, side * 10, side * 7, int(rng.between(3, 25)) * 10, anvisa, f.anvisa ? 1 : 0, startTs};
        RG_EMIT(Table::Products, v);
        products.push_back(std::move(p));
    }

    // Customers and addresses.
    const qint64 customerCount = std::max<qint64>(200, m_options.orders / 4);
    std::vector<CustomerInfo> customers;
    customers.reserve(customerCount);
    const auto &cities = DemoVocabulary::cities();
    int cityWeightTotal = 0;
    for (const City &c : cities)
        cityWeightTotal += c.weight;
    // Documents must be unique: random ones collide by the thousands at a million orders.
    const qint64 documentOffset = rng.between(0, 999'999'999);
    for (qint64 i = 0; i < customerCount; ++i) {
        const bool company = rng.chance(70);
        const bool female = rng.chance(520);
        const QString first = rng.pick(female ? DemoVocabulary::femaleNames() : DemoVocabulary::maleNames());
        const QString last1 = rng.pick(DemoVocabulary::surnames());
        const QString last2 = rng.pick(DemoVocabulary::surnames());
        QString name;
        QString document;
        QString email;
        if (company) {
            name = QStringLiteral("%1 %2 %3").arg(last1, rng.pick(DemoVocabulary::companyActivities()),
                                                  rng.chance(500) ? QStringLiteral("Ltda") : QStringLiteral("ME"));
            // Alphanumeric CNPJs exist only from July 2026: a few recent companies have one.
            QString root = uniqueDigits(i, 8, documentOffset);
            if (rng.chance(40)) { // letters in two positions: still one root per customer
                root[1] = QChar(u'A' + root[1].digitValue() * 2 + int(rng.between(0, 1)));
                root[4] = QChar(u'K' + root[4].digitValue());
            }
            document = core::Cnpj::withCheckDigits(root + QStringLiteral("0001"));
            email = QStringLiteral("contato@%1.com.br").arg(asciiLower(last1 + name.section(u' ', 1, 1)) + QString::number(i % 97));
        } else {
            name = QStringLiteral("%1 %2 %3").arg(first, last1, last2);
            document = core::Cpf::withCheckDigits(uniqueDigits(i, 9, documentOffset));
            email = QStringLiteral("%1.%2%3@%4").arg(asciiLower(first), asciiLower(last2)).arg(i % 1000).arg(rng.pick(DemoVocabulary::emailDomains()));
        }
        int cityPick = int(rng.between(0, cityWeightTotal - 1));
        int cityIndex = 0;
        while (cityPick >= cities[cityIndex].weight)
            cityPick -= cities[cityIndex++].weight;
        const City &city = cities[cityIndex];
        const QString mobile = QStringLiteral("(%1) 9%2-%3").arg(city.ddd).arg(digits(rng, 4), digits(rng, 4));
        const QString birth = company ? QString() : QDate(int(rng.between(1950, 2006)), int(rng.between(1, 12)), int(rng.between(1, 28))).toString(Qt::ISODate);
        CustomerInfo info{core::Uuid7::generate(startMs - rng.between(1, 400) * 24 * kHour, rng), {}};
        std::array<QVariant, 11> cv{info.id, company ? QStringLiteral("company") : QStringLiteral("person"), name,
                                    core::SearchKey::fold(name), document,
                                    email, QString(), mobile, birth.isEmpty() ? null : QVariant(birth), startTs, startTs};
        RG_EMIT(Table::Customers, cv);
        const int addressCount = rng.chance(150) ? 2 : 1;
        for (int a = 0; a < addressCount; ++a) {
            const QString addressId = core::Uuid7::generate(startMs - 300LL * 24 * kHour, rng);
            if (a == 0)
                info.addressId = addressId;
            const QString cep = QString::number(rng.between(city.cepFirst, city.cepLast)).rightJustified(5, u'0') + digits(rng, 3);
            const QString street = QStringLiteral("%1 %2").arg(rng.pick(DemoVocabulary::streetTypes()), rng.pick(DemoVocabulary::streetNames()));
            const QString complement = rng.chance(300) ? QStringLiteral("Apto %1").arg(rng.between(11, 1804)) : QString();
            std::array<QVariant, 13> av{addressId, info.id, a == 0 ? QStringLiteral("Casa") : QStringLiteral("Trabalho"), name,
                                        street, QString::number(rng.between(1, 3999)), complement, rng.pick(DemoVocabulary::districts()),
                                        city.name, city.state, cep, a == 0 ? 1 : 0, startTs};
            RG_EMIT(Table::Addresses, av);
        }
        customers.push_back(std::move(info));
    }

    // Orders: distribute the total over the days by weight (cumulative rounding: exact total).
    // History ends now when --until is today: no order is placed in the future.
    const qint64 untilMs = startMs + qint64(kHistoryDays) * 24 * kHour - 1;
    const qint64 nowMs = std::min(QDateTime::currentMSecsSinceEpoch(), untilMs);
    const int lastDayMinutes = int(std::clamp<qint64>((nowMs - (untilMs + 1 - 24 * kHour)) / 60000, 1, 24 * 60));
    std::vector<double> weights(kHistoryDays);
    double weightSum = 0;
    for (int d = 0; d < kHistoryDays; ++d) {
        weights[d] = dayWeight(firstDay.addDays(d), d);
        if (d == kHistoryDays - 1) // the part of today that has passed
            weights[d] *= lastDayMinutes / 1440.0;
        weightSum += weights[d];
    }
    double cumulative = 0;
    qint64 generated = 0;
    qint64 number = 100000;
    int lastPermille = -1;
    std::vector<qint64> minutes; // milliseconds into the day
    std::vector<std::array<QVariant, 12>> itemRows;
    OrderLifecycle lifecycle;
    const DemoPayments payments;
    const auto emitRow = [&](Table table, const QVariant *values, int count) {
        ++counts[table];
        return sink.row(table, values, count);
    };
    for (int d = 0; d < kHistoryDays; ++d) {
        cumulative += weights[d];
        const qint64 target = d == kHistoryDays - 1 ? m_options.orders : qint64(cumulative / weightSum * double(m_options.orders));
        const qint64 today = target - generated;
        minutes.clear();
        const int minuteLimit = d == kHistoryDays - 1 ? lastDayMinutes : 24 * 60;
        for (qint64 k = 0; k < today; ++k) {
            int minute = minuteOfDay(rng);
            while (minute >= minuteLimit) // early today: draw again within the hours gone by
                minute = minuteOfDay(rng);
            minutes.push_back(qint64(minute) * 60000 + rng.between(0, 59999));
        }
        std::sort(minutes.begin(), minutes.end()); // numbers follow the clock
        const qint64 dayStartMs = startMs + qint64(d) * 24 * kHour;
        for (qint64 offsetMs : minutes) {
            const qint64 placedMs = dayStartMs + offsetMs;
            ++number;
            int channelPick = int(rng.between(0, channelWeightTotal - 1));
            int ch = 0;
            while (channelPick >= kChannels[ch].weight)
                channelPick -= kChannels[ch++].weight;
            const ChannelDef &channel = kChannels[ch];
            const QString kind = QLatin1String(channel.kind);
            const auto &customer = customers[size_t(double(customerCount) * std::pow(rng.unit(), 1.4))];
            const QString orderId = core::Uuid7::generate(placedMs, rng);

            // Items (emitted after their order: foreign keys are checked row by row).
            itemRows.clear();
            const int itemRoll = int(rng.between(0, 99));
            const int itemCount = itemRoll < 55 ? 1 : itemRoll < 80 ? 2 : itemRoll < 92 ? 3 : int(rng.between(4, 6));
            qint64 itemsCents = 0;
            int weight = 0;
            const bool negotiated = kind == QLatin1String("representative") || kind == QLatin1String("franchise");
            for (int line = 1; line <= itemCount; ++line) {
                const ProductInfo &p = products[size_t(double(productCount) * rng.unit() * rng.unit())];
                const int qty = rng.chance(800) ? 1 : int(rng.between(2, negotiated ? 12 : 4));
                const qint64 unit = negotiated ? p.saleCents - Money::fromCents(p.saleCents).percentOf(int(rng.between(0, 12)) * 100).cents() : p.saleCents;
                const qint64 total = unit * qty;
                itemsCents += total;
                weight += p.weight * qty;
                itemRows.push_back({core::Uuid7::generate(placedMs, rng), orderId, line, p.id, p.sku, p.name, qty,
                                    p.listCents, unit, 0, total, ts(placedMs)});
            }
            const bool pickup = kind == QLatin1String("store");
            const qint64 discount = kind == QLatin1String("storefront") && rng.chance(120)
                                        ? Money::fromCents(itemsCents).percentOf(int(rng.between(1, 3)) * 500).cents() : 0;
            const qint64 freight = pickup || itemsCents - discount >= 29900 ? 0 : std::min<qint64>(8990, 1290 + weight / 100 * 45);
            const qint64 totalCents = itemsCents - discount + freight;

            const OrderPath path = lifecycle.plan(rng, kind, placedMs, totalCents);
            const int applied = path.appliedUntil(nowMs);
            const OrderPath::Step &current = path.steps[applied];
            QString carrier;
            QString tracking;
            if (!pickup) {
                const int roll = int(rng.between(0, 99));
                carrier = ch == 1 ? QStringLiteral("Mercado Envios") : roll < 35 ? QStringLiteral("Correios SEDEX")
                        : roll < 60 ? QStringLiteral("Correios PAC") : roll < 80 ? QStringLiteral("Jadlog")
                        : roll < 92 ? QStringLiteral("Loggi") : QStringLiteral("Total Express");
                if (path.shippedMs > 0 && path.shippedMs <= nowMs) {
                    tracking = carrier.startsWith(QLatin1String("Correios")) ? correiosTracking(rng, carrier.endsWith(QLatin1String("SEDEX")) ? "SX" : "PC")
                                                                             : digits(rng, 14);
                }
            }
            QVariant externalId = null;
            if (ch == 0) externalId = QStringLiteral("LV-%1").arg(number);
            // Marketplace ids look like each marketplace's and are unique per channel (derived
            // from the order number, never drawn at random).
            else if (ch == 1) externalId = QStringLiteral("2000%1").arg(uniqueDigits(number, 9, documentOffset));
            else if (ch == 2) {
                const QString serial = uniqueDigits(number, 14, documentOffset);
                externalId = QStringLiteral("702-%1-%2").arg(serial.left(7), serial.right(7));
            }
            else if (ch == 3) externalId = QStringLiteral("LU-%1").arg(uniqueDigits(number, 10, documentOffset));
            else if (ch == 4) externalId = QStringLiteral("24%1SHP").arg(uniqueDigits(number, 10, documentOffset));
            auto when = [&](qint64 ms) { return ms > 0 && ms <= nowMs ? QVariant(ts(ms)) : null; };
            std::array<QVariant, 22> ov{orderId, number, channelIds[size_t(ch)], externalId, customer.id,
                                        current.status, path.paymentMethod, path.paymentStatusAt(nowMs), ts(placedMs),
                                        when(path.paidMs), when(path.shippedMs), when(path.deliveredMs), when(path.cancelledMs),
                                        itemsCents, discount, freight, totalCents, path.installments, carrier, tracking,
                                        pickup ? null : QVariant(customer.addressId), ts(current.atMs)};
            RG_EMIT(Table::Orders, ov);
            for (auto &iv : itemRows)
                RG_EMIT(Table::Items, iv);

            // Timeline.
            const bool fullTimeline = nowMs - placedMs < qint64(kFullTimelineDays) * 24 * kHour;
            std::array<QVariant, 7> created{core::Uuid7::generate(placedMs, rng), orderId, ts(placedMs), QStringLiteral("created"),
                                            null, path.steps[0].status, QString()};
            RG_EMIT(Table::Events, created);
            for (int s = 1; s <= applied; ++s) {
                if (!fullTimeline && s != applied)
                    continue;
                const auto &step = path.steps[size_t(s)];
                const QString &from = fullTimeline ? path.steps[size_t(s - 1)].status : path.steps[0].status;
                // Ids carry the time they are inserted, as live ones do; stamping them with the
                // (future) event time would scatter inserts over the whole primary-key index.
                std::array<QVariant, 7> ev{core::Uuid7::generate(placedMs, rng), orderId, ts(step.atMs), QStringLiteral("status_changed"),
                                           from, step.status, fullTimeline ? step.reason : QStringLiteral("Histórico importado do sistema anterior")};
                RG_EMIT(Table::Events, ev);
            }
            if (auto paid = payments.generate(rng, path, {orderId, number, QLatin1String(channel.code), placedMs, totalCents},
                                              nowMs, emitRow);
                !paid)
                return paid.error();
        }
        generated = target;
        if (progress && m_options.orders > 0) {
            const int permille = int(generated * 1000 / m_options.orders);
            if (permille != lastPermille) {
                lastPermille = permille;
                if (!progress(permille))
                    return core::Error::conflict(core::Tr::tr("Demo data generation was cancelled; nothing was written."));
            }
        }
    }
#undef RG_EMIT
    return counts;
}

} // namespace demo
