package org.agentproxy.testing.bot;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;

/** A {@link Link}: text with {@code <a href="...">anchors</a>}. */
public class LinkBot extends WidgetBot<Link> {

    LinkBot(Bot bot, Link link) {
        super(bot, link);
    }

    /** @return the raw text, {@code <a>} tags included */
    public String getText() {
        return read(Link::getText);
    }

    /** Clicks the first anchor: notifies {@code SWT.Selection} with {@code event.text} = its href (or its text). */
    public LinkBot click() {
        return clickAnchor(null);
    }

    /**
     * Clicks the anchor with that text: notifies {@code SWT.Selection} with {@code event.text} = its href (or its
     * text if it has no href).
     *
     * @param anchorText the text between {@code <a>} and {@code </a>}
     */
    public LinkBot click(String anchorText) {
        return clickAnchor(anchorText);
    }

    private LinkBot clickAnchor(String anchorText) {
        waitUntilEnabled();
        List<String[]> anchors = read(l -> Texts.anchors(l.getText()));
        Optional<String[]> anchor = anchors.stream().filter(a -> anchorText == null || anchorText.equals(a[1]))
                .findFirst();
        if (anchor.isEmpty()) {
            throw new BotException(this + " has no anchor" + (anchorText == null ? "" : " '" + anchorText + "'")
                    + "; anchors: " + anchors.stream().map(a -> a[1]).collect(Collectors.toList()));
        }
        String href = anchor.get()[0];
        act("click " + href + " in " + this, l -> {
            Event event = new Event();
            event.text = href;
            l.notifyListeners(SWT.Selection, event);
        });
        return this;
    }
}
