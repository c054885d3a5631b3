package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotTest extends FixtureTest {

    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    @TempDir
    Path dir;

    @Test
    void captureScreenshotWritesAPng() throws IOException {
        Path png = bot.captureScreenshot(dir.resolve("sub/shot.png"));
        assertPng(png);
    }

    @Test
    void theWatcherWritesClassDotMethodPngOnFailure() throws Exception {
        new ScreenshotOnFailure(TestDisplay::get, dir).testFailed(context("aFailingTest"), new AssertionError("boom"));
        assertPng(dir.resolve("FailingSample.aFailingTest.png"));
    }

    @Test
    void theDefaultWatcherFindsTheDisplayAndUsesTheDirectoryProperty() throws Exception {
        String old = System.getProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY);
        System.setProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY, dir.toString());
        try {
            ScreenshotOnFailure watcher = new ScreenshotOnFailure();
            assertEquals(dir, watcher.directory());
            watcher.testFailed(context("anotherFailingTest"), new AssertionError("boom"));
        } finally {
            if (old == null) {
                System.clearProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY, old);
            }
        }
        assertPng(dir.resolve("FailingSample.anotherFailingTest.png"));
    }

    @Test
    void withoutADisplayTheWatcherWritesNothingAndDoesNotThrow() throws Exception {
        new ScreenshotOnFailure(() -> null, dir).testFailed(context("aFailingTest"), new AssertionError("boom"));
        assertFalse(Files.exists(dir.resolve("FailingSample.aFailingTest.png")));
    }

    private static void assertPng(Path png) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " missing");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > PNG_MAGIC.length, "empty PNG");
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, PNG_MAGIC.length));
    }

    /** A stand-in ExtensionContext answering what the watcher asks; default methods run as declared. */
    private static ExtensionContext context(String methodName) throws NoSuchMethodException {
        Method method = FailingSample.class.getDeclaredMethod(methodName);
        InvocationHandler handler = (proxy, m, args) -> switch (m.getName()) {
            case "getTestClass" -> Optional.of(FailingSample.class);
            case "getTestMethod" -> Optional.of(method);
            case "getDisplayName" -> methodName + "()";
            case "getStore" -> store();
            case "toString" -> "fake ExtensionContext of " + methodName;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> {
                if (m.isDefault()) {
                    yield InvocationHandler.invokeDefault(proxy, m, args);
                }
                throw new UnsupportedOperationException(m.getName());
            }
        };
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] { ExtensionContext.class }, handler);
    }

    /** A stand-in store (the watcher records there that it captured the test once). */
    private static ExtensionContext.Store store() {
        java.util.Map<Object, Object> values = new java.util.HashMap<>();
        InvocationHandler handler = (proxy, m, args) -> switch (m.getName()) {
            case "get" -> values.get(args[0]);
            case "put" -> values.put(args[0], args[1]);
            default -> throw new UnsupportedOperationException(m.getName());
        };
        return (ExtensionContext.Store) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] { ExtensionContext.Store.class }, handler);
    }

    /** The "test class" of the fake context: the watcher names files after it. */
    static class FailingSample {
        void aFailingTest() {
        }

        void anotherFailingTest() {
        }
    }
}
