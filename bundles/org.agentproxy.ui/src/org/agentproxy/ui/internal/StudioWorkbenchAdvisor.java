package org.agentproxy.ui.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.editor.PolicyEditors;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens the policy a user had open last (on first start: the sample) and the policy editor on it, right after the
 * window opens. The file is read and validated off the UI thread while the workbench creates the window (reading a
 * policy loads the JSON codec: about 650 classes), so the window does not wait for it.
 */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private CompletableFuture<ActivePolicy.Loaded> initialPolicy;

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
        CompletableFuture<ActivePolicy.Loaded> read = new CompletableFuture<>();
        Job.createSystem(Messages.StudioWorkbenchAdvisor_readingThePolicyToOpen, monitor -> {
            try {
                read.complete(readInitialPolicy(workspace));
            } catch (IOException | RuntimeException | Error e) { // never leave postStartup waiting
                read.completeExceptionally(e);
            }
        }).schedule();
        initialPolicy = read;
    }

    @Override
    public void postStartup() {
        ActivePolicy.Loaded loaded;
        try {
            loaded = initialPolicy.join();
        } catch (CompletionException e) {
            ILog.of(getClass()).error("Cannot open a policy from the workspace " //$NON-NLS-1$
                    + StudioPlugin.getDefault().workspace().root(), e.getCause());
            return;
        }
        StudioPlugin.getDefault().activePolicy().open(loaded);
        try {
            var editor = PolicyEditors.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow()
                    .getActivePage());
            revealOption().ifPresent(path -> {
                if (!editor.reveal(path)) {
                    ILog.of(getClass()).warn("-reveal " + path + ": no page of the policy editor edits that path"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            });
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot open the policy editor", e); //$NON-NLS-1$
        }
        StartCommands.runLater(getWorkbenchConfigurer().getWorkbench());
    }

    /**
     * The field path of the start option {@code -reveal PATH} (e.g.
     * {@code globalSmartProtection.features.sandbox-analysis.properties.maxSampleSizeMb}): the editor shows its page
     * and field, as a double-click in Policy Problems does; used to see a page without a screen
     * ({@code ./studio.sh --screenshot FILE.png PATH}, docs/extending.md).
     */
    private static java.util.Optional<String> revealOption() {
        String[] args = org.eclipse.core.runtime.Platform.getApplicationArgs();
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-reveal".equals(args[i])) { //$NON-NLS-1$
                return java.util.Optional.of(args[i + 1]);
            }
        }
        return java.util.Optional.empty();
    }

    /** The policy opened last, or the sample when there is none or it is no valid policy any more. */
    private static ActivePolicy.Loaded readInitialPolicy(PolicyWorkspace workspace) throws IOException {
        Path initial = workspace.initialPolicy();
        try {
            return ActivePolicy.load(initial);
        } catch (PolicyFormatException e) {
            ILog.of(StudioWorkbenchAdvisor.class).warn("Cannot open " + initial + " (" + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
                    + "); opening the sample"); //$NON-NLS-1$
            return ActivePolicy.load(workspace.ensureSample());
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
                ILog.of(StudioWorkbenchAdvisor.class).warn("Unusable workspace location " + location.getURL()); //$NON-NLS-1$
            }
        }
        return new PolicyWorkspace(Path.of(System.getProperty("user.home"), ".agentproxy-studio", "workspace")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
