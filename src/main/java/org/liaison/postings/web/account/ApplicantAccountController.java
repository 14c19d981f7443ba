package org.liaison.postings.web.account;

import java.util.Locale;
import org.liaison.agreements.StateNames;
import org.liaison.identity.Applicants;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.web.CertificatePdf;
import org.liaison.postings.web.PostingRequestNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The applicant's home (issue #11 §4): their requests, newest first, with where each stands and its certificates,
 * which they download without an access code (the account is the proof; only certificates of their own requests).
 */
@Controller
@RequestMapping("/postings/mine")
class ApplicantAccountController {

    private final PostingRequests requests;
    private final Applicants applicants;
    private final StateNames states;

    ApplicantAccountController(PostingRequests requests, Applicants applicants, StateNames states) {
        this.requests = requests;
        this.applicants = applicants;
        this.states = states;
    }

    @GetMapping
    String mine(Authentication user, Model model, Locale locale) {
        model.addAttribute("applicant", applicants.find(user.getName()).orElse(null));
        model.addAttribute("requests", requests.ofApplicant(user.getName()));
        model.addAttribute("names", states.names(locale));
        model.addAttribute("zone", org.liaison.postings.web.PostingsTime.ZONE);
        return "postings/mine";
    }

    @GetMapping("/certificates/{certificate}")
    ResponseEntity<byte[]> certificate(@PathVariable String certificate, Authentication user) {
        byte[] pdf = requests.certificateForApplicant(user.getName(), certificate)
                .orElseThrow(PostingRequestNotFound::new);
        return CertificatePdf.attachment(certificate, pdf);
    }
}
