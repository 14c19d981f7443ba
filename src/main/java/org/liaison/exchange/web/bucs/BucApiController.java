package org.liaison.exchange.web.bucs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucVerdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The BUC definitions, and the engine's verdict on a proposed action, for the institutions' applications. */
@RestController
@RequestMapping(path = "/api/v1/exchange/bucs", produces = "application/json")
@Tag(name = "Exchange: BUCs", description = "Business use cases as versioned data (CDM 4.2, 4.3) and the BUC engine")
class BucApiController {

    private static final String CHECK_EXAMPLE = """
            {"version": "4.3",
             "case": {"status": "OPEN", "createdOn": "2026-03-02",
                      "participants": [{"institution": "FR:CLEISS01", "role": "CASE_OWNER"},
                                       {"institution": "DE:DRV0001", "role": "COUNTERPARTY"}],
                      "seds": [{"id": "1", "type": "A001", "sender": "CASE_OWNER", "state": "SENT", "date": "2026-03-02"}]},
             "action": {"kind": "SEND", "by": "COUNTERPARTY", "sed": "A011", "target": "1", "on": "2026-03-20"}}""";

    private final BucDefinitions definitions;
    private final BucEngine engine;
    private final JsonMapper json;

    BucApiController(BucDefinitions definitions, BucEngine engine, JsonMapper json) {
        this.definitions = definitions;
        this.engine = engine;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List the BUCs of a data-model version", security = @SecurityRequirement(name = "basic"),
            description = "Each BUC with its sector, title (French and English) and starting SEDs. Needs a signed-in user.")
    @ApiResponse(responseCode = "200", description = "The BUCs of the version, by code")
    @ApiResponse(responseCode = "400", description = "Unknown version; `errors` names the field")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    BucApiViews.BucList list(@Parameter(description = "Data-model version, e.g. 4.2 or 4.3 (default: the newest)")
                             @RequestParam(required = false) @Nullable String version) {
        String v = BucLookup.version(definitions, version);
        return new BucApiViews.BucList(v, definitions.versions(),
                definitions.all(v).stream().map(BucApiViews.BucSummary::of).toList());
    }

    @GetMapping("/{type}")
    @Operation(summary = "One BUC's definition", security = @SecurityRequirement(name = "basic"),
            description = "Who starts it with which SED, the business SEDs each side may send and what they answer, the "
                    + "administrative actions (X001–X013), the reply delays (configuration, not law) and the inactivity "
                    + "and archiving periods.")
    @ApiResponse(responseCode = "200", description = "The definition")
    @ApiResponse(responseCode = "400", description = "Unknown version; `errors` names the field")
    @ApiResponse(responseCode = "404", description = "No such BUC in this version")
    BucApiViews.BucDetail detail(@Parameter(description = "BUC code, e.g. LA_BUC_01") @PathVariable String type,
                                 @Parameter(description = "Data-model version (default: the newest)")
                                 @RequestParam(required = false) @Nullable String version) {
        return BucApiViews.BucDetail.of(BucLookup.definition(definitions, type, version));
    }

    @PostMapping(path = "/{type}/checks", consumes = "application/json")
    @Operation(summary = "Ask the BUC engine whether an action is allowed now", security = @SecurityRequirement(name = "basic"),
            description = "Send a snapshot of the case (status, participants, SEDs so far) and the proposed action (send an "
                    + "SED, or one of the administrative actions of action.kind). The answer: allowed (with the SED sent and the status after), or refused with a "
                    + "reason code, an explanation in French and English and the rule of the definition; plus what the "
                    + "acting side may do that day, the replies awaited and the case's closing and archiving dates. "
                    + "Nothing is stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = BucApiViews.CheckRequest.class),
                    examples = @ExampleObject(name = "A011 answers an A001", value = CHECK_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The verdict (allowed or refused) and the case's dates")
    @ApiResponse(responseCode = "400", description = "Malformed request: every problem with its JSON path in `errors`")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "404", description = "No such BUC")
    BucApiViews.CheckResult check(@Parameter(description = "BUC code", example = "LA_BUC_01") @PathVariable String type,
                                  @RequestBody(required = false) @Nullable String body) {
        var definition = BucLookup.definition(definitions, type, null);
        BucCheckParser.Check check = new BucCheckParser(json).parse(definition.type(), definitions.latestVersion(), body);
        BucLookup.definition(definitions, type, check.version());
        BucVerdict verdict = engine.check(check.state(), check.action());
        var lifecycle = engine.lifecycle(check.state());
        return new BucApiViews.CheckResult(verdict, lifecycle.statusOn(check.action().on(), check.state().status()),
                engine.nextActions(check.state(), check.action().by(), check.action().on()),
                engine.deadlines(check.state()), BucApiViews.Lifecycle.of(lifecycle));
    }
}
