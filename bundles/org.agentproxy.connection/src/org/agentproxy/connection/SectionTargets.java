package org.agentproxy.connection;

import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SpsSource;

/**
 * Which proxy and which target each {@link ProxySection} of a policy means:
 * <table>
 * <caption>Section → proxy → target</caption>
 * <tr><th>section</th><th>proxy</th><th>target</th></tr>
 * <tr><td>{@code internal.server}</td><td>{@code internalAgents.server}</td><td>{@code server} (the OfficeScan
 * server)</td></tr>
 * <tr><td>{@code internal.sps}</td><td>{@code internalAgents.smartProtection}</td><td>the first entry of
 * {@code smartProtectionSources.standardList}</td></tr>
 * <tr><td>{@code global-sps}</td><td>{@code globalSmartProtection.proxy}</td><td>the first integrated SPS of
 * the standard list</td></tr>
 * <tr><td>{@code external.server-update}</td><td>{@code externalAgents.serverUpdateProxy} (HTTP or
 * SOCKS4)</td><td>the ActiveUpdate server given to the constructor</td></tr>
 * </table>
 * A target given explicitly replaces the section's own.
 */
public final class SectionTargets {

    /**
     * The ActiveUpdate server of OfficeScan XG / Apex One as the default target of the server update proxy. The
     * host name carries the product version ({@code osce10-p…} for OfficeScan 10): pass the one of your version.
     */
    public static final HostPort DEFAULT_ACTIVE_UPDATE = new HostPort("osce14-p.activeupdate.trendmicro.com", 80);

    private final HostPort activeUpdate;

    public SectionTargets() {
        this(DEFAULT_ACTIVE_UPDATE);
    }

    /** @param activeUpdate the target of {@link ProxySection#EXTERNAL_SERVER_UPDATE} */
    public SectionTargets(HostPort activeUpdate) {
        this.activeUpdate = activeUpdate;
    }

    /** The section with its own target. */
    public SectionEndpoint resolve(Policy policy, ProxySection section) throws SectionException {
        return resolve(policy, section, null);
    }

    /**
     * The section with a target.
     *
     * @param target the target to use instead of the section's own, or {@code null}
     * @throws SectionException naming the field when the proxy has no host or port, or the section no target
     */
    public SectionEndpoint resolve(Policy policy, ProxySection section, HostPort target) throws SectionException {
        ProxyEndpoint endpoint = endpoint(policy, section);
        ProxyProtocol protocol = section == ProxySection.EXTERNAL_SERVER_UPDATE
                ? policy.externalAgents().serverUpdateProxy().protocol() : ProxyProtocol.HTTP;
        String path = section.fieldPath();
        if (endpoint.host() == null) {
            throw new SectionException(path + ".host", "is not set: this section has no proxy to test");
        }
        if (endpoint.port() < 1 || endpoint.port() > 65535) {
            throw new SectionException(path + ".port", endpoint.port() == 0 ? "is not set" : endpoint.port()
                    + " is not a port (1-65535)");
        }
        ProxyAddress proxy = new ProxyAddress(protocol, endpoint.host(), endpoint.port());
        String source = "--target";
        if (target == null) {
            source = targetSource(section);
            target = ownTarget(policy, section);
        }
        return new SectionEndpoint(section, endpoint.enabled(), proxy, endpoint.user(), endpoint.password(), target,
                source);
    }

    private static ProxyEndpoint endpoint(Policy policy, ProxySection section) {
        return switch (section) {
            case INTERNAL_SERVER -> policy.internalAgents().server();
            case INTERNAL_SPS -> policy.internalAgents().smartProtection();
            case GLOBAL_SPS -> policy.globalSmartProtection().proxy();
            case EXTERNAL_SERVER_UPDATE -> policy.externalAgents().serverUpdateProxy().asEndpoint();
        };
    }

    private static String targetSource(ProxySection section) {
        return switch (section) {
            case INTERNAL_SERVER -> "server";
            case INTERNAL_SPS -> "smartProtectionSources.standardList[0]";
            case GLOBAL_SPS -> "smartProtectionSources.standardList (integrated SPS)";
            case EXTERNAL_SERVER_UPDATE -> "ActiveUpdate";
        };
    }

    private HostPort ownTarget(Policy policy, ProxySection section) throws SectionException {
        List<SpsSource> standard = policy.smartProtectionSources().standardList();
        switch (section) {
            case INTERNAL_SERVER -> {
                HostPort server = policy.server();
                if (server == null || server.host() == null || server.port() < 1) {
                    throw new SectionException("server", "is not set: no OfficeScan server to reach; give a target");
                }
                return server;
            }
            case INTERNAL_SPS -> {
                if (standard.isEmpty()) {
                    throw new SectionException("smartProtectionSources.standardList",
                            "is empty: no Smart Protection Server to reach; give a target");
                }
                return new HostPort(standard.get(0).host(), standard.get(0).port());
            }
            case GLOBAL_SPS -> {
                Optional<SpsSource> integrated = standard.stream().filter(SpsSource::integrated).findFirst();
                if (integrated.isEmpty()) {
                    throw new SectionException("smartProtectionSources.standardList",
                            "has no integrated SPS for the Global Smart Protection Service proxy; give a target");
                }
                return new HostPort(integrated.get().host(), integrated.get().port());
            }
            default -> {
                return activeUpdate;
            }
        }
    }
}
