#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace fw {

// JSON text read back from the store, parsed without exceptions: a document cut short, or a number
// out of range (1e400), gives a discarded value (is_discarded()) instead of throwing, so one
// damaged row is reported (and its order set aside) rather than aborting the process.
inline nlohmann::json parseStoredJson(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return nlohmann::json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
}

} // namespace fw

namespace fw {

// object[key] as text when object is an object and the member a string, else empty: reading a
// stored document never throws on a member of the wrong type.
inline QString storedString(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

} // namespace fw
