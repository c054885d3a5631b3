/**
 * Deployments: a policy version going to targets (server × group). {@link org.agentproxy.deployment.DeploymentService}
 * plans (the field-by-field diff per target), rolls out (canary first, halting past a failure threshold, retrying
 * transient errors with backoff), rolls back a whole deployment and keeps a client-side audit record
 * ({@link org.agentproxy.deployment.DeploymentJournal}). Transports are OSGi services implementing
 * {@link org.agentproxy.deployment.DeploymentTransport}. Headless: progress and cancellation through
 * {@link org.eclipse.core.runtime.IProgressMonitor}.
 */
package org.agentproxy.deployment;
