package org.liaison.coordination;

/**
 * The overall outcome. DECIDED: the legislation is designated for the whole period. NEEDS_ASSESSMENT: the law
 * leaves a judgement to a liaison officer. NEEDS_AGREEMENT: only an agreement between authorities can give the
 * asked outcome (art. 16, a convention's exceptional derogation). NEEDS_INFORMATION: facts the rules need are
 * missing (named in the decision).
 */
public enum DecisionStatus {
    DECIDED, NEEDS_ASSESSMENT, NEEDS_AGREEMENT, NEEDS_INFORMATION
}
