package org.agentproxy.ui.internal.explorer;

import java.util.List;

/**
 * One row of the Policy Explorer: a label, a detail (the value), what it stands for, and its field path in the
 * policy (for later navigation). Plain data, built by {@link PolicyOutline}.
 *
 * @param label    what the row is ("Proxy to the OfficeScan server")
 * @param detail   its value ("proxy.corp.example:8080, user osce-agent"), or empty
 * @param kind     decides the icon
 * @param path     the field path in the policy, or empty
 * @param children rows below it
 */
public record OutlineNode(String label, String detail, Kind kind, String path, List<OutlineNode> children) {

    /** What a row stands for. */
    public enum Kind {
        SCOPE, GROUP, SETTING, ERROR, WARNING,
        /** A Smart Protection feature's settings; its path ends with the feature id, its icon is the feature's. */
        FEATURE
    }

    public OutlineNode {
        children = List.copyOf(children);
    }

    /**
     * What identifies the row across edits, so that the explorer keeps it expanded and selected while its value
     * changes: its field path, or its label where it has none; a problem row adds its message (a field can have
     * several problems).
     */
    public String key() {
        if (kind == Kind.ERROR || kind == Kind.WARNING) {
            return "problem:" + path + ":" + detail; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return path.isEmpty() ? "label:" + label : path; //$NON-NLS-1$
    }

    /** The text the row shows, "label  detail" (the detail only when there is one). */
    public String text() {
        return detail.isEmpty() ? label : label + "  " + detail; //$NON-NLS-1$
    }

    static OutlineNode group(String label, String detail, Kind kind, String path, List<OutlineNode> children) {
        return new OutlineNode(label, detail, kind, path, children);
    }

    static OutlineNode setting(String label, String detail, String path) {
        return new OutlineNode(label, detail, Kind.SETTING, path, List.of());
    }
}
