package org.liaison.postings.web;

import org.liaison.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Employers and self-employed persons submit and follow a request without an account (a number and an access code,
 * which the controllers ask for); anyone may verify a certificate; the queue and the decisions belong to liaison
 * officers.
 */
@Configuration(proxyBeanMethods = false)
class PostingsAccess {

    static final String OFFICER = "LIAISON_OFFICER";

    @Bean
    AccessRules postingsAccessRules() {
        return AccessRules.of("postings")
                .to("/postings/request", "/postings/request/**").permitAll()
                .to(HttpMethod.POST, "/api/v1/posting-requests").permitAll()
                .to(HttpMethod.GET, "/api/v1/posting-requests/*", "/api/v1/posting-requests/*/certificates/*").permitAll()
                // an applicant's account page and their certificates (issue #11 §4)
                .to("/postings/mine", "/postings/mine/**").hasRole("APPLICANT")
                .to("/postings/**").hasRole(OFFICER)
                .to("/api/v1/posting-requests", "/api/v1/posting-requests/*/decision",
                        "/api/v1/posting-requests/*/agreement-request").hasRole(OFFICER)
                .to("/certificates/verify", "/certificates/verify/**").permitAll()
                .to("/api/v1/certificates/verification", "/api/v1/certificates/verification/**").permitAll()
                // the office's controller asks for LIAISON_OFFICER or ADMIN itself (@PreAuthorize)
                .to("/certificates", "/certificates/**").authenticated()
                .build();
    }
}
