package org.liaison.coordination.internal.healthcare;

import java.util.Set;
import org.liaison.shared.LegalReference;

/**
 * Every constant and state list of the healthcare rules, with its article. They become registry-backed dated
 * parameters in the next pass; until then this is the one place to change them.
 */
final class HealthcareParameters {

    static final String REG_883 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02004R0883-20190731";
    static final String DIRECTIVE = "https://eur-lex.europa.eu/eli/dir/2011/24/oj";

    /** Directive 2011/24/EU applies in the EU and, by the EEA Agreement, in IS, LI, NO; not CH, not the UK. */
    static final Set<String> DIRECTIVE_STATES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "IS", "LI", "NO");
    /** Reg. 883/2004 sickness chapter: EU, EEA (from 1 June 2012) and CH (from 1 April 2012). */
    static final Set<String> REGULATION_STATES = union(DIRECTIVE_STATES, "CH");

    static final LegalReference STAY = new LegalReference("Reg. 883/2004 art. 19(1); Reg. 987/2009 art. 25", REG_883);
    static final LegalReference RESIDENCE = new LegalReference("Reg. 883/2004 art. 17, 24–25", REG_883);
    static final LegalReference PLANNED = new LegalReference("Reg. 883/2004 art. 20(1)–(2)", REG_883);
    static final LegalReference VANBRAEKEL = LegalReference.of("CJUE, C-368/98 Vanbraekel, 12 juillet 2001",
            "CJEU, C-368/98 Vanbraekel, 12 July 2001",
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61998CJ0368");
    static final LegalReference NO_COMPLEMENT_FOR_STAY = LegalReference.of("CJUE, C-211/08 Commission c. Espagne",
            "CJEU, C-211/08 Commission v Spain",
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62008CJ0211");
    static final LegalReference DIRECTIVE_COST = new LegalReference("Directive 2011/24/EU art. 7(4)", DIRECTIVE);
    static final LegalReference DIRECTIVE_AUTHORISATION = new LegalReference("Directive 2011/24/EU art. 8(2)",
            "https://www.ameli.fr/assure/droits-demarches/europe-international/soins-programmes-etranger");
    static final LegalReference PRIORITY = new LegalReference("Directive 2011/24/EU art. 8(3)", DIRECTIVE);
    static final LegalReference BASKET = new LegalReference("Directive 2011/24/EU art. 7(1)", DIRECTIVE);

    private static Set<String> union(Set<String> states, String extra) {
        java.util.HashSet<String> all = new java.util.HashSet<>(states);
        all.add(extra);
        return Set.copyOf(all);
    }

    private HealthcareParameters() {
    }
}
