/**
 * The example Smart Protection feature "Sandbox Analysis" (docs/extending.md walks through it): its contribution
 * and its two settings are declared in plugin.xml; {@link org.agentproxy.example.sandbox.SandboxValidator} checks the
 * settings together.
 */
package org.agentproxy.example.sandbox;
