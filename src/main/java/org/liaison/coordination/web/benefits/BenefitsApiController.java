package org.liaison.coordination.web.benefits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.liaison.coordination.benefits.BenefitExport;
import org.liaison.coordination.benefits.BenefitInputs;
import org.liaison.coordination.benefits.BenefitViews;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.coordination.benefits.FamilyCase;
import org.liaison.coordination.benefits.FamilyDecision;
import org.liaison.coordination.benefits.FamilyPriority;
import org.liaison.coordination.benefits.FamilyStatus;
import org.liaison.shared.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Export of French benefits and family-benefit priority, with the engines' full trace. */
@RestController
@RequestMapping(path = "/api/v1/coordination", produces = "application/json")
@Tag(name = "Coordination: benefits", description = "Export of benefits (Reg. 883/2004 art. 7, 64, 67, 70 + Annex X, "
        + "conventions) and family-benefit priority (Reg. 883/2004 art. 67–69, Reg. 987/2009 art. 58–60)")
class BenefitsApiController {

    private final BenefitInputs inputs;
    private final BenefitExport export;
    private final FamilyPriority family;

    BenefitsApiController(BenefitInputs inputs, BenefitExport export, FamilyPriority family) {
        this.inputs = inputs;
        this.export = export;
        this.family = family;
    }

    @PostMapping(path = "/benefit-export", consumes = "application/json")
    @Operation(summary = "May a French benefit be paid to a person residing in another state?",
            description = "For a French benefit, the state of residence and the date: whether it may be paid there "
                    + "(status), the instrument and article, the "
                    + "unemployment export period read from the registry (missingFacts names what the registry lacks), and "
                    + "every requirement checked with its explanation, in the request's language.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The answer and its trace")
    @ApiResponse(responseCode = "400", description = "Every problem (unknown benefit or state, impossible date, missing "
            + "field), each with its JSON field path, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    BenefitViews.Export benefitExport(@RequestBody BenefitInputs.ExportInput input, Locale locale) {
        BenefitInputs.Read<ExportQuestion> read = inputs.export(input);
        ExportDecision decision = export.decide(read.value());
        if (!read.problems().isEmpty() || decision.status() == ExportStatus.INVALID) {
            throw new InvalidInputException(BenefitInputs.merge(read.problems(), decision.problems()));
        }
        return BenefitViews.Export.of(decision, locale);
    }

    @PostMapping(path = "/family-benefits/priority", consumes = "application/json")
    @Operation(summary = "Which state pays family benefits first, and what the others add",
            description = "For the date, each child's state of residence and each state's right (what it rests on; "
                    + "monthly amount in euros for the whole family, at most two decimals, or, better, `benefits` by kind "
                    + "and by child): the instruments "
                    + "found between France and each state, the priority state (per child when children live apart), the "
                    + "differential supplements with the comparison made (`comparison`: whole-family totals, benefits of "
                    + "the same kind after CJEU C-347/12 Wiering, or child by child where every state grants them per "
                    + "child) and each line compared, the cost sharing of Reg. 987/2009 art. 58, the state paying provisionally "
                    + "under art. 60(5), and every requirement checked. NOT_COORDINATED when no instrument coordinates "
                    + "family benefits (e.g. the EU–UK protocol): each state's own law then applies.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The decision and its trace")
    @ApiResponse(responseCode = "400", description = "Every problem (unknown state or ground, impossible date, negative "
            + "amount or more than two decimals, same state twice), each with its JSON field path, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    BenefitViews.Family familyPriority(@RequestBody BenefitInputs.FamilyInput input, Locale locale) {
        BenefitInputs.Read<FamilyCase> read = inputs.family(input);
        FamilyDecision decision = family.decide(read.value());
        if (!read.problems().isEmpty() || decision.status() == FamilyStatus.INVALID) {
            throw new InvalidInputException(BenefitInputs.merge(read.problems(), decision.problems()));
        }
        return BenefitViews.Family.of(decision, locale);
    }
}
