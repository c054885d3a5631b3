package org.agentproxy.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user for a policy file. The studio registers one on the native file dialog; the service with the
 * highest {@code service.ranking} wins, so tests can answer without a native dialog (an edge the product does not
 * own).
 */
public interface PolicyFileChooser {

    /** A file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen(Shell parent);

    /** A file to save to, or empty when the user cancels. */
    Optional<Path> chooseFileToSave(Shell parent, Path suggestion);
}
