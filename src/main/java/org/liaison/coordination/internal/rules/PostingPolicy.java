package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;
import static org.liaison.coordination.RequirementResult.NOT_MET;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.PostingExtension;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.EarlierPosting;
import org.liaison.coordination.LegislationPeriod;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.internal.rules.Regime.Family;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * Postings: Reg. 883/2004 art. 12 with Reg. 987/2009 art. 14 (and the UK protocol's SSC.11, Reg. 1408/71 art.
 * 14(1)), and the posting articles of the bilateral conventions and decrees. Every limit is the registry's dated
 * parameter; each requirement is one check in the trace.
 */
final class PostingPolicy {

    /** The provisions a posting can end in, for one instrument. */
    interface Provisions {
        Provision posting(boolean selfEmployed);

        Provision extension();

        Provision exception();

        Provision lexLoci();
    }

    private final AgreementRegistry parameters;

    PostingPolicy(AgreementRegistry parameters) {
        this.parameters = parameters;
    }

    Outcome evaluate(Segment segment, Segment.Indexed posting, Provisions provisions, Trace trace) {
        Activity activity = posting.activity();
        Family family = segment.regime().family();
        GoverningInstrument g = segment.regime().governing();
        boolean regulation = segment.regime().isRegulation();
        boolean selfEmployed = activity.kind() == ActivityKind.SELF_EMPLOYED;
        PartnerCode from = activity.postedFrom();
        Provision posted = provisions.posting(selfEmployed);
        String code = posted.code();
        List<RequirementResult> results = new ArrayList<>();

        if (!selfEmployed) {
            results.add(employer(posting, from, regulation, code, posted, trace));
        }
        if (regulation && !selfEmployed) {
            results.add(replacement(posting, code, posted, trace));
        }
        if (regulation && selfEmployed) {
            results.add(similarActivity(posting, code, posted, trace));
        }
        if (family == Family.REG_883 || family == Family.UK_WA || family == Family.UK_TCA) {
            FactType type = selfEmployed ? FactType.SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS : FactType.PRIOR_AFFILIATION_MONTHS;
            Parameter<Integer> minimum = parameters.parameter(g.instrument().id(), segment.regime().partner(),
                    activity.period().start(), type, Integer.class);
            results.add(priorAffiliation(segment, posting, minimum, code, posted, trace));
        }
        if (!regulation) {
            results.add(nationality(segment, code, posted, trace));
        }
        results.add(repostingGap(segment, posting, g, regulation, code, posted, trace));
        Duration duration = duration(segment, posting, g, selfEmployed, code, posted, trace);

        DatePeriod part = segment.period();
        PartnerCode host = activity.state();
        String instrumentId = g.instrument().id();
        if (results.contains(NEEDS_INFORMATION)) {
            return Outcome.without(DecisionStatus.NEEDS_INFORMATION);
        }
        if (results.contains(NOT_MET) || duration.kind == Duration.Kind.BEYOND) {
            if (segment.situation().exceptionRequested()) {
                Provision exception = provisions.exception();
                trace.check("EXCEPTION_REQUESTED", exception.code(), NEEDS_ASSESSMENT, Map.of("sendingState", from.value()),
                        exception.reference(), "check.exceptionRequested", from.value());
                return Outcome.of(DecisionStatus.NEEDS_AGREEMENT, part, from, exception, instrumentId);
            }
            Provision lexLoci = provisions.lexLoci();
            trace.check("ACTIVITY_STATE", lexLoci.code(), MET, Map.of("state", host.value()), lexLoci.reference(),
                    "check.lexLociAfterPosting", host.value());
            return Outcome.decided(part, host, lexLoci, instrumentId);
        }
        if (segment.situation().exceptionRequested()) {
            trace.warn("EXCEPTION_NOT_NEEDED", "warning.exceptionNotNeeded");
        }
        List<LegislationPeriod> periods = new ArrayList<>();
        DecisionStatus status = results.contains(NEEDS_ASSESSMENT) || duration.kind == Duration.Kind.UNKNOWN
                ? DecisionStatus.NEEDS_ASSESSMENT : DecisionStatus.DECIDED;
        if (duration.kind == Duration.Kind.EXTENSION) {
            LocalDate extensionStart = activity.period().start().plusMonths(duration.initialMonths);
            if (extensionStart.isAfter(part.start())) {
                periods.add(new LegislationPeriod(new DatePeriod(part.start(), min(part.end(), extensionStart.minusDays(1))),
                        from, posted, instrumentId));
            }
            if (!extensionStart.isAfter(part.end())) {
                periods.add(new LegislationPeriod(new DatePeriod(max(part.start(), extensionStart), part.end()), from,
                        provisions.extension(), instrumentId));
            }
            DecisionStatus byExtension = duration.decidedByKnown ? DecisionStatus.NEEDS_AGREEMENT : DecisionStatus.NEEDS_ASSESSMENT;
            status = Outcome.severity(byExtension) > Outcome.severity(status) ? byExtension : status;
            return new Outcome(status, periods);
        }
        return Outcome.of(status, part, from, posted, instrumentId);
    }

    private RequirementResult employer(Segment.Indexed posting, PartnerCode from, boolean regulation, String code,
                                       Provision posted, Trace trace) {
        var employer = posting.activity().employer();
        if (employer == null) {
            trace.missing(posting.path("employer"));
            return trace.check("EMPLOYER_KNOWN", code, NEEDS_INFORMATION, Map.of(), posted.reference(), "check.employerMissing");
        }
        RequirementResult seated = employer.seat().equals(from) ? MET : NOT_MET;
        trace.check("EMPLOYER_IN_SENDING_STATE", code, seated, Map.of("employerSeat", employer.seat().value(),
                "sendingState", from.value()), posted.reference(), "check.employerSeat." + seated, employer.seat().value(), from.value());
        if (!regulation || seated == NOT_MET) {
            return seated;
        }
        Boolean substantial = employer.substantialActivityInSeat();
        if (substantial == null) {
            trace.missing(posting.path("employer.substantialActivityInSeat"));
            return trace.check("EMPLOYER_SUBSTANTIAL_ACTIVITY", code, NEEDS_INFORMATION, Map.of(), posted.reference(),
                    "check.substantialActivity.NEEDS_INFORMATION");
        }
        RequirementResult result = substantial ? MET : NOT_MET;
        return trace.check("EMPLOYER_SUBSTANTIAL_ACTIVITY", code, result, Map.of("substantialActivityInSeat", substantial.toString()),
                posted.reference(), "check.substantialActivity." + result, from.value());
    }

    private RequirementResult replacement(Segment.Indexed posting, String code, Provision posted, Trace trace) {
        Boolean replaces = posting.activity().replacesPostedWorker();
        if (replaces == null) {
            trace.missing(posting.path("replacesPostedWorker"));
            return trace.check("NOT_REPLACING_POSTED_WORKER", code, NEEDS_INFORMATION, Map.of(), posted.reference(),
                    "check.replacement.NEEDS_INFORMATION");
        }
        if (replaces) {
            // Art. 12(1) excludes replacing a posted person; like NAV's melosys, the engine flags it for the officer
            // rather than refusing outright, because a replacement is often a matter of degree.
            trace.warn("REPLACES_POSTED_WORKER", "warning.replacesPostedWorker");
            return MET;
        }
        return trace.check("NOT_REPLACING_POSTED_WORKER", code, MET, Map.of("replacesPostedWorker", "false"),
                posted.reference(), "check.replacement.MET");
    }

    private RequirementResult similarActivity(Segment.Indexed posting, String code, Provision posted, Trace trace) {
        Boolean similar = posting.activity().similarActivity();
        if (similar == null) {
            trace.missing(posting.path("similarActivity"));
            return trace.check("SIMILAR_ACTIVITY", code, NEEDS_INFORMATION, Map.of(), posted.reference(),
                    "check.similarActivity.NEEDS_INFORMATION");
        }
        RequirementResult result = similar ? MET : NOT_MET;
        return trace.check("SIMILAR_ACTIVITY", code, result, Map.of("similarActivity", similar.toString()),
                posted.reference(), "check.similarActivity." + result);
    }

    private RequirementResult priorAffiliation(Segment segment, Segment.Indexed posting, Parameter<Integer> minimum,
                                               String code, Provision posted, Trace trace) {
        PriorAffiliation prior = segment.situation().priorAffiliation();
        PartnerCode from = posting.activity().postedFrom();
        LocalDate start = posting.activity().period().start();
        if (prior == null) {
            trace.missing("priorAffiliation");
            return trace.check("PRIOR_AFFILIATION", code, NEEDS_INFORMATION, Map.of(), posted.reference(),
                    "check.priorAffiliation.NEEDS_INFORMATION");
        }
        if (!prior.state().equals(from)) {
            return trace.check("PRIOR_AFFILIATION", code, NOT_MET, Map.of("priorState", prior.state().value(),
                    "sendingState", from.value()), posted.reference(), "check.priorAffiliation.otherState", prior.state().value(), from.value());
        }
        if (prior.period().end().isBefore(start.minusDays(1)) || prior.period().start().isAfter(start.minusDays(1))) {
            return trace.check("PRIOR_AFFILIATION", code, NOT_MET, Map.of("priorEnd", prior.period().end().toString(),
                    "postingStart", start.toString()), posted.reference(), "check.priorAffiliation.notImmediatelyBefore",
                    prior.period().end().toString(), start.toString());
        }
        if (!(minimum instanceof Parameter.Known<Integer> known)) {
            return trace.check("PRIOR_AFFILIATION", code, NEEDS_ASSESSMENT, Map.of(), posted.reference(),
                    "check.parameterUnknown", "prior_affiliation_months");
        }
        trace.warnIfToCheck(minimum, "prior_affiliation_months", segment.regime().instrumentId());
        long months = Period.between(prior.period().start(), start).toTotalMonths();
        RequirementResult result = months >= known.value() ? MET : NOT_MET;
        return trace.check("PRIOR_AFFILIATION", code, result, Map.of("priorMonths", Long.toString(months),
                        "minimumMonths", known.value().toString()), posted.reference(), "check.priorAffiliation." + result,
                from.value(), months, known.value());
    }

    private RequirementResult nationality(Segment segment, String code, Provision posted, Trace trace) {
        String nationality = segment.situation().person().nationality();
        PartnerCode partner = segment.regime().partner();
        if (nationality == null) {
            trace.missing("person.nationality");
            return trace.check("PERSONAL_SCOPE", code, NEEDS_INFORMATION, Map.of(), posted.reference(),
                    "check.personalScope.NEEDS_INFORMATION");
        }
        String partnerCountry = partner.value().substring(0, 2);
        if (nationality.equalsIgnoreCase("FR") || nationality.equalsIgnoreCase(partnerCountry)) {
            return trace.check("PERSONAL_SCOPE", code, MET, Map.of("nationality", nationality.toUpperCase()),
                    posted.reference(), "check.personalScope.MET");
        }
        Parameter<Boolean> covered = parameters.parameter(segment.regime().instrumentId(), partner,
                segment.period().start(), FactType.THIRD_COUNTRY_NATIONALS, Boolean.class);
        if (!(covered instanceof Parameter.Known<Boolean> known)) {
            return trace.check("PERSONAL_SCOPE", code, NEEDS_ASSESSMENT, Map.of("nationality", nationality.toUpperCase()),
                    posted.reference(), "check.personalScope.NEEDS_ASSESSMENT");
        }
        trace.warnIfToCheck(covered, "third_country_nationals", segment.regime().instrumentId());
        RequirementResult result = known.value() ? MET : NOT_MET;
        return trace.check("PERSONAL_SCOPE", code, result, Map.of("nationality", nationality.toUpperCase(),
                        "thirdCountryNationalsCovered", known.value().toString()), posted.reference(),
                "check.personalScope.thirdCountry." + result);
    }

    private RequirementResult repostingGap(Segment segment, Segment.Indexed posting, GoverningInstrument g, boolean regulation,
                                           String code, Provision posted, Trace trace) {
        Activity activity = posting.activity();
        String employerId = activity.employer() == null ? null : activity.employer().id();
        List<EarlierPosting> earlier = segment.situation().earlierPostings().stream()
                .filter(e -> e.from().equals(activity.postedFrom()) && e.to().equals(activity.state()))
                .filter(e -> !regulation || e.employerId().equals(employerId))
                .filter(e -> e.period().end().isBefore(activity.period().start()))
                .toList();
        if (earlier.isEmpty()) {
            return MET;
        }
        LocalDate lastEnd = earlier.stream().map(e -> e.period().end()).max(LocalDate::compareTo).orElseThrow();
        if (!(g.repostingGapMonths() instanceof Parameter.Known<Integer> gap)) {
            return trace.check("REPOSTING_GAP", code, NEEDS_ASSESSMENT, Map.of("previousEnd", lastEnd.toString()),
                    posted.reference(), "check.parameterUnknown", "reposting_gap_months");
        }
        trace.warnIfToCheck(g.repostingGapMonths(), "reposting_gap_months", g.instrument().id());
        LocalDate earliest = lastEnd.plusDays(1).plusMonths(gap.value());
        RequirementResult result = activity.period().start().isBefore(earliest) ? NOT_MET : MET;
        return trace.check("REPOSTING_GAP", code, result, Map.of("previousEnd", lastEnd.toString(),
                        "gapMonths", gap.value().toString(), "earliestNewPosting", earliest.toString()), posted.reference(),
                "check.repostingGap." + result, lastEnd.toString(), gap.value(), earliest.toString());
    }

    /** How the anticipated duration compares with the instrument's limits. */
    private record Duration(Kind kind, int initialMonths, boolean decidedByKnown) {
        enum Kind { WITHIN, EXTENSION, BEYOND, UNKNOWN }
    }

    private static final Set<PostingExtension.Kind> EXTENDABLE =
            EnumSet.of(PostingExtension.Kind.MONTHS, PostingExtension.Kind.UNTIL_END_OF_WORK);

    private Duration duration(Segment segment, Segment.Indexed posting, GoverningInstrument g, boolean selfEmployed,
                              String code, Provision posted, Trace trace) {
        int months = posting.activity().period().monthsRoundedUp();
        Parameter<Integer> limit = selfEmployed ? g.selfEmployedPostingMonths() : g.maxPostingMonths();
        String limitName = selfEmployed ? "self_employed_posting_months" : "max_posting_months";
        if (!(limit instanceof Parameter.Known<Integer> max)) {
            trace.check("POSTING_DURATION", code, NEEDS_ASSESSMENT, Map.of("anticipatedMonths", Integer.toString(months)),
                    posted.reference(), "check.parameterUnknown", limitName);
            return new Duration(Duration.Kind.UNKNOWN, 0, false);
        }
        trace.warnIfToCheck(limit, limitName, g.instrument().id());
        Map<String, String> facts = Map.of("anticipatedMonths", Integer.toString(months), "maxMonths", max.value().toString());
        if (months <= max.value()) {
            trace.check("POSTING_DURATION", code, MET, facts, posted.reference(), "check.duration.MET", months, max.value());
            return new Duration(Duration.Kind.WITHIN, max.value(), false);
        }
        Parameter<PostingExtension> extension = g.postingExtension();
        if (!(extension instanceof Parameter.Known<PostingExtension> ext)) {
            trace.check("POSTING_DURATION", code, NEEDS_ASSESSMENT, facts, posted.reference(), "check.duration.extensionUnknown",
                    months, max.value());
            return new Duration(Duration.Kind.UNKNOWN, max.value(), false);
        }
        trace.warnIfToCheck(extension, "posting_extension", g.instrument().id());
        PostingExtension e = ext.value();
        boolean withinExtension = EXTENDABLE.contains(e.kind())
                && (e.kind() == PostingExtension.Kind.UNTIL_END_OF_WORK || months <= max.value() + e.months());
        if (!withinExtension) {
            trace.check("POSTING_DURATION", code, NOT_MET, Map.of("anticipatedMonths", Integer.toString(months),
                    "maxMonths", max.value().toString(), "extension", e.toString()), posted.reference(),
                    "check.duration.NOT_MET", months, max.value(), e.toString());
            return new Duration(Duration.Kind.BEYOND, max.value(), false);
        }
        Parameter<String> decidedBy = g.extensionDecidedBy();
        String who = decidedBy.optional().orElse("unknown");
        trace.check("POSTING_DURATION", code, NEEDS_ASSESSMENT, Map.of("anticipatedMonths", Integer.toString(months),
                "maxMonths", max.value().toString(), "extension", e.toString(), "extensionDecidedBy", who),
                posted.reference(), "check.duration.extension", months, max.value(), e.toString(),
                RuleTexts.text("decidedBy." + (RuleTexts.has("decidedBy." + who) ? who : "unknown")));
        return new Duration(Duration.Kind.EXTENSION, max.value(), decidedBy.isKnown());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
