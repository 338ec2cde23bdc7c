#pragma once

#include "billing/retorno/retornomovement.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>

namespace billing::retorno {

/// One reason ("motivo") code of a bank's table, English source text marked with
/// QT_TRANSLATE_NOOP("billing::Occurrence", ...).
struct ReasonDef
{
    const char *code;
    const char *text;
};

/// The reasons that go with some occurrences (a bank often has one list for rejections, one
/// for how a title was paid, one for write-offs, one for fees).
class ReasonSet
{
public:
    ReasonSet(std::initializer_list<ReasonDef> reasons);
    /// The meaning of `code`; a null QString when the bank's table does not have it.
    QString text(QByteArrayView code) const;

private:
    static quint32 key(QByteArrayView code);
    QHash<quint32, QString> m_texts;
};

/// One occurrence code of a bank's table.
struct OccurrenceDef
{
    const char *code;
    MovementKind kind;
    const char *text;
    const ReasonSet *reasons = nullptr; ///< the list the motivos of this occurrence come from
};

/// A bank's (or layout's) occurrence table: code → meaning + normalised kind (+ reasons).
/// Built once (function-local static), looked up per record without allocating: the code and
/// meaning strings are shared. A table may extend another (a bank's 240 table adding to or
/// overriding FEBRABAN's); codes it does not know fall back to that base.
class OccurrenceTable
{
public:
    struct Entry
    {
        QString code;
        QString text;
        MovementKind kind = MovementKind::Outro;
        const ReasonSet *reasons = nullptr;
        bool known = false;
    };

    OccurrenceTable(const char *name, std::initializer_list<OccurrenceDef> defs,
                    const OccurrenceTable *base = nullptr);

    const char *name() const { return m_name; }

    /// The entry of a 2-character code, from this table or its base; nullptr when neither has it.
    const Entry *find(QByteArrayView code) const;

    /// Fills the movement's occurrence code, text and kind from `code` (the bytes of the file):
    /// a code in no table keeps its code, gets kind Outro and a text saying it is unknown.
    /// Returns the entry (nullptr when unknown) so the caller can read the reasons.
    const Entry *apply(QByteArrayView code, RetornoMovement &m) const;

    /// Every code this table (and its base) knows, in code order.
    QList<Entry> entries() const;

private:
    static int slot(QByteArrayView code);

    const char *m_name;
    const OccurrenceTable *m_base;
    // Two alphanumeric characters: 36 * 36 slots, most of them empty.
    QList<Entry> m_slots;
};

/// Appends the reasons of a motivos field (`codeWidth` characters each; "00", "000" or blank
/// mean none) with their meanings in `set` (null set: codes only).
void appendReasons(QList<MovementReason> &out, QByteArrayView field, int codeWidth,
                   const ReasonSet *set);

} // namespace billing::retorno
