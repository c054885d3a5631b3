/** The versioned JSON format of policies ({@code agentproxy-policy/1}). */
package org.agentproxy.policy.codec;
