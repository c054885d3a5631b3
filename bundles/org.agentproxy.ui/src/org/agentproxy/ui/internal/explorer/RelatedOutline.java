package org.agentproxy.ui.internal.explorer;

import org.agentproxy.ui.Labels;
import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.ui.internal.explorer.OutlineNode.Kind;

/**
 * The policy's name and description, and the related settings the simulator needs: server, automatic proxy, location,
 * sources, updates, bypass.
 */
final class RelatedOutline {

    private RelatedOutline() {
    }

    static OutlineNode of(Policy p) {
        String pac = p.automaticProxy().pacUrl() == null ? Messages.RelatedOutline_noPACScript : NLS.bind(Messages.RelatedOutline_pAC0, p.automaticProxy().pacUrl());
        List<OutlineNode> rows = List.of(
                OutlineNode.setting(Messages.RelatedOutline_policyName, FieldRows.text(p.name()), "name"), //$NON-NLS-1$
                OutlineNode.setting(Messages.RelatedOutline_description, FieldRows.line(p.description()), "description"), //$NON-NLS-1$
                OutlineNode.group(Messages.RelatedOutline_officeScanServer,
                        p.server() == null ? Messages.RelatedOutline_notSet : p.server().host() + ":" + p.server().port(), Kind.SETTING, //$NON-NLS-1$
                        "server", List.of( //$NON-NLS-1$
                                OutlineNode.setting(Messages.RelatedOutline_serverHost,
                                        p.server() == null ? Messages.FieldRows_notSet : FieldRows.text(p.server().host()),
                                        "server.host"), //$NON-NLS-1$
                                OutlineNode.setting(Messages.RelatedOutline_serverPort,
                                        p.server() == null ? Messages.FieldRows_notSet : FieldRows.port(p.server().port()),
                                        "server.port"))), //$NON-NLS-1$
                OutlineNode.group(Messages.RelatedOutline_automaticProxy,
                        NLS.bind(Messages.RelatedOutline_wPAD01, Describe.onOff(p.automaticProxy().autoDetect()), pac), Kind.SETTING,
                        "automaticProxy", List.of( //$NON-NLS-1$
                                OutlineNode.setting(Messages.RelatedOutline_detectSettingsAutomaticallyWPAD,
                                        Describe.yesNo(p.automaticProxy().autoDetect()), "automaticProxy.autoDetect"), //$NON-NLS-1$
                                OutlineNode.setting(Messages.RelatedOutline_pACScriptURL, FieldRows.text(p.automaticProxy().pacUrl()),
                                        "automaticProxy.pacUrl"))), //$NON-NLS-1$
                location(p.locationAwareness()),
                sources(p.smartProtectionSources()),
                OutlineNode.setting(Messages.RelatedOutline_webReputation, p.webReputation().sendQueriesToSps()
                        ? Messages.RelatedOutline_internalAgentsQueryTheSPS : Messages.RelatedOutline_internalAgentsQueryTheSmart,
                        "webReputation.sendQueriesToSps"), //$NON-NLS-1$
                updates(p),
                list(Messages.RelatedOutline_bypassList, "bypassList", p.bypassList(), s -> s, Messages.RelatedOutline_reachedWithoutAProxy), //$NON-NLS-1$
                OutlineNode.setting(Messages.RelatedOutline_directFallback, p.directFallback() ? Messages.RelatedOutline_retryDirectlyWhenAProxy : Describe.onOff(false),
                        "directFallback")); //$NON-NLS-1$
        return OutlineNode.group(Messages.PolicyOutline_relatedSettings, "", Kind.SCOPE, "", rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static OutlineNode location(LocationAwareness location) {
        boolean gateway = location.mode() == LocationMode.GATEWAY;
        List<OutlineNode> rows = new ArrayList<>();
        rows.add(OutlineNode.setting(Messages.RelatedOutline_mode, Labels.locationMode(location.mode()), "locationAwareness.mode")); //$NON-NLS-1$
        for (int i = 0; i < location.gateways().size(); i++) {
            var g = location.gateways().get(i);
            rows.add(OutlineNode.setting(NLS.bind(Messages.RelatedOutline_gateway0, g.ip()), g.mac() == null ? Messages.RelatedOutline_anyMAC : NLS.bind(Messages.RelatedOutline_mAC0, g.mac()),
                    "locationAwareness.gateways[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < location.referenceServers().size(); i++) {
            var r = location.referenceServers().get(i);
            rows.add(OutlineNode.setting(NLS.bind(Messages.RelatedOutline_referenceServer01, r.host(), r.port()), "", //$NON-NLS-1$
                    "locationAwareness.referenceServers[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String detail = gateway ? Messages.RelatedOutline_internalWhenTheGatewayIs : Messages.RelatedOutline_internalWhenTheServerIs;
        return OutlineNode.group(Messages.RelatedOutline_locationAwareness, detail, Kind.GROUP, "locationAwareness", rows); //$NON-NLS-1$
    }

    private static OutlineNode updates(Policy p) {
        OutlineNode sources = list(Messages.RelatedOutline_updateSources, "updates.sources", p.updates().sources(), //$NON-NLS-1$
                s -> s.name() + " — " + s.url(), //$NON-NLS-1$
                NLS.bind(Messages.RelatedOutline_thenTheOfficeScanServer0, (p.updates().allowActiveUpdate() ? Messages.RelatedOutline_thenActiveUpdate : ""))); //$NON-NLS-1$
        List<OutlineNode> rows = new ArrayList<>(sources.children());
        rows.add(OutlineNode.setting(Messages.RelatedOutline_allowActiveUpdateAsTheLast,
                Describe.yesNo(p.updates().allowActiveUpdate()), "updates.allowActiveUpdate")); //$NON-NLS-1$
        return OutlineNode.group(sources.label(), sources.detail(), Kind.GROUP, sources.path(), rows);
    }

    private static OutlineNode sources(SmartProtectionSources sources) {
        List<OutlineNode> rows = new ArrayList<>();
        rows.add(spsList(Messages.RelatedOutline_standardList, "", "smartProtectionSources.standardList", sources.standardList())); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < sources.customLists().size(); i++) {
            CustomSourceList list = sources.customLists().get(i);
            rows.add(spsList(NLS.bind(Messages.RelatedOutline_customList0, list.name()), NLS.bind(Messages.RelatedOutline_agentsIn0, list.range()),
                    "smartProtectionSources.customLists[" + i + "].sources", list.sources())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return OutlineNode.group(Messages.RelatedOutline_smartProtectionSources, sources.customLists().size() + (sources.customLists().size() == 1 ? Messages.RelatedOutline_customList : Messages.RelatedOutline_customLists),
                Kind.GROUP, "smartProtectionSources", rows); //$NON-NLS-1$
    }

    private static OutlineNode spsList(String label, String detail, String path, List<SpsSource> list) {
        return list(label, path, list, s -> s.url() + (s.integrated() ? Messages.RelatedOutline_integrated : ""), //$NON-NLS-1$
                detail.isEmpty() ? NLS.bind(Messages.RelatedOutline_0ServersInOrder, list.size()) : detail);
    }

    private static <T> OutlineNode list(String label, String path, List<T> items, Function<T, String> text,
            String detail) {
        List<OutlineNode> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(OutlineNode.setting((i + 1) + ". " + text.apply(items.get(i)), "", path + "[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return OutlineNode.group(label, detail, Kind.GROUP, path, rows);
    }
}
