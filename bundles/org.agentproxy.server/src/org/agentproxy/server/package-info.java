/**
 * The policy server agents poll: {@link org.agentproxy.server.PolicyServer} embeds it (tests, tools),
 * {@link org.agentproxy.server.ServerLauncher} runs it from a command line ({@code agentproxy server}). Plain
 * Java over Jetty 12; the HTTP API and the data directory are described in docs/server.md.
 */
package org.agentproxy.server;
