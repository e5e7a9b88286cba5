#pragma once

#include "autolayout.h"
#include "design.h"

namespace vpcstudio {

// A line that shows an association between two drawn objects, such as a
// subnet and its route table. Ends are keys of the diagram layout.
struct AssociationLink
{
    QString from;
    QString to;
    QString label;
};

// Returns the association links of the given objects. Route tables link to
// the rooms that use them and to their route targets, security groups to
// the rooms of their members, and services to their groups and namespace.
// Members of one group in one subnet share a single line to that room.
QVector<AssociationLink> associationLinks(const Design &design, const DiagramLayout &layout,
                                          const QStringList &objectIds);

// Returns the ids whose links the "show every association" view draws: the
// route tables, security groups and namespaces of the design.
QStringList associatedObjects(const Design &design);

} // namespace vpcstudio
