#include "inputerror.h"

namespace vpcstudio {

QString InputError::toString() const
{
    QString place = file;
    if (line > 0)
        place += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = place + QStringLiteral(": error: ") + message;
    if (!hint.isEmpty())
        text += QStringLiteral("; ") + hint;
    return text;
}

} // namespace vpcstudio
