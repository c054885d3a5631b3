/** Fleet impact: the columnar inventory, its CSV reader, and the per-policy tables that make 10^6 agents fast. Internal: not API. */
package org.agentproxy.simulation.internal.impact;
