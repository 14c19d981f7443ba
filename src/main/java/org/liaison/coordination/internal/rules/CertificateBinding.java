package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CertificateHeld;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Facts;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Provision;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * A certificate already issued (issue #12 item 6). A PD A1, an E 101 or a convention's certificate of posting binds
 * the institutions — and the courts — of the other states for the period it covers, as long as the issuing state
 * has not withdrawn it or declared it invalid, even where they think its conditions were not met (Reg. 987/2009
 * art. 5(1); the operative parts of CJEU C-202/97 Fitzwilliam, C-2/05 Herbosch Kiere and C-527/16 Alpenrind,
 * the last also after the Administrative Commission found it wrongly issued). A state that doubts it asks
 * the issuer to reconsider it: the dialogue and conciliation procedure of Decision A1 and 987/2009 art. 5(2)–(4).
 * The one exception is fraud (operative part of CJEU C-359/16 Altun): when the host institution has sent the issuer
 * concrete evidence of fraud and the issuer has not reviewed the certificate in its light within a reasonable time,
 * the host's court may disregard it after hearing the persons concerned — a judgement, never the engine's.
 * <p>
 * The engine still evaluates the rules on the facts given, and says where they would lead when that differs from
 * the certificate: that is what a host institution needs to open the dialogue procedure.
 */
final class CertificateBinding {

    private CertificateBinding() {
    }

    /** The days where a part of the period must be cut so that each part is wholly inside or outside the certificate. */
    static void cuts(Situation situation, List<LocalDate> cuts) {
        CertificateHeld certificate = situation.certificateHeld();
        if (certificate == null) {
            return;
        }
        DatePeriod period = situation.period();
        LocalDate start = certificate.period().start();
        LocalDate afterEnd = certificate.period().end().plusDays(1);
        if (start.isAfter(period.start()) && !start.isAfter(period.end())) {
            cuts.add(start);
        }
        if (afterEnd.isAfter(period.start()) && !afterEnd.isAfter(period.end())) {
            cuts.add(afterEnd);
        }
    }

    /** The outcome of a part once the certificate, if it covers the part, is taken into account. */
    static Outcome apply(Situation situation, DatePeriod part, String instrumentId, Outcome byRules) {
        CertificateHeld certificate = situation.certificateHeld();
        if (certificate == null || !certificate.period().overlaps(part)) {
            return byRules;
        }
        Provision binding = Provisions.of("CERTIFICATE_BINDING");
        String issuer = certificate.issuingState().value();
        String kind = certificate.kind().name();
        if (certificate.withdrawn()) {
            return byRules.with(Finding.check("CERTIFICATE_WITHDRAWN", binding, MET,
                    Facts.of("issuingState", issuer, "kind", kind), "check.certificateWithdrawn", kind, issuer));
        }
        List<Finding> findings = new ArrayList<>(4);
        findings.add(Finding.check("CERTIFICATE_BINDING", binding, MET,
                Facts.of("issuingState", issuer, "kind", kind, "certificateStart", certificate.period().start().toString(),
                        "certificateEnd", certificate.period().end().toString()),
                "check.certificateBinding", kind, issuer, certificate.period().start().toString(),
                certificate.period().end().toString()));
        PartnerCode byRulesState = byRulesState(byRules);
        if (byRules.status() != DecisionStatus.DECIDED || byRulesState == null
                || !byRulesState.equals(certificate.issuingState())) {
            // Only a comparison: the rules' own missing facts or assessments do not hold up a binding certificate.
            String ruled = byRulesState == null ? "–" : byRulesState.value();
            findings.add(Finding.check("CERTIFICATE_AGAINST_RULES", binding, MET,
                    Facts.of("rulesState", ruled, "rulesStatus", byRules.status().name()),
                    "check.certificateAgainstRules", ruled, issuer));
        }
        DecisionStatus status = DecisionStatus.DECIDED;
        if (certificate.contestedByHost()) {
            Provision a1 = Provisions.of("DECISION_A1");
            findings.add(Finding.check("CERTIFICATE_DIALOGUE", a1, MET, Facts.of("issuingState", issuer),
                    "check.certificateDialogue", issuer).warn("CERTIFICATE_CONTESTED", "warning.certificateContested", issuer));
        }
        if (certificate.fraudEvidenceUnanswered()) {
            Provision altun = Provisions.of("CJEU_ALTUN");
            status = DecisionStatus.NEEDS_ASSESSMENT;
            findings.add(Finding.check("CERTIFICATE_FRAUD", altun, NEEDS_ASSESSMENT, Facts.of("issuingState", issuer),
                    "check.certificateFraud", issuer));
        }
        return Outcome.of(status, part, certificate.issuingState(), binding, instrumentId, findings);
    }

    private static @Nullable PartnerCode byRulesState(Outcome byRules) {
        List<LegislationPeriod> periods = byRules.periods();
        return periods.size() == 1 ? periods.get(0).state() : null;
    }
}
