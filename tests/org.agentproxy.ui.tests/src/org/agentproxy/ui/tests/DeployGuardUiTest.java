package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.MessageDialogBot;
import org.agentproxy.ui.tests.bots.QuestionDialogBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/**
 * Deployment → Deploy Policy… deploys what the screen shows or nothing: a field with refused text is asked about
 * (as for Save), and a policy with errors is refused before the wizard opens.
 */
class DeployGuardUiTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String PORT = "internalAgents.server.port";
    private static final String HOST = "internalAgents.server.host";

    @Test
    void refusedTextIsAskedAboutBeforeTheWizardOpens() {
        ScopePageBot page = editor.page(PAGE);
        page.set(PORT, "80a");
        page.text(HOST).setFocus();

        QuestionDialogBot question = studio.deployExpectingQuestion();
        String message = question.message();
        question.goToTheField();

        assertTrue(message.contains("to deploy now would use the value the policy holds instead"), message);
        assertTrue(message.contains("Internal Agents › Proxy to the OfficeScan server › Port: \"80a\""), message);
        assertFalse(studio.hasShell(DeployWizardBot.TITLE), "no wizard while the field shows refused text");
        studio.waitForFocus(PORT, "the field with the refused text");

        studio.deployExpectingQuestion().discardMyText();
        DeployWizardBot wizard = studio.deployWizardShown();
        assertEquals("8080", page.text(PORT).getText(), "the wizard deploys what the field shows again");
        wizard.shell().close();
    }

    @Test
    void aPolicyWithErrorsIsNotDeployedAndTheDialogListsTheErrors() {
        ScopePageBot page = editor.page(PAGE);
        page.set(HOST, "proxy corp.example");
        studio.bot().waitUntil(Condition.of("an error in the status line",
                () -> studio.statusLine().endsWith("1 error, 1 warning")));

        MessageDialogBot refusal = studio.deployExpectingRefusal();
        String message = refusal.message();
        refusal.ok();

        assertTrue(message.contains("The policy has 1 error, and a policy with errors is not deployed"), message);
        assertTrue(message.contains("• Internal Agents › Proxy to the OfficeScan server › Host: contains a space"),
                message);
        assertFalse(studio.hasShell(DeployWizardBot.TITLE), "the wizard does not open");
    }
}
