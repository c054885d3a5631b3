package org.agentproxy.simulation.internal.codec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The scenario file as Jackson binds it: absent members are {@code null} so that {@link ScenarioMapper} can apply
 * the documented defaults and check every value with its field path.
 */
final class ScenarioDocument {

    private ScenarioDocument() {
    }

    @JsonIgnoreProperties({ "format" })
    @JsonPropertyOrder({ "name", "description", "agent", "world", "parameters" })
    record Root(String name, String description, Agent agent, World world, Parameters parameters) {
    }

    record Agent(String id, String ip, String addressFamily, Gateway gateway, String domain, Boolean autoProxyDetected,
            Proxy automaticProxy, Proxy systemProxy, Proxy userProxy) {
    }

    record Gateway(String ip, String mac) {
    }

    record Proxy(String host, Integer port, Boolean reachable, String family) {
    }

    record Facts(Boolean reachable, String family) {
    }

    @JsonPropertyOrder({ "defaultReachable", "defaultFamily", "smartProtectionNetwork", "activeUpdate",
            "integratedSps", "hosts" })
    record World(Boolean defaultReachable, String defaultFamily, Facts smartProtectionNetwork, Facts activeUpdate,
            IntegratedSps integratedSps, Map<String, Facts> hosts) {
    }

    @JsonPropertyOrder({ "port", "protocol", "reachable", "family" })
    record IntegratedSps(Integer port, String protocol, Boolean reachable, String family) {
    }

    record Parameters(Boolean locationProbeUsesInternalProxy, String whenEverySpsFails, String integratedSpsAvailable,
            List<String> directFallbackPurposes, String ownIntegratedSpsProxy, String externalAgentsToServer,
            String internalAgentsToSpn, String featuresWithoutGlobalProxy) {
    }
}
