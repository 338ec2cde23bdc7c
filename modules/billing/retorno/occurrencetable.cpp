#include "billing/retorno/occurrencetable.h"

#include "billing/retorno/fieldreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace billing::retorno {

namespace {

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return 10 + c - 'A';
    if (c >= 'a' && c <= 'z')
        return 10 + c - 'a';
    return -1;
}

const QString &unknownText()
{
    static const QString text = QString::fromUtf8(
        QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence code not in this bank's table"));
    return text;
}

// The QString of a reason code, shared for the 36 * 36 two-character codes (built once).
QString reasonCode(QByteArrayView code)
{
    if (code.size() == 2) {
        const int a = digitValue(code[0]);
        const int b = digitValue(code[1]);
        if (a >= 0 && b >= 0 && !(code[0] >= 'a' && code[0] <= 'z') && !(code[1] >= 'a' && code[1] <= 'z')) {
            static const QList<QString> codes = [] {
                static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
                QList<QString> out;
                out.reserve(36 * 36);
                for (int i = 0; i < 36; ++i) {
                    for (int j = 0; j < 36; ++j)
                        out.append(QString::fromLatin1(QByteArray() + alphabet[i] + alphabet[j]));
                }
                return out;
            }();
            return codes[a * 36 + b];
        }
    }
    return QString::fromLatin1(code.data(), code.size());
}

bool isNoReason(QByteArrayView code)
{
    for (const char c : code) {
        if (c != '0' && c != ' ')
            return false;
    }
    return true;
}

} // namespace

quint32 ReasonSet::key(QByteArrayView code)
{
    // Codes have 2 or 3 characters: packed with their length, no allocation per lookup.
    quint32 k = quint32(code.size()) << 24;
    for (qsizetype i = 0; i < code.size() && i < 3; ++i)
        k |= quint32(uchar(code[i])) << (8 * (2 - i));
    return k;
}

ReasonSet::ReasonSet(std::initializer_list<ReasonDef> reasons)
{
    m_texts.reserve(qsizetype(reasons.size()));
    for (const ReasonDef &r : reasons)
        m_texts.insert(key(QByteArrayView(r.code)), QString::fromUtf8(r.text));
}

QString ReasonSet::text(QByteArrayView code) const
{
    return code.size() > 3 ? QString() : m_texts.value(key(code));
}

int OccurrenceTable::slot(QByteArrayView code)
{
    if (code.size() != 2)
        return -1;
    const int a = digitValue(code[0]);
    const int b = digitValue(code[1]);
    return a < 0 || b < 0 ? -1 : a * 36 + b;
}

OccurrenceTable::OccurrenceTable(const char *name, std::initializer_list<OccurrenceDef> defs,
                                 const OccurrenceTable *base)
    : m_name(name), m_base(base)
{
    m_slots.resize(36 * 36);
    for (const OccurrenceDef &d : defs) {
        const int s = slot(QByteArrayView(d.code));
        Q_ASSERT_X(s >= 0, "OccurrenceTable", d.code);
        if (s < 0)
            continue;
        Entry &e = m_slots[s];
        e.code = QString::fromLatin1(d.code);
        e.text = QString::fromUtf8(d.text);
        e.kind = d.kind;
        e.reasons = d.reasons;
        e.known = true;
    }
}

const OccurrenceTable::Entry *OccurrenceTable::find(QByteArrayView code) const
{
    const int s = slot(code);
    if (s >= 0 && m_slots[s].known)
        return &m_slots[s];
    return m_base ? m_base->find(code) : nullptr;
}

const OccurrenceTable::Entry *OccurrenceTable::apply(QByteArrayView code, RetornoMovement &m) const
{
    const Entry *e = find(code);
    if (e) {
        m.occurrenceCode = e->code;
        m.occurrenceText = e->text;
        m.kind = e->kind;
    } else {
        m.occurrenceCode = QString::fromLatin1(code.data(), code.size());
        m.occurrenceText = unknownText();
        m.kind = MovementKind::Outro;
    }
    return e;
}

QList<OccurrenceTable::Entry> OccurrenceTable::entries() const
{
    QList<Entry> out = m_base ? m_base->entries() : QList<Entry>();
    for (const Entry &e : m_slots) {
        if (!e.known)
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const Entry &x) { return x.code == e.code; });
        if (it != out.end())
            *it = e;
        else
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.code < b.code; });
    return out;
}

void appendReasons(QList<MovementReason> &out, QByteArrayView field, int codeWidth,
                   const ReasonSet *set)
{
    for (qsizetype i = 0; i + codeWidth <= field.size(); i += codeWidth) {
        const QByteArrayView code = field.sliced(i, codeWidth);
        if (isNoReason(code))
            continue;
        bool printable = true;
        for (const char c : code)
            printable = printable && digitValue(c) >= 0;
        if (!printable)
            continue; // a filler the bank left in the field
        MovementReason r;
        r.code = reasonCode(code);
        if (set)
            r.text = set->text(code);
        out.append(r);
    }
}

} // namespace billing::retorno

namespace billing {

QString movementKindCode(MovementKind kind)
{
    switch (kind) {
    case MovementKind::EntradaConfirmada: return QStringLiteral("entrada_confirmada");
    case MovementKind::Liquidacao: return QStringLiteral("liquidacao");
    case MovementKind::LiquidacaoAposBaixa: return QStringLiteral("liquidacao_apos_baixa");
    case MovementKind::Baixa: return QStringLiteral("baixa");
    case MovementKind::Rejeicao: return QStringLiteral("rejeicao");
    case MovementKind::Protesto: return QStringLiteral("protesto");
    case MovementKind::Tarifa: return QStringLiteral("tarifa");
    case MovementKind::Alteracao: return QStringLiteral("alteracao");
    case MovementKind::Estorno: return QStringLiteral("estorno");
    case MovementKind::Outro: break;
    }
    return QStringLiteral("outro");
}

std::optional<MovementKind> movementKindFromCode(QStringView code)
{
    static constexpr MovementKind kAll[] = {
        MovementKind::EntradaConfirmada, MovementKind::Liquidacao, MovementKind::LiquidacaoAposBaixa,
        MovementKind::Baixa, MovementKind::Rejeicao, MovementKind::Protesto,
        MovementKind::Tarifa, MovementKind::Alteracao, MovementKind::Estorno, MovementKind::Outro};
    for (const MovementKind k : kAll) {
        if (movementKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString occurrenceDisplayText(const QString &sourceText)
{
    if (sourceText.isEmpty())
        return sourceText;
    return QCoreApplication::translate("billing::Occurrence", sourceText.toUtf8().constData());
}

QString retornoMatchKey(QStringView nossoNumero)
{
    return retorno::withoutLeadingZeros(nossoNumero);
}

} // namespace billing
