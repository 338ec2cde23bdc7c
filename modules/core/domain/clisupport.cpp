#include "core/domain/clisupport.h"

#include "core/domain/tr.h"

#include <QTextStream>

namespace core {

std::optional<int> parseCommandLine(QCommandLineParser &parser, CliInvocation &call, const QString &usage)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("retaguarda-cli")} + call.arguments)) {
        call.err << parser.errorText() << '\n' << usage << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        // helpText() begins with Qt's own "Usage:" line; ours names the real command instead.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        call.out << usage << '\n' << text << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

} // namespace core
