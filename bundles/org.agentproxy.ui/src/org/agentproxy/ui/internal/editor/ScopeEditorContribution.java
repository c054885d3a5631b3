package org.agentproxy.ui.internal.editor;

import java.util.Optional;

import org.agentproxy.ui.editor.ScopePage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/**
 * One valid contribution to {@code org.agentproxy.ui.scopeEditors}. The page class is created only when the
 * editor builds the page.
 *
 * @param id          unique id of the page
 * @param scope       the scope it edits
 * @param label       tab and form title
 * @param order       position among the pages (ascending)
 * @param contributor the contributing bundle, for messages
 * @param element     the configuration element, to create the page class
 */
record ScopeEditorContribution(String id, String scope, String label, int order, String contributor,
        IConfigurationElement element) {

    /** The tab icon, when the contribution names one that exists in its bundle. */
    Optional<ImageDescriptor> icon() {
        String path = element.getAttribute("icon"); //$NON-NLS-1$
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        return ResourceLocator.imageDescriptorFromBundle(contributor, path);
    }

    ScopePage createPage() throws CoreException {
        Object page = element.createExecutableExtension("class"); //$NON-NLS-1$
        if (!(page instanceof ScopePage scopePage)) {
            throw new CoreException(Status.error(element.getAttribute("class") //$NON-NLS-1$
                    + " does not implement " + ScopePage.class.getName())); //$NON-NLS-1$
        }
        return scopePage;
    }
}
