package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.shared.web.AccessRules;

/** The security configuration takes every module's rules in their fixed order, and only roles identity knows. */
class DeclaredAccessTests {

    @Test
    void aRuleNamingARoleIdentityDoesNotKnowStopsTheStart() {
        AccessRules typo = AccessRules.of("exchange").to("/exchange/cases/**").hasAnyRole("LIAISON_OFFICER", "INSTITUTION_AGNET")
                .build();

        assertThatThrownBy(() -> DeclaredAccess.of(List.of(typo)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown role INSTITUTION_AGNET").hasMessageContaining("/exchange/cases/**");
    }

    @Test
    void theRulesAreAppliedInTheSharedFixedOrder() {
        AccessRules portal = AccessRules.of("portal").to("/").permitAll().build();
        AccessRules postings = AccessRules.of("postings").to("/postings/**").hasRole("LIAISON_OFFICER")
                .to("/postings/request/**").permitAll().build();

        assertThat(DeclaredAccess.of(List.of(portal, postings)).rules())
                .isEqualTo(AccessRules.ordered(List.of(postings, portal)))
                .extracting(AccessRules.Rule::pattern).containsExactly("/", "/postings/request/**", "/postings/**");
    }
}
