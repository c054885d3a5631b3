package org.agentproxy.ui.editor;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.agentproxy.ui.ActivePolicy;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * An ordered list of a policy field as an editable table with Add, Remove, Up and Down. Every change is one
 * undoable edit of the policy; cells are edited in place (a click on the selected row, or Enter). Text a column
 * refuses is not applied, and the page's status line names the list and the row, and the column's reason names the column.
 */
public final class ListEditor<T> {

    private final ActivePolicy document;
    private final PolicyField<List<T>> field;
    private final TableViewer viewer;
    private final Consumer<ActivePolicy> listener;
    private final FieldBinder binder;

    public ListEditor(Composite parent, ScopePageSite site, PolicyField<List<T>> field, List<ListColumn<T>> columns,
            Supplier<T> newElement) {
        this.document = site.document();
        this.field = field;
        this.binder = site.binder();
        Composite box = site.toolkit().createComposite(parent);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        box.setLayout(new GridLayout(2, false));
        Table table = site.toolkit().createTable(box, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableData.heightHint = 90;
        table.setLayoutData(tableData);
        site.binder().register(field.path(), table);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        columns.forEach(this::addColumn);
        buttons(site, box, newElement);
        listener = d -> {
            if (!table.isDisposed() && d.policy() != null) {
                viewer.setInput(indexed(field.getter().apply(d.policy())));
                binder.clearCellRefusal();
            }
        };
        document.addListener(listener);
        table.addDisposeListener(e -> document.removeListener(listener));
    }

    public TableViewer viewer() {
        return viewer;
    }

    private void addColumn(ListColumn<T> column) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(column.title());
        ColumnWidths.set(c.getColumn(), column.width());
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> column.text().apply(element(e))));
        c.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected TextCellEditor getCellEditor(Object element) {
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                String text = column.text().apply(element(element));
                return text == null ? "" : text; //$NON-NLS-1$
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = ((Indexed<?>) element).index();
                String text = String.valueOf(value);
                T edited;
                try {
                    edited = column.edit().apply(element(element), text);
                } catch (IllegalArgumentException refused) {
                    binder.refuseCell(NLS.bind(Messages.ListEditor_0Row12, new Object[] { field.label(), (index + 1), refused.getMessage() }));
                    return;
                }
                if (!edited.equals(element(element))) {
                    edit(NLS.bind(Messages.ListEditor_edit0, column.title()), list -> list.set(index, edited));
                }
            }
        });
    }

    private void buttons(ScopePageSite site, Composite box, Supplier<T> newElement) {
        Composite buttons = site.toolkit().createComposite(box);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        buttons.setLayout(new GridLayout(1, true));
        button(site, buttons, Messages.ListEditor_add, "add", () -> edit(NLS.bind(Messages.ListEditor_addTo0, field.label()), l -> l.add(newElement.get()))); //$NON-NLS-1$
        button(site, buttons, Messages.ListEditor_remove, "remove", () -> selected(i -> edit(NLS.bind(Messages.ListEditor_removeFrom0, field.label()), //$NON-NLS-1$
                l -> l.remove((int) i))));
        button(site, buttons, Messages.ListEditor_up, "up", () -> selected(i -> { //$NON-NLS-1$
            if (i > 0) {
                edit(NLS.bind(Messages.ListEditor_moveUpIn0, field.label()), l -> l.add(i - 1, l.remove((int) i)));
                select(i - 1);
            }
        }));
        button(site, buttons, Messages.ListEditor_down, "down", () -> selected(i -> { //$NON-NLS-1$
            if (i < viewer.getTable().getItemCount() - 1) {
                edit(NLS.bind(Messages.ListEditor_moveDownIn0, field.label()), l -> l.add(i + 1, l.remove((int) i)));
                select(i + 1);
            }
        }));
    }

    private void button(ScopePageSite site, Composite parent, String text, String id, Runnable action) {
        Button b = site.toolkit().createButton(parent, "", SWT.PUSH); //$NON-NLS-1$
        b.setText(site.binder().mnemonic(text, b));
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.setData(FieldBinder.ID_KEY, field.path() + "#" + id); //$NON-NLS-1$
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void selected(Consumer<Integer> action) {
        int index = viewer.getTable().getSelectionIndex();
        if (index >= 0) {
            action.accept(index);
        }
    }

    private void select(int index) {
        viewer.getTable().setSelection(index);
    }

    private void edit(String label, Consumer<List<T>> change) {
        document.change(label, p -> {
            List<T> copy = new ArrayList<>(field.getter().apply(p));
            change.accept(copy);
            return field.setter().apply(p, copy);
        });
    }

    @SuppressWarnings("unchecked")
    private T element(Object row) {
        return (T) ((Indexed<?>) row).value();
    }

    private static <T> List<Indexed<T>> indexed(List<T> list) {
        List<Indexed<T>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(new Indexed<>(i, list.get(i)));
        }
        return rows;
    }

    /** A row: elements of a list may be equal, so rows are identified by position. */
    private record Indexed<T>(int index, T value) {
    }
}
