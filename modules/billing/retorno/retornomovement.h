#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing {

/// What a retorno record means for the company, whatever the bank called it.
enum class MovementKind {
    EntradaConfirmada,  ///< the bank registered the title
    Liquidacao,         ///< paid (normal, partial, in cartório, by balance...)
    LiquidacaoAposBaixa,///< paid after the title had been written off / not registered
    Baixa,              ///< written off (by request, automatically, by protest...)
    Rejeicao,           ///< an instruction (entrada, baixa, alteração) was refused: see reasons
    Protesto,           ///< sent to / confirmed at the cartório
    Tarifa,             ///< a fee debited (no payment)
    Alteracao,          ///< a change confirmed (due date, abatimento, data...)
    Estorno,            ///< card settlements: money given back to the buyer (refund, chargeback, dispute)
    Outro               ///< anything else (em ser, alegações do pagador...)
};

/// Stable lower-case code used in JSON and the database: "entrada_confirmada", "liquidacao",
/// "liquidacao_apos_baixa", "baixa", "rejeicao", "protesto", "tarifa", "alteracao", "estorno", "outro".
QString movementKindCode(MovementKind kind);

/// The kind whose movementKindCode() is `code`; std::nullopt for anything else.
std::optional<MovementKind> movementKindFromCode(QStringView code);

/// An occurrence or reason text of the bank tables (English source, context
/// "billing::Occurrence") in the user's language.
QString occurrenceDisplayText(const QString &sourceText);

/// `nossoNumero` without its leading zeros ("00012" → "12"; all zeros or blank → ""): the form
/// RetornoMovement::nossoNumero has, for comparing it with a stored number.
QString retornoMatchKey(QStringView nossoNumero);

/// One reason a bank gives for an occurrence ("motivo"): its code and that bank's meaning.
struct MovementReason
{
    QString code; ///< as in the file, 2 characters, alphanumeric ("03", "A4"); Santander 400: 3 digits
    QString text; ///< the bank's meaning (English source text; translate with core::Tr at display)
};

/// One title record of a retorno file (a CNAB 240 T+U pair, or a CNAB 400 detail), normalised.
/// Amounts are integer centavos; a blank amount is 0; a date "000000"/blank is a null QDate.
struct RetornoMovement
{
    int line = 0;             ///< 1-based physical line of the record (the T segment in 240)
    QString bankCode;         ///< "341"
    QString nossoNumeroField; ///< the nosso número exactly as the file has it, trimmed
    /// The nosso número without check digit and without leading zeros, in the shape the bank
    /// class builds it (Bank::sequenceToNossoNumero, stored in boletos.nosso_numero with its
    /// leading zeros removed): what reconciliation matches on, with the account.
    QString nossoNumero;
    /// The bank's whole nosso número without check digit and without leading zeros: for Banco do
    /// Brasil (convênio + sequence, 17 digits) and Caixa (modalidade + emissão + sequence, 17
    /// digits) what is printed on the boleto without its DV (boletos.nosso_numero_key with its
    /// leading zeros removed); for every other bank the same as nossoNumero.
    QString nossoNumeroFull;
    QString documentNumber;   ///< seu número / número do documento, trimmed
    QString companyReference; ///< uso da empresa / identificação do título na empresa, trimmed
    QString carteira;
    QString occurrenceCode;   ///< "06"
    QString occurrenceText;   ///< that bank's meaning of the code, English source text
    MovementKind kind = MovementKind::Outro;
    QList<MovementReason> reasons; ///< motivos; empty when the file has none ("00"/blank)
    qint64 titleCents = 0;     ///< valor do título
    qint64 paidCents = 0;      ///< valor pago / recebido
    qint64 interestCents = 0;  ///< juros de mora + multa + encargos
    qint64 discountCents = 0;  ///< desconto concedido
    qint64 rebateCents = 0;    ///< abatimento
    qint64 iofCents = 0;
    qint64 feeCents = 0;       ///< tarifa / despesas de cobrança
    qint64 otherExpensesCents = 0;
    qint64 otherCreditsCents = 0;
    qint64 creditedCents = -1; ///< valor líquido creditado when the layout has it, else -1
    QDate dueDate;
    QDate occurrenceDate;
    QDate creditDate;
    QString payerBank;         ///< banco cobrador/recebedor
    QString pixTxid;           ///< Santander 400: txid of the type-2 PIX record that follows
    QString pixKey;
    QString paymentMethod;     ///< card settlements: the acquirer's payment method ("visa", "master", "pix"...)

    /// A liquidação (before or after write-off): money received for the title.
    bool isPayment() const { return kind == MovementKind::Liquidacao || kind == MovementKind::LiquidacaoAposBaixa; }
    /// The day a payment counts from: the occurrence, else the credit.
    QDate paymentDate() const { return occurrenceDate.isValid() ? occurrenceDate : creditDate; }
};

/// A whole retorno file as read: which bank and layout, the header's identification of the
/// account, and every title movement in file order.
struct RetornoFile
{
    QString bankCode;          ///< from the header
    QString layout;            ///< "cnab240", "cnab400", "pix" (PIX statement) or "card" (card settlement)
    QString variant;           ///< e.g. "cbr643" (BB 400, type-7 details), "" when standard
    QDate generatedOn;         ///< header data de geração/gravação (null when unreadable)
    int nsa = 0;               ///< header sequential file number when present, else 0
    QString companyDocument;   ///< CPF/CNPJ digits in the header (240), may be empty
    QString agency;            ///< header agency digits (no DV), may be empty
    QString account;           ///< header account digits (no DV), may be empty
    QString convenio;          ///< convênio / código do beneficiário, may be empty
    int lineCount = 0;         ///< physical lines read
    QList<RetornoMovement> movements;
};

} // namespace billing
