/**
 * Fleet status: the report an agent sends about what it applied and which paths worked
 * ({@code agentproxy-agent-status/1}), its reading with errors that name the field, and the comparison of the
 * observed paths with the ones the path engine predicts for the same policy version and facts.
 */
package org.agentproxy.simulation.status;
