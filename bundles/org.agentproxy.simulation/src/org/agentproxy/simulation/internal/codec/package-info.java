/** Jackson binding of the scenario format and the report writers. Internal: not API. */
package org.agentproxy.simulation.internal.codec;
