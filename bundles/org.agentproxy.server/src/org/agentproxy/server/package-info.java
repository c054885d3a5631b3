/**
 * The policy server agents poll: {@link org.agentproxy.server.PolicyServer} embeds it (tests, tools),
 * {@link org.agentproxy.server.ServerLauncher} runs it until it is stopped, from a {@link
 * org.agentproxy.server.ServerConfig} the command line ({@code agentproxy server}, in the CLI bundle) builds. Plain
 * Java over Jetty 12; the HTTP API and the data directory are described in docs/server.md.
 */
package org.agentproxy.server;
