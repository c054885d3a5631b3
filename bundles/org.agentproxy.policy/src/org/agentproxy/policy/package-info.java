/**
 * The agent proxy policy model: immutable records for the four scopes of the product documentation (internal
 * agents, external agents, Global Smart Protection Service proxy, agent user proxy privilege) and the related
 * settings the simulator needs. Plain Java: no SWT, no workbench, no OSGi.
 */
package org.agentproxy.policy;
