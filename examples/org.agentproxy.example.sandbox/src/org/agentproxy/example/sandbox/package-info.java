/**
 * The example Smart Protection feature "Sandbox Analysis" (docs/extending.md walks through it): its contribution is
 * in plugin.xml, {@link org.agentproxy.example.sandbox.SandboxValidator} checks its settings.
 */
package org.agentproxy.example.sandbox;
