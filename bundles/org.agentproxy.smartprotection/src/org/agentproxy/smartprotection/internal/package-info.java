/** Not API: the registry's implementation over the extension and service registries. */
package org.agentproxy.smartprotection.internal;
