import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** The baseline of the start-up benchmark: a bare SWT shell on the same JDK, with the same SWT. */
public final class BareShell {

    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Bare SWT Shell");
        shell.setSize(1100, 760);
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }
}
