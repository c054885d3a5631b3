package org.agentproxy.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;

/** The native file dialog, filtered to policy files. */
@Component(service = PolicyFileChooser.class, property = "service.ranking:Integer=0")
public final class SwtFileChooser implements PolicyFileChooser {

    private static final String[] EXTENSIONS = { "*.json", "*" };
    private static final String[] NAMES = { "Policy files (*.json)", "All files" };

    @Override
    public Optional<Path> chooseFileToOpen(Shell parent) {
        FileDialog dialog = new FileDialog(parent, SWT.OPEN);
        dialog.setText("Open Policy");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(NAMES);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public Optional<Path> chooseFileToSave(Shell parent, Path suggestion) {
        FileDialog dialog = new FileDialog(parent, SWT.SAVE);
        dialog.setText("Save Policy As");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(NAMES);
        dialog.setOverwrite(true);
        if (suggestion != null) {
            dialog.setFilterPath(String.valueOf(suggestion.getParent()));
            dialog.setFileName(String.valueOf(suggestion.getFileName()));
        }
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}
