package org.agentproxy.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.agentproxy.ui.FileRequest;
import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;

/** The native file dialog, titled and filtered for what the request chooses, starting in the request's folder. */
@Component(service = PolicyFileChooser.class, property = "service.ranking:Integer=0")
public final class SwtFileChooser implements PolicyFileChooser {

    @Override
    public Optional<Path> choose(Shell parent, FileRequest request) {
        FileDialog dialog = new FileDialog(parent, request.save() ? SWT.SAVE : SWT.OPEN);
        dialog.setText(request.title());
        dialog.setFilterExtensions(request.kind().extensions().toArray(String[]::new));
        dialog.setFilterNames(request.kind().filterNames().toArray(String[]::new));
        if (request.folder() != null) {
            dialog.setFilterPath(request.folder().toString());
        }
        if (request.fileName() != null) {
            dialog.setFileName(request.fileName());
        }
        dialog.setOverwrite(request.save());
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}
