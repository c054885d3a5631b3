package org.agentproxy.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.editor.messages"; //$NON-NLS-1$

    public static String FieldLabels_proxyToTheOfficeScanServer;
    public static String FieldLabels_proxyToSmartProtectionServers;
    public static String FieldLabels_smartProtectionSourceLists;
    public static String FieldLabels_webReputation;
    public static String FieldLabels_systemProxyCredentials;
    public static String FieldLabels_serverUpdateProxy;
    public static String FieldLabels_globalSmartProtectionServiceProxy;
    public static String FieldLabels_featuresRoutedThroughTheProxy;
    public static String FieldLabels_applyTheRootSetting;
    public static String FieldLabels_agentTree;
    public static String FieldLabels_policyAndOfficeScanServer;
    public static String FieldLabels_automaticProxy;
    public static String FieldLabels_locationAwareness;
    public static String FieldLabels_updateSources;
    public static String FieldLabels_bypassListAndFallback;
    public static String FieldLabels_policyName;
    public static String FieldLabels_description;
    public static String FieldLabels_serverHost;
    public static String FieldLabels_serverPort;
    public static String FieldLabels_detectSettingsAutomaticallyWPAD;
    public static String FieldLabels_pACScriptURL;
    public static String FieldLabels_decideBy;
    public static String FieldLabels_gateways;
    public static String FieldLabels_gatewayIP;
    public static String FieldLabels_referenceServers;
    public static String FieldLabels_allowActiveUpdateAsTheLast;
    public static String FieldLabels_bypassList;
    public static String FieldLabels_retryDirectlyWhenAProxy;
    public static String FieldLabels_standardList;
    public static String FieldLabels_customLists;
    public static String FieldLabels_iPRange;
    public static String FieldLabels_serversInOrder;
    public static String FieldLabels_sendQueriesToTheSmart;
    public static String FieldLabels_passwordHTTPOnly;
    public static String FieldLabels_atTheRoot;
    public static String FieldLabels_useThisProxy;
    public static String FieldLabels_host;
    public static String FieldLabels_port;
    public static String FieldLabels_user;
    public static String FieldLabels_password;
    public static String FieldLabels_protocol;
    public static String FieldLabels_name;
    public static String FieldLabels_from;
    public static String FieldLabels_to;
    public static String FieldLabels_integrated;
    public static String FieldLabels_setting;
    public static String FieldLabels_kind;
    public static String FieldLabels_node;
    public static String FieldLabels_routedThroughTheProxy;
    public static String FieldLabels_row;
    public static String PolicyEditor_closeTheEditor;
    public static String PolicyEditor_cannotSavePolicy;
    public static String PolicyEditor_cannotWrite0YourEdits;
    public static String SaveGuards_discardMyText;
    public static String SaveGuards_goToTheField;
    public static String SaveGuards_saveAnyway;
    public static String SaveGuards_savePolicyWithErrors;
    public static String SaveGuards_textNotApplied;
    public static String SaveGuards_thisFieldShowsTextThe;
    public static String SaveGuards_0FieldsShowTextThe;
    public static String SaveGuards_noValue;
    public static String SaveGuards_thePolicyHas01;
    public static String ScopeEditorRegistry_duplicatePageId0The;
    public static String ScopeEditorRegistry_unknownElement0;
    public static String ScopeEditorRegistry_attribute0IsMissing;
    public static String ScopeEditorRegistry_attributeOrderMustBeA;
    public static String ScopeFormPage_thisPageCouldNotBe;
    public static String SaveGuards_refusedField;
    public static String SaveGuards_choicesForOne;
    public static String SaveGuards_choicesForMany;
    public static String SaveGuards_save;
    public static String FieldLabels_url;
    public static String FieldLabels_mac;
    public static String FieldLabels_sources;
    public static String FieldLabels_domainsAndAgents;
    public static String FieldLabels_features;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
