#pragma once

#include "core/domain/result.h"
#include "labels/data/labeldatarepository.h"
#include "labels/domain/labeltemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace core {
class Database;
}

namespace labels {

/// What to print: a template and the subjects (orders, a wave, products, locations, lots).
struct LabelRequest
{
    QString templateName;          ///< empty: the built-in of the subject given
    QList<qint64> orders;          ///< in this order (pick or package order)
    QString wave;                  ///< a picking wave's id or number: its orders in pick order
    QStringList products;          ///< SKU or EAN
    QStringList locations;         ///< codes; a code ending in '*' is a prefix (a whole aisle)
    QStringList lots;
    QString lotProduct;            ///< narrows --lot when two products share a lot code
    bool packingOrder = false;     ///< a wave's orders in packing order instead of pick order
    int packages = 0;              ///< packages per order; 0 = as packed (or one)
};

/// A template with its labels' data, ready for a back end.
struct LabelBatch
{
    LabelTemplate labelTemplate;
    QList<LabelItem> items;
    QString source;                ///< "orders", "wave:W", "product", "location", "lot"
    QList<LabelData> data() const;
};

/// Resolves a request: loads the template, checks it suits the subjects, reads their data.
class LabelJobBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LabelJobBuilder)

public:
    explicit LabelJobBuilder(core::Database &db) : m_db(db) {}
    core::Result<LabelBatch> build(const LabelRequest &request);

private:
    core::Database &m_db;
};

} // namespace labels
