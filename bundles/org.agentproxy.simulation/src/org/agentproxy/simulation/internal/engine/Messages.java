package org.agentproxy.simulation.internal.engine;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * The path engine's explanations, reasons and warnings, from {@code messages.properties} beside this class (a translation is a
 * {@code messages_<locale>.properties} beside it, e.g. in a fragment). Loaded the way {@code org.eclipse.osgi.util.NLS}
 * loads a messages class, with plain Java ({@code java.util.ResourceBundle} and this bundle's class loader, the default locale,
 * which Equinox sets from {@code -nl}): the engine is plain Java, used on a plain class path too.
 */
final class Messages {

    static String Step_explanation;
    static String Via_notedJoined;
    static String Via_noted;
    static String Routes_internalServer;
    static String Routes_internalSps;
    static String Routes_globalSps;
    static String Routes_noSystemProxy;
    static String Routes_system;
    static String Routes_systemWithUser;
    static String Routes_automaticNoAddress;
    static String Routes_automatic;
    static String Routes_user;
    static String Routes_serverUpdateDisabled;
    static String Routes_serverUpdate;
    static String Routes_direct;
    static String Routes_proxyDisabled;
    static String Routes_bypassed;
    static String Routes_through;
    static String Executor_fallback;
    static String Executor_everyAttemptFailed;
    static String Executor_addressFamily;
    static String Network_automaticProxy;
    static String Network_proxy;
    static String Network_familyAutomaticProxy;
    static String Network_familyProxy;
    static String Network_noCommonFamily;
    static String Network_unreachable;
    static String Network_cannotReachProxy;
    static String Network_proxyUnreachable;
    static String Network_socks4;
    static String Network_proxyCannotReach;
    static String Network_unreachableThrough;
    static String Evaluation_agent;
    static String Evaluation_standardList;
    static String Evaluation_customList;
    static String ServerUpdateRule_server;
    static String ServerUpdateRule_step;
    static String ServerRule_internalSends;
    static String ServerRule_externalSends;
    static String ServerRule_external;
    static String ServerRule_noServer;
    static String Engine_configuration;
    static String Engine_logs;
    static String LocationRule_noGateway;
    static String LocationRule_noGatewayReason;
    static String LocationRule_gateway;
    static String LocationRule_gatewayWithMac;
    static String LocationRule_listed;
    static String LocationRule_listedWithMac;
    static String LocationRule_macUnknown;
    static String LocationRule_macDiffers;
    static String LocationRule_notListed;
    static String LocationRule_external;
    static String LocationRule_probeServer;
    static String LocationRule_probeReference;
    static String LocationRule_noneAnswers;
    static String LocationRule_serverAnswers;
    static String LocationRule_referenceAnswers;
    static String LocationRule_probeDirect;
    static String FeatureRule_default;
    static String FeatureRule_notThrough;
    static String FeatureRule_proxyDisabled;
    static String FeatureRule_setNotThrough;
    static String FeatureRule_queriesListed;
    static String FeatureRule_queriesScenario;
    static String FeatureRule_spnNoIntegrated;
    static String FeatureRule_spnUnavailable;
    static String FeatureRule_httpsRequired;
    static String FeatureRule_byDefault;
    static String FeatureRule_as;
    static String ReputationRule_fileReputation;
    static String ReputationRule_routedFeature;
    static String ReputationRule_webReputation;
    static String ReputationRule_webOn;
    static String ReputationRule_webOff;
    static String ReputationRule_external;
    static String ReputationRule_firstIntegrated;
    static String ReputationRule_first;
    static String ReputationRule_nextIntegrated;
    static String ReputationRule_next;
    static String ReputationRule_httpsRequired;
    static String ReputationRule_everySpsFails;
    static String ReputationRule_empty;
    static String ReputationRule_ownIntegratedSps;
    static String UpdateRule_scheduled;
    static String UpdateRule_updateNow;
    static String UpdateRule_notDetected;
    static String UpdateRule_noAutomatic;
    static String UpdateRule_userGranted;
    static String UpdateRule_userIgnored;
    static String UpdateRule_noUserProxyGranted;
    static String UpdateRule_noUserProxy;
    static String UpdateRule_source;
    static String UpdateRule_sourceNext;
    static String UpdateRule_server;
    static String UpdateRule_serverNext;
    static String UpdateRule_activeUpdate;
    static String UpdateRule_activeUpdateNext;
    static String UpdateRule_noTarget;
    static String Catalogue_notSimulated;
    static String Catalogue_builtInPurpose;
    static String ScenarioHosts_integratedSpsUnused;
    static String ScenarioHosts_noSuchHost;
    static String ScenarioHosts_otherPort;

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
