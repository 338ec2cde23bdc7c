#pragma once

#include "billing/cnab/recordwriter.h"
#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace billing {

/// What every bank's FEBRABAN CNAB 240 cobrança remessa shares: header de arquivo, one lote
/// (header de lote, segments P + Q, and R when the title has a fine, per title; trailer de lote
/// with its record count), trailer de arquivo with the lote and record counts; every record is
/// 240 characters followed by CRLF, the last one included, in Latin-1. A title's error is
/// prefixed with "Title N:".
///
/// A bank derives from it in its own .cpp (cnab240caixa.cpp...) and fills in the parts its
/// manual defines differently; the defaults follow the FEBRABAN layout (cnab-layout-facts.md).
/// The discount (desconto 1) goes in segment P as FEBRABAN places it; segment R carries the fine.
///
/// Banks: Caixa, Banco do Brasil, Santander, Bradesco, Itaú, Sicredi, Sicoob. Banco Inter (077)
/// has no writer here: it accepts cobrança remessas in CNAB 400 only.
class Cnab240File
{
public:
    virtual ~Cnab240File() = default;

    /// The whole file, or the first error (the remessa's, or "Title N: ..." naming the field).
    core::Result<QByteArray> write(const Remessa &remessa) const;

protected:
    virtual QString bankCode() const = 0;
    virtual QString bankName() const = 0;
    virtual QString fileLayoutVersion() const = 0;
    virtual QString batchLayoutVersion() const = 0;

    /// Checks of the remessa beyond Remessa::validate() (convênio, DVs the bank needs).
    virtual core::Result<> validate(const Remessa &remessa) const;

    // --- header de arquivo -----------------------------------------------------------------
    virtual core::Result<QString> fileHeader(const Remessa &remessa) const;
    /// Positions 33-72: convênio and the account block, packed differently by every bank.
    virtual void fileHeaderAccount(RecordWriter &w, const Remessa &remessa) const = 0;
    virtual QString density() const { return QStringLiteral("00000"); }
    /// Positions 172-240: reserved to the bank and the company; blank by default.
    virtual void fileHeaderReserved(RecordWriter &w, const Remessa &remessa) const;

    // --- header de lote --------------------------------------------------------------------
    virtual core::Result<QString> batchHeader(const Remessa &remessa) const;
    /// Positions 34-73: convênio and the account block of the lote.
    virtual void batchHeaderAccount(RecordWriter &w, const Remessa &remessa) const = 0;

    // --- segment P -------------------------------------------------------------------------
    virtual core::Result<QString> segmentP(const Remessa &remessa, const RemessaTitle &t,
                                           int sequence) const;
    /// Positions 18-62: agency, account, nosso número (with the bank's DV where its layout has
    /// one), carteira, forma de cadastramento, tipo de documento, emissão and distribuição.
    virtual core::Result<> titleIdentification(RecordWriter &w, const Remessa &remessa,
                                               const RemessaTitle &t) const = 0;
    /// Positions 63-77: the seu número; digits are zero-padded, anything else written as text.
    virtual void documentNumber(RecordWriter &w, const RemessaTitle &t) const;
    /// Position 106, DV of the agência cobradora (chosen by the bank): '0' or blank.
    virtual QString collectingAgencyDv() const { return QStringLiteral(" "); }
    virtual QString especie() const { return QStringLiteral("02"); } ///< duplicata mercantil
    /// Positions 118-141: code 1 (valor por dia) from the day after the due date, or 3 (isento).
    virtual void interest(RecordWriter &w, const RemessaTitle &t) const;
    /// Position 142: code 1 (valor fixo até a data) when there is a discount, else 0.
    virtual QString discountCode(const RemessaTitle &t) const;
    /// Positions 196-220: identificação do título na empresa, echoed back in the retorno.
    virtual void companyIdentification(RecordWriter &w, const RemessaTitle &t) const;
    /// Positions 221-240: protest, baixa/devolução, currency, contract.
    virtual void instructions(RecordWriter &w, const RemessaTitle &t) const;

    // --- segment Q -------------------------------------------------------------------------
    virtual core::Result<QString> segmentQ(const Remessa &remessa, const RemessaTitle &t,
                                           int sequence) const;
    /// Positions 210-240 (banco correspondente...): "000" and blanks by default.
    virtual void segmentQTail(RecordWriter &w) const;

    // --- segment R -------------------------------------------------------------------------
    /// Whether the title needs a segment R: by default only when it has a fine.
    virtual bool needsSegmentR(const RemessaTitle &t) const;
    virtual core::Result<QString> segmentR(const Remessa &remessa, const RemessaTitle &t,
                                           int sequence) const;
    /// Positions 180-240: FEBRABAN's ocorrência do pagador and débito automático fields
    /// (zeros where numeric); banks that do not read them override with blanks.
    virtual void segmentRTail(RecordWriter &w) const;

    // --- trailers --------------------------------------------------------------------------
    virtual core::Result<QString> batchTrailer(const Remessa &remessa, int records) const;
    /// Positions 24-240 of the trailer de lote: the totals are retorno fields, so zeros for the
    /// four carteiras (24-115) and blanks by default.
    virtual void batchTrailerTotals(RecordWriter &w, const Remessa &remessa) const;
    virtual core::Result<QString> fileTrailer(int batches, int records) const;
    /// Positions 30-240 of the trailer de arquivo (30-35: contas para conciliação).
    virtual void fileTrailerTail(RecordWriter &w) const;

    // --- helpers for the banks -------------------------------------------------------------
    /// A record with positions 1-8 written: bank, lote ("0000" file header, "9999" trailer),
    /// record type.
    RecordWriter record(int lote, char type) const;
    /// A detail record with positions 1-17 written: prefix, sequence in the lote, segment,
    /// blank, movement code 01 (entrada de título).
    RecordWriter detail(int sequence, char segment, const RemessaTitle &title) const;
    /// The "tipo de inscrição" digit (1 CPF, 2 CNPJ) of `document`, or an error naming `field`.
    static core::Result<QString> inscriptionDigit(const QString &document, const QString &field);
    /// The title's nosso número as the bank prints it, check digit included ("109/00223350-2"),
    /// from the bank's own rules (BankRegistry).
    core::Result<QString> printedNossoNumero(const Remessa &remessa, const RemessaTitle &t) const;
    /// printedNossoNumero() reduced to its digits (and a DV letter such as Bradesco's 'P').
    core::Result<QString> nossoNumeroDigits(const Remessa &remessa, const RemessaTitle &t) const;
    /// The sum of the titles' amounts (the totals some banks want in the trailer de lote).
    static core::Money total(const Remessa &remessa);
    /// The fine's start date: the one given, else the day after the due date (FEBRABAN: "data a
    /// partir da qual a multa deve ser cobrada").
    static QDate fineDate(const RemessaTitle &t);
};

} // namespace billing
