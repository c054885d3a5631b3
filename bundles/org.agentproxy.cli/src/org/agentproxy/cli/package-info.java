/** The {@code agentproxy} command line: commands over the same core as the studio. No SWT, no workbench. */
package org.agentproxy.cli;
