// The CLI's JSON options: --data and --fields (a JSON object), --payload, set-field VALUE (any
// JSON value), and the variant round trip the request inbox stores them through.

#include "fuzzinput.h"

#include "common/jsonparse.h"
#include "common/jsonvariant.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(fw::fuzz::bytes(data, size));
    QString error;
    if (const auto object = fw::jsonObjectOption(QStringLiteral("--data"), text, error))
        (void)fw::variantToJson(*object).dump();
    if (const auto value = fw::jsonValueOption(QStringLiteral("VALUE"), text, error))
        (void)fw::variantToJson(*value).dump();
    return 0;
}
