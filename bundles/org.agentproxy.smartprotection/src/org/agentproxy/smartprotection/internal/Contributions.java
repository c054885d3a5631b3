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

    /** The feature a valid element declares, with its valid settings; an invalid setting is logged and skipped. */
    static SmartProtectionFeature feature(IConfigurationElement e, Consumer<SkippedDeclaration> log) {
        String id = e.getAttribute("id");
        String bundle = e.getContributor().getName();
        List<FeatureSetting> settings = new ArrayList<>();
        for (IConfigurationElement s : e.getChildren("setting")) {
            try {
                FeatureSetting setting = setting(s);
                if (settings.stream().anyMatch(other -> other.id().equals(setting.id()))) {
                    throw new IllegalArgumentException("setting " + setting.id() + " is declared twice");
                }
                settings.add(setting);
            } catch (IllegalArgumentException | NullPointerException invalid) {
                String settingId = s.getAttribute("id");
                log.accept(new SkippedDeclaration(bundle, id, settingId == null ? "?" : settingId,
                        String.valueOf(invalid.getMessage())));
            }
        }
        return new SmartProtectionFeature(id, e.getAttribute("name"), e.getAttribute("description"),
                e.getAttribute("icon"), e.getAttribute("purpose"), Routing.of(e.getAttribute("routing")).orElseThrow(),
                Boolean.parseBoolean(e.getAttribute("requiresHttps")), bundle, settings);
    }

    private static FeatureSetting setting(IConfigurationElement s) {
        String id = s.getAttribute("id");
        String typeName = s.getAttribute("type") == null ? "string" : s.getAttribute("type");
        FeatureSetting.Type type = FeatureSetting.Type.of(typeName).orElseThrow(() -> new IllegalArgumentException(
                "setting " + id + ": type must be string, integer, boolean or choice, not \"" + typeName + "\""));
        String choices = s.getAttribute("choices");
        return new FeatureSetting(id, s.getAttribute("label"), s.getAttribute("description"), type,
                s.getAttribute("default"), integer(s, "min"), integer(s, "max"),
                choices == null ? List.of() : Arrays.stream(choices.split(",")).map(String::strip)
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
            throw new IllegalArgumentException("setting " + s.getAttribute("id") + ": " + attribute
                    + " must be a whole number, not \"" + value + "\"");
        }
    }
}
