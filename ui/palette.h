#pragma once

#include "designbuild.h"

#include <QTreeWidget>

namespace vpcstudio {

// The MIME type of a palette drag; its data is the PaletteKind as a number.
inline constexpr char PaletteMimeType[] = "application/x-vpcstudio-palette";

// Every kind of object a user can add, grouped as on a shop shelf
// (network, gateways, compute, security, outside world), to drag onto the
// canvas.
class Palette : public QTreeWidget
{
    Q_OBJECT

public:
    explicit Palette(QWidget *parent = nullptr);

    // Returns the palette entry of a kind, for tests that start a drag.
    QTreeWidgetItem *itemForKind(PaletteKind kind) const;

protected:
    void changeEvent(QEvent *event) override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    void fill();
};

} // namespace vpcstudio
