/** The studio's API for other UI bundles: the active policy and the file chooser service. */
package org.agentproxy.ui;
