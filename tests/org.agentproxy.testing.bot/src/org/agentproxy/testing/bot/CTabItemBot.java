package org.agentproxy.testing.bot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;

/** A {@link CTabItem}, such as a workbench view or editor tab. */
public class CTabItemBot extends WidgetBot<CTabItem> {

    CTabItemBot(Bot bot, CTabItem item) {
        super(bot, item);
    }

    /** @return the raw text, mnemonics included */
    public String getText() {
        return read(CTabItem::getText);
    }

    /**
     * Selects the tab in its folder (showing its control) and notifies the folder of {@code SWT.Selection}, as a
     * click on the tab does.
     */
    public CTabItemBot activate() {
        act("activate " + this, item -> {
            item.getParent().setSelection(item);
            notify(item.getParent(), SWT.Selection, item);
        });
        return this;
    }

    /** Scrolls the tab into view in its folder, without selecting it. */
    public CTabItemBot show() {
        act("show " + this, item -> item.getParent().showItem(item));
        return this;
    }

    /** @return whether it is the selected tab of its folder */
    public boolean isActive() {
        return read(item -> item.getParent().getSelection() == item);
    }
}
