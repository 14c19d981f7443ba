package org.liaison.coordination.web.legislation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.liaison.coordination.ApplicableLegislation;
import org.liaison.coordination.DecisionView;
import org.liaison.coordination.LegislationDecision;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationValidator;
import org.liaison.shared.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which state's legislation applies to a situation, with the engine's full trace. */
@RestController
@RequestMapping(path = "/api/v1/coordination", produces = "application/json")
@Tag(name = "Coordination", description = "Applicable legislation (Reg. 883/2004 Title II, UK protocol, bilateral conventions, decrees)")
public class ApplicableLegislationApiController {

    private final SituationValidator validator;
    private final ApplicableLegislation engine;

    ApplicableLegislationApiController(SituationValidator validator, ApplicableLegislation engine) {
        this.validator = validator;
        this.engine = engine;
    }

    @PostMapping(path = "/applicable-legislation", consumes = "application/json")
    @Operation(summary = "Decide the applicable legislation of a situation",
            description = "The one legislation for each part of the period, with the provision code, its legal reference "
                    + "and the instrument; every requirement checked (result, facts, reference, explanation); warnings; "
                    + "the facts still missing (status NEEDS_INFORMATION). Texts and citations in the request's language "
                    + "(Accept-Language or ?lang=, French or English). Needs a signed-in user "
                    + "(HTTP Basic); the public simulator answers the same question for the public.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The decision and its trace")
    @ApiResponse(responseCode = "400", description = "Every problem of the situation, each with its field, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    LegislationDecision decide(@RequestBody SituationInput situation, Locale locale) {
        SituationValidator.Result result = validator.validate(situation);
        if (!result.valid()) {
            throw new InvalidInputException(result.problems());
        }
        return DecisionView.of(engine.decide(result.situation())).in(locale);
    }
}
