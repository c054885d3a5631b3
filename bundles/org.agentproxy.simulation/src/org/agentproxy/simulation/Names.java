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
            Purposes.CONFIGURATION, Messages.Names_purposeConfiguration,
            Purposes.LOGS, Messages.Names_purposeLogs,
            Purposes.COMPONENT_UPDATE, Messages.Names_purposeComponentUpdate,
            Purposes.UPDATE_NOW, Messages.Names_purposeUpdateNow,
            Purposes.FILE_REPUTATION, Messages.Names_purposeFileReputation,
            Purposes.WEB_REPUTATION, Messages.Names_purposeWebReputation,
            Purposes.PREDICTIVE_MACHINE_LEARNING, Messages.Names_purposePredictiveMachineLearning,
            Purposes.BEHAVIOR_MONITORING, Messages.Names_purposeBehaviorMonitoring,
            Purposes.SERVER_UPDATE, Messages.Names_purposeServerUpdate);

    private static final Map<Rule, String> RULES = Map.of(
            Rule.R0, Messages.Names_ruleR0,
            Rule.R1, Messages.Names_ruleR1,
            Rule.R2, Messages.Names_ruleR2,
            Rule.R3, Messages.Names_ruleR3,
            Rule.R4, Messages.Names_ruleR4,
            Rule.R5, Messages.Names_ruleR5,
            Rule.R6, Messages.Names_ruleR6,
            Rule.R7, Messages.Names_ruleR7);

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
            case DIRECT -> Messages.Names_routeDirect;
            case AUTOMATIC -> Messages.Names_routeAutomatic;
            case INTERNAL_SERVER -> Messages.Names_routeInternalServer;
            case INTERNAL_SPS -> Messages.Names_routeInternalSps;
            case SYSTEM -> Messages.Names_routeSystem;
            case USER -> Messages.Names_routeUser;
            case GLOBAL_SPS -> Messages.Names_routeGlobalSps;
            case SERVER_UPDATE -> Messages.Names_routeServerUpdate;
        };
    }

    /** A target: {@code host:port} as it is; the Smart Protection Network and ActiveUpdate by name. */
    public static String target(String target) {
        return switch (target) {
            case "smart-protection-network" -> Messages.Names_targetSmartProtectionNetwork;
            case "active-update" -> Messages.Names_targetActiveUpdate;
            default -> target;
        };
    }

    /** An attempt's outcome in words, with the cause when it failed. */
    public static String outcome(Outcome outcome, Cause cause) {
        return switch (outcome) {
            case OK -> Messages.Names_outcomeOk;
            case NOT_TRIED -> Messages.Names_outcomeNotTried;
            case FAILED -> cause == null ? Messages.Names_failed
                    : Messages.bind(Messages.Names_failedBecause, cause(cause));
        };
    }

    /** Why an attempt failed, in words. */
    public static String cause(Cause cause) {
        return switch (cause) {
            case UNREACHABLE -> Messages.Names_causeUnreachable;
            case PROXY_UNREACHABLE -> Messages.Names_causeProxyUnreachable;
            case ADDRESS_FAMILY -> Messages.Names_causeAddressFamily;
            case HTTPS_REQUIRED -> Messages.Names_causeHttpsRequired;
            case NOT_IN_GATEWAY_LIST -> Messages.Names_causeNotInGatewayList;
            case NO_TARGET -> Messages.Names_causeNoTarget;
        };
    }

    /** A rule's short title, e.g. {@code Configuration goes to the server}. */
    public static String ruleTitle(Rule rule) {
        return RULES.get(rule);
    }

    /** A rule with its id, e.g. {@code R1 · Configuration goes to the server}. */
    public static String rule(Rule rule) {
        return Messages.bind(Messages.Names_ruleWithId, rule.id(), ruleTitle(rule));
    }
}
