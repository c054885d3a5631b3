package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.ProblemsViewBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.Form;
import org.junit.jupiter.api.Test;

/**
 * Problems in an administrator's words: where the field is (page › section › field) and the reason, not a field
 * path and not a library's wording; the path stays a detail. The page header counts the page's problems and lists
 * them all.
 */
class ProblemWordingTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String PAGE_ID = "org.agentproxy.scope.internal.page";
    private static final String HOST = "internalAgents.server.host";
    private static final String PORT = "internalAgents.server.port";
    private static final String SERVER_PROXY = "Internal Agents \u203A Proxy to the OfficeScan server \u203A ";

    @Test
    void aHostWithASpaceIsNamedByItsSectionAndLabel() {
        ScopePageBot page = editor.page(PAGE);

        page.set(HOST, "proxy corp.example");

        ProblemsViewBot problems = studio.problems();
        assertEquals(SERVER_PROXY + "Host", problems.where(HOST));
        assertEquals("contains a space (\"proxy corp.example\")", problems.problem(HOST));
        assertTrue(page.status(PAGE_ID).contains(SERVER_PROXY + "Host: contains a space"), page.status(PAGE_ID));
        assertTrue(header().children().contains(SERVER_PROXY + "Host: contains a space (\"proxy corp.example\")"),
                header().children().toString());
    }

    @Test
    void portZeroSaysWhatAPortMustBe() {
        editor.page(PAGE).set(PORT, "0");

        assertEquals("must be 1\u201365535 (the proxy is enabled)", studio.problems().problem(PORT));
        assertEquals(SERVER_PROXY + "Port", studio.problems().where(PORT));
    }

    @Test
    void theHeaderCountsThePagesProblemsAndListsThemAll() {
        ScopePageBot page = editor.page(PAGE);

        page.set(HOST, "proxy corp.example").set(PORT, "70000");
        page.set("internalAgents.smartProtection.host", "sps_proxy");

        studio.bot().waitUntil(Condition.of("the header counts three errors",
                () -> header().message().equals("3 errors detected")));
        List<String> listed = header().children();
        assertEquals(3, listed.size(), listed.toString());
        assertTrue(listed.contains(SERVER_PROXY + "Port: must be 1\u201365535, not 70000"), listed.toString());
        assertTrue(listed.contains("Internal Agents \u203A Proxy to Smart Protection Servers \u203A Host: contains '_' "
                + "(\"sps_proxy\"): a host name has only letters, digits, '-' and '.'"), listed.toString());
    }

    @Test
    void theFieldPathStaysTheDetail() {
        editor.page(PAGE).set(HOST, "proxy corp.example");

        assertTrue(studio.problems().fields().contains(HOST), "the Field path column");
    }

    @Test
    void aProblemOnAPageNotShownYetIsNamedToo() {
        editor.page(PAGE).set(HOST, "proxy corp.example"); // the other pages need not have been built

        studio.bot().syncExec(() -> {
            org.agentproxy.ui.Studio.activePolicy().change("Server port 0",
                    p -> p.withServer(new org.agentproxy.policy.HostPort("osce.corp.example", 0)));
            return null;
        });

        assertEquals("Agent Connectivity \u203A Policy and OfficeScan server \u203A Server port",
                studio.problems().where("server.port"));
        assertEquals("must be 1\u201365535", studio.problems().problem("server.port"));
    }

    private Header header() {
        return studio.bot().syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            Form form = ((FormEditor) page.getActiveEditor()).getActivePageInstance().getManagedForm().getForm()
                    .getForm();
            IMessage[] children = form.getChildrenMessages();
            return new Header(String.valueOf(form.getMessage()), children == null ? List.of()
                    : Arrays.stream(children).map(IMessage::getMessage).toList());
        });
    }

    /** The page's header: its message and the messages it lists. */
    private record Header(String message, List<String> children) {
    }
}
