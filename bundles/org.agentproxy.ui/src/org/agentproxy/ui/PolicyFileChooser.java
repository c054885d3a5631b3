package org.agentproxy.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user for a file: a policy, a scenario, an inventory, an export. The studio registers one on the native
 * file dialog; the service with the highest {@code service.ranking} wins, so tests can answer without a native
 * dialog (an edge the product does not own). Callers get it from {@link Studio#fileChooser()}, which remembers the
 * last folder of each {@link FileKind} and passes it in the {@link FileRequest}.
 */
public interface PolicyFileChooser {

    /** The file the request asks for, or empty when the user cancels. */
    Optional<Path> choose(Shell parent, FileRequest request);

    /** A file of this kind to open, or empty when the user cancels. */
    default Optional<Path> chooseFileToOpen(Shell parent, FileKind kind) {
        return choose(parent, new FileRequest(kind, false, null, null));
    }

    /**
     * A file of this kind to write, or empty when the user cancels.
     *
     * @param suggestion a file name, or a path whose folder the dialog starts in; may be {@code null}
     */
    default Optional<Path> chooseFileToSave(Shell parent, FileKind kind, Path suggestion) {
        Path folder = suggestion == null ? null : suggestion.toAbsolutePath().getParent();
        boolean bare = suggestion == null || suggestion.getParent() == null;
        return choose(parent, new FileRequest(kind, true, bare ? null : folder,
                suggestion == null ? null : String.valueOf(suggestion.getFileName())));
    }

    /** A policy file to open. */
    default Optional<Path> chooseFileToOpen(Shell parent) {
        return chooseFileToOpen(parent, FileKind.POLICY);
    }

    /** A policy file to save to. */
    default Optional<Path> chooseFileToSave(Shell parent, Path suggestion) {
        return chooseFileToSave(parent, FileKind.POLICY, suggestion);
    }
}
