package org.liaison.portal.web.simulators.pensions;

/**
 * Example national rules the simulator offers as editable defaults, shown as examples, never as a state's real
 * parameters: France credits a quarter from the first one (3 months) and, for the example, €4 a month of period up
 * to 43 years; every other state gets the same neutral example (5 years' minimum, €5 a month up to 45 years).
 */
final class PensionExampleRules {

    private PensionExampleRules() {
    }

    static PensionForm.RuleRow of(String state) {
        return "FR".equals(state)
                ? new PensionForm.RuleRow(state, "3", "4.00", "516", "", "", true)
                : new PensionForm.RuleRow(state, "60", "5.00", "540", "", "", true);
    }
}
