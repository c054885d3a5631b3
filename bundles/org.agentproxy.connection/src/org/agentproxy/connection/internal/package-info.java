/** The handshakes, the cancellation watch and the DNS step of the connection test. Internal: not API. */
package org.agentproxy.connection.internal;
