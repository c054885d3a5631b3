package org.agentproxy.ui.internal.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** "Label  detail" with the detail in the decorations colour, and an icon per row kind. */
final class OutlineLabelProvider extends LabelProvider implements IStyledLabelProvider {

    @Override
    public StyledString getStyledText(Object element) {
        OutlineNode node = (OutlineNode) element;
        StyledString text = new StyledString(node.label());
        if (!node.detail().isEmpty()) {
            text.append("  " + node.detail(), StyledString.DECORATIONS_STYLER);
        }
        return text;
    }

    @Override
    public String getText(Object element) {
        return ((OutlineNode) element).label();
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (((OutlineNode) element).kind()) {
            case SCOPE, GROUP -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
            case SETTING -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            case ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        };
    }
}
