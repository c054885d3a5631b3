package org.agentproxy.ui.internal.explorer;

import java.util.Optional;

import org.agentproxy.smartprotection.FeatureRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * "Label  detail" with the detail in the decorations colour, and an icon per row kind; a feature row shows the icon
 * its contribution declares.
 */
final class OutlineLabelProvider extends LabelProvider implements IStyledLabelProvider {

    private final FeatureRegistry features;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    OutlineLabelProvider(FeatureRegistry features) {
        this.features = features;
    }

    /** The explorer's cell labels: styled rows, and as tooltip (for rows cut off) the label and the whole value. */
    static DelegatingStyledCellLabelProvider cells(FeatureRegistry features) {
        return new DelegatingStyledCellLabelProvider(new OutlineLabelProvider(features)) {
            @Override
            public String getToolTipText(Object element) {
                OutlineNode node = (OutlineNode) element;
                return node.detail().isEmpty() ? node.label() : node.label() + "\n" + node.detail(); //$NON-NLS-1$
            }
        };
    }

    @Override
    public StyledString getStyledText(Object element) {
        OutlineNode node = (OutlineNode) element;
        StyledString text = new StyledString(node.label());
        if (!node.detail().isEmpty()) {
            text.append("  " + node.detail(), StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
        }
        return text;
    }

    @Override
    public String getText(Object element) {
        return ((OutlineNode) element).label();
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        OutlineNode node = (OutlineNode) element;
        return switch (node.kind()) {
            case SCOPE, GROUP -> shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
            case SETTING -> shared.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            case FEATURE -> featureIcon(node.path().substring(PolicyOutline.FEATURE_PATH.length()))
                    .orElse(shared.getImage(ISharedImages.IMG_OBJ_ELEMENT));
            case ERROR -> shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case WARNING -> shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        };
    }

    private Optional<Image> featureIcon(String id) {
        return features.feature(id).filter(f -> f.icon() != null)
                .flatMap(f -> ResourceLocator.imageDescriptorFromBundle(f.contributor(), f.icon()))
                .map(d -> (Image) images.create((ImageDescriptor) d));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
