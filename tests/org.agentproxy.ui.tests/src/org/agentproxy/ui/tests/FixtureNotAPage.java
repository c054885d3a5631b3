package org.agentproxy.ui.tests;

/** A fixture contribution whose class can be created but is no ScopePage. */
public final class FixtureNotAPage {
}
