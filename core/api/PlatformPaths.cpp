#include "PlatformPaths.h"

#include <QUrl>

namespace paydesk {

QString PlatformPaths::expand(const QString& pathTemplate, const QHash<QString, QString>& values)
{
    QString out = pathTemplate;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // Ids come from configuration and the platform; encode them so none can add a path segment.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(it.value()));
        out.replace(u'{' + it.key() + u'}', encoded);
    }
    return out;
}

} // namespace paydesk
