package org.agentproxy.simulation;

import java.util.List;
import java.util.Map;

/**
 * Readable names for what the engine reports by stable id: purposes, routes, targets, outcomes, causes and rules —
 * what the studio's views show an administrator (the ids stay in tooltips, scenario files, JSON and the command
 * line). Plain Java; one catalogue for every view.
 */
public final class Names {

    private static final Map<String, String> PURPOSES = Map.of(
            Purposes.CONFIGURATION, "Configuration",
            Purposes.LOGS, "Logs",
            Purposes.COMPONENT_UPDATE, "Component updates",
            Purposes.UPDATE_NOW, "\"Update Now\"",
            Purposes.FILE_REPUTATION, "File reputation",
            Purposes.WEB_REPUTATION, "Web reputation",
            Purposes.PREDICTIVE_MACHINE_LEARNING, "Predictive Machine Learning",
            Purposes.BEHAVIOR_MONITORING, "Behavior Monitoring",
            Purposes.SERVER_UPDATE, "Server's own updates");

    private static final Map<Rule, String> RULES = Map.of(
            Rule.R0, "Where the agent is (internal or external)",
            Rule.R1, "Configuration goes to the server",
            Rule.R2, "Component updates",
            Rule.R3, "File reputation",
            Rule.R4, "Web reputation",
            Rule.R5, "Smart Protection features (PML, Behavior Monitoring)",
            Rule.R6, "The server's own updates",
            Rule.R7, "IPv4 and IPv6");

    private Names() {
    }

    /**
     * A purpose's name: a built-in one's, else the name of the feature whose purpose it is, else the id.
     *
     * @param features the installed features (may be empty)
     */
    public static String purpose(String id, List<SimulatedFeature> features) {
        String name = PURPOSES.get(id);
        if (name != null) {
            return name;
        }
        return features.stream().filter(f -> f.purpose().equals(id)).map(SimulatedFeature::name).findFirst()
                .orElse(id);
    }

    /** How an attempt goes: {@code direct}, or {@code through the internal proxy (server section)} etc. */
    public static String route(Route route) {
        return switch (route) {
            case DIRECT -> "direct";
            case AUTOMATIC -> "through the automatic proxy";
            case INTERNAL_SERVER -> "through the internal proxy";
            case INTERNAL_SPS -> "through the internal proxy (SPS section)";
            case SYSTEM -> "through the system proxy";
            case USER -> "through the user's proxy";
            case GLOBAL_SPS -> "through the Global SPS proxy";
            case SERVER_UPDATE -> "through the server update proxy";
        };
    }

    /** A target: {@code host:port} as it is; the Smart Protection Network and ActiveUpdate by name. */
    public static String target(String target) {
        return switch (target) {
            case "smart-protection-network" -> "Smart Protection Network";
            case "active-update" -> "ActiveUpdate";
            default -> target;
        };
    }

    /** An attempt's outcome in words, with the cause when it failed. */
    public static String outcome(Outcome outcome, Cause cause) {
        return switch (outcome) {
            case OK -> "connected";
            case NOT_TRIED -> "not tried";
            case FAILED -> cause == null ? "failed" : "failed: " + cause(cause);
        };
    }

    /** Why an attempt failed, in words. */
    public static String cause(Cause cause) {
        return switch (cause) {
            case UNREACHABLE -> "not reachable";
            case PROXY_UNREACHABLE -> "proxy not reachable";
            case ADDRESS_FAMILY -> "no common IPv4/IPv6 family";
            case HTTPS_REQUIRED -> "HTTPS required";
            case NOT_IN_GATEWAY_LIST -> "gateway not in the list";
            case NO_TARGET -> "nothing to connect to";
        };
    }

    /** A rule's short title, e.g. {@code Configuration goes to the server}. */
    public static String ruleTitle(Rule rule) {
        return RULES.get(rule);
    }

    /** A rule with its id, e.g. {@code R1 · Configuration goes to the server}. */
    public static String rule(Rule rule) {
        return rule.id() + " \u00b7 " + ruleTitle(rule);
    }
}
