import { parseEgressAllow } from '../../src/lib/egress-rule.js';
import { createEgress } from '../../src/runtime/egress/egress-agent.js';

/** The benchmarks' upstreams are loopback servers, which the default egress policy refuses. */
export const BENCH_EGRESS_ALLOW = '127.0.0.0/8,::1,localhost';
export const benchEgress = () => createEgress(parseEgressAllow(BENCH_EGRESS_ALLOW).allow);
