package org.liaison.coordination.internal.rules;

import org.jspecify.annotations.Nullable;
import org.liaison.coordination.Provision;

/**
 * The provision codes of one family of instruments for the roles the posting and lex loci rules play: the same
 * policy decides under Reg. 883/2004, the UK protocol and Reg. 1408/71, each citing its own articles.
 */
record Codes(String lexLoci, String postingEmployed, String postingSelfEmployed, @Nullable String extension,
             String exception) {

    static final Codes REG_883 = new Codes("EU_883_ART11_3_A", "EU_883_ART12_1", "EU_883_ART12_2", null, "EU_883_ART16_1");
    static final Codes UK_TCA = new Codes("UK_TCA_SSC_ART10_3_A", "UK_TCA_SSC_ART11_1", "UK_TCA_SSC_ART11_2", null,
            "UK_TCA_SSC_ART14");
    static final Codes REG_1408 = new Codes("EU_1408_ART13_2_A", "EU_1408_ART14_1_A", "EU_1408_ART14A_1_A",
            "EU_1408_ART14_1_B", "EU_1408_ART17");

    static Codes of(Regime.Family family) {
        return switch (family) {
            case REG_883, UK_WA -> REG_883;
            case UK_TCA -> UK_TCA;
            case REG_1408 -> REG_1408;
            default -> throw new IllegalArgumentException("No regulation codes for " + family);
        };
    }

    Provision provision(String code) {
        return Provisions.of(code);
    }
}
