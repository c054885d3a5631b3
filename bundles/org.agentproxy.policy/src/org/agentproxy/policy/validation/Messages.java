package org.agentproxy.policy.validation;

import org.agentproxy.policy.internal.nls.Texts;

/** The validator's texts ({@link Texts}: {@code messages.properties} beside this class). */
final class Messages {

    static String EndpointRules_portRange;
    static String EndpointRules_portRangeEnabled;
    static String EndpointRules_portRangeNot;
    static String EndpointRules_hostRequiredEnabled;
    static String EndpointRules_socks4Password;
    static String Rules_required;
    static String EndpointRules_passwordRequired;
    static String EndpointRules_userRequired;
    static String PolicyValidator_serverRequired;
    static String PolicyValidator_featureId;
    static String PrivilegeRules_updateWarning;
    static String PrivilegeRules_rootKind;
    static String PrivilegeRules_rootInherits;
    static String PrivilegeRules_agentChildren;
    static String PrivilegeRules_onlyTopIsRoot;
    static String PrivilegeRules_nameUsed;
    static String RelatedRules_gatewaysNeeded;
    static String RelatedRules_notAnAddress;
    static String RelatedRules_notAMac;
    static String RelatedRules_duplicateGateway;
    static String RelatedRules_duplicateSource;
    static String RelatedRules_notACidr;
    static String RelatedRules_notABypassEntry;
    static String SourceListRules_nameUsed;
    static String SourceListRules_overlaps;
    static String SourceListRules_noServer;
    static String SourceListRules_duplicateSource;
    static String SourceListRules_sameFamily;
    static String SourceListRules_below;
    static String GlobalProxyHttps_standardList;
    static String GlobalProxyHttps_customList;
    static String GlobalProxyHttps_httpsRequired;
    static String GlobalProxyHttps_predictiveMachineLearning;
    static String GlobalProxyHttps_behaviorMonitoring;
    static String Urls_notAUrl;
    static String Urls_notWeb;
    static String Urls_noHost;
    static String Urls_host;

    static {
        Texts.load(Messages.class);
    }

    private Messages() {
    }

    static String bind(String message, Object... values) {
        return Texts.bind(message, values);
    }
}
