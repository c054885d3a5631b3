/** The agentproxy-export/1 envelope and its cryptography. Internal: not API; use PolicyTransfer. */
package org.agentproxy.policy.store.internal.transfer;
