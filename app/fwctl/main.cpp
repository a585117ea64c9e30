#include "cli.h"

#include <QCoreApplication>

using namespace fw::cli;

namespace {
int printUsage(QTextStream& stream)
{
    stream << "Usage: fwctl COMMAND [OPTIONS]\n\n"
              "Headless command-line interface of Fulfillment Workbench.\n\nCommands:\n";
    for (const auto& command : commands())
        stream << "  " << command.name.leftJustified(10) << command.summary << '\n';
    stream << "\nGlobal option: --db FILE  the store (SQLite) that import, orders and timeline use;\n"
              "                          default ./fulfillment.db\n"
              "\nRun 'fwctl COMMAND --help' for the options of a command.\n"
              "Exit codes: 0 success, 1 failure, 2 invalid input or usage.\n";
    stream.flush();
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fwctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("FulfillmentWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 3 && arguments[1] == QStringLiteral("--db")) {
        databasePath() = arguments[2];
        arguments.remove(1, 2);
    }
    if (arguments.size() < 2 || arguments[1] == QStringLiteral("--help") || arguments[1] == QStringLiteral("-h")
        || arguments[1] == QStringLiteral("help")) {
        return arguments.size() < 2 ? (printUsage(err()), BadInput) : printUsage(out());
    }
    if (arguments[1] == QStringLiteral("--version")) {
        out() << "fwctl " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QString name = arguments[1];
    for (const auto& command : commands()) {
        if (command.name == name) {
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("fwctl ") + name;
            const int code = command.run(arguments);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << "fwctl: unknown command '" << name << "'\n\n";
    printUsage(err());
    return BadInput;
}
