package org.liaison.postings.web.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.postings.internal.PostingAgreements;
import org.liaison.postings.internal.PostingRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.PostingStatus;
import org.liaison.postings.internal.Submission;
import org.liaison.postings.internal.SubmissionRateLimit;
import org.liaison.postings.web.CertificatePdf;
import org.liaison.postings.web.PostingRequestNotFound;
import org.liaison.postings.web.PostingRequestView;
import org.liaison.postings.web.TooManySubmissions;
import org.liaison.postings.web.queue.Outcomes;
import org.liaison.shared.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posting requests: anyone submits (an employer or a self-employed person, no account: the answer is a number and
 * an access code), the requester follows the request with both, liaison officers list the queue and decide.
 */
@RestController
@RequestMapping(path = "/api/v1/posting-requests", produces = "application/json")
@Tag(name = "Posting requests", description = "Submission, follow-up and officers' decisions on requests for a posting certificate")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PostingRequestsApiController {

    static final String ACCESS_CODE = "X-Access-Code";

    private final PostingRequests requests;
    private final PostingAgreements agreements;
    private final SubmissionRateLimit rateLimit;

    PostingRequestsApiController(PostingRequests requests, PostingAgreements agreements, SubmissionRateLimit rateLimit) {
        this.requests = requests;
        this.agreements = agreements;
        this.rateLimit = rateLimit;
    }

    /** The answer to a submission: keep the access code, it is shown only once. */
    @Schema(name = "PostingReceipt")
    record ReceiptView(String number, String accessCode, PostingRequestView request) {
    }

    /** An officer's decision on a request in the queue. */
    @Schema(name = "PostingDecision")
    record DecisionInput(@Schema(description = "The officer's decision", allowableValues = {"APPROVE", "REFUSE"},
                                 example = "APPROVE") @Nullable String outcome,
                         @Schema(description = "Why; shown to the requester", example = "Activité substantielle en France confirmée par l’Urssaf")
                         @Nullable String reason) {
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a posting request",
            description = "Open to the public (no account): the situation of one posting from France, the holder's "
                    + "details for the certificate, the employer's name and the fields the holder agrees to show on the "
                    + "public verification page. The engine decides at once when it can (approved, or refused with the "
                    + "reason); otherwise the request waits for a liaison officer. Only a request from a verified "
                    + "applicant account (HTTP Basic with the account's e-mail address) is approved by the engine alone: "
                    + "an anonymous one it would approve waits for a liaison officer (IN_REVIEW) with a reason saying so. The certificates of an approved "
                    + "request are issued just after the approval is stored: `certificates` may still be empty in this "
                    + "answer; GET the request (with its access code) to find them. Anonymous clients are limited in "
                    + "submissions per hour (429).")
    @ApiResponse(responseCode = "201", description = "The request number, its access code (shown once) and its status")
    @ApiResponse(responseCode = "400", description = "Every problem, each with its field, in `errors`")
    @ApiResponse(responseCode = "409", description = "The person already holds a valid certificate (`certificate`, type "
            + "`certificate-overlaps`) or has a pending request (`request`, type `request-overlaps`) for an overlapping "
            + "period. A request that starts within or the day after a valid certificate for the same work state and ends "
            + "later extends it instead (`extendsCertificate`); one that overlaps only withdrawn certificates replaces "
            + "the latest (`replacesCertificate`).")
    @ApiResponse(responseCode = "429", description = "Too many submissions from this address")
    ReceiptView submit(@RequestBody Submission submission, HttpServletRequest http, @Nullable Authentication user,
                       Locale locale) {
        if (user == null) {
            RateLimits.Verdict verdict = rateLimit.tryAcquire(http.getRemoteAddr());
            if (!verdict.allowed()) {
                throw new TooManySubmissions(verdict.retryAfter());
            }
        }
        PostingRequests.Receipt receipt = requests.submit(submission, ApplicantSession.of(user));
        return new ReceiptView(receipt.number(), receipt.accessCode(), PostingRequestView.of(receipt.request(), false, locale));
    }

    @GetMapping("/{number}")
    @Operation(summary = "Follow a posting request",
            description = "Status, the engine's decision with its trace, the reason, the certificate numbers when issued. "
                    + "The requester gives the access code in the X-Access-Code header; a liaison officer needs none.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request, or a wrong access code")
    PostingRequestView status(@PathVariable String number,
                              @Parameter(description = "The access code given at submission")
                              @RequestHeader(name = ACCESS_CODE, required = false) @Nullable String accessCode,
                              @Nullable Authentication user, Locale locale) {
        boolean officer = isOfficer(user);
        PostingRequest request = (officer ? requests.find(number)
                : accessCode == null ? java.util.Optional.<PostingRequest>empty() : requests.findWithCode(number, accessCode))
                .orElseThrow(PostingRequestNotFound::new);
        return PostingRequestView.of(request, officer, locale);
    }

    @GetMapping(path = "/{number}/certificates/{certificate}", produces = "application/pdf")
    @Operation(summary = "Download a certificate issued for the request (its PDF carries the verification code)",
            description = "The requester gives the access code in the X-Access-Code header.")
    @ApiResponse(responseCode = "200", description = "The certificate as an accessible PDF",
            content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "No such request or certificate, or a wrong access code")
    org.springframework.http.ResponseEntity<byte[]> certificate(@PathVariable String number, @PathVariable String certificate,
                                                                @RequestHeader(name = ACCESS_CODE, required = false) @Nullable String accessCode) {
        byte[] pdf = (accessCode == null ? java.util.Optional.<byte[]>empty()
                : requests.certificateForRequester(number, accessCode, certificate)).orElseThrow(PostingRequestNotFound::new);
        return CertificatePdf.attachment(certificate, pdf);
    }

    @GetMapping
    @Operation(summary = "List posting requests by status (liaison officers)",
            description = "The queue is IN_REVIEW (the default), oldest first.", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The requests, with the holder's details")
    List<PostingRequestView> queue(@RequestParam(defaultValue = "IN_REVIEW") PostingStatus status, Locale locale) {
        return requests.withStatus(status).stream().map(r -> PostingRequestView.of(r, true, locale)).toList();
    }

    @PostMapping(path = "/{number}/decision", consumes = "application/json")
    @Operation(summary = "Decide a request in the queue (liaison officers)",
            description = "APPROVE issues the certificate; REFUSE closes the request. A reason is always required.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The request as decided")
    @ApiResponse(responseCode = "400", description = "A missing outcome or reason, in `errors`")
    @ApiResponse(responseCode = "409", description = "The request is not waiting for an officer")
    PostingRequestView decide(@PathVariable String number, @RequestBody DecisionInput decision, Authentication officer,
                              Locale locale) {
        if (requests.find(number).isEmpty()) {
            throw new PostingRequestNotFound();
        }
        boolean approve = Outcomes.parse(decision.outcome(), decision.reason());
        return PostingRequestView.of(requests.decide(number, approve, decision.reason(), officer.getName()), true, locale);
    }

    /** An officer's request for the partner state's agreement (SED A001). */
    @Schema(name = "PostingAgreementRequest")
    record AgreementRequestInput(@Schema(description = "The partner's competent institution, an IR id holding LA_BUC_01", example = "DE:DVKA")
                                 @Nullable String institution,
                                 @Schema(description = "Why the exception is asked; sent to the partner in the A001")
                                 @Nullable String justification) {
    }

    @PostMapping(path = "/{number}/agreement-request", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the partner state's agreement for an exception (liaison officers)",
            description = "For a request in the queue that needs the partner's agreement (Reg. 883/2004 art. 16(1)): "
                    + "opens a LA_BUC_01 case as the liaison body with an A001 built from the request (person, France's "
                    + "legislation requested for the posting's period, employer, work state, the justification). The "
                    + "partner's answer (A011 agreement, A002 refusal) comes back on the request.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "201", description = "The request, linked to its exchange case (`exchangeCaseId`)")
    @ApiResponse(responseCode = "400", description = "A missing justification or institution, an institution that cannot "
            + "receive the A001, or the A001 refused by the exchange, every problem in `errors`")
    @ApiResponse(responseCode = "403", description = "Not a liaison officer")
    @ApiResponse(responseCode = "404", description = "No such request")
    @ApiResponse(responseCode = "409", description = "The request needs no agreement, is not in the queue, already has its "
            + "case, or its partner is outside EESSI")
    PostingRequestView askAgreement(@PathVariable String number, @RequestBody AgreementRequestInput input,
                                    Authentication officer, Locale locale) {
        if (requests.find(number).isEmpty()) {
            throw new PostingRequestNotFound();
        }
        agreements.request(number, input.institution(), input.justification(), officer.getName());
        return PostingRequestView.of(requests.find(number).orElseThrow(), true, locale);
    }

    static boolean isOfficer(@Nullable Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_LIAISON_OFFICER".equals(a.getAuthority()));
    }
}
