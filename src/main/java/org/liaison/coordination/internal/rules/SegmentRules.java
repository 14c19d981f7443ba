package org.liaison.coordination.internal.rules;

import static org.liaison.coordination.RequirementResult.MET;
import static org.liaison.coordination.RequirementResult.NEEDS_ASSESSMENT;

import java.util.List;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.coordination.ActivityKind;
import org.liaison.coordination.DecisionStatus;
import org.liaison.coordination.Provision;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/** Step 3 of the flow: selects the provisions that can apply to a part of the period, by regime, and evaluates them. */
final class SegmentRules {

    private static final LegalReference NO_INSTRUMENT = Provisions.of("NO_COORDINATION").reference();

    private final PostingPolicy postings;
    private final SingleStatePolicy single;
    private final MultiStatePolicy multi;

    SegmentRules(AgreementRegistry parameters) {
        this.postings = new PostingPolicy(parameters);
        this.single = new SingleStatePolicy();
        this.multi = new MultiStatePolicy(parameters, single);
    }

    Outcome evaluate(Segment segment, Trace trace) {
        Regime regime = segment.regime();
        String day = segment.period().start().toString();
        return switch (regime.family()) {
            case DOMESTIC -> assessment(trace, "NO_CROSS_BORDER_ELEMENT", "check.domestic");
            case NONE -> assessment(trace, "NO_INSTRUMENT", "check.noInstrument", String.valueOf(regime.partner()), day);
            case MIXED -> assessment(trace, "SEVERAL_INSTRUMENTS", "check.severalInstruments", day);
            case UNMODELLED -> assessment(trace, "RULES_NOT_MODELLED", "check.unmodelled", regime.instrumentId());
            case UK_WA -> {
                Provision wa = Provisions.of("UK_WA_ART30");
                trace.check("SITUATION_BEGAN_BEFORE_2021", wa.code(), MET, Map.of("situationStart", segment.situationStart().toString()),
                        wa.reference(), "check.withdrawalAgreement", segment.situationStart().toString());
                yield regulation883(segment, trace);
            }
            case REG_883 -> regulation883(segment, trace);
            case UK_TCA, REG_1408 -> postingOrLexLoci(segment, trace, regulationProvisions(Codes.of(regime.family())));
            case CONVENTION -> convention(segment, trace);
        };
    }

    private Outcome regulation883(Segment segment, Trace trace) {
        List<Segment.Indexed> activities = segment.activities();
        List<Segment.Indexed> postingsHere = activities.stream().filter(SegmentRules::isPosting).toList();
        Outcome outcome;
        if (activities.isEmpty()) {
            outcome = single.inactive(segment, trace);
        } else if (!postingsHere.isEmpty()) {
            if (activities.size() > 1) {
                return assessment(trace, "POSTING_WITH_OTHER_ACTIVITY", "check.postingWithOtherActivity");
            }
            Segment.Indexed posting = postingsHere.get(0);
            return posting.activity().kind() == ActivityKind.CIVIL_SERVANT ? single.civilServant(segment, posting, trace)
                    : postings.evaluate(segment, posting, regulationProvisions(Codes.REG_883), trace);
        } else if (MultiStatePolicy.states(activities).size() == 1) {
            outcome = single.oneState(segment, trace);
        } else {
            outcome = multi.evaluate(segment, trace);
        }
        if (segment.situation().exceptionRequested() && outcome.status() != DecisionStatus.NEEDS_INFORMATION) {
            Provision art16 = Provisions.of("EU_883_ART16_1");
            trace.check("EXCEPTION_REQUESTED", art16.code(), NEEDS_ASSESSMENT, Map.of(), art16.reference(),
                    "check.exceptionRequestedNoPosting");
            return outcome.withStatus(DecisionStatus.NEEDS_AGREEMENT);
        }
        return outcome;
    }

    /** The UK protocol and Reg. 1408/71: the engine models their posting and lex loci rules only. */
    private Outcome postingOrLexLoci(Segment segment, Trace trace, PostingPolicy.Provisions provisions) {
        List<Segment.Indexed> activities = segment.activities();
        if (activities.size() == 1) {
            Segment.Indexed only = activities.get(0);
            ActivityKind kind = only.activity().kind();
            if (kind == ActivityKind.EMPLOYED || kind == ActivityKind.SELF_EMPLOYED) {
                if (isPosting(only)) {
                    return postings.evaluate(segment, only, provisions, trace);
                }
                return lexLoci(segment, only, provisions.lexLoci(), trace);
            }
        }
        return assessment(trace, "RULE_NOT_MODELLED", "check.ruleNotModelled", segment.regime().instrumentId());
    }

    private Outcome convention(Segment segment, Trace trace) {
        GoverningInstrument g = segment.regime().governing();
        PartnerCode partner = segment.regime().partner();
        PostingPolicy.Provisions provisions = conventionProvisions(g, partner);
        if (g.uncertain()) {
            trace.warn("INSTRUMENT_DATES_UNCERTAIN", "warning.instrumentDatesUncertain", g.instrument().id());
        }
        List<Segment.Indexed> activities = segment.activities();
        if (activities.isEmpty()) {
            return assessment(trace, "CONVENTION_INACTIVE", "check.conventionInactive", g.instrument().id());
        }
        if (activities.size() == 1 && isPosting(activities.get(0))
                && activities.get(0).activity().kind() != ActivityKind.CIVIL_SERVANT) {
            return postings.evaluate(segment, activities.get(0), provisions, trace);
        }
        boolean oneState = MultiStatePolicy.states(activities).size() == 1;
        boolean ordinary = activities.stream().allMatch(a -> !isPosting(a)
                && (a.activity().kind() == ActivityKind.EMPLOYED || a.activity().kind() == ActivityKind.SELF_EMPLOYED));
        if (oneState && ordinary) {
            return lexLoci(segment, activities.get(0), provisions.lexLoci(), trace);
        }
        return assessment(trace, "RULE_NOT_MODELLED", "check.ruleNotModelled", g.instrument().id());
    }

    private static Outcome lexLoci(Segment segment, Segment.Indexed activity, Provision lexLoci, Trace trace) {
        PartnerCode state = activity.activity().state();
        trace.check("ACTIVITY_STATE", lexLoci.code(), MET, Map.of("state", state.value()), lexLoci.reference(),
                "check.lexLoci", state.value());
        return Outcome.decided(segment.period(), state, lexLoci, segment.regime().instrumentId());
    }

    private static Outcome assessment(Trace trace, String code, String key, Object... args) {
        trace.check(code, "NO_COORDINATION", NEEDS_ASSESSMENT, Map.of(), NO_INSTRUMENT, key, args);
        return Outcome.without(DecisionStatus.NEEDS_ASSESSMENT);
    }

    static boolean isPosting(Segment.Indexed a) {
        return a.activity().postedFrom() != null && !a.activity().postedFrom().equals(a.activity().state());
    }

    private static PostingPolicy.Provisions regulationProvisions(Codes codes) {
        return new PostingPolicy.Provisions() {
            public Provision posting(boolean selfEmployed) {
                return Provisions.of(selfEmployed ? codes.postingSelfEmployed() : codes.postingEmployed());
            }

            public Provision extension() {
                return Provisions.of(codes.extension() != null ? codes.extension() : codes.exception());
            }

            public Provision exception() {
                return Provisions.of(codes.exception());
            }

            public Provision lexLoci() {
                return Provisions.of(codes.lexLoci());
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
