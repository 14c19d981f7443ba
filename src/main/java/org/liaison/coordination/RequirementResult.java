package org.liaison.coordination;

/** What a requirement check found: the law leaves some judgements to an officer, and some facts may be missing. */
public enum RequirementResult {
    MET, NOT_MET, NEEDS_ASSESSMENT, NEEDS_INFORMATION
}
