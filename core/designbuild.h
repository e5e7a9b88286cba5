#pragma once

#include "design.h"

namespace vpcstudio {

// The kinds of object a user can drop from the palette.
enum class PaletteKind {
    Vpc,
    Subnet,
    InternetGateway,
    NatGateway,
    RouteTable,
    SecurityGroup,
    NetworkAcl,
    LoadBalancer,
    EcsService,
    InterfaceEndpoint,
    GatewayEndpoint,
    EcrRepository,
    CloudMapNamespace,
    Internet,
    User,
    ExternalApi,
    Registry,
    Pipeline,
};

// The containers under the cursor at a drop: the innermost subnet, else the
// zone column and VPC, else nothing (outside every VPC).
struct DropTarget
{
    QString vpc;
    QString zone;
    QString subnet;
};

struct CreateResult
{
    QString id;     // the new object's id, empty when the drop was rejected
    QString reason; // why the drop was rejected, in plain words
};

// Creates an object of `kind` in the container under the cursor, as AWS
// would allow it: a subnet in a VPC's zone, a NAT gateway, load balancer
// node or service in a subnet, registries and outside parties outside
// every VPC. A new VPC takes a /16 that overlaps no other VPC; a new
// subnet takes the next free /24 (or smaller) of its VPC. Leaves the
// design unchanged when the drop is rejected.
CreateResult createObject(Design &design, PaletteKind kind, const DropTarget &target);

// Removes objects and what cannot exist without them (a VPC's subnets,
// tables and groups; a subnet's NAT gateways), and drops references to
// them from lists. Routes keep pointing at a removed gateway, so the
// checker reports them as blackholes, as AWS does.
void removeObjects(Design &design, const QStringList &ids);

// Moves the part of object `id` that runs in subnet `from` into subnet `to`
// of the same VPC: a NAT gateway, or one subnet of a load balancer, service
// or interface endpoint. Returns an empty string, or why the move is refused.
QString moveToSubnet(Design &design, const QString &id, const QString &from, const QString &to);

// Connects two objects the way their kinds allow, as when the user drags
// from one to the other: a subnet to a route table (association), a route
// table to a gateway, peering or endpoint (a default route, or the
// peer's block), a security group to a service or load balancer, a load
// balancer to a service (a target group and a listener rule), a service to
// a Cloud Map namespace (a name in it), an ECR repository or registry to
// a service, a pipeline to a repository or service, a load balancer or
// service to one more subnet. Either order works.
// Returns an empty string on success, else why the two cannot connect.
QString connectObjects(Design &design, const QString &from, const QString &to);

// Copies objects into the design with fresh ids, as a paste does.
// References between copied objects follow the copies; references to
// other objects stay. A copied subnet takes the next free block of its
// VPC, and a copied VPC a free /16. Returns the new ids.
QStringList duplicateObjects(Design &design, const QStringList &ids);

// Gives objects new ids, as `names` maps old id to new, and rewrites every
// reference to them, the layout and the source lines. All names apply at
// once, so two objects may swap ids. The caller makes sure that no new id
// is taken by an object that keeps its id.
void renameObjects(Design &design, const QHash<QString, QString> &names);

// Returns an id that no object of the design uses, built from `prefix`.
QString freshId(const Design &design, const QString &prefix);

QString paletteKindName(PaletteKind kind);

} // namespace vpcstudio
