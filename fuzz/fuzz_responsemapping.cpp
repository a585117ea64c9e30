// Callout response mapping (mapCalloutResponse): the first line of the input is a JSON pointer
// the mapping names, the rest the response body; a few fixed pointers are mapped as well.

#include "fuzzinput.h"

#include "common/jsonvariant.h"
#include "engine/responsemapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fw::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString pointer = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const QVariantMap mapping { { QStringLiteral("line.fields.fuzzed"), pointer },
                                { QStringLiteral("line.fields.id"), QStringLiteral("/id") },
                                { QStringLiteral("line.fields.first"), QStringLiteral("/items/0") },
                                { QStringLiteral("line.fields.whole"), QString() } };
    const fw::MappedResponse mapped = fw::mapCalloutResponse(mapping, body);
    (void)fw::variantToJson(mapped.fields).dump(); // as the executor journals them
    return 0;
}
