package org.agentproxy.simulation.impact;

import org.agentproxy.simulation.Cause;

/**
 * A purpose an agent loses with the new policy.
 *
 * @param purpose the purpose's name
 * @param before  the path it had ({@code target via kind (proxy)})
 * @param cause   why the new policy's attempts fail (the last failure)
 * @param reason  the same in words
 */
public record LostPath(String purpose, String before, Cause cause, String reason) {
}
