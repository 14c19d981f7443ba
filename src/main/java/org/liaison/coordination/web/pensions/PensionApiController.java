package org.liaison.coordination.web.pensions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.liaison.coordination.pensions.PensionEstimateView;
import org.liaison.coordination.pensions.PensionInput;
import org.liaison.coordination.pensions.PensionInputs;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Estimates the old-age pensions of a career over several states, with every step of the calculation explained. */
@RestController
@RequestMapping(path = "/api/v1/coordination/pensions", produces = "application/json")
@Tag(name = "Coordination: pensions", description = "Aggregation of periods and pro-rata pensions (Reg. 883/2004 "
        + "art. 50–58, Reg. 987/2009 art. 12–13, France's bilateral conventions)")
class PensionApiController {

    private static final String PENSIONS = "i18n.pensions";

    private final PensionInputs inputs;
    private final MessageSource messages;

    PensionApiController(PensionInputs inputs, MessageSource messages) {
        this.inputs = inputs;
        this.messages = messages;
    }

    @PostMapping(path = "/estimate", consumes = "application/json")
    @Operation(summary = "Estimate the pensions of a career over several states",
            description = "Aggregates the periods (each day once, Reg. 987/2009 art. 12 priorities, units converted by "
                    + "art. 13), then for each state: the national (independent) benefit, the theoretical and pro-rata "
                    + "amounts and the amount due (Reg. 883/2004 art. 52(3)), Annex VIII waivers (art. 52(4)–(5)), the "
                    + "under-one-year rule (art. 57) and the minimum-pension supplement of the state of residence "
                    + "(art. 58). Every check carries its legal reference and an explanation in the request's language "
                    + "(Accept-Language or ?lang=, French or English). An estimate, not a decision. Needs a signed-in "
                    + "user (HTTP Basic); the public simulator /simulators/pension-estimate answers the same question.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The estimate and its trace")
    @ApiResponse(responseCode = "400", description = "Every problem of the request, each with its JSON path, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    PensionEstimateView estimate(@RequestBody PensionInput input, Locale locale) {
        PensionInputs.Outcome outcome = inputs.estimate(input);
        if (!outcome.valid()) {
            throw new InvalidInputException("invalid-input", Message.of(PENSIONS, "pensions.problem.title"),
                    Message.of(PENSIONS, "pensions.problem.detail", outcome.problems().size()), outcome.problems());
        }
        return PensionEstimateView.of(outcome.estimate(), outcome.request(), locale,
                messages.getMessage("pensions.notice", null, locale));
    }
}
