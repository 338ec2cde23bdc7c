#pragma once

#include "labels/domain/labeltemplate.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace labels {

/// The values of one label: placeholder name (without braces) → text, e.g. "order.number" → "100042".
using LabelData = QHash<QString, QString>;

/// The placeholders a template may use, by subject, and how they are replaced.
class LabelFields
{
public:
    struct Field
    {
        QString name;        ///< "address.cep"
        QString description; ///< translated, for the editor
        QString sample;      ///< shown in the editor when no real data is chosen
    };

    /// Every placeholder a template of `subject` may use (company.* and label.* are always there).
    static const QList<Field> &fields(LabelSubject subject);
    static bool isKnown(LabelSubject subject, const QString &name);
    /// Sample values of every field of `subject`: the editor's preview without real data.
    static LabelData sample(LabelSubject subject);

    /// The placeholder names in `text` ("{a} x {b}" → a, b). Unbalanced braces go to `unclosed`.
    static QStringList placeholders(const QString &text, bool *unclosed = nullptr);
    /// `text` with every {name} replaced by data[name] (a missing value becomes empty). "{{" and
    /// "}}" stand for literal braces.
    static QString expand(const QString &text, const LabelData &data);
};

} // namespace labels
