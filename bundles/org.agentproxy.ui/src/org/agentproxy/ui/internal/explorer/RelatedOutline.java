package org.agentproxy.ui.internal.explorer;

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

/** The related settings the simulator needs: server, automatic proxy, location, sources, updates, bypass. */
final class RelatedOutline {

    private RelatedOutline() {
    }

    static OutlineNode of(Policy p) {
        String pac = p.automaticProxy().pacUrl() == null ? "no PAC script" : "PAC " + p.automaticProxy().pacUrl();
        List<OutlineNode> rows = List.of(
                OutlineNode.setting("Policy name", FieldRows.text(p.name()), "name"),
                OutlineNode.group("OfficeScan server",
                        p.server() == null ? "not set" : p.server().host() + ":" + p.server().port(), Kind.SETTING,
                        "server", List.of(
                                OutlineNode.setting("Server host",
                                        p.server() == null ? FieldRows.NOT_SET : FieldRows.text(p.server().host()),
                                        "server.host"),
                                OutlineNode.setting("Server port",
                                        p.server() == null ? FieldRows.NOT_SET : FieldRows.port(p.server().port()),
                                        "server.port"))),
                OutlineNode.group("Automatic proxy",
                        "WPAD " + Describe.onOff(p.automaticProxy().autoDetect()) + ", " + pac, Kind.SETTING,
                        "automaticProxy", List.of(
                                OutlineNode.setting("Detect settings automatically (WPAD)",
                                        Describe.yesNo(p.automaticProxy().autoDetect()), "automaticProxy.autoDetect"),
                                OutlineNode.setting("PAC script URL", FieldRows.text(p.automaticProxy().pacUrl()),
                                        "automaticProxy.pacUrl"))),
                location(p.locationAwareness()),
                sources(p.smartProtectionSources()),
                OutlineNode.setting("Web reputation", p.webReputation().sendQueriesToSps()
                        ? "internal agents query the SPS lists" : "internal agents query the Smart Protection Network",
                        "webReputation.sendQueriesToSps"),
                updates(p),
                list("Bypass list", "bypassList", p.bypassList(), s -> s, "reached without a proxy"),
                OutlineNode.setting("Direct fallback", p.directFallback() ? "retry directly when a proxy fails" : "off",
                        "directFallback"));
        return OutlineNode.group(PolicyOutline.RELATED, "", Kind.SCOPE, "", rows);
    }

    private static OutlineNode location(LocationAwareness location) {
        boolean gateway = location.mode() == LocationMode.GATEWAY;
        List<OutlineNode> rows = new ArrayList<>();
        rows.add(OutlineNode.setting("Mode", Describe.lower(location.mode()), "locationAwareness.mode"));
        for (int i = 0; i < location.gateways().size(); i++) {
            var g = location.gateways().get(i);
            rows.add(OutlineNode.setting("Gateway " + g.ip(), g.mac() == null ? "any MAC" : "MAC " + g.mac(),
                    "locationAwareness.gateways[" + i + "]"));
        }
        for (int i = 0; i < location.referenceServers().size(); i++) {
            var r = location.referenceServers().get(i);
            rows.add(OutlineNode.setting("Reference server " + r.host() + ":" + r.port(), "",
                    "locationAwareness.referenceServers[" + i + "]"));
        }
        String detail = gateway ? "internal when the gateway is listed" : "internal when the server is reachable";
        return OutlineNode.group("Location awareness", detail, Kind.GROUP, "locationAwareness", rows);
    }

    private static OutlineNode updates(Policy p) {
        OutlineNode sources = list("Update sources", "updates.sources", p.updates().sources(),
                s -> s.name() + " — " + s.url(),
                "then the OfficeScan server" + (p.updates().allowActiveUpdate() ? ", then ActiveUpdate" : ""));
        List<OutlineNode> rows = new ArrayList<>(sources.children());
        rows.add(OutlineNode.setting("Allow ActiveUpdate as the last source",
                Describe.yesNo(p.updates().allowActiveUpdate()), "updates.allowActiveUpdate"));
        return OutlineNode.group(sources.label(), sources.detail(), Kind.GROUP, sources.path(), rows);
    }

    private static OutlineNode sources(SmartProtectionSources sources) {
        List<OutlineNode> rows = new ArrayList<>();
        rows.add(spsList("Standard list", "", "smartProtectionSources.standardList", sources.standardList()));
        for (int i = 0; i < sources.customLists().size(); i++) {
            CustomSourceList list = sources.customLists().get(i);
            rows.add(spsList("Custom list " + list.name(), "agents in " + list.range(),
                    "smartProtectionSources.customLists[" + i + "].sources", list.sources()));
        }
        return OutlineNode.group("Smart Protection sources", sources.customLists().size() + (sources.customLists().size() == 1 ? " custom list" : " custom lists"),
                Kind.GROUP, "smartProtectionSources", rows);
    }

    private static OutlineNode spsList(String label, String detail, String path, List<SpsSource> list) {
        return list(label, path, list, s -> s.url() + (s.integrated() ? " (integrated)" : ""),
                detail.isEmpty() ? list.size() + " servers, in order" : detail);
    }

    private static <T> OutlineNode list(String label, String path, List<T> items, Function<T, String> text,
            String detail) {
        List<OutlineNode> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(OutlineNode.setting((i + 1) + ". " + text.apply(items.get(i)), "", path + "[" + i + "]"));
        }
        return OutlineNode.group(label, detail, Kind.GROUP, path, rows);
    }
}
