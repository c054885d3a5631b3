package org.agentproxy.scope.smartprotection.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.scope.smartprotection.ui.internal.messages"; //$NON-NLS-1$

    public static String FeatureRow_plugInNotInstalled;
    public static String FeatureRow_notInstalledRow;
    public static String FeatureRow_defaultUsesTheProxy;
    public static String FeatureRow_throughTheProxy;
    public static String FeatureRow_notThroughTheProxy;
    public static String FeatureSettingsFields_selectAFeatureToSee;
    public static String FeatureSettingsFields_thePlugInOf0;
    public static String FeatureSettingsFields_0DeclaresNoSettings;
    public static String FeatureSettingsFields_notDeclaredBy0;
    public static String FeatureSettingsFields_keptAsItIs;
    public static String FeatureSettingsFields_settingsOf0AnEmpty;
    public static String FeatureSettingsFields_notSet;
    public static String FeatureSettingsFields_0Default;
    public static String FeatureTable_featuresRoutedThroughTheProxy;
    public static String FeatureTable_theInstalledSmartProtectionFeatures;
    public static String FeatureTable_feature;
    public static String FeatureTable_description;
    public static String FeatureTable_routing;
    public static String FeatureTable_route;
    public static String FeatureTable_stopRouting;
    public static String GlobalSmartProtectionPage_globalSmartProtectionServiceProxy;
    public static String GlobalSmartProtectionPage_agentsUseItWhenThey;
    public static String HttpsCheck_hTTPSCheck;
    public static String HttpsCheck_noFeature;
    public static String HttpsCheck_noSource;
    public static String HttpsCheck_all0;
    public static String HttpsCheck_0Of1Http;
    public static String FeatureTable_featuresLabel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
