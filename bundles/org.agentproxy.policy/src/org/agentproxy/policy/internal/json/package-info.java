/**
 * Jackson's parse errors as "field: reason, line, column" texts, shared by the policy codec and the simulation's
 * scenario codec. Internal: not API (exported only to its friends).
 */
package org.agentproxy.policy.internal.json;
