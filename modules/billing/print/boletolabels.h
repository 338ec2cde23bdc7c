#pragma once

#include <QString>

// The fixed FEBRABAN box captions of a boleto. They are part of the standardised document (a
// bank's payment clerk reads them in Portuguese whatever the UI language), so they are not
// translated; keeping them here leaves one place to correct a caption.
namespace billing::boletolabels {

inline const QString reciboDoPagador = QStringLiteral("Recibo do Pagador");
inline const QString fichaDeCompensacao = QStringLiteral("Ficha de Compensação");
inline const QString autenticacaoFicha = QStringLiteral("Autenticação mecânica - Ficha de Compensação");
inline const QString autenticacaoRecibo = QStringLiteral("Autenticação mecânica");
inline const QString corte = QStringLiteral("Corte na linha pontilhada");
inline const QString localDePagamento = QStringLiteral("Local de pagamento");
inline const QString localDePagamentoPadrao = QStringLiteral("Pagável em qualquer banco até o vencimento");
inline const QString vencimento = QStringLiteral("Vencimento");
inline const QString beneficiario = QStringLiteral("Beneficiário");
inline const QString agenciaCodigo = QStringLiteral("Agência/Código do beneficiário");
inline const QString dataDocumento = QStringLiteral("Data do documento");
inline const QString numeroDocumento = QStringLiteral("Nº do documento");
inline const QString especieDoc = QStringLiteral("Espécie doc.");
inline const QString aceite = QStringLiteral("Aceite");
inline const QString dataProcessamento = QStringLiteral("Data do processamento");
inline const QString nossoNumero = QStringLiteral("Nosso número");
inline const QString usoDoBanco = QStringLiteral("Uso do banco");
inline const QString carteira = QStringLiteral("Carteira");
inline const QString especie = QStringLiteral("Espécie");
inline const QString especieMoeda = QStringLiteral("R$");
inline const QString quantidade = QStringLiteral("Quantidade");
inline const QString valor = QStringLiteral("Valor");
inline const QString valorDocumento = QStringLiteral("(=) Valor do documento");
inline const QString desconto = QStringLiteral("(-) Desconto/Abatimento");
inline const QString outrasDeducoes = QStringLiteral("(-) Outras deduções");
inline const QString moraMulta = QStringLiteral("(+) Mora/Multa");
inline const QString outrosAcrescimos = QStringLiteral("(+) Outros acréscimos");
inline const QString valorCobrado = QStringLiteral("(=) Valor cobrado");
inline const QString instrucoes = QStringLiteral("Instruções (texto de responsabilidade do beneficiário)");
inline const QString pagador = QStringLiteral("Pagador");
inline const QString sacadorAvalista = QStringLiteral("Sacador/Avalista");
inline const QString cpfCnpj = QStringLiteral("CPF/CNPJ");
inline const QString parcela = QStringLiteral("Parcela");
inline const QString pagueComPix = QStringLiteral("Pague com PIX");

} // namespace billing::boletolabels
