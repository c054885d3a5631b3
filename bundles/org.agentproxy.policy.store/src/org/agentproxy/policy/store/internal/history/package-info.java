/** The files of the policy history. Internal: not API; use PolicyHistory. */
package org.agentproxy.policy.store.internal.history;
