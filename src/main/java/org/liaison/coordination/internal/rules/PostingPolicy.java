package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;
import static org.liaison.coordination.RequirementResult.NOT_MET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.coordination.Facts;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.Provision;
import org.liaison.coordination.internal.rules.PostingRequirements.Posting;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * Postings: checks every requirement the instrument sets ({@link PostingRequirements}), then folds their findings
 * into one outcome: a fact missing asks for it; a requirement not met (or a duration beyond any extension) leaves
 * the person under the law of the state of work, or under the exception agreement they asked for; otherwise the
 * sending state's law applies, for the initial period and, where the duration needs one, its extension.
 */
final class PostingPolicy {

    /** The provisions a posting can end in, for one instrument. */
    interface Provisions {
        Provision posting(boolean selfEmployed);

        Provision extension();

        Provision exception();

        Provision lexLoci();
    }

    private final PostingRequirements requirements;

    PostingPolicy(AgreementRegistry registry) {
        this.requirements = new PostingRequirements(registry);
    }

    Outcome evaluate(Segment segment, Segment.Indexed posted, Provisions provisions) {
        boolean selfEmployed = posted.activity().kind() == ActivityKind.SELF_EMPLOYED;
        Posting posting = new Posting(segment, posted, provisions.posting(selfEmployed));
        List<Requirement> applicable = requirements.of(segment.regime().family(), selfEmployed);
        List<Finding> findings = new ArrayList<>(applicable.size() + 1);
        for (int i = 0; i < applicable.size(); i++) {
            findings.add(applicable.get(i).check(posting));
        }
        return outcome(posting, provisions, findings);
    }

    private static Outcome outcome(Posting posting, Provisions provisions, List<Finding> findings) {
        DatePeriod part = posting.segment().period();
        PartnerCode from = posting.from();
        String instrumentId = posting.governing().instrument().id();
        boolean exceptionRequested = posting.segment().situation().exceptionRequested();
        boolean needsAssessment = false;
        boolean notMet = false;
        Finding.Extension extension = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.result() == NEEDS_INFORMATION) {
                return Outcome.without(DecisionStatus.NEEDS_INFORMATION, findings);
            }
            notMet |= finding.result() == NOT_MET;
            needsAssessment |= finding.result() == NEEDS_ASSESSMENT;
            extension = extension == null ? finding.extension() : extension;
        }
        if (notMet) {
            if (exceptionRequested) {
                Provision exception = provisions.exception();
                findings.add(Finding.check("EXCEPTION_REQUESTED", exception, NEEDS_ASSESSMENT,
                        Facts.of("sendingState", from.value()), "check.exceptionRequested", from.value()));
                return Outcome.of(DecisionStatus.NEEDS_AGREEMENT, part, from, exception, instrumentId, findings);
            }
            Provision lexLoci = provisions.lexLoci();
            PartnerCode host = posting.activity().state();
            findings.add(Finding.check("ACTIVITY_STATE", lexLoci, MET, Facts.of("state", host.value()),
                    "check.lexLociAfterPosting", host.value()));
            return Outcome.of(DecisionStatus.DECIDED, part, host, lexLoci, instrumentId, findings);
        }
        if (exceptionRequested) {
            findings.add(Finding.warning("EXCEPTION_NOT_NEEDED", "warning.exceptionNotNeeded"));
        }
        DecisionStatus status = needsAssessment ? DecisionStatus.NEEDS_ASSESSMENT : DecisionStatus.DECIDED;
        if (extension == null) {
            return Outcome.of(status, part, from, posting.provision(), instrumentId, findings);
        }
        List<LegislationPeriod> periods = new ArrayList<>(2);
        LocalDate extensionStart = extension.start();
        if (extensionStart.isAfter(part.start())) {
            periods.add(new LegislationPeriod(new DatePeriod(part.start(), min(part.end(), extensionStart.minusDays(1))),
                    from, posting.provision(), instrumentId));
        }
        if (!extensionStart.isAfter(part.end())) {
            periods.add(new LegislationPeriod(new DatePeriod(max(part.start(), extensionStart), part.end()), from,
                    provisions.extension(), instrumentId));
        }
        DecisionStatus byExtension = extension.decidedByKnown() ? DecisionStatus.NEEDS_AGREEMENT : DecisionStatus.NEEDS_ASSESSMENT;
        return new Outcome(Outcome.severity(byExtension) > Outcome.severity(status) ? byExtension : status, periods, findings);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
