#include <QTest>
class tst_Dialogs : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(tst_Dialogs)
#include "tst_dialogs.moc"
