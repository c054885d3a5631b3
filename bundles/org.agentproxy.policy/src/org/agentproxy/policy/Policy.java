package org.agentproxy.policy;

import java.util.List;

/**
 * An agent proxy policy: the four scopes of the product documentation and the related settings the
 * simulator needs. Immutable; absent parts take their documented defaults.
 *
 * @param name                   policy name
 * @param description            free text, or {@code null}
 * @param server                 the OfficeScan server the agents report to
 * @param internalAgents         scope: internal agents
 * @param externalAgents         scope: external agents (and the server's own update proxy)
 * @param globalSmartProtection  scope: Global Smart Protection Service proxy
 * @param userProxyPrivilege     scope: agent user proxy privilege
 * @param automaticProxy         related: WPAD / PAC
 * @param locationAwareness      related: internal or external
 * @param smartProtectionSources related: SPS source lists
 * @param webReputation          related: web reputation routing
 * @param updates                related: update source order
 * @param bypassList             hosts, domains ({@code *.example.com}), addresses or CIDR ranges reached without
 *                               a proxy, or {@code <local>} for names without a dot
 * @param directFallback         whether a connection that fails through a proxy is retried directly
 */
public record Policy(String name, String description, HostPort server, InternalAgentsScope internalAgents,
        ExternalAgentsScope externalAgents, GlobalSmartProtectionScope globalSmartProtection,
        UserProxyPrivilege userProxyPrivilege, AutomaticProxy automaticProxy, LocationAwareness locationAwareness,
        SmartProtectionSources smartProtectionSources, WebReputation webReputation, UpdateSettings updates,
        List<String> bypassList, boolean directFallback) {

    public Policy {
        name = Values.text(name);
        description = Values.text(description);
        internalAgents = Values.orElse(internalAgents, InternalAgentsScope.DEFAULT);
        externalAgents = Values.orElse(externalAgents, ExternalAgentsScope.DEFAULT);
        globalSmartProtection = Values.orElse(globalSmartProtection, GlobalSmartProtectionScope.DEFAULT);
        userProxyPrivilege = Values.orElse(userProxyPrivilege, UserProxyPrivilege.DEFAULT);
        automaticProxy = Values.orElse(automaticProxy, AutomaticProxy.NONE);
        locationAwareness = Values.orElse(locationAwareness, LocationAwareness.DEFAULT);
        smartProtectionSources = Values.orElse(smartProtectionSources, SmartProtectionSources.EMPTY);
        webReputation = Values.orElse(webReputation, WebReputation.DEFAULT);
        updates = Values.orElse(updates, UpdateSettings.DEFAULT);
        bypassList = Values.list(bypassList).stream().map(Values::text).filter(s -> s != null).toList();
    }

    /** A new policy for a server with every scope at its default and the built-in features routed by the proxy. */
    public static Policy create(String name, HostPort server) {
        GlobalSmartProtectionScope gsps = GlobalSmartProtectionScope.DEFAULT
                .withFeature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, FeatureSettings.VIA_GLOBAL_PROXY)
                .withFeature(BuiltInFeatures.BEHAVIOR_MONITORING, FeatureSettings.VIA_GLOBAL_PROXY);
        return new Policy(name, null, server, null, null, gsps, null, null, null, null, null, null, null, false);
    }

    public Policy withInternalAgents(InternalAgentsScope value) {
        return new Policy(name, description, server, value, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withExternalAgents(ExternalAgentsScope value) {
        return new Policy(name, description, server, internalAgents, value, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withGlobalSmartProtection(GlobalSmartProtectionScope value) {
        return new Policy(name, description, server, internalAgents, externalAgents, value, userProxyPrivilege,
                automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates, bypassList,
                directFallback);
    }

    public Policy withUserProxyPrivilege(UserProxyPrivilege value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection, value,
                automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates, bypassList,
                directFallback);
    }

    public Policy withSmartProtectionSources(SmartProtectionSources value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, value, webReputation, updates, bypassList,
                directFallback);
    }

    public Policy withLocationAwareness(LocationAwareness value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, value, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withAutomaticProxy(AutomaticProxy value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, value, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withName(String value) {
        return new Policy(value, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    /**
     * @param value free text about the policy (blank means none)
     * @return this policy with that description
     * @since 0.2.0
     */
    public Policy withDescription(String value) {
        return new Policy(name, value, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withServer(HostPort value) {
        return new Policy(name, description, value, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, directFallback);
    }

    public Policy withWebReputation(WebReputation value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, value, updates,
                bypassList, directFallback);
    }

    public Policy withUpdates(UpdateSettings value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, value,
                bypassList, directFallback);
    }

    public Policy withBypassList(List<String> value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                value, directFallback);
    }

    public Policy withDirectFallback(boolean value) {
        return new Policy(name, description, server, internalAgents, externalAgents, globalSmartProtection,
                userProxyPrivilege, automaticProxy, locationAwareness, smartProtectionSources, webReputation, updates,
                bypassList, value);
    }
}
