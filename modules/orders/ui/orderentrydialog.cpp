#include "orders/ui/orderentrydialog.h"

#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "core/domain/taxid.h"
#include "core/domain/appcontext.h"
#include "orders/data/customerrepository.h"
#include "orders/data/orderentryfactory.h"
#include "orders/data/productlookup.h"
#include "orders/domain/orderstatus.h"
#include "orders/ui/fielderror.h"
#include "orders/ui/newcustomerform.h"
#include "orders/ui/orderlinestable.h"
#include "orders/ui/suggestionpopup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace orders {

namespace {

constexpr int kSuggestions = 12;
constexpr int KindRole = Qt::UserRole + 1; ///< channel combo: the channel's kind
const QString kLines = QStringLiteral("lines");
const QString kProduct = QStringLiteral("product");

/// The channel chosen last in this session: a telesales desk enters order after order for the
/// same channel.
QString &lastChannelId()
{
    static QString id;
    return id;
}

QString errorKeyFor(const QString &field)
{
    return field.startsWith(QLatin1String("lines.")) ? kLines : field;
}

/// Text that a typist means as a CPF/CNPJ rather than a name: digits (and CNPJ letters) with
/// punctuation, at least 11 characters once the punctuation is gone.
bool looksLikeDocument(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?=.*[0-9])[0-9A-Za-z.\\-/\\s]+$"));
    return pattern.match(text).hasMatch() && core::Cnpj::normalize(text).size() >= 11;
}

/// "Érica Nogueira · 529.982.247-25 · São Paulo/SP": enough to tell two namesakes apart.
QString summaryOf(const CustomerSummary &c)
{
    const QString place = c.city.isEmpty() ? QString() : QStringLiteral(" · %1/%2").arg(c.city, c.state);
    return QStringLiteral("%1 · %2%3").arg(c.name, core::TaxId::format(c.document), place);
}

} // namespace

OrderEntryDialog::OrderEntryDialog(OrderEntryService &service, const ProductLookup &products,
                                   const CustomerRepository &customers, const core::Session &session, QWidget *parent)
    : QDialog(parent), m_service(service), m_products(products), m_customers(customers), m_session(session)
{
    setWindowTitle(tr("New order"));
    resize(960, 760);

    // Channel and customer.
    auto *top = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_fields.insert(QStringLiteral("channel"), m_channel);
    top->addRow(tr("&Channel:"), withError(m_channel, QStringLiteral("channel")));

    m_customer = lineEdit(QStringLiteral("customer"), tr("CPF, CNPJ or name; Enter to search"));
    m_customerSuggestions = new SuggestionPopup(m_customer);
    m_newCustomerButton = new QPushButton(tr("Ne&w customer"), this);
    m_newCustomerButton->setObjectName(QStringLiteral("customer.new"));
    m_newCustomerButton->setCheckable(true);
    m_newCustomerButton->setAutoDefault(false);
    auto *customerRow = new QHBoxLayout;
    customerRow->setContentsMargins(0, 0, 0, 0);
    customerRow->addWidget(withError(m_customer, QStringLiteral("customer")), 1);
    customerRow->addWidget(m_newCustomerButton, 0, Qt::AlignTop);
    auto *customerCell = new QWidget(this);
    customerCell->setLayout(customerRow);
    customerCell->setFocusProxy(m_customer);
    top->addRow(tr("C&ustomer:"), customerCell);
    m_customerInfo = new QLabel(this);
    m_customerInfo->setObjectName(QStringLiteral("customer.info"));
    m_customerInfo->hide();
    top->addRow(QString(), m_customerInfo);

    m_newCustomerBox = new NewCustomerForm(this);
    m_newCustomerBox->hide();
    m_fields.insert(m_newCustomerBox->fields());
    m_errors.insert(m_newCustomerBox->errorLabels());
    connect(m_newCustomerBox, &NewCustomerForm::fieldEdited, this, &OrderEntryDialog::clearErrorIfValid);
    connect(m_newCustomerBox, &NewCustomerForm::fieldFinished, this, &OrderEntryDialog::touch);

    // Products and lines.
    m_product = lineEdit(kProduct, tr("Scan the EAN, or type the SKU or the start of the name; Enter adds"));
    m_productSuggestions = new SuggestionPopup(m_product);
    auto *productForm = new QFormLayout;
    productForm->addRow(tr("&Product:"), withError(m_product, kProduct));

    m_table = new OrderLinesTable(this);
    m_table->setObjectName(kLines);
    m_table->setMinimumHeight(180);
    connect(m_table, &OrderLinesTable::linesChanged, this, [this] {
        updateTotals();
        refreshErrors();
    });
    auto *linesHint = new QLabel(tr("Edit the quantity, sale price or discount in the table; Del removes the line."), this);
    linesHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // Freight, payment, notes, totals.
    auto *bottom = new QFormLayout;
    m_freight = lineEdit(QStringLiteral("freight"), QStringLiteral("0,00"));
    m_freight->setMaximumWidth(160);
    bottom->addRow(tr("F&reight (R$):"), withError(m_freight, QStringLiteral("freight")));
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("payment_method"));
    m_fields.insert(QStringLiteral("payment_method"), m_payment);
    m_payment->addItem(tr("Choose…"), QString());
    for (const QString &method : OrderDraft::paymentMethods())
        m_payment->addItem(OrderStatus::paymentMethodName(method), method);
    m_payment->setMaximumWidth(320);
    bottom->addRow(tr("Pa&yment:"), withError(m_payment, QStringLiteral("payment_method")));
    m_installments = new QSpinBox(this);
    m_installments->setObjectName(QStringLiteral("installments"));
    m_fields.insert(QStringLiteral("installments"), m_installments);
    m_installments->setRange(1, OrderDraft::kMaxInstallments);
    m_installments->setSuffix(tr("×"));
    m_installments->setEnabled(false);
    m_installments->setMaximumWidth(100);
    bottom->addRow(tr("&Installments:"), withError(m_installments, QStringLiteral("installments")));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_fields.insert(QStringLiteral("notes"), m_notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    bottom->addRow(tr("N&otes:"), withError(m_notes, QStringLiteral("notes")));

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_createButton = buttons->button(QDialogButtonBox::Ok);
    m_createButton->setText(tr("Create order"));
    m_createButton->setToolTip(tr("Ctrl+Enter"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false); // Enter in a field must not create the order
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderEntryDialog::create);
    // A shortcut, not a key handler: it works from every field, the notes and the table included.
    auto *createAction = new QAction(tr("Create order"), this);
    createAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    createAction->setShortcutContext(Qt::WindowShortcut);
    addAction(createAction);
    connect(createAction, &QAction::triggered, this, &OrderEntryDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_newCustomerBox);
    layout->addLayout(productForm);
    layout->addWidget(m_table, 1);
    layout->addWidget(withError(linesHint, kLines));
    layout->addLayout(bottom);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);

    // Tab order follows the way an order is taken: who, what, how it ships and is paid.
    QWidget *order[] = {m_channel, m_customer, m_newCustomerButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    QWidget *previous = m_newCustomerButton;
    for (QWidget *next : m_newCustomerBox->tabOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QWidget *next : {static_cast<QWidget *>(m_product), static_cast<QWidget *>(m_table),
                          static_cast<QWidget *>(m_freight), static_cast<QWidget *>(m_payment),
                          static_cast<QWidget *>(m_installments), static_cast<QWidget *>(m_notes),
                          static_cast<QWidget *>(m_createButton)}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        lastChannelId() = m_channel->currentData().toString();
        m_newCustomerBox->setPickup(m_channel->currentData(KindRole).toString() == QLatin1String("store"));
        touch(QStringLiteral("channel"));
    });
    connect(m_customer, &QLineEdit::textEdited, this, &OrderEntryDialog::customerEdited);
    connect(m_customer, &QLineEdit::returnPressed, this, &OrderEntryDialog::customerEntered);
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        if (!m_customerSuggestions->isVisible() && !m_newCustomerButton->isChecked())
            touch(QStringLiteral("customer"));
    });
    connect(m_customerSuggestions, &SuggestionPopup::chosen, this, [this](const QVariant &data) {
        const QStringList v = data.toStringList();
        chooseCustomer(v.value(0), v.value(1), v.value(2));
    });
    connect(m_newCustomerButton, &QPushButton::toggled, this, [this](bool on) { setNewCustomer(on); });
    connect(m_product, &QLineEdit::textEdited, this, &OrderEntryDialog::productEdited);
    connect(m_product, &QLineEdit::returnPressed, this, &OrderEntryDialog::productEntered);
    connect(m_productSuggestions, &SuggestionPopup::chosen, this, [this](const QVariant &id) { addProduct(id, 1); });
    connect(m_freight, &QLineEdit::editingFinished, this, &OrderEntryDialog::freightFinished);
    connect(m_freight, &QLineEdit::textEdited, this, [this] {
        m_parseErrors.remove(QStringLiteral("freight"));
        clearErrorIfValid(QStringLiteral("freight"));
        updateTotals();
    });
    connect(m_payment, &QComboBox::currentIndexChanged, this, &OrderEntryDialog::paymentChanged);
    connect(m_installments, &QSpinBox::valueChanged, this, [this] { touch(QStringLiteral("installments")); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { clearErrorIfValid(QStringLiteral("notes")); });

    loadChannels();
    updateTotals();
    m_customer->setFocus();
}

std::optional<CreatedOrder> OrderEntryDialog::run(core::AppContext &context, QWidget *parent)
{
    auto service = orderEntryService(context);
    if (!service) {
        QMessageBox::warning(parent, tr("New order"), tr("Orders cannot be entered now: %1").arg(service.error().text()));
        return std::nullopt;
    }
    const ProductLookup products(context.database());
    const CustomerRepository customers(context.database());
    OrderEntryDialog dialog(*service, products, customers, context.session(), parent);
    dialog.exec();
    return dialog.createdOrder();
}

OrderEntryDialog::~OrderEntryDialog()
{
    // Destroying the window hides its fields, and a field losing focus emits editingFinished:
    // by then this dialog's members are gone, so nothing may listen any more.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QWidget *OrderEntryDialog::withError(QWidget *editor, const QString &key)
{
    return withFieldError(editor, key, m_errors);
}

QLineEdit *OrderEntryDialog::lineEdit(const QString &key, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_fields.insert(key, edit);
    return edit;
}

void OrderEntryDialog::loadChannels()
{
    m_channel->blockSignals(true);
    auto channels = m_service.channels();
    if (!channels) {
        showFieldError(QStringLiteral("channel"), channels.error().text());
        m_channel->blockSignals(false);
        return;
    }
    if (channels->isEmpty()) {
        showFieldError(QStringLiteral("channel"),
                       tr("There is no active store, representative, franchise or telesales channel. "
                          "Orders of the storefront and marketplaces come in through their connectors."));
    }
    if (channels->size() != 1)
        m_channel->addItem(tr("Choose…"), QString());
    for (const EntryChannel &c : *channels) {
        m_channel->addItem(QStringLiteral("%1 (%2)").arg(c.name, OrderStatus::channelKindName(c.kind)), c.id);
        m_channel->setItemData(m_channel->count() - 1, c.kind, KindRole);
    }
    const int last = m_channel->findData(lastChannelId());
    if (last > 0)
        m_channel->setCurrentIndex(last);
    m_channel->blockSignals(false);
    m_newCustomerBox->setPickup(m_channel->currentData(KindRole).toString() == QLatin1String("store"));
}

// ---- Customer ------------------------------------------------------------------------------

void OrderEntryDialog::customerEdited(const QString &text)
{
    m_customerId.clear();
    m_customerInfo->hide();
    m_parseErrors.remove(QStringLiteral("customer"));
    clearErrorIfValid(QStringLiteral("customer"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2) {
        m_customerSuggestions->hide();
        return;
    }
    auto hits = m_customers.search(trimmed, kSuggestions);
    QList<SuggestionPopup::Entry> entries;
    for (const CustomerSummary &c : hits.valueOr({}))
        entries.append({summaryOf(c), QStringList{c.id, c.name, summaryOf(c)}});
    m_customerSuggestions->show(entries);
}

void OrderEntryDialog::customerEntered()
{
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty() || !m_customerId.isEmpty())
        return;
    auto hits = m_customers.search(text, kSuggestions);
    if (!hits) {
        showFieldError(QStringLiteral("customer"), hits.error().text());
        return;
    }
    if (hits->size() == 1) {
        const CustomerSummary &c = hits->constFirst();
        chooseCustomer(c.id, c.name, summaryOf(c));
        return;
    }
    if (hits->size() > 1) {
        customerEdited(text);
        if (m_customerSuggestions->isVisible())
            m_customerSuggestions->list()->setCurrentRow(0); // Enter again takes the first, ↓ another
        return;
    }
    // Nobody found: a valid document opens the new customer form with it, an invalid one says
    // why, and a name starts a new customer with that name.
    static const QRegularExpression hasDigit(QStringLiteral("[0-9]"));
    if (text.contains(hasDigit) && !looksLikeDocument(text)) {
        m_parseErrors.insert(QStringLiteral("customer"), tr("No customer's CPF or CNPJ starts with %1.").arg(text));
        showFieldError(QStringLiteral("customer"), m_parseErrors.value(QStringLiteral("customer")));
        return;
    }
    if (looksLikeDocument(text)) {
        const bool cnpjLike = core::Cnpj::normalize(text).size() > 11;
        auto parsed = cnpjLike ? core::Cnpj::parse(text) : core::Cpf::parse(text);
        if (!parsed) {
            // Kept until the text changes, so leaving the field does not swap it for a vaguer one.
            m_parseErrors.insert(QStringLiteral("customer"), parsed.error().message);
            showFieldError(QStringLiteral("customer"), parsed.error().message);
            return;
        }
        setNewCustomer(true, *parsed, {});
        return;
    }
    setNewCustomer(true, {}, text);
}

void OrderEntryDialog::chooseCustomer(const QString &id, const QString &name, const QString &summary)
{
    m_customerId = id;
    m_customer->setText(name);
    m_customerInfo->setText(summary);
    m_customerInfo->show();
    m_customerSuggestions->hide();
    if (m_newCustomerButton->isChecked())
        m_newCustomerButton->setChecked(false);
    touch(QStringLiteral("customer"));
    m_product->setFocus(); // next: what the customer buys
}

void OrderEntryDialog::setNewCustomer(bool on, const QString &document, const QString &name)
{
    if (m_newCustomerButton->isChecked() != on) {
        const QSignalBlocker block(m_newCustomerButton);
        m_newCustomerButton->setChecked(on);
    }
    m_newCustomerBox->setVisible(on);
    m_parseErrors.remove(QStringLiteral("customer"));
    m_errors.value(QStringLiteral("customer"))->hide();
    if (!on) {
        refreshErrors();
        return;
    }
    m_customerId.clear();
    m_customerInfo->hide();
    m_customerSuggestions->hide();
    if (!document.isEmpty() || !name.isEmpty())
        m_customer->clear(); // what was typed moves into the form
    m_newCustomerBox->start(document, name);
}

// ---- Products and lines --------------------------------------------------------------------

void OrderEntryDialog::productEdited(const QString &text)
{
    m_errors.value(kProduct)->hide();
    const QString trimmed = text.trimmed();
    // A scanner types digits only: no list flickering under it while the EAN comes in.
    static const QRegularExpression digits(QStringLiteral("^[0-9*]*$"));
    if (trimmed.size() < 2 || digits.match(trimmed).hasMatch()) {
        m_productSuggestions->hide();
        return;
    }
    QList<SuggestionPopup::Entry> entries;
    for (const ProductHit &p : m_products.suggest(trimmed, kSuggestions).valueOr({}))
        entries.append({QStringLiteral("%1 · %2 · %3").arg(p.sku, p.name, p.salePrice.format()), p.id});
    m_productSuggestions->show(entries);
}

void OrderEntryDialog::productEntered()
{
    QString code = m_product->text().trimmed();
    if (code.isEmpty())
        return;
    // "3*7891000315507" or "3*SUP-10001": three units at once.
    int quantity = 1;
    static const QRegularExpression times(QStringLiteral("^(\\d{1,4})\\s*\\*\\s*(.+)$"));
    if (const auto m = times.match(code); m.hasMatch()) {
        quantity = m.captured(1).toInt();
        code = m.captured(2).trimmed();
    }
    auto exact = m_products.byCode(code);
    if (!exact) {
        showFieldError(kProduct, exact.error().text());
        return;
    }
    if (exact->has_value()) {
        addProduct((*exact)->id, quantity);
        return;
    }
    auto hits = m_products.suggest(code, kSuggestions);
    if (!hits) {
        showFieldError(kProduct, hits.error().text());
        return;
    }
    if (hits->size() == 1) {
        addProduct(hits->constFirst().id, quantity);
        return;
    }
    if (hits->isEmpty()) {
        showFieldError(kProduct, tr("No product on sale has the SKU, EAN or name \"%1\".").arg(code));
        m_product->selectAll(); // the next scan replaces it
        return;
    }
    QList<SuggestionPopup::Entry> entries;
    for (const ProductHit &p : *hits)
        entries.append({QStringLiteral("%1 · %2 · %3").arg(p.sku, p.name, p.salePrice.format()), p.id});
    m_productSuggestions->show(entries, true); // Enter again takes the first, ↓ chooses another
}

void OrderEntryDialog::addProduct(const QVariant &productId, int quantity)
{
    auto product = m_products.byId(productId.toString());
    if (!product || !product->has_value()) {
        showFieldError(kProduct, product ? tr("The product is no longer in the catalogue.") : product.error().text());
        return;
    }
    const ProductHit &p = **product;
    m_product->clear();
    m_productSuggestions->hide();
    m_errors.value(kProduct)->hide();
    m_table->addProduct(p.id, p.sku, p.name, p.listPrice, p.salePrice, quantity);
    m_product->setFocus();
}

// ---- Freight, payment, totals --------------------------------------------------------------

void OrderEntryDialog::freightFinished()
{
    const QString text = m_freight->text().trimmed();
    m_parseErrors.remove(QStringLiteral("freight"));
    if (!text.isEmpty()) {
        auto amount = core::Money::parse(text);
        if (amount)
            m_freight->setText(amount->formatPlain());
        else
            m_parseErrors.insert(QStringLiteral("freight"), tr("Type the freight like 12,50 (%1)").arg(amount.error().message));
    }
    touch(QStringLiteral("freight"));
    updateTotals();
}

void OrderEntryDialog::paymentChanged()
{
    const bool card = m_payment->currentData().toString() == QLatin1String("credit_card");
    if (!card)
        m_installments->setValue(1);
    m_installments->setEnabled(card);
    touch(QStringLiteral("payment_method"));
    touch(QStringLiteral("installments"));
}

void OrderEntryDialog::updateTotals()
{
    const OrderTotals t = draft().totals();
    m_totals->setText(tr("Items %1 − discount %2 + freight %3 = <b>%4</b>")
                          .arg(t.items.format(), t.discount.format(), t.freight.format(), t.total.format()));
}

OrderDraft OrderEntryDialog::draft() const
{
    OrderDraft d;
    d.channelId = m_channel->currentData().toString();
    d.channelKind = m_channel->currentData(KindRole).toString();
    if (m_newCustomerButton->isChecked()) {
        d.newCustomer = m_newCustomerBox->customer();
    } else {
        d.customerId = m_customerId;
    }
    d.lines = m_table->lines();
    const QString freight = m_freight->text().trimmed();
    d.freight = freight.isEmpty() ? core::Money() : core::Money::parse(freight).valueOr(core::Money());
    d.paymentMethod = m_payment->currentData().toString();
    d.installments = m_installments->value();
    d.notes = m_notes->toPlainText();
    return d;
}

// ---- Errors next to their fields -----------------------------------------------------------

void OrderEntryDialog::touch(const QString &key)
{
    m_touched.insert(key);
    refreshErrors();
}

QList<FieldError> OrderEntryDialog::currentErrors() const
{
    QList<FieldError> errors;
    for (auto it = m_parseErrors.cbegin(); it != m_parseErrors.cend(); ++it)
        errors.append({it.key(), it.value()});
    for (auto it = m_table->parseErrors().cbegin(); it != m_table->parseErrors().cend(); ++it)
        errors.append({it.key(), it.value()});
    errors.append(draft().validate());
    return errors;
}

void OrderEntryDialog::refreshErrors()
{
    QHash<QString, QStringList> messages;
    for (const FieldError &e : currentErrors()) {
        const QString key = errorKeyFor(e.field);
        // Line errors show at once (the user just edited that cell); an empty order only on OK.
        const bool show = m_showAll || m_touched.contains(e.field) || e.field.startsWith(QLatin1String("lines."));
        if (show && m_errors.contains(key) && !messages.value(key).contains(e.message))
            messages[key].append(e.message);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.key() == kProduct)
            continue; // lookup messages, managed by the product field itself
        const QStringList list = messages.value(it.key());
        // One message per field (the first is what to fix first), all of them for the lines.
        it.value()->setText(it.key() == kLines ? list.join(u'\n') : list.value(0));
        it.value()->setVisible(!list.isEmpty());
        if (QWidget *field = m_fields.value(it.key()))
            field->setToolTip(list.value(0));
    }
}

void OrderEntryDialog::clearErrorIfValid(const QString &key)
{
    QLabel *label = m_errors.value(errorKeyFor(key));
    if (!label || label->isHidden())
        return;
    for (const FieldError &e : currentErrors()) {
        if (e.field == key)
            return;
    }
    label->hide();
}

void OrderEntryDialog::showFieldError(const QString &key, const QString &message)
{
    QLabel *label = m_errors.value(errorKeyFor(key));
    if (!label)
        return;
    label->setText(message);
    label->show();
}

void OrderEntryDialog::focusField(const QString &key)
{
    if (key.startsWith(QLatin1String("lines."))) {
        m_table->focusField(key);
        return;
    }
    if (key == kLines) {
        m_product->setFocus();
        return;
    }
    if (QWidget *field = m_fields.value(key))
        field->setFocus();
}

// ---- Keyboard and the OK button ------------------------------------------------------------

void OrderEntryDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // Enter in a field is for the field (search, add a product), never "create the order".
    if (enter && !qobject_cast<QPushButton *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void OrderEntryDialog::reject()
{
    if (!m_created && !m_table->lines().isEmpty()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  tr("Discard this order with %n line(s)?", nullptr, int(m_table->lines().size())),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void OrderEntryDialog::create()
{
    freightFinished();
    m_showAll = true;
    refreshErrors();
    const QList<FieldError> errors = currentErrors();
    if (!errors.isEmpty()) {
        focusField(errors.constFirst().field);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = m_service.create(m_session, draft());
    QApplication::restoreOverrideCursor();
    if (!created) {
        const core::Error &e = created.error();
        if (!e.where.isEmpty() && m_errors.contains(errorKeyFor(e.where))) {
            showFieldError(e.where, e.message);
            focusField(e.where);
        } else {
            QMessageBox::warning(this, windowTitle(), tr("The order was not created: %1").arg(e.text()));
        }
        return;
    }
    m_created = *created;
    emit orderCreated(created->number, created->id);
    QMessageBox::information(this, windowTitle(),
                             tr("Order %1 was created, total %2.").arg(created->number).arg(created->total.format()));
    accept();
}

} // namespace orders
