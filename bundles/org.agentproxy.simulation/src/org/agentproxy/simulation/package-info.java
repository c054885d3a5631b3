/**
 * The path engine ({@link org.agentproxy.simulation.PathEngine}): for one agent, which path each connection takes
 * and why, rule by rule (R0-R7 of the product documentation). The names of purposes, routes, outcomes, causes and
 * rules are stable: scripts rely on them. Plain Java: no SWT, no workbench, no OSGi.
 */
package org.agentproxy.simulation;
