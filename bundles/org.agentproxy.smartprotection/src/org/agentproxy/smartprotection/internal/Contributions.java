package org.agentproxy.smartprotection.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.IConfigurationElement;

/** Turns one {@code <feature>} element into a feature, or says why it is invalid. */
final class Contributions {

    private Contributions() {
    }

    /** Why the element is no valid feature, or {@code null} when it is one. */
    static String problem(IConfigurationElement e) {
        if (!"feature".equals(e.getName())) { //$NON-NLS-1$
            return "unknown element <" + e.getName() + ">"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String required : List.of("id", "name", "routing")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String value = e.getAttribute(required);
            if (value == null || value.isBlank()) {
                return "attribute '" + required + "' is missing"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!SmartProtectionFeature.ID.matcher(e.getAttribute("id")).matches()) { //$NON-NLS-1$
            return "id \"" + e.getAttribute("id") + "\" is not lower-case letters, digits, dots and hyphens"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (Routing.of(e.getAttribute("routing")).isEmpty()) { //$NON-NLS-1$
            return "routing must be global-proxy or sps-lists, not \"" + e.getAttribute("routing") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String https = e.getAttribute("requiresHttps"); //$NON-NLS-1$
        if (https != null && !https.equals("true") && !https.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
            return "requiresHttps must be true or false, not \"" + https + "\""; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return null;
    }

    /** The feature a valid element declares, with its valid settings; an invalid setting is logged and skipped. */
    static SmartProtectionFeature feature(IConfigurationElement e, Consumer<SkippedDeclaration> log) {
        String id = e.getAttribute("id"); //$NON-NLS-1$
        String bundle = e.getContributor().getName();
        List<FeatureSetting> settings = new ArrayList<>();
        for (IConfigurationElement s : e.getChildren("setting")) { //$NON-NLS-1$
            try {
                FeatureSetting setting = setting(s);
                if (settings.stream().anyMatch(other -> other.id().equals(setting.id()))) {
                    throw new IllegalArgumentException("setting " + setting.id() + " is declared twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                settings.add(setting);
            } catch (IllegalArgumentException | NullPointerException invalid) {
                String settingId = s.getAttribute("id"); //$NON-NLS-1$
                log.accept(new SkippedDeclaration(bundle, id, settingId == null ? "?" : settingId, //$NON-NLS-1$
                        String.valueOf(invalid.getMessage())));
            }
        }
        return new SmartProtectionFeature(id, e.getAttribute("name"), e.getAttribute("description"), //$NON-NLS-1$ //$NON-NLS-2$
                e.getAttribute("icon"), e.getAttribute("purpose"), Routing.of(e.getAttribute("routing")).orElseThrow(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Boolean.parseBoolean(e.getAttribute("requiresHttps")), bundle, settings); //$NON-NLS-1$
    }

    private static FeatureSetting setting(IConfigurationElement s) {
        String id = s.getAttribute("id"); //$NON-NLS-1$
        String typeName = s.getAttribute("type") == null ? "string" : s.getAttribute("type"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        FeatureSetting.Type type = FeatureSetting.Type.of(typeName).orElseThrow(() -> new IllegalArgumentException(
                "setting " + id + ": type must be string, integer, boolean or choice, not \"" + typeName + "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String choices = s.getAttribute("choices"); //$NON-NLS-1$
        return new FeatureSetting(id, s.getAttribute("label"), s.getAttribute("description"), type, //$NON-NLS-1$ //$NON-NLS-2$
                s.getAttribute("default"), integer(s, "min"), integer(s, "max"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                choices == null ? List.of() : Arrays.stream(choices.split(",")).map(String::strip) //$NON-NLS-1$
                        .filter(c -> !c.isEmpty()).toList());
    }

    private static Integer integer(IConfigurationElement s, String attribute) {
        String value = s.getAttribute(attribute);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + s.getAttribute("id") + ": " + attribute //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " must be a whole number, not \"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
