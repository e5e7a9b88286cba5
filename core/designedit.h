#pragma once

#include "design.h"

namespace vpcstudio {

// The object properties that the inspector edits, by name. Values travel
// as text, so that one undo command serves every property.
enum class Property {
    Name,
    Cidr,           // a subnet's block
    CidrBlocks,     // a VPC's blocks, separated by commas
    MapPublicIp,    // a subnet's public-IP-on-launch, "true" or "false"
    DesiredCount,   // an ECS service's task count
    ContainerPort,  // an ECS service's port
    AssignPublicIp, // an ECS service's public IP, "true" or "false"
    RouteTable,     // a subnet's route table id; empty for the VPC's main table
    NetworkAcl,     // a subnet's network ACL id; empty for the VPC's default ACL
    SecurityGroups, // a service's or load balancer's group ids, separated by commas
    Image,          // an ECS service's image
    Registry,       // an ECS service's registry: an ECR repository or an outside registry
    CloudMapEntry,  // an ECS service's Cloud Map service id
    ElasticIp,      // a NAT gateway's Elastic IP
    AttachedVpc,    // an internet gateway's VPC; empty when detached
    Scheme,         // a load balancer's scheme: internet-facing or internal
};

// The ids a reference property may name, for the inspector's choices; an
// empty result means the property is not a reference.
QStringList propertyChoices(const Design &design, const QString &id, Property property);

// Returns the property's value as text, or a null string when the object
// does not exist or has no such property.
QString objectProperty(const Design &design, const QString &id, Property property);

// Sets the property from text. Returns false, and leaves the design as it
// was, when the object or property does not exist or the text is not a
// valid value of the property's type.
bool setObjectProperty(Design &design, const QString &id, Property property, const QString &value);

} // namespace vpcstudio
