package org.agentproxy.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.ui.FileRequest;
import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * What {@code Studio.fileChooser()} hands out: asks the highest-ranked chooser, starting in the last folder of the
 * request's kind (the first time, in the folder the caller suggests, e.g. the open policy's), and remembers the folder
 * of the file chosen — per kind, in the instance preferences, so an inventory's folder never moves the policy dialog.
 */
final class RememberingFileChooser implements PolicyFileChooser {

    static final String NODE = "fileChooser"; //$NON-NLS-1$
    private final Supplier<PolicyFileChooser> delegate;

    RememberingFileChooser(Supplier<PolicyFileChooser> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Path> choose(Shell parent, FileRequest request) {
        Path last = lastFolder(request.kind().key());
        FileRequest asked = last == null ? request
                : new FileRequest(request.kind(), request.save(), last, request.fileName());
        Optional<Path> chosen = delegate.get().choose(parent, asked);
        chosen.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(f -> remember(request.kind().key(), f));
        return chosen;
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode(StudioPlugin.ID).node(NODE);
    }

    private static Path lastFolder(String key) {
        String folder = node().get(key, null);
        if (folder == null) {
            return null;
        }
        Path path = Path.of(folder);
        return Files.isDirectory(path) ? path : null;
    }

    private static void remember(String key, Path folder) {
        Preferences node = node();
        node.put(key, folder.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(RememberingFileChooser.class).warn("The last folder of the file chooser cannot be remembered", e); //$NON-NLS-1$
        }
    }
}
