package org.agentproxy.ui.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.editor.PolicyEditors;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the policy a user had open last (on first start: the sample) before the window shows. */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StudioWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        PolicyWorkspace workspace = StudioPlugin.getDefault().workspace();
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        try {
            Path initial = workspace.initialPolicy();
            try {
                active.open(initial);
            } catch (PolicyFormatException e) {
                ILog.of(getClass()).warn("Cannot open " + initial + " (" + e.getMessage() + "); opening the sample");
                active.open(workspace.ensureSample());
            }
        } catch (IOException e) {
            ILog.of(getClass()).error("Cannot open a policy from the workspace " + workspace.root(), e);
        }
    }

    @Override
    public void postStartup() {
        if (StudioPlugin.getDefault().activePolicy().policy() == null) {
            return;
        }
        try {
            PolicyEditors.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage());
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot open the policy editor", e);
        }
    }

    /** The workspace in the instance location ({@code -data}), or in the user's home when there is none. */
    static PolicyWorkspace workspaceOfInstanceLocation() {
        Location location = Platform.getInstanceLocation();
        if (location != null && location.getURL() != null) {
            try {
                File dir = URIUtil.toFile(URIUtil.toURI(location.getURL()));
                if (dir != null) {
                    return new PolicyWorkspace(dir.toPath());
                }
            } catch (URISyntaxException e) {
                ILog.of(StudioWorkbenchAdvisor.class).warn("Unusable workspace location " + location.getURL());
            }
        }
        return new PolicyWorkspace(Path.of(System.getProperty("user.home"), ".agentproxy-studio", "workspace"));
    }
}
