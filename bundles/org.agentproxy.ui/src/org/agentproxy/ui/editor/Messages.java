package org.agentproxy.ui.editor;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.editor.messages"; //$NON-NLS-1$

    public static String ConnectionTestRow_testConnection;
    public static String ConnectionTestRow_notTestedYet;
    public static String ConnectionTestRow_theStoredPasswordCannotBe;
    public static String ConnectionTestRow_testing012;
    public static String ConnectionTestRow_testingTheConnectionThrough0;
    public static String FieldBinder_storedTypeToReplace;
    public static String FieldBinder_notSet;
    public static String FieldBinder_notApplied0;
    public static String FieldBinder_noProblemsOnThisPage;
    public static String FieldBinder_oneProblemOnThisPage;
    public static String FieldBinder_problemsOnThisPage;
    public static String ListEditor_edit0;
    public static String ListEditor_add;
    public static String ListEditor_addTo0;
    public static String ListEditor_remove;
    public static String ListEditor_removeFrom0;
    public static String ListEditor_up;
    public static String ListEditor_moveUpIn0;
    public static String ListEditor_down;
    public static String ListEditor_moveDownIn0;
    public static String ProxySection_useThisProxy;
    public static String ProxySection_useProxy;
    public static String ProxySection_host;
    public static String ProxySection_host2;
    public static String ProxySection_port;
    public static String ProxySection_port2;
    public static String ProxySection_user;
    public static String ProxySection_user2;
    public static String ProxySection_password;
    public static String ProxySection_password2;
    public static String FieldHelp_name;
    public static String FieldHelp_description;
    public static String FieldHelp_serverHost;
    public static String FieldHelp_serverPort;
    public static String FieldHelp_pacUrl;
    public static String FieldHelp_locationMode;
    public static String FieldHelp_serverUpdateProtocol;
    public static String FieldHelp_applyMode;
    public static String FieldHelp_host;
    public static String FieldHelp_port;
    public static String FieldHelp_user;
    public static String FieldHelp_password;
    public static String ListEditor_0Row12;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
