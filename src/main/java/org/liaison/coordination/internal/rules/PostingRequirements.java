package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;
import static org.liaison.coordination.RequirementResult.NEEDS_INFORMATION;
import static org.liaison.coordination.RequirementResult.NOT_MET;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.PostingExtension;
import org.liaison.coordination.Facts;
import org.liaison.coordination.Activity;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.Employer;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.internal.rules.Regime.Family;
import org.liaison.shared.PartnerCode;

/**
 * The requirements of a posting, named and gathered in one place per family of instruments: Reg. 883/2004 art. 12
 * with Reg. 987/2009 art. 14 (also under the UK Withdrawal Agreement and, as SSC.11, the UK protocol), Reg. 1408/71
 * art. 14(1) and 14a(1), and the posting articles of the bilateral conventions and decrees. Each requirement returns
 * its finding; {@link PostingPolicy} folds them into the outcome. Every limit is the registry's dated parameter.
 */
final class PostingRequirements {

    private static final RuleTexts.ByResult EMPLOYER_SEAT_TEXTS = new RuleTexts.ByResult("check.employerSeat.");
    private static final RuleTexts.ByResult SUBSTANTIAL_ACTIVITY_TEXTS = new RuleTexts.ByResult("check.substantialActivity.");
    private static final RuleTexts.ByResult SIMILAR_ACTIVITY_TEXTS = new RuleTexts.ByResult("check.similarActivity.");
    private static final RuleTexts.ByResult PRIOR_AFFILIATION_TEXTS = new RuleTexts.ByResult("check.priorAffiliation.");
    private static final RuleTexts.ByResult PERSONAL_SCOPE_THIRD_COUNTRY_TEXTS =
            new RuleTexts.ByResult("check.personalScope.thirdCountry.");
    private static final RuleTexts.ByResult REPLACEMENT_TEXTS = new RuleTexts.ByResult("check.replacement.");
    private static final RuleTexts.ByResult REPOSTING_GAP_TEXTS = new RuleTexts.ByResult("check.repostingGap.");

    /** A posted activity to decide: the part of the period, the activity, and the provision it is posted under. */
    record Posting(Segment segment, Segment.Indexed posted, Provision provision) {

        Activity activity() {
            return posted.activity();
        }

        PartnerCode from() {
            return posted.activity().postedFrom();
        }

        GoverningInstrument governing() {
            return segment.regime().governing();
        }

        boolean selfEmployed() {
            return posted.activity().kind() == ActivityKind.SELF_EMPLOYED;
        }

        Finding check(String code, RequirementResult result, Map<String, String> facts, String textKey, Object... args) {
            return Finding.check(code, provision, result, facts, textKey, args);
        }
    }

    private final AgreementRegistry registry;

    final Requirement employerInSendingState = new Requirement("EMPLOYER_IN_SENDING_STATE",
            "Reg. 883/2004 art. 12(1); Reg. 1408/71 art. 14(1)(a); the conventions' posting articles",
            PostingRequirements::employerInSendingState);
    final Requirement employerSubstantialActivity = new Requirement("EMPLOYER_SUBSTANTIAL_ACTIVITY",
            "Reg. 987/2009 art. 14(2); Decision A2 point 1 (Decision 181 under Reg. 1408/71)",
            PostingRequirements::employerSubstantialActivity);
    final Requirement notReplacingPostedWorker = new Requirement("NOT_REPLACING_POSTED_WORKER",
            "Reg. 883/2004 art. 12(1); Reg. 1408/71 art. 14(1)(a)", PostingRequirements::notReplacingPostedWorker);
    final Requirement similarActivity = new Requirement("SIMILAR_ACTIVITY",
            "Reg. 883/2004 art. 12(2); Reg. 987/2009 art. 14(4); Reg. 1408/71 art. 14a(1)(a)",
            PostingRequirements::similarActivity);
    final Requirement priorAffiliation = new Requirement("PRIOR_AFFILIATION",
            "Reg. 987/2009 art. 14(1) (employed) and 14(3) (self-employed); Decision A2 point 1",
            this::priorAffiliation);
    final Requirement personalScope = new Requirement("PERSONAL_SCOPE",
            "the convention's personal scope: nationals of the two states, and others where the convention covers them",
            this::personalScope);
    final Requirement repostingGapSameEmployer = new Requirement("REPOSTING_GAP",
            "Decision A2 point 3(c): two months between postings by the same employer to the same state",
            p -> repostingGap(p, true));
    final Requirement repostingGapAnyEmployer = new Requirement("REPOSTING_GAP",
            "the convention's minimum gap between two postings of the same person", p -> repostingGap(p, false));
    final Requirement duration = new Requirement("POSTING_DURATION",
            "Reg. 883/2004 art. 12(1)–(2); Reg. 1408/71 art. 14(1)(b); the conventions' limits and extensions",
            this::duration);

    private final List<Requirement> regulation883Employed;
    private final List<Requirement> regulation883SelfEmployed;
    private final List<Requirement> regulation1408Employed;
    private final List<Requirement> regulation1408SelfEmployed;
    private final List<Requirement> conventionEmployed;
    private final List<Requirement> conventionSelfEmployed;

    PostingRequirements(AgreementRegistry registry) {
        this.registry = registry;
        this.regulation883Employed = List.of(employerInSendingState, employerSubstantialActivity,
                notReplacingPostedWorker, priorAffiliation, repostingGapSameEmployer, duration);
        this.regulation883SelfEmployed = List.of(similarActivity, priorAffiliation, repostingGapSameEmployer, duration);
        this.regulation1408Employed = List.of(employerInSendingState, employerSubstantialActivity,
                notReplacingPostedWorker, repostingGapSameEmployer, duration);
        this.regulation1408SelfEmployed = List.of(similarActivity, repostingGapSameEmployer, duration);
        this.conventionEmployed = List.of(employerInSendingState, personalScope, repostingGapAnyEmployer, duration);
        this.conventionSelfEmployed = List.of(personalScope, repostingGapAnyEmployer, duration);
    }

    /** The requirements of a posting under a family of instruments (the UK ones apply Reg. 883/2004's). */
    List<Requirement> of(Family family, boolean selfEmployed) {
        return switch (family) {
            case REG_883, UK_WA, UK_TCA -> selfEmployed ? regulation883SelfEmployed : regulation883Employed;
            case REG_1408 -> selfEmployed ? regulation1408SelfEmployed : regulation1408Employed;
            case CONVENTION -> selfEmployed ? conventionSelfEmployed : conventionEmployed;
            default -> throw new IllegalArgumentException("No posting rules for " + family);
        };
    }

    private static Finding employerInSendingState(Posting p) {
        Employer employer = p.activity().employer();
        if (employer == null) {
            return p.check("EMPLOYER_KNOWN", NEEDS_INFORMATION, Map.of(), "check.employerMissing")
                    .missing(p.posted().path("employer"));
        }
        RequirementResult seated = employer.seat().equals(p.from()) ? MET : NOT_MET;
        return p.check("EMPLOYER_IN_SENDING_STATE", seated, Facts.of("employerSeat", employer.seat().value(),
                "sendingState", p.from().value()), EMPLOYER_SEAT_TEXTS.key(seated), employer.seat().value(), p.from().value());
    }

    /** Checked only of an employer seated in the sending state (the previous requirement says why otherwise). */
    private static Finding employerSubstantialActivity(Posting p) {
        Employer employer = p.activity().employer();
        if (employer == null || !employer.seat().equals(p.from())) {
            return Finding.met();
        }
        Boolean substantial = employer.substantialActivityInSeat();
        if (substantial == null) {
            return p.check("EMPLOYER_SUBSTANTIAL_ACTIVITY", NEEDS_INFORMATION, Map.of(),
                    "check.substantialActivity.NEEDS_INFORMATION").missing(p.posted().path("employer.substantialActivityInSeat"));
        }
        RequirementResult result = substantial ? MET : NOT_MET;
        return p.check("EMPLOYER_SUBSTANTIAL_ACTIVITY", result, Facts.of("substantialActivityInSeat", substantial.toString()),
                SUBSTANTIAL_ACTIVITY_TEXTS.key(result), p.from().value());
    }

    private static Finding notReplacingPostedWorker(Posting p) {
        Boolean replaces = p.activity().replacesPostedWorker();
        if (replaces == null) {
            return p.check("NOT_REPLACING_POSTED_WORKER", NEEDS_INFORMATION, Map.of(),
                    "check.replacement.NEEDS_INFORMATION").missing(p.posted().path("replacesPostedWorker"));
        }
        // Art. 12(1) as amended by Reg. 465/2012 ("not sent to replace another posted person"; Reg. 1408/71
        // art. 14(1)(a) said the same) is a condition, not a matter for a warning: CJEU C-527/16 Alpenrind,
        // 6 Sept. 2018, ECLI:EU:C:2018:669, paras 95-103 and operative part point 3, holds that a worker sent to
        // replace a posted worker cannot be posted, even when the two employers differ and whatever their links.
        RequirementResult result = replaces ? NOT_MET : MET;
        return p.check("NOT_REPLACING_POSTED_WORKER", result, Facts.of("replacesPostedWorker", replaces.toString()),
                REPLACEMENT_TEXTS.key(result));
    }

    private static Finding similarActivity(Posting p) {
        Boolean similar = p.activity().similarActivity();
        if (similar == null) {
            return p.check("SIMILAR_ACTIVITY", NEEDS_INFORMATION, Map.of(), "check.similarActivity.NEEDS_INFORMATION")
                    .missing(p.posted().path("similarActivity"));
        }
        RequirementResult result = similar ? MET : NOT_MET;
        return p.check("SIMILAR_ACTIVITY", result, Facts.of("similarActivity", similar.toString()),
                SIMILAR_ACTIVITY_TEXTS.key(result));
    }

    private Finding priorAffiliation(Posting p) {
        PriorAffiliation prior = p.segment().situation().priorAffiliation();
        PartnerCode from = p.from();
        LocalDate start = p.activity().period().start();
        if (prior == null) {
            return p.check("PRIOR_AFFILIATION", NEEDS_INFORMATION, Map.of(), "check.priorAffiliation.NEEDS_INFORMATION")
                    .missing("priorAffiliation");
        }
        if (!prior.state().equals(from)) {
            return p.check("PRIOR_AFFILIATION", NOT_MET, Facts.of("priorState", prior.state().value(),
                    "sendingState", from.value()), "check.priorAffiliation.otherState", prior.state().value(), from.value());
        }
        LocalDate dayBefore = start.minusDays(1);
        if (prior.period().end().isBefore(dayBefore) || prior.period().start().isAfter(dayBefore)) {
            return p.check("PRIOR_AFFILIATION", NOT_MET, Facts.of("priorEnd", prior.period().end().toString(),
                    "postingStart", start.toString()), "check.priorAffiliation.notImmediatelyBefore",
                    prior.period().end().toString(), start.toString());
        }
        FactType type = p.selfEmployed() ? FactType.SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS : FactType.PRIOR_AFFILIATION_MONTHS;
        Parameter<Integer> minimum = registry.parameter(p.governing().instrument().id(), p.segment().regime().partner(),
                start, type, Integer.class);
        if (!(minimum instanceof Parameter.Known<Integer> known)) {
            return p.check("PRIOR_AFFILIATION", NEEDS_ASSESSMENT, Map.of(), "check.parameterUnknown",
                    "prior_affiliation_months");
        }
        long months = ChronoUnit.MONTHS.between(prior.period().start(), start);
        RequirementResult result = months >= known.value() ? MET : NOT_MET;
        return p.check("PRIOR_AFFILIATION", result, Facts.of("priorMonths", Finding.fact(months),
                        "minimumMonths", Finding.fact(known.value())), PRIOR_AFFILIATION_TEXTS.key(result),
                from.value(), months, known.value())
                .warnIfToCheck(minimum, "prior_affiliation_months", p.segment().regime().instrumentId());
    }

    private Finding personalScope(Posting p) {
        String nationality = p.segment().situation().person().nationality();
        PartnerCode partner = p.segment().regime().partner();
        if (nationality == null) {
            return p.check("PERSONAL_SCOPE", NEEDS_INFORMATION, Map.of(), "check.personalScope.NEEDS_INFORMATION")
                    .missing("person.nationality");
        }
        String partnerCountry = partner.value().substring(0, 2);
        if (nationality.equalsIgnoreCase("FR") || nationality.equalsIgnoreCase(partnerCountry)) {
            return p.check("PERSONAL_SCOPE", MET, Facts.of("nationality", nationality.toUpperCase()),
                    "check.personalScope.MET");
        }
        String instrumentId = p.segment().regime().instrumentId();
        Parameter<Boolean> covered = registry.parameter(instrumentId, partner, p.segment().period().start(),
                FactType.THIRD_COUNTRY_NATIONALS, Boolean.class);
        if (!(covered instanceof Parameter.Known<Boolean> known)) {
            return p.check("PERSONAL_SCOPE", NEEDS_ASSESSMENT, Facts.of("nationality", nationality.toUpperCase()),
                    "check.personalScope.NEEDS_ASSESSMENT");
        }
        RequirementResult result = known.value() ? MET : NOT_MET;
        return p.check("PERSONAL_SCOPE", result, Facts.of("nationality", nationality.toUpperCase(),
                        "thirdCountryNationalsCovered", known.value().toString()), PERSONAL_SCOPE_THIRD_COUNTRY_TEXTS.key(result))
                .warnIfToCheck(covered, "third_country_nationals", instrumentId);
    }

    /** Nothing to check without an earlier posting of the same person to the same state (by the same employer). */
    private static Finding repostingGap(Posting p, boolean sameEmployerOnly) {
        if (p.segment().situation().earlierPostings().isEmpty()) {
            return Finding.met();
        }
        Activity activity = p.activity();
        String employerId = activity.employer() == null ? null : activity.employer().id();
        LocalDate lastEnd = p.segment().situation().earlierPostings().stream()
                .filter(e -> e.from().equals(activity.postedFrom()) && e.to().equals(activity.state()))
                .filter(e -> !sameEmployerOnly || e.employerId().equals(employerId))
                .map(e -> e.period().end())
                .filter(end -> end.isBefore(activity.period().start()))
                .max(LocalDate::compareTo).orElse(null);
        if (lastEnd == null) {
            return Finding.met();
        }
        GoverningInstrument g = p.governing();
        if (!(g.repostingGapMonths() instanceof Parameter.Known<Integer> gap)) {
            return p.check("REPOSTING_GAP", NEEDS_ASSESSMENT, Facts.of("previousEnd", lastEnd.toString()),
                    "check.parameterUnknown", "reposting_gap_months");
        }
        LocalDate earliest = lastEnd.plusDays(1).plusMonths(gap.value());
        RequirementResult result = activity.period().start().isBefore(earliest) ? NOT_MET : MET;
        return p.check("REPOSTING_GAP", result, Facts.of("previousEnd", lastEnd.toString(),
                        "gapMonths", Finding.fact(gap.value()), "earliestNewPosting", earliest.toString()),
                REPOSTING_GAP_TEXTS.key(result), lastEnd.toString(), gap.value(), earliest.toString())
                .warnIfToCheck(g.repostingGapMonths(), "reposting_gap_months", g.instrument().id());
    }

    /**
     * The extension a posting can have: a self-employed person's is its own fact, never the employees' (the
     * conventions often give self-employed persons a shorter one, e.g. France–Argentina art. 6(2): 12 + 12 months
     * against 24 + 24 for employees; Cleiss, "Quelles sont les durées de détachement ?", rapport statistique 2015
     * p. 122). An unrecorded one stays unknown, so the officer decides rather than the employees' rule.
     */
    private Parameter<PostingExtension> extension(Posting p) {
        if (!p.selfEmployed()) {
            return p.governing().postingExtension();
        }
        return registry.parameter(p.governing().instrument().id(), p.segment().regime().partner(),
                p.segment().period().start(), FactType.SELF_EMPLOYED_POSTING_EXTENSION, PostingExtension.class);
    }

    private static final Set<PostingExtension.Kind> EXTENDABLE =
            EnumSet.of(PostingExtension.Kind.MONTHS, PostingExtension.Kind.UNTIL_END_OF_WORK);

    /**
     * The anticipated duration against the instrument's limit: within it (MET), beyond any extension (NOT_MET), or
     * within an extension someone must grant (NEEDS_ASSESSMENT, with the {@link Finding.Extension}).
     */
    private Finding duration(Posting p) {
        GoverningInstrument g = p.governing();
        int months = p.activity().period().monthsRoundedUp();
        Parameter<Integer> limit = p.selfEmployed() ? g.selfEmployedPostingMonths() : g.maxPostingMonths();
        String limitName = p.selfEmployed() ? "self_employed_posting_months" : "max_posting_months";
        String anticipated = Finding.fact(months);
        if (!(limit instanceof Parameter.Known<Integer> max)) {
            return p.check("POSTING_DURATION", NEEDS_ASSESSMENT, Facts.of("anticipatedMonths", anticipated),
                    "check.parameterUnknown", limitName);
        }
        String id = g.instrument().id();
        String maxMonths = Finding.fact(max.value());
        if (months <= max.value()) {
            return p.check("POSTING_DURATION", MET, Facts.of("anticipatedMonths", anticipated, "maxMonths", maxMonths),
                    "check.duration.MET", months, max.value()).warnIfToCheck(limit, limitName, id);
        }
        Parameter<PostingExtension> extensionFact = extension(p);
        String extensionName = p.selfEmployed() ? "self_employed_posting_extension" : "posting_extension";
        if (!(extensionFact instanceof Parameter.Known<PostingExtension> known)) {
            return p.check("POSTING_DURATION", NEEDS_ASSESSMENT, Facts.of("anticipatedMonths", anticipated,
                    "maxMonths", maxMonths), p.selfEmployed() ? "check.duration.selfEmployedExtensionUnknown"
                    : "check.duration.extensionUnknown", months, max.value())
                    .warnIfToCheck(limit, limitName, id);
        }
        PostingExtension e = known.value();
        String extension = e.toString();
        boolean withinExtension = EXTENDABLE.contains(e.kind())
                && (e.kind() == PostingExtension.Kind.UNTIL_END_OF_WORK || months <= max.value() + e.months());
        if (!withinExtension) {
            return p.check("POSTING_DURATION", NOT_MET, Facts.of("anticipatedMonths", anticipated, "maxMonths", maxMonths,
                            "extension", extension), "check.duration.NOT_MET", months, max.value(), extension)
                    .warnIfToCheck(limit, limitName, id).warnIfToCheck(known, extensionName, id);
        }
        Parameter<String> decidedBy = g.extensionDecidedBy();
        String who = decidedBy.optional().orElse("unknown");
        return p.check("POSTING_DURATION", NEEDS_ASSESSMENT, Facts.of("anticipatedMonths", anticipated,
                                "maxMonths", maxMonths, "extension", extension, "extensionDecidedBy", who),
                        "check.duration.extension", months, max.value(), extension,
                        RuleTexts.message("decidedBy." + (RuleTexts.has("decidedBy." + who) ? who : "unknown")))
                .warnIfToCheck(limit, limitName, id).warnIfToCheck(known, extensionName, id)
                .extendedFrom(p.activity().period().start().plusMonths(max.value()), decidedBy.isKnown());
    }
}
