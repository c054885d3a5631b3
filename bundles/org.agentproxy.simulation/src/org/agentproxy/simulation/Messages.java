package org.agentproxy.simulation;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * The simulator's names and rule statements, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@code java.util.ResourceBundle} and this bundle's class loader, the default locale,
 * which Equinox sets from {@code -nl}): the engine is plain Java, used on a plain class path too.
 */
final class Messages {

    static String Names_purposeConfiguration;
    static String Names_purposeLogs;
    static String Names_purposeComponentUpdate;
    static String Names_purposeUpdateNow;
    static String Names_purposeFileReputation;
    static String Names_purposeWebReputation;
    static String Names_purposePredictiveMachineLearning;
    static String Names_purposeBehaviorMonitoring;
    static String Names_purposeServerUpdate;
    static String Names_ruleR0;
    static String Names_ruleR1;
    static String Names_ruleR2;
    static String Names_ruleR3;
    static String Names_ruleR4;
    static String Names_ruleR5;
    static String Names_ruleR6;
    static String Names_ruleR7;
    static String Names_routeDirect;
    static String Names_routeAutomatic;
    static String Names_routeInternalServer;
    static String Names_routeInternalSps;
    static String Names_routeSystem;
    static String Names_routeUser;
    static String Names_routeGlobalSps;
    static String Names_routeServerUpdate;
    static String Names_outcomeOk;
    static String Names_outcomeNotTried;
    static String Names_causeUnreachable;
    static String Names_causeProxyUnreachable;
    static String Names_causeAddressFamily;
    static String Names_causeHttpsRequired;
    static String Names_causeNotInGatewayList;
    static String Names_causeNoTarget;
    static String Names_failed;
    static String Names_failedBecause;
    static String Names_ruleWithId;
    static String Names_targetSmartProtectionNetwork;
    static String Names_targetActiveUpdate;
    static String Rule_R0;
    static String Rule_R1;
    static String Rule_R2;
    static String Rule_R3;
    static String Rule_R4;
    static String Rule_R5;
    static String Rule_R6;
    static String Rule_R7;

    static {
        Texts.load(Messages.class);
    }

    private Messages() {
    }

    /** A message with its values, as {@code NLS.bind} makes it: each value as {@link String#valueOf(Object)}. */
    static String bind(String message, Object... values) {
        return Texts.bind(message, values);
    }
}
