/**
 * The connection test: connect through a configured proxy (HTTP {@code CONNECT} with optional Basic
 * authentication, or SOCKS4/4a) to a target and report exactly what happened, phase by phase
 * ({@link org.agentproxy.connection.ConnectionTester}); and which proxy and target each section of a policy
 * means ({@link org.agentproxy.connection.SectionTargets}). Plain Java plus {@code IProgressMonitor}: no UI.
 * See {@code docs/connection-test.md}.
 */
package org.agentproxy.connection;
