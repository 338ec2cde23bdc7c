#include "billing/pix/emvtlv.h"

#include "core/domain/tr.h"

namespace billing {

using core::Error;
using core::Tr;

namespace {

bool isTwoDigits(QStringView s)
{
    return s.size() == 2 && s[0] >= u'0' && s[0] <= u'9' && s[1] >= u'0' && s[1] <= u'9';
}

} // namespace

QString EmvTlv::fieldName(const QString &parent, const QString &id)
{
    return parent.isEmpty() ? id : parent + u'.' + id;
}

core::Result<QList<EmvField>> EmvTlv::read(QStringView text, qsizetype position, const QString &parent)
{
    QList<EmvField> fields;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype at = position + i;
        const QStringView id = text.mid(i, 2);
        if (!isTwoDigits(id)) {
            const QString inside = parent.isEmpty() ? QString() : Tr::tr(" inside field %1").arg(parent);
            return Error::parse(Tr::tr("Expected a two-digit field ID%1, found \"%2\".").arg(inside, id.toString()),
                                Tr::tr("position %1").arg(at));
        }
        const QString name = fieldName(parent, id.toString());
        const QStringView length = text.mid(i + 2, 2);
        if (!isTwoDigits(length)) {
            return Error::parse(Tr::tr("The length of field %1 must be two digits, found \"%2\".").arg(name, length.toString()),
                                Tr::tr("field %1, position %2").arg(name).arg(at));
        }
        const int size = length.toInt();
        const qsizetype remaining = text.size() - (i + 4);
        if (size > remaining) {
            return Error::parse(Tr::tr("Field %1 declares %2 characters but only %3 follow: the code is cut short or a "
                                       "length is wrong.")
                                    .arg(name)
                                    .arg(size)
                                    .arg(remaining),
                                Tr::tr("field %1, position %2").arg(name).arg(at));
        }
        fields.append({id.toString(), text.mid(i + 4, size).toString(), at});
        i += 4 + size;
    }
    return fields;
}

core::Result<QString> EmvTlv::write(const QString &id, QStringView value, const QString &parent)
{
    const QString name = fieldName(parent, id);
    if (!isTwoDigits(id))
        return Error::validation(Tr::tr("A field ID must be two digits, not \"%1\".").arg(name), Tr::tr("field %1").arg(name));
    if (value.size() > kMaxLength) {
        return Error::validation(Tr::tr("Field %1 would hold %2 characters; a BR Code field holds at most %3.")
                                     .arg(name)
                                     .arg(value.size())
                                     .arg(kMaxLength),
                                 Tr::tr("field %1").arg(name));
    }
    return id + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value.toString();
}

core::Result<QString> EmvTlv::write(const QList<EmvField> &fields, const QString &parent)
{
    QString out;
    for (const EmvField &f : fields) {
        auto one = write(f.id, f.value, parent);
        if (!one)
            return one.error();
        out += *one;
    }
    return out;
}

const EmvField *EmvTlv::find(const QList<EmvField> &fields, QStringView id)
{
    for (const EmvField &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace billing
