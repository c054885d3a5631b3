/** The HTTP transport to the policy server's admin API (docs/server.md). Internal: not API. */
package org.agentproxy.deployment.internal.http;
