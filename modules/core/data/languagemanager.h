#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace core {

/// Installs the program's and Qt's own translations (GUI and CLI alike) for a language ("pt_BR", "en") and switches
/// them at run time; widgets then receive QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    void apply(const QString &language);
    QString current() const { return m_current; }
    static QStringList available() { return {QStringLiteral("pt_BR"), QStringLiteral("en")}; }
    static QString displayName(const QString &language);

private:
    QString m_current;
    QTranslator *m_qt;
    QTranslator *m_app;
};

} // namespace core
