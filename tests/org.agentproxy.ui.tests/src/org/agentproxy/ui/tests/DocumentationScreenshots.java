package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Not a test: when run with {@code -Dagentproxy.docshots=DIR} it saves a screenshot of each editor page and view
 * for the user guide ({@code docs/images}). Skipped otherwise.
 */
class DocumentationScreenshots extends EditorTestSupport {

    private static final String DIR = System.getProperty("agentproxy.docshots");

    @Test
    void screenshotsOfEveryPage() {
        assumeTrue(DIR != null && !DIR.isBlank() && !DIR.startsWith("$"), "set -Dagentproxy.docshots=DIR to take the user guide's screenshots");
        shoot("Internal Agents", "page-internal-agents.png");
        shoot("External Agents", "page-external-agents.png");
        shoot("Global Smart Protection Service", "page-global-sps.png");
        shoot("User Proxy Privilege", "page-privilege.png");
        shoot("Agent Connectivity", "page-connectivity.png");
        studio.bot().cTabItem("History").activate();
        studio.bot().captureScreenshot(Path.of(DIR, "view-history.png"));
    }

    private void shoot(String page, String file) {
        editor.page(page);
        studio.bot().captureScreenshot(Path.of(DIR, file));
    }
}
