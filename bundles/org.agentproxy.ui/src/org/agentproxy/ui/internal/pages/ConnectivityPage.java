package org.agentproxy.ui.internal.pages;

import java.util.List;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ListColumn;
import org.agentproxy.ui.editor.ListEditor;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.PolicyPart;
import org.agentproxy.ui.editor.ScopePage;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/**
 * Agent Connectivity: what agents need besides the scopes to find their way — the server, automatic proxy,
 * location awareness, update sources, the bypass list and direct fallback.
 */
public final class ConnectivityPage implements ScopePage {

    private static final PolicyPart<HostPort> SERVER = new PolicyPart<>("server",
            p -> p.server() == null ? new HostPort(null, 0) : p.server(), Policy::withServer);
    private static final PolicyPart<AutomaticProxy> AUTO = new PolicyPart<>("automaticProxy",
            Policy::automaticProxy, Policy::withAutomaticProxy);
    private static final PolicyPart<LocationAwareness> LOCATION = new PolicyPart<>("locationAwareness",
            Policy::locationAwareness, Policy::withLocationAwareness);
    private static final PolicyPart<UpdateSettings> UPDATES = new PolicyPart<>("updates", Policy::updates,
            Policy::withUpdates);

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        FieldBinder b = site.binder();
        Composite server = site.section(body, "Policy and OfficeScan server",
                "The server the agents report to; agents reach it for configuration, logs and updates.");
        b.text(server, "Policy name:", new PolicyField<>("name", "Policy name", Policy::name, Policy::withName));
        b.text(server, "Server host:", PolicyField.within(SERVER, "host", "Server host", HostPort::host,
                (s, v) -> new HostPort(v, s.port())));
        b.port(server, "Server port:", PolicyField.within(SERVER, "port", "Server port", HostPort::port,
                (s, v) -> new HostPort(s.host(), v)));

        Composite auto = site.section(body, "Automatic proxy",
                "Agents try these first where the rules allow: WPAD detection and a PAC script.");
        b.check(auto, "Detect settings automatically (WPAD)", PolicyField.within(AUTO, "autoDetect",
                "Detect automatically", AutomaticProxy::autoDetect, AutomaticProxy::withAutoDetect));
        b.text(auto, "PAC script URL:", PolicyField.within(AUTO, "pacUrl", "PAC script URL", AutomaticProxy::pacUrl,
                AutomaticProxy::withPacUrl));

        location(body, site);
        updates(body, site);

        Composite bypass = site.section(body, "Bypass list and fallback",
                "Hosts, *.domains, addresses, CIDR ranges or <local>, reached without a proxy.");
        new ListEditor<>(bypass, site, new PolicyField<List<String>>("bypassList", "Bypass list",
                Policy::bypassList, Policy::withBypassList),
                List.of(new ListColumn<String>("Entry", 320, s -> s, (s, v) -> v)), () -> "*.example.com");
        b.check(bypass, "Retry directly when a proxy fails (direct fallback)", new PolicyField<>("directFallback",
                "Direct fallback", Policy::directFallback, Policy::withDirectFallback));
    }

    private static void location(Composite body, ScopePageSite site) {
        Composite location = site.section(body, "Location awareness",
                "How an agent tells internal from external: its gateway, or whether the server is reachable.");
        site.binder().choice(location, "Decide by:", List.of(LocationMode.values()),
                m -> m == LocationMode.GATEWAY ? "Gateway IP and MAC address" : "Reachability of the server",
                PolicyField.within(LOCATION, "mode", "Location mode", LocationAwareness::mode,
                        LocationAwareness::withMode));
        site.binder().listLabel(location, "Gateways:");
        new ListEditor<>(location, site, PolicyField.within(LOCATION, "gateways", "Gateways",
                LocationAwareness::gateways, LocationAwareness::withGateways),
                List.of(new ListColumn<Gateway>("Gateway IP", 200, Gateway::ip, (g, v) -> new Gateway(v, g.mac())),
                        new ListColumn<Gateway>("MAC (optional)", 200, Gateway::mac,
                                (g, v) -> new Gateway(g.ip(), v))),
                () -> new Gateway("10.0.0.1", null));
        site.binder().listLabel(location, "Reference servers:");
        new ListEditor<>(location, site, PolicyField.within(LOCATION, "referenceServers", "Reference servers",
                LocationAwareness::referenceServers, LocationAwareness::withReferenceServers),
                List.of(new ListColumn<HostPort>("Host", 240, HostPort::host, (h, v) -> new HostPort(v, h.port())),
                        new ListColumn<HostPort>("Port", 80, h -> String.valueOf(h.port()),
                                (h, v) -> v.matches("\\d{1,5}") ? new HostPort(h.host(), Integer.parseInt(v)) : h)),
                () -> new HostPort("reference.example.com", 80));
    }

    private static void updates(Composite body, ScopePageSite site) {
        Composite updates = site.section(body, "Update sources",
                "Agents try these in order, then the OfficeScan server, then ActiveUpdate when allowed.");
        new ListEditor<>(updates, site, PolicyField.within(UPDATES, "sources", "Update sources",
                UpdateSettings::sources, UpdateSettings::withSources),
                List.of(new ListColumn<UpdateSource>("Name", 180, UpdateSource::name,
                        (s, v) -> new UpdateSource(v, s.url())),
                        new ListColumn<UpdateSource>("URL", 320, UpdateSource::url,
                                (s, v) -> new UpdateSource(s.name(), v))),
                () -> new UpdateSource("Update Agent", "https://update-agent.example.com/activeupdate"));
        site.binder().check(updates, "Allow ActiveUpdate as the last source", PolicyField.within(UPDATES,
                "allowActiveUpdate", "Allow ActiveUpdate", UpdateSettings::allowActiveUpdate,
                UpdateSettings::withAllowActiveUpdate));
    }
}
