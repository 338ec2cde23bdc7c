#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace billing {

/// One EMV data object: a two-digit ID and its value. A template (BR Code fields 26, 62, 80...)
/// is a field whose value is itself a run of fields, read with EmvTlv::read again.
struct EmvField
{
    QString id;
    QString value;
    qsizetype position = 0; ///< 1-based character where the ID starts in the whole code (0 if built)

    friend bool operator==(const EmvField &a, const EmvField &b) { return a.id == b.id && a.value == b.value; }
};

/// Reads and writes EMV QRCPS "ID, length, value" runs: ID and length are two decimal digits each,
/// so no value exceeds 99 characters. Lengths count characters, not bytes.
class EmvTlv
{
public:
    static constexpr int kMaxLength = 99;

    /// The fields of `text`, in order. `position` is where `text` starts in the whole code and
    /// `parent` the template ID it sits in ("26"), so errors point at the real place:
    /// where = "field 26.01, position 23" or "position 57" when the ID itself is unreadable.
    static core::Result<QList<EmvField>> read(QStringView text, qsizetype position = 1, const QString &parent = {});

    /// "IDLLvalue". A Validation error names the field when the ID is not two digits or the value
    /// is longer than 99 characters.
    static core::Result<QString> write(const QString &id, QStringView value, const QString &parent = {});
    /// The fields written one after the other (a template's value).
    static core::Result<QString> write(const QList<EmvField> &fields, const QString &parent = {});

    /// The first field with `id`, or nullptr.
    static const EmvField *find(const QList<EmvField> &fields, QStringView id);

    /// "59" or "26.01": how messages name a field.
    static QString fieldName(const QString &parent, const QString &id);
};

} // namespace billing
