package org.agentproxy.scope.smartprotection.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.GlobalProxyHttps;
import org.agentproxy.policy.validation.GlobalProxyHttps.QueriedSource;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A live line under the proxy: do the integrated SPS that features query through this proxy use HTTPS, as it needs?
 * The same sources the validator warns about and the path engine fails with {@code https-required}.
 */
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

    /** Where the requirement applies, as the validator and the path engine see it ({@link GlobalProxyHttps}). */
    static String describe(Policy policy) {
        List<String> users = GlobalProxyHttps.featuresUsingTheProxy(policy);
        if (users.isEmpty()) {
            return Messages.HttpsCheck_noFeature;
        }
        List<QueriedSource> queried = GlobalProxyHttps.queriedSources(policy);
        if (queried.isEmpty()) {
            return Messages.HttpsCheck_noSource;
        }
        long http = queried.stream().filter(QueriedSource::http).count();
        if (http == 0) {
            return NLS.bind(Messages.HttpsCheck_all0, queried.size());
        }
        return NLS.bind(Messages.HttpsCheck_0Of1Http, new Object[] { http, queried.size(), String.join(", ", users) }); //$NON-NLS-1$
    }
}
