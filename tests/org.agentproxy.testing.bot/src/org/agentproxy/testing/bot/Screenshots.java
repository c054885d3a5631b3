package org.agentproxy.testing.bot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Copies the screen into an image on the UI thread and saves it as PNG on the calling thread. */
final class Screenshots {

    private Screenshots() {
    }

    static void capture(Display display, Duration timeout, Path png) {
        capture(display, timeout, png, display::getBounds);
    }

    /** Saves the part of the screen within {@code area} (display coordinates, read on the UI thread). */
    static void capture(Display display, Duration timeout, Path png, Supplier<Rectangle> area) {
        ImageData data = UiThread.call(display, timeout, () -> {
            display.update(); // paint what is pending, so the image shows the current state
            Rectangle bounds = area.get().intersection(display.getBounds());
            Image image = new Image(display, bounds.width, bounds.height);
            try {
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, bounds.x, bounds.y);
                } finally {
                    gc.dispose();
                }
                return image.getImageData();
            } finally {
                image.dispose();
            }
        });
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            try (OutputStream out = Files.newOutputStream(png)) {
                loader.save(out, SWT.IMAGE_PNG);
            }
        } catch (IOException e) {
            throw new BotException("Could not write the screenshot " + png + ": " + e, e);
        }
    }
}
