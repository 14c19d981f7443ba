package org.liaison.coordination.web.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.UnemploymentAnswer;
import org.liaison.coordination.care.UnemploymentAssessment;
import org.liaison.coordination.care.UnemploymentClaim;
import org.liaison.coordination.care.UnemploymentCoordination;
import org.liaison.coordination.care.UnemploymentRequest;
import org.liaison.shared.FieldProblem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unemployment across states: the paying state, aggregation, export with PD U2, reimbursement between states. */
@RestController
@RequestMapping(path = "/api/v1/coordination", produces = "application/json")
@Tag(name = "Coordination: care")
class UnemploymentApiController {

    private final UnemploymentCoordination engine;

    UnemploymentApiController(UnemploymentCoordination engine) {
        this.engine = engine;
    }

    @PostMapping(path = "/unemployment/assessment", consumes = "application/json")
    @Operation(summary = "Which state pays unemployment benefits, the export with PD U2 and the reimbursement",
            description = "The instrument that links the states on the date (registry: Reg. 883/2004 and the texts "
                    + "applying it, Reg. 1408/71 before, the EU-UK TCA, bilateral conventions), the paying state and its "
                    + "provision (art. 65: wholly unemployed frontier workers paid by the state of residence, partially "
                    + "unemployed by the state of work, a choice for other workers), the days aggregated (art. 61), the "
                    + "export with its PD U2 dates (art. 64; months from the registry's dated facts) and what the state "
                    + "of last activity reimburses (art. 65(6)–(7), Reg. 987/2009 art. 70). Registry facts the rules "
                    + "need and lack are named in `missingFacts`. Needs a signed-in user (HTTP Basic).",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The assessment and its trace")
    @ApiResponse(responseCode = "400", description = "Every problem of the input, each with its JSON path, in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    UnemploymentAnswer assess(@RequestBody UnemploymentRequest request, Locale locale) {
        CareRequests read = new CareRequests();
        UnemploymentClaim claim = CareRequests.unemployment(request, read);
        UnemploymentAssessment assessment = engine.assess(claim);
        List<FieldProblem> problems = read.merge(assessment.problems());
        if (!problems.isEmpty()) {
            throw CareApi.invalid(problems);
        }
        return UnemploymentAnswer.of(assessment, locale);
    }
}
