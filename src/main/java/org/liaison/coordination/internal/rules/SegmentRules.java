package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;

import java.util.List;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.coordination.Facts;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Step 3 of the flow: selects the provisions that can apply to a part of the period, by regime, and evaluates them;
 * every policy returns its outcome with its findings.
 */
final class SegmentRules {

    private static final LegalReference NO_INSTRUMENT = Provisions.of("NO_COORDINATION").reference();
    private static final PostingPolicy.Provisions REG_883 = regulationProvisions(Codes.REG_883);
    private static final PostingPolicy.Provisions UK_TCA = regulationProvisions(Codes.UK_TCA);
    private static final PostingPolicy.Provisions REG_1408 = regulationProvisions(Codes.REG_1408);

    private final PostingPolicy postings;
    private final SingleStatePolicy single;
    private final MultiStatePolicy multi;
    private final MarginalActivities marginal;

    SegmentRules(AgreementRegistry registry) {
        this.postings = new PostingPolicy(registry);
        this.single = new SingleStatePolicy();
        this.multi = new MultiStatePolicy(registry);
        this.marginal = new MarginalActivities(registry);
    }

    Outcome evaluate(Segment segment) {
        Regime regime = segment.regime();
        return switch (regime.family()) {
            case DOMESTIC -> assessment("NO_CROSS_BORDER_ELEMENT", "check.domestic");
            case NONE -> assessment("NO_INSTRUMENT", "check.noInstrument", String.valueOf(regime.partner()),
                    segment.period().start().toString());
            case MIXED -> assessment("SEVERAL_INSTRUMENTS", "check.severalInstruments", segment.period().start().toString());
            case UNMODELLED -> assessment("RULES_NOT_MODELLED", "check.unmodelled", regime.instrumentId());
            case UK_WA -> {
                Provision wa = Provisions.of("UK_WA_ART30");
                yield regulation883(segment).with(Finding.check("SITUATION_BEGAN_BEFORE_2021", wa, MET,
                        Facts.of("situationStart", segment.situationStart().toString()), "check.withdrawalAgreement",
                        segment.situationStart().toString()));
            }
            case REG_883 -> regulation883(segment);
            case UK_TCA -> postingOrLexLoci(segment, UK_TCA);
            case REG_1408 -> postingOrLexLoci(segment, REG_1408);
            case CONVENTION -> convention(segment);
        };
    }

    private Outcome regulation883(Segment submitted) {
        MarginalActivities.Result disregarded = marginal.disregard(submitted);
        Outcome outcome = regulation883WithoutMarginal(disregarded.segment());
        for (Finding finding : disregarded.findings()) {
            outcome = outcome.with(finding);
        }
        return outcome;
    }

    private Outcome regulation883WithoutMarginal(Segment segment) {
        List<Segment.Indexed> activities = segment.activities();
        Segment.Indexed posting = null;
        for (int i = activities.size() - 1; i >= 0; i--) {
            posting = isPosting(activities.get(i)) ? activities.get(i) : posting;
        }
        Outcome outcome;
        if (activities.isEmpty()) {
            outcome = single.inactive(segment);
        } else if (posting != null) {
            if (activities.size() > 1) {
                return assessment("POSTING_WITH_OTHER_ACTIVITY", "check.postingWithOtherActivity");
            }
            return posting.activity().kind() == ActivityKind.CIVIL_SERVANT ? single.civilServant(segment, posting)
                    : postings.evaluate(segment, posting, REG_883);
        } else if (MultiStatePolicy.states(activities).size() == 1) {
            outcome = single.oneState(segment);
        } else {
            outcome = multi.evaluate(segment);
        }
        if (segment.situation().exceptionRequested() && outcome.status() != DecisionStatus.NEEDS_INFORMATION) {
            Provision art16 = Provisions.of("EU_883_ART16_1");
            return outcome.withStatus(DecisionStatus.NEEDS_AGREEMENT).with(Finding.check("EXCEPTION_REQUESTED", art16,
                    NEEDS_ASSESSMENT, Map.of(), "check.exceptionRequestedNoPosting"));
        }
        return outcome;
    }

    /** The UK protocol and Reg. 1408/71: the engine models their posting and lex loci rules only. */
    private Outcome postingOrLexLoci(Segment segment, PostingPolicy.Provisions provisions) {
        List<Segment.Indexed> activities = segment.activities();
        if (activities.size() == 1) {
            Segment.Indexed only = activities.get(0);
            ActivityKind kind = only.activity().kind();
            if (kind == ActivityKind.EMPLOYED || kind == ActivityKind.SELF_EMPLOYED) {
                if (isPosting(only)) {
                    return postings.evaluate(segment, only, provisions);
                }
                return lexLoci(segment, only, provisions.lexLoci());
            }
        }
        return assessment("RULE_NOT_MODELLED", "check.ruleNotModelled", segment.regime().instrumentId());
    }

    private Outcome convention(Segment segment) {
        GoverningInstrument g = segment.regime().governing();
        Outcome outcome = conventionRules(segment, g);
        return g.uncertain() ? outcome.with(Finding.warning("INSTRUMENT_DATES_UNCERTAIN",
                "warning.instrumentDatesUncertain", g.instrument().id())) : outcome;
    }

    private Outcome conventionRules(Segment segment, GoverningInstrument g) {
        PartnerCode partner = segment.regime().partner();
        PostingPolicy.Provisions provisions = conventionProvisions(g, partner);
        List<Segment.Indexed> activities = segment.activities();
        if (activities.isEmpty()) {
            return assessment("CONVENTION_INACTIVE", "check.conventionInactive", g.instrument().id());
        }
        if (activities.size() == 1 && isPosting(activities.get(0))
                && activities.get(0).activity().kind() != ActivityKind.CIVIL_SERVANT) {
            return postings.evaluate(segment, activities.get(0), provisions);
        }
        boolean oneState = MultiStatePolicy.states(activities).size() == 1;
        boolean ordinary = activities.stream().allMatch(a -> !isPosting(a)
                && (a.activity().kind() == ActivityKind.EMPLOYED || a.activity().kind() == ActivityKind.SELF_EMPLOYED));
        if (oneState && ordinary) {
            return lexLoci(segment, activities.get(0), provisions.lexLoci());
        }
        return assessment("RULE_NOT_MODELLED", "check.ruleNotModelled", g.instrument().id());
    }

    private static Outcome lexLoci(Segment segment, Segment.Indexed activity, Provision lexLoci) {
        PartnerCode state = activity.activity().state();
        return Outcome.decided(segment.period(), state, lexLoci, segment.regime().instrumentId(),
                Finding.check("ACTIVITY_STATE", lexLoci, MET, Facts.of("state", state.value()), "check.lexLoci",
                        state.value()));
    }

    private static Outcome assessment(String code, String key, Object... args) {
        return Outcome.without(DecisionStatus.NEEDS_ASSESSMENT,
                Finding.check(code, "NO_COORDINATION", NEEDS_ASSESSMENT, Map.of(), NO_INSTRUMENT, key, args));
    }

    static boolean isPosting(Segment.Indexed a) {
        return a.activity().postedFrom() != null && !a.activity().postedFrom().equals(a.activity().state());
    }

    private static PostingPolicy.Provisions regulationProvisions(Codes codes) {
        Provision employed = Provisions.of(codes.postingEmployed());
        Provision selfEmployed = Provisions.of(codes.postingSelfEmployed());
        Provision extension = Provisions.of(codes.extension() != null ? codes.extension() : codes.exception());
        Provision exception = Provisions.of(codes.exception());
        Provision lexLoci = Provisions.of(codes.lexLoci());
        return new PostingPolicy.Provisions() {
            public Provision posting(boolean isSelfEmployed) {
                return isSelfEmployed ? selfEmployed : employed;
            }

            public Provision extension() {
                return extension;
            }

            public Provision exception() {
                return exception;
            }

            public Provision lexLoci() {
                return lexLoci;
            }
        };
    }

    private static PostingPolicy.Provisions conventionProvisions(GoverningInstrument g, PartnerCode partner) {
        return new PostingPolicy.Provisions() {
            public Provision posting(boolean selfEmployed) {
                return Provisions.convention(g.instrument(), partner, Provisions.Role.POSTING);
            }

            public Provision extension() {
                return Provisions.convention(g.instrument(), partner, Provisions.Role.EXTENSION);
            }

            public Provision exception() {
                return Provisions.convention(g.instrument(), partner, Provisions.Role.DEROGATION);
            }

            public Provision lexLoci() {
                return Provisions.convention(g.instrument(), partner, Provisions.Role.LEX_LOCI);
            }
        };
    }
}
