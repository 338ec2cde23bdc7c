// The dialogs around the main window: log in, first administrator, settings (company data) and
// the user form. Each is driven as a user drives it: type, press Enter or click Save.

#include "core/data/appsettings.h"
#include "core/data/companyservice.h"
#include "core/data/userservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "gui/firstadmindialog.h"
#include "gui/logindialog.h"
#include "gui/settingsdialog.h"
#include "gui/userformdialog.h"
#include "testdatabase.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// A message box the code under test pops up would block the test in its own exec(): close it,
/// and remember what it said so the test can fail on it.
class MessageBoxCatcher : public QObject
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->reject();
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

qint64 count(core::Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QPushButton *button(QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

/// The field of a form row, found by its label as the user reads it ("&Login:").
QWidget *fieldLabeled(QWidget &dialog, const QString &label)
{
    for (QFormLayout *form : dialog.findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *text = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (text && text->text() == label && fieldItem)
                return fieldItem->widget();
        }
    }
    return nullptr;
}

QLineEdit *editLabeled(QWidget &dialog, const QString &label)
{
    return qobject_cast<QLineEdit *>(fieldLabeled(dialog, label));
}

/// The message shown in the form row right below `field`.
QLabel *messageBelow(QWidget *field)
{
    for (QFormLayout *form : field->window()->findChildren<QFormLayout *>()) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row < 0)
            continue;
        QLayoutItem *below = form->itemAt(row + 1, QFormLayout::FieldRole);
        return below ? qobject_cast<QLabel *>(below->widget()) : nullptr;
    }
    return nullptr;
}

/// Visible texts of the dialog that are neither form labels nor inside the form fields: messages.
QStringList visibleMessages(QWidget &dialog)
{
    QList<QWidget *> formLabels;
    for (QFormLayout *form : dialog.findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                formLabels << item->widget();
        }
    }
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !formLabels.contains(label) && !label->text().isEmpty()
            && label->styleSheet().contains(u"#b00020"_s))
            texts << label->text();
    }
    return texts;
}

/// Types like a keyboard: QTest::keyClicks only knows ASCII, and Portuguese needs "ã", "ú" ...
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void showAndSettle(QWidget &w)
{
    w.show();
    QCoreApplication::processEvents();
}

} // namespace

class tst_Dialogs : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        uitest::isolateSettings();
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // LoginDialog
    void loginWrongPasswordKeepsDialogOpen();
    void loginUnknownUserGetsTheSameMessage();
    void loginRightPasswordAccepts_data();
    void loginRightPasswordAccepts();
    void loginDeactivatedUserIsRefused();
    void loginShowsDatabaseFile();

    // FirstAdminDialog
    void firstAdminInvalidInputCreatesNoUser_data();
    void firstAdminInvalidInputCreatesNoUser();
    void firstAdminValidInputCreatesAdministrator();
    void firstAdminMessagesClearOnceCorrected();

    // SettingsDialog
    void settingsInvalidCompanyIsRefusedOnItsField_data();
    void settingsInvalidCompanyIsRefusedOnItsField();
    void settingsValidCompanyIsSaved();
    void settingsWithoutCompanyDataStillSavesLanguage();
    void settingsAddressWithoutLegalNameIsNotDropped();
    void settingsCompanyFieldsFollowRole_data();
    void settingsCompanyFieldsFollowRole();

    // UserFormDialog
    void userFormDuplicateLoginIsRefused_data();
    void userFormDuplicateLoginIsRefused();
    void userFormPasswordsMustMatch();
    void userFormCreatesUserWithChosenRole();

private:
    /// Shared by the login and user-form tests: an administrator and "joao.silva" (office).
    std::unique_ptr<testsupport::TestDatabase> m_users;
    core::DomainEvents m_events;
    std::unique_ptr<MessageBoxCatcher> m_boxes;
};

void tst_Dialogs::initTestCase()
{
    uitest::installQuietMessageHandler();
    QVERIFY(uitest::settingsHome().isValid());
    m_users = std::make_unique<testsupport::TestDatabase>();
    QVERIFY2(m_users->isValid(), qPrintable(m_users->error()));
    QVERIFY2(m_users->createUser(u"joao.silva"_s, core::Role::Office).isValid(), qPrintable(m_users->error()));
}

void tst_Dialogs::init()
{
    m_boxes = std::make_unique<MessageBoxCatcher>();
}

void tst_Dialogs::cleanup()
{
    const QStringList unexpected = m_boxes->texts;
    m_boxes.reset();
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"unexpected message box: "_s + unexpected.join(u" / "_s)));
}

// ---------------------------------------------------------------------------------------------
// LoginDialog

void tst_Dialogs::loginWrongPasswordKeepsDialogOpen()
{
    core::Database &db = m_users->db();
    const QString failed = u"SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' AND user_login = ?"_s;
    const qint64 failedBefore = count(db, failed, {u"joao.silva"_s});

    core::UserService users(db);
    app::LoginDialog dialog(users, u"joao.silva"_s, m_users->path());
    showAndSettle(dialog);
    QCOMPARE(dialog.loginEdit()->text(), u"joao.silva"_s); // the last login is remembered
    QVERIFY(!dialog.errorLabel()->isVisible());

    typeText(dialog.passwordEdit(), u"senha-errada"_s);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QVERIFY2(dialog.passwordEdit()->text().isEmpty(), "the wrong password stays in the field");
    QCOMPARE(dialog.loginEdit()->text(), u"joao.silva"_s);
    QVERIFY(!dialog.session().isValid());
    QCOMPARE(count(db, failed, {u"joao.silva"_s}), failedBefore + 1);
}

void tst_Dialogs::loginUnknownUserGetsTheSameMessage()
{
    core::Database &db = m_users->db();
    core::UserService users(db);

    app::LoginDialog wrongPassword(users, u"joao.silva"_s, m_users->path());
    wrongPassword.passwordEdit()->setText(u"senha-errada"_s);
    wrongPassword.tryLogin();

    app::LoginDialog unknown(users, QString(), m_users->path());
    showAndSettle(unknown);
    typeText(unknown.loginEdit(), u"ninguem"_s);
    typeText(unknown.passwordEdit(), testsupport::kTestPassword);
    QTest::mouseClick(button(unknown, QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(unknown.isVisible());
    QVERIFY(unknown.errorLabel()->isVisible());
    // Whether a login exists is not revealed.
    QCOMPARE(unknown.errorLabel()->text(), wrongPassword.errorLabel()->text());
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' AND user_login = 'ninguem'"_s), 1);
}

void tst_Dialogs::loginRightPasswordAccepts_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("as created") << u"joao.silva"_s;
    QTest::newRow("capitals and spaces") << u"  Joao.SILVA "_s;
}

void tst_Dialogs::loginRightPasswordAccepts()
{
    QFETCH(QString, typed);

    core::Database &db = m_users->db();
    const qint64 loginsBefore = count(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND user_login = 'joao.silva'"_s);
    core::UserService users(db);
    app::LoginDialog dialog(users, QString(), m_users->path());
    showAndSettle(dialog);
    // A first try with a typo, then the right password: the dialog lets the user go on.
    typeText(dialog.loginEdit(), typed);
    typeText(dialog.passwordEdit(), u"senha-forte-2"_s);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    typeText(dialog.passwordEdit(), testsupport::kTestPassword);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.session().login(), u"joao.silva"_s);
    QCOMPARE(dialog.session().role(), core::Role::Office);
    QVERIFY(!dialog.session().userId().isEmpty());
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND user_login = 'joao.silva'"_s),
             loginsBefore + 1);
}

void tst_Dialogs::loginDeactivatedUserIsRefused()
{
    core::Database &db = m_users->db();
    const core::Session admin = m_users->admin();
    QVERIFY(m_users->createUser(u"ex.funcionario"_s, core::Role::Warehouse).isValid());
    core::UserService users(db);
    const auto all = users.users(admin);
    QVERIFY(all.ok());
    core::User leaver;
    for (const core::User &u : *all) {
        if (u.login == u"ex.funcionario"_s)
            leaver = u;
    }
    leaver.active = false;
    QVERIFY(users.updateUser(admin, leaver).ok());

    app::LoginDialog dialog(users, u"ex.funcionario"_s, m_users->path());
    showAndSettle(dialog);
    typeText(dialog.passwordEdit(), testsupport::kTestPassword);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.session().isValid());
    QVERIFY2(dialog.errorLabel()->text().contains(u"deactivated"_s), qPrintable(dialog.errorLabel()->text()));
}

void tst_Dialogs::loginShowsDatabaseFile()
{
    core::UserService users(m_users->db());
    app::LoginDialog dialog(users, QString(), m_users->path());
    const QString file = QFileInfo(m_users->path()).fileName();
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(file);
    QVERIFY2(shown, "the login dialog does not say which database it opens");
}

// ---------------------------------------------------------------------------------------------
// FirstAdminDialog

void tst_Dialogs::firstAdminInvalidInputCreatesNoUser_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("wrongField"); // name, login, password or confirm

    const QString good = u"senha-forte-1"_s;
    QTest::newRow("empty name") << QString() << u"maria.silva"_s << good << good << u"name"_s;
    QTest::newRow("bad login A!") << u"Maria Silva"_s << u"A!"_s << good << good << u"login"_s;
    QTest::newRow("short password") << u"Maria Silva"_s << u"maria.silva"_s << u"curta"_s << u"curta"_s << u"password"_s;
    QTest::newRow("confirmation differs") << u"Maria Silva"_s << u"maria.silva"_s << good << u"senha-forte-2"_s
                                          << u"confirm"_s;
}

void tst_Dialogs::firstAdminInvalidInputCreatesNoUser()
{
    QFETCH(QString, name);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, confirm);
    QFETCH(QString, wrongField);

    testsupport::TestDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    core::UserService users(empty.db());
    QCOMPARE(*users.needsFirstAdministrator(), true);

    app::FirstAdminDialog dialog(users);
    showAndSettle(dialog);
    const QHash<QString, QLineEdit *> fields = {{u"name"_s, dialog.nameEdit()},
                                                {u"login"_s, dialog.loginEdit()},
                                                {u"password"_s, dialog.passwordEdit()},
                                                {u"confirm"_s, dialog.confirmEdit()}};
    typeText(dialog.nameEdit(), name);
    typeText(dialog.loginEdit(), login);
    typeText(dialog.passwordEdit(), password);
    typeText(dialog.confirmEdit(), confirm);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QLabel *message = messageBelow(it.value());
        QVERIFY2(message, qPrintable(u"no message row below "_s + it.key()));
        if (it.key() == wrongField) {
            QVERIFY2(message->isVisible(), qPrintable(u"no message below "_s + it.key()));
            QVERIFY(!message->text().isEmpty());
        } else {
            QVERIFY2(!message->isVisible(), qPrintable(u"unexpected message below %1: %2"_s.arg(it.key(), message->text())));
        }
    }
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.session().isValid());
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users"_s), 0);
}

void tst_Dialogs::firstAdminValidInputCreatesAdministrator()
{
    testsupport::TestDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    core::UserService users(empty.db());
    app::FirstAdminDialog dialog(users);
    showAndSettle(dialog);
    typeText(dialog.nameEdit(), u"Maria Silva"_s);
    typeText(dialog.loginEdit(), u"Maria.Silva"_s);
    typeText(dialog.passwordEdit(), u"uma senha boa"_s);
    typeText(dialog.confirmEdit(), u"uma senha boa"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().role(), core::Role::Administrator);
    QCOMPARE(dialog.session().login(), u"maria.silva"_s);
    QCOMPARE(dialog.session().name(), u"Maria Silva"_s);
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users"_s), 1);
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users WHERE login = 'maria.silva' AND role = 'administrator' AND active = 1"_s), 1);
    QCOMPARE(*users.needsFirstAdministrator(), false);
    // The administrator can log in with what was typed.
    const auto session = users.authenticate(u"maria.silva"_s, u"uma senha boa"_s);
    QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().text()));
}

void tst_Dialogs::firstAdminMessagesClearOnceCorrected()
{
    testsupport::TestDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    core::UserService users(empty.db());
    app::FirstAdminDialog dialog(users);
    showAndSettle(dialog);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton); // everything empty
    QVERIFY(messageBelow(dialog.nameEdit())->isVisible());
    QVERIFY(messageBelow(dialog.loginEdit())->isVisible());
    QVERIFY(messageBelow(dialog.passwordEdit())->isVisible());
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users"_s), 0);

    typeText(dialog.nameEdit(), u"Maria Silva"_s);
    typeText(dialog.loginEdit(), u"maria"_s);
    typeText(dialog.passwordEdit(), u"senha-forte-1"_s);
    typeText(dialog.confirmEdit(), u"senha-forte-x"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!messageBelow(dialog.nameEdit())->isVisible());
    QVERIFY(!messageBelow(dialog.loginEdit())->isVisible());
    QVERIFY(!messageBelow(dialog.passwordEdit())->isVisible());
    QVERIFY(messageBelow(dialog.confirmEdit())->isVisible());
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users"_s), 0);

    dialog.confirmEdit()->clear();
    typeText(dialog.confirmEdit(), u"senha-forte-1"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(empty.db(), u"SELECT COUNT(*) FROM users"_s), 1);
}

// ---------------------------------------------------------------------------------------------
// SettingsDialog

namespace {

struct CompanyInput
{
    QString legalName = u"Farmácia Boa Saúde Ltda"_s;
    QString cnpj = u"11.222.333/0001-81"_s;
    QString cep = u"01310-100"_s;
    QString state = u"SP"_s;
};

void typeCompany(app::SettingsDialog &dialog, const CompanyInput &in)
{
    const QList<QPair<QString, QString>> values = {
        {u"legal_name"_s, in.legalName}, {u"cnpj"_s, in.cnpj}, {u"cep"_s, in.cep}, {u"state"_s, in.state}};
    for (const auto &[key, value] : values) {
        QLineEdit *edit = dialog.field(key);
        edit->clear();
        typeText(edit, value);
    }
}

const QStringList kCompanyFields = {u"legal_name"_s, u"trade_name"_s, u"cnpj"_s,     u"state_registration"_s,
                                    u"cep"_s,        u"street"_s,     u"number"_s,   u"complement"_s,
                                    u"district"_s,   u"city"_s,       u"state"_s,    u"phone"_s,
                                    u"email"_s};

} // namespace

void tst_Dialogs::settingsInvalidCompanyIsRefusedOnItsField_data()
{
    QTest::addColumn<QString>("legalName");
    QTest::addColumn<QString>("cnpj");
    QTest::addColumn<QString>("cep");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("wrongField");
    QTest::addColumn<QString>("mentions");

    const CompanyInput ok;
    QTest::newRow("CNPJ check digits") << ok.legalName << u"11.222.333/0001-00"_s << ok.cep << ok.state << u"cnpj"_s << QString();
    QTest::newRow("CEP of another state") << ok.legalName << ok.cnpj << u"20040-020"_s << u"SP"_s << u"cep"_s << u"RJ"_s;
    QTest::newRow("CEP with a letter") << ok.legalName << ok.cnpj << u"0131A-100"_s << ok.state << u"cep"_s << QString();
    QTest::newRow("no legal name") << QString() << ok.cnpj << ok.cep << ok.state << u"legal_name"_s << QString();
    QTest::newRow("unknown state") << ok.legalName << ok.cnpj << QString() << u"XX"_s << u"state"_s << u"XX"_s;
}

void tst_Dialogs::settingsInvalidCompanyIsRefusedOnItsField()
{
    QFETCH(QString, legalName);
    QFETCH(QString, cnpj);
    QFETCH(QString, cep);
    QFETCH(QString, state);
    QFETCH(QString, wrongField);
    QFETCH(QString, mentions);

    testsupport::TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    core::AppContext context(tdb.db(), m_events);
    context.setSession(tdb.admin());
    core::AppSettings settings;
    settings.setLanguage(u"pt_BR"_s);

    app::SettingsDialog dialog(context, settings);
    showAndSettle(dialog);
    typeCompany(dialog, {legalName, cnpj, cep, state});
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);

    QLabel *error = dialog.fieldError(wrongField);
    QVERIFY(error);
    QVERIFY2(error->isVisible(), qPrintable(u"no message next to "_s + wrongField));
    QVERIFY(!error->text().isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(error->text().contains(mentions), qPrintable(error->text()));
    for (const QString &key : kCompanyFields) {
        if (key != wrongField)
            QVERIFY2(!dialog.fieldError(key)->isVisible(), qPrintable(u"unexpected message next to "_s + key));
    }
    QVERIFY2(dialog.field(wrongField)->isVisible(), "the Company page is not the one shown");
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    // Nothing is saved: neither the company nor the other settings of the dialog.
    const auto company = core::CompanyService(tdb.db()).company();
    QVERIFY(company.ok());
    QVERIFY(company->legalName.isEmpty());
    QCOMPARE(company->rowVersion, 0);
    QCOMPARE(settings.language(), u"pt_BR"_s);
}

void tst_Dialogs::settingsValidCompanyIsSaved()
{
    testsupport::TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    core::AppContext context(tdb.db(), m_events);
    context.setSession(tdb.admin());
    core::AppSettings settings;

    {
        app::SettingsDialog dialog(context, settings);
        showAndSettle(dialog);
        typeCompany(dialog, {});
        typeText(dialog.field(u"trade_name"_s), u"Boa Saúde"_s);
        typeText(dialog.field(u"city"_s), u"São Paulo"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }
    const auto company = core::CompanyService(tdb.db()).company();
    QVERIFY(company.ok());
    QCOMPARE(company->legalName, u"Farmácia Boa Saúde Ltda"_s);
    QCOMPARE(company->tradeName, u"Boa Saúde"_s);
    QCOMPARE(company->cnpj, u"11222333000181"_s);
    QCOMPARE(company->cep, u"01310100"_s);
    QCOMPARE(company->state, u"SP"_s);
    QCOMPARE(company->city, u"São Paulo"_s);
    QCOMPARE(count(tdb.db(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'company.update'"_s), 1);

    // Opened again, the dialog shows what was saved, formatted.
    app::SettingsDialog again(context, settings);
    QCOMPARE(again.field(u"legal_name"_s)->text(), u"Farmácia Boa Saúde Ltda"_s);
    QCOMPARE(again.field(u"cnpj"_s)->text(), u"11.222.333/0001-81"_s);
    QCOMPARE(again.field(u"cep"_s)->text(), u"01310-100"_s);
    QCOMPARE(again.field(u"state"_s)->text(), u"SP"_s);
    // Saving again unchanged is fine (no conflict with its own earlier save).
    showAndSettle(again);
    QTest::mouseClick(button(again, QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
}

void tst_Dialogs::settingsWithoutCompanyDataStillSavesLanguage()
{
    // On the first start the administrator may only want to change the language.
    testsupport::TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    core::AppContext context(tdb.db(), m_events);
    context.setSession(tdb.admin());
    core::AppSettings settings;
    settings.setLanguage(u"pt_BR"_s);

    app::SettingsDialog dialog(context, settings);
    showAndSettle(dialog);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.language(), u"en"_s);
    QCOMPARE(core::CompanyService(tdb.db()).company()->rowVersion, 0);
}

void tst_Dialogs::settingsAddressWithoutLegalNameIsNotDropped()
{
    // The administrator fills the address first and forgets the legal name and the CNPJ.
    testsupport::TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    core::AppContext context(tdb.db(), m_events);
    context.setSession(tdb.admin());
    core::AppSettings settings;

    app::SettingsDialog dialog(context, settings);
    showAndSettle(dialog);
    typeText(dialog.field(u"street"_s), u"Avenida Paulista"_s);
    typeText(dialog.field(u"number"_s), u"1000"_s);
    typeText(dialog.field(u"city"_s), u"São Paulo"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);

    const bool accepted = dialog.result() == QDialog::Accepted;
    const bool saved = core::CompanyService(tdb.db()).company()->city == u"São Paulo"_s;
    // What was typed is either saved or refused with a message; never silently thrown away.
    QVERIFY2(!accepted || saved, "the dialog closed and the typed address was lost");
    QVERIFY(dialog.fieldError(u"legal_name"_s)->isVisible());
}

void tst_Dialogs::settingsCompanyFieldsFollowRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("editable");

    QTest::newRow("administrator") << int(core::Role::Administrator) << true;
    QTest::newRow("office") << int(core::Role::Office) << false;
    QTest::newRow("warehouse") << int(core::Role::Warehouse) << false;
    QTest::newRow("manager") << int(core::Role::Manager) << false;
}

void tst_Dialogs::settingsCompanyFieldsFollowRole()
{
    QFETCH(int, role);
    QFETCH(bool, editable);

    testsupport::TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
    core::Company saved;
    saved.legalName = u"Farmácia Boa Saúde Ltda"_s;
    saved.cnpj = u"11222333000181"_s;
    QVERIFY(core::CompanyService(tdb.db()).save(tdb.admin(), saved).ok());
    const core::Session session = core::Role(role) == core::Role::Administrator
                                      ? tdb.admin()
                                      : tdb.createUser(u"alguem"_s, core::Role(role));
    QVERIFY2(session.isValid(), qPrintable(tdb.error()));
    core::AppContext context(tdb.db(), m_events);
    context.setSession(session);
    core::AppSettings settings;
    settings.setLanguage(u"pt_BR"_s);

    app::SettingsDialog dialog(context, settings);
    showAndSettle(dialog);
    for (const QString &key : kCompanyFields) {
        QVERIFY2(dialog.field(key), qPrintable(key));
        QCOMPARE(dialog.field(key)->isReadOnly(), !editable);
    }
    QCOMPARE(dialog.field(u"legal_name"_s)->text(), u"Farmácia Boa Saúde Ltda"_s); // everyone may read it

    typeText(dialog.field(u"legal_name"_s), u" S/A"_s);
    QCOMPARE(dialog.field(u"legal_name"_s)->text(),
             editable ? u"Farmácia Boa Saúde Ltda S/A"_s : u"Farmácia Boa Saúde Ltda"_s);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    // Read-only company data does not stop the user from saving their language.
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.language(), u"en"_s);
    QCOMPARE(core::CompanyService(tdb.db()).company()->legalName,
             editable ? u"Farmácia Boa Saúde Ltda S/A"_s : u"Farmácia Boa Saúde Ltda"_s);
}

// ---------------------------------------------------------------------------------------------
// UserFormDialog

void tst_Dialogs::userFormDuplicateLoginIsRefused_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("same login") << u"joao.silva"_s;
    QTest::newRow("in capitals") << u"JOAO.SILVA"_s;
    QTest::newRow("with spaces") << u" joao.silva "_s;
}

void tst_Dialogs::userFormDuplicateLoginIsRefused()
{
    QFETCH(QString, typed);

    core::Database &db = m_users->db();
    const qint64 usersBefore = count(db, u"SELECT COUNT(*) FROM users"_s);
    core::AppContext context(db, m_events);
    context.setSession(m_users->admin());

    app::UserFormDialog dialog(context, nullptr);
    showAndSettle(dialog);
    QVERIFY(visibleMessages(dialog).isEmpty());
    typeText(editLabeled(dialog, u"Full &name:"_s), u"Outro João"_s);
    typeText(editLabeled(dialog, u"&Login:"_s), typed);
    typeText(editLabeled(dialog, u"&Password:"_s), testsupport::kTestPassword);
    typeText(editLabeled(dialog, u"&Confirm password:"_s), testsupport::kTestPassword);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QStringList messages = visibleMessages(dialog);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(u"joao.silva"_s), qPrintable(messages.constFirst()));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM users"_s), usersBefore);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM users WHERE login = 'joao.silva'"_s), 1);
}

void tst_Dialogs::userFormPasswordsMustMatch()
{
    core::Database &db = m_users->db();
    const qint64 usersBefore = count(db, u"SELECT COUNT(*) FROM users"_s);
    core::AppContext context(db, m_events);
    context.setSession(m_users->admin());

    app::UserFormDialog dialog(context, nullptr);
    showAndSettle(dialog);
    typeText(editLabeled(dialog, u"Full &name:"_s), u"Carla Souza"_s);
    typeText(editLabeled(dialog, u"&Login:"_s), u"carla.souza"_s);
    typeText(editLabeled(dialog, u"&Password:"_s), u"senha-forte-1"_s);
    typeText(editLabeled(dialog, u"&Confirm password:"_s), u"senha-forte-9"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(visibleMessages(dialog).size(), 1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM users"_s), usersBefore);
}

void tst_Dialogs::userFormCreatesUserWithChosenRole()
{
    core::Database &db = m_users->db();
    core::AppContext context(db, m_events);
    context.setSession(m_users->admin());

    app::UserFormDialog dialog(context, nullptr);
    showAndSettle(dialog);
    auto *role = qobject_cast<QComboBox *>(fieldLabeled(dialog, u"&Role:"_s));
    QVERIFY(role);
    QCOMPARE(role->currentText(), core::Roles::displayName(core::Role::Office)); // the usual choice
    role->setCurrentIndex(role->findText(core::Roles::displayName(core::Role::Warehouse)));
    typeText(editLabeled(dialog, u"Full &name:"_s), u"Wagner  Estoque"_s);
    typeText(editLabeled(dialog, u"&Login:"_s), u"Wagner.Estoque"_s);
    typeText(editLabeled(dialog, u"&Password:"_s), u"senha-forte-1"_s);
    typeText(editLabeled(dialog, u"&Confirm password:"_s), u"senha-forte-1"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM users WHERE login = 'wagner.estoque' AND role = 'warehouse'"
                       " AND name = 'Wagner Estoque' AND active = 1"_s),
             1);
    core::UserService users(db);
    const auto session = users.authenticate(u"wagner.estoque"_s, u"senha-forte-1"_s);
    QVERIFY(session.ok());
    QCOMPARE(session->role(), core::Role::Warehouse);
}

QTEST_MAIN(tst_Dialogs)
#include "tst_dialogs.moc"
