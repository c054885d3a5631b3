package org.agentproxy.scope.internal.ui.internal;

import org.agentproxy.ui.Labels;
import org.eclipse.osgi.util.NLS;

import java.util.List;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.ui.editor.ListColumn;
import org.agentproxy.ui.editor.ListEditor;
import org.agentproxy.ui.editor.PolicyField;
import org.agentproxy.ui.editor.PolicyPart;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.widgets.Composite;

/** The Smart Protection source lists: the standard list and the custom lists by agent IP range, in order. */
final class SourceListsSection {

    private static final PolicyPart<SmartProtectionSources> SOURCES = new PolicyPart<>("smartProtectionSources", //$NON-NLS-1$
            Policy::smartProtectionSources, Policy::withSmartProtectionSources);

    private SourceListsSection() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, Messages.SourceListsSection_smartProtectionSourceLists,
                Messages.SourceListsSection_anInternalAgentUsesThe);
        site.binder().listLabel(client, Messages.SourceListsSection_standardList);
        new ListEditor<>(client, site, PolicyField.within(SOURCES, "standardList", Messages.SourceListsSection_standardList2, //$NON-NLS-1$
                SmartProtectionSources::standardList, SmartProtectionSources::withStandardList),
                List.of(new ListColumn<SpsSource>(Messages.SourceListsSection_host, 220, SpsSource::host,
                        (s, v) -> new SpsSource(v, s.port(), s.protocol(), s.integrated())),
                        new ListColumn<SpsSource>(Messages.SourceListsSection_port, 70, s -> String.valueOf(s.port()),
                                (s, v) -> new SpsSource(s.host(), port(v), s.protocol(), s.integrated())),
                        new ListColumn<SpsSource>(Messages.SourceListsSection_protocol, 90, s -> Labels.spsProtocol(s.protocol()),
                                (s, v) -> new SpsSource(s.host(), s.port(), protocol(v), s.integrated())),
                        new ListColumn<SpsSource>(Messages.SourceListsSection_integrated, 90, s -> SpsText.yesNo(s.integrated()),
                                (s, v) -> new SpsSource(s.host(), s.port(), s.protocol(), SpsText.yesOrNo(v)))),
                () -> new SpsSource("sps.example.com", 443, SpsProtocol.HTTPS, false)); //$NON-NLS-1$
        site.binder().listLabel(client, Messages.SourceListsSection_customLists);
        new ListEditor<>(client, site, PolicyField.within(SOURCES, "customLists", Messages.SourceListsSection_customLists2, //$NON-NLS-1$
                SmartProtectionSources::customLists, SmartProtectionSources::withCustomLists),
                List.of(new ListColumn<CustomSourceList>(Messages.SourceListsSection_name, 140, CustomSourceList::name,
                        (c, v) -> new CustomSourceList(v, c.range(), c.sources())),
                        new ListColumn<CustomSourceList>(Messages.SourceListsSection_from, 120, c -> c.range() == null ? "" : c.range().from(), //$NON-NLS-1$
                                (c, v) -> new CustomSourceList(c.name(), new IpRange(v, to(c)), c.sources())),
                        new ListColumn<CustomSourceList>(Messages.SourceListsSection_to, 120, SourceListsSection::to,
                                (c, v) -> new CustomSourceList(c.name(), new IpRange(from(c), v), c.sources())),
                        new ListColumn<CustomSourceList>(Messages.SourceListsSection_serversInOrder, 320,
                                c -> SpsText.format(c.sources()),
                                (c, v) -> new CustomSourceList(c.name(), c.range(), SpsText.parse(v)))),
                () -> new CustomSourceList(Messages.SourceListsSection_newList, new IpRange("192.0.2.0", "192.0.2.255"), List.of())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A port cell's text: digits only (the range is the policy validation's to say). */
    private static int port(String text) {
        if (!text.strip().matches("\\d{1,5}")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(Messages.SourceListsSection_portMustBeAWholeNumber, text));
        }
        return Integer.parseInt(text.strip());
    }

    private static SpsProtocol protocol(String text) {
        try {
            return Labels.parseSpsProtocol(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.SourceListsSection_protocolMustBeHTTPOrHTTPS, text));
        }
    }

    private static String from(CustomSourceList c) {
        return c.range() == null ? null : c.range().from();
    }

    private static String to(CustomSourceList c) {
        return c.range() == null ? "" : c.range().to(); //$NON-NLS-1$
    }
}
