package org.agentproxy.simulation.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsSource;

/** The endpoints of a policy whose reachability the scenario form toggles, keyed as in a scenario's world. */
final class Endpoints {

    private Endpoints() {
    }

    /** Key ({@code host:port}, or the SPN and ActiveUpdate) to label, in a stable order. */
    static Map<String, String> of(Policy policy) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        if (policy == null) {
            return endpoints;
        }
        if (policy.server() != null) {
            endpoints.put(key(policy.server().host(), policy.server().port()), Messages.Endpoints_server);
        }
        if (policy.smartProtectionSources() != null) {
            policy.smartProtectionSources().standardList().forEach(s -> add(endpoints, s));
            for (CustomSourceList list : policy.smartProtectionSources().customLists()) {
                list.sources().forEach(s -> add(endpoints, s));
            }
        }
        endpoints.put(ScenarioForm.SPN, Messages.Endpoints_spn);
        endpoints.put(ScenarioForm.ACTIVE_UPDATE, Messages.Endpoints_activeUpdate);
        return endpoints;
    }

    private static void add(Map<String, String> endpoints, SpsSource source) {
        endpoints.putIfAbsent(key(source.host(), source.port()),
                NLS.bind(source.integrated() ? Messages.Endpoints_integratedSPS : Messages.Endpoints_sPS, source.host()));
    }

    private static String key(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
