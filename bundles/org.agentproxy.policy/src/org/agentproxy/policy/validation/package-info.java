/** Validation of policies: every problem with its field path and a reason. */
package org.agentproxy.policy.validation;
