package org.agentproxy.ui.editor;

import java.util.Map;

/**
 * The tooltip of a bound field: what the field means, by its path ({@code internalAgents.server.port}; list indices
 * ignored), else by its last segment (every proxy section's {@code host}, {@code port}, …). Fields that declare their
 * own description (a Smart Protection feature's settings) show that instead.
 */
final class FieldHelp {

    /** Read when asked (not kept in a constant), so that the texts are the ones loaded now. */
    private static Map<String, String> byPath() {
        return Map.ofEntries(
            Map.entry("name", Messages.FieldHelp_name), //$NON-NLS-1$
            Map.entry("description", Messages.FieldHelp_description), //$NON-NLS-1$
            Map.entry("server.host", Messages.FieldHelp_serverHost), //$NON-NLS-1$
            Map.entry("server.port", Messages.FieldHelp_serverPort), //$NON-NLS-1$
            Map.entry("automaticProxy.pacUrl", Messages.FieldHelp_pacUrl), //$NON-NLS-1$
            Map.entry("locationAwareness.mode", Messages.FieldHelp_locationMode), //$NON-NLS-1$
            Map.entry("externalAgents.serverUpdateProxy.protocol", Messages.FieldHelp_serverUpdateProtocol), //$NON-NLS-1$
            Map.entry("userProxyPrivilege.applyMode", Messages.FieldHelp_applyMode)); //$NON-NLS-1$
    }

    private static Map<String, String> byName() {
        return Map.of(
            "host", Messages.FieldHelp_host, //$NON-NLS-1$
            "port", Messages.FieldHelp_port, //$NON-NLS-1$
            "user", Messages.FieldHelp_user, //$NON-NLS-1$
            "password", Messages.FieldHelp_password); //$NON-NLS-1$
    }

    private FieldHelp() {
    }

    /** The tooltip of the field at {@code path}, or null. */
    static String of(String path) {
        String plain = path.replaceAll("\\[\\d+\\]", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String help = byPath().get(plain);
        if (help == null && !plain.startsWith("globalSmartProtection.features.")) { //$NON-NLS-1$
            help = byName().get(plain.substring(plain.lastIndexOf('.') + 1));
        }
        return help;
    }
}
