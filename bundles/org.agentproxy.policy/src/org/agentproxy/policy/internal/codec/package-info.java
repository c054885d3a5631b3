/** Jackson binding of the policy format. Internal: not API. */
package org.agentproxy.policy.internal.codec;
