package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.agentproxy.ui.internal.editor.FieldLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue that names problems (page › section › field) agrees with what every page shows: for each bound
 * control, its page's tab, its section's title and its own label. It knows fields before their page is built, so
 * the pages are built here to compare.
 */
class FieldLabelsTest extends EditorTestSupport {

    private static final String SEP = FieldLabels.SEPARATOR;

    @ParameterizedTest
    @ValueSource(strings = { "Internal Agents", "External Agents", "Global Smart Protection Service",
            "User Proxy Privilege", "Agent Connectivity" })
    void everyBoundControlIsNamedAsThePageShowsIt(String page) {
        PageControls.show(editor, page);
        FieldLabels labels = FieldLabels.studio();
        List<String> wrong = new ArrayList<>();

        Map<String, String> shown = studio.bot().syncExec(PageControls::labels);
        shown.forEach((id, label) -> {
            if (id.contains("#")) {
                return; // a button of a list or a section (Add, Test Connection), not a field
            }
            String section = studio.bot().syncExec(() -> PageControls.section(id));
            String place = labels.place(id);
            if (!place.startsWith(page + SEP + section + SEP) || !place.endsWith(SEP + FieldLabels.withoutColon(label))) {
                wrong.add(id + ": shown as " + page + SEP + section + SEP + FieldLabels.withoutColon(label)
                        + ", named " + place);
            }
        });

        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(shown.size() > 3, "the page has bound controls: " + shown);
    }

    @Test
    void aRowOfAListIsCountedFromOne() {
        FieldLabels labels = FieldLabels.studio();

        assertEquals("Internal Agents" + SEP + "Smart Protection source lists" + SEP + "Custom lists, row 2" + SEP
                + "IP range" + SEP + "To", labels.place("smartProtectionSources.customLists[1].range.to"));
        assertEquals("Agent Connectivity" + SEP + "Bypass list and fallback" + SEP + "Bypass list, row 3",
                labels.place("bypassList[2]"));
        assertEquals("Internal Agents" + SEP + "Proxy to the OfficeScan server" + SEP + "Host: contains a space",
                labels.describe(new Problem("internalAgents.server.host", Severity.ERROR, "contains a space")));
    }
}
