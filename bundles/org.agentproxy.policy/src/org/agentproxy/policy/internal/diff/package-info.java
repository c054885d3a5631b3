/** Reflection over the model's records for diffs and field paths. Internal: not API. */
package org.agentproxy.policy.internal.diff;
