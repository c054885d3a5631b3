/** HTTPS for the deployment core's clients: the pinning trust manager and the client certificate. */
package org.agentproxy.deployment.internal.tls;
