#!/usr/bin/env python3
"""Write cidr-table.tsv: random CIDR blocks with facts computed by Python's
ipaddress module, so that tst_cidr checks the C++ engine against an
independent implementation. Rerun it only to change the sample."""

import ipaddress
import random

random.seed(20261204)
rows = []
for _ in range(400):
    prefix = random.randint(0, 32)
    address = random.getrandbits(32)
    network = ipaddress.ip_network((address, prefix), strict=False)
    text = f"{ipaddress.ip_address(address)}/{prefix}"
    other_prefix = random.randint(max(prefix - 4, 0), min(prefix + 6, 32))
    # Half the time pick the second block near the first, so that
    # containment and overlap cases are common.
    base = int(network.network_address) if random.random() < 0.5 else random.getrandbits(32)
    other = ipaddress.ip_network((base, other_prefix), strict=False)
    rows.append("\t".join([
        text,
        str(network),
        str(network.broadcast_address),
        str(max(network.num_addresses - 5, 0)),
        str(other),
        "1" if other.subnet_of(network) else "0",
        "1" if network.overlaps(other) else "0",
    ]))

with open("cidr-table.tsv", "w") as out:
    out.write("# block\tnetwork\tlast\tawsUsable\tother\totherInside\toverlaps\n")
    out.write("\n".join(rows) + "\n")

# next-free.tsv: a VPC block, taken subnets and a prefix length, with the
# first block of that length inside the VPC that overlaps no taken block,
# found by trying every candidate in order.
rows = []
for _ in range(200):
    vpc_prefix = random.randint(16, 24)
    vpc = ipaddress.ip_network((random.getrandbits(32), vpc_prefix), strict=False)
    taken = []
    for _ in range(random.randint(0, 12)):
        taken_prefix = random.randint(min(vpc_prefix + 2, 28), 28)
        offset = random.getrandbits(32 - vpc_prefix)
        block = ipaddress.ip_network((int(vpc.network_address) + offset, taken_prefix),
                                     strict=False)
        taken.append(block)
    wanted = random.randint(vpc_prefix, 28)
    expected = "none"
    for candidate in vpc.subnets(new_prefix=wanted):
        if not any(candidate.overlaps(t) for t in taken):
            expected = str(candidate)
            break
    rows.append("\t".join([str(vpc), ",".join(str(t) for t in taken) or "-", str(wanted),
                           expected]))

with open("next-free.tsv", "w") as out:
    out.write("# vpc\ttaken\tprefix\texpected\n")
    out.write("\n".join(rows) + "\n")
