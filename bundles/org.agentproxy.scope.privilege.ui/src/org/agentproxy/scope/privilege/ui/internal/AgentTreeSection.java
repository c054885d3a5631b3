package org.agentproxy.scope.privilege.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.agentproxy.policy.Grant;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The agent tree as an indented list (root, domains, agents in tree order) with each node's own and effective
 * setting, and buttons to inherit, grant or deny. (An SWT Tree here, expanded inside a form page, crashes GTK 3
 * under Xvfb; the indented table shows the same hierarchy.)
 */
final class AgentTreeSection {

    static final String TREE_ID = "userProxyPrivilege.root";

    private AgentTreeSection() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, "Agent tree",
                "Select a node, then let it inherit its parent's setting, grant or deny the privilege.");
        Table table = site.toolkit().createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 200;
        table.setLayoutData(data);
        site.binder().register(TREE_ID, table);
        TableViewer viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(viewer, "Node", 280, r -> "    ".repeat(r.indexes().size()) + r.name());
        column(viewer, "Own setting", 120, AgentTreeRow::own);
        column(viewer, "Effective", 220, AgentTreeRow::effective);
        buttons(site, client, viewer);
        ActivePolicy document = site.document();
        Consumer<ActivePolicy> update = d -> {
            if (!table.isDisposed() && d.policy() != null) {
                int selected = table.getSelectionIndex();
                viewer.setInput(flatten(AgentTreeRow.rootOf(d.policy().userProxyPrivilege()), new ArrayList<>()));
                if (selected >= 0 && selected < table.getItemCount()) {
                    table.setSelection(selected);
                }
            }
        };
        document.addListener(update);
        table.addDisposeListener(e -> document.removeListener(update));
    }

    private static List<AgentTreeRow> flatten(AgentTreeRow row, List<AgentTreeRow> rows) {
        rows.add(row);
        row.children().forEach(c -> flatten(c, rows));
        return rows;
    }

    private static void column(TableViewer viewer, String title, int width, Function<AgentTreeRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((AgentTreeRow) e)));
    }

    private static void buttons(ScopePageSite site, Composite client, TableViewer viewer) {
        Composite box = site.toolkit().createComposite(client);
        box.setLayout(new GridLayout(1, true));
        box.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        for (Grant grant : Grant.values()) {
            String text = switch (grant) {
                case INHERIT -> "Inherit";
                case GRANTED -> "Grant";
                case DENIED -> "Deny";
            };
            Button b = site.toolkit().createButton(box, "", SWT.PUSH);
            b.setText(site.binder().mnemonic(text, b));
            b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            b.setData(FieldBinder.ID_KEY, TREE_ID + "#" + text.toLowerCase(Locale.ROOT));
            b.addListener(SWT.Selection, e -> {
                if (viewer.getStructuredSelection().getFirstElement() instanceof AgentTreeRow row) {
                    site.document().change(text + " " + row.name(), p -> p.withUserProxyPrivilege(
                            p.userProxyPrivilege().withRoot(row.withGrant(p.userProxyPrivilege().root(), grant))));
                }
            });
        }
    }
}
