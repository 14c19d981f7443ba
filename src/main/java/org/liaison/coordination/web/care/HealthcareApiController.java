package org.liaison.coordination.web.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.HealthcareAnswer;
import org.liaison.coordination.care.HealthcareAssessment;
import org.liaison.coordination.care.HealthcareClaim;
import org.liaison.coordination.care.HealthcareReimbursement;
import org.liaison.coordination.care.HealthcareRequest;
import org.liaison.shared.FieldProblem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national contact point's calculator: routes, prior authorisation, reimbursement, documents. */
@RestController
@RequestMapping(path = "/api/v1/coordination", produces = "application/json")
@Tag(name = "Coordination: care", description = "Healthcare abroad (Reg. 883/2004 art. 17–20, Directive 2011/24/EU) and unemployment (Reg. 883/2004 art. 61–65)")
class HealthcareApiController {

    private final HealthcareReimbursement engine;

    HealthcareApiController(HealthcareReimbursement engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/healthcare/reimbursement", consumes = "application/json")
    @Operation(summary = "Reimbursement of care abroad under the regulation and under Directive 2011/24/EU",
            description = "The route of Reg. 883/2004 that applies (EHIC art. 19, S1 art. 17 and 24–25, S2 art. 20), "
                    + "whether prior authorisation is needed (S2, Directive art. 8(2)), what the regulation pays (host "
                    + "tariffs plus the Vanbraekel complement for planned care, Reg. 987/2009 art. 26) and what the "
                    + "directive pays (at most the French cost, never above the actual cost, art. 7(4)), the more "
                    + "favourable route (art. 8(3)), the documents to send and the dated French tariff used with its "
                    + "source; tariffs marked demo are illustrative. Every check carries its legal reference and an "
                    + "explanation in the request's language (Accept-Language or ?lang=). Needs a signed-in user (HTTP Basic).",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The routes, amounts, documents and the trace")
    @ApiResponse(responseCode = "400", description = "Every problem of the input, each with its JSON path, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    HealthcareAnswer reimburse(@RequestBody HealthcareRequest request, Locale locale) {
        CareRequests read = new CareRequests();
        HealthcareClaim claim = CareRequests.healthcare(request, read);
        HealthcareAssessment assessment = engine.assess(claim);
        List<FieldProblem> problems = read.merge(assessment.problems());
        if (!problems.isEmpty()) {
            throw CareApi.invalid(problems);
        }
        return HealthcareAnswer.of(assessment, locale);
    }
}
