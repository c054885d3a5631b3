package org.agentproxy.ui.internal.pages;

import org.agentproxy.ui.Labels;
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
 * Agent Connectivity: the policy's name and description, and what agents need besides the scopes to find their way — the server, automatic proxy,
 * location awareness, update sources, the bypass list and direct fallback.
 */
public final class ConnectivityPage implements ScopePage {

    private static final PolicyPart<HostPort> SERVER = new PolicyPart<>("server", //$NON-NLS-1$
            p -> p.server() == null ? new HostPort(null, 0) : p.server(), Policy::withServer);
    private static final PolicyPart<AutomaticProxy> AUTO = new PolicyPart<>("automaticProxy", //$NON-NLS-1$
            Policy::automaticProxy, Policy::withAutomaticProxy);
    private static final PolicyPart<LocationAwareness> LOCATION = new PolicyPart<>("locationAwareness", //$NON-NLS-1$
            Policy::locationAwareness, Policy::withLocationAwareness);
    private static final PolicyPart<UpdateSettings> UPDATES = new PolicyPart<>("updates", Policy::updates, //$NON-NLS-1$
            Policy::withUpdates);

    @Override
    public void createContents(Composite body, ScopePageSite site) {
        FieldBinder b = site.binder();
        Composite server = site.section(body, Messages.ConnectivityPage_policyAndOfficeScanServer,
                Messages.ConnectivityPage_theServerTheAgentsReport);
        b.text(server, Messages.ConnectivityPage_policyName, new PolicyField<>("name", Messages.ConnectivityPage_policyName2, Policy::name, Policy::withName)); //$NON-NLS-1$
        b.multiLineText(server, Messages.ConnectivityPage_description, new PolicyField<>("description", //$NON-NLS-1$
                Messages.ConnectivityPage_description2, Policy::description, Policy::withDescription), 3);
        b.text(server, Messages.ConnectivityPage_serverHost, PolicyField.within(SERVER, "host", Messages.ConnectivityPage_serverHost2, HostPort::host, //$NON-NLS-1$
                (s, v) -> new HostPort(v, s.port())));
        b.port(server, Messages.ConnectivityPage_serverPort, PolicyField.within(SERVER, "port", Messages.ConnectivityPage_serverPort2, HostPort::port, //$NON-NLS-1$
                (s, v) -> new HostPort(s.host(), v)));

        Composite auto = site.section(body, Messages.ConnectivityPage_automaticProxy,
                Messages.ConnectivityPage_agentsTryTheseFirstWhere);
        b.check(auto, Messages.ConnectivityPage_detectSettingsAutomaticallyWPAD, PolicyField.within(AUTO, "autoDetect", //$NON-NLS-1$
                Messages.ConnectivityPage_detectAutomatically, AutomaticProxy::autoDetect, AutomaticProxy::withAutoDetect));
        b.text(auto, Messages.ConnectivityPage_pACScriptURL, PolicyField.within(AUTO, "pacUrl", Messages.ConnectivityPage_pACScriptURL2, AutomaticProxy::pacUrl, //$NON-NLS-1$
                AutomaticProxy::withPacUrl));

        location(body, site);
        updates(body, site);

        Composite bypass = site.section(body, Messages.ConnectivityPage_bypassListAndFallback,
                Messages.ConnectivityPage_hostsDomainsAddressesCIDRRanges);
        site.binder().listLabel(bypass, Messages.ConnectivityPage_bypassListLabel);
        new ListEditor<>(bypass, site, new PolicyField<List<String>>("bypassList", Messages.ConnectivityPage_bypassList, //$NON-NLS-1$
                Policy::bypassList, Policy::withBypassList),
                List.of(new ListColumn<String>(Messages.ConnectivityPage_entry, 320, s -> s, (s, v) -> v)), () -> "*.example.com"); //$NON-NLS-1$
        b.check(bypass, Messages.ConnectivityPage_retryDirectlyWhenAProxy, new PolicyField<>("directFallback", //$NON-NLS-1$
                Messages.ConnectivityPage_directFallback, Policy::directFallback, Policy::withDirectFallback));
    }

    private static void location(Composite body, ScopePageSite site) {
        Composite location = site.section(body, Messages.ConnectivityPage_locationAwareness,
                Messages.ConnectivityPage_howAnAgentTellsInternal);
        site.binder().choice(location, Messages.ConnectivityPage_decideBy, List.of(LocationMode.values()),
                Labels::locationMode,
                PolicyField.within(LOCATION, "mode", Messages.ConnectivityPage_locationMode, LocationAwareness::mode, //$NON-NLS-1$
                        LocationAwareness::withMode));
        site.binder().listLabel(location, Messages.ConnectivityPage_gateways);
        new ListEditor<>(location, site, PolicyField.within(LOCATION, "gateways", Messages.ConnectivityPage_gateways2, //$NON-NLS-1$
                LocationAwareness::gateways, LocationAwareness::withGateways),
                List.of(new ListColumn<Gateway>(Messages.ConnectivityPage_gatewayIP, 200, Gateway::ip, (g, v) -> new Gateway(v, g.mac())),
                        new ListColumn<Gateway>(Messages.ConnectivityPage_mACOptional, 200, Gateway::mac,
                                (g, v) -> new Gateway(g.ip(), v))),
                () -> new Gateway("10.0.0.1", null)); //$NON-NLS-1$
        site.binder().listLabel(location, Messages.ConnectivityPage_referenceServers);
        new ListEditor<>(location, site, PolicyField.within(LOCATION, "referenceServers", Messages.ConnectivityPage_referenceServers2, //$NON-NLS-1$
                LocationAwareness::referenceServers, LocationAwareness::withReferenceServers),
                List.of(new ListColumn<HostPort>(Messages.ConnectivityPage_host, 240, HostPort::host, (h, v) -> new HostPort(v, h.port())),
                        new ListColumn<HostPort>(Messages.ConnectivityPage_port, 80, h -> String.valueOf(h.port()),
                                (h, v) -> v.matches("\\d{1,5}") ? new HostPort(h.host(), Integer.parseInt(v)) : h)), //$NON-NLS-1$
                () -> new HostPort("reference.example.com", 80)); //$NON-NLS-1$
    }

    private static void updates(Composite body, ScopePageSite site) {
        Composite updates = site.section(body, Messages.ConnectivityPage_updateSources,
                Messages.ConnectivityPage_agentsTryTheseInOrder);
        site.binder().listLabel(updates, Messages.ConnectivityPage_sourcesLabel);
        new ListEditor<>(updates, site, PolicyField.within(UPDATES, "sources", Messages.ConnectivityPage_updateSources, //$NON-NLS-1$
                UpdateSettings::sources, UpdateSettings::withSources),
                List.of(new ListColumn<UpdateSource>(Messages.ConnectivityPage_name, 180, UpdateSource::name,
                        (s, v) -> new UpdateSource(v, s.url())),
                        new ListColumn<UpdateSource>(Messages.ConnectivityPage_url, 320, UpdateSource::url,
                                (s, v) -> new UpdateSource(s.name(), v))),
                () -> new UpdateSource(Messages.ConnectivityPage_updateAgent, "https://update-agent.example.com/activeupdate")); //$NON-NLS-1$
        site.binder().check(updates, Messages.ConnectivityPage_allowActiveUpdateAsTheLast, PolicyField.within(UPDATES,
                "allowActiveUpdate", Messages.ConnectivityPage_allowActiveUpdate, UpdateSettings::allowActiveUpdate, //$NON-NLS-1$
                UpdateSettings::withAllowActiveUpdate));
    }
}
