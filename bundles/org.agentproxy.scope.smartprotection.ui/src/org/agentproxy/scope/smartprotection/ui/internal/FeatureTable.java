package org.agentproxy.scope.smartprotection.ui.internal;

import org.agentproxy.ui.ColumnWidths;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.editor.ScopePageSite;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The installed features (from the feature registry) and the policy's, each checked when its queries go through
 * the global proxy — as the simulator routes them (rule R5): a feature the policy has no settings for uses the proxy,
 * so its box is checked and grayed and its Routing column says {@link FeatureRow#DEFAULT}; checking or clearing a
 * box stores the feature's settings under its id with that choice. A policy's feature whose plug-in is absent is
 * kept and marked. The Feature column is as wide as its longest name and id. The selected feature's declared
 * settings are edited below the table ({@link FeatureSettingsFields}).
 */
final class FeatureTable {

    static final String ID = "globalSmartProtection.features"; //$NON-NLS-1$

    /** The Feature column's least width; it grows to its longest label so that no id is cut off. */
    private static final int FEATURE_WIDTH = 300;

    /** Rows are the same feature when their ids are: a row's settings change with every edit. */
    private static final IElementComparer BY_ID = new IElementComparer() {
        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof FeatureRow r && b instanceof FeatureRow s ? r.id().equals(s.id()) : a == b;
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof FeatureRow r ? r.id().hashCode() : System.identityHashCode(element);
        }
    };

    private FeatureTable() {
    }

    static void create(Composite body, ScopePageSite site) {
        Composite client = site.section(body, Messages.FeatureTable_featuresRoutedThroughTheProxy,
                Messages.FeatureTable_theInstalledSmartProtectionFeatures);
        site.binder().listLabel(client, Messages.FeatureTable_featuresLabel);
        Table table = site.toolkit().createTable(client, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = 120;
        table.setLayoutData(data);
        table.setHeaderVisible(true);
        site.binder().register(ID, table);
        CheckboxTableViewer viewer = new CheckboxTableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparer(BY_ID); // keeps the selected feature (and its settings fields) across edits
        LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), table);
        column(viewer, Messages.FeatureTable_feature, FEATURE_WIDTH, FeatureRow::label, row -> icon(images, row));
        column(viewer, Messages.FeatureTable_description, 360, FeatureRow::description, row -> null);
        column(viewer, Messages.FeatureTable_routing, 190, FeatureRow::routing, row -> null);
        table.setColumnOrder(new int[] { 0, 2, 1 }); // shown after the feature: the description may be cut off
        ActivePolicy document = site.document();
        viewer.addCheckStateListener(e -> route(document, (FeatureRow) e.getElement(), e.getChecked()));
        FeatureRegistry registry = FeatureRegistry.platform();
        Consumer<ActivePolicy> update = d -> {
            if (table.isDisposed() || d.policy() == null) {
                return;
            }
            List<FeatureRow> rows = FeatureRow.of(d.policy().globalSmartProtection().features(),
                    registry.features());
            viewer.setInput(rows.toArray());
            rows.forEach(r -> {
                viewer.setChecked(r, r.routedThroughProxy());
                viewer.setGrayed(r, r.isDefault());
            });
            fitFeatureColumn(table);
        };
        document.addListener(update);
        Display display = table.getDisplay();
        Runnable bundlesChanged = () -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> update.accept(document));
            }
        };
        registry.addChangeListener(bundlesChanged);
        table.addDisposeListener(e -> {
            document.removeListener(update);
            registry.removeChangeListener(bundlesChanged);
        });
        FeatureSettingsFields.create(client, site, viewer);
        site.binder().onReveal(table, new Revealer(site, viewer)::reveal);
    }

    /**
     * Revealing a path of a feature ({@code globalSmartProtection.features.ID} or below, e.g. from the Policy Problems
     * view or the studio's {@code -reveal} option) selects its row, so that its settings show below the table, and
     * then focuses the setting's field, which scrolls the page to it.
     */
    private record Revealer(ScopePageSite site, CheckboxTableViewer viewer) {

        void reveal(String path) {
            String rest = path.startsWith(ID + ".") ? path.substring(ID.length() + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
            for (Object element : (Object[]) viewer.getInput()) {
                FeatureRow row = (FeatureRow) element;
                if (rest.equals(row.id()) || rest.startsWith(row.id() + ".")) { //$NON-NLS-1$
                    viewer.setSelection(new StructuredSelection(row), true);
                    if (!rest.equals(row.id()) && site.binder().owns(path)) {
                        revealField(path);
                    }
                    return;
                }
            }
        }

        /** Focuses the selected feature's field of {@code path}, if it has one (not the table again). */
        private void revealField(String path) {
            viewer.getTable().getDisplay().asyncExec(() -> {
                for (org.eclipse.swt.widgets.Control c : allControls(viewer.getTable().getParent())) {
                    if (path.equals(c.getData(org.agentproxy.ui.editor.FieldBinder.ID_KEY)) && !c.isDisposed()) {
                        c.setFocus();
                        // all of the feature's settings, not only the field (the page scrolls to the focused field)
                        FormToolkit.ensureVisible(c.getParent());
                        return;
                    }
                }
            });
        }

        private static List<org.eclipse.swt.widgets.Control> allControls(Composite parent) {
            List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
            for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
                all.add(c);
                if (c instanceof Composite composite) {
                    all.addAll(allControls(composite));
                }
            }
            return all;
        }
    }

    private static void route(ActivePolicy document, FeatureRow row, boolean viaProxy) {
        String name = row.label().substring(0, row.label().indexOf("   (")); //$NON-NLS-1$
        document.change((viaProxy ? Messages.FeatureTable_route : Messages.FeatureTable_stopRouting) + name, p -> {
            FeatureSettings old = p.globalSmartProtection().features().get(row.id());
            FeatureSettings settings = old == null ? new FeatureSettings(viaProxy, Map.of())
                    : new FeatureSettings(viaProxy, old.properties());
            return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature(row.id(), settings));
        });
    }

    /** Widens the Feature column to its longest label (with check box and icon), never below {@link #FEATURE_WIDTH}. */
    private static void fitFeatureColumn(Table table) {
        TableColumn column = table.getColumn(0);
        column.pack();
        if (column.getWidth() < FEATURE_WIDTH) {
            column.setWidth(FEATURE_WIDTH);
        }
    }

    /** The icon the feature's contribution declares, from its bundle; none when it declares none or is absent. */
    private static Image icon(LocalResourceManager images, FeatureRow row) {
        if (row.feature() == null || row.feature().icon() == null) {
            return null;
        }
        return ResourceLocator.imageDescriptorFromBundle(row.feature().contributor(), row.feature().icon())
                .map(d -> (Image) images.create((ImageDescriptor) d)).orElse(null);
    }

    private static void column(CheckboxTableViewer viewer, String header, int width,
            Function<FeatureRow, String> text, Function<FeatureRow, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(header);
        ColumnWidths.set(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FeatureRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((FeatureRow) element);
            }
        });
    }
}
