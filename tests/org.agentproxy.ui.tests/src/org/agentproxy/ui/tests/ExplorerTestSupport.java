package org.agentproxy.ui.tests;

import org.agentproxy.ui.tests.bots.PolicyExplorerBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Explorer tests: a fresh copy of the sample open, the explorer's search box emptied after each test. */
abstract class ExplorerTestSupport extends EditorTestSupport {

    static final String OFFICESCAN_PROXY = "Proxy to the OfficeScan server";
    static final String SPS_PROXY = "Proxy to Smart Protection Servers";
    PolicyExplorerBot explorer;

    @BeforeEach
    void explorer() {
        explorer = studio.explorer();
    }

    @AfterEach
    void clearTheSearch() {
        explorer.clearSearch();
    }

    /** Waits until the control of a field path (or another bot id) has the keyboard focus. */
    void waitForFocus(String id) {
        studio.bot().waitUntil(studio.bot().focusOn(id));
    }
}
