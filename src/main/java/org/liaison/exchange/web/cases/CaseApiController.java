package org.liaison.exchange.web.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.SedSubmission;
import org.liaison.exchange.web.CaseAccessResolver;
import org.liaison.shared.TextBundle;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Cases for the French institutions' applications: open, send, read, follow; each sees only its own cases. */
@RestController
@RequestMapping(path = "/api/v1/exchange", produces = "application/json")
@Tag(name = "Exchange: cases", description = "Cases (BUC instances): open, send SEDs and administrative actions, inbox")
class CaseApiController {

    private static final TextBundle TEXTS = TextBundle.of("i18n.cases");

    private final ExchangeCases cases;
    private final CaseAccessResolver access;

    CaseApiController(ExchangeCases cases, CaseAccessResolver access) {
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/cases")
    @Operation(summary = "Search the cases one may see", security = @SecurityRequirement(name = "basic"),
            description = "Liaison officers see every case, an institution's agents those of their institutions.")
    @ApiResponse(responseCode = "200", description = "The cases, most recent activity first")
    @ApiResponse(responseCode = "400", description = "A parameter is not valid")
    List<CaseApiViews.Case> search(@Parameter(description = "Part of the case id") @RequestParam(required = false) @Nullable String text,
                                   @Parameter(description = "BUC code") @RequestParam(required = false) @Nullable String buc,
                                   @Parameter(description = "OPEN, CLOSED_LOCALLY, CLOSED, ARCHIVED")
                                   @RequestParam(required = false) @Nullable BucCaseStatus status,
                                   @Parameter(description = "Only the liaison officers' queue (not routed yet)")
                                   @RequestParam(defaultValue = "false") boolean queue, Authentication user) {
        return cases.search(new CaseSearch(text, buc, status, null, queue), access.of(user), 200).stream()
                .map(CaseApiViews.Case::of).toList();
    }

    @GetMapping("/inbox")
    @Operation(summary = "The inbox: open cases whose last SED was received", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The cases awaiting this side, most recent first")
    List<CaseApiViews.Case> inbox(Authentication user) {
        return Inbox.of(cases, access.of(user)).stream().map(CaseApiViews.Case::of).toList();
    }

    @PostMapping(path = "/cases", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case as case owner with its starting SED", security = @SecurityRequirement(name = "basic"),
            description = "The SED is validated against its schema, the institutions against the IR and the action "
                    + "against the BUC; it then leaves through the outbox.")
    @ApiResponse(responseCode = "201", description = "The case")
    @ApiResponse(responseCode = "400", description = "Every problem in `errors`, each with its JSON path, code and rule")
    @ApiResponse(responseCode = "409", description = "The BUC does not allow this SED now; the reason and the rule")
    CaseApiViews.Case open(@RequestBody CaseApiViews.Opening o, Authentication user) {
        return CaseApiViews.Case.of(cases.open(new CaseOpening(o.bucType(), o.version(), o.owner(), o.counterparty(),
                o.sedType(), text(o.content()), attachments(o.attachments())), access.of(user)));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case with its participants, SEDs and deadlines", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case, or not one of the caller's institutions")
    CaseApiViews.Case find(@PathVariable String id, Authentication user) {
        return CaseApiViews.Case.of(cases.find(id, access.of(user)));
    }

    @GetMapping("/cases/{id}/history")
    @Operation(summary = "The case's history", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Every action with its actor and time, oldest first")
    @ApiResponse(responseCode = "404", description = "No such case, or not one of the caller's institutions")
    List<CaseApiViews.History> history(@PathVariable String id, Authentication user) {
        return cases.history(id, access.of(user)).stream().map(CaseApiViews.History::of).toList();
    }

    @GetMapping("/cases/{id}/seds/{sedId}")
    @Operation(summary = "An SED's content (audited)", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The SED as JSON")
    @ApiResponse(responseCode = "404", description = "No such case or SED, or not one of the caller's institutions")
    String content(@PathVariable String id, @PathVariable String sedId, Authentication user) {
        return cases.content(id, sedId, access.of(user));
    }

    @PostMapping(path = "/cases/{id}/seds", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send an SED or take an administrative action in the case", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "201", description = "The case after the action")
    @ApiResponse(responseCode = "400", description = "Every problem in `errors`, each with its JSON path, code and rule")
    @ApiResponse(responseCode = "404", description = "No such case, or not one of the caller's institutions")
    @ApiResponse(responseCode = "409", description = "The BUC does not allow this now; the reason and the rule")
    CaseApiViews.Case submit(@PathVariable String id, @RequestBody CaseApiViews.Submission s, Authentication user) {
        BucActionKind action = action(s.action());
        return CaseApiViews.Case.of(cases.submit(id, new SedSubmission(action, s.sedType(), s.inReplyTo(),
                s.participant(), text(s.content()), attachments(s.attachments())), access.of(user)));
    }

    static BucActionKind action(@Nullable String action) {
        if (action == null || action.isBlank()) {
            return BucActionKind.SEND;
        }
        try {
            return BucActionKind.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CaseRefusedException(CaseRefusedException.Kind.INVALID, List.of(new org.liaison.exchange.cases.CaseProblem(
                    "$.action", "action.unknown", TEXTS.text("cases.problem.action.unknown", action), null)));
        }
    }

    private static @Nullable String text(@Nullable JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return null;
        }
        return content.isString() ? content.asString() : content.toString();
    }

    private static List<org.liaison.exchange.cases.SedAttachment> attachments(@Nullable List<CaseApiViews.Attachment> files) {
        return files == null ? List.of() : files.stream().map(CaseApiViews.Attachment::toAttachment).toList();
    }
}
