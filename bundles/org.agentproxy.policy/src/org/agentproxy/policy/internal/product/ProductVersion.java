package org.agentproxy.policy.internal.product;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Agent Proxy Studio, from the one place the build sets it: the root pom's version, which Tycho
 * also requires of the product and of {@code org.agentproxy.feature}. The build writes it into
 * {@code product.properties} of this bundle; the About dialog and {@code agentproxy --version} show it. Bundle
 * versions are not the product's version: they move with their packages' API (docs/api-policy.md).
 */
public final class ProductVersion {

    private static final String RESOURCE = "product.properties";

    private ProductVersion() {
    }

    /** The product's version without the Maven suffix, e.g. {@code 0.1.0}; {@code "development"} outside a build. */
    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the product version from " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            return "development";
        }
        return version.replace("-SNAPSHOT", "");
    }
}
