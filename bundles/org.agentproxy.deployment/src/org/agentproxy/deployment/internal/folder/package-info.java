/** The folder export transport: versioned policy packages in a directory (a share servers import from). */
package org.agentproxy.deployment.internal.folder;
