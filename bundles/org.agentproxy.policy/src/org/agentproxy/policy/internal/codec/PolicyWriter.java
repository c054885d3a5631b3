package org.agentproxy.policy.internal.codec;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.UserProxyPrivilege;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a policy with Jackson's streaming generator, pretty-printed: {@code "format"} first, then the members in
 * the records' component order, enum values in lower case, absent and empty values (null, empty text, lists and
 * maps) left out, passwords only as {@code {"ref": "<key>"}}. A feature property whose value is empty text is
 * written (and so kept when the policy is read again).
 */
final class PolicyWriter {

    @FunctionalInterface
    private interface Element<T> {
        void write(T value) throws IOException;
    }

    private final JsonGenerator g;

    private PolicyWriter(JsonGenerator generator) {
        this.g = generator;
    }

    static void write(JsonGenerator generator, String format, Policy policy) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("format", format);
        new PolicyWriter(generator).policy(policy);
        generator.writeEndObject();
    }

    private void policy(Policy p) throws IOException {
        text("name", p.name());
        text("description", p.description());
        object("server", p.server(), this::hostPort);
        object("internalAgents", p.internalAgents(), this::internalAgents);
        object("externalAgents", p.externalAgents(), this::externalAgents);
        object("globalSmartProtection", p.globalSmartProtection(), this::globalSmartProtection);
        object("userProxyPrivilege", p.userProxyPrivilege(), this::userProxyPrivilege);
        object("automaticProxy", p.automaticProxy(), this::automaticProxy);
        object("locationAwareness", p.locationAwareness(), this::locationAwareness);
        object("smartProtectionSources", p.smartProtectionSources(), this::smartProtectionSources);
        object("webReputation", p.webReputation(), w -> g.writeBooleanField("sendQueriesToSps", w.sendQueriesToSps()));
        object("updates", p.updates(), this::updates);
        list("bypassList", p.bypassList(), g::writeString);
        g.writeBooleanField("directFallback", p.directFallback());
    }

    private void hostPort(HostPort h) throws IOException {
        text("host", h.host());
        g.writeNumberField("port", h.port());
    }

    private void internalAgents(InternalAgentsScope s) throws IOException {
        object("server", s.server(), this::endpoint);
        object("smartProtection", s.smartProtection(), this::endpoint);
    }

    private void endpoint(ProxyEndpoint e) throws IOException {
        g.writeBooleanField("enabled", e.enabled());
        text("host", e.host());
        g.writeNumberField("port", e.port());
        text("user", e.user());
        secret(e.password());
    }

    private void externalAgents(ExternalAgentsScope s) throws IOException {
        object("systemProxyCredentials", s.systemProxyCredentials(), this::credentials);
        object("serverUpdateProxy", s.serverUpdateProxy(), this::serverUpdateProxy);
    }

    private void credentials(Credentials c) throws IOException {
        text("user", c.user());
        secret(c.password());
    }

    private void serverUpdateProxy(ServerUpdateProxy s) throws IOException {
        g.writeBooleanField("enabled", s.enabled());
        constant("protocol", s.protocol());
        text("host", s.host());
        g.writeNumberField("port", s.port());
        text("user", s.user());
        secret(s.password());
    }

    private void globalSmartProtection(GlobalSmartProtectionScope s) throws IOException {
        object("proxy", s.proxy(), this::endpoint);
        map("features", s.features(), f -> {
            g.writeStartObject();
            featureSettings(f);
            g.writeEndObject();
        });
    }

    private void featureSettings(FeatureSettings f) throws IOException {
        g.writeBooleanField("useGlobalProxy", f.useGlobalProxy());
        map("properties", f.properties(), g::writeString);
    }

    private void userProxyPrivilege(UserProxyPrivilege u) throws IOException {
        constant("applyMode", u.applyMode());
        object("root", u.root(), this::node);
    }

    private void node(AgentTreeNode n) throws IOException {
        text("name", n.name());
        constant("kind", n.kind());
        constant("grant", n.grant());
        list("children", n.children(), c -> element(c, this::node));
    }

    private void automaticProxy(AutomaticProxy a) throws IOException {
        g.writeBooleanField("autoDetect", a.autoDetect());
        text("pacUrl", a.pacUrl());
    }

    private void locationAwareness(LocationAwareness l) throws IOException {
        constant("mode", l.mode());
        list("gateways", l.gateways(), x -> element(x, this::gateway));
        list("referenceServers", l.referenceServers(), x -> element(x, this::hostPort));
    }

    private void gateway(Gateway x) throws IOException {
        text("ip", x.ip());
        text("mac", x.mac());
    }

    private void smartProtectionSources(SmartProtectionSources s) throws IOException {
        list("standardList", s.standardList(), x -> element(x, this::spsSource));
        list("customLists", s.customLists(), x -> element(x, this::customList));
    }

    private void spsSource(SpsSource s) throws IOException {
        text("host", s.host());
        g.writeNumberField("port", s.port());
        constant("protocol", s.protocol());
        g.writeBooleanField("integrated", s.integrated());
    }

    private void customList(CustomSourceList c) throws IOException {
        text("name", c.name());
        object("range", c.range(), this::ipRange);
        list("sources", c.sources(), x -> element(x, this::spsSource));
    }

    private void ipRange(IpRange r) throws IOException {
        text("from", r.from());
        text("to", r.to());
    }

    private void updates(UpdateSettings u) throws IOException {
        list("sources", u.sources(), x -> element(x, this::updateSource));
        g.writeBooleanField("allowActiveUpdate", u.allowActiveUpdate());
    }

    private void updateSource(UpdateSource u) throws IOException {
        text("name", u.name());
        text("url", u.url());
    }

    // --- the kinds of values

    private void text(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private void constant(String name, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.name().toLowerCase(Locale.ROOT));
        }
    }

    private void secret(SecretRef ref) throws IOException {
        if (ref != null) {
            g.writeObjectFieldStart("password");
            g.writeStringField("ref", ref.key());
            g.writeEndObject();
        }
    }

    private <T> void object(String name, T value, Element<T> members) throws IOException {
        if (value != null) {
            g.writeObjectFieldStart(name);
            members.write(value);
            g.writeEndObject();
        }
    }

    private <T> void element(T value, Element<T> members) throws IOException {
        g.writeStartObject();
        members.write(value);
        g.writeEndObject();
    }

    private <T> void list(String name, List<T> values, Element<T> element) throws IOException {
        if (!empty(values)) {
            g.writeArrayFieldStart(name);
            for (T value : values) {
                element.write(value);
            }
            g.writeEndArray();
        }
    }

    private <T> void map(String name, Map<String, T> values, Element<T> value) throws IOException {
        if (values != null && !values.isEmpty()) {
            g.writeObjectFieldStart(name);
            for (Map.Entry<String, T> e : values.entrySet()) {
                if (e.getValue() != null) { // a map built in code may hold one; the format has none
                    g.writeFieldName(e.getKey());
                    value.write(e.getValue());
                }
            }
            g.writeEndObject();
        }
    }

    private static boolean empty(Collection<?> values) {
        return values == null || values.isEmpty();
    }
}
