#include "billing/banks/bancodobrasil.h"
#include "billing/banks/bank.h"
#include "billing/banks/bankregistry.h"
#include "billing/domain/bankaccount.h"

#include <QSet>
#include <QTest>

using billing::BankAccount;
using billing::BankRegistry;
using billing::TitleExtras;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(billing::BankAccount)
Q_DECLARE_METATYPE(billing::TitleExtras)

// Vectors: /work/shared/reference/boleto-vectors.md, section (i) (barcodes, rows R<n> and table C)
// and section (ii) (nosso número check digits). Where a row's notes do not give the account
// data, it was read back from the barcode with the bank's layout; the comment says so.
class tst_Banks : public QObject
{
    Q_OBJECT

private slots:
    void registryFindsEveryBank_data();
    void registryFindsEveryBank();
    void registryRejectsUnknownBank();
    void nossoNumero_data();
    void nossoNumero();
    void bancoDoBrasilDv_data();
    void bancoDoBrasilDv();
    void campoLivre_data();
    void campoLivre();
    void itauCarteira168Caveat();
    void rejects_data();
    void rejects();
};

namespace {

BankAccount itau(QString agency, QString account, QString carteira, QString accountDv = {},
                 QString clientCode = {})
{
    BankAccount a;
    a.bankCode = u"341"_s;
    a.agency = std::move(agency);
    a.account = std::move(account);
    a.accountDv = std::move(accountDv);
    a.carteira = std::move(carteira);
    a.convenio = std::move(clientCode);
    return a;
}

BankAccount bradesco(QString agency, QString account, QString carteira)
{
    BankAccount a;
    a.bankCode = u"237"_s;
    a.agency = std::move(agency);
    a.account = std::move(account);
    a.carteira = std::move(carteira);
    return a;
}

BankAccount santander(QString beneficiary, QString carteira)
{
    BankAccount a;
    a.bankCode = u"033"_s;
    a.convenio = std::move(beneficiary);
    a.carteira = std::move(carteira);
    return a;
}

BankAccount caixa(QString beneficiary, QString carteira, QString beneficiaryDv = {})
{
    BankAccount a;
    a.bankCode = u"104"_s;
    a.convenio = std::move(beneficiary);
    a.convenioDv = std::move(beneficiaryDv);
    a.carteira = std::move(carteira);
    return a;
}

BankAccount bb(QString convenio, QString carteira, QString agency = {}, QString account = {},
               QString modality = {})
{
    BankAccount a;
    a.bankCode = u"001"_s;
    a.convenio = std::move(convenio);
    a.carteira = std::move(carteira);
    a.agency = std::move(agency);
    a.account = std::move(account);
    a.modality = std::move(modality);
    return a;
}

BankAccount sicredi(QString agency, QString posto, QString beneficiary, QString carteira = u"1"_s)
{
    BankAccount a;
    a.bankCode = u"748"_s;
    a.agency = std::move(agency);
    a.posto = std::move(posto);
    a.convenio = std::move(beneficiary);
    a.carteira = std::move(carteira);
    return a;
}

BankAccount sicoob(QString cooperativa, QString client, QString modality = u"01"_s)
{
    BankAccount a;
    a.bankCode = u"756"_s;
    a.agency = std::move(cooperativa);
    a.convenio = std::move(client);
    a.modality = std::move(modality);
    a.carteira = u"1"_s;
    return a;
}

BankAccount inter(QString operation)
{
    BankAccount a;
    a.bankCode = u"077"_s;
    a.convenio = std::move(operation);
    a.carteira = u"112"_s;
    return a;
}

// Barcode positions 20-44 of a linha digitável (fields 1-3 without their DVs).
QString campoLivreOfLinha(const QString &linha)
{
    QString d;
    for (const QChar c : linha) {
        if (c.isDigit())
            d.append(c);
    }
    return d.mid(4, 5) + d.mid(10, 10) + d.mid(21, 10);
}

const billing::Bank &bankFor(const BankAccount &a)
{
    const billing::Bank *bank = BankRegistry::find(a.bankCode);
    Q_ASSERT(bank);
    return *bank;
}

} // namespace

void tst_Banks::registryFindsEveryBank_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("001") << u"001"_s << u"Banco do Brasil"_s;
    QTest::newRow("033") << u"033"_s << u"Santander"_s;
    QTest::newRow("077") << u"077"_s << u"Banco Inter"_s;
    QTest::newRow("104") << u"104"_s << u"Caixa Econômica Federal"_s;
    QTest::newRow("237") << u"237"_s << u"Bradesco"_s;
    QTest::newRow("341") << u"341"_s << u"Itaú Unibanco"_s;
    QTest::newRow("748") << u"748"_s << u"Sicredi"_s;
    QTest::newRow("756") << u"756"_s << u"Sicoob"_s;
}

void tst_Banks::registryFindsEveryBank()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    const auto bank = BankRegistry::bank(code);
    QVERIFY2(bank.ok(), qPrintable(bank.ok() ? QString() : bank.error().text()));
    QCOMPARE((*bank)->code(), code);
    QCOMPARE((*bank)->name(), name);
    QVERIFY(!(*bank)->carteiras().isEmpty());
    QCOMPARE(BankRegistry::find(code), *bank);
}

void tst_Banks::registryRejectsUnknownBank()
{
    QCOMPARE(BankRegistry::find(u"041"), nullptr); // Banrisul: vectors exist, bank not offered
    const auto bank = BankRegistry::bank(u"999");
    QVERIFY(!bank.ok());
    QVERIFY2(bank.error().message.contains(u"999"), qPrintable(bank.error().text()));
    QVERIFY2(bank.error().message.contains(u"341"), qPrintable(bank.error().text()));

    QSet<QString> codes;
    for (const billing::Bank *b : BankRegistry::all())
        codes.insert(b->code());
    QCOMPARE(codes.size(), 8);
}

void tst_Banks::nossoNumero_data()
{
    QTest::addColumn<BankAccount>("account");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<QString>("expected");

    // Itaú: BoletoNetCore BancoItauCarteira109Tests.cs:42-50 (ag 1234, cc 56789, cart 109).
    const BankAccount itau109 = itau(u"1234"_s, u"56789"_s, u"109"_s);
    QTest::newRow("341 109 00223350") << itau109 << u"00223350"_s << u"109/00223350-2"_s;
    QTest::newRow("341 109 00223352") << itau109 << u"00223352"_s << u"109/00223352-8"_s;
    QTest::newRow("341 109 00223345") << itau109 << u"00223345"_s << u"109/00223345-2"_s;
    QTest::newRow("341 109 00223346") << itau109 << u"223346"_s << u"109/00223346-0"_s;
    // Itaú: brcobranca itau_spec.rb:185-196 (ag 0607, cc 15255).
    QTest::newRow("341 175") << itau(u"0607"_s, u"15255"_s, u"175"_s) << u"12345678"_s
                             << u"175/12345678-4"_s;
    QTest::newRow("341 143") << itau(u"0607"_s, u"15255"_s, u"143"_s) << u"12345678"_s
                             << u"143/12345678-2"_s;
    // Caveat in (ii): BoletoNetCore's carteira 112 adds the account DV and prints -8; the
    // agência+conta+carteira+nosso número rule (and openboleto's Itaú 112 linha) gives 6.
    QTest::newRow("341 112 caveat") << itau(u"1234"_s, u"56789"_s, u"112"_s) << u"00223345"_s
                                    << u"112/00223345-6"_s;

    // Bradesco: brcobranca bradesco_spec.rb:99-122; BoletoNetCore carteiras 04, 09, 19.
    QTest::newRow("237 06 525 P") << bradesco(u"1172"_s, u"403005"_s, u"06"_s) << u"525"_s
                                  << u"06/00000000525-P"_s;
    QTest::newRow("237 09 1") << bradesco(u"1"_s, u"1"_s, u"09"_s) << u"1"_s << u"09/00000000001-1"_s;
    QTest::newRow("237 19 2") << bradesco(u"1"_s, u"1"_s, u"19"_s) << u"2"_s << u"19/00000000002-8"_s;
    QTest::newRow("237 19 6") << bradesco(u"1"_s, u"1"_s, u"19"_s) << u"6"_s << u"19/00000000006-0"_s;
    QTest::newRow("237 19 1 P") << bradesco(u"1"_s, u"1"_s, u"19"_s) << u"1"_s << u"19/00000000001-P"_s;
    QTest::newRow("237 09 453 P") << bradesco(u"1"_s, u"1"_s, u"09"_s) << u"453"_s
                                  << u"09/00000000453-P"_s;
    QTest::newRow("237 04 453") << bradesco(u"1"_s, u"1"_s, u"04"_s) << u"453"_s
                                << u"04/00000000453-1"_s;
    QTest::newRow("237 19 453") << bradesco(u"1"_s, u"1"_s, u"19"_s) << u"453"_s
                                << u"19/00000000453-8"_s;
    QTest::newRow("237 04 468 P") << bradesco(u"1"_s, u"1"_s, u"04"_s) << u"468"_s
                                  << u"04/00000000468-P"_s;

    // Santander: BoletoNetCore BancoSantanderCarteira101Tests.cs:43-51.
    const BankAccount s101 = santander(u"1234567"_s, u"101"_s);
    QTest::newRow("033 453") << s101 << u"000000000453"_s << u"000000000453-7"_s;
    QTest::newRow("033 456") << s101 << u"456"_s << u"000000000456-1"_s;
    QTest::newRow("033 443") << s101 << u"443"_s << u"000000000443-0"_s;
    QTest::newRow("033 12428") << s101 << u"12428"_s << u"000000012428-1"_s;
    QTest::newRow("033 16278") << s101 << u"16278"_s << u"000000016278-7"_s;
    QTest::newRow("033 13724") << s101 << u"13724"_s << u"000000013724-3"_s;

    // Caixa SIGCB carteira RG (nosso número 14 + 15 digits): BoletoNetCore
    // BancoCaixaCarteiraSig14Tests.cs:46-54; brcobranca caixa_spec.rb:105.
    const BankAccount rg = caixa(u"433756"_s, u"RG"_s);
    QTest::newRow("104 6") << rg << u"6"_s << u"14000000000000006-5"_s;
    QTest::newRow("104 4") << rg << u"4"_s << u"14000000000000004-9"_s;
    QTest::newRow("104 2") << rg << u"2"_s << u"14000000000000002-2"_s;
    QTest::newRow("104 1") << rg << u"000000000000001"_s << u"14000000000000001-4"_s;

    // Sicoob: BoletoNetCore BancoSicoobCarteira1_01Tests.cs:43-51 (coop 4277, cliente 0000172278).
    const BankAccount coop = sicoob(u"4277"_s, u"0000172278"_s);
    QTest::newRow("756 4") << coop << u"0000004"_s << u"0000004-0"_s;
    QTest::newRow("756 3") << coop << u"3"_s << u"0000003-3"_s;
    QTest::newRow("756 6") << coop << u"6"_s << u"0000006-5"_s;
    QTest::newRow("756 12349") << coop << u"12349"_s << u"0012349-2"_s;

    // Sicredi: BoletoNetCore BancoSicrediCarteira1Tests.cs:44-47 (ag 0156, posto 05,
    // beneficiário 85305; the sequence is year 19 + byte 2 + sequencial 5).
    const BankAccount sic = sicredi(u"0156"_s, u"05"_s, u"85305"_s);
    QTest::newRow("748 00003") << sic << u"19200003"_s << u"19/200003-0"_s;
    QTest::newRow("748 00010") << sic << u"19200010"_s << u"19/200010-2"_s;
    QTest::newRow("748 00009") << sic << u"19200009"_s << u"19/200009-9"_s;
    QTest::newRow("748 00005") << sic << u"19200005"_s << u"19/200005-6"_s;

    // Banco do Brasil, convênio 7: BoletoNetCore BancoBrasilCarteira17_019Tests.cs (no DV).
    QTest::newRow("001 conv7") << bb(u"1234567"_s, u"17"_s) << u"5"_s << u"12345670000000005"_s;
    // Convênio 8 (brcobranca banco_brasil_spec.rb:71, R3): 17 digits, no DV either.
    QTest::newRow("001 conv8") << bb(u"12387989"_s, u"18"_s) << u"777700168"_s
                               << u"12387989777700168"_s;
    // Convênio 6 (R8 account): 11 digits + DV; DV recomputed by hand with the (ii) rule.
    QTest::newRow("001 conv6") << bb(u"123879"_s, u"18"_s) << u"1234"_s << u"12387901234-5"_s;

    // Inter: bank-assigned 11 digits (last = bank's DV), printed as laravel-boleto
    // src/Boleto/Banco/Inter.php getNossoNumeroBoleto does.
    QTest::newRow("077") << inter(u"1234567"_s) << u"00000000012"_s << u"00019/112/00000000001-2"_s;
}

void tst_Banks::nossoNumero()
{
    QFETCH(BankAccount, account);
    QFETCH(QString, sequence);
    QFETCH(QString, expected);
    const auto result = bankFor(account).nossoNumeroWithDv(account, sequence);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(*result, expected);
}

void tst_Banks::bancoDoBrasilDv_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QChar>("dv");
    // brcobranca banco_brasil_spec.rb:262-281 (convênio 12387989 + sequence).
    QTest::newRow("4042") << u"12387989000004042"_s << QChar(u'4');
    QTest::newRow("61900") << u"12387989000061900"_s << QChar(u'7');
    QTest::newRow("719") << u"12387989000000719"_s << QChar(u'2');
}

void tst_Banks::bancoDoBrasilDv()
{
    QFETCH(QString, digits);
    QFETCH(QChar, dv);
    QCOMPARE(billing::BancoDoBrasil::nossoNumeroDv(digits), dv);
}

void tst_Banks::campoLivre_data()
{
    QTest::addColumn<BankAccount>("account");
    QTest::addColumn<QString>("nossoNumero");
    QTest::addColumn<TitleExtras>("extras");
    QTest::addColumn<QString>("expected"); // barcode positions 20-44

    const TitleExtras none;
    auto bc = [](const char *barcode) { return QString::fromLatin1(barcode).mid(19); };

    // Banco do Brasil (brcobranca banco_brasil_spec.rb). R3 notes give convênio 8 and nosso
    // número; R4 read back from the barcode (same convênio, carteira 18); R5-R7 read back as
    // convênio 7 (1238798) + sequence 10 (7777700168).
    const BankAccount bb8 = bb(u"12387989"_s, u"18"_s);
    const BankAccount bb7 = bb(u"1238798"_s, u"18"_s);
    QTest::newRow("R3 conv8") << bb8 << u"777700168"_s << none
                              << bc("00193376900000135000000001238798977770016818");
    QTest::newRow("R4 conv8") << bb8 << u"007700168"_s << none
                              << bc("00193377000000135000000001238798900770016818");
    QTest::newRow("R5 conv7") << bb7 << u"7777700168"_s << none
                              << bc("00193377100000135000000001238798777770016818");
    QTest::newRow("R6 conv7") << bb7 << u"7777700168"_s << none
                              << bc("00195377100000723560000001238798777770016818");
    QTest::newRow("R7 conv7") << bb7 << u"7777700168"_s << none
                              << bc("00194376900000723560000001238798777770016818");
    // R8-R11 read back from the barcode: convênio 6 (123879) / 4 (1238), agência 4042,
    // conta 00061900, carteira 18; R9/R10 are convênio 6 with the 17-digit free nosso número.
    QTest::newRow("R8 conv6") << bb(u"123879"_s, u"18"_s, u"4042"_s, u"61900"_s) << u"01234"_s
                              << none << bc("00192376900000135001238790123440420006190018");
    QTest::newRow("R9 conv6 free")
        << bb(u"123879"_s, u"18"_s, {}, {}, u"21"_s) << u"00000001234567899"_s << none
        << bc("00199376900000135001238790000000123456789921");
    QTest::newRow("R10 conv6 free")
        << bb(u"123879"_s, u"18"_s, {}, {}, u"21"_s) << u"1234567899"_s << none
        << bc("00199376900000135001238790000000123456789921");
    QTest::newRow("R11 conv4") << bb(u"1238"_s, u"18"_s, u"4042"_s, u"00061900"_s) << u"123456"_s
                               << none << bc("00191376900000135001238012345640420006190018");
    // R12: convênio 7 from the notes; sequence and carteira 17 read back from the barcode.
    QTest::newRow("R12 conv7") << bb(u"1474166"_s, u"17"_s) << u"328"_s << none
                               << bc("00191684600002246740000001474166000000032817");
    // openboleto BancoDoBrasilTest.php:38 linha; convênio 1234567, sequence 1, carteira 18 read back.
    QTest::newRow("C openboleto 001")
        << bb(u"1234567"_s, u"18"_s) << u"1"_s << none
        << campoLivreOfLinha(u"00190.00009 01234.567004 00000.001180 7 55650000001050"_s);

    // Santander (brcobranca santander_spec.rb): código do beneficiário 1899775, carteira 102 and
    // nosso número read back from the barcode (R44 notes: nn 9000272).
    const BankAccount s102 = santander(u"1899775"_s, u"102"_s);
    QTest::newRow("R43") << s102 << u"9000026"_s << none
                         << bc("03399511500000025009189977500000900002690102");
    QTest::newRow("R44") << s102 << u"9000272"_s << none
                         << bc("03393545000000054009189977500000900027250102");
    // openboleto SantanderTest.php:40 linha; beneficiário 1234567, nn 012345678901 read back.
    QTest::newRow("C openboleto 033")
        << santander(u"1234567"_s, u"102"_s) << u"12345678901"_s << none
        << campoLivreOfLinha(u"03399.12347 56701.234561 78901.001020 2 55650000002300"_s);

    // Caixa SIGCB: openboleto CaixaTest.php:33 linha; beneficiário 433756-5, modality 24
    // (sem registro) and nosso número 24000005000000061 (sequence 5000000061) read back.
    QTest::newRow("C openboleto 104")
        << caixa(u"433756"_s, u"SR"_s, u"5"_s) << u"5000000061"_s << none
        << campoLivreOfLinha(u"10494.33756 65000.200546 00000.006106 8 60060000081094"_s);

    // Bradesco: R25/R26 notes give agência, carteira, nosso número and conta (R26's agência 4042
    // and conta 0061900 read back from the barcode).
    QTest::newRow("R25") << bradesco(u"1172"_s, u"0403005"_s, u"06"_s) << u"00075896452"_s << none
                         << bc("23795422300002952951172060007589645204030050");
    QTest::newRow("R26") << bradesco(u"4042"_s, u"61900"_s, u"03"_s) << u"777700168"_s << none
                         << bc("23791377000000135004042030077770016800619000");
    // openboleto BradescoTest.php:35 linha; same account as R25, nn 00123456789 read back.
    QTest::newRow("C openboleto 237")
        << bradesco(u"1172"_s, u"403005"_s, u"06"_s) << u"123456789"_s << none
        << campoLivreOfLinha(u"23791.17209 60012.345678 89040.300504 8 55650000001050"_s);

    // Itaú (brcobranca itau_spec.rb): agência 0810, conta 53678 (DV 9) read back from the barcode.
    const BankAccount itauSpec = itau(u"0810"_s, u"53678"_s, u"175"_s, u"9"_s);
    QTest::newRow("R34") << itauSpec << u"12345678"_s << none
                         << bc("34191432900000000001751234567840810536789000");
    QTest::newRow("R35") << itauSpec << u"258281"_s << none
                         << bc("34191377000000135001750025828170810536789000");
    // R36 (carteira 168) is in itauCarteira168Caveat().
    // R37-R39: carteira 196 with seu número + código do cliente (notes of R37; R38/R39 read back).
    TitleExtras seu1234567;
    seu1234567.seuNumero = u"1234567"_s;
    TitleExtras seu0123456;
    seu0123456.seuNumero = u"123456"_s;
    QTest::newRow("R37 cart 196") << itau(u"0810"_s, u"53678"_s, u"196"_s, {}, u"12345"_s)
                                  << u"258281"_s << seu1234567
                                  << bc("34191252500000135001960025828112345671234550");
    QTest::newRow("R38 cart 196") << itau(u"0810"_s, u"53678"_s, u"196"_s, {}, u"12345"_s)
                                  << u"258281"_s << seu0123456
                                  << bc("34192252500000135001960025828101234561234550");
    QTest::newRow("R39 cart 196") << itau(u"0810"_s, u"53678"_s, u"196"_s, {}, u"1234"_s)
                                  << u"258281"_s << seu0123456
                                  << bc("34192252500000135001960025828101234560123440");
    // R40 (post-rollover due date): notes give nn 00010152, carteira 109, agência 1248, conta 02124.
    QTest::newRow("R40") << itau(u"1248"_s, u"02124"_s, u"109"_s) << u"00010152"_s << none
                         << bc("34194254800006757871090001015271248021246000");
    // openboleto ItauTest.php:42 linha; carteira 112, nn 12345678, agência 1724, conta 12345
    // read back (its DAC 8 is the agência+conta+carteira+nn rule).
    QTest::newRow("C openboleto 341")
        << itau(u"1724"_s, u"12345"_s, u"112"_s) << u"12345678"_s << none
        << campoLivreOfLinha(u"34191.12127 34567.881726 41234.580003 1 55650000001050"_s);

    // Sicredi (brcobranca sicredi_spec.rb, barcodes derived from the linhas): agência 0710,
    // posto 65, beneficiário 00129 and the 8-digit nosso número read back from the barcode with
    // the layout (the spec's own names for these differ). R47 is tipo de cobrança 3.
    const BankAccount sicrediSpec = sicredi(u"0710"_s, u"65"_s, u"00129"_s);
    QTest::newRow("R47 tipo 3") << sicredi(u"0710"_s, u"65"_s, u"129"_s, u"3"_s) << u"16208879"_s
                                << none << bc("74891689400000195573116208879307106500129105");
    QTest::newRow("R48") << sicrediSpec << u"16208879"_s << none
                         << bc("74891689400000195571116208879307106500129101");
    QTest::newRow("R49") << sicrediSpec << u"16208902"_s << none
                         << bc("74893686600000700001116208902107106500129100");
    QTest::newRow("R50") << sicrediSpec << u"16208896"_s << none
                         << bc("74891686600000700001116208896307106500129107");
    QTest::newRow("R51") << sicrediSpec << u"16208899"_s << none
                         << bc("74896686600000700001116208899807106500129103");
    QTest::newRow("R52") << sicrediSpec << u"16208878"_s << none
                         << bc("74891686600000195581116208878507106500129106");
    QTest::newRow("R53") << sicrediSpec << u"16209048"_s << none
                         << bc("74898689800000222001116209048807106500129103");

    // Sicoob: cooperativa, modalidade, código do cliente and nosso número read back from the
    // barcode (R46 notes: nn 110); parcela 001.
    QTest::newRow("R45") << sicoob(u"4327"_s, u"229385"_s) << u"2"_s << none
                         << bc("75692670800000050001432701022938500000024001");
    QTest::newRow("R46 modality 05") << sicoob(u"4134"_s, u"0148180"_s, u"05"_s) << u"110"_s << none
                                     << bc("75694713000000235001413405014818000001104001");
    QTest::newRow("C laravel 756") << sicoob(u"1111"_s, u"123123"_s) << u"1"_s << none
                                   << bc("75691953600000100001111101012312300000016001");
    QTest::newRow("C openboleto 756")
        << sicoob(u"3069"_s, u"153850"_s) << u"203210"_s << none
        << campoLivreOfLinha(u"75691.30698 01015.385006 20321.010017 9 75350000157575"_s);
    TitleExtras parcela12;
    parcela12.parcela = 12;
    QTest::newRow("756 parcela 12") << sicoob(u"1111"_s, u"123123"_s) << u"1"_s << parcela12
                                    << u"1111101012312300000016012"_s;

    // Inter: no public barcode vector. Layout of laravel-boleto src/Boleto/Banco/Inter.php
    // (getCampoLivre / parseCampoLivre): agência 0001, carteira 112, operação 7, nosso número 11.
    QTest::newRow("077 layout") << inter(u"7654321"_s) << u"12345678901"_s << none
                                << u"0001112765432112345678901"_s;
}

void tst_Banks::campoLivre()
{
    QFETCH(BankAccount, account);
    QFETCH(QString, nossoNumero);
    QFETCH(TitleExtras, extras);
    QFETCH(QString, expected);
    QCOMPARE(expected.size(), 25);
    const auto result = bankFor(account).campoLivre(account, nossoNumero, extras);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(*result, expected);
}

// R36 (brcobranca itau_spec.rb:95) sets `carteira = 168` as a Ruby Integer, so brcobranca's
// `%w(126 131 146 150 168).include?(carteira)` is false and its DAC falls back to the
// agência+conta+carteira+nn rule (2). The Itaú rule for carteira 168 (reference (ii) and
// brcobranca's own comment) is carteira+nn only, which gives 0. Everything else must match.
void tst_Banks::itauCarteira168Caveat()
{
    const BankAccount account = itau(u"0810"_s, u"53678"_s, u"168"_s, u"9"_s);
    const QString vector = u"34194252500000135001680025828120810536789000"_s.mid(19);
    const auto result = bankFor(account).campoLivre(account, u"258281"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(result->left(11), vector.left(11));
    QCOMPARE(result->at(11), QChar(u'0'));
    QCOMPARE(vector.at(11), QChar(u'2'));
    QCOMPARE(result->mid(12), vector.mid(12));

    const auto printed = bankFor(account).nossoNumeroWithDv(account, u"258281"_s);
    QVERIFY(printed.ok());
    QCOMPARE(*printed, u"168/00258281-0"_s);
}

void tst_Banks::rejects_data()
{
    QTest::addColumn<BankAccount>("account");
    QTest::addColumn<QString>("nossoNumero");
    QTest::addColumn<TitleExtras>("extras");
    QTest::addColumn<QString>("messagePart");

    const TitleExtras none;
    QTest::newRow("341 unknown carteira") << itau(u"0810"_s, u"53678"_s, u"999"_s) << u"1"_s << none
                                          << u"no carteira '999'"_s;
    QTest::newRow("341 wrong account DV") << itau(u"0810"_s, u"53678"_s, u"175"_s, u"8"_s) << u"1"_s
                                          << none << u"check digit 8, expected 9"_s;
    QTest::newRow("341 196 without seu número")
        << itau(u"0810"_s, u"53678"_s, u"196"_s, {}, u"12345"_s) << u"1"_s << none
        << u"seu número is required"_s;
    QTest::newRow("237 nosso número too long")
        << bradesco(u"1172"_s, u"403005"_s, u"06"_s) << u"123456789012"_s << none
        << u"at most 11 digits"_s;
    QTest::newRow("237 letter in nosso número")
        << bradesco(u"1172"_s, u"403005"_s, u"06"_s) << u"12A"_s << none << u"found 'A'"_s;
    QTest::newRow("237 agency too long") << bradesco(u"11720"_s, u"403005"_s, u"06"_s) << u"1"_s
                                         << none << u"at most 4 digits"_s;
    QTest::newRow("104 wrong beneficiary DV") << caixa(u"433756"_s, u"SR"_s, u"4"_s) << u"5000000061"_s
                                              << none << u"check digit 4, expected 5"_s;
    QTest::newRow("001 convênio of 5 digits") << bb(u"12345"_s, u"18"_s) << u"1"_s << none
                                              << u"4, 6, 7 or 8 digits"_s;
    QTest::newRow("001 conv7 sequence too long") << bb(u"1234567"_s, u"17"_s) << u"12345678901"_s
                                                 << none << u"at most 10 digits"_s;
    QTest::newRow("748 without posto") << sicredi(u"0710"_s, {}, u"00129"_s) << u"16208879"_s
                                       << none << u"posto is required"_s;
    TitleExtras parcela0;
    parcela0.parcela = 0;
    QTest::newRow("756 parcela 0") << sicoob(u"4327"_s, u"229385"_s) << u"2"_s << parcela0
                                   << u"between 1 and 999"_s;
    QTest::newRow("756 client code too long for the barcode")
        << sicoob(u"4327"_s, u"12345678"_s) << u"2"_s << none << u"at most 7 digits"_s;
    QTest::newRow("077 without operation") << inter({}) << u"1"_s << none
                                           << u"operation number is required"_s;
}

void tst_Banks::rejects()
{
    QFETCH(BankAccount, account);
    QFETCH(QString, nossoNumero);
    QFETCH(TitleExtras, extras);
    QFETCH(QString, messagePart);
    const auto result = bankFor(account).campoLivre(account, nossoNumero, extras);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? *result : QString()));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().text()));
    QVERIFY(!result.error().where.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Banks)
#include "tst_banks.moc"
