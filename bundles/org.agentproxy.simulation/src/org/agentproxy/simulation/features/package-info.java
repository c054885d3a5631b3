/**
 * API: the installed Smart Protection features ({@code org.agentproxy.smartprotection}) mapped to the path engine's
 * {@link org.agentproxy.simulation.SimulatedFeature}s. Optional: the engine resolves without the registry bundle.
 */
package org.agentproxy.simulation.features;
