package org.agentproxy.scope.internal.ui.internal;

import java.util.List;
import java.util.Locale;

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

    private static final PolicyPart<SmartProtectionSources> SOURCES = new PolicyPart<>("smartProtectionSources",
            Policy::smartProtectionSources, Policy::withSmartProtectionSources);

    private SourceListsSection() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, "Smart Protection source lists",
                "An internal agent uses the first custom list whose IP range holds its address, else the standard "
                        + "list; it tries the servers in order and the next one on failure.");
        site.binder().listLabel(client, "Standard list:");
        new ListEditor<>(client, site, PolicyField.within(SOURCES, "standardList", "Standard list",
                SmartProtectionSources::standardList, SmartProtectionSources::withStandardList),
                List.of(new ListColumn<SpsSource>("Host", 220, SpsSource::host,
                        (s, v) -> new SpsSource(v, s.port(), s.protocol(), s.integrated())),
                        new ListColumn<SpsSource>("Port", 70, s -> String.valueOf(s.port()),
                                (s, v) -> new SpsSource(s.host(), port(v), s.protocol(), s.integrated())),
                        new ListColumn<SpsSource>("Protocol", 90, s -> s.protocol().name(),
                                (s, v) -> new SpsSource(s.host(), s.port(), protocol(v), s.integrated())),
                        new ListColumn<SpsSource>("Integrated", 90, s -> SpsText.yesNo(s.integrated()),
                                (s, v) -> new SpsSource(s.host(), s.port(), s.protocol(), SpsText.yesOrNo(v)))),
                () -> new SpsSource("sps.example.com", 443, SpsProtocol.HTTPS, false));
        site.binder().listLabel(client, "Custom lists:");
        new ListEditor<>(client, site, PolicyField.within(SOURCES, "customLists", "Custom lists",
                SmartProtectionSources::customLists, SmartProtectionSources::withCustomLists),
                List.of(new ListColumn<CustomSourceList>("Name", 140, CustomSourceList::name,
                        (c, v) -> new CustomSourceList(v, c.range(), c.sources())),
                        new ListColumn<CustomSourceList>("From", 120, c -> c.range() == null ? "" : c.range().from(),
                                (c, v) -> new CustomSourceList(c.name(), new IpRange(v, to(c)), c.sources())),
                        new ListColumn<CustomSourceList>("To", 120, SourceListsSection::to,
                                (c, v) -> new CustomSourceList(c.name(), new IpRange(from(c), v), c.sources())),
                        new ListColumn<CustomSourceList>("Servers (in order)", 320,
                                c -> SpsText.format(c.sources()),
                                (c, v) -> new CustomSourceList(c.name(), c.range(), SpsText.parse(v)))),
                () -> new CustomSourceList("New list", new IpRange("192.0.2.0", "192.0.2.255"), List.of()));
    }

    /** A port cell's text: digits only (the range is the policy validation's to say). */
    private static int port(String text) {
        if (!text.strip().matches("\\d{1,5}")) {
            throw new IllegalArgumentException("Port must be a whole number, not \"" + text + "\"");
        }
        return Integer.parseInt(text.strip());
    }

    private static SpsProtocol protocol(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("HTTP") || t.equals("HTTPS")) {
            return SpsProtocol.valueOf(t);
        }
        throw new IllegalArgumentException("Protocol must be HTTP or HTTPS, not \"" + text + "\"");
    }

    private static String from(CustomSourceList c) {
        return c.range() == null ? null : c.range().from();
    }

    private static String to(CustomSourceList c) {
        return c.range() == null ? "" : c.range().to();
    }
}
