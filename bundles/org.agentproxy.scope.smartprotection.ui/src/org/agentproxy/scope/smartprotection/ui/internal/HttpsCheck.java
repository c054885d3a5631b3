package org.agentproxy.scope.smartprotection.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A live line under the proxy: do all file-reputation SPS sources use HTTPS, as this proxy needs? */
final class HttpsCheck {

    static final String ID = "globalSmartProtection.httpsCheck"; //$NON-NLS-1$

    private HttpsCheck() {
    }

    static void create(Composite parent, ScopePageSite site) {
        site.toolkit().createLabel(parent, Messages.HttpsCheck_hTTPSCheck);
        Label label = site.toolkit().createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setData(FieldBinder.ID_KEY, ID);
        Consumer<ActivePolicy> update = d -> {
            if (!label.isDisposed() && d.policy() != null) {
                label.setText(describe(d.policy()));
                label.getParent().layout();
            }
        };
        site.document().addListener(update);
        label.addDisposeListener(e -> site.document().removeListener(update));
    }

    static String describe(Policy policy) {
        long http = sources(policy).filter(s -> s.protocol() != SpsProtocol.HTTPS).count();
        long all = sources(policy).count();
        if (http == 0) {
            return NLS.bind(Messages.HttpsCheck_all0FileReputationSources, all);
        }
        return NLS.bind(Messages.HttpsCheck_0Of1FileReputation, new Object[] { http, all, (policy.globalSmartProtection().proxy().enabled() ? "" : Messages.HttpsCheck_checkedOnceTheProxyIs) }); //$NON-NLS-1$
    }

    private static Stream<SpsSource> sources(Policy policy) {
        var lists = policy.smartProtectionSources();
        return Stream.concat(lists.standardList().stream(),
                lists.customLists().stream().flatMap(c -> c.sources().stream()));
    }
}
