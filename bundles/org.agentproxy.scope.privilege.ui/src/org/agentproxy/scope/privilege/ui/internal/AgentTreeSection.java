package org.agentproxy.scope.privilege.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.agentproxy.ui.ColumnWidths;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.agentproxy.policy.Grant;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.ExpansionKeepingFilteredTree;
import org.agentproxy.ui.editor.FieldBinder;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The agent tree (root, domains, agents) as a tree with a filter box: each node's own and effective setting, and
 * buttons to inherit, grant or deny. Edits refresh the rows in place, so expanded and collapsed nodes, the filter
 * and the selection stay as they were.
 */
final class AgentTreeSection {

    static final String TREE_ID = "userProxyPrivilege.root"; //$NON-NLS-1$
    /** Bot id of the filter box above the tree. */
    static final String FILTER_ID = TREE_ID + ".filter"; //$NON-NLS-1$

    private AgentTreeSection() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, Messages.AgentTreeSection_agentTree,
                Messages.AgentTreeSection_selectANodeThenLet);
        site.binder().listLabel(client, Messages.AgentTreeSection_domainsAndAgents);
        ExpansionKeepingFilteredTree filtered = new ExpansionKeepingFilteredTree(client,
                SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER, new AgentTreeFilter());
        filtered.setInitialText(Messages.AgentTreeSection_filterDomainsAndAgentsBy);
        filtered.getFilterControl().setData(FieldBinder.ID_KEY, FILTER_ID);
        filtered.getFilterControl().setToolTipText(Messages.AgentTreeSection_filterTooltip);
        Label filterLabel = filtered.labelFilterBox(""); //$NON-NLS-1$
        filterLabel.setText(site.binder().mnemonic(Messages.AgentTreeSection_filter, filterLabel));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.horizontalSpan = 2;     // the buttons go below the tree, after it in reading and Tab order
        data.heightHint = 260;
        filtered.setLayoutData(data);
        site.toolkit().adapt(filtered);
        TreeViewer viewer = filtered.getViewer();
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        site.binder().register(TREE_ID, viewer.getTree());
        viewer.setComparer(new AgentTreeRow.ByPlace());
        viewer.setContentProvider(new AgentTreeRow.Content());
        viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
        column(viewer, Messages.AgentTreeSection_node, 280, AgentTreeRow::name);
        column(viewer, Messages.AgentTreeSection_ownSetting, 120, AgentTreeRow::own);
        column(viewer, Messages.AgentTreeSection_effective, 220, AgentTreeRow::effective);
        buttons(site, client, viewer);
        List<AgentTreeRow> roots = new ArrayList<>();
        ActivePolicy document = site.document();
        Consumer<ActivePolicy> update = d -> {
            if (viewer.getTree().isDisposed() || d.policy() == null) {
                return;
            }
            boolean first = roots.isEmpty();
            roots.clear();
            roots.add(AgentTreeRow.rootOf(d.policy().userProxyPrivilege()));
            if (first) {
                viewer.setInput(roots);
            } else {
                viewer.refresh();    // in place (rows compared by their place in the tree)
            }
        };
        update.accept(document);
        site.binder().onReveal(viewer.getTree(), path -> AgentTreeRow.at(roots, path)
                .ifPresent(row -> viewer.setSelection(new StructuredSelection(row), true)));
        document.addListener(update);
        viewer.getTree().addDisposeListener(e -> document.removeListener(update));
    }

    private static void column(TreeViewer viewer, String title, int width, Function<AgentTreeRow, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        ColumnWidths.set(c.getColumn(), width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((AgentTreeRow) e)));
    }

    private static void buttons(ScopePageSite site, Composite client, TreeViewer viewer) {
        Composite box = site.toolkit().createComposite(client);
        box.setLayout(new GridLayout(Grant.values().length, true));
        box.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 2, 1));
        for (Grant grant : Grant.values()) {
            String text = switch (grant) {
                case INHERIT -> Messages.AgentTreeSection_inherit;
                case GRANTED -> Messages.AgentTreeSection_grant;
                case DENIED -> Messages.AgentTreeSection_deny;
            };
            // the button's id is the same in every language
            String id = switch (grant) {
                case INHERIT -> "inherit"; //$NON-NLS-1$
                case GRANTED -> "grant"; //$NON-NLS-1$
                case DENIED -> "deny"; //$NON-NLS-1$
            };
            Button b = site.toolkit().createButton(box, "", SWT.PUSH); //$NON-NLS-1$
            b.setText(site.binder().mnemonic(text, b));
            b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            b.setData(FieldBinder.ID_KEY, TREE_ID + "#" + id); //$NON-NLS-1$
            b.addListener(SWT.Selection, e -> {
                if (viewer.getStructuredSelection().getFirstElement() instanceof AgentTreeRow row) {
                    site.document().change(NLS.bind(Messages.AgentTreeSection_setNode, text, row.name()), p -> p.withUserProxyPrivilege(
                            p.userProxyPrivilege().withRoot(row.withGrant(p.userProxyPrivilege().root(), grant))));
                }
            });
        }
    }
}
