package org.liaison.exchange.bucs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.LocalizedText;

/**
 * The BUC engine's answer to a proposed action: allowed (with the SED it sends, if any, and the case status after
 * it), or refused with a reason code, an explanation in French and English and the rule of the BUC definition that
 * the action breaks.
 *
 * @param reason          the refusal's code, {@code null} when allowed
 * @param explanation     why, in French and English
 * @param rule            the definition's rule that decided, e.g. {@code LA_BUC_01 4.3 · A011: COUNTERPARTY, in reply to A001}
 * @param sed             the SED type the action sends (null for a local action or a refusal)
 * @param resultingStatus the case status once the action is taken (null for a refusal)
 */
public record BucVerdict(boolean allowed, @Nullable BucRefusal reason, LocalizedText explanation, String rule,
                         @Nullable String sed, @Nullable BucCaseStatus resultingStatus) {

    public BucVerdict {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(rule, "rule");
        if (allowed == (reason != null)) {
            throw new IllegalArgumentException("A verdict is either allowed or refused with a reason");
        }
    }

    public static BucVerdict allow(LocalizedText explanation, String rule, @Nullable String sed, BucCaseStatus resulting) {
        return new BucVerdict(true, null, explanation, rule, sed, resulting);
    }

    public static BucVerdict refuse(BucRefusal reason, LocalizedText explanation, String rule) {
        return new BucVerdict(false, reason, explanation, rule, null, null);
    }
}
