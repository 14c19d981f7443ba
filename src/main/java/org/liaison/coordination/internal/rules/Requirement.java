package org.liaison.coordination.internal.rules;

import java.util.function.Function;

/**
 * One named requirement of a posting provision, after ddd-by-examples' policies: the code of the check it records,
 * where the law states it, and the rule that checks it and returns its finding (never throws, never writes).
 *
 * @param code  the code of the check, e.g. {@code PRIOR_AFFILIATION}
 * @param basis the articles that state the requirement, e.g. {@code Reg. 987/2009 art. 14(1)}
 */
record Requirement(String code, String basis, Function<PostingRequirements.Posting, Finding> rule) {

    Finding check(PostingRequirements.Posting posting) {
        return rule.apply(posting);
    }
}
