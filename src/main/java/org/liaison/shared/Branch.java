package org.liaison.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A branch of social security, as coordination instruments list them (Reg. 883/2004 art. 3 and the conventions). */
public enum Branch {
    SICKNESS, MATERNITY, INVALIDITY, OLD_AGE, SURVIVORS, DEATH, WORK_ACCIDENTS, FAMILY, UNEMPLOYMENT;

    /** The code used in data files and URLs, e.g. {@code old_age}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The branch of a code, case-insensitively; empty for anything else. */
    public static Optional<Branch> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
