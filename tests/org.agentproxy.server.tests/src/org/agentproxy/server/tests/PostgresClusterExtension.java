package org.agentproxy.server.tests;

import java.io.IOException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own throwaway {@link PostgresCluster}: made and started before the class's first test, stopped and
 * removed after its last (whether the tests pass or not). Registered on a static field,
 * {@code @RegisterExtension static final PostgresClusterExtension POSTGRES = new PostgresClusterExtension();}, the
 * tests reach it through {@link #cluster()}.
 */
final class PostgresClusterExtension implements BeforeAllCallback, AfterAllCallback {

    private PostgresCluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        cluster = PostgresCluster.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    /** The running cluster of the test class. */
    PostgresCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("no PostgreSQL cluster: register PostgresClusterExtension on a static "
                    + "field with @RegisterExtension");
        }
        return cluster;
    }
}
