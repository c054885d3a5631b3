/** The deployment engine behind {@link org.agentproxy.deployment.DeploymentService}. Internal: not API. */
package org.agentproxy.deployment.internal;
