#include "labels/domain/labeltemplate.h"

#include "core/domain/gtin.h"
#include "core/domain/tr.h"
#include "labels/domain/labelfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace labels {

using core::Tr;

QString subjectCode(LabelSubject subject)
{
    switch (subject) {
    case LabelSubject::Order: return QStringLiteral("order");
    case LabelSubject::Product: return QStringLiteral("product");
    case LabelSubject::Location: return QStringLiteral("location");
    case LabelSubject::Lot: return QStringLiteral("lot");
    }
    return {};
}

std::optional<LabelSubject> subjectFromCode(const QString &code)
{
    for (LabelSubject s : {LabelSubject::Order, LabelSubject::Product, LabelSubject::Location, LabelSubject::Lot})
        if (subjectCode(s) == code)
            return s;
    return std::nullopt;
}

QString elementTypeCode(ElementType type)
{
    switch (type) {
    case ElementType::Text: return QStringLiteral("text");
    case ElementType::Box: return QStringLiteral("box");
    case ElementType::Line: return QStringLiteral("line");
    case ElementType::Image: return QStringLiteral("image");
    case ElementType::Barcode: return QStringLiteral("barcode");
    }
    return {};
}

static std::optional<ElementType> elementTypeFromCode(const QString &code)
{
    for (ElementType t : {ElementType::Text, ElementType::Box, ElementType::Line, ElementType::Image, ElementType::Barcode})
        if (elementTypeCode(t) == code)
            return t;
    return std::nullopt;
}

QString barcodeTypeCode(BarcodeType type)
{
    switch (type) {
    case BarcodeType::Code128: return QStringLiteral("code128");
    case BarcodeType::Ean13: return QStringLiteral("ean13");
    case BarcodeType::Interleaved2of5: return QStringLiteral("itf");
    case BarcodeType::DataMatrix: return QStringLiteral("datamatrix");
    case BarcodeType::QrCode: return QStringLiteral("qr");
    }
    return {};
}

std::optional<BarcodeType> barcodeTypeFromCode(const QString &code)
{
    for (BarcodeType t : {BarcodeType::Code128, BarcodeType::Ean13, BarcodeType::Interleaved2of5, BarcodeType::DataMatrix,
                          BarcodeType::QrCode})
        if (barcodeTypeCode(t) == code)
            return t;
    return std::nullopt;
}

bool isMatrixBarcode(BarcodeType type)
{
    return type == BarcodeType::DataMatrix || type == BarcodeType::QrCode;
}

QString LabelElement::displayName(int index) const
{
    if (!id.isEmpty())
        return Tr::tr("element \"%1\"").arg(id);
    return Tr::tr("element %1 (%2)").arg(index + 1).arg(elementTypeCode(type));
}

bool LabelTemplate::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,47}$"));
    return re.match(name).hasMatch();
}

namespace {

const QSet<QString> &commonKeys()
{
    static const QSet<QString> k{QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("y"),
                                 QStringLiteral("w"), QStringLiteral("h")};
    return k;
}

QSet<QString> keysFor(ElementType type)
{
    QSet<QString> k = commonKeys();
    switch (type) {
    case ElementType::Text:
        k += {QStringLiteral("text"), QStringLiteral("font"), QStringLiteral("size"), QStringLiteral("bold"),
              QStringLiteral("rotation"), QStringLiteral("align"), QStringLiteral("wrap"), QStringLiteral("inverse")};
        break;
    case ElementType::Box: k += {QStringLiteral("thickness"), QStringLiteral("filled")}; break;
    case ElementType::Line: k += {QStringLiteral("thickness")}; break;
    case ElementType::Image: k += {QStringLiteral("source")}; break;
    case ElementType::Barcode:
        k += {QStringLiteral("symbology"), QStringLiteral("data"), QStringLiteral("human_readable"), QStringLiteral("rotation")};
        break;
    }
    return k;
}

} // namespace

core::Result<LabelTemplate> LabelTemplate::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line of the offset, for people editing the file by hand.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return core::Error::parse(Tr::tr("The label template is not valid JSON: %1.").arg(parseError.errorString()),
                                  Tr::tr("%1, line %2").arg(where).arg(line));
    }
    if (!doc.isObject())
        return core::Error::parse(Tr::tr("A label template must be a JSON object."), where);
    const QJsonObject o = doc.object();
    LabelTemplate t;
    t.name = o.value(QStringLiteral("name")).toString();
    t.title = o.value(QStringLiteral("title")).toString(t.name);
    const QString subject = o.value(QStringLiteral("subject")).toString(QStringLiteral("order"));
    const auto s = subjectFromCode(subject);
    if (!s)
        return core::Error::parse(Tr::tr("Unknown label subject \"%1\"; use order, product, location or lot.").arg(subject), where);
    t.subject = *s;
    t.widthMm = o.value(QStringLiteral("width_mm")).toDouble(0);
    t.heightMm = o.value(QStringLiteral("height_mm")).toDouble(0);
    static const QSet<QString> topKeys{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("subject"),
                                       QStringLiteral("width_mm"), QStringLiteral("height_mm"), QStringLiteral("elements"),
                                       QStringLiteral("format")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!topKeys.contains(it.key()))
            return core::Error::parse(Tr::tr("Unknown key \"%1\" in the label template.").arg(it.key()), where);

    const QJsonArray elements = o.value(QStringLiteral("elements")).toArray();
    for (int i = 0; i < elements.size(); ++i) {
        if (!elements.at(i).isObject())
            return core::Error::parse(Tr::tr("Element %1 is not a JSON object.").arg(i + 1), where);
        const QJsonObject e = elements.at(i).toObject();
        LabelElement el;
        const QString typeCode = e.value(QStringLiteral("type")).toString();
        const auto type = elementTypeFromCode(typeCode);
        el.id = e.value(QStringLiteral("id")).toString();
        if (!type) {
            return core::Error::parse(Tr::tr("Element %1 has an unknown type \"%2\"; use text, box, line, image or barcode.")
                                          .arg(i + 1)
                                          .arg(typeCode),
                                      where);
        }
        el.type = *type;
        const QSet<QString> allowed = keysFor(el.type);
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!allowed.contains(it.key()))
                return core::Error::parse(Tr::tr("Unknown key \"%1\" in %2.").arg(it.key(), el.displayName(i)), where);
        }
        for (const QString &k : {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h"),
                                 QStringLiteral("size"), QStringLiteral("thickness"), QStringLiteral("rotation")}) {
            if (e.contains(k) && !e.value(k).isDouble())
                return core::Error::parse(Tr::tr("\"%1\" of %2 must be a number.").arg(k, el.displayName(i)), where);
        }
        el.x = e.value(QStringLiteral("x")).toDouble(0);
        el.y = e.value(QStringLiteral("y")).toDouble(0);
        el.w = e.value(QStringLiteral("w")).toDouble(el.type == ElementType::Line ? 0 : 20);
        el.h = e.value(QStringLiteral("h")).toDouble(el.type == ElementType::Line ? 0 : 6);
        el.text = e.value(QStringLiteral("text")).toString();
        el.font = e.value(QStringLiteral("font")).toString(el.font);
        el.size = e.value(QStringLiteral("size")).toDouble(el.size);
        el.bold = e.value(QStringLiteral("bold")).toBool(false);
        el.rotation = e.value(QStringLiteral("rotation")).toInt(0);
        el.align = e.value(QStringLiteral("align")).toString(el.align);
        el.wrap = e.value(QStringLiteral("wrap")).toBool(false);
        el.inverse = e.value(QStringLiteral("inverse")).toBool(false);
        el.thickness = e.value(QStringLiteral("thickness")).toDouble(el.thickness);
        el.filled = e.value(QStringLiteral("filled")).toBool(false);
        el.source = e.value(QStringLiteral("source")).toString();
        el.data = e.value(QStringLiteral("data")).toString();
        el.humanReadable = e.value(QStringLiteral("human_readable")).toBool(true);
        if (el.type == ElementType::Barcode) {
            const QString sym = e.value(QStringLiteral("symbology")).toString();
            const auto b = barcodeTypeFromCode(sym);
            if (!b) {
                return core::Error::parse(
                    Tr::tr("Unknown barcode symbology \"%1\" in %2; use code128, ean13, itf, datamatrix or qr.")
                        .arg(sym, el.displayName(i)),
                    where);
            }
            el.symbology = *b;
        }
        t.elements.append(el);
    }
    return t;
}

QByteArray LabelTemplate::toJson() const
{
    QJsonArray elements;
    for (const LabelElement &el : this->elements) {
        QJsonObject e{{QStringLiteral("type"), elementTypeCode(el.type)}};
        if (!el.id.isEmpty())
            e.insert(QStringLiteral("id"), el.id);
        auto mm = [](double v) { return std::round(v * 100.0) / 100.0; };
        e.insert(QStringLiteral("x"), mm(el.x));
        e.insert(QStringLiteral("y"), mm(el.y));
        e.insert(QStringLiteral("w"), mm(el.w));
        e.insert(QStringLiteral("h"), mm(el.h));
        switch (el.type) {
        case ElementType::Text:
            e.insert(QStringLiteral("text"), el.text);
            e.insert(QStringLiteral("font"), el.font);
            e.insert(QStringLiteral("size"), el.size);
            if (el.bold) e.insert(QStringLiteral("bold"), true);
            if (el.rotation) e.insert(QStringLiteral("rotation"), el.rotation);
            if (el.align != u"left") e.insert(QStringLiteral("align"), el.align);
            if (el.wrap) e.insert(QStringLiteral("wrap"), true);
            if (el.inverse) e.insert(QStringLiteral("inverse"), true);
            break;
        case ElementType::Box:
            e.insert(QStringLiteral("thickness"), el.thickness);
            if (el.filled) e.insert(QStringLiteral("filled"), true);
            break;
        case ElementType::Line: e.insert(QStringLiteral("thickness"), el.thickness); break;
        case ElementType::Image: e.insert(QStringLiteral("source"), el.source); break;
        case ElementType::Barcode:
            e.insert(QStringLiteral("symbology"), barcodeTypeCode(el.symbology));
            e.insert(QStringLiteral("data"), el.data);
            if (!el.humanReadable) e.insert(QStringLiteral("human_readable"), false);
            if (el.rotation) e.insert(QStringLiteral("rotation"), el.rotation);
            break;
        }
        elements.append(e);
    }
    const QJsonObject o{{QStringLiteral("format"), 1},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("subject"), subjectCode(subject)},
                        {QStringLiteral("width_mm"), widthMm},
                        {QStringLiteral("height_mm"), heightMm},
                        {QStringLiteral("elements"), elements}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QStringList LabelTemplate::problems() const
{
    QStringList p;
    if (!isValidName(name))
        p << Tr::tr("The template name \"%1\" must be 1 to 48 lowercase letters, digits, '-' or '_'.").arg(name);
    if (widthMm < 10 || widthMm > 300 || heightMm < 10 || heightMm > 600)
        p << Tr::tr("The label size %1 × %2 mm is out of range (10–300 mm wide, 10–600 mm long).").arg(widthMm).arg(heightMm);
    for (int i = 0; i < elements.size(); ++i) {
        const LabelElement &e = elements.at(i);
        const QString who = e.displayName(i);
        auto checkText = [&](const QString &text, const QString &what) {
            bool unclosed = false;
            const QStringList names = LabelFields::placeholders(text, &unclosed);
            for (const QString &n : names) {
                if (!LabelFields::isKnown(subject, n))
                    p << Tr::tr("Unknown placeholder {%1} in the %2 of %3.").arg(n, what, who);
            }
            if (unclosed)
                p << Tr::tr("A \"{\" is not closed in the %1 of %2.").arg(what, who);
        };
        if (e.type == ElementType::Text)
            checkText(e.text, Tr::tr("text"));
        if (e.type == ElementType::Barcode) {
            checkText(e.data, Tr::tr("data"));
            if (e.data.trimmed().isEmpty())
                p << Tr::tr("The barcode %1 has no data.").arg(who);
            // Fixed data (no placeholder) can be checked now.
            if (!e.data.contains(u'{')) {
                static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
                if (e.symbology == BarcodeType::Ean13 && !(digits.match(e.data).hasMatch() && (e.data.size() == 12 || core::Gtin::isValid(e.data))))
                    p << Tr::tr("The EAN-13 of %1 must be 12 digits or 13 with a valid check digit: \"%2\".").arg(who, e.data);
                if (e.symbology == BarcodeType::Interleaved2of5 && !digits.match(e.data).hasMatch())
                    p << Tr::tr("Interleaved 2 of 5 in %1 takes digits only: \"%2\".").arg(who, e.data);
            }
        }
        if (e.type == ElementType::Text || e.type == ElementType::Barcode) {
            if (e.rotation % 90 != 0 || e.rotation < 0 || e.rotation >= 360)
                p << Tr::tr("The rotation of %1 must be 0, 90, 180 or 270.").arg(who);
        }
        if (e.type == ElementType::Text) {
            if (e.size < 4 || e.size > 200)
                p << Tr::tr("The font size of %1 must be between 4 and 200 pt.").arg(who);
            if (e.align != u"left" && e.align != u"center" && e.align != u"right")
                p << Tr::tr("The alignment of %1 must be left, center or right.").arg(who);
        }
        if (e.type == ElementType::Image && e.source.trimmed().isEmpty())
            p << Tr::tr("The image %1 has no source.").arg(who);
        if (e.type != ElementType::Line && (e.w <= 0 || e.h <= 0))
            p << Tr::tr("%1 needs a width and a height above zero.").arg(who);
        const double x0 = std::min(e.x, e.x + e.w), x1 = std::max(e.x, e.x + e.w);
        const double y0 = std::min(e.y, e.y + e.h), y1 = std::max(e.y, e.y + e.h);
        if (x0 < -0.01 || y0 < -0.01 || x1 > widthMm + 0.01 || y1 > heightMm + 0.01)
            p << Tr::tr("%1 lies outside the %2 × %3 mm label.").arg(who).arg(widthMm).arg(heightMm);
    }
    return p;
}

core::Result<> LabelTemplate::validate() const
{
    const QStringList p = problems();
    if (p.isEmpty())
        return {};
    return core::Error::validation(p.join(u'\n'), Tr::tr("template %1").arg(name));
}

} // namespace labels
