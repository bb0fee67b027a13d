import { parseEgressAllow } from '../../src/lib/egress-rule.js';
import { createEgress, type Egress } from '../../src/runtime/egress/egress-agent.js';

/** The suite's upstreams are loopback test servers: every test server and spawned node allows loopback. */
export const LOOPBACK_EGRESS_ALLOW = '127.0.0.0/8,::1,localhost';

/** An egress with this allow list (the default policy, refusing every internal address, with none). */
export function egressAllowing(text = LOOPBACK_EGRESS_ALLOW): Egress {
  const { allow, problems } = parseEgressAllow(text);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return createEgress(allow);
}
