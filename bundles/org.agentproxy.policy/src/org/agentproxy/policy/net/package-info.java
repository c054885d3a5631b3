/** Network literals used by policies: IP addresses, host names, MAC addresses. No name service lookups. */
package org.agentproxy.policy.net;
