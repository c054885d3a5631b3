/** The server's HTTP API on Jetty's core handlers (docs/server.md, docs/policy-server.openapi.yaml). Internal. */
package org.agentproxy.server.internal.http;
