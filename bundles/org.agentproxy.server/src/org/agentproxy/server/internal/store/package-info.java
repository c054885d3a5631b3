/**
 * The server's data directory: per agent group every policy version, the agent token and the encrypted
 * secrets, each change one durable, atomic file (docs/server.md, "Data directory"). Internal: not API.
 */
package org.agentproxy.server.internal.store;
