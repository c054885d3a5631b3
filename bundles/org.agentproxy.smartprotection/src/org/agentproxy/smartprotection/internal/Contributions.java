package org.agentproxy.smartprotection.internal;

import java.util.List;

import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.IConfigurationElement;

/** Turns one {@code <feature>} element into a feature, or says why it is invalid. */
final class Contributions {

    private Contributions() {
    }

    /** Why the element is no valid feature, or {@code null} when it is one. */
    static String problem(IConfigurationElement e) {
        if (!"feature".equals(e.getName())) {
            return "unknown element <" + e.getName() + ">";
        }
        for (String required : List.of("id", "name", "routing")) {
            String value = e.getAttribute(required);
            if (value == null || value.isBlank()) {
                return "attribute '" + required + "' is missing";
            }
        }
        if (!SmartProtectionFeature.ID.matcher(e.getAttribute("id")).matches()) {
            return "id \"" + e.getAttribute("id") + "\" is not lower-case letters, digits, dots and hyphens";
        }
        if (Routing.of(e.getAttribute("routing")).isEmpty()) {
            return "routing must be global-proxy or sps-lists, not \"" + e.getAttribute("routing") + "\"";
        }
        String https = e.getAttribute("requiresHttps");
        if (https != null && !https.equals("true") && !https.equals("false")) {
            return "requiresHttps must be true or false, not \"" + https + "\"";
        }
        return null;
    }

    /** The feature a valid element declares. */
    static SmartProtectionFeature feature(IConfigurationElement e) {
        return new SmartProtectionFeature(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("description"),
                e.getAttribute("icon"), e.getAttribute("purpose"), Routing.of(e.getAttribute("routing")).orElseThrow(),
                Boolean.parseBoolean(e.getAttribute("requiresHttps")), e.getContributor().getName());
    }
}
