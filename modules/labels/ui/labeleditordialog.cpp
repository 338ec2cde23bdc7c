#include "labels/ui/labeleditordialog.h"

#include "core/domain/appcontext.h"
#include "labels/data/labeljobbuilder.h"
#include "labels/data/labeltemplatestore.h"
#include "labels/render/labelpainter.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace labels {

/// One element's frame on the editor's canvas: select it, drag it (snapped to 0.5 mm).
class ElementItem : public QGraphicsRectItem
{
public:
    ElementItem(LabelEditorDialog *dialog, int index) : m_dialog(dialog), m_index(index)
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
        setAcceptHoverEvents(true);
        setCursor(Qt::SizeAllCursor);
    }
    void setIndex(int index) { m_index = index; }
    int index() const { return m_index; }
    void place(const LabelElement &e)
    {
        const double k = LabelEditorDialog::kScale;
        m_placing = true;
        // Lines have no area: give their frame a grip of 1.5 mm.
        const double w = std::max(std::abs(e.w), 1.5), h = std::max(std::abs(e.h), 1.5);
        setRect(0, 0, w * k, h * k);
        setPos(std::min(e.x, e.x + e.w) * k, std::min(e.y, e.y + e.h) * k);
        m_placing = false;
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        const double k = LabelEditorDialog::kScale;
        if (change == ItemPositionChange && !m_placing) {
            QPointF p = value.toPointF();
            p.setX(std::round(p.x() / k * 2) / 2 * k);
            p.setY(std::round(p.y() / k * 2) / 2 * k);
            const QRectF page = scene() ? scene()->sceneRect() : QRectF();
            p.setX(std::clamp(p.x(), page.left(), std::max(page.left(), page.right() - rect().width())));
            p.setY(std::clamp(p.y(), page.top(), std::max(page.top(), page.bottom() - rect().height())));
            return p;
        }
        if (change == ItemPositionHasChanged && !m_placing)
            m_dialog->elementMoved(m_index, value.toPointF() / k);
        if (change == ItemSelectedHasChanged && value.toBool())
            m_dialog->elementSelected(m_index);
        return QGraphicsRectItem::itemChange(change, value);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const double step = LabelEditorDialog::kScale * (event->modifiers() & Qt::ShiftModifier ? 5 : 0.5);
        QPointF d;
        switch (event->key()) {
        case Qt::Key_Left: d = {-step, 0}; break;
        case Qt::Key_Right: d = {step, 0}; break;
        case Qt::Key_Up: d = {0, -step}; break;
        case Qt::Key_Down: d = {0, step}; break;
        default: QGraphicsRectItem::keyPressEvent(event); return;
        }
        setPos(pos() + d);
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const bool selected = isSelected();
        p->setBrush(selected ? QColor(30, 120, 220, 40) : (m_hover ? QColor(30, 120, 220, 18) : Qt::transparent));
        QPen pen(QColor(30, 120, 220), selected ? 2 : 1, selected ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(true);
        p->setPen(pen);
        p->drawRect(rect());
        if (selected) { // the resize grip
            p->setBrush(QColor(30, 120, 220));
            p->drawRect(grip());
        }
    }
    QRectF grip() const
    {
        const double g = LabelEditorDialog::kScale * 1.6;
        return QRectF(rect().bottomRight() - QPointF(g, g), QSizeF(g, g));
    }
    void hoverMoveEvent(QGraphicsSceneHoverEvent *e) override
    {
        setCursor(isSelected() && grip().adjusted(-2, -2, 2, 2).contains(e->pos()) ? Qt::SizeFDiagCursor : Qt::SizeAllCursor);
        QGraphicsRectItem::hoverMoveEvent(e);
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *e) override
    {
        m_resizing = isSelected() && grip().adjusted(-2, -2, 2, 2).contains(e->pos());
        if (m_resizing) {
            m_gripOffset = rect().bottomRight() - e->pos();
            e->accept();
            return;
        }
        QGraphicsRectItem::mousePressEvent(e);
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *e) override
    {
        if (!m_resizing) {
            QGraphicsRectItem::mouseMoveEvent(e);
            return;
        }
        // The bottom-right corner follows the mouse, on the 0.5 mm grid.
        const double k = LabelEditorDialog::kScale;
        const QPointF corner = e->pos() + m_gripOffset;
        const double w = std::max(1.0, std::round(corner.x() / k * 2) / 2);
        const double h = std::max(1.0, std::round(corner.y() / k * 2) / 2);
        m_dialog->elementResized(m_index, w, h);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *e) override
    {
        m_resizing = false;
        QGraphicsRectItem::mouseReleaseEvent(e);
    }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *e) override { m_hover = true; update(); QGraphicsRectItem::hoverEnterEvent(e); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *e) override { m_hover = false; update(); QGraphicsRectItem::hoverLeaveEvent(e); }

private:
    LabelEditorDialog *m_dialog;
    int m_index;
    bool m_placing = false;
    bool m_hover = false;
    bool m_resizing = false;
    QPointF m_gripOffset;
};

namespace {

QDoubleSpinBox *mmBox(QWidget *parent, double max = 600)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(-max, max);
    b->setDecimals(1);
    b->setSingleStep(0.5);
    b->setSuffix(QStringLiteral(" mm"));
    return b;
}

} // namespace

LabelEditorDialog::LabelEditorDialog(core::AppContext &context, const LabelTemplate &t, QWidget *parent)
    : QDialog(parent), m_context(context), m_template(t), m_data(LabelFields::sample(t.subject)),
      m_name(new QLineEdit(this)), m_title(new QLineEdit(this)), m_subject(new QComboBox(this)), m_width(mmBox(this, 300)),
      m_height(mmBox(this, 600)), m_dataKey(new QLineEdit(this)), m_dataNote(new QLabel(this)),
      m_list(new QListWidget(this)), m_view(new QGraphicsView(this)), m_scene(new QGraphicsScene(this)), m_id(new QLineEdit(this)),
      m_x(mmBox(this)), m_y(mmBox(this)), m_w(mmBox(this)), m_h(mmBox(this)), m_text(new QLineEdit(this)),
      m_insertField(new QToolButton(this)), m_font(new QComboBox(this)), m_size(new QDoubleSpinBox(this)),
      m_bold(new QCheckBox(tr("Bold"), this)), m_wrap(new QCheckBox(tr("Several lines"), this)),
      m_inverse(new QCheckBox(tr("White on black"), this)), m_filled(new QCheckBox(tr("Filled"), this)),
      m_humanReadable(new QCheckBox(tr("Text under the bars"), this)), m_rotation(new QComboBox(this)), m_align(new QComboBox(this)),
      m_symbology(new QComboBox(this)), m_thickness(mmBox(this, 20)), m_source(new QLineEdit(this)), m_problems(new QLabel(this)),
      m_renderDelay(new QTimer(this))
{
    setWindowTitle(tr("Label editor — %1").arg(t.title));
    setObjectName(QStringLiteral("labelEditor"));
    resize(1180, 760);

    // Template header.
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setText(t.name);
    m_name->setMinimumWidth(150);
    m_title->setText(t.title);
    for (LabelSubject s : {LabelSubject::Order, LabelSubject::Product, LabelSubject::Location, LabelSubject::Lot})
        m_subject->addItem(s == LabelSubject::Order ? tr("Order (shipping)") : s == LabelSubject::Product ? tr("Product")
                           : s == LabelSubject::Location ? tr("Location") : tr("Lot"),
                           subjectCode(s));
    m_subject->setCurrentIndex(m_subject->findData(subjectCode(t.subject)));
    m_width->setRange(10, 300);
    m_height->setRange(10, 600);
    m_width->setValue(t.widthMm);
    m_height->setValue(t.heightMm);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Name:"), this));
    header->addWidget(m_name);
    header->addWidget(new QLabel(tr("Title:"), this));
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("For:"), this));
    header->addWidget(m_subject);
    header->addWidget(new QLabel(tr("Size:"), this));
    header->addWidget(m_width);
    header->addWidget(new QLabel(QStringLiteral("×"), this));
    header->addWidget(m_height);

    // Preview data.
    m_dataKey->setObjectName(QStringLiteral("previewKey"));
    m_dataKey->setPlaceholderText(tr("order number, SKU, location or lot code"));
    auto *load = new QPushButton(tr("Preview with it"), this);
    load->setAutoDefault(false);
    m_dataNote->setText(tr("Sample data"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(new QLabel(tr("Preview data:"), this));
    dataRow->addWidget(m_dataKey, 1);
    dataRow->addWidget(load);
    dataRow->addWidget(m_dataNote, 1);

    // Elements.
    m_list->setObjectName(QStringLiteral("elementList"));
    auto *add = new QToolButton(this);
    add->setText(tr("Add"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Text"), this, [this] { addElement(ElementType::Text); });
    addMenu->addAction(tr("Barcode"), this, [this] { addElement(ElementType::Barcode); });
    addMenu->addAction(tr("Box"), this, [this] { addElement(ElementType::Box); });
    addMenu->addAction(tr("Line"), this, [this] { addElement(ElementType::Line); });
    addMenu->addAction(tr("Image or logo"), this, [this] { addElement(ElementType::Image); });
    add->setMenu(addMenu);
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Elements"), this));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    // Canvas.
    m_view->setObjectName(QStringLiteral("labelCanvas"));
    m_view->setScene(m_scene);
    m_view->setBackgroundBrush(palette().mid());
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setDragMode(QGraphicsView::NoDrag);

    // Properties.
    auto *props = new QGroupBox(tr("Element"), this);
    auto *form = new QFormLayout(props);
    m_text->setObjectName(QStringLiteral("elementText"));
    m_insertField->setText(tr("Field"));
    m_insertField->setToolTip(tr("Insert a field such as {order.number}"));
    m_insertField->setPopupMode(QToolButton::InstantPopup);
    auto *textRow = new QWidget(props);
    auto *textLayout = new QHBoxLayout(textRow);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_insertField);
    m_textRows = textRow;
    m_font->addItems({QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("DejaVu Sans Mono"),
                      QStringLiteral("DejaVu Serif")});
    m_font->setEditable(true);
    m_size->setRange(4, 200);
    m_size->setDecimals(1);
    m_size->setSuffix(QStringLiteral(" pt"));
    for (int r : {0, 90, 180, 270})
        m_rotation->addItem(QStringLiteral("%1°").arg(r), r);
    m_align->addItem(tr("Left"), QStringLiteral("left"));
    m_align->addItem(tr("Centre"), QStringLiteral("center"));
    m_align->addItem(tr("Right"), QStringLiteral("right"));
    for (BarcodeType b : {BarcodeType::Code128, BarcodeType::Ean13, BarcodeType::Interleaved2of5, BarcodeType::DataMatrix, BarcodeType::QrCode})
        m_symbology->addItem(b == BarcodeType::Code128 ? QStringLiteral("Code 128") : b == BarcodeType::Ean13 ? QStringLiteral("EAN-13")
                             : b == BarcodeType::Interleaved2of5 ? QStringLiteral("Interleaved 2 of 5")
                             : b == BarcodeType::DataMatrix ? QStringLiteral("Data Matrix") : QStringLiteral("QR code"),
                             barcodeTypeCode(b));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    auto *sourceRow = new QWidget(props);
    auto *sourceLayout = new QHBoxLayout(sourceRow);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_source, 1);
    sourceLayout->addWidget(browse);
    auto *pos = new QHBoxLayout;
    pos->addWidget(m_x);
    pos->addWidget(m_y);
    auto *size = new QHBoxLayout;
    size->addWidget(m_w);
    size->addWidget(m_h);
    form->addRow(tr("Name:"), m_id);
    form->addRow(tr("Position x, y:"), pos);
    form->addRow(tr("Size w, h:"), size);
    form->addRow(tr("Text / data:"), textRow);
    form->addRow(tr("Symbology:"), m_symbology);
    form->addRow(QString(), m_humanReadable);
    form->addRow(tr("Font:"), m_font);
    form->addRow(tr("Size:"), m_size);
    form->addRow(QString(), m_bold);
    form->addRow(tr("Alignment:"), m_align);
    form->addRow(tr("Rotation:"), m_rotation);
    form->addRow(QString(), m_wrap);
    form->addRow(QString(), m_inverse);
    form->addRow(tr("Line width:"), m_thickness);
    form->addRow(QString(), m_filled);
    form->addRow(tr("Image:"), sourceRow);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(props);
    rightLayout->addWidget(m_problems);
    rightLayout->addStretch();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 580, 340});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export JSON…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(dataRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_renderDelay->setSingleShot(true);
    m_renderDelay->setInterval(60);
    connect(m_renderDelay, &QTimer::timeout, this, [this] {
        render();
        validateNow();
    });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &LabelEditorDialog::exportJson);
    connect(load, &QPushButton::clicked, this, &LabelEditorDialog::loadPreviewData);
    connect(m_dataKey, &QLineEdit::returnPressed, this, &LabelEditorDialog::loadPreviewData);
    connect(add, &QToolButton::clicked, add, &QToolButton::showMenu);
    connect(remove, &QToolButton::clicked, this, &LabelEditorDialog::removeElement);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            selectElement(row);
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose an image"), QString(), tr("Images (*.png *.jpg *.bmp)"));
        if (file.isEmpty())
            return;
        // Embedded in the template, so every desktop prints the same logo.
        QImage image(file);
        if (image.isNull()) {
            QMessageBox::warning(this, tr("Image"), tr("%1 cannot be read as an image.").arg(file));
            return;
        }
        QByteArray png;
        QBuffer buffer(&png);
        image.save(&buffer, "PNG");
        m_source->setText(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
        storeProperties();
    });
    auto headerChanged = [this] {
        if (m_loading)
            return;
        m_template.name = m_name->text().trimmed();
        m_template.title = m_title->text().trimmed();
        m_template.subject = subjectFromCode(m_subject->currentData().toString()).value_or(LabelSubject::Order);
        m_template.widthMm = m_width->value();
        m_template.heightMm = m_height->value();
        buildScene();
        scheduleRender();
    };
    connect(m_name, &QLineEdit::textEdited, this, headerChanged);
    connect(m_title, &QLineEdit::textEdited, this, headerChanged);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, headerChanged);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, headerChanged);
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this, headerChanged] {
        headerChanged();
        m_data = LabelFields::sample(m_template.subject);
        m_dataNote->setText(tr("Sample data"));
        loadProperties();
    });
    for (QLineEdit *e : {m_id, m_text, m_source})
        connect(e, &QLineEdit::textEdited, this, &LabelEditorDialog::storeProperties);
    for (QDoubleSpinBox *b : {m_x, m_y, m_w, m_h, m_size, m_thickness})
        connect(b, &QDoubleSpinBox::valueChanged, this, &LabelEditorDialog::storeProperties);
    for (QCheckBox *c : {m_bold, m_wrap, m_inverse, m_filled, m_humanReadable})
        connect(c, &QCheckBox::toggled, this, &LabelEditorDialog::storeProperties);
    for (QComboBox *c : {m_rotation, m_align, m_symbology, m_font})
        connect(c, &QComboBox::currentIndexChanged, this, &LabelEditorDialog::storeProperties);
    connect(m_font, &QComboBox::currentTextChanged, this, &LabelEditorDialog::storeProperties);

    refreshList();
    buildScene();
    render();
    validateNow();
    selectElement(m_template.elements.isEmpty() ? -1 : 0);
}

LabelEditorDialog::~LabelEditorDialog() = default;

void LabelEditorDialog::setPreviewData(const LabelData &data, const QString &what)
{
    if (data.isEmpty())
        return;
    m_data = data;
    m_dataKey->setText(what);
    m_dataNote->setText(tr("Real data: %1").arg(data.value(QStringLiteral("label.subject"), what)));
    scheduleRender();
}

void LabelEditorDialog::loadPreviewData()
{
    const QString key = m_dataKey->text().trimmed();
    if (key.isEmpty()) {
        m_data = LabelFields::sample(m_template.subject);
        m_dataNote->setText(tr("Sample data"));
        scheduleRender();
        return;
    }
    LabelRequest r;
    r.templateName = QStringLiteral("__none__");
    switch (m_template.subject) {
    case LabelSubject::Order: r.orders = {key.toLongLong()}; break;
    case LabelSubject::Product: r.products = {key}; break;
    case LabelSubject::Location: r.locations = {key}; break;
    case LabelSubject::Lot: r.lots = {key}; break;
    }
    // Any built-in of the same subject gives the data; the layout stays this one.
    static const QHash<LabelSubject, QString> builtIns{{LabelSubject::Order, QStringLiteral("shipping")},
                                                       {LabelSubject::Product, QStringLiteral("product")},
                                                       {LabelSubject::Location, QStringLiteral("location")},
                                                       {LabelSubject::Lot, QStringLiteral("lot")}};
    r.templateName = builtIns.value(m_template.subject);
    auto batch = LabelJobBuilder(m_context.database()).build(r);
    if (!batch || batch->items.isEmpty()) {
        m_dataNote->setText(batch ? tr("Nothing found") : batch.error().message);
        return;
    }
    setPreviewData(batch->items.constFirst().data, key);
}

void LabelEditorDialog::refreshList()
{
    m_loading = true;
    const int keep = m_current;
    m_list->clear();
    for (int i = 0; i < m_template.elements.size(); ++i) {
        const LabelElement &e = m_template.elements.at(i);
        QString what = e.type == ElementType::Text ? e.text : e.type == ElementType::Barcode ? barcodeTypeCode(e.symbology) + u' ' + e.data
                                                                                              : QString();
        if (what.size() > 28)
            what = what.left(27) + u'…';
        m_list->addItem(what.isEmpty() ? e.displayName(i) : QStringLiteral("%1 — %2").arg(e.id.isEmpty() ? elementTypeCode(e.type) : e.id, what));
    }
    m_list->setCurrentRow(keep);
    m_loading = false;
}

void LabelEditorDialog::buildScene()
{
    const double k = kScale;
    for (ElementItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    if (!m_page) {
        m_page = m_scene->addPixmap(QPixmap());
        m_page->setZValue(-1);
        m_page->setTransformationMode(Qt::SmoothTransformation);
    }
    m_scene->setSceneRect(0, 0, m_template.widthMm * k, m_template.heightMm * k);
    for (int i = 0; i < m_template.elements.size(); ++i) {
        auto *item = new ElementItem(this, i);
        item->place(m_template.elements.at(i));
        m_scene->addItem(item);
        m_items.append(item);
    }
    if (m_current >= 0 && m_current < m_items.size())
        m_items.at(m_current)->setSelected(true);
    m_view->fitInView(m_scene->sceneRect().adjusted(-12, -12, 12, 12), Qt::KeepAspectRatio);
}

void LabelEditorDialog::render()
{
    // Drawn at 12 dots/mm (the 300 dpi head), then shown at the canvas scale.
    core::Error error;
    const QImage image = LabelPainter::image(m_template, m_data, 300, &error);
    m_page->setPixmap(QPixmap::fromImage(image));
    m_page->setScale(kScale * m_template.widthMm / std::max(1, image.width()));
    m_view->fitInView(m_scene->sceneRect().adjusted(-12, -12, 12, 12), Qt::KeepAspectRatio);
}

void LabelEditorDialog::scheduleRender()
{
    m_renderDelay->start();
}

void LabelEditorDialog::validateNow()
{
    const QStringList problems = m_template.problems();
    if (problems.isEmpty()) {
        m_problems->setStyleSheet(QString());
        m_problems->setText(tr("No problems found."));
    } else {
        m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_problems->setText(problems.join(u'\n'));
    }
}

void LabelEditorDialog::selectElement(int index)
{
    if (index < -1 || index >= m_template.elements.size())
        return;
    m_current = index;
    m_loading = true;
    m_list->setCurrentRow(index);
    m_scene->clearSelection();
    // The selected frame comes on top, so its grip can be caught where elements overlap.
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setZValue(i == index ? 1 : 0);
    if (index >= 0) {
        m_items.at(index)->setSelected(true);
        m_items.at(index)->setFocus();
    }
    m_loading = false;
    loadProperties();
}

void LabelEditorDialog::elementSelected(int index)
{
    if (m_loading || index == m_current)
        return;
    selectElement(index);
}

void LabelEditorDialog::elementMoved(int index, const QPointF &topLeftMm)
{
    if (index < 0 || index >= m_template.elements.size())
        return;
    LabelElement &e = m_template.elements[index];
    // Lines and boxes given with negative extents keep their shape.
    e.x = topLeftMm.x() - std::min(0.0, e.w);
    e.y = topLeftMm.y() - std::min(0.0, e.h);
    if (index == m_current) {
        m_loading = true;
        m_x->setValue(e.x);
        m_y->setValue(e.y);
        m_loading = false;
    }
    scheduleRender();
}

void LabelEditorDialog::elementResized(int index, double wMm, double hMm)
{
    if (index < 0 || index >= m_template.elements.size())
        return;
    LabelElement &e = m_template.elements[index];
    if (e.type == ElementType::Line) {
        // A line keeps its direction: a horizontal one only gets longer or shorter.
        if (e.h == 0) hMm = 0;
        else if (e.w == 0) wMm = 0;
    }
    e.w = wMm;
    e.h = hMm;
    m_items.at(index)->place(e);
    if (index == m_current) {
        m_loading = true;
        m_w->setValue(e.w);
        m_h->setValue(e.h);
        m_loading = false;
    }
    scheduleRender();
}

void LabelEditorDialog::moveElement(int index, double xMm, double yMm)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items.at(index)->setPos(QPointF(xMm, yMm) * kScale);
    render();
    validateNow();
}

void LabelEditorDialog::loadProperties()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_template.elements.size();
    const LabelElement e = has ? m_template.elements.at(m_current) : LabelElement{};
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_x, m_y, m_w, m_h, m_text, m_insertField, m_font, m_size, m_bold, m_wrap, m_inverse,
                                                       m_filled, m_humanReadable, m_rotation, m_align, m_symbology, m_thickness, m_source})
        w->setEnabled(has);
    m_id->setText(e.id);
    m_x->setValue(e.x);
    m_y->setValue(e.y);
    m_w->setValue(e.w);
    m_h->setValue(e.h);
    m_text->setText(e.type == ElementType::Barcode ? e.data : e.text);
    m_font->setCurrentText(e.font);
    m_size->setValue(e.size);
    m_bold->setChecked(e.bold);
    m_wrap->setChecked(e.wrap);
    m_inverse->setChecked(e.inverse);
    m_filled->setChecked(e.filled);
    m_humanReadable->setChecked(e.humanReadable);
    m_rotation->setCurrentIndex(std::max(0, m_rotation->findData(e.rotation)));
    m_align->setCurrentIndex(std::max(0, m_align->findData(e.align)));
    m_symbology->setCurrentIndex(std::max(0, m_symbology->findData(barcodeTypeCode(e.symbology))));
    m_thickness->setValue(e.thickness);
    m_source->setText(e.source.startsWith(QLatin1String("data:")) ? tr("(embedded image)") : e.source);

    // Show only the properties of this kind of element.
    auto *form = qobject_cast<QFormLayout *>(m_id->parentWidget()->layout());
    const bool text = e.type == ElementType::Text, barcode = e.type == ElementType::Barcode;
    if (form) {
        form->setRowVisible(m_textRows, has && (text || barcode));
        form->setRowVisible(m_symbology, barcode);
        form->setRowVisible(m_humanReadable, barcode && !isMatrixBarcode(e.symbology));
        for (QWidget *w : std::initializer_list<QWidget *>{m_font, m_size, m_bold, m_align, m_wrap, m_inverse})
            form->setRowVisible(w, text);
        form->setRowVisible(m_rotation, text || barcode);
        form->setRowVisible(m_thickness, e.type == ElementType::Box || e.type == ElementType::Line);
        form->setRowVisible(m_filled, e.type == ElementType::Box);
        form->setRowVisible(m_source->parentWidget(), e.type == ElementType::Image);
    }
    // The fields this subject offers, to insert at the cursor.
    auto *menu = new QMenu(m_insertField);
    for (const LabelFields::Field &f : LabelFields::fields(m_template.subject)) {
        menu->addAction(QStringLiteral("{%1} — %2").arg(f.name, f.description), this, [this, name = f.name] {
            m_text->insert(u'{' + name + u'}');
            storeProperties();
        });
    }
    delete m_insertField->menu();
    m_insertField->setMenu(menu);
    m_loading = false;
}

void LabelEditorDialog::storeProperties()
{
    if (m_loading || m_current < 0 || m_current >= m_template.elements.size())
        return;
    LabelElement &e = m_template.elements[m_current];
    e.id = m_id->text().trimmed();
    e.x = m_x->value();
    e.y = m_y->value();
    e.w = m_w->value();
    e.h = m_h->value();
    if (e.type == ElementType::Barcode)
        e.data = m_text->text();
    else if (e.type == ElementType::Text)
        e.text = m_text->text();
    e.font = m_font->currentText();
    e.size = m_size->value();
    e.bold = m_bold->isChecked();
    e.wrap = m_wrap->isChecked();
    e.inverse = m_inverse->isChecked();
    e.filled = m_filled->isChecked();
    e.humanReadable = m_humanReadable->isChecked();
    e.rotation = m_rotation->currentData().toInt();
    e.align = m_align->currentData().toString();
    e.symbology = barcodeTypeFromCode(m_symbology->currentData().toString()).value_or(BarcodeType::Code128);
    e.thickness = m_thickness->value();
    if (!m_source->text().startsWith(u'('))
        e.source = m_source->text().trimmed();
    m_items.at(m_current)->place(e);
    const int row = m_current;
    refreshList();
    m_current = row;
    scheduleRender();
}

void LabelEditorDialog::addElement(ElementType type)
{
    LabelElement e;
    e.type = type;
    e.x = 5;
    e.y = 5;
    switch (type) {
    case ElementType::Text: e.text = tr("Text"); e.w = 40; e.h = 6; break;
    case ElementType::Barcode:
        e.symbology = BarcodeType::Code128;
        e.data = m_template.subject == LabelSubject::Order ? QStringLiteral("{order.number}")
               : m_template.subject == LabelSubject::Product ? QStringLiteral("{product.sku}")
               : m_template.subject == LabelSubject::Location ? QStringLiteral("{location.code}") : QStringLiteral("{lot.code}");
        e.w = 50; e.h = 15;
        break;
    case ElementType::Box: e.w = 30; e.h = 20; e.thickness = 0.4; break;
    case ElementType::Line: e.w = 30; e.h = 0; e.thickness = 0.3; break;
    case ElementType::Image: e.w = 20; e.h = 10; e.source = QString(); break;
    }
    e.w = std::min(e.w, m_template.widthMm - e.x);
    m_template.elements.append(e);
    buildScene();
    refreshList();
    selectElement(int(m_template.elements.size()) - 1);
    scheduleRender();
}

void LabelEditorDialog::removeElement()
{
    if (m_current < 0 || m_current >= m_template.elements.size())
        return;
    m_template.elements.removeAt(m_current);
    m_current = std::min(m_current, int(m_template.elements.size()) - 1);
    buildScene();
    refreshList();
    selectElement(m_current);
    scheduleRender();
}

bool LabelEditorDialog::save()
{
    m_template.name = m_name->text().trimmed();
    m_template.title = m_title->text().trimmed().isEmpty() ? m_template.name : m_title->text().trimmed();
    if (LabelTemplateStore::isBuiltIn(m_template.name)) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save template"),
                                                   tr("Built-in templates stay as shipped. Save your version under the name:"),
                                                   QLineEdit::Normal, m_template.name + QStringLiteral("-empresa"), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return false;
        m_template.name = name;
        m_name->setText(name);
    }
    auto saved = LabelTemplateStore(m_context.database()).save(m_template, m_context.session());
    if (!saved) {
        validateNow();
        QMessageBox::warning(this, tr("Save template"), tr("The template was not saved:\n\n%1").arg(saved.error().message));
        return false;
    }
    m_savedName = m_template.name;
    return true;
}

void LabelEditorDialog::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export template"), m_template.name + QStringLiteral(".json"),
                                                      tr("Label template (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = m_template.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(this, tr("Export template"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace labels
