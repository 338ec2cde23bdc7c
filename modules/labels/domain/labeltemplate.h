#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace labels {

/// What kind of thing a label describes: it decides which placeholders a template may use and
/// where the data comes from (an order, a product, a warehouse location, a lot).
enum class LabelSubject { Order, Product, Location, Lot };

QString subjectCode(LabelSubject subject); ///< "order", "product", "location", "lot"
std::optional<LabelSubject> subjectFromCode(const QString &code);

enum class ElementType { Text, Box, Line, Image, Barcode };
enum class BarcodeType { Code128, Ean13, Interleaved2of5, DataMatrix, QrCode };

QString elementTypeCode(ElementType type);      ///< "text", "box", "line", "image", "barcode"
QString barcodeTypeCode(BarcodeType type);      ///< "code128", "ean13", "itf", "datamatrix", "qr"
std::optional<BarcodeType> barcodeTypeFromCode(const QString &code);
bool isMatrixBarcode(BarcodeType type);

/// One element of a label. Geometry is in millimetres from the label's top-left corner; for a
/// line, (x, y) is one end and (x + w, y + h) the other.
struct LabelElement
{
    ElementType type = ElementType::Text;
    QString id;              ///< a name for messages and the editor ("recipient"); may be empty
    double x = 0, y = 0, w = 20, h = 6;

    // text
    QString text;            ///< with placeholders such as {order.number}
    QString font = QStringLiteral("DejaVu Sans");
    double size = 10;        ///< points
    bool bold = false;
    int rotation = 0;        ///< 0, 90, 180 or 270 degrees clockwise
    QString align = QStringLiteral("left"); ///< left, center, right
    bool wrap = false;       ///< several lines inside the box; otherwise one line shrunk to fit
    bool inverse = false;    ///< white on a black box (section headers)

    // box and line
    double thickness = 0.3;  ///< mm
    bool filled = false;

    // image: "qrc:/labels/logo.png", a file path, or "data:image/png;base64,..."
    QString source;

    // barcode
    BarcodeType symbology = BarcodeType::Code128;
    QString data;            ///< with placeholders
    bool humanReadable = true; ///< the text under a linear barcode

    /// "recipient" or "element 3 (text)" — how messages name the element.
    QString displayName(int index) const;
};

/// A label layout as data: size and elements. Stored as JSON (built-ins in resources/labels/,
/// user templates in the database).
struct LabelTemplate
{
    QString name;            ///< "shipping", "product" ... or a user's name; [a-z0-9_-]
    QString title;           ///< shown in lists
    LabelSubject subject = LabelSubject::Order;
    double widthMm = 100, heightMm = 150;
    QList<LabelElement> elements;

    /// Reads a template document. Syntax and type errors name the element and the key
    /// (`where` is the file name or "template NAME" given by the caller).
    static core::Result<LabelTemplate> fromJson(const QByteArray &json, const QString &where);
    QByteArray toJson() const;

    /// Every problem that stops the template from being saved or printed: unknown placeholders
    /// (naming the placeholder and the element), braces left open, sizes out of range, elements
    /// outside the label, wrong rotation, fixed barcode data its symbology cannot encode.
    QStringList problems() const;
    /// problems() as one Validation error, or ok.
    core::Result<> validate() const;

    static bool isValidName(const QString &name);
};

} // namespace labels
