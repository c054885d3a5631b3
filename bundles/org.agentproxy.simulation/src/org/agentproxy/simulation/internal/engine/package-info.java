/** The path engine's rules R0-R7 and their plumbing. Internal: not API. */
package org.agentproxy.simulation.internal.engine;
