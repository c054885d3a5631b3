/**
 * API of Smart Protection features: what a contribution to {@code org.agentproxy.smartprotection.features}
 * declares ({@link org.agentproxy.smartprotection.SmartProtectionFeature}), the registry of every installed feature
 * ({@link org.agentproxy.smartprotection.FeatureRegistry}), the optional validation class
 * ({@link org.agentproxy.smartprotection.FeatureValidator}) and the OSGi-service alternative to the extension point
 * ({@link org.agentproxy.smartprotection.FeatureProvider}). See docs/api-policy.md.
 */
package org.agentproxy.smartprotection;
