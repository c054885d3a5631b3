package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.handlers.messages"; //$NON-NLS-1$

    public static String AboutHandler_aboutAgentProxyStudio;
    public static String AboutHandler_agentProxyStudioVersion0;
    public static String ExportPolicyDialog_exportPolicy;
    public static String ExportPolicyDialog_exportTheOpenPolicy;
    public static String ExportPolicyDialog_aPolicyFileNeverHolds;
    public static String ExportPolicyDialog_withoutSecretsThePolicyFile;
    public static String ExportPolicyDialog_withSecretsEncryptedWithA;
    public static String ExportPolicyDialog_passphrase;
    public static String ExportPolicyDialog_confirmPassphrase;
    public static String ExportPolicyDialog_thePassphraseNeedsAtLeast;
    public static String ExportPolicyDialog_theTwoPassphrasesDiffer;
    public static String ExportPolicyHandler_policyExported;
    public static String ExportPolicyHandler_0StoredPasswordsIncludedEncrypted;
    public static String ExportPolicyHandler_notStoredSoNotIncluded;
    public static String ExportPolicyHandler_noPasswordIncluded;
    public static String ExportPolicyHandler_exportedTo012;
    public static String ExportPolicyHandler_passwordsTypedSinceTheLast;
    public static String ExportPolicyHandler_thePolicyCouldNotBe;
    public static String FindSettingHandler_cannotShowThePolicyExplorer;
    public static String OpenPolicyHandler_cannotOpenPolicy;
    public static String OpenPolicyHandler_openPolicy;
    public static String OpenPolicyHandler_theOpenPolicyHasUnsaved;
    public static String OpenPolicyHandler_thePolicyIsOpenBut;
    public static String OpenPolicyHandler_0IsNotAValid;
    public static String OpenPolicyHandler_cannotRead01;
    public static String PolicyHistoryHandler_undo;
    public static String PolicyHistoryHandler_redo;
    public static String RevertPolicyHandler_revertPolicy;
    public static String RevertPolicyHandler_dropTheUnsavedEditsOf;
    public static String SaveAsPolicyHandler_cannotSavePolicy;
    public static String SaveAsPolicyHandler_cannotWrite0TheOpen;
    public static String ExportPolicyHandler_export;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
