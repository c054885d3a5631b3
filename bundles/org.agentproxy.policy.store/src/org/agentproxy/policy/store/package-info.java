/** Where policies live on disk: the studio's workspace and atomic policy files. No SWT, no workbench. */
package org.agentproxy.policy.store;
