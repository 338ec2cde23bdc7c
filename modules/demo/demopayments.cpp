#include "demo/demopayments.h"
#include "demo/demotime.h"

#include "core/data/database.h"
#include "core/domain/rng.h"
#include "core/domain/uuid7.h"
#include "demo/orderlifecycle.h"

#include <array>

namespace demo {

using core::Rng;

namespace {

QString ts(qint64 utcMillis)
{
    return isoUtc(utcMillis);
}

QString digits(Rng &rng, int count)
{
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(u'0' + int(rng.between(0, 9)));
    return s;
}

// Letters and digits, as PIX txids and acquirer ids are. Every fourth character is a letter so no
// reference ever holds a long run of digits that could be mistaken for a card number.
QString alphanumeric(Rng &rng, int count)
{
    static constexpr char16_t kChars[] = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789";
    static constexpr int kAll = int(std::size(kChars)) - 1; // without the terminating zero
    static constexpr int kLetters = kAll - 10;              // the digits come last
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(kChars[rng.between(0, (i % 4 == 3 ? kLetters : kAll) - 1)]);
    return s;
}

struct Weighted { const char *name; int weight; };
constexpr Weighted kBrands[] = {{"Visa", 40}, {"Mastercard", 38}, {"Elo", 12}, {"American Express", 6}, {"Hipercard", 4}};
constexpr const char *kAcquirers[] = {"Cielo", "Rede", "Stone", "GetNet", "PagSeguro"};
// PIX PSPs with their ISPB (the first 8 digits of an end-to-end id).
struct Psp { const char *name; const char *ispb; };
constexpr Psp kPsps[] = {{"Banco do Brasil", "00000000"}, {"Itaú", "60701190"}, {"Bradesco", "60746948"},
                         {"Santander", "90400888"}, {"Banco Inter", "00416968"}};
constexpr Psp kMercadoPago = {"Mercado Pago", "10573521"};

const char *brand(Rng &rng)
{
    int pick = int(rng.between(0, 99));
    for (const Weighted &b : kBrands) {
        if (pick < b.weight)
            return b.name;
        pick -= b.weight;
    }
    return kBrands[0].name;
}

const char *const kApproveReasons[] = {"Cliente com histórico de compras aprovadas", "Dados cadastrais consistentes",
                                       "Dispositivo e endereço conhecidos", "Titular do cartão confere com o CPF do pedido"};
const char *const kReviewReasons[] = {"Endereço de entrega diferente do cadastro do cartão",
                                      "Primeira compra do cliente com valor alto",
                                      "E-mail criado há menos de 7 dias",
                                      "Vários cartões tentados no mesmo dispositivo",
                                      "CEP de entrega com histórico de fraude",
                                      "Valor acima do limite de aprovação automática"};
const char *const kDenyReasons[] = {"Dispositivo associado a fraude confirmada", "CPF divergente do titular do cartão",
                                    "Cartão com contestação (chargeback) recente"};

} // namespace

QStringList DemoPayments::transactionColumns()
{
    return QStringLiteral("id order_id at method status amount_cents installments provider card_brand card_last4 "
                          "authorization_code nsu acquirer_reference pix_txid pix_e2eid").split(u' ');
}

QStringList DemoPayments::analysisColumns()
{
    return QStringLiteral("id order_id at provider score decision reasons raw_response").split(u' ');
}

core::Result<> DemoPayments::generate(Rng &rng, const OrderPath &path, const Order &order, qint64 nowMs,
                                      const std::function<core::Result<>(Table, const QVariant *, int)> &emitRow) const
{
    const QString &method = path.paymentMethod;
    const bool card = method == QLatin1String("credit_card") || method == QLatin1String("debit_card");
    const bool pix = method == QLatin1String("pix");
    if (!card && !pix)
        return {}; // boletos come with their own table; cash needs no transaction
    const bool mercadoLivre = order.channelCode == QLatin1String("mercado-livre");
    const QString methodCode = method;
    auto transaction = [&](qint64 atMs, const char *status, const QString &provider, const QString &cardBrand,
                           const QString &last4, const QString &authorization, const QString &nsu,
                           const QString &reference, const QString &txid, const QString &e2eid) {
        std::array<QVariant, 15> v{core::Uuid7::generate(order.placedMs, rng), order.id, ts(atMs), methodCode,
                                   QLatin1String(status), order.totalCents, path.installments, provider, cardBrand,
                                   last4, authorization, nsu, reference, txid, e2eid};
        return emitRow(Table::Payments, v.data(), int(v.size()));
    };

    if (card) {
        // The analysis comes first: the provider looks at the order before the capture.
        if (path.riskAtMs > 0 && path.riskAtMs <= nowMs) {
            const bool clearSale = rng.chance(600);
            const QString &decision = path.riskDecision;
            const bool review = decision == QLatin1String("review");
            const bool deny = decision == QLatin1String("deny");
            QStringList reasons;
            if (review) {
                reasons << QString::fromUtf8(kReviewReasons[rng.index(std::size(kReviewReasons))]);
                if (rng.chance(400))
                    reasons << QString::fromUtf8(kReviewReasons[rng.index(std::size(kReviewReasons))]);
                reasons.removeDuplicates();
            } else {
                reasons << QString::fromUtf8(deny ? kDenyReasons[rng.index(std::size(kDenyReasons))]
                                                  : kApproveReasons[rng.index(std::size(kApproveReasons))]);
            }
            const QString requestId = alphanumeric(rng, 16);
            const QString at = ts(path.riskAtMs);
            QString json;
            if (clearSale) {
                const char *status = deny ? "RPM" : review ? "AMA" : "APA"; // ClearSale status codes
                json = QStringLiteral(R"({"requestId":")") + requestId + QStringLiteral(R"(","code":")")
                       + QString::number(order.number) + QStringLiteral(R"(","status":")") + QLatin1String(status)
                       + QStringLiteral(R"(","score":)") + QString::number(path.riskScore)
                       + QStringLiteral(R"(.00,"reasons":[")") + reasons.join(QStringLiteral(R"(",")"))
                       + QStringLiteral(R"("],"date":")") + at + QStringLiteral(R"("})");
            } else {
                const char *recommendation = deny ? "DECLINE" : review ? "REVIEW" : "APPROVE";
                json = QStringLiteral(R"({"status":"ok","order":{"id":")") + QString::number(order.number)
                       + QStringLiteral(R"(","recommendation":")") + QLatin1String(recommendation)
                       + QStringLiteral(R"(","score":)") + QString::number(path.riskScore / 100.0, 'f', 2)
                       + QStringLiteral(R"(,"reasons":[")") + reasons.join(QStringLiteral(R"(",")"))
                       + QStringLiteral(R"("],"analysis_id":")") + requestId + QStringLiteral(R"(","timestamp":")") + at
                       + QStringLiteral(R"("}})");
            }
            std::array<QVariant, 8> v{core::Uuid7::generate(order.placedMs, rng), order.id, at,
                                      clearSale ? QStringLiteral("ClearSale") : QStringLiteral("Konduto"),
                                      path.riskScore, decision, reasons.join(QStringLiteral("; ")), json};
            if (auto done = emitRow(Table::Risks, v.data(), int(v.size())); !done)
                return done;
        }
        const QString provider = mercadoLivre ? QString::fromUtf8(kMercadoPago.name)
                                              : QLatin1String(kAcquirers[rng.index(std::size(kAcquirers))]);
        const QString cardBrand = QLatin1String(method == QLatin1String("debit_card") && rng.chance(500) ? "Elo" : brand(rng));
        const QString last4 = digits(rng, 4);
        const QString nsu = digits(rng, 9);
        const QString authorization = digits(rng, 6);
        const QString reference = QStringLiteral("TID") + alphanumeric(rng, 17);
        const qint64 authorizedMs = order.placedMs + rng.between(2, 8) * 1000;
        if (path.refused) {
            // Refused by the acquirer, or authorized and then voided when the analysis denied it.
            const bool acquirer = path.riskDecision == QLatin1String("approve");
            if (path.cancelledMs > 0 && path.cancelledMs <= nowMs) {
                if (auto done = transaction(path.cancelledMs, acquirer ? "refused" : "cancelled", provider, cardBrand, last4,
                                            acquirer ? QString() : authorization, nsu, reference, {}, {});
                    !done)
                    return done;
            } else if (authorizedMs <= nowMs) {
                if (auto done = transaction(authorizedMs, "authorized", provider, cardBrand, last4, authorization, nsu, reference, {}, {});
                    !done)
                    return done;
            }
            return {};
        }
        if (path.paidMs > 0 && path.paidMs <= nowMs) {
            if (auto done = transaction(path.paidMs, "captured", provider, cardBrand, last4, authorization, nsu, reference, {}, {}); !done)
                return done;
        } else if (authorizedMs <= nowMs) {
            if (auto done = transaction(authorizedMs, "authorized", provider, cardBrand, last4, authorization, nsu, reference, {}, {}); !done)
                return done;
        }
        if (path.refundedMs > 0 && path.refundedMs <= nowMs) {
            if (auto done = transaction(path.refundedMs, "refunded", provider, cardBrand, last4, authorization, nsu, reference, {}, {}); !done)
                return done;
        }
        return {};
    }

    // PIX: a charge with its txid when the order is placed; the end-to-end id once paid.
    const Psp &psp = mercadoLivre ? kMercadoPago : kPsps[rng.index(std::size(kPsps))];
    const QString provider = QString::fromUtf8(psp.name);
    const QString txid = alphanumeric(rng, 32);
    if (path.paidMs > 0 && path.paidMs <= nowMs) {
        const QString e2eid = QLatin1Char('E') + QLatin1String(psp.ispb)
                              + QDateTime::fromMSecsSinceEpoch(path.paidMs, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmm"))
                              + alphanumeric(rng, 11);
        if (auto done = transaction(path.paidMs, "paid", provider, {}, {}, {}, {}, {}, txid, e2eid); !done)
            return done;
        if (path.refundedMs > 0 && path.refundedMs <= nowMs)
            return transaction(path.refundedMs, "refunded", provider, {}, {}, {}, {}, {}, txid, e2eid);
        return {};
    }
    if (path.cancelledMs > 0 && path.cancelledMs <= nowMs)
        return transaction(path.cancelledMs, "cancelled", provider, {}, {}, {}, {}, {}, txid, {});
    return transaction(order.placedMs, "pending", provider, {}, {}, {}, {}, {}, txid, {});
}

} // namespace demo
