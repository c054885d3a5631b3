package org.agentproxy.ui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One question to the file chooser.
 *
 * @param kind     what is chosen (title, filters)
 * @param save     whether a file is written (else opened)
 * @param folder   the folder the dialog starts in, or {@code null} for the dialog's default (callers suggest one;
 *                 {@link Studio#fileChooser()} replaces it with the last folder of the kind)
 * @param fileName the file name suggested when saving, or {@code null}
 */
public record FileRequest(FileKind kind, boolean save, Path folder, String fileName) {

    public FileRequest {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
    }

    /** The dialog's title. */
    public String title() {
        return save ? kind.saveTitle() : kind.openTitle();
    }
}
